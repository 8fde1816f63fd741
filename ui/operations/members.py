"""Sharing a job with a member of the square, and unsharing it (app.jobs.members).

Not undoable from Edit ▸ Undo: a share reaches the other person at their next sync, so
taking it back is its own deliberate action (Unshare, confirmed) rather than a keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.operations.op import Op

if TYPE_CHECKING:
    from ui.app_context import AppContext

translate = QCoreApplication.translate


def share_job(
    ctx: AppContext,
    job_id: str,
    user: str,
    role: str,
    *,
    parent: QObject | None = None,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """Add `user` to the job as `role` (or change their role); failures to the presenter."""
    from app.jobs import members

    op = Op(
        ctx,
        lambda ws: members.share_job(ws, job_id, user, role),
        parent=parent,
        label=translate("Members", "Sharing job"),
    )
    if on_done is not None:
        op.success(on_done)
    op.run()


def unshare_job(ctx: AppContext, job_id: str, user: str, *, parent: QObject | None = None) -> None:
    """Take `user` off the job; the square removes it from their PC at their next sync."""
    from app.jobs import members

    Op(
        ctx,
        lambda ws: members.unshare_job(ws, job_id, user),
        parent=parent,
        label=translate("Members", "Unsharing job"),
    ).run()
