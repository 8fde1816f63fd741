"""Per-kind rules for pushed changes (docs/sync-protocol.md, "Records" and "Push").

`apply_change` runs inside a write transaction holding the write lock and returns the
change's outcome; it never raises for a change the rules refuse (that is a `rejected`
outcome with a code), so one bad change cannot wedge a client's outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy.engine import Connection

from app.jobs import STATUSES, allowed_moves
from sync.server.auth import User
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

MEMBER_ROLES = ("maker", "advisor", "trainer")
JOB_CREATORS = frozenset({"maker", "trainer", "admin"})  # user roles that may add a job
# Which member roles may write each kind (an admin user writes as a maker on any job).
WRITERS: dict[str, frozenset[str]] = {
    "job": frozenset({"maker"}),
    "job_status_change": frozenset({"maker", "trainer"}),
    "design": frozenset({"maker", "trainer"}),
    "design_revision": frozenset({"maker", "trainer"}),
    "quote": frozenset({"maker"}),
    "quote_revision": frozenset({"maker"}),
    "quote_line": frozenset({"maker"}),
    "comment": frozenset({"maker", "advisor", "trainer"}),
    "membership": frozenset({"maker"}),
}
KINDS = frozenset(WRITERS)
APPEND_ONLY = frozenset({"design", "design_revision", "comment", "job_status_change"})

Status = Literal["applied", "duplicate", "conflict", "rejected"]


@dataclass(frozen=True)
class Change:
    change_id: str
    kind: str
    id: str
    job_id: str
    op: Literal["upsert", "delete"]
    base_version: int | None = None
    base: dict[str, Any] | None = None
    data: dict[str, Any] = field(default_factory=dict)
    # quote_revision: the complete set of its lines, [{"id", "data"}] (None: not sent).
    lines: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class Outcome:
    status: Status
    record: Record | None = None
    code: str | None = None

    def result(self, change_id: str) -> dict[str, Any]:
        return {
            "change_id": change_id,
            "status": self.status,
            "version": self.record.version if self.record else None,
            "record": self.record.as_json() if self.record else None,
            "code": self.code,
        }


def _rejected(code: str, record: Record | None = None) -> Outcome:
    return Outcome("rejected", record, code)


def apply_change(conn: Connection, user: User, change: Change) -> Outcome:
    if change.kind not in KINDS:
        return _rejected("invalid")
    if change.kind == "job":
        return _job(conn, user, change)
    job = get_record(conn, "job", change.job_id)
    if job is None:
        return _rejected("not_found")
    role = "maker" if user.role == "admin" else member_role(conn, change.job_id, user.id)
    if role not in WRITERS[change.kind]:
        return _rejected("forbidden")  # and no record: the user may not read this job
    if job.deleted:
        return _rejected("not_found", job)
    existing = get_record(conn, change.kind, change.id)
    if existing is not None and existing.job_id != change.job_id:
        return _rejected("invalid")  # records never move between jobs
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
        return _rejected("not_found", existing)
    data = _merged(existing, change, frozen)
    if data == existing.data:
        return Outcome("applied", existing)
    return Outcome("applied", _put(conn, user, change, data))


def _put(
    conn: Connection, user: User, change: Change, data: dict[str, Any], *, deleted: bool = False
) -> Record:
    return put_record(
        conn, change.kind, change.id, change.job_id, data, by=user.name, deleted=deleted
    )


def _tombstone(conn: Connection, user: User, change: Change, existing: Record | None) -> Outcome:
    if existing is None:
        return _rejected("not_found")
    if existing.deleted:
        return Outcome("duplicate", existing)
    return Outcome("applied", _put(conn, user, change, existing.data, deleted=True))


def _job(conn: Connection, user: User, change: Change) -> Outcome:
    if change.id != change.job_id:
        return _rejected("invalid")
    existing = get_record(conn, "job", change.id)
    if existing is None:
        if change.op == "delete":
            return _rejected("not_found")
        if user.role not in JOB_CREATORS:
            return _rejected("forbidden")
        record = _put(conn, user, change, {**change.data, "status": "inquiry"})
        _add_member(conn, user, change.id, user.id, user.name, "maker")
        return Outcome("applied", record)
    role = "maker" if user.role == "admin" else member_role(conn, change.id, user.id)
    if role not in WRITERS["job"]:
        return _rejected("forbidden")
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
            return _rejected("invalid")  # history is never rewritten
        if existing is not None and role != "maker" and existing.created_by != user.name:
            return _rejected("forbidden")
        return _tombstone(conn, user, change, existing)
    if existing is not None:
        return Outcome("duplicate", existing)
    return Outcome("applied", _put(conn, user, change, change.data))


def _status_change(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if change.op == "delete" or existing is not None:
        return _append_only(conn, user, role, change, existing)
    job = get_record(conn, "job", change.job_id)
    assert job is not None
    source, target = change.data.get("from_status"), change.data.get("to_status")
    if source is None and target == "inquiry":  # the job's first history line
        return Outcome("applied", _put(conn, user, change, change.data))
    current = job.data.get("status", "inquiry")
    if target not in STATUSES or source != current:
        return _rejected("invalid", job)
    if target not in allowed_moves(current, _held_from(conn, change.job_id)):
        return _rejected("invalid", job)
    record = _put(conn, user, change, change.data)
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
    """quote and quote_line: merged field by field; a line of a sent revision is frozen."""
    if change.kind == "quote_line":
        revision_id = change.data.get("revision_id") or (
            existing and existing.data.get("revision_id")
        )
        revision = get_record(conn, "quote_revision", str(revision_id))
        if revision is not None and revision.job_id != change.job_id:
            return _rejected("invalid")
        if revision is not None and revision.data.get("status") == "sent":
            return _rejected("invalid", existing or revision)
    if change.op == "delete":
        return _tombstone(conn, user, change, existing)
    if existing is None:
        return Outcome("applied", _put(conn, user, change, change.data))
    return _merge_into(conn, user, change, existing)


def _quote_revision(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    if existing is None:
        if change.op == "delete":
            return _rejected("not_found")
        return Outcome("applied", _put(conn, user, change, change.data))
    if existing.data.get("status") == "sent" and not existing.deleted:
        return _rejected("invalid", existing)  # a sent revision is frozen
    if change.op == "delete":
        return _tombstone(conn, user, change, existing)
    if existing.deleted:
        return _rejected("not_found", existing)
    if change.base_version == existing.version:
        return _merge_into(conn, user, change, existing)
    if {**existing.data, **change.data} == existing.data:
        return Outcome("duplicate", existing)
    # Someone changed this draft since the client saw it: keep both, a person merges.
    sibling = {**change.data, "branch_of": change.id}
    record = put_record(conn, change.kind, str(uuid.uuid4()), change.job_id, sibling, by=user.name)
    return Outcome("conflict", record)


def _membership(
    conn: Connection, user: User, role: str, change: Change, existing: Record | None
) -> Outcome:
    name = change.data.get("user") or (existing.data.get("user") if existing else None)
    member_role_ = change.data.get("role", "advisor")
    if not isinstance(name, str) or change.id != f"{change.job_id}:{name}":
        return _rejected("invalid")
    member_id = user_id_of(conn, name)
    if member_id is None:
        return _rejected("not_found")
    if change.op != "delete" and member_role_ not in MEMBER_ROLES:
        return _rejected("invalid")
    losing = change.op == "delete" or member_role_ != "maker"
    if losing and _takes_a_needed_maker(conn, user, change.job_id, member_id, name):
        return _rejected("forbidden", existing)
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
}
