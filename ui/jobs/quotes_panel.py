"""The quotes of one job, in the job view: a small table, "+ New quote", double-click opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import money
from app.quotes import quotes
from ui.app_context import AppContext
from ui.operations.op import Op


class JobQuotesSection(QWidget):
    failed = Signal(object)  # an exception for the window's error message

    def __init__(self, ctx: AppContext, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.title = title
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._on_new_clicked)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.new_button)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(130)
        self.table.doubleClicked.connect(self._on_double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        self.retranslate()

    def show_job(self, job_id: str | None) -> None:
        self.job_id = job_id
        self.reload()

    def reload(self) -> None:
        if self.job_id is None or self.ctx.workspace is None:
            self.table.setRowCount(0)
            return
        rows = quotes.list_quotes(self.ctx.ws, self.job_id)
        self.table.setRowCount(len(rows))
        for i, q in enumerate(rows):
            status = self.tr("Sent") if q.status == "sent" else self.tr("Draft")
            if q.branch_of is not None:
                status = self.tr("Draft to merge")  # kept beside another PC's edit
            cells = [
                q.number,
                f"r{q.revision}",
                status,
                self.tr("%1 won").replace("%1", money.format_won(q.grand_total)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, q.latest_revision_id)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()

    def _on_new_clicked(self) -> None:
        if self.job_id is None:
            return
        job_id, by = self.job_id, self.ctx.user_name
        Op(
            self.ctx,
            lambda ws: quotes.create_quote(ws, job_id, by=by),
            parent=self,
            label=self.tr("Creating quote"),
        ).success(self.open_quote).failure(self.failed.emit).run()

    def _on_double_clicked(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.open_quote(str(items[0].data(Qt.ItemDataRole.UserRole)))

    def open_quote(self, revision_id: str) -> None:
        from ui.quotes.dialog import QuoteDialog

        dialog = QuoteDialog(self.ctx, revision_id, self)
        dialog.show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quotes"))
        self.new_button.setText(self.tr("+ New quote"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Rev."), self.tr("Status"), self.tr("Total")]
        )
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
