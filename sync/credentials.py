"""The sign-in kept in the operating system's keyring, and nowhere else.

What is kept: the refresh token per (server, user), and the password only when the user
asks for it. A machine with no keyring backend (headless Linux: keyring's `fail` backend,
`NoKeyringError`) raises `SyncError("no_keyring")`, so the caller asks for the password
each time. `keyrings.alt` is refused even when it is the active backend: its default is a
plaintext file, and a secret never goes into a plain file.
"""

from __future__ import annotations

import logging
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from sync.errors import SyncError

log = logging.getLogger(__name__)

SERVICE = "makersquare"
_UNSAFE_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _unsafe(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    return module.startswith(_UNSAFE_MODULES) or "plaintext" in name


def safe_backend() -> KeyringBackend:
    """The keyring backend to use, or SyncError("no_keyring") when there is no safe one.

    keyring's chainer is looked through: its plaintext members are skipped, so a secret
    never lands in keyrings.alt's file because the real keyring said no.
    """
    try:
        active = keyring.get_keyring()
    except keyring.errors.KeyringError as exc:
        raise SyncError("no_keyring", str(exc)) from exc
    members: list[Any] = list(getattr(active, "backends", None) or [active])
    safe = [b for b in members if isinstance(b, KeyringBackend) and not _unsafe(b)]
    if not safe:
        names = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in members)
        raise SyncError("no_keyring", f"no safe keyring backend (found: {names})")
    return safe[0]


def keyring_available() -> bool:
    try:
        safe_backend()
    except SyncError:
        return False
    return True


def _account(kind: str, server_url: str, user: str) -> str:
    return f"{kind}:{user}@{server_url.rstrip('/')}"


def _get(account: str) -> str | None:
    backend = safe_backend()
    try:
        value = backend.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:  # locked, or the daemon went away
        raise SyncError("no_keyring", str(exc)) from exc
    return str(value) if value is not None else None


def _set(account: str, secret: str) -> None:
    backend = safe_backend()
    try:
        backend.set_password(SERVICE, account, secret)
    except keyring.errors.KeyringError as exc:
        raise SyncError("no_keyring", str(exc)) from exc


def _delete(account: str) -> None:
    backend = safe_backend()
    try:
        backend.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was stored
    except keyring.errors.KeyringError as exc:
        raise SyncError("no_keyring", str(exc)) from exc


def load_refresh_token(server_url: str, user: str) -> str | None:
    return _get(_account("refresh", server_url, user))


def save_refresh_token(server_url: str, user: str, token: str) -> None:
    _set(_account("refresh", server_url, user), token)


def forget_refresh_token(server_url: str, user: str) -> None:
    _delete(_account("refresh", server_url, user))


def load_password(server_url: str, user: str) -> str | None:
    return _get(_account("password", server_url, user))


def save_password(server_url: str, user: str, password: str) -> None:
    """Only when the user ticked "remember the password"; the refresh token usually does."""
    _set(_account("password", server_url, user), password)


def forget_password(server_url: str, user: str) -> None:
    _delete(_account("password", server_url, user))


def load_secret(account: str) -> str | None:
    """Another secret of ours kept the same way (sync.keys: the signing key)."""
    return _get(account)


def save_secret(account: str, secret: str) -> None:
    _set(account, secret)
