"""Restore from backup… (ui/shell/restore_dialog.py): from the File menu and from the message
shown when a workspace cannot open; the restore runs on the write lane, keeps the file it
replaces, and a failed one leaves the workspace as it was."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.backup import backup_database, list_backups
from app.errors import WorkspaceDamagedError
from app.jobs import jobs
from app.workspace import DB_NAME, open_workspace
from ui.app_context import AppContext
from ui.shell.main_window import MainWindow
from ui.shell.restore_dialog import RestoreDialog

T0 = datetime(2026, 6, 15, 3, 0, tzinfo=UTC)


def _titles(window: MainWindow) -> set[str]:
    model = window.jobs_page.model
    return {model.row_at(i).title for i in range(model.rowCount())}


def _dialog(window: MainWindow) -> RestoreDialog:
    found = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_the_backups_are_listed_newest_first_with_their_dates(
    qtbot: QtBot, tmp_path: Path, ctx: AppContext
) -> None:
    ws = ctx.ws
    for hours, reason in ((0, "scheduled"), (5, "manual"), (2, "pre-migration-0003")):
        backup_database(ws.db_path, ws.backup_dir, reason, T0 + timedelta(hours=hours))
    dialog = RestoreDialog(ws.root, list_backups(ws.backup_dir))
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(dialog.table.topLevelItemCount())
    ]
    assert [r[1] for r in rows] == ["Made by hand", "Before an update", "Daily"]
    assert rows[0][0].startswith("Jun 15, 2026") and rows[0][2].endswith("kB")
    assert dialog.selected_backup() == list_backups(ws.backup_dir)[0].path  # the newest
    assert dialog.restore_button.isEnabled()

    empty = RestoreDialog(tmp_path / "none", [])
    qtbot.addWidget(empty)
    assert not empty.restore_button.isEnabled() and empty.selected_backup() is None
    assert not empty.empty_label.isHidden()


def test_file_menu_restores_the_open_workspace_and_keeps_the_file_it_replaces(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    root = ctx.ws.root
    jobs.create_job(ctx.ws, "백업 전")
    ctx.ws.backup_now()
    jobs.create_job(ctx.ws, "백업 후")
    window.jobs_page.load()
    qtbot.waitUntil(lambda: _titles(window) == {"백업 전", "백업 후"}, timeout=5000)
    old = ctx.ws

    window.menus.restore.trigger()
    dialog = _dialog(window)
    assert dialog.selected_backup() == list_backups(root / "backups")[0].path
    dialog.restore_button.click()

    qtbot.waitUntil(lambda: ctx.workspace is not None and ctx.ws is not old, timeout=10_000)
    qtbot.waitUntil(lambda: _titles(window) == {"백업 전"}, timeout=10_000)
    assert window.centralWidget().isEnabled()  # type: ignore[union-attr]
    (aside,) = root.glob(f"{DB_NAME}.before-restore-*")
    assert "kept as" in window.messages[-1] and str(aside) in window.messages[-1]  # type: ignore[attr-defined]
    jobs.create_job(ctx.ws, "복원 뒤")  # the restored workspace is open for writing


def test_a_damaged_workspace_at_start_offers_restore_then_opens_it(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    root = tmp_path / "damaged"
    ws = open_workspace(root)
    jobs.create_job(ws, "살릴 일")
    ws.backup_now()
    ws.close()
    data = (root / DB_NAME).read_bytes()
    (root / DB_NAME).write_bytes(data[: len(data) // 3])  # cut short
    try:
        open_workspace(root)
    except WorkspaceDamagedError as exc:
        window.show_open_error(exc, root)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "is damaged; it was not changed" in boxes[0].text()
    assert "choose Restore from backup… to put it back" in boxes[0].text()
    restore = next(b for b in boxes[0].buttons() if b.text() == "Restore from backup…")
    restore.click()

    dialog = _dialog(window)
    assert dialog.root == root
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: ctx.ws.root == root.resolve(), timeout=10_000)
    qtbot.waitUntil(lambda: _titles(window) == {"살릴 일"}, timeout=10_000)
    (aside,) = root.glob(f"{DB_NAME}.before-restore-*")
    assert aside.read_bytes() == data[: len(data) // 3]  # the damaged file is kept


def test_a_failed_restore_reopens_the_workspace_as_it_was(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, tmp_path: Path
) -> None:
    root = ctx.ws.root
    jobs.create_job(ctx.ws, "그대로")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a backup" * 100)
    old = ctx.ws
    window.switcher.restore(root, bad)
    qtbot.waitUntil(lambda: len(window.messages) == 1, timeout=10_000)  # type: ignore[attr-defined]
    assert "is damaged or is not a Maker Square workspace" in window.messages[0]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ctx.workspace is not None and ctx.ws is not old, timeout=10_000)
    qtbot.waitUntil(lambda: _titles(window) == {"그대로"}, timeout=10_000)
    assert not list(root.glob(f"{DB_NAME}.*"))
