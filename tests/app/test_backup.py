"""app/backup.py (and Workspace.backup_now / backup_if_due): copies and their thinning."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.backup import (
    BackupFile,
    backup_database,
    backup_due,
    backups_to_remove,
    list_backups,
    thin_backups,
)
from app.jobs import jobs
from app.workspace import Workspace, open_for_reading, open_workspace

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)  # a Monday


def _query(db: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def test_backup_now_makes_a_complete_standalone_copy(workspace: Workspace) -> None:
    job_id = jobs.create_job(workspace, "백업할 일").value
    path = workspace.backup_now()
    assert path.parent == workspace.root / "backups"
    assert [(b.path, b.reason) for b in list_backups(workspace.backup_dir)] == [(path, "manual")]
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    assert _query(path, "SELECT id, title FROM job") == [(job_id, "백업할 일")]
    # A copy in the rollback-journal mode is one file, complete without a -wal beside it.
    assert _query(path, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in workspace.backup_dir.iterdir()) == [path.name]


def test_a_backup_is_consistent_while_another_connection_writes(tmp_path: Path) -> None:
    writer_ws = open_workspace(tmp_path / "ws")  # holds the lock, as an open window does
    ws = open_for_reading(tmp_path / "ws")  # its own engine and connections, no lock
    assert ws.read_only
    stop = threading.Event()
    written: list[str] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            while not stop.is_set():
                written.append(jobs.create_job(writer_ws, f"job {len(written)}").value)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    copies = []
    try:
        for _ in range(5):
            while len(written) < 5 * (len(copies) + 1):
                stop.wait(0.005)
            seen = len(written)
            copies.append((seen, ws.backup_now()))
    finally:
        stop.set()
        writer.join()
        writer_ws.close()
        ws.close()
    assert errors == []

    counts = []
    for seen, path in copies:
        assert _query(path, "PRAGMA integrity_check") == [("ok",)]
        (jobs_in_copy,) = _query(path, "SELECT count(*) FROM job")[0]
        # A job and its first history line are one transaction: a torn copy would differ.
        assert _query(path, "SELECT count(*) FROM job_status_change") == [(jobs_in_copy,)]
        assert isinstance(jobs_in_copy, int) and jobs_in_copy >= seen
        counts.append(jobs_in_copy)
    assert counts == sorted(counts)


def test_a_backup_records_when_and_why_it_was_made(tmp_path: Path, workspace: Workspace) -> None:
    taken = datetime(2026, 6, 15, 3, 4, 5, 678901, tzinfo=UTC)
    path = backup_database(workspace.db_path, tmp_path / "elsewhere", "pre-migration-0001", taken)
    assert list_backups(tmp_path / "elsewhere") == [BackupFile(path, taken, "pre-migration-0001")]
    (tmp_path / "elsewhere" / "notes.txt").write_text("not a backup")
    (tmp_path / "elsewhere" / "workspace-20260615T030405Z-manual.part").write_bytes(b"")
    assert len(list_backups(tmp_path / "elsewhere")) == 1


# --- thinning -------------------------------------------------------------------------------


def _at(when: datetime) -> BackupFile:
    stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
    return BackupFile(Path(f"/backups/workspace-{stamp}-scheduled.sqlite"), when, "scheduled")


def test_thinning_keeps_the_newest_five_one_a_day_and_one_a_week() -> None:
    today = [_at(NOW - timedelta(hours=h)) for h in range(1, 9)]  # 8 backups, 04:00–11:00
    days = [  # six earlier days, an evening and a morning backup each
        _at(
            datetime.combine((NOW - timedelta(days=d)).date(), datetime.min.time(), UTC)
            + timedelta(hours=hour)
        )
        for d in range(1, 7)
        for hour in (20, 8)
    ]
    weeks = [  # weeks 2 to 8 back: Monday, Tuesday and Wednesday of one ISO week each
        _at(NOW - timedelta(weeks=w) + timedelta(days=d)) for w in range(2, 9) for d in (0, 1, 2)
    ]
    ancient = [_at(NOW - timedelta(weeks=w)) for w in (9, 10, 20)]
    everything = today + days + weeks + ancient

    removed = backups_to_remove(reversed(everything), NOW)

    kept = [b for b in everything if b not in removed]
    assert kept == (
        today[:5]  # the newest five
        + [b for b in days if b.taken_at.hour == 20]  # the newest of each of the last days
        + [b for b in weeks if b.taken_at.weekday() == 2]  # the newest of each week
    )
    assert len(kept) == 5 + 6 + 7
    assert set(ancient) <= set(removed)
    assert removed == sorted(removed, key=lambda b: b.taken_at, reverse=True)


def test_thinning_never_goes_below_the_newest_five() -> None:
    old = [_at(NOW - timedelta(weeks=100, days=d)) for d in range(7)]
    assert backups_to_remove(old[:5], NOW) == []
    assert backups_to_remove(old, NOW) == old[5:]
    assert backups_to_remove([], NOW) == []


def test_thin_backups_deletes_only_backup_files(tmp_path: Path, workspace: Workspace) -> None:
    backup_dir = tmp_path / "backups"
    for w in range(12):
        backup_database(workspace.db_path, backup_dir, "scheduled", NOW - timedelta(weeks=w))
    (backup_dir / "README.txt").write_text("keep me")
    removed = thin_backups(backup_dir, NOW)
    left = list_backups(backup_dir)
    assert [b.taken_at for b in left] == [NOW - timedelta(weeks=w) for w in range(9)]
    assert sorted(p.name for p in removed) == sorted(
        _at(NOW - timedelta(weeks=w)).path.name for w in (9, 10, 11)
    )
    assert not any(p.exists() for p in removed)
    assert (backup_dir / "README.txt").read_text() == "keep me"


# --- the schedule ---------------------------------------------------------------------------


def test_backup_due_every_24_hours(tmp_path: Path, workspace: Workspace) -> None:
    backup_dir = tmp_path / "backups"
    assert backup_due(backup_dir, NOW)  # no backup at all yet
    backup_database(workspace.db_path, backup_dir, "scheduled", NOW)
    assert not backup_due(backup_dir, NOW + timedelta(hours=1))
    assert not backup_due(backup_dir, NOW + timedelta(hours=23, minutes=59))
    assert backup_due(backup_dir, NOW + timedelta(hours=24))
    assert backup_due(backup_dir, NOW + timedelta(days=9))


def test_backup_if_due_backs_up_a_day_after_the_last_backup(workspace: Workspace) -> None:
    first = workspace.backup_if_due()  # a workspace never backed up is due at once
    assert first is not None and first.is_file()
    assert workspace.backup_if_due() is None  # not again within 24 h
    assert [b.reason for b in list_backups(workspace.backup_dir)] == ["scheduled"]

    first.unlink()
    yesterday = datetime.now(UTC) - timedelta(hours=25)
    backup_database(workspace.db_path, workspace.backup_dir, "scheduled", yesterday)
    second = workspace.backup_if_due()
    assert second is not None
    newest, older = list_backups(workspace.backup_dir)
    assert newest.path == second and older.taken_at == yesterday
    assert workspace.backup_if_due() is None
