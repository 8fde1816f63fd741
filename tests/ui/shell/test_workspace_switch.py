"""Opening another workspace while the app runs; new workspaces; the recent list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.options import UserSettings
from app.workspace import Workspace, open_workspace
from tests.bad_places import held, read_only
from ui.app_context import AppContext
from ui.shell.main_window import MainWindow
from ui.shell.workspace_switch import RECENT_LIMIT, add_recent, recent_workspaces


def _other_workspace(root: Path, *titles: str) -> Path:
    ws = open_workspace(root)
    for title in titles:
        jobs.create_job(ws, title)
    ws.close()
    return root


def _titles(window: MainWindow) -> set[str]:
    model = window.jobs_page.model
    return {model.row_at(i).title for i in range(model.rowCount())}


def test_recent_list_is_newest_first_without_duplicates_and_limited(tmp_path: Path) -> None:
    settings = UserSettings(tmp_path / "settings.json")
    for i in range(RECENT_LIMIT + 3):
        add_recent(settings, tmp_path / f"ws{i}")
    add_recent(settings, tmp_path / "ws5")
    recent = recent_workspaces(UserSettings(tmp_path / "settings.json"))  # as saved
    assert recent[0] == str(tmp_path / "ws5")
    assert len(recent) == RECENT_LIMIT == len(set(recent))
    assert recent[1] == str(tmp_path / f"ws{RECENT_LIMIT + 2}")
    assert str(tmp_path / "ws0") not in recent
    assert settings.get("ui.last_workspace") == str(tmp_path / "ws5")


def test_switching_shows_the_other_workspaces_jobs_and_clears_undo(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    jobs.create_job(ctx.ws, "Here")
    window.jobs_page.load()
    qtbot.waitUntil(lambda: _titles(window) == {"Here"}, timeout=5000)
    job = window.jobs_page.model.row_at(0).id
    ctx.undo.push_edit(
        "Rename",
        do=lambda: jobs.update_job(ctx.ws, job, title="Here too"),
        undo=lambda: jobs.update_job(ctx.ws, job, title="Here"),
    )
    qtbot.waitUntil(lambda: ctx.undo.canUndo(), timeout=5000)
    old: Workspace = ctx.ws
    other = _other_workspace(tmp_path / "other", "Ring", "Gear")
    opened: list[object] = []
    ctx.bus.workspace_opened.connect(opened.append)

    window.open_workspace(other)
    qtbot.waitUntil(lambda: _titles(window) == {"Ring", "Gear"}, timeout=10_000)
    assert ctx.ws is not old and ctx.ws.root == other.resolve()
    assert opened == [ctx.ws]
    assert not ctx.undo.canUndo() and not window.menus.undo.isEnabled()
    assert str(other.resolve()) in window.workspace_label.text()
    assert recent_workspaces(ctx.user_settings)[0] == str(other.resolve())
    assert window.jobs_page.detail.job_id in {window.jobs_page.model.row_at(i).id for i in (0, 1)}
    assert not window.messages  # type: ignore[attr-defined]


def test_a_folder_that_is_no_workspace_says_so_and_keeps_the_current_one(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    current = ctx.ws
    plain = tmp_path / "photos"
    plain.mkdir()
    (plain / "cat.jpg").write_bytes(b"\xff\xd8")
    window.open_workspace(plain)
    qtbot.waitUntil(lambda: bool(window.messages), timeout=5000)  # type: ignore[attr-defined]
    text = window.messages[0]  # type: ignore[attr-defined]
    assert "is not a Maker Square workspace" in text and "New workspace" in text
    assert "stays open" in text
    assert ctx.ws is current and not (plain / "workspace.sqlite").exists()
    jobs.create_job(ctx.ws, "still works")  # the current workspace was not closed


def test_a_workspace_from_a_newer_version_is_left_alone(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    newer = _other_workspace(tmp_path / "newer", "Ring")
    with sqlite3.connect(newer / "workspace.sqlite") as db:
        db.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    window.open_workspace(newer)
    qtbot.waitUntil(lambda: bool(window.messages), timeout=5000)  # type: ignore[attr-defined]
    assert "newer version of Maker Square" in window.messages[0]  # type: ignore[attr-defined]
    assert ctx.ws.root != newer.resolve()


def test_new_workspace_needs_an_empty_folder(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    why = window.switcher.new_workspace(busy)
    assert why is not None and "Choose an empty folder" in why
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert window.switcher.new_workspace(fresh) is None
    qtbot.waitUntil(lambda: ctx.ws.root == fresh.resolve(), timeout=10_000)
    assert (fresh / "workspace.sqlite").is_file()
    qtbot.waitUntil(lambda: window.jobs_page.model.rowCount() == 0, timeout=5000)


def test_recent_menu_greys_out_missing_workspaces_and_opens_the_others(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    other = _other_workspace(tmp_path / "other", "Ring").resolve()
    gone = tmp_path / "gone"
    ctx.user_settings.set("ui.recent_workspaces", [str(gone), str(other), str(ctx.ws.root)])
    menus = window.menus
    menus.fill_recent()
    acts = {a.toolTip(): a for a in menus.recent_menu.actions() if a.toolTip()}
    assert not acts[str(gone)].isEnabled() and "(not found)" in acts[str(gone)].text()
    assert not acts[str(ctx.ws.root)].isEnabled() and acts[str(ctx.ws.root)].isChecked()
    acts[str(other)].trigger()
    qtbot.waitUntil(lambda: _titles(window) == {"Ring"}, timeout=10_000)
    menus.clear_recent.trigger()
    assert recent_workspaces(ctx.user_settings) == [str(other)]


def test_a_workspace_open_in_another_process_at_start_says_what_to_do(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    """A second Maker Square (a real process) has it: refused at once, the window stays."""
    from ui.gui import open_workspace_async

    other = _other_workspace(tmp_path / "other", "Ring")
    with held(other):
        open_workspace_async(ctx, window, other)
        qtbot.waitUntil(lambda: bool(window.messages), timeout=5000)  # type: ignore[attr-defined]
    text = window.messages[0]  # type: ignore[attr-defined]
    assert "open in another Maker Square window or command. Close that window" in text
    assert "File ▸ Open workspace…" in text and window.isVisible()


def test_a_workspace_open_in_another_process_keeps_the_current_one(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    current = ctx.ws
    other = _other_workspace(tmp_path / "other", "Ring")
    with held(other):
        window.open_workspace(other)
        qtbot.waitUntil(lambda: bool(window.messages), timeout=5000)  # type: ignore[attr-defined]
    text = window.messages[0]  # type: ignore[attr-defined]
    assert "open in another Maker Square window or command" in text and "stays open" in text
    assert ctx.ws is current
    window.open_workspace(other)  # once the other one is closed, it opens
    qtbot.waitUntil(lambda: _titles(window) == {"Ring"}, timeout=10_000)


def test_a_read_only_workspace_says_it_cannot_be_written(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    other = _other_workspace(tmp_path / "other", "Ring")
    before = (other / "workspace.sqlite").read_bytes()
    with read_only(other):
        window.open_workspace(other)
        qtbot.waitUntil(lambda: bool(window.messages), timeout=5000)  # type: ignore[attr-defined]
    text = window.messages[0]  # type: ignore[attr-defined]
    assert "cannot write to the workspace in" in text and str(other.resolve()) in text
    assert "Copy the folder to a place you can write to" in text
    assert ctx.ws.root != other.resolve()
    assert (other / "workspace.sqlite").read_bytes() == before


def test_a_cancelled_open_does_not_block_the_next(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    first = _other_workspace(tmp_path / "first", "Ring")
    second = _other_workspace(tmp_path / "second", "Gear")
    ctx.tasks.write(lambda: __import__("time").sleep(0.3))  # the write lane is busy
    window.open_workspace(first)
    ctx.tasks.cancel_all()  # the status bar's Cancel, before it started
    qtbot.waitUntil(lambda: window.switcher.opening is None, timeout=5000)
    window.open_workspace(second)
    qtbot.waitUntil(lambda: _titles(window) == {"Gear"}, timeout=10_000)


def test_a_plain_start_reopens_the_last_workspace_while_it_exists(
    ctx: AppContext, tmp_path: Path
) -> None:
    from ui.gui import start_workspace
    from ui.shell.workspace_switch import add_recent

    assert start_workspace(ctx) == ctx.paths.default_workspace  # first run
    other = _other_workspace(tmp_path / "other", "Ring")
    add_recent(ctx.user_settings, other)
    assert start_workspace(ctx) == other
    for f in other.glob("workspace.sqlite*"):  # moved away since
        f.unlink()
    assert start_workspace(ctx) == ctx.paths.default_workspace
