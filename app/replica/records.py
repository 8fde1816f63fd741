"""Workspace rows as the square's records, and records back into rows (docs/sync-protocol.md).

A record is `{"kind", "id", "job_id", "version", "deleted", "data"}`. `data` holds the row's
fields as JSON-safe values (dates ISO-8601, bytes base64) under their column names, except
the ones the record carries itself (`id`, `job_id`) and local bookkeeping (`server_version`,
`dirty`, `deleted`, `updated_at`). A job's customer travels as `customer_name`, so an advisor
sees who the job is for; applying it finds or creates the customer by that name.

Thumbnails travel inside `design_revision` data (a small PNG); design files travel apart, by
hash. Nothing here opens a transaction: the caller's session is the unit of work.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary
from sqlalchemy.orm import Session

from app.catalogue import find_or_create_customer
from app.models import (
    Comment,
    Design,
    DesignRevision,
    Job,
    JobMember,
    JobStatusChange,
    Quote,
    QuoteLine,
    QuoteRevision,
    SyncMixin,
)

Record = dict[str, Any]
LOCAL_COLUMNS = frozenset(
    {"id", "job_id", "server_version", "dirty", "deleted", "updated_at", "local_seq"}
)


@dataclass(frozen=True)
class KindSpec:
    kind: str
    model: type[SyncMixin]
    # (data field, parent model, required): rows that must exist before this one can.
    parents: tuple[tuple[str, type[SyncMixin], bool], ...]
    hard_delete: bool = False  # local code deletes these rows outright (quote lines)


# Parents before children: the order the outbox is filled in and a page is applied in.
SPECS: tuple[KindSpec, ...] = (
    KindSpec("job", Job, ()),
    KindSpec("job_status_change", JobStatusChange, (("job_id", Job, True),)),
    KindSpec("membership", JobMember, (("job_id", Job, True),)),
    KindSpec("design", Design, (("job_id", Job, True),)),
    KindSpec("design_revision", DesignRevision, (("design_id", Design, True),)),
    KindSpec("quote", Quote, (("job_id", Job, True),)),
    KindSpec("quote_revision", QuoteRevision, (("quote_id", Quote, True),)),
    KindSpec(
        "quote_line",
        QuoteLine,
        (("revision_id", QuoteRevision, True), ("design_revision_id", DesignRevision, False)),
        hard_delete=True,
    ),
    KindSpec(
        "comment",
        Comment,
        (("job_id", Job, True), ("design_revision_id", DesignRevision, False)),
    ),
)
BY_KIND = {spec.kind: spec for spec in SPECS}
BY_MODEL: dict[type[SyncMixin], KindSpec] = {spec.model: spec for spec in SPECS}
KINDS = tuple(spec.kind for spec in SPECS)
KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
# The job's status is the server's to set (it follows the accepted status changes): it is
# never pushed as a field, but it is applied when pulled.
UNPUSHED_FIELDS: dict[str, frozenset[str]] = {"job": frozenset({"status"})}


def spec_of(row: object) -> KindSpec | None:
    return BY_MODEL.get(type(row))  # type: ignore[arg-type]


def kind_of(row: SyncMixin) -> str:
    spec = spec_of(row)
    if spec is None:
        raise TypeError(f"{type(row).__name__} rows do not sync")
    return spec.kind


def _columns(model: type[SyncMixin]) -> list[str]:
    table = model.__table__  # type: ignore[attr-defined]
    return [c.key for c in table.columns if c.key not in LOCAL_COLUMNS]


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _from_json(model: type[SyncMixin], name: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = model.__table__.columns[name].type  # type: ignore[attr-defined]
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value)
    return value


def record_data(row: SyncMixin) -> dict[str, Any]:
    """The row's fields as JSON-safe values (the record's `data`)."""
    model = type(row)
    data = {name: _to_json(getattr(row, name)) for name in _columns(model)}
    if isinstance(row, Job):
        del data["customer_id"]
        data["customer_name"] = row.customer.name if row.customer is not None else ""
    return data


def job_id_of(row: SyncMixin) -> str:
    """The job a row belongs to (a job's own record is scoped to itself)."""
    if isinstance(row, Job):
        return row.id
    if isinstance(row, JobStatusChange | Design | Quote | Comment | JobMember):
        return row.job_id
    if isinstance(row, DesignRevision):
        return row.design.job_id
    if isinstance(row, QuoteRevision):
        return row.quote.job_id
    if isinstance(row, QuoteLine):
        return row.revision.quote.job_id
    raise TypeError(f"{type(row).__name__} rows do not sync")


def to_record(row: SyncMixin) -> Record:
    return {
        "kind": kind_of(row),
        "id": row.id,
        "job_id": job_id_of(row),
        "version": row.server_version,
        "deleted": row.deleted,
        "data": record_data(row),
    }


Lookup = Callable[[type[SyncMixin], str], "SyncMixin | None"]


def _getter(session: Session, lookup: Lookup | None) -> Lookup:
    return lookup if lookup is not None else session.get


def _parents_present(get: Lookup, spec: KindSpec, record: Record) -> bool:
    data = record.get("data") or {}
    for name, model, required in spec.parents:
        parent_id = record["job_id"] if name == "job_id" else data.get(name)
        if parent_id is None and not required:
            continue
        if parent_id is None or get(model, parent_id) is None:
            return False
    return True


def can_apply(session: Session, record: Record, *, lookup: Lookup | None = None) -> bool:
    """False when a row this record needs (its job, design, revision …) is not here yet.

    `lookup(model, id)` finds rows (default `session.get`; app.replica.apply passes a cache).
    """
    if record.get("deleted"):
        return True
    get = _getter(session, lookup)
    spec = BY_KIND[record["kind"]]
    return get(spec.model, record["id"]) is not None or _parents_present(get, spec, record)


def apply_record(
    session: Session, record: Record, *, keep: Collection[str] = (), lookup: Lookup | None = None
) -> SyncMixin | None:
    """Write the server's record into the workspace: the row takes the record's fields,
    except those named in `keep` (local edits a merge keeps), and is marked clean at the
    record's version. A tombstone deletes the row (softly; quote lines outright). Returns
    the row (None when there is none left).

    Call `can_apply` first: a row whose parents are missing would break a foreign key.
    """
    spec = BY_KIND[record["kind"]]
    row = _getter(session, lookup)(spec.model, record["id"])
    if record.get("deleted"):
        if row is None:
            return None
        return _delete(session, spec, row, record.get("version"))
    if row is None:
        model: Any = spec.model
        row = model(id=record["id"])
        if hasattr(model, "job_id"):
            row.job_id = record["job_id"]
        session.add(row)
    _set_fields(session, row, record["data"], keep)
    row.deleted = False
    row.dirty = bool(keep) and row.dirty
    row.server_version = record.get("version")
    return row


def _set_fields(
    session: Session, row: SyncMixin, data: dict[str, Any], keep: Collection[str]
) -> None:
    model = type(row)
    for name in _columns(model):
        if name in keep or name == "customer_id" or name not in data:
            continue
        setattr(row, name, _from_json(model, name, data[name]))
    if isinstance(row, Job) and "customer_name" not in keep and "customer_name" in data:
        name = str(data["customer_name"] or "").strip()
        row.customer_id = find_or_create_customer(session, name).id if name else None


def _delete(
    session: Session, spec: KindSpec, row: SyncMixin, version: int | None
) -> SyncMixin | None:
    if spec.hard_delete:
        session.delete(row)
        return None
    row.deleted = True
    row.dirty = False
    if version is not None:
        row.server_version = version
    return row
