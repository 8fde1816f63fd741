"""The jobs table: a thin adapter over plain JobRow data (qutebrowser completion models)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.jobs.jobs import OPEN_STATUSES, STATUSES, JobRow
from ui.style.formats import format_date, format_datetime
from ui.style.theme import current_colours
from ui.words.labels import priority_label, status_label

Index = QModelIndex | QPersistentModelIndex

_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}
COLUMNS = ("number", "title", "customer", "status", "priority", "due_date", "updated_at")
JobIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2


def _header(column: str) -> str:
    translate = QCoreApplication.translate
    return {
        "number": translate("JobTableModel", "No."),
        "title": translate("JobTableModel", "Title"),
        "customer": translate("JobTableModel", "Customer"),
        "status": translate("JobTableModel", "Status"),
        "priority": translate("JobTableModel", "Priority"),
        "due_date": translate("JobTableModel", "Due"),
        "updated_at": translate("JobTableModel", "Updated"),
    }[column]


class JobTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[JobRow] = []
        self.haystacks: list[str] = []  # lower-case search text per row, for the filter proxy
        self.today = date.today()

    # --- data in ---------------------------------------------------------------------
    def set_rows(self, rows: list[JobRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rebuild_haystacks()
        self.today = date.today()
        self.endResetModel()

    def update_row(self, row: JobRow) -> None:
        """Replace one job's row in place (or add it at the top when it is new)."""
        for i, existing in enumerate(self._rows):
            if existing.id == row.id:
                self._rows[i] = row
                self.haystacks[i] = self._haystack(row)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.haystacks.insert(0, self._haystack(row))
        self.endInsertRows()

    def remove_job(self, job_id: str) -> None:
        for i, existing in enumerate(self._rows):
            if existing.id == job_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self.haystacks[i]
                self.endRemoveRows()
                return

    def retranslate(self) -> None:
        """Status words are part of the search text; rebuild them for the new language."""
        self._rebuild_haystacks()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    def _haystack(self, r: JobRow, labels: dict[str, str] | None = None) -> str:
        label = labels[r.status] if labels and r.status in labels else status_label(r.status)
        return f"{r.number} {r.title} {r.customer} {r.assignee} {label}".lower()

    def _rebuild_haystacks(self) -> None:
        labels = {s: status_label(s) for s in STATUSES}
        self.haystacks = [self._haystack(r, labels) for r in self._rows]

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> JobRow:
        return self._rows[row]

    def row_of(self, job_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == job_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "status":
                return status_label(r.status)
            if col == "priority":
                return priority_label(r.priority)
            if col == "due_date":
                return format_date(r.due_date)
            if col == "updated_at":
                return format_datetime(r.updated_at)
            return getattr(r, col)
        if role == JobIdRole:
            return r.id
        if role == SortKeyRole:
            return self._sort_key(r, col)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == "due_date"
            and r.due_date
            and r.status in OPEN_STATUSES
            and r.status != "delivered"
        ):
            if r.due_date < self.today:
                return QBrush(QColor(current_colours().error))
            if (r.due_date - self.today).days <= 3:
                return QBrush(QColor(current_colours().warning))
        if role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return r.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            "number",
            "due_date",
            "updated_at",
        ):
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _header(COLUMNS[section])
        return None

    @property
    def statuses(self) -> list[str]:
        return [r.status for r in self._rows]

    def sort_keys(self, column: int) -> list[Any]:
        """One sort key per row for the column (the proxy sorts row numbers by these)."""
        col = COLUMNS[column] if 0 <= column < len(COLUMNS) else "number"
        return [self._sort_key(r, col) for r in self._rows]

    @staticmethod
    def _sort_key(r: JobRow, col: str) -> Any:
        if col == "due_date":
            return r.due_date or date.max
        if col == "status":
            return _STATUS_ORDER.get(r.status, 99)
        return getattr(r, col)
