"""One writer per workspace: an exclusive OS lock on `workspace.lock` in the workspace folder.

A Workspace opened for writing holds the lock for its whole life and releases it on close.
The lock belongs to the operating system, not to the file: it dies with the process that
holds it, so a crashed or killed Maker Square leaves no stale lock behind, and the file
itself is never deleted (deleting a lock file lets two processes lock two different files).
A second process, or a second open in the same process, is refused at once with
WorkspaceLockedError. The holder writes its process id into the file, for the log only.

POSIX: flock() (one lock per open file, so two opens in one process conflict too; fcntl's
record locks would not). Windows: msvcrt.locking() on the file's first byte.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import sys
from pathlib import Path

from app.errors import WorkspaceLockedError, classify_os_error

log = logging.getLogger(__name__)

LOCK_NAME = "workspace.lock"
_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


def _try_lock(fd: int) -> None:
    """Lock `fd` exclusively without waiting; OSError (EAGAIN, EACCES …) when held."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(root: Path) -> str:
    """Who wrote the lock file last ("pid 123 on host"), for messages in the log."""
    try:
        return (root / LOCK_NAME).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:  # Windows refuses to read a locked byte; a read-only copy may lack it
        return ""


class WorkspaceLock:
    """The held lock of one workspace folder; `release()` (idempotent) gives it back."""

    def __init__(self, root: Path, fd: int) -> None:
        self.root = root
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, root: Path) -> WorkspaceLock:
        """Take the lock of `root` or raise WorkspaceLockedError at once (never waits).

        A folder that cannot be written raises WorkspaceReadOnlyError, a full disk
        DiskFullError (the lock file is created on first use).
        """
        path = root / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise classify_os_error(exc, path=str(root)) or exc from exc
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                holder = read_holder(root)
                log.info("workspace %s is locked by %s", root, holder or "another process")
                raise WorkspaceLockedError(
                    f"{root} is open in another process ({holder or 'unknown'})",
                    path=str(root),
                    holder=holder,
                ) from exc
            raise
        lock = cls(root, fd)
        lock._write_holder()
        return lock

    def _write_holder(self) -> None:
        if self._fd is None or sys.platform == "win32":  # (a locked byte cannot be read)
            return
        text = f"pid {os.getpid()} on {socket.gethostname()}\n".encode()
        try:
            os.ftruncate(self._fd, 0)
            os.pwrite(self._fd, text, 0)
        except OSError as exc:  # a full disk: the lock holds without the note
            log.warning("could not note the lock holder in %s: %s", self.root, exc)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError as exc:  # closing releases it anyway
            log.warning("could not unlock %s: %s", self.root, exc)
        finally:
            os.close(fd)
