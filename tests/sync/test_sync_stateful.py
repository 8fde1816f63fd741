"""A hypothesis state machine over the real square, a fault proxy and three clients.

Rules: new jobs, field edits, status moves and comments on random clients; syncs; cuts of
the next request or answer; square restarts; a job shared with or taken from another user.
After every step: a client whose last sync succeeded (and nothing happened since) holds no
job it may not read. At the end, with the faults off, two syncs each and every client
agrees with the square, and no comment is on the square twice.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.errors import MakerSquareError
from app.jobs import jobs
from app.jobs.comments import add_comment
from app.jobs.members import share_job, unshare_job
from app.workspace import Workspace, open_workspace
from sync.client import SquareClient
from sync.engine import run_sync
from sync.errors import SyncError
from tests.sync.conftest import Square
from tests.sync.proxy import DOWN, UP, FaultProxy
from tests.sync.square_checks import (
    client_view,
    local_job_ids,
    server_members,
    server_records,
    server_view,
)

USERS = {"kim": "maker", "lee": "maker", "prof": "advisor"}
MAKERS = ("kim", "lee")
PASSWORD = "pw"
FAULT_CODES = frozenset({"offline"})  # all a sync under a cut may end with

users = st.sampled_from(sorted(USERS))


pytestmark = pytest.mark.usefixtures("no_keyring")  # the headless case, as on CI


class SquareMachine(RuleBasedStateMachine):
    make_square: Callable[..., Square]
    root: Path
    examples = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        self.sq = self.make_square()
        for name, role in USERS.items():
            self.sq.add_user(name, role, PASSWORD)
        self.proxy = FaultProxy(("127.0.0.1", self.sq.port))
        here = self.root / f"example-{next(self.examples)}"
        self.ws: dict[str, Workspace] = {u: open_workspace(here / u) for u in USERS}
        self.clients = {u: SquareClient(self.proxy.url, timeout=(5.0, 10.0)) for u in USERS}
        self.owner: dict[str, str] = {}  # job id → the maker who made it
        self.fresh: set[str] = set()  # users whose last sync succeeded, nothing since
        self.said: list[str] = []
        self.counter = itertools.count()

    # --- helpers ----------------------------------------------------------------------

    def sync(self, user: str) -> bool:
        try:
            run_sync(
                self.ws[user],
                server_url=self.proxy.url,
                user=user,
                password=PASSWORD,
                client=self.clients[user],
            )
        except SyncError as exc:
            assert exc.code in FAULT_CODES, f"{user}: {exc.code} {exc.message}"
            self.fresh.discard(user)
            return False
        self.fresh = {user}  # the square may have changed for everyone else
        self.check_access(user)
        return True

    def check_access(self, user: str) -> None:
        members = server_members(self.sq)
        readable = {j for j, names in members.items() if user in names}
        extra = local_job_ids(self.ws[user]) - readable
        assert not extra, f"{user} holds {len(extra)} jobs it may not read"

    def local_jobs(self, user: str) -> list[str]:
        return sorted(local_job_ids(self.ws[user]) & set(self.owner))

    # --- rules --------------------------------------------------------------------------

    @rule(user=st.sampled_from(MAKERS))
    def new_job(self, user: str) -> None:
        job_id = jobs.create_job(self.ws[user], f"job {next(self.counter)}", by=user).value
        self.owner[job_id] = user
        self.fresh.discard(user)

    @rule(user=users, data=st.data())
    def edit_title(self, user: str, data: st.DataObject) -> None:
        held = self.local_jobs(user)
        if not held:
            return
        job_id = data.draw(st.sampled_from(held))
        jobs.update_job(self.ws[user], job_id, title=f"title {next(self.counter)} by {user}")
        self.fresh.discard(user)

    @rule(user=users, data=st.data())
    def move_status(self, user: str, data: st.DataObject) -> None:
        held = self.local_jobs(user)
        if not held:
            return
        job_id = data.draw(st.sampled_from(held))
        allowed = jobs.job_detail(self.ws[user], job_id).allowed
        if not allowed:
            return
        jobs.set_status(self.ws[user], job_id, data.draw(st.sampled_from(allowed)), by=user)
        self.fresh.discard(user)

    @rule(user=users, data=st.data())
    def comment(self, user: str, data: st.DataObject) -> None:
        held = self.local_jobs(user)
        if not held:
            return
        job_id = data.draw(st.sampled_from(held))
        body = f"comment {next(self.counter)} by {user}"
        add_comment(self.ws[user], job_id, body, user)
        self.said.append(body)
        self.fresh.discard(user)

    @rule(user=users)
    def sync_one(self, user: str) -> None:
        self.sync(user)

    @rule(
        direction=st.sampled_from([UP, DOWN]),
        n_bytes=st.sampled_from([0, 150, 700, 3000]),
    )
    def cut(self, direction: Any, n_bytes: int) -> None:
        self.proxy.cut_after(n_bytes, direction, times=1)

    @rule()
    def restart_square(self) -> None:
        self.sq.restart()  # same port: the proxy and the clients' tokens carry on

    @precondition(lambda self: bool(self.owner))
    @rule(data=st.data(), other=users, role=st.sampled_from(["advisor", "maker"]))
    def share(self, data: st.DataObject, other: str, role: str) -> None:
        job_id = data.draw(st.sampled_from(sorted(self.owner)))
        owner = self.owner[job_id]
        if other == owner or job_id not in local_job_ids(self.ws[owner]):
            return
        if USERS[other] == "advisor":
            role = "advisor"
        try:
            share_job(self.ws[owner], job_id, other, role)
        except MakerSquareError:  # the job is gone here (cancelled and removed, …)
            return
        self.fresh.discard(owner)

    @precondition(lambda self: bool(self.owner))
    @rule(data=st.data(), other=users)
    def unshare(self, data: st.DataObject, other: str) -> None:
        job_id = data.draw(st.sampled_from(sorted(self.owner)))
        owner = self.owner[job_id]
        if other == owner:
            return
        try:
            unshare_job(self.ws[owner], job_id, other)
        except MakerSquareError:  # not shared with them (yet)
            return
        self.fresh.discard(owner)

    # --- invariants and the end ---------------------------------------------------------

    @invariant()
    def nobody_fresh_holds_a_job_they_may_not_read(self) -> None:
        for user in self.fresh:
            self.check_access(user)

    def teardown(self) -> None:
        try:
            self.proxy.pass_through()
            if self.sq.process is None or self.sq.process.poll() is not None:
                self.sq.restart()
            for _ in range(2):
                for user in USERS:
                    assert self.sync(user), f"{user} cannot sync with the faults off"
            for user, ws in self.ws.items():
                view, want = client_view(ws), server_view(self.sq, user)
                assert view.pending == 0, f"{user} still has {view.pending} changes waiting"
                assert view.jobs == want.jobs, f"{user}'s jobs differ from the square's"
                assert view.comments == want.comments, f"{user}'s comments differ"
            bodies = Counter(
                str(r.data.get("body")) for r in server_records(self.sq) if r.kind == "comment"
            )
            assert not [b for b, n in bodies.items() if n > 1], "a comment is there twice"
            assert set(bodies) <= set(self.said)
        finally:
            for ws in self.ws.values():
                ws.close()
            self.proxy.stop()
            self.sq.stop()


@pytest.mark.slow
def test_random_edits_syncs_and_faults_end_in_agreement(
    square: Callable[..., Square], tmp_path: Path
) -> None:
    SquareMachine.make_square = staticmethod(square)
    SquareMachine.root = tmp_path
    run_state_machine_as_test(
        SquareMachine,
        settings=settings(
            max_examples=10,
            stateful_step_count=15,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
