"""The square's own signing key (Ed25519): the receipts it gives accepted verdicts.

A receipt is the square's time and its signature over the verdict's hash
(app.review.canonical.receipt_bytes), so anyone holding a workspace can prove, offline,
that the square accepted that verdict then. Clients pin the public key at their first sync
(GET /v1/square; app.review.directory.pin_square_key) and refuse a square that later shows
another.

The private key is made on the square's first start and kept in its data directory as hex
in a file only the square's account may read (mode 0600). The desktop keeps its secrets in
the OS keyring; a server has no desktop keyring to unlock, and its data directory is already
what must be guarded and backed up (the files, the SQLite database). Losing the file means a
new key: every client then stops syncing with `square_key_changed` until the administrator
explains (that is the point of pinning), so back it up with the data directory.

Several square processes may share one data directory (one PostgreSQL, more processes in
front of it): the key is written to a temporary file and linked into place, so a process
that starts at the same moment reads the finished key of whichever came first.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.review import canonical

KEY_FILE = "square_signing_key"


class SquareKeyError(Exception):
    """The key file exists but holds no key (damaged): the square does not start."""


def load_or_make(data_dir: Path) -> Ed25519PrivateKey:
    """The square's key from `data_dir`, made and kept there the first time."""
    path = data_dir / KEY_FILE
    if not path.exists():
        _make(path)
    try:
        return canonical.private_key_from_hex(path.read_text(encoding="ascii").strip())
    except (ValueError, UnicodeDecodeError) as exc:
        raise SquareKeyError(f"{path} does not hold the square's signing key") from exc


def _make(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = canonical.private_key_hex(canonical.new_private_key()) + "\n"
    tmp = path.with_name(f".{KEY_FILE}.{secrets.token_hex(8)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: keep that
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def public_hex(key: Ed25519PrivateKey) -> str:
    return canonical.public_key_hex(key)
