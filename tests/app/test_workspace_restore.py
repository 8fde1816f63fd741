"""app/workspace_restore.py: a backup put back, the file it replaces kept, never deleted."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.errors import BackupDamagedError, SchemaTooNewError, WorkspaceLockedError
from app.jobs import jobs
from app.workspace import DB_NAME, check_workspace, open_workspace
from app.workspace_restore import restore_backup
from tests.bad_places import held

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _titles(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM job ORDER BY number")]


def _workspace(root: Path) -> Path:
    """Two jobs, a backup between them; left open on purpose with an un-checkpointed WAL."""
    ws = open_workspace(root)
    jobs.create_job(ws, "백업 전")
    backup = ws.backup_now()
    jobs.create_job(ws, "백업 후")
    ws.close()
    return backup


def test_a_restore_puts_the_backup_back_and_keeps_the_file_it_replaces(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    backup = _workspace(root)
    current = (root / DB_NAME).read_bytes()

    result = restore_backup(root, backup, now=NOW)

    assert result.integrity == "ok" and result.backup == backup.resolve()
    aside = root / f"{DB_NAME}.before-restore-20260615T120000Z"
    assert result.kept_aside == aside
    assert aside.read_bytes() == current  # byte for byte, never deleted
    assert _titles(aside) == ["백업 전", "백업 후"]  # still a workspace one can open
    assert _titles(root / DB_NAME) == ["백업 전"]
    assert backup.is_file()  # the backup stays a backup
    ws = open_workspace(root, create=False)
    try:
        assert check_workspace(ws).ok
        assert [r.title for r in jobs.list_jobs(ws)] == ["백업 전"]
    finally:
        ws.close()

    second = restore_backup(root, backup, now=NOW)  # the same second again: another name
    assert second.kept_aside == root / f"{DB_NAME}.before-restore-20260615T120000Z-2"
    assert aside.exists()


def test_the_wal_of_the_replaced_file_goes_aside_with_it(tmp_path: Path) -> None:
    """A workspace killed with changes only in its -wal: they move aside with the file."""
    root = tmp_path / "ws"
    backup = _workspace(root)
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE job SET title = 'WAL에만 있음' WHERE title = '백업 후'")
        conn.commit()
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for name in (DB_NAME, DB_NAME + "-wal"):  # what a SIGKILL leaves on disk
            shutil.copy2(root / name, crashed / name)
    shutil.copy2(backup, tmp_path / "backup.sqlite")

    result = restore_backup(crashed, tmp_path / "backup.sqlite", now=NOW)

    assert result.kept_aside is not None
    assert result.kept_aside.with_name(result.kept_aside.name + "-wal").exists()
    assert _titles(result.kept_aside) == ["백업 전", "WAL에만 있음"]
    assert _titles(crashed / DB_NAME) == ["백업 전"]


def test_an_empty_or_missing_workspace_file_can_be_restored(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    backup = _workspace(root)
    (root / DB_NAME).write_bytes(b"")
    result = restore_backup(root, backup, now=NOW)
    assert result.kept_aside is not None and result.kept_aside.stat().st_size == 0
    (root / DB_NAME).unlink()
    assert restore_backup(root, backup).kept_aside is None
    assert _titles(root / DB_NAME) == ["백업 전"]


def test_a_workspace_open_elsewhere_is_not_restored(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    backup = _workspace(root)
    before = (root / DB_NAME).read_bytes()
    with held(root), pytest.raises(WorkspaceLockedError):
        restore_backup(root, backup)
    assert (root / DB_NAME).read_bytes() == before
    assert not list(root.glob(f"{DB_NAME}.*"))


@pytest.mark.parametrize("damage", ["cut", "garbage", "other"])
def test_a_bad_backup_is_refused_and_nothing_changes(tmp_path: Path, damage: str) -> None:
    root = tmp_path / "ws"
    backup = _workspace(root)
    bad = tmp_path / "bad.sqlite"
    if damage == "cut":
        bad.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    elif damage == "garbage":
        bad.write_bytes(b"not a backup" * 1000)
    else:
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE recipes (name TEXT)")
    before = (root / DB_NAME).read_bytes()
    with pytest.raises(BackupDamagedError) as info:
        restore_backup(root, bad)
    assert info.value.params["backup"] == str(bad.resolve())
    assert (root / DB_NAME).read_bytes() == before
    assert sorted(p.name for p in root.iterdir()) == sorted(
        ["backups", "files", "workspace.lock", DB_NAME]
    )


def test_a_backup_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    backup = _workspace(root)
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(SchemaTooNewError):
        restore_backup(root, backup)
    assert _titles(root / DB_NAME) == ["백업 전", "백업 후"]
