"""Comments on a job (messages between maker, advisor and trainer), append-only.

Listed in the square's order (server version), the ones not yet pushed after them in the
order they were written here: client clocks are never compared across machines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.changes import Changes, Result
from app.errors import InvalidValueError
from app.jobs.members import share_job  # the command line looks for it here too
from app.models import Comment, Job
from app.rows import live_row
from app.workspace import Workspace

__all__ = ["CommentRow", "add_comment", "list_comments", "share_job"]

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


def list_comments(ws: Workspace, job_id: str) -> list[CommentRow]:
    with ws.read_session() as s:
        rows = s.scalars(
            select(Comment)
            .where(Comment.job_id == job_id, Comment.deleted.is_(False))
            .order_by(
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
            )
            for c in rows
        ]
