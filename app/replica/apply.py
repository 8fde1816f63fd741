"""Taking the square's records into the workspace: merges, held records, removals.

The machinery behind app.replica.state; everything here runs inside the caller's transaction.
A record for a row without unpushed changes simply replaces it. A row with unpushed changes
(dirty, or waiting in the outbox) merges field by field: the fields the user changed — that
differ from the base, the data as last seen from the square — stay, the others take the
square's values. A record whose parent has not arrived yet (the feed is ordered by version,
so a design can come before its job's newest version) waits in `sync_base` as `held`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.kinds import Kind
from app.models import (
    Design,
    DesignRevision,
    Job,
    JobStatusChange,
    Quote,
    QuoteLine,
    QuoteRevision,
    SyncBase,
    SyncMixin,
    SyncOutbox,
    SyncState,
)
from app.replica.records import apply_record, can_apply
from app.synced import BY_KIND, BY_MODEL, KIND_ORDER, SPECS, Record, job_id_of, record_data
from app.tracking import mark_applying

log = logging.getLogger(__name__)


@dataclass
class ApplyContext:
    """What one transaction of applying needs to know, and what it changed."""

    session: Session
    queued: set[tuple[str, str]]  # (kind, id) of records with outbox entries
    status_pending: set[str]  # jobs with status changes not yet accepted by the square
    jobs: set[str] = field(default_factory=set)
    designs: set[str] = field(default_factory=set)
    quotes: set[str] = field(default_factory=set)
    customers: bool = False
    inbox: bool = False  # an entry was filed in the conflicts inbox
    dropped_files: set[str] = field(default_factory=set)  # hashes of revisions removed
    # Rows and bases looked up or made in this transaction (None: known not to exist), so a
    # page of 10,000 records costs a few queries, not a flush and a SELECT per record.
    rows: dict[tuple[type[SyncMixin], str], SyncMixin | None] = field(default_factory=dict)
    bases: dict[tuple[str, str], SyncBase | None] = field(default_factory=dict)

    def row(self, model: type[SyncMixin], row_id: str) -> SyncMixin | None:
        key = (model, row_id)
        if key not in self.rows:
            with self.session.no_autoflush:  # what this transaction made is in the cache
                self.rows[key] = self.session.get(model, row_id)
        return self.rows[key]

    def base(self, kind: str, record_id: str) -> SyncBase | None:
        key = (kind, record_id)
        if key not in self.bases:
            with self.session.no_autoflush:
                self.bases[key] = self.session.get(SyncBase, key)
        return self.bases[key]

    def prefetch(self, records: list[Record]) -> None:
        """Load the rows and bases a page names, in a few IN queries."""
        ids: dict[str, list[str]] = {}
        for r in records:
            ids.setdefault(str(r.get("kind")), []).append(str(r["id"]))
        s = self.session
        for kind, wanted in ids.items():
            spec = BY_KIND.get(kind)
            if spec is None:
                continue
            model: Any = spec.model
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                with s.no_autoflush:
                    found = {r.id: r for r in s.scalars(select(model).where(model.id.in_(chunk)))}
                    bases = {
                        b.record_id: b
                        for b in s.scalars(
                            select(SyncBase).where(
                                SyncBase.kind == kind, SyncBase.record_id.in_(chunk)
                            )
                        )
                    }
                for row_id in chunk:
                    self.rows.setdefault((spec.model, row_id), found.get(row_id))
                    self.bases.setdefault((kind, row_id), bases.get(row_id))

    def changes(self) -> Changes:
        return Changes(
            jobs=frozenset(self.jobs),
            designs=frozenset(self.designs),
            quotes=frozenset(self.quotes),
            customers=self.customers,
            conflicts=self.inbox,
        )


def begin(session: Session) -> ApplyContext:
    mark_applying(session)
    queued = {(k, r) for k, r in session.execute(select(SyncOutbox.kind, SyncOutbox.record_id))}
    pending = set(
        session.scalars(
            select(SyncOutbox.job_id).where(SyncOutbox.kind == Kind.JOB_STATUS_CHANGE)
        ).all()
    )
    pending |= set(
        session.scalars(select(JobStatusChange.job_id).where(JobStatusChange.dirty)).all()
    )
    return ApplyContext(session, queued, pending)


def has_unpushed(ctx: ApplyContext, kind: str, row: SyncMixin) -> bool:
    return row.dirty or (kind, row.id) in ctx.queued


def _local_edits(ctx: ApplyContext, kind: str, row: SyncMixin, base: SyncBase | None) -> set[str]:
    """The fields of `row` the user changed since the square's base (kept by a merge)."""
    if not has_unpushed(ctx, kind, row):
        return set()
    local = record_data(row)
    if base is None:
        keep = set(local)  # never seen from the square: all of it is the user's
    else:
        base_data = json.loads(base.data_json)
        keep = {k for k, v in local.items() if k not in base_data or base_data[k] != v}
    if kind == Kind.JOB:
        keep.discard("status")
        if row.id in ctx.status_pending:
            keep.add("status")  # the user's own move is on its way; the square will answer
    keep.discard("created_at")
    return keep


def get_state(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None else json.loads(row.value_json)


def set_state(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value_json=json.dumps(value)))
    else:
        row.value_json = json.dumps(value)


def store_base(ctx: ApplyContext, record: Record, *, held: bool = False) -> None:
    key = (record["kind"], record["id"])
    base = ctx.base(*key)
    if base is None:
        base = SyncBase(kind=key[0], record_id=key[1])
        ctx.session.add(base)
        ctx.bases[key] = base
    base.job_id = record["job_id"]
    base.version = int(record.get("version") or 0)
    base.deleted = bool(record.get("deleted"))
    base.data_json = json.dumps(record.get("data") or {})
    base.held = held


def base_record(base: SyncBase) -> Record:
    return {
        "kind": base.kind,
        "id": base.record_id,
        "job_id": base.job_id,
        "version": base.version,
        "deleted": base.deleted,
        "data": json.loads(base.data_json),
    }


def take(ctx: ApplyContext, record: Record, *, check_version: bool = True) -> None:
    """Apply one of the square's records, merging with unpushed local edits."""
    spec = BY_KIND.get(str(record.get("kind")))
    if spec is None:
        log.info("ignoring a record of unknown kind %r", record.get("kind"))
        return
    s = ctx.session
    row = ctx.row(spec.model, record["id"])
    version = record.get("version")
    seen = row.server_version if row is not None else None
    if check_version and version is not None and seen is not None and seen >= version:
        return  # seen already (a snapshot, then the feed)
    if not can_apply(s, record, lookup=ctx.row):
        store_base(ctx, record, held=True)
        return
    if spec.kind == Kind.QUOTE_LINE and _unit_waits(ctx, record):
        store_base(ctx, record)  # the waiting unit is judged first; a conflict restores it
        return
    base = ctx.base(spec.kind, record["id"])
    keep = _local_edits(ctx, spec.kind, row, base) if row is not None else set()
    ctx.rows[(spec.model, record["id"])] = apply_record(s, record, keep=keep, lookup=ctx.row)
    store_base(ctx, record)
    _touch(ctx, spec.kind, record)


def _unit_waits(ctx: ApplyContext, record: Record) -> bool:
    """Whether the line's revision has unpushed changes here: its lines travel inside it,
    so the square's line must not overwrite (or bring back) what waits to be judged."""
    revision_id = (record.get("data") or {}).get("revision_id")
    rev = ctx.row(QuoteRevision, str(revision_id)) if revision_id else None
    return rev is not None and has_unpushed(ctx, Kind.QUOTE_REVISION, rev)


def _touch(ctx: ApplyContext, kind: str, record: Record) -> None:
    ctx.jobs.add(record["job_id"])
    data = record.get("data") or {}
    if kind == Kind.JOB:
        ctx.customers = ctx.customers or bool(data.get("customer_name"))
    elif kind == Kind.DESIGN:
        ctx.designs.add(record["id"])
    elif kind == Kind.DESIGN_REVISION and data.get("design_id"):
        ctx.designs.add(data["design_id"])
    elif kind == Kind.QUOTE:
        ctx.quotes.add(record["id"])
    elif kind == Kind.QUOTE_REVISION and data.get("quote_id"):
        ctx.quotes.add(data["quote_id"])
    elif kind == Kind.QUOTE_LINE:
        rev = ctx.row(QuoteRevision, data.get("revision_id") or "")
        if isinstance(rev, QuoteRevision):
            ctx.quotes.add(rev.quote_id)


def take_all(ctx: ApplyContext, records: list[Record]) -> None:
    """A page of records, parents first (then by version), then whatever they unblocked."""
    ordered = sorted(
        records, key=lambda r: (KIND_ORDER.get(str(r.get("kind")), 99), r.get("version") or 0)
    )
    ctx.prefetch(ordered)
    kind = None
    for record in ordered:
        if record.get("kind") != kind:
            ctx.session.flush()  # parents in first: the flush only orders related models
            kind = record.get("kind")
        take(ctx, record)
    retry_held(ctx)


def retry_held(ctx: ApplyContext) -> None:
    s = ctx.session
    while True:
        held = s.scalars(select(SyncBase).where(SyncBase.held)).all()
        ready = [b for b in held if can_apply(s, base_record(b), lookup=ctx.row)]
        if not ready:
            return
        for b in sorted(ready, key=lambda b: (KIND_ORDER[b.kind], b.version)):
            take(ctx, base_record(b))
            s.flush()


def restore(
    ctx: ApplyContext,
    kind: str,
    record_id: str,
    record: Record | None,
    *,
    lines: list[Record] | None = None,
) -> None:
    """Give a refused row back the square's view: `record`, else its base; a row the square
    never had goes (outright when nothing can hang on it, else as a tombstone). A quote
    revision's lines go back with it (to `lines`, the square's, else their bases). Call it
    only once what this PC had is filed in the conflicts inbox."""
    spec = BY_KIND[kind]
    s = ctx.session
    if record is None:
        base = ctx.base(kind, record_id)
        record = base_record(base) if base is not None and not base.held else None
    if kind == Kind.QUOTE_REVISION:
        _restore_lines(ctx, record_id, record, lines)
    if record is not None:
        take(ctx, record, check_version=False)
        return
    row = ctx.row(spec.model, record_id)
    if row is None or has_unpushed(ctx, kind, row):
        return
    ctx.jobs.add(_job_of(ctx, kind, row))
    if kind in (Kind.JOB_STATUS_CHANGE, Kind.QUOTE_LINE, Kind.COMMENT, Kind.MEMBERSHIP):
        s.delete(row)
        ctx.rows[(spec.model, record_id)] = None
    else:
        row.deleted, row.dirty = True, False


def _restore_lines(
    ctx: ApplyContext, revision_id: str, record: Record | None, lines: list[Record] | None
) -> None:
    """The revision's lines as the square has them (or had them last): those it has are
    taken back, the ones it never had go."""
    job_id = record["job_id"] if record is not None else None
    if lines is None:
        rev = ctx.row(QuoteRevision, revision_id)
        job_id = job_id or (_job_of(ctx, Kind.QUOTE_REVISION, rev) if rev is not None else None)
        lines = [base_record(b) for b in line_bases(ctx, job_id, revision_id)] if job_id else []
    keep = {str(r.get("id")) for r in lines}
    s = ctx.session
    local = s.scalars(select(QuoteLine).where(QuoteLine.revision_id == revision_id)).all()
    for line in local:
        if line.id not in keep:
            s.delete(line)
            ctx.rows[(QuoteLine, line.id)] = None
    s.flush()
    for line_record in lines:
        take(ctx, line_record, check_version=False)


def line_bases(ctx: ApplyContext, job_id: str, revision_id: str) -> list[SyncBase]:
    """The bases of a revision's live lines, as the square last had them."""
    query = select(SyncBase).where(
        SyncBase.kind == Kind.QUOTE_LINE, SyncBase.job_id == job_id, ~SyncBase.held
    )
    with ctx.session.no_autoflush:
        bases = ctx.session.scalars(query).all()
    return [
        b
        for b in bases
        if not b.deleted and json.loads(b.data_json).get("revision_id") == revision_id
    ]


def _job_of(ctx: ApplyContext, kind: str, row: Any) -> str:
    base = ctx.base(kind, row.id)
    if base is not None:
        return base.job_id
    return job_id_of(row)


# --- removing a job's rows -------------------------------------------------------------


def _job_rows(s: Session, job_id: str) -> list[tuple[str, SyncMixin]]:
    """Every synced row of the job, children before parents (the order rows can go in)."""
    rows: list[tuple[str, SyncMixin]] = []
    revisions = s.scalars(select(QuoteRevision).join(Quote).where(Quote.job_id == job_id)).all()
    by_kind: dict[str, list[Any]] = {
        Kind.JOB: [s.get(Job, job_id)],
        Kind.DESIGN_REVISION: list(
            s.scalars(select(DesignRevision).join(Design).where(Design.job_id == job_id))
        ),
        Kind.QUOTE_REVISION: list(revisions),
        Kind.QUOTE_LINE: list(
            s.scalars(select(QuoteLine).where(QuoteLine.revision_id.in_([r.id for r in revisions])))
        ),
    }
    for spec in reversed(SPECS):
        if spec.kind not in by_kind:
            model: Any = spec.model
            by_kind[spec.kind] = list(s.scalars(select(model).where(model.job_id == job_id)))
        rows += [(spec.kind, r) for r in by_kind[spec.kind] if r is not None]
    return rows


def _parent_ids(kind: str, row: Any) -> list[tuple[str, str]]:
    spec = BY_KIND[kind]
    out: list[tuple[str, str]] = []
    for name, model, _required in spec.parents:
        value = row.job_id if name == "job_id" else getattr(row, name)
        if value is not None:
            out.append((BY_MODEL[model].kind, value))
    return out


def remove_rows(ctx: ApplyContext, job_id: str, keep_ids: set[str] | None = None) -> bool:
    """Delete the job's rows (and their bases) except those with unpushed changes, the rows
    they need, and `keep_ids`. Returns True when anything of the job was kept."""
    s = ctx.session
    rows = _job_rows(s, job_id)
    needed: set[tuple[str, str]] = set()
    for kind, row in rows:  # children first: a kept child keeps its parents
        key = (kind, row.id)
        if key in needed or has_unpushed(ctx, kind, row) or row.id in (keep_ids or set()):
            needed.add(key)
            needed.update(_parent_ids(kind, row))
    gone = [(kind, row) for kind, row in rows if (kind, row.id) not in needed]
    for _kind, row in gone:  # children first, for the foreign keys
        if isinstance(row, DesignRevision):
            ctx.dropped_files.update(h for h in (row.file_hash, row.mesh_hash) if h)
        s.delete(row)
        s.flush()
    for kind, row in gone:
        s.execute(delete(SyncBase).where(SyncBase.kind == kind, SyncBase.record_id == row.id))
    if not needed:  # (its conflicts inbox entries stay: they carry what the user had)
        s.execute(delete(SyncBase).where(SyncBase.job_id == job_id))
    ctx.jobs.add(job_id)
    return bool(needed)
