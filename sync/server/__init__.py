"""The square's reference server (docs/sync-protocol.md): FastAPI on uvicorn, SQLAlchemy.

App processes hold no state: everything lives in the database (SQLite for one small
deployment, PostgreSQL in production) and the content-addressed file store, so the square
grows by running more processes in front of one PostgreSQL. `create_app` builds the ASGI
app; `sync.server.cli` has the command-line entry points.
"""

from __future__ import annotations

from importlib.util import find_spec

# pyproject.toml's `server` extra: what the square cannot run without on a PC that installed
# Maker Square alone (the desktop needs none of it). psycopg only for a PostgreSQL --db.
EXTRA = "makersquare[server]"
_MODULES = ("fastapi", "uvicorn", "argon2")


def missing_modules(db_url: str | None = None) -> list[str]:
    """The modules of the `server` extra that `makersquare square …` needs and cannot find."""
    psycopg = (db_url or "").split(":", 1)[0] == "postgresql+psycopg"
    needed = (*_MODULES, "psycopg") if psycopg else _MODULES
    return [name for name in needed if find_spec(name) is None]
