"""Jobs: a searchable, filterable table beside the selected job's detail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import catalogue, jobs
from app.changes import Changes
from ui.app_context import AppContext
from ui.job_detail import JobDetailWidget
from ui.labels import status_label
from ui.models.job_filter_proxy import ALL, OPEN, JobFilterProxyModel
from ui.models.job_table_model import JobIdRole, JobTableModel
from ui.new_job_dialog import NewJobDialog


class JobsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = JobTableModel(self)
        self.proxy = JobFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.status_combo = QComboBox()
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_job)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((92, 200, 120, 92, 60, 84, 128)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionHidden(6, True)  # "updated": the history says it; right-click to show
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.detail = JobDetailWidget(ctx)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_combo)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._pending_select: str | None = None
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Read every job off the UI thread and show them."""
        ws = self.ctx.ws
        self.ctx.tasks.run(
            lambda _c: jobs.list_jobs(ws),
            on_done=self._on_jobs_loaded,
            on_error=self._show_error,
            label=self.tr("Loading jobs"),
        )

    def set_rows(self, rows: list[jobs.JobRow]) -> None:
        self.model.set_rows(rows)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_jobs_loaded(self, rows: list[jobs.JobRow]) -> None:
        self.set_rows(rows)
        if self._pending_select:
            self.select_job(self._pending_select)

    # --- actions -------------------------------------------------------------------------
    def new_job(self) -> None:
        dialog = NewJobDialog(catalogue.customer_names(self.ctx.ws), self)
        if dialog.exec() != NewJobDialog.DialogCode.Accepted:
            return
        ws = self.ctx.ws
        title, customer, due, priority = (
            dialog.title,
            dialog.customer,
            dialog.due_date,
            dialog.priority,
        )
        self.ctx.tasks.write(
            lambda: jobs.create_job(
                ws, title, customer=customer, due_date=due, priority=priority, by=self.ctx.user_name
            ),
            on_done=self._on_job_created,
            on_error=self._show_error,
            label=self.tr("Creating job"),
        )

    def _on_job_created(self, result: object) -> None:
        from app.changes import Result

        assert isinstance(result, Result)
        self._pending_select = str(result.value)
        if self.proxy.status_filter not in (ALL, OPEN, "inquiry"):
            self.status_combo.setCurrentIndex(0)
        self.search.clear()
        self.ctx.bus.emit_changes(result.changes)

    def select_job(self, job_id: str) -> None:
        row = self.model.row_of(job_id)
        if row < 0:
            self._pending_select = job_id
            return
        self._pending_select = None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.status_combo.setCurrentIndex(0)
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_job_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(JobIdRole)) if rows else None

    # --- slots ---------------------------------------------------------------------------
    def _on_header_menu(self, pos: QPoint) -> None:
        """Right-click on the header: choose which columns to show (the title always shows)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            if col == 1:
                continue
            act = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def _on_status_combo_changed(self, _index: int) -> None:
        self.proxy.set_status_filter(str(self.status_combo.currentData() or OPEN))

    def _on_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.detail.show_job(self.selected_job_id())

    def _on_bus_changed(self, changes: Changes) -> None:
        if not changes.jobs or self.ctx.workspace is None:
            return
        for job_id in changes.jobs:
            try:
                self.model.update_row(jobs.get_job(self.ctx.ws, job_id))
            except Exception:  # deleted: drop it from the table
                self.model.remove_job(job_id)
        if self._pending_select in changes.jobs:
            QTimer.singleShot(0, lambda: self.select_job(self._pending_select or ""))

    def _show_error(self, exc: BaseException) -> None:
        window = self.window()
        if hasattr(window, "show_error"):
            window.show_error(exc)

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search jobs: number, title, customer…  (Ctrl+F)"))
        self.new_button.setText(self.tr("+ New job"))
        current = self.status_combo.currentData() or OPEN
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("Open jobs"), OPEN)
        self.status_combo.addItem(self.tr("All jobs"), ALL)
        for status in jobs.STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
