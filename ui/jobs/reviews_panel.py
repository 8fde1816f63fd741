"""A job's design reviews in the job view, under its designs: "Request review…" and the
reviews asked for so far, each opening the review window.

The request dialog and the review window belong to the Reviews feature (ui/review/), which
builds on the job view (ui.review imports ui.jobs), so ui.jobs may not import it back (no
cycles between features, pyproject.toml). The window above both hands itself down as a
`ReviewHost` that opens them; without one, nothing here offers to.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.changes import Changes
from app.review.reviews import ReviewRow, list_reviews
from ui.app_context import AppContext
from ui.jobs.short_list import ShortList
from ui.operations.op import Query
from ui.style.formats import format_date
from ui.style.theme import current_colours
from ui.tasks import TaskContext
from ui.words.review import review_status_label

REVIEW_ID = Qt.ItemDataRole.UserRole


class ReviewHost(Protocol):
    """What the job view may ask of the Reviews feature (the main window provides it)."""

    def request_review(self, job_id: str, parent: QWidget) -> None:
        """Open ui.review.request_dialog.RequestReviewDialog for the job."""

    def open_review(self, review_id: str, parent: QWidget) -> None:
        """Open the review's window (the revision in the viewer, the review panel beside)."""


class JobReviewsSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host: ReviewHost | None = None
        self.job_id: str | None = None
        self.rows: list[ReviewRow] = []
        self._can_request = False
        self._has_design = False
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.request_button = QPushButton()
        self.request_button.setObjectName("requestReviewButton")
        self.request_button.clicked.connect(self.request_review)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.request_button)
        self.short = ShortList("reviewsList", max_rows=4)
        self.list, self.empty_label = self.short.list, self.short.empty_label
        self.list.itemActivated.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.short)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()

    # --- what it shows -------------------------------------------------------------------------
    def show_job(self, job_id: str | None, *, can_request: bool) -> None:
        if job_id != self.job_id:
            self.rows = []
            self._fill()
        self.job_id = job_id
        self._can_request = can_request
        self._update_request_button()
        self.reload()

    def set_host(self, host: ReviewHost | None) -> None:
        self.host = host
        self._update_request_button()

    def set_has_design(self, has_design: bool) -> None:
        """A review is of a design revision: none to review, nothing to request."""
        self._has_design = has_design
        self._update_request_button()

    def _update_request_button(self) -> None:
        self.request_button.setVisible(self._can_request and self.host is not None)
        self.request_button.setEnabled(self._can_request and self._has_design)
        self.request_button.setToolTip(
            self.tr("Ask an advisor from the square's directory to review a design revision")
            if self._has_design
            else self.tr("Add a design first: a review is of one design revision")
        )

    def reload(self) -> None:
        """Read the job's reviews on the pool (each carries its verdicts and pins)."""
        if self.job_id is None or self.ctx.workspace is None:
            return
        ws, job_id, me = self.ctx.ws, self.job_id, self.ctx.user_name

        def read(_task: TaskContext) -> tuple[str, list[ReviewRow]]:
            return job_id, list_reviews(ws, job_id=job_id, me=me)

        Query(self.ctx, read, parent=self).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[str, list[ReviewRow]]) -> None:
        job_id, rows = result
        if isValid(self) and job_id == self.job_id:  # not closed nor on another job meanwhile
            self.rows = rows
            self._fill()

    def _fill(self) -> None:
        """The reviews, newest first; the one selected stays selected."""
        current = self.list.currentItem()
        keep = current.data(REVIEW_ID) if current is not None else None
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self._text(row))
            item.setData(REVIEW_ID, row.id)
            if self.host is not None:
                item.setToolTip(self.tr("Double-click to open the review"))
            if row.new_activity:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if row.late:
                item.setForeground(QBrush(QColor(current_colours().error)))
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self.short.fit()

    def _text(self, row: ReviewRow) -> str:
        parts = [
            review_status_label(row.status),
            row.reviewer,
            f"{row.design_name} r{row.revision}",
        ]
        if row.due is not None:
            parts.append(self.tr("due %1").replace("%1", format_date(row.due)))
        text = " · ".join(parts)
        if row.new_activity:
            text = "● " + text
        if row.pending:
            text += "  " + self.tr("(not sent yet)")
        return text

    # --- actions -------------------------------------------------------------------------------
    def request_review(self) -> None:
        if self.host is None or self.job_id is None:
            return
        if self._can_request and self._has_design:
            self.host.request_review(self.job_id, self.window())

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        if self.host is not None:
            self.host.open_review(str(item.data(REVIEW_ID)), self.window())

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.job_id is not None and changes.reviews:  # a job's change reloads the view
            self.reload()

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reviews"))
        self.request_button.setText(self.tr("Request review…"))
        self.empty_label.setText(self.tr("No design review asked for yet."))
        self._update_request_button()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
