"""A row by its id, as the services look it up: one that is there and not deleted."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.models import SyncMixin
from app.synced import BY_MODEL

Row = TypeVar("Row", bound=SyncMixin)


def live_row(session: Session, model: type[Row], row_id: str) -> Row:
    """The row of `model` with id `row_id`; NotFoundError when there is none or it is
    deleted (a tombstone), naming its kind (a synced row's record kind, else its table)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        spec = BY_MODEL.get(model)
        kind = spec.kind if spec is not None else model.__tablename__  # type: ignore[attr-defined]
        raise NotFoundError(f"{kind.replace('_', ' ')} {row_id}", kind=kind, id=row_id)
    return row
