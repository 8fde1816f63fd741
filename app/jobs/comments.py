"""Comments on a job (messages between maker, advisor and trainer), append-only.

Listed in the square's order (server version), the ones not yet pushed after them in the
order they were written here: client clocks are never compared across machines.

The job's message thread is its comments without a pin (a review topic's replies name
their pin and are shown with it). What is unread is decided on this PC's clock only: when a
comment was written or arrived here (`updated_at`) against when this PC's user last read
the job (`JobSeen`, local and never synced).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.jobs.members import share_job  # the command line looks for it here too
from app.models import Comment, Job, JobSeen, utcnow
from app.rows import live_row
from app.workspace import Workspace

__all__ = [
    "CommentRow",
    "add_comment",
    "is_unread",
    "last_read",
    "list_comments",
    "mark_job_read",
    "share_job",
    "unread_counts",
]

MAX_LENGTH = 10_000


@dataclass(frozen=True)
class CommentRow:
    id: str
    job_id: str
    author: str
    body: str
    created_at: datetime
    design_revision_id: str | None
    pin: dict[str, Any] | None  # point, normal, camera for a comment pinned on a model
    pending: bool  # not yet accepted by the square
    arrived_at: datetime  # when it was written or arrived here: this PC's clock


def add_comment(ws: Workspace, job_id: str, text: str, author: str) -> Result[str]:
    body = text.strip()
    if not body:
        raise InvalidValueError("a comment needs text", field="text")
    if len(body) > MAX_LENGTH:
        raise InvalidValueError("comment too long", field="text")
    with ws.session() as s:
        live_row(s, Job, job_id)
        comment = Comment(job_id=job_id, author=author.strip(), body=body)
        s.add(comment)
        s.flush()
        return Result(comment.id, Changes(jobs=frozenset({job_id})))


def _in_thread() -> ColumnElement[bool]:
    """A message of the job's thread: neither a reply in a review topic nor pinned on a model."""
    return and_(Comment.pin_id.is_(None), Comment.pin_json.is_(None))


def list_comments(ws: Workspace, job_id: str, *, thread_only: bool = False) -> list[CommentRow]:
    """The job's comments; `thread_only`: only its message thread (without the pinned ones)."""
    with ws.read_session() as s:
        query = select(Comment).where(Comment.job_id == job_id, Comment.deleted.is_(False))
        if thread_only:
            query = query.where(_in_thread())
        rows = s.scalars(
            query.order_by(
                Comment.server_version.is_(None),
                Comment.server_version,
                Comment.created_at,
                Comment.id,
            )
        )
        return [
            CommentRow(
                c.id,
                c.job_id,
                c.author,
                c.body,
                c.created_at,
                c.design_revision_id,
                json.loads(c.pin_json) if c.pin_json else None,
                c.server_version is None,
                c.updated_at,
            )
            for c in rows
        ]


def last_read(ws: Workspace, job_id: str) -> datetime | None:
    """When this PC's user last read the job's messages (None: never)."""
    with ws.read_session() as s:
        seen = s.get(JobSeen, job_id)
        return seen.seen_at if seen is not None else None


def is_unread(comment: CommentRow, seen: datetime | None, me: str) -> bool:
    """Someone else's message that arrived here after the user last read the job."""
    return comment.author != me and (seen is None or comment.arrived_at > seen)


def mark_job_read(ws: Workspace, job_id: str, *, at: datetime | None = None) -> Result[None]:
    """The user read the job's messages as they were at `at` (this PC's clock; default now).
    Pass the time the shown thread was read, so a message that arrives by sync meanwhile
    stays unread. Local only: nothing the square or the other views track changes (the job
    view tells the jobs list itself), so no change is returned and reading never makes the
    job view reload."""
    when = at or utcnow()
    with ws.session() as s:
        seen = s.get(JobSeen, job_id)
        if seen is None:
            s.add(JobSeen(job_id=job_id, seen_at=when))
        elif seen.seen_at < when:
            seen.seen_at = when
    return Result(None)


def unread_counts(ws: Workspace, me: str) -> dict[str, int]:
    """How many messages by others each job has that arrived after it was last read here
    (jobs with none are left out): one query, for the jobs list's markers."""
    with ws.read_session() as s:
        rows = s.execute(
            select(Comment.job_id, func.count())
            .select_from(Comment)
            .outerjoin(JobSeen, JobSeen.job_id == Comment.job_id)
            .where(
                Comment.deleted.is_(False),
                _in_thread(),
                Comment.author != me,
                or_(JobSeen.seen_at.is_(None), Comment.updated_at > JobSeen.seen_at),
            )
            .group_by(Comment.job_id)
        ).all()
        return {job_id: int(count) for job_id, count in rows}
