"""Writing a message on a job and marking its thread read (app.jobs.comments)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.operations.op import Failure, Op

if TYPE_CHECKING:
    from ui.app_context import AppContext

translate = QCoreApplication.translate


def send_message(
    ctx: AppContext,
    job_id: str,
    text: str,
    *,
    parent: QObject | None = None,
    on_sent: Callable[[str], None] | None = None,
    on_failed: Failure | None = None,
) -> None:
    """Add a comment to the job's thread, signed by the window's square account. Append-only
    (the square never takes a comment back), so there is no undo entry."""
    from app.jobs import comments

    author = ctx.user_name
    op = Op(
        ctx,
        lambda ws: comments.add_comment(ws, job_id, text, author),
        parent=parent,
        label=translate("Messages", "Sending message"),
    )
    if on_sent is not None:
        op.success(on_sent)
    if on_failed is not None:
        op.failure(on_failed)
    op.run()


def mark_read(
    ctx: AppContext,
    job_id: str,
    at: datetime,
    *,
    parent: QObject | None = None,
    on_done: Callable[[None], None] | None = None,
) -> None:
    """Remember that the job's thread as read at `at` was seen (local; emits nothing)."""
    from app.jobs import comments

    op = Op(
        ctx,
        lambda ws: comments.mark_job_read(ws, job_id, at=at),
        parent=parent,
        label=translate("Messages", "Marking messages read"),
    )
    if on_done is not None:
        op.success(on_done)
    op.run()
