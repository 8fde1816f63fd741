"""The New job dialog: a title no longer than the service takes, said when it is cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.errors import InvalidValueError
from app.jobs.jobs import TITLE_MAX
from ui.jobs.new_job_dialog import NewJobDialog
from ui.words.errors import error_text


def test_the_title_stops_at_the_limit_and_says_so(qtbot: QtBot) -> None:
    dialog = NewJobDialog(["종로 귀금속"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_edit.maxLength() == TITLE_MAX == 300
    line = dialog.customer_combo.lineEdit()
    assert line is not None and line.maxLength() == 200
    QApplication.clipboard().setText("반지 " * 200)  # a pasted description, 600 characters
    dialog.title_edit.setFocus()
    dialog.title_edit.paste()
    assert len(dialog.title_edit.text()) == TITLE_MAX
    assert not dialog.error_label.isHidden()
    assert "at most 300 characters" in dialog.error_label.text()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert dialog.error_label.isHidden()


def test_the_service_refusal_reads_with_the_limit() -> None:
    """What `job add` on the command line, or any other caller, shows for a long title."""
    exc = InvalidValueError(
        "too long", field="title", reason="too_long", maximum=TITLE_MAX, length=301
    )
    assert error_text(exc) == (
        "A job title can be at most 300 characters; this one has 301. Shorten it."
    )
    exc = InvalidValueError(
        "too long", field="customer", reason="too_long", maximum=200, length=250
    )
    assert "customer's name can be at most 200 characters; this one has 250" in error_text(exc)
