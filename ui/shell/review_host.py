"""The shell's answer to the job view's requests of the Reviews feature (ui/jobs ReviewHost).

The job view may not import ui.review (ui.review uses the job view's pieces: that would be an
import cycle), so the window hands it this: "Request review…" opens the request dialog, a
review in the job's list opens its window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.app_context import AppContext


class ShellReviewHost:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def request_review(self, job_id: str, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        from ui.review.request_dialog import RequestReviewDialog

        dialog = RequestReviewDialog(self.ctx, job_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_review(self, review_id: str, parent: QWidget) -> None:
        from ui.review.review_window import open_review_window

        open_review_window(self.ctx, review_id, parent=parent)
