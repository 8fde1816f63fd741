"""Which workspace rows sync, as which kind of record, and the fields they carry.

A record is `{"kind", "id", "job_id", "version", "deleted", "data"}` (docs/sync-protocol.md).
`data` holds the row's fields as JSON-safe values (dates ISO-8601, bytes base64) under their
column names, except the ones the record carries itself (`id`, `job_id`) and local
bookkeeping (`server_version`, `dirty`, `deleted`, `updated_at`, `local_seq`). A job's
customer travels as `customer_name`, so an advisor sees who the job is for.

Plain mapping of the ORM rows, below the workspace: the write tracking (app.tracking) that
every workspace session runs uses it, and so do the sync's push and apply (app.replica).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.kinds import Kind
from app.models import (
    Comment,
    Design,
    DesignRevision,
    Job,
    JobMember,
    JobStatusChange,
    Pin,
    Quote,
    QuoteLine,
    QuoteRevision,
    Review,
    SyncMixin,
    Verdict,
)

Record = dict[str, Any]
LOCAL_COLUMNS = frozenset(
    {"id", "job_id", "server_version", "dirty", "deleted", "updated_at", "local_seq"}
)


@dataclass(frozen=True)
class KindSpec:
    kind: Kind
    model: type[SyncMixin]
    # (data field, parent model, required): rows that must exist before this one can.
    parents: tuple[tuple[str, type[SyncMixin], bool], ...]
    hard_delete: bool = False  # local code deletes these rows outright (quote lines)


# Parents before children: the order the outbox is filled in and a page is applied in.
SPECS: tuple[KindSpec, ...] = (
    KindSpec(Kind.JOB, Job, ()),
    KindSpec(Kind.JOB_STATUS_CHANGE, JobStatusChange, (("job_id", Job, True),)),
    KindSpec(Kind.MEMBERSHIP, JobMember, (("job_id", Job, True),)),
    KindSpec(Kind.DESIGN, Design, (("job_id", Job, True),)),
    KindSpec(Kind.DESIGN_REVISION, DesignRevision, (("design_id", Design, True),)),
    KindSpec(Kind.QUOTE, Quote, (("job_id", Job, True),)),
    KindSpec(Kind.QUOTE_REVISION, QuoteRevision, (("quote_id", Quote, True),)),
    KindSpec(
        Kind.QUOTE_LINE,
        QuoteLine,
        (("revision_id", QuoteRevision, True), ("design_revision_id", DesignRevision, False)),
        hard_delete=True,
    ),
    KindSpec(
        Kind.REVIEW,
        Review,
        (("job_id", Job, True), ("design_revision_id", DesignRevision, True)),
    ),
    KindSpec(
        Kind.PIN,
        Pin,
        (("review_id", Review, True), ("design_revision_id", DesignRevision, True)),
    ),
    KindSpec(Kind.VERDICT, Verdict, (("review_id", Review, True),)),
    KindSpec(
        Kind.COMMENT,
        Comment,
        (
            ("job_id", Job, True),
            ("design_revision_id", DesignRevision, False),
            ("pin_id", Pin, False),
        ),
    ),
)
BY_KIND: dict[str, KindSpec] = {spec.kind: spec for spec in SPECS}
BY_MODEL: dict[type[SyncMixin], KindSpec] = {spec.model: spec for spec in SPECS}
KINDS = tuple(spec.kind for spec in SPECS)
KIND_ORDER: dict[str, int] = {kind: i for i, kind in enumerate(KINDS)}
# The job's status is the server's to set (it follows the accepted status changes): it is
# never pushed as a field, but it is applied when pulled.
# A verdict's receipt is the square's own (its time and signature), added when it accepts it.
UNPUSHED_FIELDS: dict[str, frozenset[str]] = {
    Kind.JOB: frozenset({"status"}),
    Kind.VERDICT: frozenset({"receipt_at", "receipt_signature"}),
}


def spec_of(row: object) -> KindSpec | None:
    return BY_MODEL.get(type(row))  # type: ignore[arg-type]


def kind_of(row: SyncMixin) -> Kind:
    spec = spec_of(row)
    if spec is None:
        raise TypeError(f"{type(row).__name__} rows do not sync")
    return spec.kind


def columns(model: type[SyncMixin]) -> list[str]:
    table = model.__table__  # type: ignore[attr-defined]
    return [c.key for c in table.columns if c.key not in LOCAL_COLUMNS]


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def record_data(row: SyncMixin) -> dict[str, Any]:
    """The row's fields as JSON-safe values (the record's `data`)."""
    model = type(row)
    data = {name: _to_json(getattr(row, name)) for name in columns(model)}
    if isinstance(row, Job):
        del data["customer_id"]
        data["customer_name"] = row.customer.name if row.customer is not None else ""
    return data


def job_id_of(row: SyncMixin) -> str:
    """The job a row belongs to (a job's own record is scoped to itself)."""
    if isinstance(row, Job):
        return row.id
    if isinstance(row, JobStatusChange | Design | Quote | Comment | JobMember | Review | Pin):
        return row.job_id
    if isinstance(row, Verdict):
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
