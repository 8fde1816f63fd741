"""The dashboard's pyqtgraph charts: jobs by status, amounts by month, on-time rate by month.

Plain 2D plots (no OpenGL). Axes and labels take the palette's text colour so the charts
read in light and dark themes; won figures are compact (350만 / 1.2억, ₩350K / ₩1.2M) and
months are Korean when the language is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QColor, QFont, QPalette

from app.dashboard import MonthFigures
from ui.models.job_board_model import status_colour
from ui.words.labels import status_label

translate = QCoreApplication.translate
QUOTED_COLOUR = "#5c8fc7"
ACCEPTED_COLOUR = "#2e9d6e"
ON_TIME_COLOUR = "#ef8f2f"


def korean() -> bool:
    return QLocale().language() == QLocale.Language.Korean


def compact_won(won: float, is_korean: bool | None = None) -> str:
    """350만 / 1.2억 in Korean, ₩350K / ₩1.2M in English; small amounts in full."""
    ko = korean() if is_korean is None else is_korean
    v = abs(won)
    sign = "-" if won < 0 else ""
    if ko:
        if v >= 100_000_000:
            return f"{sign}{_trim(v / 100_000_000)}억"
        if v >= 10_000:
            return f"{sign}{_trim(v / 10_000)}만"
        return f"{sign}{v:,.0f}"
    if v >= 1_000_000:
        return f"{sign}₩{_trim(v / 1_000_000)}M"
    if v >= 1_000:
        return f"{sign}₩{_trim(v / 1_000)}K"
    return f"{sign}₩{v:,.0f}"


def _trim(x: float) -> str:
    text = f"{x:,.1f}" if x < 100 else f"{x:,.0f}"
    return text[:-2] if text.endswith(".0") else text


def month_label(month: date, first: bool = False) -> str:
    """1월 / Jan; with the year on the first month shown and on every January."""
    with_year = first or month.month == 1
    if korean():
        return f"{month.year % 100}년 {month.month}월" if with_year else f"{month.month}월"
    name = QLocale(QLocale.Language.English).monthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year}" if with_year else name


class WonAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [compact_won(v * scale) for v in values]


class ChartWidget(pg.PlotWidget):  # type: ignore[misc]
    """A plot that is content with a modest size (the default asks for 640 × 480)."""

    def sizeHint(self) -> QSize:
        return QSize(360, 220)


def make_plot(
    palette: QPalette, *, left: pg.AxisItem | None = None, height: int = 200
) -> pg.PlotWidget:
    axes = {"left": left} if left is not None else {}
    plot = ChartWidget(axisItems=axes)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(height)
    style_plot(plot, palette)
    return plot


def style_plot(plot: pg.PlotWidget, palette: QPalette) -> None:
    """Background, axes and grid in the palette's colours (called again on a theme change)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    plot.setBackground(base)
    grid = QColor(text)
    grid.setAlpha(40)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(grid))
        axis.setTextPen(pg.mkPen(text))
    plot.showGrid(x=False, y=True, alpha=0.18)


def _label(text: str, colour: QColor, anchor: tuple[float, float]) -> pg.TextItem:
    item = pg.TextItem(text, color=colour, anchor=anchor)
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    item.setFont(font)
    return item


def draw_status_bars(
    plot: pg.PlotWidget, statuses: Sequence[str], counts: Sequence[int], palette: QPalette
) -> pg.BarGraphItem:
    """Horizontal bars in the status colours, the main flow top to bottom, count at the end."""
    plot.clear()
    n = len(statuses)
    y = [n - 1 - i for i in range(n)]
    bars = pg.BarGraphItem(
        x0=[0] * n,
        y=y,
        height=0.62,
        width=list(counts),
        brushes=[status_colour(s) for s in statuses],
        pens=[pg.mkPen(None)] * n,
    )
    plot.addItem(bars)
    text = palette.color(QPalette.ColorRole.Text)
    top = max(counts, default=0) or 1
    for yi, count in zip(y, counts, strict=True):
        label = _label(f"{count:,}", text, (0, 0.5))
        label.setPos(count + top * 0.02, yi)
        plot.addItem(label)
    plot.getAxis("left").setTicks(
        [[(yi, status_label(s)) for yi, s in zip(y, statuses, strict=True)]]
    )
    plot.hideAxis("bottom")  # each bar says its count
    plot.setXRange(0, top * 1.15, padding=0)
    plot.setYRange(-0.6, n - 0.4, padding=0)
    plot.showGrid(x=False, y=False)
    return bars


def _month_ticks(months: Sequence[MonthFigures]) -> list[list[tuple[int, str]]]:
    return [[(i, month_label(m.month, first=i == 0)) for i, m in enumerate(months)]]


def draw_amounts(
    plot: pg.PlotWidget, months: Sequence[MonthFigures]
) -> tuple[pg.BarGraphItem, pg.BarGraphItem]:
    """Quoted and accepted won per month, side by side."""
    plot.clear()
    if plot.plotItem.legend is not None:
        plot.plotItem.legend.clear()
    else:
        plot.addLegend(offset=(8, 4), labelTextColor=plot.getAxis("left").textPen().color())
    xs = list(range(len(months)))
    quoted = pg.BarGraphItem(
        x=[x - 0.2 for x in xs],
        height=[m.quoted for m in months],
        width=0.38,
        brush=QUOTED_COLOUR,
        pen=pg.mkPen(None),
        name=translate("DashboardPage", "Quoted"),
    )
    accepted = pg.BarGraphItem(
        x=[x + 0.2 for x in xs],
        height=[m.accepted for m in months],
        width=0.38,
        brush=ACCEPTED_COLOUR,
        pen=pg.mkPen(None),
        name=translate("DashboardPage", "Accepted"),
    )
    plot.addItem(quoted)
    plot.addItem(accepted)
    plot.getAxis("bottom").setTicks(_month_ticks(months))
    top = max([m.quoted for m in months] + [m.accepted for m in months] + [0])
    plot.setXRange(-0.6, len(months) - 0.4, padding=0)
    plot.setYRange(0, (top or 10_000) * 1.12, padding=0)
    return quoted, accepted


def draw_on_time(
    plot: pg.PlotWidget, months: Sequence[MonthFigures], palette: QPalette
) -> pg.PlotDataItem:
    """The on-time share per month (0–100 %); months without deliveries leave a gap."""
    plot.clear()
    xs = list(range(len(months)))
    rates = [m.on_time_rate for m in months]
    ys = [r * 100 if r is not None else math.nan for r in rates]
    if all(r is None for r in rates):
        xs, ys = [], []  # nothing delivered: an empty chart, not a line of gaps
    line = pg.PlotDataItem(
        xs,
        ys,
        pen=pg.mkPen(ON_TIME_COLOUR, width=2.5),
        symbol="o",
        symbolSize=8,
        symbolBrush=ON_TIME_COLOUR,
        symbolPen=pg.mkPen(palette.color(QPalette.ColorRole.Base), width=1.5),
        connect="finite",
    )
    plot.addItem(line)
    text = palette.color(QPalette.ColorRole.Text)
    for x, m in enumerate(months):
        if m.on_time_rate is None:
            continue
        label = _label(f"{m.on_time_rate * 100:.0f}%", text, (0.5, 1.2))
        label.setToolTip(
            translate("DashboardPage", "%1 of %2 delivered on time")
            .replace("%1", str(m.delivered_on_time))
            .replace("%2", str(m.delivered_with_due))
        )
        label.setPos(x, m.on_time_rate * 100)
        plot.addItem(label)
    plot.getAxis("bottom").setTicks(_month_ticks(months))
    plot.setXRange(-0.6, len(months) - 0.4, padding=0)
    plot.setYRange(-6, 114, padding=0)
    plot.getAxis("left").setTicks([[(v, f"{v}%") for v in (0, 25, 50, 75, 100)]])
    return line
