"""The warning shown in the quote editor when a design quoted in a line changed afterwards."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.quotes.design_lines import StaleLine
from ui.style import theme


class DesignStaleBanner(QFrame):
    """Names the stale lines; its button asks to update them (draft) or to make a new
    revision with the new design (sent). Hidden when nothing is stale."""

    action_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.action_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.stale: tuple[StaleLine, ...] = ()
        self.frozen = False
        self.hide()

    def set_stale(self, stale: tuple[StaleLine, ...], *, frozen: bool, latest: bool) -> None:
        self.stale, self.frozen = stale, frozen
        c = theme.current_colours()
        background = "#4a3a10" if c.dark else "#fff4e0"
        text = "#ffe8b0" if c.dark else "#5c4400"
        self.setStyleSheet(
            f"QFrame#staleBanner {{ background: {background}; border: 1px solid {c.warning};"
            f" border-radius: 4px; }} QFrame#staleBanner QLabel {{ color: {text}; }}"
        )
        self.setVisible(bool(stale))
        self.button.setEnabled(not frozen or latest)
        self.retranslate()

    def retranslate(self) -> None:
        names = ", ".join(
            self.tr("line %1 “%2” (quoted rev %3, now rev %4)")
            .replace("%1", str(s.position))
            .replace("%2", s.item)
            .replace("%3", str(s.quoted_number))
            .replace("%4", str(s.latest_number))
            for s in self.stale
        )
        self.label.setText(
            self.tr("⚠ The design changed after it was quoted: %1.").replace("%1", names)
        )
        self.button.setText(
            self.tr("Make a new revision with the new design")
            if self.frozen
            else self.tr("Update line from the new revision")
        )
