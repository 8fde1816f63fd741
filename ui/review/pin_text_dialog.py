"""What a new pin says: asked right after the click on the part, the text field focused.

Enter in the field makes a new line (a comment may have several); Ctrl+Enter or "Add pin"
adds it, Esc or Cancel drops the click. A pin needs some text, so the button waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_TEXT = 10_000  # app.review.pins.MAX_TEXT


def on_ctrl_enter(field: QWidget, slot: Callable[[], None]) -> None:
    """Ctrl+Enter in a multi-line field sends what it says (Enter alone is a new line)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), field, slot, context=Qt.ShortcutContext.WidgetShortcut)


class PinTextDialog(QDialog):
    def __init__(self, measurements: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New pin"))
        self.setMinimumWidth(420)
        self.label = QLabel(self.tr("What should be looked at here?"))
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("e.g. This wall is too thin to print; make it 2 mm."))
        self.edit.setFixedHeight(110)
        on_ctrl_enter(self.edit, self._on_ctrl_enter)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        if measurements == 1:
            self.note.setText(self.tr("The measurement shown in the view is attached to the pin."))
        elif measurements:
            self.note.setText(
                self.tr("The %1 measurements shown in the view are attached to the pin.").replace(
                    "%1", str(measurements)
                )
            )
        self.note.setVisible(bool(measurements))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add pin"))
        self.add_button.setToolTip(self.tr("Add the pin (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._on_text_changed()
        self.edit.setFocus()

    @property
    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _on_text_changed(self) -> None:
        self.add_button.setEnabled(0 < len(self.text) <= MAX_TEXT)

    def _on_ctrl_enter(self) -> None:
        if self.add_button.isEnabled():
            self.accept()
