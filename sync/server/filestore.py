"""The content-addressed file store (SHA-256) behind a small interface.

`DiskFileStore` keeps finished files under `DIR/files/ab/abcdef...` and each user's uploads
in progress under `DIR/partial/<user id>/<hash>.part`: one user's upload never touches
another's, and a user who sends a file the square already has still sends all of it (that
is their proof that they hold it). The upload position is the partial file's size, so it
survives a server restart and is shared by every process on the same disk. A file becomes
visible only after its hash is checked.

Appending and completing take a lock per hash (`DIR/locks/abc.lock`, one of 4,096 by the
hash's first three hex digits, an flock shared by every process and thread): a chunk that
arrives while `complete` is hashing waits, then finds the file finished, so nothing lands
in a file after its hash was checked. An S3-compatible store can implement the same
protocol later.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

HASH_PATTERN = r"^[0-9a-f]{64}$"  # SHA-256, lowercase hex
HASH_RE = re.compile(HASH_PATTERN)
_OWNER_RE = re.compile(r"^[0-9A-Za-z-]{1,64}$")  # a user id: a directory name, nothing more
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

    def received(self, digest: str, owner: str) -> int:
        """Bytes of `owner`'s upload in progress (0: none)."""
        ...

    def append(
        self, digest: str, owner: str, offset: int, chunk: bytes, known: Callable[[], bool]
    ) -> int:
        """Write `chunk` at `offset` (must equal `received`) of `owner`'s upload; returns the
        new position. When the file is finished and `known()` (asked under the hash's lock)
        says the owner may know it, OffsetMismatchError(size) instead."""
        ...

    def complete(self, digest: str, owner: str, size: int, done: Callable[[], None]) -> None:
        """Check size and SHA-256 of `owner`'s upload, make the file visible (or keep the one
        there) and call `done()` under the hash's lock; a mismatch drops the upload
        (HashMismatchError); no upload: FileNotFoundError."""
        ...

    def drop(self, digest: str, owner: str, older_than: float | None = None) -> bool:
        """Remove `owner`'s upload (only if last written before `older_than`, a time.time())."""
        ...

    def partials(self) -> Iterator[tuple[str, str, float]]:
        """(owner, hash, last written) of every upload in progress (owner "": one left by a
        square before uploads were kept per user)."""
        ...

    def read(self, digest: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes start..end (inclusive) of a finished file."""
        ...


class DiskFileStore:
    def __init__(self, root: Path) -> None:
        self._files = root / "files"
        self._partial = root / "partial"
        self._locks = root / "locks"
        for folder in (self._files, self._partial, self._locks):
            folder.mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        return self._files / digest[:2] / digest

    def _part(self, digest: str, owner: str) -> Path:
        if not is_hash(digest) or not (owner == "" or _OWNER_RE.match(owner)):
            raise ValueError("a partial is named by a user id and a SHA-256")
        if not owner:  # left by a square before uploads were kept per user
            return self._partial / f"{digest}.part"
        return self._partial / owner / f"{digest}.part"

    @contextlib.contextmanager
    def _hash_lock(self, digest: str) -> Iterator[None]:
        with open(self._locks / f"{digest[:3]}.lock", "ab") as f, _locked(f):
            yield

    def has(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def size(self, digest: str) -> int:
        return self._path(digest).stat().st_size

    def received(self, digest: str, owner: str) -> int:
        try:
            return self._part(digest, owner).stat().st_size
        except FileNotFoundError:
            return 0

    def append(
        self, digest: str, owner: str, offset: int, chunk: bytes, known: Callable[[], bool]
    ) -> int:
        part = self._part(digest, owner)
        with self._hash_lock(digest):
            if self.has(digest) and known():
                raise OffsetMismatchError(self.size(digest))
            part.parent.mkdir(exist_ok=True)
            with open(part, "ab") as f:
                position = os.fstat(f.fileno()).st_size
                if position != offset:
                    raise OffsetMismatchError(position)
                f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
                return position + len(chunk)

    def complete(self, digest: str, owner: str, size: int, done: Callable[[], None]) -> None:
        part = self._part(digest, owner)
        with self._hash_lock(digest), open(part, "rb") as f:
            actual_size = os.fstat(f.fileno()).st_size
            h = hashlib.sha256()
            while block := f.read(READ_BLOCK):
                h.update(block)
            if actual_size != size or h.hexdigest() != digest:
                part.unlink(missing_ok=True)
                raise HashMismatchError(f"got {actual_size} bytes hashing to {h.hexdigest()}")
            target = self._path(digest)
            if target.is_file():  # someone sent it before: this upload only proved it
                part.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(part, target)
                _fsync_dir(target.parent)
            done()

    def drop(self, digest: str, owner: str, older_than: float | None = None) -> bool:
        part = self._part(digest, owner)
        with self._hash_lock(digest):
            try:
                if older_than is not None and part.stat().st_mtime >= older_than:
                    return False
                part.unlink()
            except FileNotFoundError:
                return False
            return True

    def partials(self) -> Iterator[tuple[str, str, float]]:
        for path in [*self._partial.glob("*/*.part"), *self._partial.glob("*.part")]:
            digest = path.name.removesuffix(".part")
            owner = "" if path.parent == self._partial else path.parent.name
            try:
                mtime = path.stat().st_mtime
            except FileNotFoundError:
                continue
            if is_hash(digest) and (owner == "" or _OWNER_RE.match(owner)):
                yield owner, digest, mtime

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
