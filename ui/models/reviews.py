"""The reviews table: a thin adapter over plain ReviewRow data, and its search proxy.

One model serves both lists of the Reviews page: "Requests to me" shows who asked
(`person="requested_by"`), "My requests" whom it was asked of (`person="reviewer"`). A late
review shows its due date in the theme's error colour, in bold and with a word (colour alone
is not enough); a review with new activity since the user last looked is bold with a dot.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.review.reviews import STATUSES, ReviewRow
from ui.style.formats import format_date
from ui.style.theme import current_colours
from ui.words.review import review_status_label

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("job", "title", "design", "person", "status", "due")
ReviewIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
NEW_DOT = "●"
_STATUS_ORDER = {s: i for i, s in enumerate(STATUSES)}
CLOSED = frozenset({"approved", "withdrawn", "superseded"})


def revision_text(design_name: str, number: int) -> str:
    """A design revision as the other screens write it: "bracket r2"."""
    return f"{design_name} r{number}"


translate = QCoreApplication.translate


class ReviewTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, person: str = "reviewer") -> None:
        """`person`: the ReviewRow field the person column shows ("reviewer" or
        "requested_by")."""
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self.person = person
        self.today = date.today()

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def row_at(self, row: int) -> ReviewRow:
        return self._rows[row]

    def row_of(self, review_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == review_id), -1)

    @property
    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == ReviewIdRole:
            return r.id
        if role == SortKeyRole:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.FontRole and (r.new_activity or (col == "due" and r.late)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def _text(self, r: ReviewRow, col: str) -> str:
        if col == "job":
            return f"{NEW_DOT} {r.job_number}" if r.new_activity else r.job_number
        if col == "title":
            return r.job_title
        if col == "design":
            return revision_text(r.design_name, r.revision)
        if col == "person":
            return str(getattr(r, self.person))
        if col == "status":
            return review_status_label(r.status)
        if r.late:
            return translate("ReviewTableModel", "%1 (late)").replace("%1", format_date(r.due))
        return format_date(r.due)

    def _foreground(self, r: ReviewRow, col: str) -> QBrush | None:
        colours = current_colours()
        if col == "due" and r.late:
            return QBrush(QColor(colours.error))
        if col == "job" and r.new_activity:
            return QBrush(QColor(colours.accent))
        if r.status in ("withdrawn", "superseded"):
            return QBrush(QColor(colours.muted))
        if col == "status" and r.status in ("approved", "changes_requested"):
            return QBrush(QColor(colours.ok if r.status == "approved" else colours.warning))
        return None

    def _tooltip(self, r: ReviewRow, col: str) -> str | None:
        if col == "job" and r.new_activity:
            return translate("ReviewTableModel", "New activity since you last looked")
        if col == "due" and r.late:
            return translate("ReviewTableModel", "Past its due date and still open")
        if col == "title":
            return r.job_title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(COLUMNS)
        ):
            return None
        return {
            "job": translate("ReviewTableModel", "Job"),
            "title": translate("ReviewTableModel", "Title"),
            "design": translate("ReviewTableModel", "Design"),
            "person": translate("ReviewTableModel", "Reviewer")
            if self.person == "reviewer"
            else translate("ReviewTableModel", "Requester"),
            "status": translate("ReviewTableModel", "Status"),
            "due": translate("ReviewTableModel", "Due date"),
        }[COLUMNS[section]]

    def _sort_key(self, r: ReviewRow, col: str) -> Any:
        if col == "due":
            return (r.due or date.max).toordinal()
        if col == "status":
            return _STATUS_ORDER.get(r.status, 99)
        if col == "job":
            return r.job_number
        return self._text(r, col).lower()


class ReviewFilterProxyModel(QSortFilterProxyModel):
    """Search by any word shown (job, title, design, person, status) and hide closed reviews
    (approved, withdrawn, superseded) unless asked. A page holds a few hundred reviews at
    most, so Qt's own proxy is quick enough (the jobs table needs its own: 50,000 rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._show_closed = True
        self.setSortRole(SortKeyRole)

    def set_search_text(self, text: str) -> None:
        terms = text.lower().split()
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_closed(self, on: bool) -> None:
        if on != self._show_closed:
            self.beginFilterChange()
            self._show_closed = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ReviewTableModel) or source_parent.isValid():
            return True
        r = model.row_at(source_row)
        if not self._show_closed and r.status in CLOSED:
            return False
        if not self._terms:
            return True
        hay = " ".join(
            str(model.data(model.index(source_row, c))) for c in range(len(COLUMNS))
        ).lower()
        return all(t in hay for t in self._terms)
