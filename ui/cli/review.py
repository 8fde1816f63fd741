"""`makersquare review request|list|pin|verdict|verify|packet|bcf` — design review for scripts.

The contract other tools script against (issue 12, item 8; keep it exact):

- `review request JOB_ID --reviewer USER [--revision N] [--design NAME] [--due YYYY-MM-DD]
  [--note TEXT]` prints the new review's id. JOB_ID is the job's id or its number
  (J-2026-0001); the revision is the design's latest unless `--revision` names its number;
  a job with several designs needs `--design NAME`.
- `review list [--json]`: with `--json` one JSON array, newest first, of objects with exactly
  `id, job_id, revision, file_sha256, requested_by, reviewer, status, due, verdicts, pins`;
  a verdict is `{verdict, note, signer, signed_at, receipt_at}`, a pin `{id, point, text,
  status, author, replies: [{id, author, text, created_at}]}`. Without it, a table.
- `review pin REVIEW_ID --at X,Y,Z TEXT`: the point snaps to the nearest surface of the
  revision's part (cad.nearest), whose face and normal the pin keeps; a point farther than
  max(1 mm, 2 % of the part's diagonal) is refused. Prints the pin's id.
- `review verdict REVIEW_ID approve|request-changes [--note TEXT]`: signed with the square
  account's own key from the OS keyring (sync.keys). Prints the verdict's id.
- `review verify REVIEW_ID [--json]`: exit 0 when every verdict's signature, receipt, chain
  and file hash hold; else exit 1 and one line on stderr per problem (`--json`: the
  verification as one object on stdout, whichever the exit).
- `review packet REVIEW_ID -o FILE.pdf`, `review bcf REVIEW_ID -o FILE.bcfzip`.

REVIEW_ID may be any unique start of a review's id. Errors are one line `makersquare: …` on
stderr and exit 1 (a workspace in a bad place: ui/cli/exit_codes.py); usage errors exit 2.
list, verify, packet and bcf only read: they run beside an open window.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable
from datetime import UTC, date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.cli.opening import Command, fail, runner
from ui.cli.opening import author as _author

if TYPE_CHECKING:
    from app.review.reviews import PinRow, ReviewRow
    from app.review.verify import Verification
    from app.workspace import Workspace
    from cad.nearest import Nearest

translate = QCoreApplication.translate
VERDICTS = {"approve": "approved", "request-changes": "changes_requested"}


class _Refused(Exception):
    """A command of this group turns the input down; the text is the user's one line."""


def _guarded(command: Command, **how: bool) -> Callable[..., int]:
    """`runner(command)`, with this group's own refusals said in one line and exit 1."""

    def run(ws: Workspace, args: argparse.Namespace) -> int:
        try:
            return command(ws, args)
        except _Refused as exc:
            fail(str(exc))
            return 1

    return runner(run, **how)


def _point(text: str) -> tuple[float, float, float]:
    import math

    try:
        x, y, z = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "give the point as X,Y,Z in millimetres, e.g. 20,5,2.5")
        ) from None
    if not all(math.isfinite(c) for c in (x, y, z)):
        raise argparse.ArgumentTypeError(translate("cli", "the point must be finite numbers"))
    return x, y, z


def _due(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "give the due date as YYYY-MM-DD")
        ) from None


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    review = sub.add_parser("review", parents=[common], help="design reviews by advisors")
    actions = review.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    request = actions.add_parser("request", parents=[common], help="ask an advisor; prints its id")
    request.add_argument("job_id", metavar="JOB_ID")
    request.add_argument("--reviewer", required=True, metavar="USER")
    request.add_argument("--revision", type=int, metavar="N", help="default: the latest")
    request.add_argument("--design", metavar="NAME", help="which design, when the job has several")
    request.add_argument("--due", type=_due, metavar="YYYY-MM-DD")
    request.add_argument("--note", default="", metavar="TEXT")
    request.set_defaults(run=_guarded(_request))
    listing = actions.add_parser("list", parents=[common], help="the reviews in this workspace")
    listing.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    listing.set_defaults(run=_guarded(_list, reading=True))
    pin = actions.add_parser("pin", parents=[common], help="pin a comment to the part")
    pin.add_argument("review", metavar="REVIEW_ID")
    pin.add_argument(
        "--at", type=_point, required=True, metavar="X,Y,Z",
        help="millimetres; a negative first number as --at=-1,2,3",
    )  # fmt: skip
    pin.add_argument("text", metavar="TEXT")
    pin.set_defaults(run=_guarded(_pin))
    verdict = actions.add_parser("verdict", parents=[common], help="approve or request changes")
    verdict.add_argument("review", metavar="REVIEW_ID")
    verdict.add_argument("verdict", choices=tuple(VERDICTS))
    verdict.add_argument("--note", default="", metavar="TEXT")
    verdict.set_defaults(run=_guarded(_verdict))
    verify = actions.add_parser("verify", parents=[common], help="check the verdicts' proofs")
    verify.add_argument("review", metavar="REVIEW_ID")
    verify.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    verify.set_defaults(run=_guarded(_verify, reading=True))
    for name, helptext, export in (
        ("packet", "save the review packet as a PDF", _packet),
        ("bcf", "export the pins as BCF 2.1 (.bcfzip)", _bcf),
    ):
        command = actions.add_parser(name, parents=[common], help=helptext)
        command.add_argument("review", metavar="REVIEW_ID")
        command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
        command.set_defaults(run=_guarded(export, reading=True), needs_gui=name == "packet")


# --- finding what the arguments name --------------------------------------------------


def _review_id(ws: Workspace, prefix: str) -> str:
    from app.errors import NotFoundError
    from app.review.reviews import find_review

    try:
        return find_review(ws, prefix.strip())
    except NotFoundError:
        text = translate(
            "cli", "no review here has an id starting with %1, or more than one has: "
            "see makersquare review list"
        )  # fmt: skip
        raise _Refused(text.replace("%1", repr(prefix))) from None


def _job_id(ws: Workspace, given: str) -> str:
    """The job whose id, or number (J-2026-0001), is `given`."""
    from app.jobs.jobs import list_jobs

    given = given.strip()
    for job in list_jobs(ws):
        if given == job.id or given.upper() == job.number.upper():
            return job.id
    text = translate("cli", "no job %1 in this workspace: see makersquare job list")
    raise _Refused(text.replace("%1", given))


def _revision_id(ws: Workspace, job_id: str, design: str | None, number: int | None) -> str:
    """The revision to review: of the job's one design (or the one named), the latest or the
    one numbered `number`."""
    from app.designs.designs import find_revision, list_designs

    designs = list_designs(ws, job_id)
    if design is not None:
        designs = [d for d in designs if d.design_name.casefold() == design.strip().casefold()]
    if not designs:
        text = (
            translate("cli", "the job has no design named %1").replace("%1", str(design))
            if design is not None
            else translate("cli", "the job has no design yet: makersquare design import")
        )
        raise _Refused(text)
    if len(designs) > 1:
        names = ", ".join(d.design_name for d in designs)
        text = translate("cli", "the job has several designs (%1): name one with --design NAME")
        raise _Refused(text.replace("%1", names))
    latest = designs[0]
    if number is None or number == latest.number:
        return latest.id
    found = find_revision(ws, latest.design_id, number)
    if found is None:
        text = translate("cli", "design %1 has revisions 1 to %2, not %3")
        raise _Refused(
            text.replace("%1", latest.design_name)
            .replace("%2", str(latest.number))
            .replace("%3", str(number))
        )
    return found


# --- the commands ---------------------------------------------------------------------


def _request(ws: Workspace, args: argparse.Namespace) -> int:
    from app.review.reviews import request_review

    job_id = _job_id(ws, args.job_id)
    revision_id = _revision_id(ws, job_id, args.design, args.revision)
    result = request_review(
        ws, job_id, args.reviewer, revision_id, due=args.due, note=args.note, by=_author(ws)
    )
    print(result.value)
    return 0


def _list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.review.reviews import list_reviews

    rows = list_reviews(ws, me=_author(ws))
    if args.json:
        _print_json([review_json(r) for r in rows])
        return 0
    _print_table(rows)
    return 0


def _pin(ws: Workspace, args: argparse.Namespace) -> int:
    from app.review.pins import add_pin
    from app.review.reviews import get_review

    review = get_review(ws, _review_id(ws, args.review))
    hit = _snap(ws, review.design_revision_id, args.at)
    normal = hit.normal if any(hit.normal) else None
    result = add_pin(
        ws, review.id, point=hit.point, normal=normal, face=hit.face, text=args.text,
        author=_author(ws),
    )  # fmt: skip
    print(result.value)
    return 0


def _snap(ws: Workspace, revision_id: str, at: tuple[float, float, float]) -> Nearest:
    """The nearest point of the revision's part to `at`, or _Refused
    when the file is not here or the point is too far from the part to be meant for it."""
    from app.designs.checks import load_mesh
    from app.designs.designs import get_revision
    from cad.nearest import nearest_point, snap_bound

    revision = get_revision(ws, revision_id)
    if not ws.files.path_for(revision.file_hash).is_file():
        raise _Refused(
            translate("cli", "the design file %1 is not in this workspace yet: sync to get it")
            .replace("%1", revision.original_name)
        )  # fmt: skip
    mesh = load_mesh(ws, revision_id)
    hit = nearest_point(mesh.vertices, mesh.faces, at)
    bound = snap_bound(mesh.vertices)
    if hit.distance > bound:
        text = translate(
            "cli", "the point %1 is %2 mm from the part; a pin must be within %3 mm of its "
            "surface (2 % of the part's diagonal, at least 1 mm)"
        )  # fmt: skip
        where = ",".join(f"{c:g}" for c in at)
        raise _Refused(
            text.replace("%1", where)
            .replace("%2", f"{hit.distance:.2f}")
            .replace("%3", f"{bound:.2f}")
        )
    return hit


def _verdict(ws: Workspace, args: argparse.Namespace) -> int:
    from app.replica.state import get_sync_setting
    from app.review.verdicts import give_verdict
    from sync.errors import SyncError
    from sync.keys import signing_key

    review_id = _review_id(ws, args.review)
    server_url = get_sync_setting(ws, "server_url")
    user = get_sync_setting(ws, "user")
    if not server_url or not user:
        raise _Refused(
            translate(
                "cli", "this workspace has no square account yet, and a verdict is signed as "
                "one: sync once (makersquare sync --server URL --user NAME), then give it"
            )
        )  # fmt: skip
    try:
        key = signing_key(str(server_url), str(user))
    except SyncError as exc:
        if exc.code != "no_keyring":
            raise
        raise _Refused(
            translate(
                "cli", "this computer has no keyring to keep your signing key, so a verdict "
                "cannot be signed here: give it on a computer with one"
            )
        ) from None  # fmt: skip
    verdict = VERDICTS[args.verdict]
    result = give_verdict(ws, review_id, verdict, note=args.note, signer=str(user), key=key)
    print(result.value)
    return 0


def _verify(ws: Workspace, args: argparse.Namespace) -> int:
    from app.review.reviews import get_review
    from app.review.verify import verify_review

    review = get_review(ws, _review_id(ws, args.review))
    found = verify_review(ws, review.id)
    if args.json:
        _print_json(found.as_json())
    elif not found.verdicts:
        print(translate("cli", "No verdict on this review yet: nothing to verify."))
    elif found.ok:
        text = translate("cli", "verified: %1 verdicts, their signatures, receipts, chain and "
                         "file hash hold")  # fmt: skip
        print(text.replace("%1", str(found.verdicts)))
    for line in problem_lines(review, found):
        fail(line)
    return 0 if found.ok else 1


def problem_lines(review: ReviewRow, found: Verification) -> list[str]:
    """One line per problem, naming the verdict (its number in the chain, signer, verdict)."""
    from ui.words.review import problem_text, verdict_label

    numbers = {p.id: p.number for p in review.pins}
    verdicts = {v.id: (i + 1, v) for i, v in enumerate(review.verdicts)}
    lines = []
    for problem in found.problems:
        text = problem_text(problem, numbers.get(problem.pin_id or ""))
        if problem.verdict_id in verdicts:
            n, v = verdicts[problem.verdict_id]
            what = translate("cli", "verdict %1 (%2, %3)").replace("%1", str(n))
            text = f"{what.replace('%2', v.signer).replace('%3', verdict_label(v.verdict))}: {text}"
        lines.append(text)
    return lines


def _packet(ws: Workspace, args: argparse.Namespace) -> int:
    from ui.review.packet import write_packet

    write_packet(ws, _review_id(ws, args.review), args.output)
    print(translate("cli", "Saved %1").replace("%1", str(args.output)))
    return 0


def _bcf(ws: Workspace, args: argparse.Namespace) -> int:
    from app.review.bcf import write_bcf

    write_bcf(ws, _review_id(ws, args.review), args.output)
    print(translate("cli", "Saved %1").replace("%1", str(args.output)))
    return 0


# --- output ---------------------------------------------------------------------------


def review_json(r: ReviewRow) -> dict[str, Any]:
    """A review as `review list --json` has it (the contract above)."""
    return {
        "id": r.id,
        "job_id": r.job_id,
        "revision": r.revision,
        "file_sha256": r.file_sha256,
        "requested_by": r.requested_by,
        "reviewer": r.reviewer,
        "status": r.status,
        "due": r.due.isoformat() if r.due else None,
        "verdicts": [
            {k: getattr(v, k) for k in ("verdict", "note", "signer", "signed_at", "receipt_at")}
            for v in r.verdicts
        ],
        "pins": [_pin_json(p) for p in r.pins],
    }


def _pin_json(p: PinRow) -> dict[str, Any]:
    return {
        "id": p.id,
        "point": list(p.point),
        "text": p.text,
        "status": p.status,
        "author": p.author,
        "replies": [
            {
                "id": c.id,
                "author": c.author,
                "text": c.body,
                "created_at": c.created_at.replace(tzinfo=UTC).isoformat(),  # naive UTC
            }
            for c in p.replies
        ],
    }


def _print_table(rows: list[ReviewRow]) -> None:
    from ui.words.review import review_status_label

    if not rows:
        print(translate("cli", "No reviews in this workspace."))
        return
    late = translate("cli", "late")
    for r in rows:
        due = r.due.isoformat() if r.due else "—"
        if r.late:
            due += f" ({late})"
        pins = translate("cli", "%1 pins").replace("%1", str(len(r.pins)))
        print(
            f"{r.id[:8]}\t{r.job_number}\t{r.design_name} r{r.revision}\t"
            f"{review_status_label(r.status)}\t{r.requested_by} → {r.reviewer}\t{due}\t{pins}"
        )


def _print_json(value: object) -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):  # not cp949 on Korean Windows: scripts read it
        sys.stdout.reconfigure(encoding="utf-8")
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
