"""The text of a new pin: asked with the field focused; Ctrl+Enter adds, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.review.pin_text_dialog import PinTextDialog


def _dialog(qtbot: QtBot, measurements: int = 0) -> PinTextDialog:
    dialog = PinTextDialog(measurements)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window's focus
    return dialog


def test_the_field_is_focused_and_ctrl_enter_adds_once_there_is_text(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.edit.hasFocus()
    assert not dialog.add_button.isEnabled()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # nothing to add yet
    qtbot.keyClicks(dialog.edit, "  thin wall  ")  # (QTest types ASCII only)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # a new line, not the end
    assert dialog.isVisible()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == PinTextDialog.DialogCode.Accepted
    assert dialog.text == "thin wall"


def test_escape_cancels_and_measurements_are_said(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, measurements=2)
    assert "2 measurements" in dialog.note.text() and not dialog.note.isHidden()
    qtbot.keyClicks(dialog.edit, "x")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.result() == PinTextDialog.DialogCode.Rejected
    assert _dialog(qtbot).note.isHidden()
