"""Typed errors of the sync client: a stable `code`, never a message to match on.

The codes are the protocol's (sync.protocol `ErrorCode`; docs/sync-protocol.md, "Every
request") plus the client's own: `offline` (no route, refused, timed out), `no_keyring` (no
safe place for the sign-in on this machine), `needs_password` (no stored sign-in and no
password given), `server_error` (the square failed: a 5xx), `not_a_square` (something
answered that does not speak the protocol: a wrong address, a captive portal), `cancelled`,
`other_account` (the workspace holds another user's changes the square has not taken) and
`square_key_changed` (the square shows another signing key than the one the workspace
pinned: it may not be the square it knew; nothing is sent to it).
`ui` turns a code into words (ui/words/errors.py `sync_error_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import MakerSquareError
from sync.protocol import ERROR_CODES

CLIENT_CODES = frozenset(
    {
        "offline",
        "no_keyring",
        "needs_password",
        "server_error",
        "not_a_square",
        "cancelled",
        # The workspace holds another square user's changes not yet taken (one account).
        "other_account",
        # The square's signing key is not the one this workspace pinned (app.review.directory).
        "square_key_changed",
    }
)
CODES = ERROR_CODES | CLIENT_CODES

GATEWAY_STATUSES = frozenset({502, 503, 504})  # a proxy between us could not reach it


class SyncError(MakerSquareError):
    """A sync failed for a reason the user or the network caused (not a bug)."""

    def __init__(
        self,
        code: str,
        message: str = "",
        *,
        status: int | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        if code not in CODES:
            raise ValueError(f"unknown sync error code {code!r}")
        super().__init__(message or code, status=status)
        self.code = code
        self.message = message or code
        self.status = status
        self.body: Mapping[str, Any] = body or {}

    def __repr__(self) -> str:
        return f"SyncError({self.code!r}, {self.message!r})"

    @property
    def transient(self) -> bool:
        """Worth retrying without the user doing anything (network or server trouble)."""
        return self.code in {"offline", "server_error"}


def error_from_response(status: int, body: Any) -> SyncError:
    """The SyncError for an HTTP error answer (`body` is the decoded JSON, or None)."""
    payload: Mapping[str, Any] = {}
    if isinstance(body, Mapping):
        # FastAPI's HTTPException wraps a dict detail as {"detail": {...}}.
        detail = body.get("detail")
        payload = detail if isinstance(detail, Mapping) and "code" in detail else body
    code = payload.get("code")
    message = str(payload.get("message") or "")
    if isinstance(code, str) and code in ERROR_CODES:
        return SyncError(code, message, status=status, body=payload)
    message = message or f"HTTP {status}"
    if not isinstance(code, str) and status in GATEWAY_STATUSES:
        return SyncError("offline", message, status=status, body=payload)
    if status >= 500:
        return SyncError("server_error", message, status=status, body=payload)
    return SyncError("not_a_square", message, status=status, body=payload)
