"""A short list in the job view (its members, its reviews): as tall as its rows up to a
few, then it scrolls; when empty, a sentence saying so instead. The job view is one long
scrolling column, so a list must not ask for more height than its rows."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


class ShortList(QWidget):
    def __init__(self, name: str, max_rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)

    def fit(self) -> None:
        """After filling: the list as tall as its rows, or the empty sentence."""
        shown = self.list.count()
        rows = self.list.sizeHintForRow(0) * min(shown, self.max_rows) if shown else 0
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 8 if shown else 0)
        self.list.setVisible(bool(shown))
        self.empty_label.setVisible(not shown)
