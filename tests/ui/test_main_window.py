"""The main window on a real workspace: pages, opening the workspace, switching language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import jobs
from ui.app_context import AppContext
from ui.i18n import TRANSLATIONS
from ui.main_window import MainWindow


def test_window_shows_the_workspace_jobs_and_the_rail(qtbot: QtBot, ctx: AppContext) -> None:
    for title in ("Ring", "Shoe last", "Gear"):
        jobs.create_job(ctx.ws, title)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.workspace_opened()
    qtbot.waitUntil(lambda: window.jobs_page.proxy.rowCount() == 3, timeout=5000)
    assert [window.rail.item(i).text() for i in range(window.rail.count())] == [
        "Jobs",
        "Quotes",
        "Settings",
    ]
    assert str(ctx.ws.root) in window.workspace_label.text()
    # the first job is selected and shown in the detail pane
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id is not None, timeout=5000)
    window.rail.setCurrentRow(2)
    assert window.stack.currentWidget() is window.settings_page


def test_language_switches_without_restart(qtbot: QtBot, ctx: AppContext) -> None:
    assert (TRANSLATIONS / "makersquare_ko.qm").exists(), "run make setup (lrelease)"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.workspace_opened()
    assert window.rail.item(0).text() == "Jobs"
    ctx.translations.apply("ko")
    qtbot.waitUntil(lambda: window.rail.item(0).text() != "Jobs", timeout=3000)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in window.rail.item(0).text())
    assert any("\uac00" <= ch <= "\ud7a3" for ch in window.jobs_page.new_button.text())
    ctx.translations.apply("en")
    qtbot.waitUntil(lambda: window.rail.item(0).text() == "Jobs", timeout=3000)
