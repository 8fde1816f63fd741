"""Local writes to synced rows, noticed as they are flushed (a listener on every session).

Any change to a synced row marks it dirty, so a service that forgets `row.dirty = True`
still gets its change pushed; a row deleted outright (a quote line) that the square knows
queues its delete in the outbox at once, since no row is left to collect later. The sync's
own writes (applying the square's records) mark their session with `mark_applying` and are
not noticed.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import SyncBase, SyncOutbox
from app.sync_records import KindSpec, record_data, spec_of

APPLYING = "makersquare.sync_applying"


def mark_applying(session: Session) -> None:
    session.info[APPLYING] = True


def track_local_writes(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING):
        return
    for obj in session.dirty:
        tracked = spec_of(obj) is not None and not obj.dirty
        if tracked and session.is_modified(obj, include_collections=False):
            obj.dirty = True
    with session.no_autoflush:
        for obj in list(session.deleted):
            spec = spec_of(obj)
            if spec is not None:
                _queue_delete(session, spec, obj)


def _queue_delete(session: Session, spec: KindSpec, row: Any) -> None:
    base = session.get(SyncBase, (spec.kind, row.id))
    queued = session.scalars(
        select(SyncOutbox)
        .where(SyncOutbox.kind == spec.kind, SyncOutbox.record_id == row.id)
        .order_by(SyncOutbox.seq.desc())
        .limit(1)
    ).first()
    if base is None and queued is None:
        return  # the square never heard of it: nothing to tell
    job_id = base.job_id if base is not None else queued.job_id  # type: ignore[union-attr]
    session.add(
        SyncOutbox(
            kind=spec.kind,
            record_id=row.id,
            job_id=job_id,
            op="delete",
            base_version=base.version if base is not None else None,
            base_json=base.data_json if base is not None else None,
            data_json=json.dumps(record_data(row)),
        )
    )
