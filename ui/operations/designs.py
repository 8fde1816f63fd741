"""Importing design files into a job: each file is read and checked on the pool (with
progress, cancellable), then recorded on the write lane as a new design revision. A record
that is cancelled discards the file it prepared, so nothing is left behind. Used by the job's
Import… and by files dropped on the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.operations.op import Failure, Op, Query

if TYPE_CHECKING:
    from app.designs.designs import PreparedImport
    from ui.app_context import AppContext
    from ui.tasks import TaskContext

translate = QCoreApplication.translate  # the words keep the job pane's context


def import_designs(
    ctx: AppContext,
    job_id: str,
    paths: list[Path],
    *,
    parent: QObject | None = None,
    on_recorded: Callable[[str], None] | None = None,
    on_error: Failure | None = None,
) -> None:
    """Import `paths` into the job; `on_recorded(revision_id)` for each, before the views
    hear of it. Failures go to `on_error`, or to ui.errors.present."""
    from app.designs import designs

    ws, author = ctx.ws, ctx.user_name
    for path in paths:

        def record(prepared: PreparedImport) -> None:
            op = Op(
                ctx,
                lambda ws: designs.record_import(ws, job_id, prepared, author=author),
                parent=parent,
                label=translate("JobDetailWidget", "Saving design"),
                ws=ws,
            ).cancelled(lambda: designs.discard_prepared(ws, prepared))  # no orphan file
            if on_recorded is not None:
                op.success(on_recorded)
            if on_error is not None:
                op.failure(on_error)
            op.run()

        def prepare(task: TaskContext, path: Path = path) -> PreparedImport:
            return designs.prepare_import(ws, path, task.report)

        label = translate("JobDetailWidget", "Importing %1").replace("%1", path.name)
        query = Query(ctx, prepare, parent=parent, label=label).success(record)
        if on_error is not None:
            query.failure(on_error)
        query.run()
