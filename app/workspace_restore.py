"""Restore a workspace from a backup, keeping the file it replaces.

The backup is checked first (SQLite's integrity check, a schema this version knows), then
copied in beside the workspace under a passing name. The current file, with its -wal,
-shm and -journal (the WAL may hold its newest changes), is moved aside as
`workspace.sqlite.before-restore-<UTC time>` (never deleted: it may be opened as a
workspace again by giving it back its name), and the copy takes the workspace's name.
All of it under the workspace's lock, so nothing may have the workspace open; a failure
at any step leaves the workspace as it was. The restored file is checked again after.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from app import backup as backups
from app.errors import (
    BackupDamagedError,
    NotFoundError,
    SchemaTooNewError,
    WorkspaceDamagedError,
    classify_os_error,
    classify_sqlite_error,
)
from app.workspace import known_revisions
from app.workspace_lock import WorkspaceLock
from app.workspace_probe import DB_NAME, remove_database_files

log = logging.getLogger(__name__)

ASIDE = "before-restore"
SIBLINGS = ("", "-wal", "-shm", "-journal")  # a database file and what SQLite keeps beside it


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    kept_aside: Path | None  # where the replaced file went (None: there was none)
    integrity: str  # SQLite's integrity check of the restored file ("ok")


def _integrity(db_path: Path) -> str:
    with closing(sqlite3.connect(f"file:{quote(str(db_path))}?mode=ro", uri=True)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def check_backup(backup: Path) -> str:
    """The schema revision of a sound backup; BackupDamagedError, SchemaTooNewError if not."""
    if not backup.is_file():
        raise NotFoundError(f"backup {backup}", kind="backup", id=str(backup))
    try:
        with closing(sqlite3.connect(f"file:{quote(str(backup))}?mode=ro", uri=True)) as conn:
            integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
    except sqlite3.DatabaseError as exc:
        found = classify_sqlite_error(exc, path=str(backup))
        if found is not None and not isinstance(found, WorkspaceDamagedError):
            raise found from exc
        raise BackupDamagedError(f"{backup}: {exc}", backup=str(backup)) from exc
    if integrity != "ok" or row is None:
        raise BackupDamagedError(f"{backup}: {integrity}", backup=str(backup))
    revision = str(row[0])
    if revision not in known_revisions():
        raise SchemaTooNewError(
            f"the backup's schema revision {revision} is newer than this version knows",
            revision=revision,
            path=str(backup),
        )
    return revision


def _aside_name(db_path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.{ASIDE}-{stamp}")
    n = 2
    while any(aside.with_name(aside.name + s).exists() for s in SIBLINGS):
        aside = db_path.with_name(f"{db_path.name}.{ASIDE}-{stamp}-{n}")
        n += 1
    return aside


def _move(db_path: Path, target: Path) -> list[tuple[Path, Path]]:
    """Rename a database file and its siblings; return what moved (to move it back)."""
    moved = []
    for suffix in SIBLINGS:
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            dst = target.with_name(target.name + suffix)
            os.replace(src, dst)
            moved.append((src, dst))
    return moved


def restore_backup(root: Path, backup: Path, *, now: datetime | None = None) -> RestoreResult:
    """Make `backup` the workspace in `root`; the file it replaces is kept aside.

    Raises WorkspaceLockedError while the workspace is open anywhere (close it first),
    BackupDamagedError or SchemaTooNewError for a backup that cannot be used, and
    DiskFullError / WorkspaceReadOnlyError when the copy cannot be written — in every case
    before the workspace changed.
    """
    root, backup = root.expanduser(), backup.expanduser().resolve()
    check_backup(backup)
    db_path = root / DB_NAME
    staging = root / f"{DB_NAME}.restoring"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise classify_os_error(exc, path=str(root)) or exc from exc
    lock = WorkspaceLock.acquire(root)
    try:
        remove_database_files(staging)  # only ever a restore cut short
        backups.copy_database(backup, staging)
        if _integrity(staging) != "ok":  # the copy itself went wrong (a failing disk)
            remove_database_files(staging)
            raise BackupDamagedError(f"{backup}: the copy is not sound", backup=str(backup))
        aside = _aside_name(db_path, now or datetime.now(UTC))
        moved: list[tuple[Path, Path]] = []
        try:
            moved = _move(db_path, aside)
            os.replace(staging, db_path)
            backups.fsync_path(root)
        except OSError as exc:
            for src, dst in reversed(moved):  # put the workspace back as it was
                os.replace(dst, src)
            remove_database_files(staging)
            raise classify_os_error(exc, path=str(root)) or exc from exc
        integrity = _integrity(db_path)
    finally:
        lock.release()
    kept = aside if moved else None
    log.info("restored %s from %s; the previous file is kept as %s", root, backup, kept)
    return RestoreResult(backup, kept, integrity)
