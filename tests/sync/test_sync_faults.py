"""Faults between real clients and the real square: cut connections, a stalled line, a slow
link, crashes around the square's commit, a client killed mid-page, skewed client clocks.

The invariant everywhere: every change a client made is on the square exactly once (read
from the square's own database), and once the faults stop every client agrees with the
square after at most two syncs each.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import app.models
from app.designs.designs import import_design, list_designs
from app.filestore import sha256_file
from app.jobs import jobs
from app.jobs.comments import add_comment, list_comments, share_job
from app.replica.state import cursor, sync_status
from app.workspace import Workspace, open_workspace
from sync.client import SquareClient
from sync.engine import SyncSummary, run_sync
from sync.errors import SyncError
from sync.server.hooks import CRASH_EXIT_CODE
from tests.sync.conftest import ROOT, Square, change
from tests.sync.proxy import DOWN, UP, Direction, FaultProxy
from tests.sync.square_checks import (
    assert_comments_once,
    client_view,
    cursor_agrees,
    integrity_ok,
    server_records,
    server_view,
)

USERS = {"kim": "maker", "lee": "maker", "prof": "advisor"}
PASSWORD = "pw"
CHILD = [sys.executable, "-m", "tests.sync._sync_child"]


pytestmark = pytest.mark.usefixtures("no_keyring")  # the headless case, as on CI


class World:
    """One square behind a fault proxy, and the clients' workspaces and kept clients."""

    def __init__(self, sq: Square, proxy: FaultProxy, root: Path) -> None:
        self.sq, self.proxy, self.root = sq, proxy, root
        self.ws: dict[str, Workspace] = {}
        self.clients: dict[str, SquareClient] = {}
        self.timeout = (5.0, 10.0)
        self.fault_codes = {"offline"}  # what a sync under a network fault may end with

    def open(self, user: str) -> Workspace:
        ws = open_workspace(self.root / f"ws-{user}")
        self.ws[user] = ws
        return ws

    def client(self, user: str) -> SquareClient:
        if user not in self.clients:
            self.clients[user] = SquareClient(self.proxy.url, timeout=self.timeout)
        return self.clients[user]

    def sync(self, user: str) -> SyncSummary:
        return run_sync(
            self.ws[user],
            server_url=self.proxy.url,
            user=user,
            password=PASSWORD,
            client=self.client(user),
        )

    def try_sync(self, user: str) -> SyncError | None:
        """A sync under a fault: it may fail, but only with a network code, never a bug."""
        try:
            self.sync(user)
        except SyncError as exc:
            assert exc.code in self.fault_codes, f"{user}: {exc.code} {exc.message}"
            return exc
        return None

    def converge(self) -> None:
        """Faults off: two syncs each, in turn, and everyone agrees with the square."""
        self.proxy.pass_through()
        for _ in range(2):
            for user in self.ws:
                self.sync(user)
        self.assert_agree()

    def assert_agree(self) -> None:
        for user, ws in self.ws.items():
            view, want = client_view(ws), server_view(self.sq, user)
            assert view.pending == 0, f"{user} still has {view.pending} changes waiting"
            assert view.jobs == want.jobs, f"{user}'s jobs differ from the square's"
            assert view.comments == want.comments, f"{user}'s comments differ from the square's"

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()


@pytest.fixture
def world(square: Callable[..., Square], tmp_path: Path) -> Iterator[World]:
    sq = square()
    for name, role in USERS.items():
        sq.add_user(name, role, PASSWORD)
    with FaultProxy(("127.0.0.1", sq.port)) as proxy:
        w = World(sq, proxy, tmp_path)
        yield w
        w.close()


def shared_job(w: World, title: str = "은반지 시제품") -> str:
    """A job of kim's shared with prof (advisor) and lee (maker); all three have it."""
    kim = w.ws["kim"]
    job_id = jobs.create_job(kim, title, customer="소소주얼리").value
    share_job(kim, job_id, "prof", "advisor")
    share_job(kim, job_id, "lee", "maker")
    for user in w.ws:
        w.sync(user)
    return job_id


def comment_many(ws: Workspace, job_id: str, author: str, n: int, tag: str) -> list[str]:
    bodies = [f"{tag} #{i} {uuid.uuid4().hex[:8]}" for i in range(n)]
    for body in bodies:
        add_comment(ws, job_id, body, author)
    return bodies


@pytest.mark.parametrize("direction", [UP, DOWN])
def test_cuts_during_a_push_lose_and_duplicate_nothing(w3: World, direction: Direction) -> None:
    """A request cut on its way up (not applied) or an answer cut on its way down (applied,
    not acknowledged), at offsets from the headers into the body, once (the sync's own
    retry covers it) and thrice (the sync fails as `offline`, the next one delivers)."""
    w = w3
    job_id = shared_job(w)
    bodies: list[str] = []
    for i, (offset, times) in enumerate([(10, 1), (400, 1), (6000, 1), (200, 3), (5000, 3)]):
        bodies += comment_many(w.ws["kim"], job_id, "kim", 25, f"{direction}{i}")
        bodies += comment_many(w.ws["prof"], job_id, "prof", 5, f"{direction}{i}p")
        w.proxy.cut_after(offset, direction, times=times)
        error = w.try_sync("kim")
        assert (error is not None) == (times == 3), (offset, times, error)
        assert w.proxy.cuts >= 1
        w.proxy.reset_counts()
        w.try_sync("prof")  # prof's push meets whatever the proxy has left of the cut
    w.converge()
    assert_comments_once(w.sq, bodies)


def test_an_answer_cut_short_is_offline_and_retried(w3: World) -> None:
    w = w3
    job_id = shared_job(w)
    bodies = comment_many(w.ws["kim"], job_id, "kim", 25, "cut answer")
    w.proxy.cut_after(300, DOWN, times=1)  # inside the push's answer, after its headers
    assert w.try_sync("kim") is None  # the sync's own retry gets the stored answer
    assert_comments_once(w.sq, bodies)


def test_cuts_during_a_pull_leave_the_cursor_and_the_records_agreeing(w3: World) -> None:
    """1,500 comments come down in two pages; the answer is cut inside each of them."""
    w = w3
    job_id = shared_job(w)
    api = w.sq.api("kim", PASSWORD)
    bodies = [f"feed #{i}" for i in range(1500)]
    for start in range(0, len(bodies), 500):
        api.push(
            *[
                change("comment", str(uuid.uuid4()), job_id, {"body": b, "author": "kim"})
                for b in bodies[start : start + 500]
            ]
        )
    for offset in (100, 50_000, 150_000, 400_000):
        w.proxy.cut_after(offset, DOWN, times=3)
        w.try_sync("prof")
        assert integrity_ok(w.ws["prof"])
        cursor_agrees(w.ws["prof"], w.sq, "prof")
    w.converge()
    assert len(list_comments(w.ws["prof"], job_id)) == 1500
    assert_comments_once(w.sq, bodies)


def big_design(path: Path, subdivisions: int = 5) -> Path:
    """A real mesh: a divided sphere (5: about 1 MB, 4: about 250 kB)."""
    import trimesh

    trimesh.creation.icosphere(subdivisions=subdivisions, radius=10.0).export(path)
    return path


def test_an_upload_cut_again_and_again_resends_at_most_a_chunk_per_cut(
    w3: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = w3
    chunk = 64 * 1024  # the product's 8 MiB chunks are measured in benchmarks/bench_sync.py
    assert SquareClient.upload_file.__kwdefaults__ is not None
    monkeypatch.setitem(SquareClient.upload_file.__kwdefaults__, "chunk_size", chunk)
    job_id = shared_job(w)
    stl = big_design(tmp_path / "sphere.stl")
    size = stl.stat().st_size
    import_design(w.ws["kim"], job_id, stl, author="kim")
    w.proxy.reset_counts()
    w.proxy.cut_after(150_000, UP, times=None)  # every connection dies after 150 kB up
    failures = 0
    while w.try_sync("kim") is not None:
        failures += 1
        assert failures < 20, "the upload makes no progress under repeated cuts"
    cuts, sent = w.proxy.cuts, w.proxy.bytes_up
    assert cuts >= 5
    per_cut = (sent - size) / cuts
    assert per_cut <= chunk + 4096, f"{per_cut:.0f} bytes re-sent per cut"
    w.converge()
    [rev] = list_designs(w.ws["prof"], job_id)
    assert sha256_file(w.ws["prof"].files.path_for(rev.file_hash)) == rev.file_hash


def test_a_download_cut_again_and_again_resumes_and_checks_the_hash(
    w3: World, tmp_path: Path
) -> None:
    w = w3
    job_id = shared_job(w)
    stl = big_design(tmp_path / "sphere.stl")
    import_design(w.ws["kim"], job_id, stl, author="kim")
    w.sync("kim")
    w.proxy.reset_counts()
    w.proxy.cut_after(200_000, DOWN, times=None)
    failures = 0
    while w.try_sync("prof") is not None:
        failures += 1
        assert failures < 20, "the download makes no progress under repeated cuts"
    assert w.proxy.cuts >= 3
    assert w.proxy.bytes_down < 2 * stl.stat().st_size  # resumed with ranges, not restarted
    w.converge()
    [rev] = list_designs(w.ws["prof"], job_id)
    assert sha256_file(w.ws["prof"].files.path_for(rev.file_hash)) == rev.file_hash


def test_a_stalled_line_ends_the_sync_with_an_error_in_bounded_time(w3: World) -> None:
    w = w3
    w.timeout = (2.0, 3.0)  # the product's are (10, 60): about 3 minutes of a stalled line
    job_id = shared_job(w)
    bodies = comment_many(w.ws["kim"], job_id, "kim", 3, "stall")
    w.proxy.stall()  # the line stays up and carries nothing: only a timeout notices
    start = time.monotonic()
    with pytest.raises(SyncError) as caught:
        w.sync("kim")
    took = time.monotonic() - start
    assert caught.value.code == "offline"
    read_timeout = w.timeout[1]
    # RETRIES tries of the call, each ending on the read timeout, and the pauses between.
    assert took < 3 * read_timeout + 5, f"the stalled sync took {took:.1f} s"
    assert sync_status(w.ws["kim"]).pending == 3
    assert sync_status(w.ws["kim"]).last_error is not None
    w.converge()
    assert_comments_once(w.sq, bodies)


def test_a_slow_far_link_syncs_without_timeouts(w3: World, tmp_path: Path) -> None:
    """1 Mbit/s and 300 ms each way (a train): a design, comments and a status move."""
    w = w3
    job_id = shared_job(w)
    stl = big_design(tmp_path / "sphere.stl", subdivisions=4)
    import_design(w.ws["kim"], job_id, stl, author="kim")
    bodies = comment_many(w.ws["kim"], job_id, "kim", 20, "slow")
    jobs.set_status(w.ws["kim"], job_id, "quoting", by="kim")
    w.proxy.throttle(bytes_per_s=125_000, latency_s=0.3)
    start = time.monotonic()
    summary = w.sync("kim")
    up = time.monotonic() - start
    assert summary.files_up == 1
    assert up >= stl.stat().st_size / 125_000  # it really went through the slow link
    w.sync("prof")
    start = time.monotonic()
    noop = w.sync("prof")
    assert noop.rounds <= 2 and time.monotonic() - start < 3  # a no-op: ≈ one 0.6 s round
    w.converge()
    assert client_view(w.ws["prof"]).jobs[job_id][1] == "quoting"
    assert_comments_once(w.sq, bodies)


@pytest.mark.parametrize("hook", ["crash_after_commit", "crash_before_commit"])
def test_a_square_crash_around_the_commit_keeps_every_change_once(w3: World, hook: str) -> None:
    """600 changes are two batches; the square dies around the second batch's commit."""
    w = w3
    job_id = shared_job(w)
    bodies = comment_many(w.ws["kim"], job_id, "kim", 600, hook)
    before = sum(r.kind == "comment" for r in server_records(w.sq))
    assert w.sq.api("kim", PASSWORD).post("/v1/test/hooks", json={hook: 2}).ok
    with pytest.raises(SyncError) as caught:
        w.sync("kim")
    assert caught.value.code == "offline"
    assert w.sq.wait_exit() == CRASH_EXIT_CODE
    stored = sum(r.kind == "comment" for r in server_records(w.sq)) - before
    assert stored == (600 if hook == "crash_after_commit" else 500)
    assert sync_status(w.ws["kim"]).pending == 100  # the first batch was acknowledged
    w.sq.restart()
    w.converge()
    assert_comments_once(w.sq, bodies)


def test_a_client_killed_in_the_middle_of_a_page_keeps_a_consistent_workspace(
    w3: World, tmp_path: Path
) -> None:
    w = w3
    job_id = shared_job(w)
    w.ws["prof"].close()
    api = w.sq.api("kim", PASSWORD)
    bodies = [f"big feed #{i}" for i in range(2500)]
    for start in range(0, len(bodies), 500):
        api.push(
            *[
                change("comment", str(uuid.uuid4()), job_id, {"body": b, "author": "kim"})
                for b in bodies[start : start + 500]
            ]
        )
    ws_dir = tmp_path / "ws-prof"
    for at in (1400, 500, 1):  # inside the 2nd page of the feed, then the 1st, then at once
        child = subprocess.Popen(
            [*CHILD, "sync", str(ws_dir), w.proxy.url, "prof", PASSWORD, str(at)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "mid"
        finally:
            child.kill()  # SIGKILL: no handler, no rollback, no exit code of its own
            child.wait(10)
        assert child.returncode == -9
        ws = open_workspace(ws_dir)
        try:
            assert integrity_ok(ws)
            cursor_agrees(ws, w.sq, "prof")
        finally:
            ws.close()
    w.ws["prof"] = open_workspace(ws_dir)
    w.converge()
    assert len(list_comments(w.ws["prof"], job_id)) == 2500
    assert cursor(w.ws["prof"]) == max(r.version for r in server_records(w.sq))


class _Clock:
    """app.models.utcnow (every timestamp the workspace writes) shifted by an offset."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.offset = timedelta(0)
        clock = self

        class Shifted(datetime):
            @classmethod
            def now(cls, tz: Any = None) -> Any:
                return datetime.now(tz) + clock.offset

        monkeypatch.setattr(app.models, "datetime", Shifted)


def test_client_clocks_two_days_off_change_no_order(
    w3: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kim's clock runs 48 h ahead, prof's 48 h behind, lee's is right: the comments and
    the status history are in the square's order on every client, and the status moves
    are arbitrated by the square, never by timestamps."""
    w = w3
    clock = _Clock(monkeypatch)
    offsets = {"kim": timedelta(hours=48), "prof": timedelta(hours=-48), "lee": timedelta(0)}

    def as_user(user: str, action: Callable[..., object], *args: Any) -> None:
        clock.offset = offsets[user]
        try:
            action(*args)
        finally:
            clock.offset = timedelta(0)

    clock.offset = offsets["kim"]
    job_id = shared_job(w, "시계가 틀린 날")  # made by kim, and every first sync, at +48 h
    clock.offset = timedelta(0)
    said: list[str] = []
    for rnd in range(3):
        for user in ("kim", "prof", "lee"):
            body = f"{rnd}: {user}"
            as_user(user, add_comment, w.ws[user], job_id, body, user)
            as_user(user, w.sync, user)
            said.append(body)
    moves = [("kim", "quoting"), ("lee", "on_hold"), ("kim", "quoting"), ("lee", "quoted")]
    for user, status in moves:
        as_user(user, w.sync, user)
        as_user(user, jobs.set_status, w.ws[user], job_id, status)
        as_user(user, w.sync, user)
    for _ in range(2):
        for user in w.ws:
            as_user(user, w.sync, user)
    w.assert_agree()
    server_order = [str(r.data["body"]) for r in server_records(w.sq) if r.kind == "comment"]
    assert server_order == said
    square_history = [
        (r.data.get("from_status"), r.data.get("to_status"))
        for r in server_records(w.sq)
        if r.kind == "job_status_change"
    ]
    assert square_history == [
        (None, "inquiry"),
        ("inquiry", "quoting"),
        ("quoting", "on_hold"),
        ("on_hold", "quoting"),
        ("quoting", "quoted"),
    ]
    for user, ws in w.ws.items():
        assert [c.body for c in list_comments(ws, job_id)] == said, user
        history = [(h.from_status, h.to_status) for h in jobs.job_detail(ws, job_id).history]
        assert history == square_history, f"{user} shows the history out of the square's order"
        assert jobs.get_job(ws, job_id).status == "quoted"


@pytest.fixture
def w3(world: World) -> World:
    """kim (maker), lee (maker), prof (advisor), each with a workspace."""
    for user in USERS:
        world.open(user)
    return world
