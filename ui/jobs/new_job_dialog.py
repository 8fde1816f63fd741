"""The "New job" dialog: title, customer, due date, priority."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.catalogue import max_length
from app.jobs.jobs import TITLE_MAX
from app.models import Customer
from ui.style.theme import current_colours
from ui.words.labels import priority_label


class NewJobDialog(QDialog):
    def __init__(self, customers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New job"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Silver ring prototype, size 13"))
        self.title_edit.setMaxLength(TITLE_MAX)  # what app.jobs.jobs takes; it refuses longer
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.customer_combo.addItems(customers)
        self.customer_combo.setCurrentText("")
        line_edit = self.customer_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Customer name"))
            line_edit.setMaxLength(max_length(Customer.__table__.c.name))
        self.due_check = QCheckBox(self.tr("Set"))
        self.due_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_edit, 1)
        self.priority_combo = QComboBox()
        for p in range(4):
            self.priority_combo.addItem(priority_label(p), p)
        self.priority_combo.setCurrentIndex(1)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {current_colours().error}")
        self.error_label.hide()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Customer"), self.customer_combo)
        form.addRow(self.tr("Due"), due_row)
        form.addRow(self.tr("Priority"), self.priority_combo)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create job"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Enter a title for the job."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        self.accept()

    def _on_title_changed(self, text: str) -> None:
        """At the limit (a long paste is cut there), say so rather than cut in silence."""
        if len(text) >= TITLE_MAX:
            self.error_label.setText(
                self.tr("A job title can be at most %1 characters; the rest was left out.").replace(
                    "%1", str(TITLE_MAX)
                )
            )
            self.error_label.show()
        elif self.error_label.isVisible():
            self.error_label.hide()

    @property
    def title(self) -> str:
        return self.title_edit.text().strip()

    @property
    def customer(self) -> str:
        return self.customer_combo.currentText().strip()

    @property
    def due_date(self) -> date | None:
        return cast(date, self.due_edit.date().toPython()) if self.due_check.isChecked() else None

    @property
    def priority(self) -> int:
        return int(self.priority_combo.currentData())
