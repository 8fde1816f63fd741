"""Failed logins, counted per user name and per client address, in the database.

The square's app processes hold no state, so the failures live in a table every process
sees. A key with `limit` failures inside the window is answered 429 `too_many_attempts`
with `retry_after` (seconds until one of them ages out) before any password is checked, so
guessing costs the guesser time and the square no argon2 work. A successful login forgets
the user name's failures (not the address's: one good password does not buy more guesses
at other accounts).
"""

from __future__ import annotations

import math
from datetime import timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from sync.server.config import ServerConfig
from sync.server.errors import ApiError
from sync.server.schema import login_failures, utcnow

Key = tuple[str, int]  # (key, failures allowed in the window)


def login_keys(config: ServerConfig, name: str, address: str) -> tuple[Key, Key]:
    """The user name's key first, then the client address's."""
    return (f"user:{name}", config.login_failures), (
        f"addr:{address}",
        config.login_address_failures,
    )


def check(conn: Connection, keys: tuple[Key, ...], window: timedelta) -> None:
    """Raise 429 `too_many_attempts` when a key has used up its failures."""
    now = utcnow()
    wait = 0.0
    for key, limit in keys:
        times = (
            conn.execute(
                select(login_failures.c.at)
                .where(login_failures.c.key == key, login_failures.c.at > now - window)
                .order_by(login_failures.c.at)
            )
            .scalars()
            .all()
        )
        if len(times) >= limit:
            # Once the failure at this place ages out, the key is one under its limit again.
            frees = times[len(times) - limit] + window
            wait = max(wait, (frees - now).total_seconds())
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise ApiError(
            429,
            "too_many_attempts",
            f"too many failed logins; try again in {seconds} s",
            headers={"Retry-After": str(seconds)},
            retry_after=seconds,
        )


def failed(conn: Connection, keys: tuple[Key, ...], window: timedelta) -> None:
    """Count a failure against every key (and drop failures older than the window)."""
    now = utcnow()
    conn.execute(delete(login_failures).where(login_failures.c.at <= now - window))
    conn.execute(insert(login_failures), [{"key": key, "at": now} for key, _limit in keys])


def forget(conn: Connection, key: Key) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.key == key[0]))
