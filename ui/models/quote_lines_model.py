"""Editable quote lines: plain values in, amounts recomputed with app.money as you type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app import money
from app.quotes.quotes import LineData

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("no", "item", "spec", "quantity", "unit_price", "supply", "tax", "note")
EDITABLE = frozenset({"item", "spec", "quantity", "unit_price", "note"})
LineIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EditableLine:
    id: str
    item: str
    spec: str
    quantity: int
    unit_price: int
    note: str


def _header(col: str) -> str:
    translate = QCoreApplication.translate
    return {
        "no": translate("QuoteLinesModel", "No."),
        "item": translate("QuoteLinesModel", "Item"),
        "spec": translate("QuoteLinesModel", "Spec."),
        "quantity": translate("QuoteLinesModel", "Qty"),
        "unit_price": translate("QuoteLinesModel", "Unit price"),
        "supply": translate("QuoteLinesModel", "Supply amount"),
        "tax": translate("QuoteLinesModel", "VAT"),
        "note": translate("QuoteLinesModel", "Note"),
    }[col]


class QuoteLinesModel(QAbstractTableModel):
    """`on_edit(line_id, field, value)` is called after a valid edit, to persist it."""

    def __init__(self, on_edit: Callable[[str, str, Any], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[EditableLine] = []
        self._amounts: list[money.LineAmounts] = []
        self._on_edit = on_edit
        self.vat_included = False
        self.rule = money.RoundingRule()
        self.frozen = False

    def set_lines(
        self,
        lines: tuple[LineData, ...],
        *,
        vat_included: bool,
        rule: money.RoundingRule,
        frozen: bool,
    ) -> None:
        self.beginResetModel()
        self._lines = [
            EditableLine(ln.id, ln.item, ln.spec, ln.quantity, ln.unit_price, ln.note)
            for ln in lines
        ]
        self.vat_included, self.rule, self.frozen = vat_included, rule, frozen
        self._recompute()
        self.endResetModel()

    def set_terms(self, *, vat_included: bool, rule: money.RoundingRule) -> None:
        self.vat_included, self.rule = vat_included, rule
        self._recompute()
        if self._lines:
            self.dataChanged.emit(self.index(0, 5), self.index(len(self._lines) - 1, 6))

    def _recompute(self) -> None:
        self._amounts = [
            money.line_amounts(
                ln.quantity, ln.unit_price, vat_included=self.vat_included, rule=self.rule
            )
            for ln in self._lines
        ]

    def totals(self) -> money.Totals:
        return money.quote_totals(
            ((ln.quantity, ln.unit_price) for ln in self._lines),
            vat_included=self.vat_included,
            rule=self.rule,
        )

    def line_id(self, row: int) -> str:
        return self._lines[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.frozen and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        ln, amounts = self._lines[index.row()], self._amounts[index.row()]
        col = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == "no":
                return index.row() + 1
            if col in ("quantity", "unit_price"):
                value = getattr(ln, col)
                return value if role == Qt.ItemDataRole.EditRole else money.format_won(value)
            if col == "supply":
                return money.format_won(amounts.supply)
            if col == "tax":
                return money.format_won(amounts.tax)
            return getattr(ln, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            "no",
            "quantity",
            "unit_price",
            "supply",
            "tax",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LineIdRole:
            return ln.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.frozen:
            return False
        col = COLUMNS[index.column()]
        if col not in EDITABLE:
            return False
        if col in ("quantity", "unit_price"):
            try:
                value = value if isinstance(value, int) else money.parse_won(str(value))
            except ValueError:
                return False
            if value < 0:
                return False
        else:
            value = str(value).strip()
            if col == "item" and not value:
                return False
        row = index.row()
        self._lines[row] = replace(self._lines[row], **{col: value})
        self._recompute()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._on_edit(self._lines[row].id, col, value)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(COLUMNS[section])
        return None
