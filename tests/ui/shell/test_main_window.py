"""The main window on a real workspace: pages, opening the workspace, switching language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.jobs import jobs
from ui.app_context import AppContext
from ui.i18n import TRANSLATIONS
from ui.shell.main_window import MainWindow


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
        "Dashboard",
        "Quotes",
        "Reviews",
        "Settings",
    ]
    assert str(ctx.ws.root) in window.workspace_label.text()
    # the first job is selected and shown in the detail pane
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id is not None, timeout=5000)
    window.rail.setCurrentRow(4)
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


# --- menus, shortcuts, drops (issue 5, "everyday comfort") ------------------------------------
def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.messages = []  # type: ignore[attr-defined]
    window.show_message = window.messages.append  # type: ignore[method-assign,attr-defined]
    window.show()
    window.workspace_opened()
    return window


def _drop(window: MainWindow, *paths: Path) -> None:
    """Drag files over the window and let go (Qt delivers a drop only inside a real drag, so
    the handlers are called as the drag manager would)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(args[0].toPoint(), *args[1:])
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(*args)
    window.dropEvent(drop)
    assert drop.isAccepted()


def test_menus_show_their_shortcuts(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    menus = window.menus
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    keys = {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in (*menus.file_menu.actions(), *menus.edit_menu.actions())
    }
    assert keys["New job…"] == "Ctrl+N" and keys["Import design…"] == "Ctrl+I"
    assert keys["Open workspace…"] == "Ctrl+O" and keys["Quit"] == "Ctrl+Q"
    assert keys["Undo"] == "Ctrl+Z" and keys["Find job"] == "Ctrl+F"
    assert [k.toString() for k in menus.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert menus.full_screen.shortcut().toString() == "F11"
    pages = [a.shortcut().toString() for a in menus.pages]
    assert pages == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    assert "Recent workspaces" in [a.text().replace("&", "") for a in menus.file_menu.actions()]


def test_shortcuts_dialog_lists_every_shortcut_of_the_menus(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    dialog = window.menus.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = window.menus.shortcut_rows()
    assert ("Edit", "Undo", "Ctrl+Z") in rows
    assert ("Edit", "Redo", "Ctrl+Shift+Z, Ctrl+Y") in rows
    assert ("File", "New job…", "Ctrl+N") in rows
    assert "Ctrl+Z" in dialog.key_texts()  # type: ignore[attr-defined]
    with_keys = [a for _, a in window.menus.all_actions() if a.shortcuts()]
    assert len(rows) == len(with_keys)  # generated from the actions: nothing left out


def test_dropping_an_stl_on_the_window_imports_it_into_the_selected_job(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    job = jobs.create_job(ctx.ws, "Bracket").value
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id == job, timeout=5000)
    window.rail.setCurrentRow(2)  # dropped while another page shows
    _drop(window, box_stl("dropped.stl"))
    qtbot.waitUntil(lambda: bool(designs.list_designs(ctx.ws, job)), timeout=20_000)
    assert designs.list_designs(ctx.ws, job)[0].design_name == "dropped"
    assert window.stack.currentWidget() is window.jobs_page
    assert not window.messages  # type: ignore[attr-defined]


def test_dropping_an_unsupported_file_names_the_formats(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    window = _window(qtbot, ctx)
    doc = tmp_path / "drawing.pdf"
    doc.write_bytes(b"%PDF-1.4")
    _drop(window, doc)
    assert len(window.messages) == 1  # type: ignore[attr-defined]
    assert "drawing.pdf" in window.messages[0] and "STL" in window.messages[0]  # type: ignore[attr-defined]


def test_dropping_a_workspace_folder_opens_it(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from app.workspace import open_workspace

    other = open_workspace(tmp_path / "other")
    jobs.create_job(other, "Gear")
    other.close()
    window = _window(qtbot, ctx)
    _drop(window, tmp_path / "other")
    qtbot.waitUntil(lambda: ctx.ws.root == (tmp_path / "other").resolve(), timeout=10_000)
    qtbot.waitUntil(lambda: window.jobs_page.proxy.rowCount() == 1, timeout=5000)
    ctx.tasks.wait()
    ctx.ws.close()


def test_dropping_designs_with_no_job_selected_offers_a_new_job(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.shell.drop

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(ui.shell.drop.QMessageBox, "question", answer)
    window = _window(qtbot, ctx)  # an empty workspace: no job to select
    _drop(window, box_stl("phone stand.stl"))
    assert asked and "phone stand" in asked[0]
    qtbot.waitUntil(lambda: len(jobs.list_jobs(ctx.ws)) == 1, timeout=5000)
    job = jobs.list_jobs(ctx.ws)[0]
    assert job.title == "phone stand"
    qtbot.waitUntil(lambda: bool(designs.list_designs(ctx.ws, job.id)), timeout=20_000)
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id == job.id, timeout=5000)
    assert ctx.undo.undoText().startswith("Create job")


def test_the_window_and_its_pages_load_without_the_heavy_libraries() -> None:
    """pyqtgraph, trimesh and cadquery load when first needed (the dashboard's charts when it
    is first shown, the 3D view, an import), not with the window and its pages."""
    code = (
        "import sys, ui.main, ui.gui, ui.shell.main_window, ui.shell.menus\n"
        "import ui.jobs.page, ui.dashboard.page, ui.quotes.page, ui.settings.page\n"
        "heavy = {m.split('.')[0] for m in sys.modules} & {'pyqtgraph', 'trimesh', 'cadquery', "
        "'OCP'}\n"
        "assert not heavy, sorted(heavy)\n"
    )
    root = Path(__file__).resolve().parents[3]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


def test_the_job_view_requests_and_opens_reviews_through_the_window(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from ui.review.request_dialog import RequestReviewDialog

    jobs.create_job(ctx.ws, "Bracket")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.workspace_opened()
    qtbot.waitUntil(lambda: window.jobs_page.detail.job_id is not None, timeout=5000)
    host = window.jobs_page.detail.reviews.host
    assert host is not None
    host.request_review(window.jobs_page.detail.job_id, window)
    qtbot.waitUntil(lambda: window.findChild(RequestReviewDialog) is not None, timeout=3000)
