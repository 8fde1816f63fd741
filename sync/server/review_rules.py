"""Design review's rules on push: reviews, pins and signed verdicts (docs/sync-protocol.md).

What a verdict proves rests on these. A review names a revision of its job and that
revision's true file hash, and what it names never changes afterwards (only its state, due
date and note do; its state only leaves `open`). What a pin says and where it points never
change either (a verdict signs them); only its status and assignee do. A verdict is given
only by the review's reviewer, as themselves, on an open review, for the revision and file
the review names, signed with a key its pusher published, over exactly its canonical bytes
(app.review.canonical), following the review's last accepted verdict (`prev_hash`: the
chain stays linear); then the square adds its receipt (its time and signature over the
verdict's hash) to the stored record. Nothing of this is ever deleted: a review is
withdrawn, a pin resolved, a changed mind is a new verdict.

A refusal is `rejected` with a code and a message for people (`invalid` unless said); the
client files what it had in its conflicts inbox.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import Connection

from app.review import canonical
from sync.server.auth import User
from sync.server.changes import Change, Outcome, put, rejected
from sync.server.directory import keys_of
from sync.server.records import Record, get_record, job_records, user_id_of
from sync.server.validation import AUTHOR_FIELDS

# The fields a later change may merge; every other field is fixed once the record exists.
REVIEW_MERGED = frozenset({"state", "due_date", "note"})
PIN_MERGED = frozenset({"status", "assignee"})
STATE_MOVES = {"open": frozenset({"withdrawn", "superseded"})}


def review(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if change.op == "delete":
        return rejected("invalid", existing, "review: withdraw it; a review is never deleted")
    if existing is None:
        problem = _new_review_problem(conn, user, change)
        if problem is not None:
            return rejected("invalid", None, problem)
        return Outcome("applied", put(conn, user, change, change.data))
    if existing.deleted:
        return rejected("not_found", existing)
    changed = _changed(existing, change)
    fixed = sorted(set(changed) - REVIEW_MERGED)
    if fixed:
        return rejected("invalid", existing, f"review.{fixed[0]}: fixed once requested")
    before, after = existing.data.get("state"), changed.get("state")
    if after is not None and after not in STATE_MOVES.get(str(before), frozenset()):
        return rejected("invalid", existing, f"review.state: {before} cannot become {after}")
    return _merge(conn, user, change, existing, changed)


def _new_review_problem(conn: Connection, user: User, change: Change) -> str | None:
    data = change.data
    rev = _revision(conn, change.job_id, data.get("design_revision_id"))
    if rev is None:
        return "review.design_revision_id: no such design revision in this job"
    if rev.data.get("file_hash") != data.get("file_sha256"):
        return "review.file_sha256: not the file of that design revision"
    reviewer = data.get("reviewer")
    if not isinstance(reviewer, str) or user_id_of(conn, reviewer) is None:
        return "review.reviewer: no such user on this square"
    if reviewer == user.name:
        return "review.reviewer: one cannot review one's own request"
    return None


def pin(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if change.op == "delete":
        return rejected("invalid", existing, "pin: resolve it; a verdict may have signed it")
    if existing is None:
        parent = _review(conn, change.job_id, change.data.get("review_id"))
        if parent is None:
            return rejected("invalid", None, "pin.review_id: no such review in this job")
        if parent.data.get("design_revision_id") != change.data.get("design_revision_id"):
            return rejected("invalid", None, "pin.design_revision_id: not the review's revision")
        return Outcome("applied", put(conn, user, change, change.data))
    if existing.deleted:
        return rejected("not_found", existing)
    changed = _changed(existing, change)
    fixed = sorted(set(changed) - PIN_MERGED)
    if fixed:
        message = f"pin.{fixed[0]}: what a pin says and where it points never change"
        return rejected("invalid", existing, message)
    return _merge(conn, user, change, existing, changed)


def reply_problem(conn: Connection, change: Change) -> str | None:
    """Why a new comment's `pin_id` cannot be taken (None when it names none or a pin of the
    same job): a reply to a pin the workspace never gets would wait there for ever."""
    pin_id = change.data.get("pin_id")
    if pin_id is None:
        return None
    found = get_record(conn, "pin", str(pin_id))
    if found is None or found.deleted or found.job_id != change.job_id:
        return "comment.pin_id: no such pin in this job"
    return None


def _changed(existing: Record, change: Change) -> dict[str, Any]:
    """The fields the client changed (against its base) to a value the square does not have.
    The author field is the square's (set from the first pusher) and is left out."""
    author = AUTHOR_FIELDS.get(change.kind)
    base = change.base
    return {
        k: v
        for k, v in change.data.items()
        if k != author
        and (base is None or k not in base or base[k] != v)
        and existing.data.get(k) != v
    }


def _merge(
    conn: Connection, user: User, change: Change, existing: Record, changed: dict[str, Any]
) -> Outcome:
    if not changed:
        return Outcome("applied", existing)
    return Outcome("applied", put(conn, user, change, {**existing.data, **changed}))


def _revision(conn: Connection, job_id: str, rev_id: Any) -> Record | None:
    rev = get_record(conn, "design_revision", str(rev_id)) if rev_id else None
    return rev if rev is not None and not rev.deleted and rev.job_id == job_id else None


def _review(conn: Connection, job_id: str, review_id: Any) -> Record | None:
    found = get_record(conn, "review", str(review_id)) if review_id else None
    return found if found is not None and not found.deleted and found.job_id == job_id else None


# --- verdicts -------------------------------------------------------------------------


def verdict(
    conn: Connection, user: User, change: Change, existing: Record | None, key: Ed25519PrivateKey
) -> Outcome:
    """Judge a signed verdict; on acceptance store it with the square's receipt."""
    if change.op == "delete":
        return rejected("invalid", existing, "verdict: a verdict is never deleted")
    if existing is not None:
        return Outcome("duplicate", existing)
    data = change.data
    parent = _review(conn, change.job_id, data.get("review_id"))
    if parent is None:
        return rejected("invalid", None, "verdict.review_id: no such review in this job")
    if user.name != parent.data.get("reviewer") or user.name != data.get("signer"):
        return rejected("forbidden", None, "only the review's reviewer gives its verdict")
    problem = _verdict_problem(conn, user, change, parent)
    if problem is not None:
        return rejected("invalid", None, problem)
    return Outcome("applied", put(conn, user, change, with_receipt(data, change.job_id, key)))


def _verdict_problem(conn: Connection, user: User, change: Change, parent: Record) -> str | None:
    data = change.data
    if parent.data.get("state") != "open":
        return f"verdict: the review is {parent.data.get('state')}"
    rev = _revision(conn, change.job_id, parent.data.get("design_revision_id"))
    if rev is None or data.get("design_revision_id") != rev.id:
        return "verdict.design_revision_id: not the review's revision"
    if data.get("revision_number") != rev.data.get("number"):
        return "verdict.revision_number: not the number of the review's revision"
    true_hash = rev.data.get("file_hash")
    if data.get("file_sha256") != true_hash or parent.data.get("file_sha256") != true_hash:
        return "verdict.file_sha256: not the file of the review's revision"
    if data.get("public_key") not in keys_of(conn, user.id):
        return "verdict.public_key: not a signing key its signer published"
    fields = signed_fields(data, change.job_id)
    if not canonical.signature_holds(
        str(data.get("public_key")), str(data.get("signature")), canonical.canonical_bytes(fields)
    ):
        return "verdict.signature: does not hold over the verdict"
    if data.get("prev_hash") != _last_hash(conn, change.job_id, parent.id):
        return "verdict.prev_hash: does not follow the review's last accepted verdict"
    return None


def signed_fields(data: dict[str, Any], job_id: str) -> dict[str, Any]:
    """The record's fields as the workspace signs them: its data and the job it is in."""
    return {**data, "job_id": job_id}


def _last_hash(conn: Connection, job_id: str, review_id: str) -> str:
    """The hash of the review's last accepted verdict ("" before the first)."""
    accepted = [
        r
        for r in job_records(conn, job_id, "verdict")
        if not r.deleted and r.data.get("review_id") == review_id
    ]
    return canonical.verdict_hash(signed_fields(accepted[-1].data, job_id)) if accepted else ""


def receipt_time() -> str:
    """The square's time as a receipt carries it: UTC, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def with_receipt(data: dict[str, Any], job_id: str, key: Ed25519PrivateKey) -> dict[str, Any]:
    """The verdict's data with the square's receipt (whatever the client sent for it)."""
    at = receipt_time()
    digest = canonical.verdict_hash(signed_fields(data, job_id))
    signature = canonical.sign(key, canonical.receipt_bytes(digest, at))
    return {**data, "receipt_at": at, "receipt_signature": signature}
