"""What every request handler needs, built once per process and kept on `app.state`."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Request
from sqlalchemy import Engine

from sync.server.config import ServerConfig
from sync.server.filestore import FileStore
from sync.server.hooks import FaultHooks


@dataclass
class Context:
    config: ServerConfig
    engine: Engine
    files: FileStore
    key: Ed25519PrivateKey  # the square's signing key: receipts (sync.server.square_key)
    hooks: FaultHooks = field(default_factory=FaultHooks)


def get_context(request: Request) -> Context:
    ctx = request.app.state.ctx
    assert isinstance(ctx, Context)
    return ctx
