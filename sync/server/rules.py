"""Per-kind rules for pushed changes (docs/sync-protocol.md, "Records" and "Push").

`apply_change` runs inside a write transaction holding the write lock and returns the
change's outcome; it never raises for a change the rules refuse (that is a `rejected`
outcome with a code), so one bad change cannot wedge a client's outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import Connection

from app.jobs.states import STATUSES, allowed_moves
from app.roles import WRITERS
from sync.protocol import MEMBER_ROLES
from sync.server import review_rules
from sync.server.auth import User
from sync.server.changes import Change, Outcome, put, rejected
from sync.server.records import (
    Record,
    count_members,
    get_record,
    job_records,
    member_role,
    put_record,
    set_membership,
    user_id_of,
)

JOB_CREATORS = frozenset({"maker", "trainer", "admin"})  # user roles that may add a job
KINDS = frozenset(WRITERS)
APPEND_ONLY = frozenset({"design", "design_revision", "comment", "job_status_change", "verdict"})


def apply_change(
    conn: Connection, user: User, change: Change, *, key: Ed25519PrivateKey
) -> Outcome:
    """The outcome of one checked change; `key` is the square's, for a verdict's receipt."""
    if change.kind not in KINDS:
        return rejected("invalid")
    if change.kind == "job":
        return _job(conn, user, change)
    job = get_record(conn, "job", change.job_id)
    if job is None:
        return rejected("not_found")
    role = "maker" if user.role == "admin" else member_role(conn, change.job_id, user.id)
    if role not in WRITERS[change.kind]:
        return rejected("forbidden")  # and no record: the user may not read this job
    if job.deleted:
        return rejected("not_found", job)
    existing = get_record(conn, change.kind, change.id)
    if existing is not None and existing.job_id != change.job_id:
        return rejected("invalid")  # records never move between jobs
    if change.kind == "verdict":
        return review_rules.verdict(conn, user, change, existing, key)
    rule = _RULES.get(change.kind, _append_only)
    return rule(conn, user, role, change, existing)


def _merged(existing: Record, change: Change, frozen: tuple[str, ...] = ()) -> dict[str, Any]:
    """The field-by-field merge: only fields the client changed against its `base`."""
    base = change.base
    changed = {
        k: v
        for k, v in change.data.items()
        if k not in frozen and (base is None or k not in base or base[k] != v)
    }
    return {**existing.data, **changed}


def _merge_into(
    conn: Connection, user: User, change: Change, existing: Record, frozen: tuple[str, ...] = ()
) -> Outcome:
    if existing.deleted:
        return rejected("not_found", existing)
    data = _merged(existing, change, frozen)
    if data == existing.data:
        return Outcome("applied", existing)
    return Outcome("applied", put(conn, user, change, data))


def _tombstone(conn: Connection, user: User, change: Change, existing: Record | None) -> Outcome:
    if existing is None:
        return rejected("not_found")
    if existing.deleted:
        return Outcome("duplicate", existing)
    return Outcome("applied", put(conn, user, change, existing.data, deleted=True))


def _job(conn: Connection, user: User, change: Change) -> Outcome:
    if change.id != change.job_id:
        return rejected("invalid")
    existing = get_record(conn, "job", change.id)
    if existing is None:
        if change.op == "delete":
            return rejected("not_found")
        if user.role not in JOB_CREATORS:
            return rejected("forbidden")
        record = put(conn, user, change, {**change.data, "status": "inquiry"})
        _add_member(conn, user, change.id, user.id, user.name, "maker")
        return Outcome("applied", record)
    role = "maker" if user.role == "admin" else member_role(conn, change.id, user.id)
    if role not in WRITERS["job"]:
        return rejected("forbidden")
    if change.op == "delete":
        return _tombstone(conn, user, change, existing)
    return _merge_into(conn, user, change, existing, frozen=("status",))


def _add_member(
    conn: Connection, by: User, job_id: str, user_id: str, name: str, role: str
) -> Record:
    set_membership(conn, job_id, user_id, role)
    data = {"user": name, "role": role}
    return put_record(conn, "membership", f"{job_id}:{name}", job_id, data, by=by.name)


Rule = Callable[[Connection, User, str, Change, Record | None], Outcome]


def _append_only(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if change.op == "delete":
        if change.kind == "job_status_change":
            return rejected("invalid")  # history is never rewritten
        if existing is not None and role != "maker" and existing.created_by != user.name:
            return rejected("forbidden")
        return _tombstone(conn, user, change, existing)
    if existing is not None:
        return Outcome("duplicate", existing)
    return Outcome("applied", put(conn, user, change, change.data))


def _comment(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    """Append-only; a reply in a review topic names a pin of the same job."""
    if change.op != "delete" and existing is None:
        problem = review_rules.reply_problem(conn, change)
        if problem is not None:
            return rejected("invalid", None, problem)
    return _append_only(conn, user, role, change, existing)


def _status_change(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if change.op == "delete" or existing is not None:
        return _append_only(conn, user, role, change, existing)
    job = get_record(conn, "job", change.job_id)
    assert job is not None
    source, target = change.data.get("from_status"), change.data.get("to_status")
    if source is None and target == "inquiry":  # the job's first history line
        return Outcome("applied", put(conn, user, change, change.data))
    current = job.data.get("status", "inquiry")
    if target not in STATUSES or source != current:
        return rejected("invalid", job)
    if target not in allowed_moves(current, _held_from(conn, change.job_id)):
        return rejected("invalid", job)
    record = put(conn, user, change, change.data)
    put_record(conn, "job", job.id, job.id, {**job.data, "status": target}, by=user.name)
    return Outcome("applied", record)


def _held_from(conn: Connection, job_id: str) -> str | None:
    """Where an on-hold job was held from: the last accepted move to on_hold."""
    for r in reversed(job_records(conn, job_id, "job_status_change")):
        if r.data.get("to_status") == "on_hold":
            source = r.data.get("from_status")
            return source if isinstance(source, str) else None
    return None


def _editable(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    """quote: merged field by field. A quote line never travels alone (protocol 2): it is
    judged with its revision, so a line change on its own is refused."""
    if change.kind == "quote_line":
        return rejected("invalid", existing)
    if change.op == "delete":
        return _tombstone(conn, user, change, existing)
    if existing is None:
        return Outcome("applied", put(conn, user, change, change.data))
    return _merge_into(conn, user, change, existing)


def _quote_revision(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    """A quote revision and its lines, judged as one unit (the revision's version covers
    its lines). A sent revision is frozen; a draft pushed with a stale `base_version`
    becomes a sibling draft holding the whole pushed unit, so nothing is lost."""
    lines = _unit_lines(change, change.id)
    if lines is not None and not _lines_belong(conn, change, lines):
        return rejected("invalid")
    if existing is None:
        if change.op == "delete":
            return rejected("not_found")
        record = put(conn, user, change, change.data)
        return Outcome("applied", record, lines=_set_lines(conn, user, change, lines or {}))
    current = _live_lines(conn, existing)
    if existing.deleted:
        return rejected("not_found", existing)
    same = change.op != "delete" and _same_unit(existing, current, change, lines)
    if existing.data.get("status") == "sent":
        return Outcome("duplicate", existing, lines=current) if same else _frozen(existing, current)
    if change.op == "delete":
        _set_lines(conn, user, change, {}, current)
        return Outcome("applied", put(conn, user, change, existing.data, deleted=True), lines=())
    if change.base_version == existing.version:
        data = _merged(existing, change)
        kept = current if lines is None else _set_lines(conn, user, change, lines, current)
        if data == existing.data and kept == current:
            return Outcome("applied", existing, lines=current)
        return Outcome("applied", put(conn, user, change, data), lines=kept)
    if same:
        return Outcome("duplicate", existing, lines=current)
    return _sibling(conn, user, change, lines if lines is not None else _as_lines(current))


def _frozen(existing: Record, current: tuple[Record, ...]) -> Outcome:
    return Outcome("rejected", existing, "invalid", lines=current)


def _unit_lines(change: Change, revision_id: str) -> dict[str, dict[str, Any]] | None:
    """The pushed lines by id, each naming the revision it travels in."""
    if change.lines is None:
        return None
    return {
        str(line["id"]): {**(line.get("data") or {}), "revision_id": revision_id}
        for line in change.lines
    }


def _as_lines(records: tuple[Record, ...]) -> dict[str, dict[str, Any]]:
    return {r.id: r.data for r in records}


def _lines_belong(conn: Connection, change: Change, lines: dict[str, dict[str, Any]]) -> bool:
    """A line id may not be another revision's (or another job's) line."""
    for line_id in lines:
        other = get_record(conn, "quote_line", line_id)
        if other is not None and (
            other.job_id != change.job_id or other.data.get("revision_id") != change.id
        ):
            return False
    return True


def _live_lines(conn: Connection, revision: Record) -> tuple[Record, ...]:
    return tuple(
        r
        for r in job_records(conn, revision.job_id, "quote_line")
        if not r.deleted and r.data.get("revision_id") == revision.id
    )


def _same_unit(
    existing: Record,
    current: tuple[Record, ...],
    change: Change,
    lines: dict[str, dict[str, Any]] | None,
) -> bool:
    if {**existing.data, **change.data} != existing.data:
        return False
    return lines is None or lines == _as_lines(current)


def _set_lines(
    conn: Connection,
    user: User,
    change: Change,
    lines: dict[str, dict[str, Any]],
    current: tuple[Record, ...] = (),
) -> tuple[Record, ...]:
    """Make the revision's live lines exactly `lines`: changed ones get a new version, the
    ones left out become tombstones. Returns the live lines."""
    had = {r.id: r for r in current}
    for line_id, gone in had.items():
        if line_id not in lines:
            put_record(conn, "quote_line", line_id, change.job_id, gone.data, by=user.name,
                       deleted=True)  # fmt: skip
    out = []
    for line_id, data in lines.items():
        old = had.get(line_id)
        if old is not None and old.data == data:
            out.append(old)
        else:
            out.append(put_record(conn, "quote_line", line_id, change.job_id, data, by=user.name))
    return tuple(out)


def _sibling(
    conn: Connection, user: User, change: Change, lines: dict[str, dict[str, Any]]
) -> Outcome:
    """Someone changed this draft since the client saw it: keep both, a person merges. The
    sibling holds the pushed revision and all of its lines (new ids, named from the
    sibling's, so the copy is the same however often it is made)."""
    sibling_id = str(uuid.uuid4())
    data = {**change.data, "branch_of": change.id}
    record = put_record(conn, change.kind, sibling_id, change.job_id, data, by=user.name)
    copies = {
        str(uuid.uuid5(uuid.UUID(sibling_id), line_id)): {**line, "revision_id": sibling_id}
        for line_id, line in lines.items()
    }
    sibling = replace(change, id=sibling_id)
    return Outcome("conflict", record, lines=_set_lines(conn, user, sibling, copies))


def _membership(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    name = change.data.get("user") or (existing.data.get("user") if existing else None)
    member_role_ = change.data.get("role", "advisor")
    if not isinstance(name, str) or change.id != f"{change.job_id}:{name}":
        return rejected("invalid")
    member_id = user_id_of(conn, name)
    if member_id is None:
        return rejected("not_found")
    if change.op != "delete" and member_role_ not in MEMBER_ROLES:
        return rejected("invalid")
    losing = change.op == "delete" or member_role_ != "maker"
    if losing and _takes_a_needed_maker(conn, user, change.job_id, member_id, name):
        return rejected("forbidden", existing)
    if change.op == "delete":
        set_membership(conn, change.job_id, member_id, None)
        return _tombstone(conn, user, change, existing)
    if existing is not None and not existing.deleted and existing.data.get("role") == member_role_:
        return Outcome("duplicate", existing)
    return Outcome("applied", _add_member(conn, user, change.job_id, member_id, name, member_role_))


def _takes_a_needed_maker(
    conn: Connection, user: User, job_id: str, member_id: str, name: str
) -> bool:
    """Whether removing or demoting this member takes a maker the job needs: its creator
    (its first maker; only they or an admin may), or its last maker (a job keeps one)."""
    if member_role(conn, job_id, member_id) != "maker":
        return False
    job = get_record(conn, "job", job_id)
    if job is not None and name == job.created_by and user.name != name and user.role != "admin":
        return True
    return count_members(conn, job_id, "maker") <= 1


_RULES: dict[str, Rule] = {
    "job_status_change": _status_change,
    "quote": _editable,
    "quote_line": _editable,
    "quote_revision": _quote_revision,
    "membership": _membership,
    "comment": _comment,
    "review": review_rules.review,
    "pin": review_rules.pin,
}
