"""Search and status filter over the jobs table; sorting is delegated to the source model,
which sorts with precomputed keys far faster than per-comparison calls into Python."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui.models.job_table_model import OPEN_STATUSES, JobTableModel

ALL = "all"
OPEN = "open"


class JobFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._status = OPEN

    def set_search_text(self, text: str) -> None:
        terms = text.lower().split()
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(self, status: str) -> None:
        if status != self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def status_filter(self) -> str:
        return self._status

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, JobTableModel)
        if self._status != ALL:
            status = model.row_at(source_row).status
            if self._status == OPEN:
                if status not in OPEN_STATUSES:
                    return False
            elif status != self._status:
                return False
        if self._terms:
            hay = model.haystacks[source_row]
            return all(t in hay for t in self._terms)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
