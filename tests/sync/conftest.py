"""The square for the sync tests: the real server in a subprocess, on SQLite or PostgreSQL.

Fixtures:

- `square(db_url=None, *, test_hooks=True, env=None) -> Square`: a factory; each call starts
  a server on 127.0.0.1 (port 0) with a fresh data dir; all are stopped at teardown.
  `Square` has `url`, `data_dir`, `db_url`, `add_user(name, role="maker", password="pw")`,
  `api(user=None, password="pw") -> Api` (logged in when `user` is given), `restart()`
  (same port, so `url` stays valid), `stop()`, `wait_exit(timeout) -> int` (after a
  crash hook) and `process`.
- `db_url`: parametrized over "sqlite" (None) and "postgresql" (a fresh database per test).
- `postgres_cluster` (session): a private PostgreSQL cluster in a temp dir (installed from
  Debian when missing); `.new_database() -> url`. `postgres_url` (session): one database.
- `sq`: a square with kim and lee (makers) and prof (advisor), passwords in `PASSWORDS`;
  `open_ws(name)`: a real workspace per PC under tmp_path; `no_keyring`: a headless PC.
- `Api`: a `requests.Session` with the protocol header; `push`, `pull`, `snapshot`, and
  `change()` / `new_job()` build changes.
"""

from __future__ import annotations

import contextlib
import glob
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from app.workspace import Workspace, open_workspace
from sync.protocol import PROTOCOL, PROTOCOL_HEADER
from sync.server.cli import add_user

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


def change(
    kind: str,
    record_id: str,
    job_id: str,
    data: dict[str, Any] | None = None,
    *,
    op: str = "upsert",
    base: dict[str, Any] | None = None,
    base_version: int | None = None,
    change_id: str | None = None,
    lines: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    out = {
        "change_id": change_id or str(uuid.uuid4()),
        "kind": kind,
        "id": record_id,
        "job_id": job_id,
        "op": op,
        "base_version": base_version,
        "base": base,
        "data": data or {},
    }
    if lines is not None:  # a quote revision's lines travel inside it (protocol 2)
        out["lines"] = lines
    return out


class Api:
    """A thin HTTP client for the tests (the product's client is sync/client.py)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.http.headers[PROTOCOL_HEADER] = str(PROTOCOL)
        self.tokens: dict[str, Any] = {}

    def request(self, method: str, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.http.request(method, self.url + path, **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.request("PUT", path, **kw)

    def use(self, tokens: dict[str, Any]) -> None:
        self.tokens = tokens
        self.http.headers["Authorization"] = f"Bearer {tokens['access_token']}"

    def login(self, user: str, password: str = "pw") -> dict[str, Any]:
        r = self.post("/v1/auth/login", json={"user": user, "password": password})
        assert r.status_code == 200, r.text
        self.use(r.json())
        return self.tokens

    def push(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.post("/v1/push", json={"changes": list(changes)})
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["results"]
        return results

    def push_one(self, c: dict[str, Any]) -> dict[str, Any]:
        return self.push(c)[0]

    def pull(self, cursor: int = 0, limit: int = 1000) -> dict[str, Any]:
        r = self.get("/v1/pull", params={"cursor": cursor, "limit": limit})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull_all(self, cursor: int = 0) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        got: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor)
            got += page["records"]
            cursor = page["cursor"]
            if not page["more"]:
                return got, page

    def snapshot(self, job_id: str) -> requests.Response:
        return self.get(f"/v1/jobs/{job_id}/snapshot")

    def new_job(self, title: str = "반지 시제품", **fields: Any) -> str:
        job_id = str(uuid.uuid4())
        data = {"number": "J-2026-0001", "title": title, **fields}  # what a new job needs
        result = self.push_one(change("job", job_id, job_id, data))
        assert result["status"] == "applied", result
        return job_id

    def share(self, job_id: str, user: str, role: str = "advisor") -> dict[str, Any]:
        c = change("membership", f"{job_id}:{user}", job_id, {"user": user, "role": role})
        return self.push_one(c)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Square:
    data_dir: Path
    db_url: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        code = (
            "import sys; from pathlib import Path; from sync.server.cli import serve; "
            f"sys.exit(serve({self.db_url!r}, Path({str(self.data_dir)!r}), '127.0.0.1', "
            f"{self.port}))"
        )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "server.log", "ab")  # noqa: SIM115 (the child keeps it)
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=subprocess.PIPE,
            stderr=log,
        )
        log.close()
        line = self._first_line()
        assert line.startswith("listening on http://127.0.0.1:"), line
        self.port = int(line.rsplit(":", 1)[1])

    def _first_line(self) -> str:
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], START_TIMEOUT)
        if not ready:
            self.stop()
            raise AssertionError(f"the square did not start: {self.log()}")
        line = self.process.stdout.readline().decode().strip()
        if not line:
            raise AssertionError(f"the square exited: {self.log()}")
        return line

    def log(self) -> str:
        return (self.data_dir / "server.log").read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        p, self.process = self.process, None
        if p is None:
            return
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
        if p.stdout is not None:
            p.stdout.close()

    def restart(self) -> None:
        self.stop()
        self.start()

    def wait_exit(self, timeout: float = 10) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def add_user(self, name: str, role: str = "maker", password: str = "pw") -> None:
        assert add_user(name, role, password, self.db_url, self.data_dir) == 0

    def api(self, user: str | None = None, password: str = "pw") -> Api:
        api = Api(self.url)
        if user is not None:
            api.login(user, password)
        return api


@pytest.fixture
def square(tmp_path: Path) -> Iterator[Callable[..., Square]]:
    made: list[Square] = []

    def make(
        db_url: str | None = None, *, test_hooks: bool = True, env: dict[str, str] | None = None
    ) -> Square:
        extra = {"MAKERSQUARE_SQUARE_TEST_HOOKS": "1" if test_hooks else "0", **(env or {})}
        sq = Square(tmp_path / f"square{len(made)}", db_url, extra)
        made.append(sq)
        sq.start()
        return sq

    yield make
    for sq in made:
        sq.stop()


@dataclass
class PostgresCluster:
    root: Path
    port: int
    bindir: Path
    count: int = 0

    def admin_url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        import psycopg

        self.count += 1
        name = f"square_{os.getpid()}_{self.count}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url(name)


def _pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _install_postgres() -> Path | None:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=False, env=env)
    return _pg_bindir()


def _as_postgres(*args: str | Path) -> None:
    subprocess.run(
        ["runuser", "-u", "postgres", "--", *map(str, args)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bindir = _pg_bindir() or _install_postgres()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed and cannot be installed here (not root)")
    root = Path(tempfile.mkdtemp(prefix="makersquare-pg-"))
    root.chmod(0o755)
    shutil.chown(root, "postgres", "postgres")
    cluster = PostgresCluster(root, free_port(), bindir)
    data = root / "data"
    _as_postgres(bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                 "--no-sync")  # fmt: skip
    options = f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    _as_postgres(bindir / "pg_ctl", "-D", data, "-l", root / "log", "-w", "-o", options, "start")
    try:
        yield cluster
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            _as_postgres(bindir / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres_cluster: PostgresCluster) -> str:
    """One database of the session's private cluster."""
    return postgres_cluster.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str | None:
    """None (SQLite in the data dir) or a fresh PostgreSQL database for this test."""
    if request.param == "sqlite":
        return None
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database()


def wait_until(check: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a keyring backend (headless Linux): sign-ins go by password."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


PASSWORDS = {"kim": "kim-pw-1", "lee": "lee-pw-2", "prof": "prof-pw-3"}


@pytest.fixture
def sq(square: Callable[..., Square]) -> Square:
    """A square with two makers (kim, lee) and an advisor (prof), passwords in PASSWORDS."""
    server = square()
    server.add_user("kim", "maker", PASSWORDS["kim"])
    server.add_user("lee", "maker", PASSWORDS["lee"])
    server.add_user("prof", "advisor", PASSWORDS["prof"])
    return server


@pytest.fixture
def open_ws(tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    """Opens real workspaces under tmp_path by name (one PC each); closes them after."""
    opened: list[Workspace] = []

    def _open(name: str) -> Workspace:
        ws = open_workspace(tmp_path / name)
        opened.append(ws)
        return ws

    yield _open
    for ws in opened:
        ws.close()
