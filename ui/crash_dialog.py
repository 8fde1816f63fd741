"""Shown for a bug (never for a user's mistake): what happened, copy details, the log file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Maker Square — unexpected error"))
        self.resize(640, 420)
        text = QLabel(
            self.tr(
                "Something went wrong inside Maker Square. Your workspace is safe: everything "
                "saved before this is still there. Please send the details below to your "
                "support contact.\n"
                "Log file: %1"
            ).replace("%1", str(log_file) if log_file is not None else "—")  # (not set up yet)
        )
        text.setWordWrap(True)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        self.details_box = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(text)
        v.addWidget(box, 1)
        v.addWidget(buttons)
