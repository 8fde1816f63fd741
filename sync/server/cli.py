"""Command-line entry points: `makersquare square serve` and `makersquare square user …`
(add, disable, enable, reset-password, set-role, revoke-tokens, list, profile).

`db=None` means SQLite at `data / "square.sqlite"`.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sync.server import accounts
from sync.server.auth import BadRoleError, UserExistsError, create_user
from sync.server.config import ServerConfig
from sync.server.directory import BadProfileError
from sync.server.schema import create_schema, make_engine
from sync.server.square_key import SquareKeyError


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
    except (SquareKeyError, OSError) as e:
        sys.stderr.write(f"makersquare: cannot read or make the square's key: {_line(e)}\n")
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
        return _fail("the password is empty")
    return _on_db(db, data, lambda conn: create_user(conn, name, role, password))


def disable_user(name: str, db: str | None, data: Path) -> int:
    """Disable a user: no login, no refresh, and every sign-in they have ends."""
    return _on_db(db, data, lambda conn: accounts.set_disabled(conn, name, True))


def enable_user(name: str, db: str | None, data: Path) -> int:
    return _on_db(db, data, lambda conn: accounts.set_disabled(conn, name, False))


def reset_password(name: str, password: str, db: str | None, data: Path) -> int:
    """A new password; every sign-in the user has ends."""
    if not password:
        return _fail("the password is empty")
    return _on_db(db, data, lambda conn: accounts.reset_password(conn, name, password))


def set_role(name: str, role: str, db: str | None, data: Path) -> int:
    return _on_db(db, data, lambda conn: accounts.set_role(conn, name, role))


def revoke_tokens(name: str, db: str | None, data: Path) -> int:
    """End every sign-in of a user (a lost laptop): they must log in again."""
    return _on_db(db, data, lambda conn: accounts.revoke_tokens(conn, name))


def list_users(db: str | None, data: Path, *, as_json: bool = False) -> int:
    """Print the users, one line each (name, role, enabled/disabled), or a JSON array."""
    found: list[accounts.Account] = []
    code = _on_db(db, data, lambda conn: found.extend(accounts.list_accounts(conn)))
    if code:
        return code
    if as_json:
        lines = [json.dumps([a.as_json() for a in found], ensure_ascii=False)]
    else:
        lines = [f"{a.name}\t{a.role}\t{'disabled' if a.disabled else 'enabled'}" for a in found]
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    return 0


def set_profile(
    name: str,
    db: str | None,
    data: Path,
    *,
    affiliation: str | None = None,
    fields: list[str] | None = None,
    intro: str | None = None,
) -> int:
    """Set a user's card in the directory (the parts given; the others stay)."""
    return _on_db(
        db,
        data,
        lambda conn: accounts.set_profile(
            conn, name, affiliation=affiliation, fields=fields, intro=intro
        ),
    )


def _on_db(db: str | None, data: Path, action: Callable[[Connection], object]) -> int:
    """Run `action` in one transaction on the square's database; 0, or 1 with one line on
    stderr (no such user, user exists, bad role or card, database unreachable)."""
    data.mkdir(parents=True, exist_ok=True)
    config = ServerConfig.from_env(db, data)
    try:
        engine = make_engine(config.db_url)
        try:
            create_schema(engine)
            with engine.begin() as conn:
                action(conn)
        finally:
            engine.dispose()
    except (UserExistsError, BadRoleError, BadProfileError, accounts.NoSuchUserError) as e:
        return _fail(str(e))
    except SQLAlchemyError as e:
        return _fail(f"cannot open the square's database: {_line(e)}")
    return 0


def _fail(message: str) -> int:
    sys.stderr.write(f"makersquare: {message}\n")
    return 1


def _line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
