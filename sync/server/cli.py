"""Command-line entry points: `makersquare square serve` and `makersquare square user add`.

`db=None` means SQLite at `data / "square.sqlite"`.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from sync.server.auth import BadRoleError, UserExistsError, create_user
from sync.server.config import ServerConfig
from sync.server.schema import create_schema, make_engine


def serve(db: str | None, data: Path, host: str, port: int) -> int:
    """Run the square until stopped; prints `listening on http://HOST:PORT` once bound."""
    import uvicorn

    from sync.server.app import create_app

    data.mkdir(parents=True, exist_ok=True)
    config = ServerConfig.from_env(db, data)
    try:
        app = create_app(config)
    except SQLAlchemyError as e:
        sys.stderr.write(f"makersquare: cannot open the square's database: {_line(e)}\n")
        return 1
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sys.stderr.write(f"makersquare: cannot listen on {host}:{port}: {e.strerror}\n")
        return 1
    sock.listen(128)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    sys.stdout.write(f"listening on http://{shown}:{bound}\n")
    sys.stdout.flush()
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    )
    server.run(sockets=[sock])
    return 0


def add_user(name: str, role: str, password: str, db: str | None, data: Path) -> int:
    """Add a user to the square; 0, or 1 with a one-line error (user exists, bad role)."""
    if not password:
        sys.stderr.write("makersquare: the password is empty\n")
        return 1
    data.mkdir(parents=True, exist_ok=True)
    config = ServerConfig.from_env(db, data)
    try:
        engine = make_engine(config.db_url)
        try:
            create_schema(engine)
            with engine.begin() as conn:
                create_user(conn, name, role, password)
        finally:
            engine.dispose()
    except (UserExistsError, BadRoleError) as e:
        sys.stderr.write(f"makersquare: {e}\n")
        return 1
    except SQLAlchemyError as e:
        sys.stderr.write(f"makersquare: cannot open the square's database: {_line(e)}\n")
        return 1
    return 0


def _line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
