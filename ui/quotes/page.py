"""Every quote in the workspace, newest first; open one to edit it or go to its job."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import money
from app.changes import Changes
from app.quotes import design_lines as quote_design_lines
from app.quotes import quotes
from ui.app_context import AppContext
from ui.style.formats import format_date


class QuotesPage(QWidget):
    open_job_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[quotes.QuoteRow] = []
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._on_open_clicked)
        self.job_button = QPushButton()
        self.job_button.clicked.connect(self._on_job_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        buttons.addWidget(self.job_button)
        buttons.addWidget(self.open_button)
        v = QVBoxLayout(self)
        v.setContentsMargins(12, 12, 12, 12)
        v.addLayout(buttons)
        v.addWidget(self.table, 1)
        self._stale = True
        self.retranslate()

    def showEvent(self, event: object) -> None:
        if self._stale and self.ctx.workspace is not None:
            self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def on_changes(self, changes: Changes) -> None:
        if changes.quotes or changes.jobs or changes.designs:
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._stale = False
        self.rows = quotes.list_quotes(self.ctx.ws)
        self.table.setRowCount(len(self.rows))
        for i, q in enumerate(self.rows):
            status = self.tr("Sent") if q.status == "sent" else self.tr("Draft")
            if q.branch_of is not None:
                status = self.tr("Draft to merge")  # kept beside another PC's edit
            if quote_design_lines.stale_lines(self.ctx.ws, q.latest_revision_id):
                status += "  ⚠ " + self.tr("design changed")
            cells = [
                q.number,
                f"r{q.revision}",
                q.job_title,
                q.customer,
                status,
                format_date(q.issue_date),
                money.format_won(q.grand_total),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _selected(self) -> quotes.QuoteRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _on_open_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            from ui.quotes.dialog import QuoteDialog

            QuoteDialog(self.ctx, row.latest_revision_id, self).show()

    def _on_job_clicked(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_job_requested.emit(row.job_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quotes"))
        self.open_button.setText(self.tr("Open quote"))
        self.job_button.setText(self.tr("Go to job"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Rev."),
                self.tr("Job"),
                self.tr("Customer"),
                self.tr("Status"),
                self.tr("Date"),
                self.tr("Total (won)"),
            ]
        )
        if self.ctx.workspace is not None and not self._stale:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
