"""Request bodies bounded before they are read whole: 413 `too_large` as JSON.

A body whose Content-Length is over its route's limit is refused before a byte of it is
read; one sent without a length (chunked) is counted as it streams and refused as soon as
it passes the limit, so a client cannot make the square hold more than the limit in memory.
The limits: a push `max_push_bytes`, a file chunk `max_chunk`, anything else `max_body`.
"""

from __future__ import annotations

import re

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.config import ServerConfig
from sync.server.errors import ApiError

_CHUNK = re.compile(r"^/v1/files/[^/]+/upload$")


def body_limit(config: ServerConfig, method: str, path: str) -> int:
    if path == "/v1/push":
        return config.max_push_bytes
    if method == "PUT" and _CHUNK.match(path):
        return config.max_chunk
    return config.max_body


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, config: ServerConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(self.config, scope["method"], scope["path"])
        message = f"the request body is larger than {limit} bytes"
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await ApiError(413, "too_large", message).response()(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            got = await receive()
            if got["type"] == "http.request":
                seen += len(got.get("body", b""))
                if seen > limit:  # the route's error handler answers it as JSON
                    raise HTTPException(413, message)
            return got

        await self.app(scope, counted, send)
