"""Typed errors of the workspace layer.

Every error a user can cause or meet carries a stable `code` and plain parameters; `ui`
turns the code into words in the user's language. Nothing matches on message strings.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Mapping


class MakerSquareError(Exception):
    """Base of the errors that are the user's or the environment's, not a bug."""

    code: str = "error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params: Mapping[str, object] = params


class WorkspaceError(MakerSquareError):
    code = "workspace_error"


class WorkspaceNotFoundError(WorkspaceError):
    code = "workspace_not_found"


class NotAWorkspaceError(WorkspaceError):
    """The file is not a SQLite database, or not one of ours."""

    code = "not_a_workspace"


class SchemaTooNewError(WorkspaceError):
    """The workspace was written by a newer Maker Square; it is left untouched."""

    code = "schema_too_new"


class WorkspaceLockedError(WorkspaceError):
    code = "workspace_locked"


class DiskFullError(WorkspaceError):
    code = "disk_full"


class WorkspaceReadOnlyError(WorkspaceError):
    """The workspace's folder or file cannot be written (a read-only disk, no permission)."""

    code = "workspace_read_only"


class WorkspaceEmptyError(WorkspaceError):
    """The workspace file is there but holds nothing (0 bytes). It is never re-initialised.

    `backup` names the newest backup ("" when there is none), `backup_taken_at` its time.
    """

    code = "workspace_empty"


class WorkspaceDamagedError(WorkspaceError):
    """The workspace file is damaged (cut short, or SQLite finds it corrupt).

    `backup` names the newest backup ("" when there is none), `backup_taken_at` its time.
    """

    code = "workspace_damaged"


class StorageError(WorkspaceError):
    """The disk reported an input/output error while reading or writing the workspace."""

    code = "storage_error"


class BackupDamagedError(WorkspaceError):
    """A backup chosen for a restore is damaged or not a workspace; nothing was changed."""

    code = "backup_damaged"


# SQLite's primary result codes (sqlite.org/rescode.html) that mean the environment is at fault.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def classify_sqlite_error(exc: BaseException, *, path: str) -> WorkspaceError | None:
    """The environment error a SQLite error stands for, or None when it is a bug.

    The one place a SQLite error is judged (as qutebrowser's misc/sql.py does): disk full,
    read-only, damaged, busy and I/O errors are the environment's; anything else (a broken
    constraint, bad SQL) is ours and goes on to the crash handler. It reads SQLite's result
    code, which Python puts on the exception as `sqlite_errorcode`, never the message text:
    messages are for people and change between SQLite versions.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None  # raised by the sqlite3 module itself (a closed connection): a bug
    primary = code & 0xFF  # extended codes keep the primary one in their low byte
    detail = f"{getattr(exc, 'sqlite_errorname', code)}: {exc}"
    if primary == _SQLITE_FULL:
        return DiskFullError(detail, path=path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return WorkspaceReadOnlyError(detail, path=path)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return WorkspaceDamagedError(detail, path=path, backup="", backup_taken_at=None)
    if primary == _SQLITE_BUSY:
        return WorkspaceLockedError(detail, path=path)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        # SQLite reports some writes that found no space as I/O errors (growing its -shm:
        # SQLITE_IOERR_SHMSIZE) and Python cannot see the errno behind them: the disk's
        # free space tells which it was.
        if _nearly_full(path):
            return DiskFullError(detail, path=path)
        return StorageError(detail, path=path)
    return None


NEARLY_FULL = 1024 * 1024  # bytes left below which an I/O error is taken for a full disk


def _nearly_full(path: str) -> bool:
    try:
        return shutil.disk_usage(path).free < NEARLY_FULL
    except OSError:
        return False


def classify_os_error(exc: OSError, *, path: str) -> WorkspaceError | None:
    """The environment error an OSError met while writing the workspace stands for, or None.

    By errno, never by message: no space (or quota) left, a read-only disk or no permission,
    an I/O error. `path` is the workspace folder (or the file) that could not be written.
    """
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(str(exc), path=path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return WorkspaceReadOnlyError(str(exc), path=path)
    if exc.errno == errno.EIO:
        return StorageError(str(exc), path=path)
    return None


class NotFoundError(MakerSquareError):
    code = "not_found"


class InvalidTransitionError(MakerSquareError):
    """A job cannot move from its status to the one asked for."""

    code = "invalid_transition"

    def __init__(self, current: str, requested: str, allowed: tuple[str, ...]) -> None:
        super().__init__(
            f"cannot move from {current} to {requested}; allowed: {', '.join(allowed) or 'none'}",
            current=current,
            requested=requested,
            allowed=allowed,
        )
        self.current = current
        self.requested = requested
        self.allowed = allowed


class QuoteFrozenError(MakerSquareError):
    """A sent quote revision cannot change; make a new revision instead."""

    code = "quote_frozen"


class InvalidValueError(MakerSquareError):
    """A value a user typed is out of range or malformed (`field` names it)."""

    code = "invalid_value"


class DesignImportError(MakerSquareError):
    """The design file could not be imported; `cad_code` says why (see cad.errors)."""

    code = "design_import_failed"


class PartBuildError(MakerSquareError):
    """A part could not be made from its template.

    `cad_code` is "invalid_parameter" or "geometry_failed" (see cad.errors); `template`
    names the template and, where one is to blame, `parameter` the parameter to change.
    """

    code = "part_build_failed"
