"""The dashboard: KPI tiles and charts of the workspace's jobs and quotes.

Figures come from app.dashboard (its docstring defines each one), computed off the UI
thread; the page refreshes when jobs or quotes change on the bus (at once when it shows,
otherwise the next time it is shown). The charts are made when the page is first shown:
pyqtgraph takes a quarter of a second to load, which the other pages need not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import dashboard, money
from app.changes import Changes
from app.dashboard import DashboardStats
from app.jobs.jobs import STATUSES
from ui.app_context import AppContext
from ui.errors import present
from ui.jobs.card_delegate import format_day
from ui.jobs.detail import section_title
from ui.operations.op import Query
from ui.style.theme import current_colours

if TYPE_CHECKING:
    import pyqtgraph as pg

KPIS = ("open", "overdue", "quoted", "on_time")


class KpiTile(QFrame):
    """A big figure over its caption and a one-line note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 2.0)
        f.setBold(True)
        self.value.setFont(f)
        self.caption = QLabel()
        cf = self.caption.font()
        cf.setBold(True)
        self.caption.setFont(cf)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(14, 10, 14, 10)
        v.setSpacing(2)
        v.addWidget(self.caption)
        v.addWidget(self.value)
        v.addWidget(self.note)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: DashboardStats | None = None
        self._stale = True
        self._loading = False
        self._again = False
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.load)

        self.title = QLabel()
        tf = self.title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.4)
        tf.setBold(True)
        self.title.setFont(tf)
        self.as_of = QLabel()
        self.as_of.setObjectName("hint")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.as_of, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.refresh_button)

        self.tiles = {key: KpiTile() for key in KPIS}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        grid = self._build_charts()

        body = QWidget()
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 12, 16, 16)
        v.setSpacing(10)
        v.addLayout(head)
        v.addLayout(tiles)
        v.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.workspace_opened.connect(lambda _ws: self._mark_stale())
        self.retranslate()

    def _build_charts(self) -> QGridLayout:
        """Amounts and statuses side by side, the on-time rate below them: the titles now,
        the plots under them when the page is first shown (_make_plots)."""
        self.status_title, self.amounts_title, self.on_time_title = (
            section_title(),
            section_title(),
            section_title(),
        )
        self.status_plot: pg.PlotWidget
        self.amounts_plot: pg.PlotWidget
        self.on_time_plot: pg.PlotWidget
        self.plots_made = False
        self.status_bars: pg.BarGraphItem | None = None
        self.amount_bars: tuple[pg.BarGraphItem, pg.BarGraphItem] | None = None
        self.on_time_line: pg.PlotDataItem | None = None
        grid = self.charts_grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.amounts_title, 0, 0)
        grid.addWidget(self.status_title, 0, 1)
        grid.addWidget(self.on_time_title, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        return grid

    def _make_plots(self) -> None:
        """The three plots under their titles, once, with the figures if they are in."""
        if self.plots_made:
            return
        from ui.dashboard.charts import WonAxis, make_plot

        pal = self.palette()
        self.status_plot = make_plot(pal, height=280)
        self.amounts_plot = make_plot(pal, left=WonAxis("left"), height=280)
        self.on_time_plot = make_plot(pal, height=180)
        self.plots_made = True
        grid = self.charts_grid
        grid.addWidget(self.amounts_plot, 1, 0)
        grid.addWidget(self.status_plot, 1, 1)
        grid.addWidget(self.on_time_plot, 3, 0, 1, 2)
        if self.stats is not None:
            self._draw_charts(self.stats)

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Compute the figures off the UI thread, then show them."""
        self._timer.stop()
        if self.ctx.workspace is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading, self._stale = True, False
        ws = self.ctx.ws
        Query(
            self.ctx,
            lambda _task: dashboard.dashboard_stats(ws),
            parent=self,
            label=self.tr("Updating the dashboard"),
        ).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, stats: DashboardStats) -> None:
        self._loading = False
        self.show_stats(stats)
        if self._again:
            self._again = False
            self.load()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        present(exc, self)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.jobs or changes.quotes:
            self._mark_stale()

    def showEvent(self, event: Any) -> None:
        self._make_plots()
        super().showEvent(event)
        if self._stale:
            self.load()

    # --- showing -----------------------------------------------------------------------------
    def show_stats(self, stats: DashboardStats) -> None:
        self.stats = stats
        self._fill_tiles(stats)
        if self.plots_made:
            self._draw_charts(stats)
        self.as_of.setText(self.tr("as of %1").replace("%1", format_day(stats.today, stats.today)))

    def _draw_charts(self, stats: DashboardStats) -> None:
        from ui.dashboard.charts import draw_amounts, draw_on_time, draw_status_bars

        pal = self.palette()
        self.status_bars = draw_status_bars(
            self.status_plot, STATUSES, [stats.by_status[s] for s in STATUSES], pal
        )
        self.amount_bars = draw_amounts(self.amounts_plot, stats.months)
        self.on_time_line = draw_on_time(self.on_time_plot, stats.months, pal)

    def _fill_tiles(self, stats: DashboardStats) -> None:
        t = self.tiles
        t["open"].value.setText(f"{stats.open_jobs:,}")
        t["open"].note.setText(self.tr("of %1 jobs in all").replace("%1", f"{stats.total_jobs:,}"))
        t["overdue"].value.setText(f"{stats.overdue_jobs:,}")
        t["overdue"].value.setStyleSheet(
            f"color: {current_colours().error}" if stats.overdue_jobs else ""
        )
        t["overdue"].note.setText(self.tr("past their due date, not delivered"))
        month = stats.this_month
        t["quoted"].value.setText(self.won(month.quoted))
        t["quoted"].note.setText(
            self.tr("%1 quotes sent · accepted: %2")
            .replace("%1", f"{month.quotes_sent:,}")
            .replace("%2", self.won(month.accepted))
        )
        rate = stats.on_time_rate
        t["on_time"].value.setText("—" if rate is None else f"{rate * 100:.0f}%")
        t["on_time"].note.setText(
            self.tr("%1 of %2 delivered on time, last 12 months")
            .replace("%1", f"{stats.delivered_on_time:,}")
            .replace("%2", f"{stats.delivered_with_due:,}")
            if rate is not None
            else self.tr("no job with a due date delivered in the last 12 months")
        )

    def won(self, amount: int) -> str:
        return self.tr("₩%1").replace("%1", money.format_won(amount))

    # --- language and theme ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.refresh_button.setText(self.tr("Refresh"))
        captions = {
            "open": self.tr("Open jobs"),
            "overdue": self.tr("Overdue jobs"),
            "quoted": self.tr("Quoted this month"),
            "on_time": self.tr("On-time delivery"),
        }
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
        self.status_title.setText(self.tr("Jobs by status"))
        self.amounts_title.setText(self.tr("Quoted and accepted by month"))
        self.on_time_title.setText(
            self.tr("On-time delivery by month (delivered on or before the due date)")
        )
        if self.stats is not None:
            self.show_stats(self.stats)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            if self.plots_made:
                from ui.dashboard.charts import style_plot

                for plot in (self.status_plot, self.amounts_plot, self.on_time_plot):
                    style_plot(plot, self.palette())
            if self.stats is not None:
                self.show_stats(self.stats)
        super().changeEvent(event)
