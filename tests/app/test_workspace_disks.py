"""A workspace on a read-only or a full disk: every write path says so with a typed error,
its transaction is rolled back, and nothing half-written stays behind.

The real disks (a read-only bind mount, a 2 MB tmpfs filled up) need root and mount; see
tests/bad_places.py. The classification is also tested at the SQLite and OS boundary,
which runs anywhere: SQLite's own "database or disk is full" (through max_page_count) and
read-only errors, and OSError(ENOSPC) where the file store and backups write.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.backup import list_backups
from app.designs import designs
from app.errors import DiskFullError, WorkspaceReadOnlyError
from app.jobs import jobs
from app.workspace import (
    DB_NAME,
    Workspace,
    check_workspace,
    open_for_reading,
    open_workspace,
    workspace_counts,
)
from app.workspace_restore import restore_backup
from tests.bad_places import fill_disk, read_only, tiny_disk
from tests.stl_files import write_box_stl


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _store(ws: Workspace) -> set[str]:
    """Everything in the file store, temporary files included."""
    return {p.name for p in ws.files.root.rglob("*") if p.is_file()}


def _cap_growth(ws: Workspace) -> Callable[[], None]:
    """Let the database grow no more (SQLite's own SQLITE_FULL); returns the undo."""

    def cap(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(ws.engine, "connect", cap)
    ws.engine.dispose()  # every connection from now on is capped

    def uncap() -> None:
        event.remove(ws.engine, "connect", cap)
        ws.engine.dispose()

    return uncap


# --- a full disk, at the SQLite and OS boundary (anywhere) -----------------------------------


def test_sqlite_disk_full_is_a_typed_error_and_the_transaction_is_rolled_back(
    workspace: Workspace,
) -> None:
    kept = jobs.create_job(workspace, "저장된 일", customer="을지로 금속").value
    before = workspace_counts(workspace)
    uncap = _cap_growth(workspace)
    with pytest.raises(DiskFullError) as info:
        jobs.create_job(workspace, "너무 큰 일", customer="새 거래처", notes="메모 " * 50_000)
    assert info.value.code == "disk_full" and info.value.params["path"] == str(workspace.root)
    assert "SQLITE_FULL" in info.value.detail
    assert workspace_counts(workspace) == before  # job, history, customer: all or nothing
    uncap()
    assert check_workspace(workspace).ok
    assert jobs.get_job(workspace, kept).title == "저장된 일"
    jobs.create_job(workspace, "공간이 생긴 뒤")


def test_a_full_database_during_import_leaves_no_file_in_the_store(
    workspace: Workspace, tmp_path: Path
) -> None:
    job_id = jobs.create_job(workspace, "브래킷").value
    stl = write_box_stl(tmp_path / "bracket.stl", (20, 10, 5))
    uncap = _cap_growth(workspace)
    with pytest.raises(DiskFullError):  # (a long note: the revision needs new pages)
        designs.import_design(workspace, job_id, stl, note="메모 " * 20_000)
    assert _store(workspace) == set()  # stored, then taken out again: no orphan
    uncap()
    assert designs.list_designs(workspace, job_id) == []
    designs.import_design(workspace, job_id, stl)
    assert len(_store(workspace)) == 1


def test_no_space_while_storing_a_design_leaves_no_partial_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id = jobs.create_job(workspace, "브래킷").value
    stl = write_box_stl(tmp_path / "bracket.stl", (20, 10, 5))

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)  # the store's last write before the rename
    with pytest.raises(DiskFullError):
        designs.import_design(workspace, job_id, stl)
    monkeypatch.undo()
    assert _store(workspace) == set()
    assert designs.list_designs(workspace, job_id) == []


def test_no_space_while_backing_up_leaves_no_partial_backup(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("app.backup.fsync_path", no_space)
    with pytest.raises(DiskFullError):
        workspace.backup_now()
    assert list(workspace.backup_dir.iterdir()) == []


def test_a_read_only_connection_writing_is_a_typed_error(workspace: Workspace) -> None:
    """SQLite's SQLITE_READONLY, classified at the one SQLite boundary (app.errors)."""
    jobs.create_job(workspace, "읽기만")
    reader = open_for_reading(workspace.root)
    try:
        with pytest.raises(WorkspaceReadOnlyError) as info, reader.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM job")
        assert "SQLITE_READONLY" in info.value.detail
        with pytest.raises(WorkspaceReadOnlyError), reader.session():
            pass
    finally:
        reader.close()
    assert len(jobs.list_jobs(workspace)) == 1


# --- a real full disk (root: a 2 MB tmpfs) ----------------------------------------------------


def test_every_write_path_on_a_full_disk_loses_nothing(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        root = disk / "ws"
        ws = open_workspace(root)
        try:
            job_id = jobs.create_job(ws, "꽉 찬 디스크", customer="종로 귀금속").value
            backup = ws.backup_now()
            stl = write_box_stl(tmp_path / "gear.stl", (30, 30, 8))  # (not on the tiny disk)
            counts = workspace_counts(ws)
            filler = fill_disk(disk)
            listing = _files(root)

            with pytest.raises(DiskFullError):  # SQLite's write (WAL) fails
                jobs.create_job(ws, "새 일", notes="메모 " * 20_000)
            with pytest.raises(DiskFullError):  # the file store's copy fails
                designs.import_design(ws, job_id, stl)
            with pytest.raises(DiskFullError):  # the backup's copy fails
                ws.backup_now()
            assert workspace_counts(ws) == counts
            assert _files(root) - listing <= {DB_NAME + "-wal"}  # no .part, no .incoming-
            assert _store(ws) == set()
        finally:
            ws.close()
        with pytest.raises(DiskFullError):  # the restore's copy fails: nothing moved aside
            restore_backup(root, backup)
        assert not list(root.glob(f"{DB_NAME}.*"))
        with pytest.raises(DiskFullError):  # a new workspace cannot be made whole
            open_workspace(disk / "new")
        assert not (disk / "new" / DB_NAME).exists()

        filler.unlink()
        ws = open_workspace(root)
        try:
            assert check_workspace(ws).ok and workspace_counts(ws) == counts
            assert jobs.get_job(ws, job_id).title == "꽉 찬 디스크"
            designs.import_design(ws, job_id, stl)  # and it works again with room
        finally:
            ws.close()


# --- a real read-only folder (root: a read-only bind mount; others: chmod) ---------------------


def test_a_read_only_folder_is_refused_for_writing_and_opens_for_reading(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    ws = open_workspace(root)
    job_id = jobs.create_job(ws, "읽기 전용 USB").value
    ws.backup_now()
    ws.close()
    listing = _files(root)
    with read_only(root):
        with pytest.raises(WorkspaceReadOnlyError) as info:
            open_workspace(root)
        assert info.value.params["path"] == str(root)
        reader = open_for_reading(root)  # to look at it: yes
        try:
            assert jobs.get_job(reader, job_id).title == "읽기 전용 USB"
            assert check_workspace(reader).integrity == "ok"
            with pytest.raises(WorkspaceReadOnlyError):
                jobs.create_job(reader, "안 됨")
            with pytest.raises(WorkspaceReadOnlyError):
                reader.backup_now()
        finally:
            reader.close()
        with pytest.raises(WorkspaceReadOnlyError):
            restore_backup(root, list_backups(root / "backups")[0].path)
        assert _files(root) == listing
    with closing(sqlite3.connect(root / DB_NAME)) as conn:
        assert conn.execute("SELECT count(*) FROM job").fetchone() == (1,)
