"""The reviewer's own signing key (Ed25519): made on first use, kept in the OS keyring only.

Like the sign-in (sync.credentials), the private key never goes into a plain file: on a PC
with no safe keyring backend `signing_key` raises SyncError("no_keyring") and no verdict can
be signed there. The public key is published to the square on sync (sync.engine), so the
square can check a verdict's signature before it gives its receipt.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.review import canonical
from sync import credentials
from sync.errors import SyncError


def _account(server_url: str, user: str) -> str:
    return f"signing:{user}@{server_url.rstrip('/')}"


def stored_signing_key(server_url: str, user: str) -> Ed25519PrivateKey | None:
    """The user's key on this PC, or None when none was made yet."""
    text = credentials.load_secret(_account(server_url, user))
    if text is None:
        return None
    try:
        return canonical.private_key_from_hex(text)
    except ValueError as exc:
        raise SyncError("no_keyring", "the signing key in the keyring is damaged") from exc


def signing_key(server_url: str, user: str) -> Ed25519PrivateKey:
    """The user's key on this PC, made and kept in the keyring the first time."""
    key = stored_signing_key(server_url, user)
    if key is None:
        key = canonical.new_private_key()
        credentials.save_secret(_account(server_url, user), canonical.private_key_hex(key))
    return key
