"""The window layout remembered between runs, in the `ui.layout` user setting.

Keys hold Qt's own state blobs in base64: "main.geometry", "main.state", "jobs.splitter",
"jobs.header"; "main.page" holds the current page's name ("settings"; before the Reviews
page came, its row). Whatever does not restore (garbage,
a blob from another Qt version) is ignored, and a window that would now be off a smaller
screen is brought back onto it.
"""

from __future__ import annotations

import binascii
import logging
from base64 import b64decode, b64encode
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from app.options import UserSettings

log = logging.getLogger(__name__)


def encode(blob: QByteArray) -> str:
    return b64encode(bytes(blob.data())).decode("ascii")


def decode(text: object) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return QByteArray(b64decode(text.encode("ascii"), validate=True))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def load(settings: UserSettings) -> dict[str, str]:
    value: Any = settings.get("ui.layout")
    return dict(value) if isinstance(value, dict) else {}


def update(settings: UserSettings, values: dict[str, str]) -> None:
    layout = load(settings)
    layout.update(values)
    if layout != load(settings):
        settings.set("ui.layout", layout)


# --- the main window -------------------------------------------------------------------------
def window_values(window: QMainWindow) -> dict[str, str]:
    return {
        "main.geometry": encode(window.saveGeometry()),
        "main.state": encode(window.saveState()),
    }


def restore_window(window: QMainWindow, layout: dict[str, str]) -> bool:
    """Geometry and toolbar/dock state; True when the geometry came back."""
    restored = False
    geometry = decode(layout.get("main.geometry"))
    if geometry is not None and not geometry.isEmpty():
        restored = bool(window.restoreGeometry(geometry))
    state = decode(layout.get("main.state"))
    if state is not None and not state.isEmpty():
        window.restoreState(state)
    if restored:
        keep_on_screen(window)
    return restored


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move the window so it fits the screen it is on (a smaller one now)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available: QRect = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), max(available.width() - extra_w, window.minimumWidth()))
    height = min(window.height(), max(available.height() - extra_h, window.minimumHeight()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), available.left()), available.right() - width - extra_w + 1)
    y = min(max(frame.y(), available.top()), available.bottom() - height - extra_h + 1)
    x, y = max(x, available.left()), max(y, available.top())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


# --- splitters and headers -------------------------------------------------------------------
def restore_splitter(splitter: QSplitter | None, text: object) -> bool:
    blob = decode(text)
    if splitter is None or blob is None or blob.isEmpty():
        return False
    return bool(splitter.restoreState(blob))


def restore_header(header: QHeaderView | None, text: object) -> bool:
    blob = decode(text)
    if header is None or blob is None or blob.isEmpty():
        return False
    count = header.count()
    if not header.restoreState(blob):
        return False
    if header.count() != count or header.hiddenSectionCount() >= count:
        header.reset()  # a state from another set of columns: keep the defaults
        return False
    return True


# The rail's pages when "main.page" was their row (a row saved then names one of these).
_ROWS_BEFORE_REVIEWS = ("jobs", "dashboard", "quotes", "settings")


def restore_page(layout: dict[str, str], names: tuple[str, ...]) -> int | None:
    """The row of the page the window was left on, by its name: a page added to the rail
    later does not move the user to another page."""
    text = layout.get("main.page", "")
    if text.isdigit() and int(text) < len(_ROWS_BEFORE_REVIEWS):
        text = _ROWS_BEFORE_REVIEWS[int(text)]
    return names.index(text) if text in names else None
