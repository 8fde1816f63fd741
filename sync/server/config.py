"""The server's settings: where its data lives and how long things last."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

ENV_TEST_HOOKS = "MAKERSQUARE_SQUARE_TEST_HOOKS"
ENV_TOMBSTONE_SECONDS = "MAKERSQUARE_SQUARE_TOMBSTONE_SECONDS"
ENV_ACCESS_SECONDS = "MAKERSQUARE_SQUARE_ACCESS_SECONDS"
ENV_LOGIN_WINDOW_SECONDS = "MAKERSQUARE_SQUARE_LOGIN_WINDOW_SECONDS"
ENV_LOGIN_FAILURES = "MAKERSQUARE_SQUARE_LOGIN_FAILURES"
ENV_LOGIN_ADDRESS_FAILURES = "MAKERSQUARE_SQUARE_LOGIN_ADDRESS_FAILURES"
ENV_PARTIAL_SECONDS = "MAKERSQUARE_SQUARE_PARTIAL_SECONDS"
ENV_SWEEP_SECONDS = "MAKERSQUARE_SQUARE_SWEEP_SECONDS"
# Test overrides: environment variable -> (setting, is a duration in seconds).
_OVERRIDES = {
    ENV_TOMBSTONE_SECONDS: ("tombstone_retention", True),
    ENV_ACCESS_SECONDS: ("access_ttl", True),
    ENV_LOGIN_WINDOW_SECONDS: ("login_window", True),
    ENV_LOGIN_FAILURES: ("login_failures", False),
    ENV_LOGIN_ADDRESS_FAILURES: ("login_address_failures", False),
    ENV_PARTIAL_SECONDS: ("partial_ttl", True),
    ENV_SWEEP_SECONDS: ("sweep_every", True),
}


def sqlite_url(data: Path) -> str:
    return f"sqlite:///{data / 'square.sqlite'}"


@dataclass(frozen=True)
class ServerConfig:
    db_url: str
    data_dir: Path
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)
    tombstone_retention: timedelta = timedelta(days=90)
    change_retention: timedelta = timedelta(days=30)
    max_batch: int = 500
    max_chunk: int = 16 * 1024 * 1024  # the client sends 8 MiB; leave room
    max_file: int = 4 * 1024 * 1024 * 1024
    max_push_bytes: int = 8 * 1024 * 1024  # a push body; refused (413) before it is read whole
    max_body: int = 1024 * 1024  # any other request body but a chunk
    max_partials: int = 20  # unfinished uploads per user
    partial_ttl: timedelta = timedelta(hours=24)  # an unfinished upload left this long goes
    sweep_every: timedelta = timedelta(minutes=10)  # how often expired uploads are swept
    login_window: timedelta = timedelta(minutes=1)
    login_failures: int = 5  # failed logins of one user name per window, then 429
    login_address_failures: int = 30  # of one client address (a classroom shares one)
    test_hooks: bool = False

    @classmethod
    def from_env(
        cls, db: str | None, data: Path, env: Mapping[str, str] | None = None
    ) -> ServerConfig:
        """Settings for `db` (None: SQLite in `data`), with the test overrides of `env`."""
        env = os.environ if env is None else env
        config = cls(db_url=db or sqlite_url(data), data_dir=data)
        config = replace(config, test_hooks=env.get(ENV_TEST_HOOKS) == "1")
        overrides: dict[str, Any] = {}
        for name, (setting, seconds) in _OVERRIDES.items():
            if env.get(name):
                overrides[setting] = (
                    timedelta(seconds=float(env[name])) if seconds else int(env[name])
                )
        return replace(config, **overrides)
