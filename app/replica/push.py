"""The outbox: local changes snapshotted for the square, pushed, and answered.

`collect_outbox` turns dirty rows into outbox entries; `pending_changes` hands the oldest
out as protocol changes; `record_push_results` takes the square's answers. Each change
carries a `change_id` made with its entry: a retried push repeats it, and the square answers
the retry from memory instead of applying it twice. Re-exported by app.replica.state.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.kinds import Kind
from app.models import (
    Comment,
    DesignRevision,
    Job,
    JobStatusChange,
    QuoteLine,
    SyncBase,
    SyncMixin,
    SyncOutbox,
    utcnow,
)
from app.replica.apply import ApplyContext, base_record, begin, restore, set_state, take
from app.replica.inbox import file_entry, seen_version
from app.synced import SPECS, UNPUSHED_FIELDS, KindSpec, job_id_of, record_data
from app.tracking import mark_applying
from app.workspace import Workspace

log = logging.getLogger(__name__)
Change = dict[str, Any]


def _order_key(row: Any) -> tuple[int, datetime, str]:
    """The local write order (app.tracking), never a clock: a PC clock that steps back
    must not put a later move before an earlier one. Rows written before the order was kept
    (no `local_seq`) go first, by their time."""
    when = row.changed_at if isinstance(row, JobStatusChange) else row.created_at
    return (row.local_seq or 0, when, row.id)


def collect_outbox(ws: Workspace, user: str | None = None) -> int:
    """Snapshot every dirty synced row into the outbox and mark it clean, in one transaction.

    Parents go before children, each kind in the order it was written here. A quote
    revision travels with the complete set of its lines (one unit the square judges whole):
    a changed line marked its revision dirty as it was written (app.tracking), and the
    lines go clean with it. A row edited again while its entry waits gets another entry
    after it, unless that entry was never handed out to a push (then it simply takes the
    newer data). Rows made before the first sign-in carry no author yet: they get `user`'s
    name. Returns how many entries were added.
    """
    added = 0
    with ws.session() as s:
        mark_applying(s)
        with s.no_autoflush:
            waiting = s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq))
            latest = {(e.kind, e.record_id): e for e in waiting}
            for spec in SPECS:
                if spec.kind == Kind.QUOTE_LINE:
                    continue  # inside their revision's entry
                model: Any = spec.model
                rows = s.scalars(select(model).where(model.dirty.is_(True))).all()
                bases = _bases(s, spec.kind, [r.id for r in rows])
                for row in sorted(rows, key=_order_key):
                    if user:
                        _sign(row, user)
                    added += _queue(s, spec, row, bases.get(row.id), latest)
                    row.dirty = False
                if spec.kind == Kind.QUOTE_REVISION:
                    _lines_go_clean(s, [r.id for r in rows])
    return added


AUTHOR_FIELDS: dict[type[Any], str] = {
    Comment: "author",
    JobStatusChange: "changed_by",
    DesignRevision: "author",
}


def _sign(row: Any, user: str) -> None:
    name = AUTHOR_FIELDS.get(type(row))
    if name is not None and not getattr(row, name):
        setattr(row, name, user)


def _lines_go_clean(s: Session, revision_ids: list[str]) -> None:
    """The lines of the revisions just queued: they travel inside their revision's entry."""
    for i in range(0, len(revision_ids), 500):
        chunk = revision_ids[i : i + 500]
        query = select(QuoteLine).where(QuoteLine.dirty.is_(True), QuoteLine.revision_id.in_(chunk))
        for line in s.scalars(query):
            line.dirty = False


def unit_lines(s: Session, revision_id: str) -> list[dict[str, Any]]:
    """A quote revision's complete set of lines as they travel in its entry."""
    lines = s.scalars(
        select(QuoteLine)
        .where(QuoteLine.revision_id == revision_id, QuoteLine.deleted.is_(False))
        .order_by(QuoteLine.position)
    )
    return [{"id": line.id, "data": record_data(line)} for line in lines]


def _bases(s: Session, kind: str, ids: list[str]) -> dict[str, SyncBase]:
    out: dict[str, SyncBase] = {}
    for i in range(0, len(ids), 500):
        query = select(SyncBase).where(
            SyncBase.kind == kind, SyncBase.record_id.in_(ids[i : i + 500]), ~SyncBase.held
        )
        out.update((b.record_id, b) for b in s.scalars(query))
    return out


def _queue(
    s: Session,
    spec: KindSpec,
    row: SyncMixin,
    base: SyncBase | None,
    latest: dict[tuple[str, str], SyncOutbox],
) -> int:
    last = latest.get((spec.kind, row.id))  # the newest entry of the record, if any waits
    if row.deleted and base is None and last is None:
        return 0  # made and deleted here: the square never needs to know
    op = "delete" if row.deleted else "upsert"
    fields = record_data(row)
    lines = None
    if spec.kind == Kind.QUOTE_REVISION:
        lines = None if row.deleted else json.dumps(unit_lines(s, row.id))
    elif last is None and base is not None and not row.deleted and _same(spec.kind, fields, base):
        return 0  # nothing the square takes from this row changed (a job's status, say)
    data = json.dumps(fields)
    if last is not None and last.attempts == 0:
        last.op, last.data_json, last.lines_json = op, data, lines
        return 0
    entry = SyncOutbox(
        kind=spec.kind,
        record_id=row.id,
        job_id=job_id_of(row),
        op=op,
        base_version=base.version if base is not None else row.server_version,
        base_json=base.data_json if base is not None else None,
        data_json=data,
        lines_json=lines,
        attempts=0,
    )
    s.add(entry)
    latest[(spec.kind, row.id)] = entry
    return 1


def _same(kind: str, fields: dict[str, Any], base: SyncBase) -> bool:
    hidden = UNPUSHED_FIELDS.get(kind, frozenset())
    seen = json.loads(base.data_json)
    return not base.deleted and all(seen.get(k) == v for k, v in fields.items() if k not in hidden)


def _change(entry: SyncOutbox) -> Change:
    hidden = UNPUSHED_FIELDS.get(entry.kind, frozenset())
    data = {k: v for k, v in json.loads(entry.data_json).items() if k not in hidden}
    base = None
    if entry.base_json is not None:
        base = {k: v for k, v in json.loads(entry.base_json).items() if k not in hidden}
    change = {
        "change_id": entry.change_id,
        "kind": entry.kind,
        "id": entry.record_id,
        "job_id": entry.job_id,
        "op": entry.op,
        "base_version": entry.base_version,
        "base": base,
        "data": data,
    }
    if entry.lines_json is not None:
        change["lines"] = json.loads(entry.lines_json)
    return change


def pending_changes(ws: Workspace, limit: int = 500) -> list[Change]:
    """The oldest waiting changes as protocol change dicts, at most one per record (a second
    edit of a record waits for the first one's answer, which rebases it)."""
    out: list[SyncOutbox] = []
    seen: set[tuple[str, str]] = set()
    with ws.session() as s:
        for entry in s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)):
            key = (entry.kind, entry.record_id)
            if key in seen:
                continue
            seen.add(key)
            out.append(entry)
            if len(out) >= limit:
                break
        for entry in out:
            entry.attempts += 1
        return [_change(e) for e in out]


def record_push_results(ws: Workspace, results: list[dict[str, Any]]) -> Changes:
    """Take the square's answers to a push (in one transaction).

    applied / duplicate: the row is at the new version and its base is what was pushed (or
    the square's `record`); later entries of the same record are rebased on it.
    conflict: a sibling draft now holds the change; the conflicts inbox names both.
    rejected: what this PC had is filed in the conflicts inbox with the square's answer;
    then the square's view comes back (its `record`, else the base; a row it never had
    goes) and the refusal is kept for the status bar (`sync_status().last_rejected`).
    An answer to an entry already answered (a retried push) changes nothing.
    """
    with ws.session() as s:
        ctx = begin(s)
        waiting = _Waiting.load(s)
        answered = [(waiting.by_change.get(str(r.get("change_id"))), r) for r in results]
        ctx.prefetch([{"kind": e.kind, "id": e.record_id} for e, _r in answered if e])
        for entry, result in answered:
            if entry is None or entry.change_id not in waiting.by_change:
                continue  # answered before (a retried push)
            waiting.forget(ctx, entry)
            status = result.get("status")
            if status in ("applied", "duplicate"):
                _accepted(ctx, entry, result, waiting.by_record.get(_key(entry), []))
            elif status == "conflict":
                _conflicted(ctx, entry, result)
            elif status == "rejected":
                _rejected(ctx, entry, result)
            else:
                log.warning("unknown push status %r for %s", status, entry.change_id)
        return ctx.changes()


def _key(entry: SyncOutbox) -> tuple[str, str]:
    return (entry.kind, entry.record_id)


@dataclass
class _Waiting:
    """The outbox as loaded once for a batch of answers."""

    by_change: dict[str, SyncOutbox]
    by_record: dict[tuple[str, str], list[SyncOutbox]]
    status_moves: Counter[str]  # waiting status changes per job
    dirty_moves: set[str]  # jobs with status changes not even collected yet

    @classmethod
    def load(cls, s: Session) -> _Waiting:
        entries = list(s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)))
        by_record: dict[tuple[str, str], list[SyncOutbox]] = {}
        for e in entries:
            by_record.setdefault(_key(e), []).append(e)
        moves = Counter(e.job_id for e in entries if e.kind == Kind.JOB_STATUS_CHANGE)
        dirty = select(JobStatusChange.job_id).where(JobStatusChange.dirty.is_(True))
        return cls({e.change_id: e for e in entries}, by_record, moves, set(s.scalars(dirty)))

    def forget(self, ctx: ApplyContext, entry: SyncOutbox) -> None:
        ctx.session.delete(entry)
        del self.by_change[entry.change_id]
        rest = self.by_record[_key(entry)]
        rest.remove(entry)
        if not rest:
            ctx.queued.discard(_key(entry))
        if entry.kind == Kind.JOB_STATUS_CHANGE:
            self.status_moves[entry.job_id] -= 1
            if self.status_moves[entry.job_id] <= 0 and entry.job_id not in self.dirty_moves:
                ctx.status_pending.discard(entry.job_id)


def _accepted(
    ctx: ApplyContext, entry: SyncOutbox, result: dict[str, Any], later: list[SyncOutbox]
) -> None:
    record = result.get("record")
    if record is None:
        if result.get("version") is None:
            log.warning("accepted change %s came without a version", entry.change_id)
            return
        record = {
            "kind": entry.kind,
            "id": entry.record_id,
            "job_id": entry.job_id,
            "version": result["version"],
            "deleted": entry.op == "delete",
            "data": json.loads(entry.data_json),
        }
    take(ctx, record)
    _take_lines(ctx, result)
    base = ctx.base(entry.kind, entry.record_id)
    if base is None or base.held:
        return
    for other in later:
        if other.base_version is None or other.base_version < base.version:
            other.base_version, other.base_json = base.version, base.data_json


def _take_lines(ctx: ApplyContext, result: dict[str, Any]) -> None:
    """A quote revision's answer carries the square's lines of it: take them too."""
    for line in result.get("lines") or []:
        if isinstance(line, dict):
            take(ctx, line)


def _conflicted(ctx: ApplyContext, entry: SyncOutbox, result: dict[str, Any]) -> None:
    """The square kept both: the sibling draft it made holds this PC's whole unit. The
    inbox names both; the original goes back to the square's view."""
    record = result.get("record")
    sibling = result.get("sibling_id") or result.get("id")
    server = seen_version(ctx, entry.kind, entry.record_id)
    if record is not None and record.get("id") != entry.record_id:
        sibling = record["id"]
        take(ctx, record)  # the sibling draft, holding this change
        _take_lines(ctx, result)
        record = None
    file_entry(ctx, entry, reason="conflict", server=server, sibling_id=sibling)
    restore(ctx, entry.kind, entry.record_id, record)
    ctx.jobs.add(entry.job_id)


def _rejected(ctx: ApplyContext, entry: SyncOutbox, result: dict[str, Any]) -> None:
    """Refused: what this PC had goes to the inbox (with the square's answer) before the
    workspace shows the square's view again. Nothing is dropped without an entry."""
    code = str(result.get("code") or "rejected")
    message = str(result.get("message") or f"the square refused a {entry.kind} change")
    set_state(
        ctx.session,
        "last_rejected",
        {
            "code": code,
            "message": message,
            "at": utcnow().isoformat(),
            "kind": entry.kind,
            "id": entry.record_id,
            "job_id": entry.job_id,
        },
    )
    record = result.get("record")
    server: dict[str, Any] | None = None
    if isinstance(record, dict):
        server = {**record, "lines": result["lines"]} if result.get("lines") else dict(record)
    else:
        server = seen_version(ctx, entry.kind, entry.record_id)
    file_entry(ctx, entry, reason="rejected", server=server, code=code, message=message)
    if record is not None and record.get("id") != entry.record_id:
        take(ctx, record, check_version=False)  # e.g. the job whose status a concurrent move set
        record = None
    restore(ctx, entry.kind, entry.record_id, record, lines=result.get("lines"))
    if entry.kind == Kind.JOB_STATUS_CHANGE:
        _restore_status(ctx, entry.job_id)


def _restore_status(ctx: ApplyContext, job_id: str) -> None:
    """A refused move: the job's status goes back to the square's (when no move waits)."""
    job = ctx.row(Job, job_id)
    base = ctx.base(Kind.JOB, job_id)
    if not isinstance(job, Job) or base is None or base.held or job_id in ctx.status_pending:
        return
    status = base_record(base)["data"].get("status")
    if status and job.status != status:
        job.status = status
        ctx.jobs.add(job_id)


__all__ = ["collect_outbox", "pending_changes", "record_push_results"]
