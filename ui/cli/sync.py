"""`makersquare sync|job|design|comment …` — the workspace commands other tools script.

The contract (issue 4; keep it exact): `sync --server URL --user NAME [--password-stdin]`
prints one summary line and exits 0, or one line `makersquare: <why>` on stderr and 1;
when the square did not take some changes as they were, it also says so on stderr and exits
4: they wait in the conflicts inbox (`makersquare conflicts list`, ui/cli/conflicts.py);
`job add` prints the new job's id; `job list --json` a JSON array (id, number, title,
customer, status, due_date); `comment list --json` a JSON array (id, author, text,
created_at). Errors are worded by ui/words/errors.py (`error_text`, the square's by
`sync_error_text`); never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.errors import MakerSquareError
from sync.errors import SyncError
from ui.cli.conflicts import CONFLICT_COMMANDS, EXIT_KEPT, READ_ONLY_CONFLICT_COMMANDS
from ui.cli.exit_codes import exit_code
from ui.words.errors import error_text, sync_error_text
from ui.words.labels import status_label

if TYPE_CHECKING:
    from app.jobs.comments import CommentRow
    from app.workspace import Workspace
    from sync.engine import SyncSummary
    from ui.paths import Paths

translate = QCoreApplication.translate

Command = Callable[["Workspace", argparse.Namespace], int]


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Dispatch one of the commands; errors become one line on stderr and exit 1."""
    from app.workspace import open_for_reading, open_workspace

    command = _command(args)
    # A first sync or a first job makes the workspace; the other commands need one.
    create = command in (_sync, _job_add)
    root = args.workspace or paths.default_workspace
    try:
        # The lists only read: no lock, so they run beside an open window (app.workspace).
        reading = command in (_job_list, _comment_list, *READ_ONLY_CONFLICT_COMMANDS)
        ws = open_for_reading(root) if reading else open_workspace(root, create=create)
        try:
            return command(ws, args)
        finally:
            ws.close()
    except SyncError as exc:
        _fail(sync_error_text(exc.code, str(exc.body.get("user") or "")))
    except (MakerSquareError, OSError) as exc:
        _fail(error_text(exc))
        return exit_code(exc)  # a workspace in a bad place has its own (ui/exit_codes)
    return 1


def _fail(text: str) -> None:
    print(f"makersquare: {text}", file=sys.stderr)


def _command(args: argparse.Namespace) -> Command:
    if args.command == "sync":
        return _sync
    table: dict[tuple[str, str], Command] = {
        ("job", "add"): _job_add,
        ("job", "list"): _job_list,
        ("job", "status"): _job_status,
        ("job", "share"): _job_share,
        ("design", "import"): _design_import,
        ("comment", "add"): _comment_add,
        ("comment", "list"): _comment_list,
        **CONFLICT_COMMANDS,
    }
    action = getattr(args, f"{args.command}_command")
    return table[(args.command, action)]


def _author(ws: Workspace) -> str:
    """Local edits are signed with the sync user once the workspace has one."""
    from app.replica.state import get_sync_setting

    user = get_sync_setting(ws, "user")
    return str(user) if user else ""


# --- sync -----------------------------------------------------------------------------


def _sync(ws: Workspace, args: argparse.Namespace) -> int:
    from sync.engine import run_sync

    # An empty line is no password: the stored sign-in is tried, else the error says why.
    password = (sys.stdin.readline().rstrip("\r\n") or None) if args.password_stdin else None
    summary = run_sync(ws, server_url=args.server, user=args.user, password=password)
    print(summary_line(summary))
    kept = summary.rejected + summary.conflicts
    if kept:  # nothing is lost, but the user has to look: say so, and exit non-zero
        _fail(
            translate(
                "cli",
                "%1 changes were not taken by the square as they were; they wait in the "
                "conflicts inbox: makersquare conflicts list",
            ).replace("%1", str(kept))
        )
        return EXIT_KEPT
    return 0


def summary_line(summary: SyncSummary) -> str:
    """`synced: pushed 3, pulled 10, files up 1 (2.0 MB), down 0` — one line."""
    line = (
        translate("cli", "synced: pushed %1, pulled %2, files up %3, down %4")
        .replace("%1", str(summary.pushed))
        .replace("%2", str(summary.pulled))
        .replace("%3", _files(summary.files_up, summary.uploaded_bytes))
        .replace("%4", _files(summary.files_down, summary.downloaded_bytes))
    )
    if summary.rejected:
        line += ", " + translate("cli", "%1 refused by the square").replace(
            "%1", str(summary.rejected)
        )
    if summary.conflicts:
        line += ", " + translate("cli", "%1 conflicts to resolve").replace(
            "%1", str(summary.conflicts)
        )
    return line


def _files(count: int, size: int) -> str:
    return f"{count} ({_size(size)})" if count else "0"


def _size(n: int) -> str:
    """Decimal units, one decimal: 684 B, 12.3 kB, 2.0 MB, 1.2 GB."""
    if n < 1000:
        return f"{n} B"
    value, unit = n / 1000, "kB"
    for bigger in ("MB", "GB"):
        if value < 999.95:
            break
        value, unit = value / 1000, bigger
    return f"{value:.1f} {unit}"


# --- jobs, designs, comments ------------------------------------------------------------


def _job_add(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import create_job

    result = create_job(ws, args.title, customer=args.customer or "", by=_author(ws))
    print(result.value)
    return 0


def _job_list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import list_jobs

    rows = list_jobs(ws)
    if args.json:
        keys = ("id", "number", "title", "customer", "status", "due_date")
        _print_json([{k: getattr(r, k) for k in keys} for r in rows])
        return 0
    for r in rows:
        print(f"{r.number}\t{status_label(r.status)}\t{r.title}\t{r.customer}\t{r.id}")
    return 0


def _job_status(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.jobs import set_status

    set_status(ws, args.job_id, args.status, by=_author(ws))
    return 0


def _job_share(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import share_job

    share_job(ws, args.job_id, args.user, args.role)
    return 0


def _design_import(ws: Workspace, args: argparse.Namespace) -> int:
    from app.designs.designs import import_design

    result = import_design(ws, args.job_id, args.file, author=_author(ws))
    print(result.value)
    return 0


def _comment_add(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import add_comment

    result = add_comment(ws, args.job_id, args.text, _author(ws))
    print(result.value)
    return 0


def _comment_list(ws: Workspace, args: argparse.Namespace) -> int:
    from app.jobs.comments import list_comments

    rows = [_comment_json(c) for c in list_comments(ws, args.job_id)]
    if args.json:
        _print_json(rows)
        return 0
    for c in rows:
        print(f"{c['created_at']}\t{c['author']}\t{c['text']}")
    return 0


def _comment_json(comment: CommentRow) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author,
        "text": comment.body,
        "created_at": comment.created_at.replace(tzinfo=UTC),  # stored as naive UTC
    }


def _print_json(rows: list[dict[str, Any]]) -> None:
    json.dump(rows, sys.stdout, ensure_ascii=False, default=_json_value)
    sys.stdout.write("\n")


def _json_value(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")
