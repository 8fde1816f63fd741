"""The Reviews page: the reviews asked of me (an advisor) and the reviews I asked for (a maker).

"Me" is the square account the window works as (ctx.user_name). A workspace that never
signed in has no "me": every review then shows under "My requests" (they were asked from
this PC), and a hint says that signing in shows the requests to you. The lists are read on
the pool and re-read when reviews, jobs or the directory change (only while the page shows;
otherwise once it is shown again). Opening a review shows its revision in the 3D viewer with
the review panel beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.review.reviews import ReviewRow, list_reviews
from ui.app_context import AppContext
from ui.models.reviews import ReviewFilterProxyModel, ReviewIdRole, ReviewTableModel
from ui.operations.op import Query
from ui.tasks import TaskContext


@dataclass(frozen=True)
class ReviewLists:
    me: str
    to_me: list[ReviewRow]
    mine: list[ReviewRow]


def read_lists(ctx: AppContext) -> Query[ReviewLists]:
    """Both lists, read on the pool (without an account every review is "mine")."""
    ws, me = ctx.ws, ctx.user_name

    def read(_task: TaskContext) -> ReviewLists:
        if not me:
            return ReviewLists(me, [], list_reviews(ws, me=me))
        return ReviewLists(
            me, list_reviews(ws, reviewer=me, me=me), list_reviews(ws, requested_by=me, me=me)
        )

    return Query(ctx, read)


class ReviewList(QStackedWidget):
    """One list of reviews, or a sentence saying what to do while it is empty."""

    open_requested = Signal(str, str)  # review id, its design revision id
    selection_changed = Signal()

    def __init__(self, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReviewTableModel(self, person=person)
        self.proxy = ReviewFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first, as read
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        for col, width in enumerate((140, 220, 180, 110, 120, 170)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.addWidget(self.table)
        self.addWidget(self.empty)

    def set_rows(self, rows: list[ReviewRow], empty_text: str) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.empty.setText(empty_text)
        self.setCurrentWidget(self.table if rows else self.empty)
        if (selected is None or not self.select(selected.id)) and self.proxy.rowCount():
            self.table.selectRow(0)

    def select(self, review_id: str) -> bool:
        row = self.model.row_of(review_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def selected(self) -> ReviewRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_of(str(rows[0].data(ReviewIdRole)))
        return self.model.row_at(row) if row >= 0 else None

    def new_count(self) -> int:
        return sum(1 for r in self.model.rows if r.new_activity)

    def _on_table_activated(self, _index: object) -> None:
        """Enter or a double click (Qt's `activated` is both)."""
        review = self.selected()
        if review is not None:
            self.open_requested.emit(review.id, review.design_revision_id)


class ReviewsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lists: ReviewLists | None = None
        self._stale = True
        self._generation = 0  # a reload's answer is shown only if no later one began
        self._build()
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.workspace_opened.connect(self._on_workspace_opened)
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self._on_open_only_toggled)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primaryButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.to_me = ReviewList("requested_by")
        self.mine = ReviewList("reviewer")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.to_me, "")
        self.tabs.addTab(self.mine, "")
        for view in (self.to_me, self.mine):
            view.open_requested.connect(self.open_review)
            view.selection_changed.connect(self._sync_open_button)
        self.tabs.currentChanged.connect(self._sync_open_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)

    # --- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale and self.ctx.workspace is not None:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read both lists on the pool; the answer replaces what shows."""
        if self.ctx.workspace is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation

        def done(lists: ReviewLists) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_lists(lists)

        read_lists(self.ctx).success(done).run()

    def show_lists(self, lists: ReviewLists) -> None:
        self.lists = lists
        signed_in = bool(lists.me)
        self.to_me.set_rows(
            lists.to_me,
            self.tr(
                "No reviews have been requested from you. When a maker asks you to review a "
                "design, it shows here after a sync."
            )
            if signed_in
            else self.tr(
                "Sign in to the square (Settings ▸ Square) to see the reviews requested from you."
            ),
        )
        self.mine.set_rows(
            lists.mine,
            self.tr(
                "You have not asked for a review yet. To ask an advisor to review a design, "
                "select its job on the Jobs page and choose “Request review…”."
            ),
        )
        self.hint.setVisible(not signed_in)
        if not signed_in and not lists.to_me and self.tabs.currentWidget() is self.to_me:
            self.tabs.setCurrentWidget(self.mine)
        self._retitle_tabs()
        self._sync_open_button()

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.reviews or changes.jobs or changes.directory:
            self._stale = True
            if self.isVisible():
                self.reload()

    def _on_workspace_opened(self, _ws: object) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    # --- actions ---------------------------------------------------------------------------
    def current_list(self) -> ReviewList:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ReviewList) else self.to_me

    def _sync_open_button(self, *_args: object) -> None:
        self.open_button.setEnabled(self.current_list().selected() is not None)

    def _on_open_clicked(self) -> None:
        review = self.current_list().selected()
        if review is not None:
            self.open_review(review.id, review.design_revision_id)

    def open_review(self, review_id: str, revision_id: str) -> None:
        from ui.review.review_window import open_review_window

        open_review_window(self.ctx, review_id, revision_id, self)

    def _on_search_changed(self, text: str) -> None:
        for view in (self.to_me, self.mine):
            view.proxy.set_search_text(text)

    def _on_open_only_toggled(self, on: bool) -> None:
        for view in (self.to_me, self.mine):
            view.proxy.set_show_closed(not on)

    # --- language ----------------------------------------------------------------------------
    def _retitle_tabs(self) -> None:
        for view, text in (
            (self.to_me, self.tr("Requests to me")),
            (self.mine, self.tr("My requests")),
        ):
            new = view.new_count()
            if new:
                text += "  " + self.tr("● %1 new").replace("%1", str(new))
            self.tabs.setTabText(self.tabs.indexOf(view), text)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reviews"))
        self.search.setPlaceholderText(self.tr("Search reviews: job, design, name…"))
        self.open_only.setText(self.tr("Only open reviews"))
        self.open_only.setToolTip(self.tr("Hide approved, withdrawn and superseded reviews"))
        self.open_button.setText(self.tr("Open review"))
        self.hint.setText(
            self.tr(
                "Not signed in to the square: every review made on this computer shows under "
                "“My requests”. Sign in (Settings ▸ Square) to see the reviews requested from you."
            )
        )
        for view in (self.to_me, self.mine):
            view.model.retranslate()
        if self.lists is not None:
            self.show_lists(self.lists)
        else:
            self._retitle_tabs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
