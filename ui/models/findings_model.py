"""The findings of a check as a table: severity, what, and the figures (fix hint as tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cad.report import Finding
from ui.style.theme import current_colours
from ui.words.findings import finding_text, finding_title, fix_hint, severity_label

_Index = QModelIndex | QPersistentModelIndex


class FindingsTableModel(QAbstractTableModel):
    SEVERITY, FINDING, DETAILS = range(3)
    FindingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        f = self._findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return severity_label(f.severity)
            return finding_title(f.code) if column == self.FINDING else finding_text(f)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding_text(f)}\n{fix_hint(f.code)}"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return QBrush(QColor(current_colours().severity(f.severity)))
        if role == self.FindingRole:
            return f
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Severity"),
                self.tr("Finding"),
                self.tr("Details"),
            )[section]
            if 0 <= section < 3
            else None
        )
