"""app/workspace_lock.py: one writer per workspace, released on close or with its process."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from app.errors import NotAWorkspaceError, WorkspaceLockedError
from app.jobs import jobs
from app.workspace import open_for_reading, open_workspace
from app.workspace_lock import LOCK_NAME, WorkspaceLock, read_holder
from tests.bad_places import Holder, held


def test_a_second_open_in_this_process_is_refused_until_the_first_closes(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    job_id = jobs.create_job(ws, "첫 번째 창").value
    with pytest.raises(WorkspaceLockedError) as info:
        open_workspace(tmp_path / "ws")
    assert info.value.code == "workspace_locked"
    assert info.value.params["path"] == str(tmp_path / "ws")
    assert f"pid {os.getpid()}" in read_holder(tmp_path / "ws")
    ws.close()
    again = open_workspace(tmp_path / "ws")  # released on close
    try:
        assert jobs.get_job(again, job_id).title == "첫 번째 창"
    finally:
        again.close()
    assert (tmp_path / "ws" / LOCK_NAME).exists()  # never deleted: see the module's note


def test_another_process_holding_it_is_refused_at_once_and_readers_still_read(
    tmp_path: Path,
) -> None:
    root = tmp_path / "ws"
    ws = open_workspace(root)
    job_id = jobs.create_job(ws, "다른 프로세스").value
    ws.close()
    with held(root) as holder:
        started = time.monotonic()
        with pytest.raises(WorkspaceLockedError) as info:
            open_workspace(root)
        assert time.monotonic() - started < 5.0  # at once, not after SQLite's 30 s timeout
        assert f"pid {holder.proc.pid}" in str(info.value.params["holder"])
        reader = open_for_reading(root)  # no lock: reads beside the holder
        try:
            assert reader.read_only and reader.lock is None
            assert jobs.get_job(reader, job_id).title == "다른 프로세스"
        finally:
            reader.close()
    ws = open_workspace(root)  # the holder closed it
    ws.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    open_workspace(root).close()
    holder = Holder(root)
    with pytest.raises(WorkspaceLockedError):
        open_workspace(root)
    holder.kill()  # no close, no cleanup: the operating system drops the lock
    ws = open_workspace(root)
    try:
        jobs.create_job(ws, "살아남음")
    finally:
        ws.close()


def test_release_is_idempotent_and_frees_the_lock(tmp_path: Path) -> None:
    lock = WorkspaceLock.acquire(tmp_path)
    assert lock.held
    with pytest.raises(WorkspaceLockedError):
        WorkspaceLock.acquire(tmp_path)
    lock.release()
    lock.release()
    assert not lock.held
    WorkspaceLock.acquire(tmp_path).release()


def test_a_refused_workspace_gets_no_lock_file(tmp_path: Path) -> None:
    """Refusals (too new, not ours, damaged) leave the folder exactly as it was."""
    root = tmp_path / "ws"
    root.mkdir()
    (root / "workspace.sqlite").write_bytes(b"a shopping list\n" * 100)
    with pytest.raises(NotAWorkspaceError):
        open_workspace(root)
    assert [p.name for p in root.iterdir()] == ["workspace.sqlite"]
