"""Errors routed by whose fault, in one place (qutebrowser's crashsignal, Anki's show_exception).

`present(exc, parent)` decides. An error that is the user's or the environment's (a bad file,
a full disk, the square unreachable: ui/words/errors.py has words for it) is said in a warning,
with the way forward. Anything else is a bug: its traceback goes to the log and the crash
dialog opens, with "Copy details" and the log file. Widgets call `present(exc, self)`; they do
not look for a window that knows how. The task runner presents a failed task this way unless
its caller handles the failure, and `ErrorHooks` routes every uncaught exception the same way,
from any thread: it is logged where it happened, and its dialog is made on the UI thread.

Dialogs open without blocking (`QDialog.open`: modal to their window, returning at once), so a
slot never waits on the user, and tests find them among QApplication.topLevelWidgets().
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)


def present(exc: BaseException, parent: QWidget | None) -> None:
    """Say a user's or the environment's error in words; give a bug the log and the crash
    dialog. `parent`: the widget whose action failed (its window parents the dialog), or
    None for the active window."""
    _show(exc, _log(exc), parent)


def details(exc: BaseException) -> str:
    """The traceback as Python prints it (the crash dialog's "details")."""
    return "".join(traceback.format_exception(exc))


def _log(exc: BaseException) -> str | None:
    """Log `exc` by whose fault it is: a bug with its traceback; return the user's words."""
    from ui.words.errors import error_text

    text = error_text(exc)
    if text is None:
        log.error("unexpected error: %r", exc, exc_info=exc)
    else:
        log.info("told the user: %r", exc)
    return text


def _show(exc: BaseException, text: str | None, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not isinstance(QCoreApplication.instance(), QApplication):
        return  # no widgets to show (a command line run): the log has it
    window = parent.window() if parent is not None else QApplication.activeWindow()
    if text is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            # (the main window's title for its messages, and its translation)
            QCoreApplication.translate("MainWindow", "Maker Square"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        _open(box)
        return
    from ui.crash_dialog import CrashDialog
    from ui.logs import log_file

    if any(isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
        return  # one crash dialog at a time (a bug in a repaint would open one per frame)
    _open(CrashDialog(details(exc), log_file(), window))


def _open(dialog: QDialog) -> None:
    """Show without blocking; the dialog deletes itself once closed."""
    from PySide6.QtCore import Qt  # (not at start-up: the Qt namespace costs ~20 ms)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.parent() is None:
        # Without a parent only its Python wrapper owns it, and that goes when this returns:
        # a connection of its own holds it until it is closed (and deleted).
        dialog.finished.connect(lambda _result: dialog)
    dialog.open()


class ErrorHooks(QObject):
    """sys.excepthook and threading.excepthook: an exception nothing caught, in any thread,
    reaches the log with its traceback where it happened, then `present` on the UI thread."""

    _caught = Signal(object, object)  # (the exception, the user's words or None)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._caught.connect(self._on_caught)  # queued when emitted from another thread
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> ErrorHooks:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_sys_exception
        threading.excepthook = self._on_thread_exception
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _on_sys_exception(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        self._route(exc if exc.__traceback__ is not None else exc.with_traceback(tb))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value
        if exc is None or issubclass(args.exc_type, SystemExit):
            return  # (as the default hook: a thread that exits is not an error)
        self._route(
            exc if exc.__traceback__ is not None else exc.with_traceback(args.exc_traceback)
        )

    def _route(self, exc: BaseException) -> None:
        text = _log(exc)  # now, in the thread it happened in (its name is in the log line)
        if QThread.isMainThread():
            _show(exc, text, None)
        else:
            self._caught.emit(exc, text)  # widgets only on the UI thread

    def _on_caught(self, exc: BaseException, text: str | None) -> None:
        _show(exc, text, None)
