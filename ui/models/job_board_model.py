"""One column of the jobs board: the jobs in one status, as a thin list model over JobRows.

The board computes which rows each column shows (search text, status filter, order) in one
pass over the jobs table's model and hands each column its list; the model only answers
the view and carries the job's id in drag-and-drop mime data. A drop never moves a row
itself: it asks (`move_requested`) and the state machine decides; the card moves when the
change comes back on the bus.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.jobs.jobs import JobRow
from ui.words.labels import priority_label, status_label

Index = QModelIndex | QPersistentModelIndex
JOB_MIME = "application/x-makersquare-job-ids"
JobIdRole = Qt.ItemDataRole.UserRole + 1
JobRowRole = Qt.ItemDataRole.UserRole + 2

# One accent colour per status (the chart bars and the board's column stripes), readable on
# light and dark backgrounds alike; the badges in style.qss use the same hues.
STATUS_COLOURS = {
    "inquiry": "#5c6bc0",
    "quoting": "#ffa000",
    "quoted": "#f57c00",
    "accepted": "#26a69a",
    "in_production": "#42a5f5",
    "quality_check": "#1e88e5",
    "delivered": "#66bb6a",
    "closed": "#2e7d32",
    "on_hold": "#ab47bc",
    "cancelled": "#e57373",
}


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#90a4ae"))


def encode_job_ids(job_ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(JOB_MIME, QByteArray("\n".join(job_ids).encode()))
    return mime


def decode_job_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(JOB_MIME):
        return []
    raw = bytes(mime.data(JOB_MIME).data()).decode()
    return [x for x in raw.split("\n") if x]


class JobBoardColumnModel(QAbstractListModel):
    """The cards of one status column.

    A column may hold thousands of jobs; the view gets them PAGE at a time as it scrolls
    (canFetchMore/fetchMore), so a refilter never lays out more cards than fit a few screens.
    """

    PAGE = 200
    move_requested = Signal(list, str)  # job ids, the column's status

    def __init__(self, status: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = status
        self._rows: list[JobRow] = []
        self._shown = 0
        self._ids: dict[str, int] | None = {}
        self.today = date.today()

    def set_rows(self, rows: list[JobRow], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(len(rows), self.PAGE)
        self._ids = None  # built when first asked
        self.today = today or date.today()
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every card of the column, shown or still to fetch."""
        return len(self._rows)

    def row_at(self, row: int) -> JobRow:
        return self._rows[row]

    def row_of(self, job_id: str) -> int:
        """The job's row in the column (-1 if not there), fetching up to it if need be."""
        if self._ids is None:
            self._ids = {r.id: i for i, r in enumerate(self._rows)}
        row = self._ids.get(job_id, -1)
        if row >= self._shown:
            self._fetch(row + 1 - self._shown)
        return row

    @property
    def job_ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch(self.PAGE)

    def _fetch(self, count: int) -> None:
        count = min(count, len(self._rows) - self._shown)
        if count > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
            self._shown += count
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.number} {r.title}"
        if role == JobIdRole:
            return r.id
        if role == JobRowRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{r.number}  {r.title}", r.customer, status_label(r.status)]
            parts.append(priority_label(r.priority))
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{r.number} {r.title} {r.customer} {status_label(r.status)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    # --- drag and drop ---------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [JOB_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_job_ids([self._rows[r].id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(JOB_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for the dropped jobs to move into this column; nothing moves here."""
        ids = [i for i in decode_job_ids(data) if self.row_of(i) < 0]
        if action == Qt.DropAction.IgnoreAction or not ids:
            return False
        self.move_requested.emit(ids, self.status)
        return False  # the source keeps its row until the workspace says it moved
