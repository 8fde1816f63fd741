"""Backups of the workspace database with SQLite's online backup API, and their thinning.

A backup is a complete SQLite file in `<workspace>/backups/`, named with its UTC time and
why it was made. Thinning keeps the newest few, one a day for a week and one a week for
two months; a backup made before a migration is kept like any other.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from app.errors import classify_os_error, classify_sqlite_error

NAME = re.compile(r"^workspace-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z0-9-]+)\.sqlite$")
KEEP_NEWEST = 5
DAILY_DAYS = 7
WEEKLY_WEEKS = 8
SCHEDULE = timedelta(hours=24)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def fsync_path(path: Path) -> None:
    """Make a file's bytes durable; of a folder, a rename in it (POSIX: Windows has no
    directory handles for that, and renames there are durable without)."""
    if os.name == "nt" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_only_uri(db_path: Path) -> str:
    """A SQLite URI that opens `db_path` read-only here (percent-encoded: "#" in a path).

    "mode=ro" reads beside a writer. A WAL database on a read-only disk, closed cleanly,
    has no -shm and SQLite cannot make one: it opens only as immutable, which is safe there
    because nobody can write on that disk either (not so with un-checkpointed WAL content
    or a folder that can be written: then SQLite's error is raised).
    """
    uri = f"file:{quote(str(db_path))}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        wal = db_path.with_name(db_path.name + "-wal")
        has_wal = wal.exists() and wal.stat().st_size > 0
        effective = os.access in os.supports_effective_ids
        if has_wal or os.access(db_path.parent, os.W_OK, effective_ids=effective):
            raise
        return uri + "&immutable=1"
    return uri


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (even while others write it) as one standalone file
    in the rollback-journal mode, synced to disk. Any failure leaves no `target` behind and
    raises a typed error (a full disk, a read-only folder) where one applies."""
    try:
        # Made here first: a folder that cannot be written says so (SQLite would only say
        # "unable to open database file"); SQLite takes an empty file as an empty database.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644))
    except OSError as exc:
        raise classify_os_error(exc, path=str(target.parent)) or exc from exc
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_path(target)
    except sqlite3.Error as exc:
        _remove(target)
        raise classify_sqlite_error(exc, path=str(target.parent)) or exc from exc
    except OSError as exc:
        _remove(target)
        raise classify_os_error(exc, path=str(target.parent)) or exc from exc


def _remove(db_path: Path) -> None:
    """Clean up after a failed copy; never raises (a read-only disk refuses even to unlink
    what is not there), so the copy's own error is the one reported."""
    for suffix in ("", "-journal"):
        with suppress(OSError):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def backup_database(
    db_path: Path, backup_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    """Copy the live database (consistent even while others write) into backup_dir.

    Written as `.part` and renamed when complete: a full disk leaves no half backup.
    """
    now = now or datetime.now(UTC)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise classify_os_error(exc, path=str(backup_dir)) or exc from exc
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"workspace-{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".part")
    copy_database(db_path, partial)
    partial.replace(target)
    return target


def parse_backup_name(path: Path) -> BackupFile | None:
    """When and why a backup was made, read from its name; None for any other file."""
    m = NAME.match(path.name)
    if not m:
        return None
    raw = m.group(1)
    fmt = "%Y%m%dT%H%M%S%fZ" if len(raw) > 16 else "%Y%m%dT%H%M%SZ"
    taken = datetime.strptime(raw, fmt).replace(tzinfo=UTC)
    return BackupFile(path, taken, m.group(2))


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """The backups in `backup_dir`, newest first."""
    found = []
    if backup_dir.is_dir():
        for p in backup_dir.iterdir():
            backup = parse_backup_name(p)
            if backup is not None:
                found.append(backup)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backups_to_remove(backups: Iterable[BackupFile], now: datetime) -> list[BackupFile]:
    """Which backups thinning removes (pure: decides only)."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in ordered[:KEEP_NEWEST]}
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for b in ordered:
        age = now - b.taken_at
        if age <= timedelta(days=DAILY_DAYS):
            day = b.taken_at.date()
            if day not in seen_days:
                seen_days.add(day)
                keep.add(b.path)
        elif age <= timedelta(weeks=WEEKLY_WEEKS):
            week = b.taken_at.isocalendar()[:2]
            if week not in seen_weeks:
                seen_weeks.add(week)
                keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


def thin_backups(backup_dir: Path, now: datetime | None = None) -> list[Path]:
    now = now or datetime.now(UTC)
    removed = []
    for b in backups_to_remove(list_backups(backup_dir), now):
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


def backup_due(backup_dir: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    existing = list_backups(backup_dir)
    return not existing or now - existing[0].taken_at >= SCHEDULE
