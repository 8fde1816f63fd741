"""The jobs board: one column per status, cards painted by a delegate, drag to move.

The board reads the jobs table's model (JobTableModel) and filters with the same search
text and status filter as the table, in one pass over precomputed search text: each column
is a QListView over a small list model, so 50,000 jobs cost one list per status, never a
widget per card. Dropping a card asks the state machine (app.jobs.jobs.set_status on the write
lane); a move it refuses leaves the card where it is and a banner above the board says why
and what is possible. While a card is dragged, the columns it cannot go to are dimmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidTransitionError
from app.jobs import jobs
from app.jobs.jobs import JobRow
from ui.app_context import AppContext
from ui.errors import present
from ui.jobs.access import job_access
from ui.jobs.board_column import BoardColumn
from ui.models.job_board_model import JobBoardColumnModel, JobIdRole
from ui.models.job_filter_proxy import ALL, OPEN
from ui.models.job_table_model import JobTableModel
from ui.words.errors import move_refusal_text
from ui.words.labels import status_label

# The main flow left to right, then the side states.
COLUMNS = (*jobs.STATUSES[:8], "on_hold", "cancelled")
COLLAPSED_BY_DEFAULT = ("closed", "cancelled")
LAYOUT_KEY = "jobs.board_collapsed"


class JobsBoard(QWidget):
    job_selected = Signal(object)  # job id or None

    def __init__(self, ctx: AppContext, source: JobTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self._terms: list[str] = []
        self._status_filter = OPEN
        self._order: dict[str, list[tuple[str, JobRow]]] | None = None
        self._stale = True
        self._selected: str | None = None
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved):
            signal.connect(self._on_source_changed)
        source.dataChanged.connect(self._on_source_changed)
        self._build_banner()
        strip = self._build_columns()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(strip)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()

    def _build_banner(self) -> None:
        """The non-blocking note above the columns that says why a move was refused."""
        self.banner = QFrame()
        self.banner.setObjectName("boardBanner")
        self.banner.setStyleSheet(
            "QFrame#boardBanner { background: #fff4e0; border: 1px solid #f0c36d;"
            " border-radius: 5px; } QFrame#boardBanner QLabel { color: #5c4400; }"
        )
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_close = QToolButton()
        self.banner_close.setAutoRaise(True)
        self.banner_close.setText("✕")
        self.banner_close.clicked.connect(self.hide_banner)
        b = QHBoxLayout(self.banner)
        b.setContentsMargins(10, 6, 6, 6)
        b.addWidget(self.banner_label, 1)
        b.addWidget(self.banner_close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, interval=12_000)
        self._banner_timer.timeout.connect(self.hide_banner)

    def _build_columns(self) -> QWidget:
        collapsed = self._collapsed_setting()
        self.columns: dict[str, BoardColumn] = {}
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for status in COLUMNS:
            model = JobBoardColumnModel(status, self)
            model.move_requested.connect(self.request_move)
            column = BoardColumn(status, model, collapsed=status in collapsed)
            column.view.selectionModel().currentChanged.connect(
                lambda cur, _prev, c=column: self._on_current_changed(c, cur)
            )
            column.view.drag_started.connect(self._on_drag_started)
            column.view.drag_finished.connect(self._on_drag_finished)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._on_card_menu(c, pos)
            )
            column.collapsed_changed.connect(self._on_collapsed_changed)
            self.columns[status] = column
            row.addWidget(column)
        row.addStretch(1)
        return strip

    # --- what is shown --------------------------------------------------------------------
    def set_unread(self, counts: dict[str, int]) -> None:
        """The jobs' unread message counts, drawn on their cards."""
        for column in self.columns.values():
            column.view.card_delegate.unread = counts
            column.view.viewport().update()

    def set_search_text(self, text: str) -> None:
        terms = text.lower().split()
        if terms != self._terms:
            self._terms = terms
            self._schedule()

    def set_status_filter(self, status: str) -> None:
        if status != self._status_filter:
            self._status_filter = status
            self._schedule()

    def _on_source_changed(self, *_args: Any) -> None:
        self._order = None
        self._schedule()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self._rebuild_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    def _compute_order(self) -> dict[str, list[tuple[str, JobRow]]]:
        """Per status, (search text, row) in card order: urgent first, then the nearest due
        date, then newest — computed once per change of the jobs, not per keystroke."""
        model = self.source
        rows = [model.row_at(i) for i in range(model.rowCount())]
        hay = model.haystacks

        def key(i: int) -> tuple[int, date]:
            r = rows[i]
            return (-r.priority, r.due_date or date.max)  # a stable sort keeps newest first

        order: dict[str, list[tuple[str, JobRow]]] = {s: [] for s in COLUMNS}
        for i in sorted(range(len(rows)), key=key):
            order.setdefault(rows[i].status, []).append((hay[i], rows[i]))
        return order

    def _visible_statuses(self) -> frozenset[str]:
        if self._status_filter == ALL:
            return frozenset(COLUMNS)
        if self._status_filter == OPEN:
            return frozenset(jobs.OPEN_STATUSES)
        return frozenset({self._status_filter})

    def rebuild(self) -> None:
        """Recompute every column's cards in one pass; the selected card stays selected."""
        self._rebuild_timer.stop()
        self._stale = False
        if self._order is None:
            self._order = self._compute_order()
        shown = self._visible_statuses()
        buckets: dict[str, list[JobRow]] = {}
        for status in COLUMNS:
            # Filters reuse the precomputed pairs: no new objects per job, so no GC churn.
            cards = self._order.get(status, []) if status in shown else []
            for term in self._terms:
                cards = [c for c in cards if term in c[0]]
            buckets[status] = [c[1] for c in cards]
        today = date.today()
        keep = self._selected
        for status, column in self.columns.items():
            column.set_rows(buckets[status], today, filtered_out=status not in shown)
        if keep is not None and not self.select_job(keep, expand=False):
            self._selected = None
            self.job_selected.emit(None)

    # --- selection --------------------------------------------------------------------------
    def select_job(self, job_id: str, *, expand: bool = True) -> bool:
        """Select the job's card (False when the filter hides it); `expand` opens its column
        if it is collapsed."""
        for column in self.columns.values():
            row = column.model.row_of(job_id)
            if row >= 0:
                index = column.model.index(row)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                if column.collapsed and expand:
                    column.set_collapsed(False)
                return True
        return False

    def selected_job_id(self) -> str | None:
        return self._selected

    def _on_current_changed(self, column: BoardColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns.values():
            if other is not column:
                other.view.selectionModel().clear()
        job_id = str(current.data(JobIdRole))
        if job_id != self._selected:
            self._selected = job_id
            self.job_selected.emit(job_id)

    # --- moving ---------------------------------------------------------------------------
    def may_move(self, job_id: str) -> bool:
        """Whether the user's role on the job lets them move it (an advisor's may not)."""
        if self.ctx.workspace is None:
            return False
        return job_access(self.ctx.ws, job_id, self.ctx.user_name).can_move

    def allowed_for(self, row: JobRow) -> tuple[str, ...]:
        if not self.may_move(row.id):
            return ()
        if row.status == "on_hold" and self.ctx.workspace is not None:
            return jobs.job_detail(self.ctx.ws, row.id).allowed  # where it was held matters
        return jobs.allowed_moves(row.status)

    def _row(self, job_id: str) -> JobRow | None:
        for column in self.columns.values():
            i = column.model.row_of(job_id)
            if i >= 0:
                return column.model.row_at(i)
        i = self.source.row_of(job_id)
        return self.source.row_at(i) if i >= 0 else None

    def request_move(self, job_ids: list[str], to: str) -> None:
        """A card was dropped on the `to` column: move it if the state machine allows."""
        for job_id in job_ids:
            row = self._row(job_id)
            if row is None or row.status == to:
                continue
            if not self.may_move(row.id):
                self._show_banner(
                    self.tr("%1 is shared with you read-only: only its maker moves it.").replace(
                        "%1", row.number
                    )
                )
                continue
            allowed = self.allowed_for(row)
            if to not in allowed:
                self.show_refusal(row, to, allowed)
                continue
            self.move_job(row, to)

    def move_job(self, row: JobRow, to: str) -> None:
        """Through the undo stack (Edit ▸ Undo moves it back where the machine allows);
        the service's change reaches the bus from there."""
        from ui.operations.jobs import move_job

        self.hide_banner()
        self._selected = row.id  # the card stays selected in its new column
        move_job(
            self.ctx,
            row.id,
            row.number,
            row.status,
            to,
            on_error=lambda exc: self._on_move_failed(row, to, exc),
        )

    def _on_move_failed(self, row: JobRow, to: str, exc: BaseException) -> None:
        if isinstance(exc, InvalidTransitionError):  # someone moved it meanwhile (sync)
            self.show_refusal(row, to, exc.allowed, current=exc.current)
            return
        present(exc, self)

    def show_refusal(
        self, row: JobRow, to: str, allowed: Sequence[str], current: str | None = None
    ) -> None:
        self._show_banner(move_refusal_text(row.number, current or row.status, to, allowed))

    def _show_banner(self, text: str) -> None:
        self.banner_label.setText(text)
        self.banner.show()
        self._banner_timer.start()

    def hide_banner(self) -> None:
        self.banner.hide()

    def _on_drag_started(self, job_ids: list[str]) -> None:
        row = self._row(job_ids[0]) if job_ids else None
        if row is None:
            return
        allowed = set(self.allowed_for(row)) | {row.status}
        for status, column in self.columns.items():
            column.set_dimmed(status not in allowed)

    def _on_drag_finished(self) -> None:
        for column in self.columns.values():
            column.set_dimmed(False)

    def _on_card_menu(self, column: BoardColumn, pos: QPoint) -> None:
        view = column.view
        index = view.indexAt(pos)
        if not index.isValid():
            index = view.currentIndex()
            pos = view.visualRect(index).center() if index.isValid() else pos
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        row = column.model.row_at(index.row())
        menu = self.move_menu(row)
        menu.exec(view.viewport().mapToGlobal(pos))

    def move_menu(self, row: JobRow) -> QMenu:
        """The card's context menu: Move to ▸ the allowed states only."""
        menu = QMenu(self)
        sub = menu.addMenu(self.tr("Move to"))
        allowed = self.allowed_for(row)
        for status in allowed:
            act = sub.addAction(status_label(status))
            act.triggered.connect(lambda _=False, r=row, s=status: self.move_job(r, s))
        sub.setEnabled(bool(allowed))
        return menu

    # --- collapsed columns, remembered --------------------------------------------------------
    def _collapsed_setting(self) -> set[str]:
        layout = self.ctx.user_settings.get("ui.layout")
        value = layout.get(LAYOUT_KEY)
        if value is None:
            return set(COLLAPSED_BY_DEFAULT)
        return {s for s in value.split(",") if s}

    def _on_collapsed_changed(self) -> None:
        layout = dict(self.ctx.user_settings.get("ui.layout"))
        layout[LAYOUT_KEY] = ",".join(s for s, c in self.columns.items() if c.collapsed)
        self.ctx.user_settings.set("ui.layout", layout)

    # --- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        for column in self.columns.values():
            column.retranslate()
        self.banner_close.setToolTip(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
