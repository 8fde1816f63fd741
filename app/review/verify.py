"""Verifying a review offline: every verdict's signature, receipt, chain and file hash.

Anyone holding the workspace can run it, without the network: the reviewer's signature is
checked with the public key the verdict names (which the square checked was the reviewer's
when it gave its receipt), the receipt with the square's key this workspace pinned at its
first sync, the chain by each verdict's `prev_hash`, the pins by what the verdict signed,
and the design file by hashing its bytes in the workspace again. A changed byte anywhere
shows as a problem naming what does not hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.errors import NotFoundError
from app.filestore import sha256_file
from app.kinds import Kind
from app.models import DesignRevision, Pin, Review, Verdict
from app.review import canonical
from app.review.directory import square_key
from app.review.reviews import chain, verdict_fields
from app.review.verdicts import signed_pin
from app.workspace import Workspace

# What can fail, for the words (ui/words) and the command line's --json.
PROBLEMS = (
    "signature",  # the reviewer's signature does not hold: the verdict was changed
    "no_receipt",  # the square has not accepted the verdict yet
    "no_square_key",  # this workspace never met the square: a receipt cannot be checked
    "receipt",  # the square's receipt does not hold
    "chain",  # the verdict does not follow the one before it
    "not_this_review",  # the verdict names another review, job or revision
    "file_hash",  # the verdict or review names another file than the revision's
    "file_changed",  # the design file's bytes no longer hash to what was reviewed
    "file_missing",  # the design file is not in this workspace
    "pin_changed",  # a pin the verdict signed says something else now, or is gone
    "pins_unreadable",  # the verdict's signed pins are not readable
)


@dataclass(frozen=True)
class Problem:
    code: str
    verdict_id: str | None = None
    pin_id: str | None = None
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "verdict": self.verdict_id, "pin": self.pin_id,
                "detail": self.detail}  # fmt: skip


@dataclass(frozen=True)
class Verification:
    review_id: str
    verdicts: int
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "review": self.review_id,
            "ok": self.ok,
            "verdicts": self.verdicts,
            "problems": [p.as_json() for p in self.problems],
        }


def verify_review(ws: Workspace, review_id: str) -> Verification:
    key = square_key(ws)
    with ws.read_session() as s:
        review = s.get(Review, review_id)
        if review is None or review.deleted:
            raise NotFoundError(f"review {review_id}", kind=Kind.REVIEW, id=review_id)
        rev = s.get(DesignRevision, review.design_revision_id)
        verdicts = s.scalars(
            select(Verdict).where(Verdict.review_id == review.id, Verdict.deleted.is_(False))
        ).all()
        by_id = {v.id: v for v in verdicts}
        pins = {p.id: p for p in s.scalars(select(Pin).where(Pin.review_id == review.id)).all()}
        problems: list[Problem] = []
        if verdicts:
            problems += _file_problems(ws, review, rev)
        prev = ""
        for row in chain(verdicts):
            v = by_id[row.id]
            problems += _verdict_problems(review, v, row.hash, prev, key)
            problems += _pin_problems(v, pins)
            prev = row.hash
        return Verification(review.id, len(verdicts), tuple(problems))


def _file_problems(ws: Workspace, review: Review, rev: DesignRevision | None) -> list[Problem]:
    if rev is None or rev.file_hash != review.file_sha256:
        return [Problem("file_hash", detail="the review names another file than its revision")]
    path = ws.files.path_for(rev.file_hash)
    if not path.is_file():
        return [Problem("file_missing", detail=rev.original_name)]
    actual = sha256_file(path)
    if actual != review.file_sha256:
        return [Problem("file_changed", detail=f"{rev.original_name}: {actual}")]
    return []


def _verdict_problems(
    review: Review, v: Verdict, hash_hex: str, prev: str, key: str | None
) -> list[Problem]:
    out = []
    fields = verdict_fields(v)
    if (v.review_id, v.job_id, v.design_revision_id) != (
        review.id,
        review.job_id,
        review.design_revision_id,
    ):
        out.append(Problem("not_this_review", v.id))
    if v.file_sha256 != review.file_sha256:
        out.append(Problem("file_hash", v.id, detail=v.file_sha256))
    if not canonical.signature_holds(v.public_key, v.signature, canonical.canonical_bytes(fields)):
        out.append(Problem("signature", v.id, detail=v.signer))
    if v.prev_hash != prev:
        out.append(Problem("chain", v.id))
    if not v.receipt_at or not v.receipt_signature:
        out.append(Problem("no_receipt", v.id))
    elif key is None:
        out.append(Problem("no_square_key", v.id))
    elif not canonical.signature_holds(
        key, v.receipt_signature, canonical.receipt_bytes(hash_hex, v.receipt_at)
    ):
        out.append(Problem("receipt", v.id))
    return out


def _pin_problems(v: Verdict, pins: dict[str, Pin]) -> list[Problem]:
    try:
        signed = json.loads(v.pins_json)
        if not isinstance(signed, list):
            raise ValueError
        signed_by_id = {str(p["id"]): p for p in signed}
    except (ValueError, TypeError, KeyError, RecursionError):
        return [Problem("pins_unreadable", v.id)]
    out = []
    for pin_id, was in signed_by_id.items():
        pin = pins.get(pin_id)
        now = None
        if pin is not None and not pin.deleted:
            try:
                now = json.loads(canonical.canonical_pins([signed_pin(pin)]))[0]
            except (ValueError, TypeError, KeyError, RecursionError):
                now = None
        if now != was:
            out.append(Problem("pin_changed", v.id, pin_id, detail=str(was.get("text", ""))[:80]))
    return out
