"""A workspace folder as it lies on disk, read without changing anything.

Its file names; the schema revision of its database; and the refusals of a file that
cannot be opened, each with the way forward: empty (0 bytes) or damaged names the newest
backup, not ours says so. Errors of SQLite become typed errors through
app.errors.classify_sqlite_error (`environment_error`).
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from app import backup as backups
from app.errors import (
    NotAWorkspaceError,
    WorkspaceDamagedError,
    WorkspaceEmptyError,
    WorkspaceError,
    classify_sqlite_error,
)
from app.workspace_lock import LOCK_NAME

log = logging.getLogger(__name__)

DB_NAME = "workspace.sqlite"
FILES_DIR = "files"
BACKUP_DIR = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"


def newest_backup(root: Path) -> backups.BackupFile | None:
    found = backups.list_backups(root / BACKUP_DIR)
    return found[0] if found else None


def refusal(kind: type[WorkspaceError], root: Path, detail: str) -> WorkspaceError:
    """An empty or damaged workspace refused, with its newest backup as the way forward."""
    newest = newest_backup(root)
    return kind(
        detail,
        path=str(root),
        backup=str(newest.path) if newest else "",
        backup_taken_at=newest.taken_at if newest else None,
    )


def _was_a_workspace(root: Path) -> bool:
    """Whether the folder shows a workspace lived there (its files, lock or backups)."""
    return (
        (root / FILES_DIR).is_dir()
        or (root / LOCK_NAME).exists()
        or bool(backups.list_backups(root / BACKUP_DIR))
    )


def _check_header(db_path: Path, size: int, has_wal: bool) -> None:
    """Refuse a file that is not SQLite, or a SQLite file cut short, before SQLite reads it."""
    root = db_path.parent
    with db_path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if _was_a_workspace(root):  # a workspace's file overwritten or cut inside its header
            raise refusal(WorkspaceDamagedError, root, f"{db_path}: no SQLite header")
        raise NotAWorkspaceError(f"{db_path} is not a SQLite database", path=str(root))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "version valid for" matches the change
    # counter; without a WAL (which may hold pages past the end) the file must be that long.
    if not has_wal and header[92:96] == header[24:28] and size < pages * page_size:
        raise refusal(
            WorkspaceDamagedError, root, f"{db_path} is cut short: {size} < {pages * page_size}"
        )


def probe_revision(db_path: Path) -> str:
    """The schema revision of an existing file, read without writing anything (no WAL, no lock).

    Raises WorkspaceEmptyError for a file with nothing in it (0 bytes, or no tables),
    WorkspaceDamagedError for a damaged one (cut short, corrupt, or garbage where a workspace
    was), NotAWorkspaceError for a file that is not SQLite or a SQLite database that is not a
    Maker Square workspace. A new workspace is made whole before it gets its name (see
    `_create_database`), so an empty file is never one of ours to fill.
    """
    root = db_path.parent
    wal = db_path.with_name(db_path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    size = db_path.stat().st_size
    if size == 0 and not has_wal:
        raise refusal(WorkspaceEmptyError, root, f"{db_path} is empty (0 bytes)")
    if size > 0:
        _check_header(db_path, size, has_wal)
    # immutable=1 creates nothing (no -shm) but ignores the -wal file, where a crashed newer
    # version may have left its schema revision: read through the WAL when there is one.
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        # Percent-encoded: a raw "#" or "?" in the path (a folder "주문 #12") would cut the
        # URI short and open, even create, another file.
        conn = sqlite3.connect(f"file:{quote(str(db_path))}?{flags}", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                raise refusal(WorkspaceEmptyError, root, f"{db_path} has no tables")
            if "alembic_version" not in tables:
                raise NotAWorkspaceError(
                    f"{db_path} has tables but no schema revision", path=str(root)
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise environment_error(exc, db_path) or refusal(
            WorkspaceDamagedError, root, str(exc)
        ) from exc
    if row is None:
        raise refusal(WorkspaceDamagedError, root, f"{db_path} has no schema revision")
    return str(row[0])


def environment_error(exc: BaseException, db_path: Path) -> WorkspaceError | None:
    """SQLite's error as a typed environment error (a damaged file names its backup)."""
    root = db_path.parent
    found = classify_sqlite_error(exc, path=str(root))
    if isinstance(found, WorkspaceDamagedError):
        found = refusal(WorkspaceDamagedError, root, found.detail)
    if found is not None:
        log.warning("workspace %s: %s", root, found.detail)
    return found


def folder_writable(root: Path) -> bool:
    """Whether this process may write the workspace folder and its database file."""
    effective = os.access in os.supports_effective_ids  # root, setuid: the real test
    if not os.access(root, os.W_OK, effective_ids=effective):
        return False
    db_path = root / DB_NAME
    return not db_path.exists() or os.access(db_path, os.W_OK, effective_ids=effective)


def remove_database_files(db_path: Path) -> None:
    """Remove a database file Maker Square was making (never a user's) with what SQLite
    keeps beside it. Never raises: it cleans up after another error, the one to report."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        except OSError as exc:
            if exc.errno != errno.EROFS:  # (a read-only disk refuses even a missing file)
                log.warning("could not remove %s: %s", db_path, exc)
