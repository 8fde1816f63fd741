"""Exit codes of the command line for a workspace in a bad place, one per way forward.

A script can tell them apart without reading the sentence on stderr. They follow BSD's
sysexits.h, so they stay clear of the small codes the commands use for themselves
(1 refused, 2 usage, 3 a bug, 4 sync changes kept in the conflicts inbox):

    65  EX_DATAERR    the workspace file is empty or damaged, or the backup is: restore one
    73  EX_CANTCREAT  the disk is full: free space, then run it again
    74  EX_IOERR      the disk failed while reading or writing: check the disk or USB stick
    75  EX_TEMPFAIL   the workspace is open in another window or command: try again later
    77  EX_NOPERM     the workspace cannot be written (read-only disk, no permission)

Any other error of the user's or the environment's exits 1.
"""

from __future__ import annotations

import errno

from app.errors import (
    BackupDamagedError,
    DiskFullError,
    StorageError,
    WorkspaceDamagedError,
    WorkspaceEmptyError,
    WorkspaceLockedError,
    WorkspaceReadOnlyError,
)

EXIT_ERROR = 1
EXIT_DAMAGED = 65
EXIT_DISK_FULL = 73
EXIT_IO_ERROR = 74
EXIT_LOCKED = 75
EXIT_READ_ONLY = 77


def exit_code(exc: BaseException) -> int:
    """The exit code for an error of the user's or the environment's (not a bug)."""
    if isinstance(exc, WorkspaceLockedError):
        return EXIT_LOCKED
    if isinstance(exc, DiskFullError) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", 0))
    ):
        return EXIT_DISK_FULL
    if isinstance(exc, WorkspaceReadOnlyError):
        return EXIT_READ_ONLY
    if isinstance(exc, WorkspaceEmptyError | WorkspaceDamagedError | BackupDamagedError):
        return EXIT_DAMAGED
    if isinstance(exc, StorageError):
        return EXIT_IO_ERROR
    return EXIT_ERROR
