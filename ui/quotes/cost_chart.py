"""A small horizontal bar chart of a cost breakdown (material, machine, setup, finishing,
margin), drawn with pyqtgraph in colours that read on light and dark themes alike."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.money import format_won
from ui.style import theme

# Okabe-Ito: distinguishable with colour-blindness, mid-lightness so both themes carry them.
PART_COLOURS = {
    "material": "#0072B2",
    "machine": "#E69F00",
    "setup": "#009E73",
    "finishing": "#CC79A7",
    "margin": "#56B4E9",
}


class CostChart(QWidget):
    """`set_parts([(code, label, won), ...])`: one bar per part, its amount written beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getPlotItem().hideAxis("bottom")
        self.plot.setMinimumHeight(150)
        self.plot.setMaximumHeight(220)
        self.plot.setMinimumWidth(260)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.amounts: list[int] = []
        self._labels: list[pg.TextItem] = []

    def set_parts(self, parts: list[tuple[str, str, int]]) -> None:
        colours = theme.current_colours()
        self.plot.setBackground(colours.panel)
        item = self.plot.getPlotItem()
        item.clear()
        self._labels = []
        self.amounts = [won for _, _, won in parts]
        axis = item.getAxis("left")
        axis.setTextPen(pg.mkPen(colours.text))
        axis.setPen(pg.mkPen(colours.border))
        n = len(parts)
        # The first part on top: y counts down.
        ys = [n - 1 - i for i in range(n)]
        axis.setTicks([[(y, label) for y, (_, label, _) in zip(ys, parts, strict=True)]])
        if not parts:
            return
        bars = pg.BarGraphItem(
            x0=[0] * n,
            y=ys,
            height=0.62,
            width=self.amounts,
            brushes=[PART_COLOURS.get(code, colours.accent) for code, _, _ in parts],
            pens=[pg.mkPen(None)] * n,
        )
        item.addItem(bars)
        top = max(max(self.amounts), 1)
        for y, won in zip(ys, self.amounts, strict=True):
            text = pg.TextItem(format_won(won), color=colours.text, anchor=(0, 0.5))
            text.setPos(won + top * 0.02, y)
            item.addItem(text)
            self._labels.append(text)
        item.setXRange(0, top * 1.3, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
