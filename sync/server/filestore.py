"""The content-addressed file store (SHA-256) behind a small interface.

`DiskFileStore` keeps finished files under `DIR/files/ab/abcdef...` and uploads in
progress under `DIR/partial/<hash>.part`; the upload position is the partial file's size,
so it survives a server restart and is shared by every process on the same disk. A file
becomes visible only after its hash is checked. An S3-compatible store can implement the
same protocol later.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

HASH_RE = re.compile(r"^[0-9a-f]{64}$")
READ_BLOCK = 1024 * 1024


class OffsetMismatchError(Exception):
    def __init__(self, received: int) -> None:
        super().__init__(f"upload is at {received}")
        self.received = received


class HashMismatchError(Exception):
    pass


def is_hash(value: object) -> bool:
    return isinstance(value, str) and HASH_RE.match(value) is not None


class FileStore(Protocol):
    def has(self, digest: str) -> bool: ...

    def size(self, digest: str) -> int:
        """The finished file's size; FileNotFoundError when there is none."""
        ...

    def received(self, digest: str) -> int:
        """Bytes received so far (the finished size once complete)."""
        ...

    def append(self, digest: str, offset: int, chunk: bytes) -> int:
        """Write `chunk` at `offset` (must equal `received`); returns the new position."""
        ...

    def complete(self, digest: str, size: int) -> None:
        """Check size and SHA-256, then make the file visible; a mismatch drops the upload."""
        ...

    def read(self, digest: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes start..end (inclusive) of a finished file."""
        ...


class DiskFileStore:
    def __init__(self, root: Path) -> None:
        self._files = root / "files"
        self._partial = root / "partial"
        self._files.mkdir(parents=True, exist_ok=True)
        self._partial.mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        return self._files / digest[:2] / digest

    def _part(self, digest: str) -> Path:
        return self._partial / f"{digest}.part"

    def has(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def size(self, digest: str) -> int:
        return self._path(digest).stat().st_size

    def received(self, digest: str) -> int:
        if self.has(digest):
            return self.size(digest)
        try:
            return self._part(digest).stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, digest: str, offset: int, chunk: bytes) -> int:
        if self.has(digest):
            raise OffsetMismatchError(self.size(digest))
        with open(self._part(digest), "ab") as f, _locked(f):
            position = os.fstat(f.fileno()).st_size
            if position != offset:
                raise OffsetMismatchError(position)
            f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
            return position + len(chunk)

    def complete(self, digest: str, size: int) -> None:
        if self.has(digest):
            return
        part = self._part(digest)
        with open(part, "rb") as f, _locked(f):
            actual_size = os.fstat(f.fileno()).st_size
            h = hashlib.sha256()
            while block := f.read(READ_BLOCK):
                h.update(block)
            if actual_size != size or h.hexdigest() != digest:
                part.unlink(missing_ok=True)
                raise HashMismatchError(f"got {actual_size} bytes hashing to {h.hexdigest()}")
            target = self._path(digest)
            target.parent.mkdir(exist_ok=True)
            os.replace(part, target)
            _fsync_dir(target.parent)

    def read(self, digest: str, start: int, end: int) -> Iterator[bytes]:
        with open(self._path(digest), "rb") as f:
            f.seek(start)
            left = end - start + 1
            while left > 0:
                block = f.read(min(READ_BLOCK, left))
                if not block:
                    return
                left -= len(block)
                yield block


@contextlib.contextmanager
def _locked(f: BinaryIO) -> Iterator[None]:
    """An exclusive lock on an open file, across the processes sharing the disk."""
    fcntl.flock(f.fileno(), fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
