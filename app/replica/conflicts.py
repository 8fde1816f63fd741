"""The conflicts inbox, as the user meets it: what this PC had, what the square has, and
two ways out — re-apply (as new work, so the square judges it again) or discard on purpose.

Entries are filed by the sync (app.replica.inbox) whenever the square does not take a change
as it was: refused (`rejected`, with the square's code) or kept beside the other version
(`conflict`: a sibling quote draft holds this PC's whole revision). An entry outlives the
rows it names (a job another PC deleted is gone here too), so it carries its data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import Changes, Result
from app.errors import InvalidValueError, NotFoundError
from app.jobs import jobs
from app.kinds import Kind
from app.models import (
    Comment,
    DesignRevision,
    Job,
    Quote,
    QuoteLine,
    QuoteRevision,
    SyncConflict,
    utcnow,
)
from app.replica.records import apply_record
from app.rows import live_row
from app.synced import BY_KIND, to_record
from app.workspace import Workspace

__all__ = ["InboxEntry", "discard", "get_entry", "list_entries", "open_count", "reapply"]

REAPPLIED, DISCARDED = "reapplied", "discarded"


@dataclass(frozen=True)
class InboxEntry:
    id: int
    kind: str  # the record kind (quote_revision, comment, job_status_change, …)
    record_id: str
    job_id: str
    job_number: str | None  # None when the job is not in this workspace any more
    reason: str  # "rejected" or "conflict"
    code: str | None  # the square's code for a refusal (forbidden, invalid, not_found, …)
    message: str | None
    local: dict[str, Any]  # what this PC had: kind, id, job_id, op, data (and lines)
    server: dict[str, Any] | None  # what the square has (or had last), None if nothing
    author: str  # who made the change here
    changed_at: datetime | None  # when it was taken from the workspace to be pushed
    filed_at: datetime
    sibling_id: str | None  # conflict: the sibling draft that holds this PC's version
    resolution: str | None  # None (open), "reapplied" or "discarded"
    resolved_at: datetime | None

    @property
    def open(self) -> bool:
        return self.resolution is None

    def as_json(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        for k in ("changed_at", "filed_at", "resolved_at"):
            value = out[k]
            out[k] = value.isoformat() if value is not None else None
        out["open"] = self.open
        return out


def _square_now(s: Session, c: SyncConflict) -> dict[str, Any] | None:
    """For a quote draft kept beside a sibling: the original as the workspace has it now
    (after the sync that filed the entry, the square's current version), else as filed."""
    kept = json.loads(c.server_json) if c.server_json else None
    if c.reason != "conflict" or c.kind != Kind.QUOTE_REVISION:
        return kept
    rev = s.get(QuoteRevision, c.record_id)
    if rev is None or rev.deleted or rev.dirty:
        return kept
    lines = [to_record(ln) for ln in rev.lines if not ln.deleted]
    return {**to_record(rev), "lines": lines}


def _entry(s: Session, c: SyncConflict) -> InboxEntry:
    job = s.get(Job, c.job_id)
    return InboxEntry(
        id=c.id,
        kind=c.kind,
        record_id=c.record_id,
        job_id=c.job_id,
        job_number=job.number if job is not None and not job.deleted else None,
        reason=c.reason,
        code=c.code,
        message=c.message,
        local=json.loads(c.local_json) if c.local_json else {"kind": c.kind, "id": c.record_id},
        server=_square_now(s, c),
        author=c.author,
        changed_at=c.changed_at,
        filed_at=c.created_at,
        sibling_id=c.sibling_id,
        resolution=c.resolution if c.resolved or c.resolution else None,
        resolved_at=c.resolved_at,
    )


def list_entries(ws: Workspace, *, include_resolved: bool = False) -> list[InboxEntry]:
    """The inbox, oldest first (open entries only unless asked)."""
    with ws.read_session() as s:
        query = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        return [_entry(s, c) for c in s.scalars(query)]


def open_count(ws: Workspace) -> int:
    with ws.read_session() as s:
        query = select(func.count()).select_from(SyncConflict)
        return int(s.scalar(query.where(SyncConflict.resolved.is_(False))) or 0)


def get_entry(ws: Workspace, entry_id: int) -> InboxEntry:
    with ws.read_session() as s:
        c = s.get(SyncConflict, entry_id)
        if c is None:
            raise NotFoundError(f"inbox entry {entry_id}", kind="conflict", id=entry_id)
        return _entry(s, c)


def _open(s: Session, entry_id: int) -> SyncConflict:
    c = s.get(SyncConflict, entry_id)
    if c is None:
        raise NotFoundError(f"inbox entry {entry_id}", kind="conflict", id=entry_id)
    if c.resolved:
        raise InvalidValueError("this entry was resolved already", field="conflict")
    return c


def _close(c: SyncConflict, resolution: str) -> None:
    c.resolved, c.resolution, c.resolved_at = True, resolution, utcnow()


def discard(ws: Workspace, entry_id: int) -> Result[None]:
    """Let this PC's version go, on purpose (the entry stays, marked discarded)."""
    with ws.session() as s:
        c = _open(s, entry_id)
        _close(c, DISCARDED)
        return Result(None, Changes(jobs=frozenset({c.job_id}), conflicts=True))


def reapply(ws: Workspace, entry_id: int) -> Result[str | None]:
    """Make this PC's version new work again, for the square to judge on the next sync:
    a quote revision becomes a new draft revision of its quote (with all its lines), a
    comment a new comment, a status move the same move from where the job is now, any
    other record this PC's fields again. Returns the id of what was made (or None).

    Raises NotFoundError when the job (or quote) is not in this workspace any more, and
    the service's own error when the move is no longer possible; the entry stays open."""
    with ws.read_session() as s:
        c = _open(s, entry_id)
        kind, reason, author = c.kind, c.reason, c.author
        local = json.loads(c.local_json) if c.local_json else None
    if reason == "conflict" and kind == Kind.QUOTE_REVISION:
        made: str | None = None  # the sibling draft already holds it: nothing to make
        changes = Changes()
    elif local is None:
        raise InvalidValueError("this entry holds no data to re-apply", field="conflict")
    elif kind == Kind.JOB_STATUS_CHANGE:
        result = jobs.set_status(ws, local["job_id"], str(local["data"]["to_status"]), by=author)
        made, changes = result.value, result.changes
    else:
        made, changes = _reapply_row(ws, kind, local)
    with ws.session() as s:
        _close(_open(s, entry_id), REAPPLIED)
    return Result(made, changes | Changes(conflicts=True))


def _reapply_row(ws: Workspace, kind: str, local: dict[str, Any]) -> tuple[str, Changes]:
    with ws.session() as s:
        if kind == Kind.JOB and local.get("op") != "delete":
            live_row(s, Job, local["id"])
        elif kind != Kind.JOB:
            live_row(s, Job, local["job_id"])
        if kind == Kind.QUOTE_REVISION:
            made = _new_draft_from(s, local)
            rev = s.get(QuoteRevision, made)
            assert rev is not None
            return made, Changes(
                quotes=frozenset({rev.quote_id}), jobs=frozenset({local["job_id"]})
            )
        if kind == Kind.COMMENT:
            data = local["data"]
            comment = Comment(
                job_id=local["job_id"],
                author=str(data.get("author") or ""),
                body=str(data.get("body") or ""),
                pin_json=data.get("pin_json"),
            )
            s.add(comment)
            s.flush()
            return comment.id, Changes(jobs=frozenset({local["job_id"]}))
        record = {**local, "deleted": local.get("op") == "delete", "version": None}
        if kind not in BY_KIND:
            raise InvalidValueError(f"unknown kind {kind!r}", field="conflict")
        row = apply_record(s, record)  # this PC's fields again, as a local edit
        if row is None:
            raise NotFoundError(f"{kind} {local['id']}", kind=kind, id=local["id"])
        row.dirty = True
        return row.id, Changes(jobs=frozenset({local["job_id"]}))


def _new_draft_from(s: Session, local: dict[str, Any]) -> str:
    """A new draft revision of the quote, holding this PC's terms and lines."""
    data = local["data"]
    quote = live_row(s, Quote, str(data.get("quote_id")))
    latest = select(func.max(QuoteRevision.number)).where(QuoteRevision.quote_id == quote.id)
    number = s.scalar(latest)
    today = date.today()
    issued = _date(data.get("issue_date"), today)
    valid = _date(data.get("valid_until"), today + timedelta(days=30))
    rev = QuoteRevision(
        quote_id=quote.id,
        number=int(number or 0) + 1,
        vat_included=bool(data.get("vat_included")),
        rounding=str(data.get("rounding") or "floor:1"),
        issue_date=today,
        valid_until=max(today + (valid - issued), today),
        notes=str(data.get("notes") or ""),
    )
    s.add(rev)
    s.flush()
    for position, line in enumerate(local.get("lines") or [], start=1):
        ld = line.get("data") or {}
        s.add(
            QuoteLine(
                revision_id=rev.id,
                position=position,
                item=str(ld.get("item") or ""),
                spec=str(ld.get("spec") or ""),
                quantity=int(ld.get("quantity") or 1),
                unit_price=int(ld.get("unit_price") or 0),
                note=str(ld.get("note") or ""),
                design_revision_id=_existing_design(s, ld.get("design_revision_id")),
                design_hash=ld.get("design_hash"),
                breakdown_json=ld.get("breakdown_json"),
            )
        )
    s.flush()
    return rev.id


def _existing_design(s: Session, revision_id: Any) -> str | None:
    """A line keeps its design link only while that design revision is here."""
    if not revision_id or s.get(DesignRevision, str(revision_id)) is None:
        return None
    return str(revision_id)


def _date(value: Any, default: date) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return default
