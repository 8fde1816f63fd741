"""app/workspace_probe.py: an empty or damaged workspace file is refused untouched, naming
its newest backup; it is never taken for a new workspace, nor called "not a workspace"."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.errors import (
    NotAWorkspaceError,
    WorkspaceDamagedError,
    WorkspaceEmptyError,
    WorkspaceError,
)
from app.jobs import jobs
from app.workspace import DB_NAME, open_for_reading, open_workspace

OLD = 1_000_000_000 * 1_000_000_000  # 2001-09-09


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _workspace_with_backup(root: Path) -> tuple[str, Path]:
    """A workspace with one job and one backup; returns the job id and the backup."""
    ws = open_workspace(root)
    job_id = jobs.create_job(ws, "은반지 시제품").value
    backup = ws.backup_now()
    jobs.create_job(ws, "after the backup")
    ws.close()
    for p in root.rglob("*"):
        if p.is_file():
            os.utime(p, ns=(OLD, OLD))
    return job_id, backup


def _refused(root: Path, kind: type[WorkspaceError]) -> WorkspaceError:
    """Every way of opening refuses it with `kind`, and nothing in the folder changes."""
    before = _snapshot(root)
    errors = []
    for opener in (
        lambda: open_workspace(root),
        lambda: open_workspace(root, create=False),
        lambda: open_for_reading(root),
    ):
        with pytest.raises(kind) as info:
            opener()
        errors.append(info.value)
    assert _snapshot(root) == before  # same bytes, same times: not re-initialised
    return errors[0]


def test_a_zero_byte_file_is_empty_not_new_and_names_the_newest_backup(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _, backup = _workspace_with_backup(root)
    (root / DB_NAME).write_bytes(b"")  # what a failed copy or a sync tool can leave
    os.utime(root / DB_NAME, ns=(OLD, OLD))

    exc = _refused(root, WorkspaceEmptyError)

    assert exc.code == "workspace_empty"
    assert exc.params["path"] == str(root) and exc.params["backup"] == str(backup)
    assert (root / DB_NAME).stat().st_size == 0


def test_a_zero_byte_file_without_backups_is_still_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"")
    exc = _refused(root, WorkspaceEmptyError)
    assert exc.params["backup"] == "" and exc.params["backup_taken_at"] is None


def test_a_sqlite_file_without_tables_is_empty_too(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        conn.execute("PRAGMA user_version = 1")  # a valid, table-less database
        conn.commit()
    _refused(root, WorkspaceEmptyError)


def test_a_file_cut_short_is_damaged_and_names_the_newest_backup(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    _, backup = _workspace_with_backup(root)
    db = root / DB_NAME
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)  # an interrupted copy
    os.utime(db, ns=(OLD, OLD))

    exc = _refused(root, WorkspaceDamagedError)

    assert exc.code == "workspace_damaged" and exc.params["backup"] == str(backup)


@pytest.mark.parametrize("size", [0, 50, 100])
def test_garbage_where_a_workspace_was_is_damaged_not_foreign(tmp_path: Path, size: int) -> None:
    """Zeros over the header (a crash on some file systems), or a header cut inside."""
    root = tmp_path / "ws"
    _workspace_with_backup(root)
    data = (root / DB_NAME).read_bytes()
    (root / DB_NAME).write_bytes(b"\0" * 4096 + data[4096:] if size == 0 else data[:size])
    _refused(root, WorkspaceDamagedError)


def test_garbage_in_a_folder_that_never_was_a_workspace_is_not_a_workspace(
    tmp_path: Path,
) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / DB_NAME).write_bytes(b"\0" * 8192)
    _refused(root, NotAWorkspaceError)


def test_a_page_damaged_inside_is_found_when_read_and_names_the_backup(tmp_path: Path) -> None:
    """The header and size are right, a table's page is not: SQLite finds it when reading it,
    and that error is classified (app.errors.classify_sqlite_error) as damaged, not a bug."""
    root = tmp_path / "ws"
    _, backup = _workspace_with_backup(root)
    db = root / DB_NAME
    with closing(sqlite3.connect(db)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root_page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='job'"
        ).fetchone()
    with db.open("r+b") as f:
        f.seek((root_page - 1) * page_size)
        f.write(b"\xa5" * page_size)

    ws = open_workspace(root)  # the checks at opening are cheap; they do not read every page
    try:
        with pytest.raises(WorkspaceDamagedError) as info:
            jobs.list_jobs(ws)
        assert info.value.params["backup"] == str(backup)
        assert "SQLITE_CORRUPT" in info.value.detail
    finally:
        ws.close()
    assert db.read_bytes()[(root_page - 1) * page_size :][:16] == b"\xa5" * 16  # untouched


def test_a_new_workspace_is_made_whole_before_it_has_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Creation cut short leaves no workspace.sqlite (so no empty one to refuse later)."""

    def fail(_session: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("app.catalogue_seed.seed_defaults", fail)
    root = tmp_path / "ws"
    with pytest.raises(WorkspaceError):
        open_workspace(root)
    assert not (root / DB_NAME).exists()
    assert not [p for p in root.iterdir() if p.name.startswith(DB_NAME)]
    monkeypatch.undo()
    (root / f"{DB_NAME}.creating").write_bytes(b"left by a crash")
    ws = open_workspace(root)
    try:
        assert ws.created and jobs.list_jobs(ws) == []
    finally:
        ws.close()
    assert not (root / f"{DB_NAME}.creating").exists()
