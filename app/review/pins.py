"""Pins: review topics pinned to a point of the part, with the view they were made in.

A pin remembers the point and face it was put on, the camera, the section plane if one was
on, measurements taken in the viewer and a small snapshot picture (BCF's topic and
viewpoint). Replies are comments naming the pin; a pin is assigned, resolved and reopened
by the job's members. What a pin says and where it is never change once written: a
verdict signs them (app.review.verdicts).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.models import Comment, DesignRevision, Pin, Review
from app.review.reviews import PinRow, pin_row
from app.rows import live_row
from app.workspace import Workspace

MAX_TEXT = 10_000
MAX_SNAPSHOT = 200_000  # bytes of PNG (the square takes a pin's snapshot up to about 270 kB)
PIN_STATUSES = ("open", "resolved")


def _point(values: Sequence[float], field: str) -> list[float]:
    if len(values) != 3 or not all(math.isfinite(float(v)) for v in values):
        raise InvalidValueError(f"{field} is not three finite numbers", field=field)
    return [round(float(v), 4) for v in values]


def _body(text: str) -> str:
    body = text.strip()
    if not body:
        raise InvalidValueError("a pin needs text", field="text")
    if len(body) > MAX_TEXT:
        raise InvalidValueError("text too long", field="text")
    return body


def add_pin(
    ws: Workspace,
    review_id: str,
    *,
    point: Sequence[float],
    text: str,
    author: str,
    normal: Sequence[float] | None = None,
    face: int | None = None,
    camera: dict[str, Any] | None = None,
    section: dict[str, Any] | None = None,
    measurements: Sequence[dict[str, Any]] = (),
    snapshot_png: bytes | None = None,
) -> Result[str]:
    """Pin `text` to `point` (mm, on the part's surface) of the review's revision."""
    body = _body(text)
    where = _point(point, "point")
    if snapshot_png is not None and len(snapshot_png) > MAX_SNAPSHOT:
        raise InvalidValueError("snapshot too large", field="snapshot")
    with ws.session() as s:
        review = live_row(s, Review, review_id)
        if review.state != "open":
            raise InvalidValueError(
                f"the review is {review.state}", field="state", reason="review_closed"
            )
        pin = Pin(
            job_id=review.job_id,
            review_id=review.id,
            design_revision_id=review.design_revision_id,
            author=author.strip(),
            text=body,
            point_json=json.dumps(where),
            normal_json=json.dumps(_point(normal, "normal")) if normal is not None else None,
            face=int(face) if face is not None else None,
            camera_json=json.dumps(camera) if camera else None,
            section_json=json.dumps(section) if section else None,
            measurements_json=json.dumps(list(measurements)) if measurements else None,
            snapshot_png=snapshot_png,
        )
        s.add(pin)
        s.flush()
        return Result(pin.id, _changed(review))


def _changed(review: Review) -> Changes:
    return Changes(jobs=frozenset({review.job_id}), reviews=frozenset({review.id}))


def reply_to_pin(ws: Workspace, pin_id: str, text: str, author: str) -> Result[str]:
    body = _body(text)
    with ws.session() as s:
        pin = live_row(s, Pin, pin_id)
        comment = Comment(
            job_id=pin.job_id,
            design_revision_id=pin.design_revision_id,
            pin_id=pin.id,
            author=author.strip(),
            body=body,
        )
        s.add(comment)
        s.flush()
        return Result(comment.id, _changed(live_row(s, Review, pin.review_id)))


def set_pin_status(ws: Workspace, pin_id: str, status: str) -> Result[None]:
    """Resolve ("resolved") or reopen ("open") a pin."""
    if status not in PIN_STATUSES:
        raise InvalidValueError(f"status {status!r}", field="status", value=status)
    with ws.session() as s:
        pin = live_row(s, Pin, pin_id)
        if pin.status != status:
            pin.status, pin.dirty = status, True
        return Result(None, _changed(live_row(s, Review, pin.review_id)))


def assign_pin(ws: Workspace, pin_id: str, assignee: str) -> Result[None]:
    assignee = assignee.strip()
    if len(assignee) > 100:
        raise InvalidValueError("assignee too long", field="assignee")
    with ws.session() as s:
        pin = live_row(s, Pin, pin_id)
        if pin.assignee != assignee:
            pin.assignee, pin.dirty = assignee, True
        return Result(None, _changed(live_row(s, Review, pin.review_id)))


def snapshot_of(ws: Workspace, pin_id: str) -> bytes | None:
    with ws.read_session() as s:
        pin = s.get(Pin, pin_id)
        return pin.snapshot_png if pin is not None else None


def pins_for_revision(ws: Workspace, design_revision_id: str) -> list[tuple[PinRow, bool]]:
    """The pins to show on a revision: its own (True), then those of the same design's
    earlier revisions (False: shown greyed, they were made on another shape)."""
    with ws.read_session() as s:
        rev = s.get(DesignRevision, design_revision_id)
        if rev is None:
            return []
        older = [r.id for r in rev.design.revisions if r.number < rev.number]
        pins = s.scalars(
            select(Pin)
            .where(
                Pin.design_revision_id.in_([rev.id, *older]),
                Pin.deleted.is_(False),
            )
            .order_by(Pin.server_version.is_(None), Pin.server_version, Pin.created_at, Pin.id)
        ).all()
        numbers: dict[str, int] = {}
        out = []
        for p in pins:
            numbers[p.review_id] = numbers.get(p.review_id, 0) + 1
            out.append((pin_row(s, p, numbers[p.review_id]), p.design_revision_id == rev.id))
        return out
