"""Exporting a review: the packet (a PDF for a meeting or a report) or a BCF file (.bcfzip).

Both are written on the pool (the packet renders the part from four views, which takes a
while), with the task's progress in the status bar; the line under the buttons says what is
happening and, once done, links the file. The writers are imported when first used: the
packet pulls in the PDF layout and the BCF writer its XML.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QLabel, QWidget

from ui.app_context import AppContext
from ui.errors import present
from ui.operations.op import Query
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from app.workspace import Workspace

translate = QCoreApplication.translate


def write_export(kind: str, ws: Workspace, review_id: str, path: Path) -> None:
    """Write the packet ("packet") or the BCF file ("bcf") of the review to `path`."""
    if kind == "packet":
        from ui.review.packet import write_packet

        write_packet(ws, review_id, path)
    else:
        from app.review.bcf import write_bcf

        write_bcf(ws, review_id, path)


def export_review(
    ctx: AppContext, kind: str, review_id: str, path: Path, status: QLabel, parent: QWidget
) -> None:
    ws = ctx.ws
    label = (
        translate("ReviewPanel", "Writing the review packet")
        if kind == "packet"
        else translate("ReviewPanel", "Writing the BCF file")
    )
    status.setText(label + "…")

    def work(_task: TaskContext) -> None:
        write_export(kind, ws, review_id, path)

    def done(_result: None) -> None:
        if shiboken6.isValid(status):
            link = QUrl.fromLocalFile(str(path)).toString()
            status.setText(
                translate("ReviewPanel", "Saved to %1").replace(
                    "%1", f"<a href='{escape(link)}'>{escape(path.name)}</a>"
                )
            )

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(status):
            status.setText("")
        present(exc, parent if shiboken6.isValid(parent) else None)

    Query(ctx, work, parent=parent, label=label).success(done).failure(failed).run()
