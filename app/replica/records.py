"""The square's records back into workspace rows (docs/sync-protocol.md).

The other way, rows as records, and which rows sync as which kind, is app.synced. Applying
a job's record finds or creates its customer by the `customer_name` it carries.

Thumbnails travel inside `design_revision` data (a small PNG); design files travel apart, by
hash. Nothing here opens a transaction: the caller's session is the unit of work.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary
from sqlalchemy.orm import Session

from app.catalogue import find_or_create_customer
from app.models import Job, SyncMixin
from app.synced import BY_KIND, KindSpec, Record, columns


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
    for name in columns(model):
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
