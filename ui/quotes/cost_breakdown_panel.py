"""The cost breakdown of a quote line made from a design (or of all of them summed): one row per
part with its formula, the stated assumptions in words, and a small bar chart."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import format_won
from app.quotes.costing import PART_CODES, Assumption, Breakdown, breakdown_from_json
from app.quotes.quotes import LineData
from ui.quotes.cost_chart import CostChart

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def part_label(code: str) -> str:
    return {
        "material": translate("CostBreakdown", "Material"),
        "machine": translate("CostBreakdown", "Machine time"),
        "setup": translate("CostBreakdown", "Setup"),
        "finishing": translate("CostBreakdown", "Finishing"),
        "margin": translate("CostBreakdown", "Margin"),
    }.get(code, code)


def unit_words(text: str) -> str:
    """The model writes its formulas with plain unit words (stored with the line); a Korean
    reader gets 원, 개, 시간 and 분 instead ("10,000 won ÷ 10 pcs" → "10,000원 ÷ 10개")."""
    if QLocale().language() != QLocale.Language.Korean:
        return text
    for word, korean in _KOREAN_UNITS:
        text = re.sub(word, korean, text)
    return text


_KOREAN_UNITS = (
    (r" won/kg\b", "원/kg"),
    (r" won/h\b", "원/시간"),
    (r" won/pc\b", "원/개"),
    (r" won\b", "원"),
    (r" pcs\b", "개"),
    (r"(\d) h\b", r"\1시간"),
    (r"(\d) min\b", r"\1분"),
)


def assumption_text(a: Assumption) -> str:
    """One stated assumption in words (codes from app.quotes.costing / quote_design_lines)."""
    sources = {
        "stored_fdm": translate("CostBreakdown", "FDM estimate stored with the design check"),
        "computed_fdm": translate("CostBreakdown", "FDM estimate computed for this quote"),
        "resin_layers": translate("CostBreakdown", "resin: layers × seconds per layer"),
        "cnc_removal": translate("CostBreakdown", "CNC: removed volume ÷ removal rate"),
        "manual": translate("CostBreakdown", "hours typed in"),
        "none": translate("CostBreakdown", "no time model for this process: type the hours in"),
    }
    value = unit_words(f"{a.value} {a.unit}".strip())
    texts = {
        "time_source": translate("CostBreakdown", "Machine time: %1").replace(
            "%1", sources.get(a.value, a.value)
        ),
        "material_allowance": translate("CostBreakdown", "Waste and support allowance %1").replace(
            "%1", value
        ),
        "cnc_stock_is_bbox": translate(
            "CostBreakdown", "Material is the stock block (bounding box) %1"
        ).replace("%1", value),
        "setup_per_order": translate(
            "CostBreakdown", "Setup fee is per order, spread over %1"
        ).replace("%1", value),
        "fdm_print_time": translate("CostBreakdown", "Estimated print time %1").replace(
            "%1", value
        ),
        "fdm_settings": translate(
            "CostBreakdown", "Slicer settings: PrusaSlicer defaults, 0.3 mm layers, 20 % infill"
        ),
        "fdm_estimate_failed": translate(
            "CostBreakdown", "No FDM estimate (is the part closed?): type the hours in"
        ),
        "resin_layers": translate("CostBreakdown", "%1 layers").replace("%1", a.value),
        "resin_layer_mm": translate("CostBreakdown", "Layer height %1").replace("%1", value),
        "resin_seconds_per_layer": translate(
            "CostBreakdown", "%1 per layer (exposure, lift and peel); one piece per build"
        ).replace("%1", value),
        "cnc_removed_cm3": translate("CostBreakdown", "Removed volume %1").replace("%1", value),
        "cnc_removal_rate": translate("CostBreakdown", "Removal rate %1").replace("%1", value),
        "hours_not_modelled": translate(
            "CostBreakdown", "Machine time is not modelled for %1"
        ).replace("%1", a.value),
    }
    return texts.get(a.code, f"{a.code}: {value}")


class CostBreakdownPanel(QWidget):
    """The table beside its chart, or (`stacked`, for a narrow column) the chart below it."""

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        self.assumptions.setObjectName("mutedText")
        self.chart = CostChart()
        row = QVBoxLayout() if stacked else QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)
        layout.addWidget(self.assumptions)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("CostBreakdown", "Part"),
                translate("CostBreakdown", "Formula"),
                translate("CostBreakdown", "Won / piece"),
            ]
        )

    def show_lines(self, lines: tuple[LineData, ...], row: int) -> None:
        """The chosen line's breakdown, or for a line not from a design all of them summed;
        hidden when no line comes from a design."""
        line = lines[row] if 0 <= row < len(lines) else None
        chosen = breakdown_from_json(line.breakdown_json) if line else None
        if line is not None and chosen is not None:
            title = (
                translate("CostBreakdown", "Line %1: %2")
                .replace("%1", str(line.position))
                .replace("%2", line.item)
            )
            self.show_breakdown(title, chosen)
            self.show()
            return
        costed = [(b, ln.quantity) for ln in lines if (b := breakdown_from_json(ln.breakdown_json))]
        self.setVisible(bool(costed))
        if costed:
            self.show_sum(translate("CostBreakdown", "All lines from designs"), costed)

    def show_breakdown(self, title: str, breakdown: Breakdown) -> None:
        self.title.setText(title)
        rows = [(p.code, p.formula, p.amount) for p in breakdown.parts]
        rows.append(("", "", breakdown.unit_price))
        self._fill(rows, total_label=translate("CostBreakdown", "Unit price"))
        notes = [assumption_text(a) for p in breakdown.parts for a in p.assumptions]
        self.assumptions.setText(
            translate("CostBreakdown", "Assumptions: %1").replace("%1", "; ".join(notes))
        )
        self.chart.set_parts([(p.code, part_label(p.code), p.amount) for p in breakdown.parts])

    def show_sum(self, title: str, lines: list[tuple[Breakdown, int]]) -> None:
        """All design lines: each part × its line's quantity, summed."""
        self.title.setText(title)
        sums = dict.fromkeys(PART_CODES, 0)
        for breakdown, quantity in lines:
            for p in breakdown.parts:
                sums[p.code] = sums.get(p.code, 0) + p.amount * quantity
        formula = translate("CostBreakdown", "sum of %1 lines from designs, × quantity").replace(
            "%1", str(len(lines))
        )
        rows = [(code, formula, won) for code, won in sums.items()]
        rows.append(("", "", sum(sums.values())))
        self._fill(rows, total_label=translate("CostBreakdown", "Total"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("CostBreakdown", "Part"),
                translate("CostBreakdown", "Formula"),
                translate("CostBreakdown", "Won"),
            ]
        )
        self.assumptions.setText("")
        self.chart.set_parts([(code, part_label(code), won) for code, won in sums.items()])

    def _fill(self, rows: list[tuple[str, str, int]], *, total_label: str) -> None:
        self.retranslate()
        self.table.setRowCount(len(rows))
        for r, (code, formula, won) in enumerate(rows):
            label = part_label(code) if code else total_label
            cells = (
                QTableWidgetItem(label),
                QTableWidgetItem(unit_words(formula)),
                QTableWidgetItem(format_won(won)),
            )
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not code:
                for cell in cells:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(rows_height + self.table.horizontalHeader().height() + 4)
