"""The window layout is remembered between runs, and garbage in the setting is ignored."""

from __future__ import annotations

import json
from base64 import b64encode

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.options import UserSettings
from ui.app_context import AppContext
from ui.shell import layout_state
from ui.shell.main_window import MainWindow


def _open(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.workspace_opened()
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=5000)
    return window


def test_layout_comes_back_in_the_next_window(qtbot: QtBot, ctx: AppContext) -> None:
    first = _open(qtbot, ctx)
    first.resize(900, 700)
    splitter = first._jobs_splitter()
    assert splitter is not None
    splitter.setSizes([300, 600])
    sizes = splitter.sizes()
    header = first.jobs_page.table.horizontalHeader()
    header.resizeSection(0, 140)
    header.setSectionHidden(3, True)
    first.jobs_page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.rail.setCurrentRow(4)
    first.close()  # saves

    ctx.user_settings = UserSettings(ctx.paths.user_settings)  # as the next run reads it
    assert set(layout_state.load(ctx.user_settings)) >= {
        "main.geometry",
        "main.page",
        "jobs.splitter",
        "jobs.header",
    }
    second = _open(qtbot, ctx)
    assert (second.width(), second.height()) == (900, 700)
    assert second.stack.currentWidget() is second.settings_page
    assert second._jobs_splitter().sizes() == sizes  # type: ignore[union-attr]
    header2 = second.jobs_page.table.horizontalHeader()
    assert header2.sectionSize(0) == 140 and header2.isSectionHidden(3)
    assert (header2.sortIndicatorSection(), header2.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.DescendingOrder,
    )


def test_garbage_in_the_layout_setting_is_ignored(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.user_settings.set(
        "ui.layout",
        {
            "main.geometry": "not base64 at all!",
            "main.state": b64encode(b"\x00\x01junk").decode(),
            "jobs.splitter": "AAAA",
            "jobs.header": b64encode(bytes(range(200))).decode(),
            "main.page": "7",
        },
    )
    window = _open(qtbot, ctx)
    assert window.stack.currentIndex() == 0
    assert window.jobs_page.table.horizontalHeader().sectionSize(0) == 92  # the default
    assert all(size > 0 for size in window._jobs_splitter().sizes())  # type: ignore[union-attr]


def test_a_layout_of_the_wrong_type_is_ignored(qtbot: QtBot, ctx: AppContext) -> None:
    path = ctx.paths.user_settings
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"ui.layout": ["x"], "_version": 1}), encoding="utf-8")
    ctx.user_settings = UserSettings(path)
    window = _open(qtbot, ctx)
    window.close()
    assert "main.geometry" in layout_state.load(UserSettings(path))  # and saving works again


def test_a_window_off_the_screen_is_brought_back(qtbot: QtBot, ctx: AppContext) -> None:
    window = _open(qtbot, ctx)
    window.move(5000, 4000)
    layout_state.keep_on_screen(window)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry().topLeft())


def test_decode_refuses_what_is_not_base64() -> None:
    assert layout_state.decode("%%%") is None
    assert layout_state.decode(3) is None
    assert layout_state.decode("") is None
    blob = layout_state.decode(b64encode(b"abc").decode())
    assert blob is not None and bytes(blob.data()) == b"abc"


def test_a_page_saved_by_its_row_before_the_reviews_page_reopens_by_name(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.user_settings.set("ui.layout", {"main.page": "3"})  # Settings, when it was the 4th
    window = _open(qtbot, ctx)
    assert window.stack.currentWidget() is window.settings_page
    window.close()
    assert layout_state.load(UserSettings(ctx.paths.user_settings))["main.page"] == "settings"
