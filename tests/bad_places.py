"""A workspace in bad places, made for real: a read-only folder, a full disk, a holder.

The tests run as root here, and root ignores file permissions: chmod alone cannot make a
folder read-only for it. So, as root, a read-only folder is a read-only bind mount of the
folder over itself, and a full disk is a 2 MB tmpfs filled to the last byte; both need
root and a working `mount`, and a test that needs them is skipped (saying why) without.
As any other user, chmod makes the folder read-only. The classification of the errors
themselves is tested without these, at the SQLite and OS boundary (tests/app).

A holder is a real second process that opens a workspace for writing and keeps it open
until its stdin closes (tests/_hold_workspace.py).
"""

from __future__ import annotations

import errno
import functools
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HOLDER = Path(__file__).with_name("_hold_workspace.py")


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


@functools.cache
def can_mount() -> bool:
    """Root with a working `mount` (a container may forbid it)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    with tempfile.TemporaryDirectory() as probe:
        if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe):
            return False
        _run("umount", probe)
    return True


def _unmount(folder: Path) -> None:
    if not _run("umount", str(folder)):  # something still has a file open there
        _run("umount", "-l", str(folder))


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` (and all in it) read-only for this process and its children."""
    if sys.platform == "win32":
        pytest.skip("read-only folders are made with chmod or mount here (POSIX)")
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p, mode in modes.items():
            p.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    if not can_mount():
        pytest.skip("running as root without mount: root ignores chmod, so no read-only folder")
    assert _run("mount", "--bind", str(folder), str(folder))
    try:
        assert _run("mount", "-o", "remount,bind,ro", str(folder))
        yield
    finally:
        _unmount(folder)


@contextmanager
def tiny_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs at `folder` (made if needed), unmounted after."""
    if not can_mount():
        pytest.skip("a full disk is a small tmpfs, which needs root and mount")
    folder.mkdir(parents=True, exist_ok=True)
    assert _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


def fill_disk(folder: Path) -> Path:
    """Write a filler file in `folder` until the disk is full; return it (delete to free)."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as f:
        block = b"\0" * 4096
        try:
            while True:
                f.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
        try:
            while True:
                f.write(b"\0")  # the last bytes of the last block
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    return filler


class Holder:
    """A second process with the workspace open for writing, until `release()`."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-P", str(HOLDER), str(root)],  # -P: tests/app must not shadow app/
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line != "ready\n":
            self.proc.kill()
            raise AssertionError(f"the holder did not start: {line!r} {self.proc.stderr}")

    def release(self) -> None:
        """Close its stdin: it closes the workspace and exits."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def kill(self) -> None:
        """SIGKILL: no close, no cleanup — the OS drops its lock."""
        self.proc.kill()
        self.proc.wait(timeout=30)


@contextmanager
def held(root: Path) -> Iterator[Holder]:
    holder = Holder(root)
    try:
        yield holder
    finally:
        holder.release()
        for stream in (holder.proc.stdout, holder.proc.stderr):
            if stream is not None:
                stream.close()
