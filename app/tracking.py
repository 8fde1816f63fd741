"""Local writes to synced rows, noticed as they are flushed (a listener on every session).

Any change to a synced row marks it dirty, so a service that forgets `row.dirty = True`
still gets its change pushed; a row written here first gets the next local sequence
number (`local_seq`): the outbox is filled in that order, never by a clock, which may step
back. A quote line travels inside its revision (one unit), so a line added, edited or
deleted outright marks its revision dirty; any other row deleted outright that the square
knows queues its delete in the outbox at once, since no row is left to collect later. The
sync's own writes (applying the square's records) mark their session with `mark_applying`
and are not noticed.

Every workspace session runs it (app.workspace registers it when a Workspace is made), so it
lives down here, beside the models, and needs nothing of the sync above it but the mapping
of rows to kinds (app.synced).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import QuoteLine, QuoteRevision, SyncBase, SyncOutbox, SyncState
from app.synced import KindSpec, record_data, spec_of

APPLYING = "makersquare.sync_applying"
LOCAL_SEQ = "local_seq"  # the sync_state key of the last local sequence number


LOCAL_ONLY = "makersquare.local_only"


def mark_applying(session: Session) -> None:
    session.info[APPLYING] = True


def mark_local_only(session: Session) -> None:
    """This session writes what this PC derives for itself (a design check's report, made
    again from the file on any PC): it is not a change for the square. A member who may not
    edit the revision (an advisor) checks it too, and the square would refuse the push."""
    session.info[LOCAL_ONLY] = True


def track_local_writes(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING) or session.info.get(LOCAL_ONLY):
        return
    written: list[Any] = [obj for obj in session.new if spec_of(obj) is not None]
    for obj in session.dirty:
        if spec_of(obj) is None or not session.is_modified(obj, include_collections=False):
            continue
        obj.dirty = True
        written.append(obj)
    with session.no_autoflush:
        for obj in list(session.deleted):
            spec = spec_of(obj)
            if isinstance(obj, QuoteLine):
                _touch_revision(session, obj.revision_id, written)
            elif spec is not None:
                _queue_delete(session, spec, obj)
        for obj in written:
            if isinstance(obj, QuoteLine):
                _touch_revision(session, obj.revision_id, written)
        _number(session, written)


def _touch_revision(session: Session, revision_id: str | None, written: list[Any]) -> None:
    """A line changed: its revision (the unit the square judges) is pushed again."""
    rev = session.get(QuoteRevision, revision_id) if revision_id else None
    if rev is None or rev in session.deleted:
        return
    if not rev.dirty:
        rev.dirty = True
    if rev not in written:
        written.append(rev)


def _number(session: Session, written: list[Any]) -> None:
    """Give rows written here for the first time the next local sequence numbers, in the
    order they came. A row keeps its number when edited again: an append-only row (a
    status move) stays where it was made, whatever a later edit of its fields does."""
    rows = [obj for obj in written if obj.local_seq is None]
    if not rows:
        return
    counter = session.get(SyncState, LOCAL_SEQ)
    last = json.loads(counter.value_json) if counter is not None else 0
    for obj in rows:
        last += 1
        obj.local_seq = last
    if counter is None:
        session.add(SyncState(key=LOCAL_SEQ, value_json=json.dumps(last)))
    else:
        counter.value_json = json.dumps(last)


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
