"""Errors routed by whose fault: a user's error gets its sentence, a bug the log with its
traceback and the crash dialog — from a task, a Qt slot or a plain thread alike."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.errors import WorkspaceReadOnlyError
from ui.crash_dialog import CrashDialog
from ui.errors import ErrorHooks, present
from ui.i18n import Translations
from ui.logs import setup_logging
from ui.tasks import TaskRunner
from ui.words.errors import error_text

W = TypeVar("W", bound=QWidget)


def _shown(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture(autouse=True)
def no_dialogs_left(qapp: QApplication) -> Iterator[None]:
    yield
    for dialog in _shown(CrashDialog) + _shown(QMessageBox):
        dialog.close()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The product's own log file (ui.logs), taken down again afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    qt_handler = qInstallMessageHandler(None)  # (pytest-qt's, which captures Qt's messages)
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    qInstallMessageHandler(qt_handler)


@pytest.fixture
def hooks(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[ErrorHooks]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = ErrorHooks(qapp).install()
    yield installed
    installed.uninstall()
    installed.deleteLater()


def _divide_the_won_by_nothing(_task: object) -> int:
    return 10_000 // 0


def test_a_bug_in_a_task_reaches_the_log_file_with_its_traceback_and_the_crash_dialog(
    qtbot: QtBot, log_file: Path
) -> None:
    runner = TaskRunner()
    runner.run(_divide_the_won_by_nothing, label="Dividing")  # no on_error: the presenter's
    qtbot.waitUntil(lambda: bool(_shown(CrashDialog)), timeout=5000)

    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR ui.errors" in logged and "Traceback (most recent call last)" in logged
    assert "_divide_the_won_by_nothing" in logged and "ZeroDivisionError" in logged
    [dialog] = _shown(CrashDialog)
    details = dialog.details_box.toPlainText()
    assert details.startswith("Traceback (most recent call last)")
    assert "_divide_the_won_by_nothing" in details and "ZeroDivisionError" in details
    assert str(log_file) in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert not _shown(QMessageBox)
    dialog.close()


def test_a_users_error_gets_its_sentence_without_a_traceback_or_the_crash_dialog(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def write_to_the_usb_stick(_task: object) -> None:
        raise WorkspaceReadOnlyError("read-only", path="/media/usb/shop")

    runner = TaskRunner()
    with caplog.at_level(logging.INFO):
        runner.run(write_to_the_usb_stick, lane="write")
        qtbot.waitUntil(lambda: bool(_shown(QMessageBox)), timeout=5000)

    [box] = _shown(QMessageBox)
    assert box.text() == error_text(WorkspaceReadOnlyError("x", path="/media/usb/shop"))
    assert box.text().startswith("Maker Square cannot write to the workspace in /media/usb/shop")
    assert box.icon() == QMessageBox.Icon.Warning
    assert not _shown(CrashDialog)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert "Traceback" not in caplog.text
    box.close()


def test_a_users_error_is_said_in_korean_over_the_widget_whose_action_failed(
    qtbot: QtBot,
) -> None:
    translations = Translations()
    translations.apply("ko")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        button = QWidget(window)
        exc = WorkspaceReadOnlyError("read-only", path="/media/usb/shop")
        present(exc, button)
        [box] = _shown(QMessageBox)
        assert box.parent() is window  # the widget's window, not the widget
        assert box.text() == error_text(exc)
        assert "읽기 전용" in box.text()
        box.close()
    finally:
        translations.apply("en")


def test_an_uncaught_error_on_the_ui_thread_opens_the_crash_dialog_at_once(
    hooks: ErrorHooks, caplog: pytest.LogCaptureFixture
) -> None:
    def repaint_the_board() -> None:
        raise AttributeError("'NoneType' object has no attribute 'status'")

    try:
        repaint_the_board()
    except AttributeError:
        sys.excepthook(*sys.exc_info())  # as Python does for an exception a Qt slot let out
    assert "repaint_the_board" in caplog.text and "Traceback" in caplog.text
    [dialog] = _shown(CrashDialog)
    assert "repaint_the_board" in dialog.details_box.toPlainText()
    dialog.close()


def test_an_uncaught_error_in_a_plain_thread_is_logged_there_and_shown_on_the_ui_thread(
    qtbot: QtBot, hooks: ErrorHooks, caplog: pytest.LogCaptureFixture
) -> None:
    def look_up_the_price() -> None:
        raise KeyError("price_per_kg")

    thread = threading.Thread(target=look_up_the_price, name="price-lookup")
    thread.start()
    thread.join(5)
    records = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.threadName for r in records] == ["price-lookup"]  # logged where it happened
    assert "Traceback" in caplog.text and "look_up_the_price" in caplog.text
    assert not _shown(CrashDialog)  # not from that thread: the UI thread makes the dialog
    qtbot.waitUntil(lambda: bool(_shown(CrashDialog)), timeout=5000)
    [dialog] = _shown(CrashDialog)
    assert "look_up_the_price" in dialog.details_box.toPlainText()
    dialog.close()


def test_a_second_bug_while_the_crash_dialog_is_open_is_only_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    for n in range(3):
        try:
            raise RuntimeError(f"bug {n}")
        except RuntimeError as exc:
            present(exc, None)
    assert len(_shown(CrashDialog)) == 1
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR] == [
        f"unexpected error: RuntimeError('bug {n}')" for n in range(3)
    ]
