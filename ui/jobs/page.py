"""Jobs: a searchable, filterable table or kanban board beside the selected job's detail.

The table and the board show the same jobs (one model, the same search and status filter)
and share the detail panel; which one shows is the user setting `ui.jobs_view`. Both mark
the jobs with messages the user has not read (counted on the pool after every load and
change of jobs; the job shown in the detail panel is being read, so it never counts).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app import catalogue
from app.changes import Changes
from app.errors import NotFoundError
from app.jobs import jobs
from ui.app_context import AppContext
from ui.errors import present
from ui.jobs.board import JobsBoard
from ui.jobs.detail import JobDetailWidget
from ui.jobs.new_job_dialog import NewJobDialog
from ui.jobs.reviews_panel import ReviewHost
from ui.jobs.unread import UnreadTitleDelegate
from ui.models.job_filter_proxy import ALL, OPEN, JobFilterProxyModel
from ui.models.job_table_model import JobIdRole, JobTableModel
from ui.operations.op import Op, Query
from ui.tasks import TaskContext
from ui.words.labels import status_label


class JobsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = JobTableModel(self)
        self.proxy = JobFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self._build_filter_bar()
        self._build_table()
        self._build_views()
        self.detail = JobDetailWidget(ctx)
        self.detail.messages_read.connect(self._on_messages_read)
        self.unread: dict[str, int] = {}
        self._build_layout()

        self._pending_select: str | None = None
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self.set_view(str(ctx.user_settings.get("ui.jobs_view")), remember=False)

    def _build_filter_bar(self) -> None:
        """The search field, the status filter and New job."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.status_combo = QComboBox()
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_job)

    def _build_table(self) -> None:
        """The jobs table over the filter proxy ("updated" hidden: right-click to show)."""
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
        self.title_delegate = UnreadTitleDelegate(self.table)
        self.table.setItemDelegateForColumn(1, self.title_delegate)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _build_views(self) -> None:
        """The table and the board in a stack, and the two buttons that switch them."""
        self.board = JobsBoard(self.ctx, self.model)
        self.board.job_selected.connect(self._on_board_job_selected)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.board)
        self.table_button = QToolButton()
        self.board_button = QToolButton()
        self.view_group = QButtonGroup(self)
        for i, button in enumerate((self.table_button, self.board_button)):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_group.addButton(button, i)
        self.view_group.idClicked.connect(lambda i: self.set_view("board" if i == 1 else "table"))

    def _build_layout(self) -> None:
        """The filter bar over the table or board on the left, the job's detail on the right."""
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_combo)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.table_button)
        switch.addWidget(self.board_button)
        top.addLayout(switch)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addLayout(top)
        left_layout.addWidget(self.views, 1)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Read every job off the UI thread and show them."""
        ws = self.ctx.ws
        self.ctx.tasks.run(
            lambda _c: jobs.list_jobs(ws),
            on_done=self._on_jobs_loaded,
            on_error=lambda exc: present(exc, self),
            label=self.tr("Loading jobs"),
        )

    def set_rows(self, rows: list[jobs.JobRow]) -> None:
        self.model.set_rows(rows)
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_jobs_loaded(self, rows: list[jobs.JobRow]) -> None:
        self.set_rows(rows)
        self.load_unread()
        if self._pending_select:
            self.select_job(self._pending_select)
        elif self.view == "board":
            self.board.rebuild()
            table_job = self._table_job_id()
            if table_job and self.board.selected_job_id() is None:
                self.board.select_job(table_job)

    def load_unread(self) -> None:
        """Count every job's unread messages on the pool (one grouped query)."""
        if self.ctx.workspace is None:
            return
        ws, me = self.ctx.ws, self.ctx.user_name

        def count(_task: TaskContext) -> dict[str, int]:
            from app.jobs.comments import unread_counts

            return unread_counts(ws, me)

        Query(self.ctx, count, parent=self).success(self.set_unread).run()

    def set_unread(self, counts: dict[str, int]) -> None:
        if not isValid(self):  # the window closed while counting
            return
        self.unread = dict(counts)
        if self.detail.job_id is not None:
            self.unread.pop(self.detail.job_id, None)  # shown, and so read
        self.title_delegate.counts = self.unread
        self.table.viewport().update()
        self.board.set_unread(self.unread)

    def _on_messages_read(self, job_id: str) -> None:
        if self.unread.get(job_id):
            self.set_unread({k: v for k, v in self.unread.items() if k != job_id})

    def on_account_changed(self) -> None:
        """The square account the window works as changed (read at start, or another
        workspace): what is "mine", unread and allowed follows it."""
        self.load_unread()
        if self.detail.job_id is not None:
            self.detail.show_job(self.detail.job_id)

    def set_review_host(self, host: ReviewHost | None) -> None:
        """Who opens the review request dialog and a review's window (the main window)."""
        self.detail.set_review_host(host)

    # --- table or board --------------------------------------------------------------------
    @property
    def view(self) -> str:
        return "board" if self.views.currentWidget() is self.board else "table"

    def set_view(self, view: str, *, remember: bool = True) -> None:
        """Show the table or the board (the same job stays selected); remembered per user."""
        board = view == "board"
        current = self.selected_job_id()
        self._fit_splitter(board)
        self.views.setCurrentWidget(self.board if board else self.table)
        self._on_search_changed(self.search.text())
        self.view_group.button(1 if board else 0).setChecked(True)
        if current:
            if board:
                self.board.rebuild()
                if not self.board.select_job(current):
                    self.detail.show_job(self.board.selected_job_id())
            else:
                self.select_job(current)
        if remember and self.ctx.user_settings.get("ui.jobs_view") != view:
            self.ctx.user_settings.set("ui.jobs_view", "board" if board else "table")

    def _fit_splitter(self, board: bool) -> None:
        """The board wants the width: the detail panel narrows to its minimum beside it."""
        sizes = self.splitter.sizes()
        first = not hasattr(self, "_table_sizes")
        if not first and board == (self.view == "board"):
            return  # no switch: keep what the user dragged
        if first or board:
            # before it shows, a splitter reports its children's minimum sizes, not a layout
            shown = self.splitter.isVisible() and sum(sizes) > 0
            self._table_sizes = sizes if shown else [680, 500]
        if board:
            self._give_board_the_width()
        elif self._table_sizes:
            self.splitter.setSizes(self._table_sizes)

    def _give_board_the_width(self) -> None:
        if not self.splitter.isVisible():  # sizes are known once it shows
            QTimer.singleShot(0, self._give_board_the_width_if_shown)
            return
        total = sum(self.splitter.sizes())
        detail = self.detail.minimumSizeHint().width()
        self.splitter.setSizes([max(total - detail, total // 2), detail])

    def _give_board_the_width_if_shown(self) -> None:
        if self.splitter.isVisible() and self.view == "board":
            self._give_board_the_width()

    def _on_search_changed(self, text: str) -> None:
        """Only the view that shows refilters on a keystroke (each catches up when shown)."""
        if self.view == "board":
            self.board.set_search_text(text)
        else:
            self.proxy.set_search_text(text)

    def _on_board_job_selected(self, job_id: object) -> None:
        if self.view == "board":
            self.detail.show_job(str(job_id) if job_id else None)

    # --- actions -------------------------------------------------------------------------
    def new_job(self) -> None:
        dialog = NewJobDialog(catalogue.customer_names(self.ctx.ws), self)
        if dialog.exec() != NewJobDialog.DialogCode.Accepted:
            return
        title, customer, due, priority = (
            dialog.title,
            dialog.customer,
            dialog.due_date,
            dialog.priority,
        )
        by = self.ctx.user_name
        Op(
            self.ctx,
            lambda ws: jobs.create_job(
                ws, title, customer=customer, due_date=due, priority=priority, by=by
            ),
            parent=self,
            label=self.tr("Creating job"),
        ).success(self._on_job_created).run()

    def _on_job_created(self, job_id: str) -> None:
        """Show the new job: filters that would hide it are cleared, and the reload the
        change brings selects it."""
        self._pending_select = job_id
        if self.proxy.status_filter not in (ALL, OPEN, "inquiry"):
            self.status_combo.setCurrentIndex(0)
        self.search.clear()
        from ui.operations.jobs import job_created

        job_created(self.ctx, job_id)  # Edit ▸ Undo removes it while it is unused

    def select_job(self, job_id: str) -> None:
        self.proxy.set_search_text(self.search.text())  # it may lag while the board shows
        row = self.model.row_of(job_id)
        if row < 0:
            self._pending_select = job_id
            return
        self._pending_select = None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.status_combo.setCurrentIndex(0)
            self.search.clear()
            self.proxy.set_search_text("")
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        if self.view == "board":
            self.board.rebuild()
            self.board.select_job(job_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_job_id(self) -> str | None:
        if self.view == "board":
            return self.board.selected_job_id()
        return self._table_job_id()

    def _table_job_id(self) -> str | None:
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
        status = str(self.status_combo.currentData() or OPEN)
        self.proxy.set_status_filter(status)
        self.board.set_status_filter(status)

    def _on_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        if self.view == "table":
            self.detail.show_job(self._table_job_id())

    def _on_bus_changed(self, changes: Changes) -> None:
        if not changes.jobs or self.ctx.workspace is None:
            return
        for job_id in changes.jobs:
            try:
                self.model.update_row(jobs.get_job(self.ctx.ws, job_id))
            except NotFoundError:  # deleted: drop it from the table
                self.model.remove_job(job_id)
        if self._pending_select in changes.jobs:
            QTimer.singleShot(0, lambda: self.select_job(self._pending_select or ""))
        self.load_unread()  # a message written here or brought by a sync

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search jobs: number, title, customer…  (Ctrl+F)"))
        self.new_button.setText(self.tr("+ New job"))
        self.table_button.setText(self.tr("Table"))
        self.table_button.setToolTip(self.tr("Show the jobs as a table"))
        self.board_button.setText(self.tr("Board"))
        self.board_button.setToolTip(
            self.tr("Show the jobs as a board by status; drag a card to move the job")
        )
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
