"""Content-addressed store of design files: files/ab/abcdef… named by SHA-256."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from app.errors import classify_os_error

CHUNK = 1024 * 1024


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole or not at all: into `path.part`, on disk (fsync), then
    renamed over `path`, so a full disk or a crash never leaves half a document where the
    user looks for it. Raises OSError (the `.part` is removed)."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, file_hash: str) -> Path:
        if len(file_hash) != 64 or any(c not in "0123456789abcdef" for c in file_hash):
            raise ValueError(f"not a SHA-256 hex digest: {file_hash!r}")
        return self.root / file_hash[:2] / file_hash

    def has(self, file_hash: str) -> bool:
        return self.path_for(file_hash).exists()

    def put(self, source: Path) -> str:
        """Copy `source` in (hashing while copying); return its hash. Idempotent.

        Written under a temporary name and renamed when complete and synced, so a full
        disk or a crash leaves no half file; a full disk raises DiskFullError, a store that
        cannot be written WorkspaceReadOnlyError (an unreadable `source` its own OSError).
        """
        with source.open("rb") as src:
            try:
                return self._put(src)
            except OSError as exc:
                raise classify_os_error(exc, path=str(self.root)) or exc from exc

    def _put(self, src: BinaryIO) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            file_hash = digest.hexdigest()
            target = self.path_for(file_hash)
            if target.exists():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
            return file_hash
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def export(self, file_hash: str, target: Path) -> None:
        shutil.copyfile(self.path_for(file_hash), target)
