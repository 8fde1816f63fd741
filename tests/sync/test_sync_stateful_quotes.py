"""A hypothesis state machine of quotes over the real square: two PCs of one maker (kim,
kim2), a second maker the job is shared with (lee) and an advisor (prof), with cuts of
the line and a PC clock that steps back and forth.

Rules: quotes made, lines added, edited and removed, revisions sent and new ones drafted,
on random PCs; syncs; cuts; clock steps. Every line's item names a token; an edit gives
it a new one. The invariant, after two syncs of every PC with the faults off: every token
a PC saved and that PC did not itself replace or remove is on the square in a live quote
line, or in the conflicts inbox of a PC with its whole unit. Nothing disappears without
an entry. And every PC shows the same quote revisions and lines as the square.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

import app.jobs.jobs
import app.quotes.quotes
from app.errors import MakerSquareError
from app.jobs import jobs
from app.jobs.members import share_job
from app.models import QuoteLine, QuoteRevision
from app.quotes import quotes
from app.replica import conflicts
from app.workspace import Workspace, open_workspace
from sync.client import SquareClient
from sync.engine import run_sync
from sync.errors import SyncError
from tests.sync.conftest import Square
from tests.sync.proxy import DOWN, UP, FaultProxy
from tests.sync.square_checks import server_records

PCS = {"kim": "kim", "kim2": "kim", "lee": "lee", "prof": "prof"}  # PC → its square user
ROLES = {"kim": "maker", "lee": "maker", "prof": "advisor"}
MAKER_PCS = ("kim", "kim2", "lee")
PASSWORD = "pw"

pytestmark = pytest.mark.usefixtures("no_keyring")


class QuoteMachine(RuleBasedStateMachine):
    make_square: Callable[..., Square]
    root: Path
    examples = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        self.sq = self.make_square()
        for name, role in ROLES.items():
            self.sq.add_user(name, role, PASSWORD)
        self.proxy = FaultProxy(("127.0.0.1", self.sq.port))
        here = self.root / f"example-{next(self.examples)}"
        self.ws: dict[str, Workspace] = {pc: open_workspace(here / pc) for pc in PCS}
        self.clients = {pc: SquareClient(self.proxy.url, timeout=(5.0, 10.0)) for pc in PCS}
        self.tokens = itertools.count()
        self.saved: set[str] = set()  # tokens a PC saved
        self.replaced: set[str] = set()  # tokens the PC holding them replaced or removed
        self.offset = timedelta()
        self.real = (app.quotes.quotes.utcnow, app.jobs.jobs.utcnow)
        job = jobs.create_job(self.ws["kim"], "견적 작업", by="kim").value
        share_job(self.ws["kim"], job, "lee", "maker")
        share_job(self.ws["kim"], job, "prof", "advisor")
        self.job = job
        first = quotes.create_quote(self.ws["kim"], job).value
        for _ in range(2):
            quotes.add_line(self.ws["kim"], first, self.token(), unit_price=10_000)
        for pc in ("kim", "kim2", "lee", "prof"):  # everyone starts with the job's draft
            assert self.sync(pc)

    # --- helpers ----------------------------------------------------------------------

    def sync(self, pc: str) -> bool:
        try:
            run_sync(
                self.ws[pc],
                server_url=self.proxy.url,
                user=PCS[pc],
                password=PASSWORD,
                client=self.clients[pc],
            )
        except SyncError as exc:
            assert exc.code == "offline", f"{pc}: {exc.code} {exc.message}"
            return False
        return True

    def revisions(self, pc: str, *, drafts: bool) -> list[str]:
        with self.ws[pc].read_session() as s:
            query = select(QuoteRevision.id).where(QuoteRevision.deleted.is_(False))
            if drafts:
                query = query.where(QuoteRevision.status == "draft")
            return sorted(s.scalars(query))

    def lines(self, pc: str) -> list[tuple[str, str]]:
        """(line id, item) of the live lines of draft revisions on this PC."""
        with self.ws[pc].read_session() as s:
            rows = s.execute(
                select(QuoteLine.id, QuoteLine.item)
                .join(QuoteRevision)
                .where(QuoteRevision.status == "draft", QuoteLine.deleted.is_(False))
            )
            return sorted((r[0], r[1]) for r in rows)

    def token(self) -> str:
        t = f"품목-{next(self.tokens)}"
        self.saved.add(t)
        return t

    # --- rules --------------------------------------------------------------------------

    @rule(pc=st.sampled_from(MAKER_PCS))
    def new_quote(self, pc: str) -> None:
        with contextlib.suppress(MakerSquareError):  # a job where no quote starts: said
            quotes.create_quote(self.ws[pc], self.job)

    @rule(pc=st.sampled_from(MAKER_PCS), data=st.data())
    def add_line(self, pc: str, data: st.DataObject) -> None:
        drafts = self.revisions(pc, drafts=True)
        if drafts:
            rev = data.draw(st.sampled_from(drafts))
            price = data.draw(st.integers(1, 9).map(lambda n: n * 10_000))
            quotes.add_line(self.ws[pc], rev, self.token(), unit_price=price)

    @rule(pc=st.sampled_from(MAKER_PCS), data=st.data())
    def edit_line(self, pc: str, data: st.DataObject) -> None:
        held = self.lines(pc)
        if held:
            line_id, item = data.draw(st.sampled_from(held))
            quotes.update_line(self.ws[pc], line_id, item=self.token(), quantity=2)
            self.replaced.add(item)

    @rule(pc=st.sampled_from(MAKER_PCS), data=st.data())
    def remove_line(self, pc: str, data: st.DataObject) -> None:
        held = self.lines(pc)
        if held:
            line_id, item = data.draw(st.sampled_from(held))
            quotes.remove_line(self.ws[pc], line_id)
            self.replaced.add(item)

    @rule(pc=st.sampled_from(MAKER_PCS), data=st.data())
    def send(self, pc: str, data: st.DataObject) -> None:
        drafts = self.revisions(pc, drafts=True)
        if drafts:
            with contextlib.suppress(MakerSquareError):  # no lines yet: said, nothing changed
                quotes.mark_sent(self.ws[pc], data.draw(st.sampled_from(drafts)))

    @rule(pc=st.sampled_from(MAKER_PCS), data=st.data())
    def new_revision(self, pc: str, data: st.DataObject) -> None:
        with self.ws[pc].read_session() as s:
            quote_ids = sorted(set(s.scalars(select(QuoteRevision.quote_id))))
        if quote_ids:
            quotes.new_revision(self.ws[pc], data.draw(st.sampled_from(quote_ids)))

    @rule(pc=st.sampled_from(sorted(PCS)))
    def sync_one(self, pc: str) -> None:
        self.sync(pc)

    @rule(direction=st.sampled_from([UP, DOWN]), n_bytes=st.sampled_from([0, 300, 2000]))
    def cut(self, direction: Any, n_bytes: int) -> None:
        self.proxy.cut_after(n_bytes, direction, times=1)

    @rule(hours=st.sampled_from([-6, -1, 3]))
    def step_clock(self, hours: int) -> None:
        """The PC clock jumps (a dead CMOS battery, a time zone fixed by hand)."""
        self.offset += timedelta(hours=hours)
        offset, (real_quotes, real_jobs) = self.offset, self.real
        app.quotes.quotes.utcnow = lambda: real_quotes() + offset  # type: ignore[assignment]
        app.jobs.jobs.utcnow = lambda: real_jobs() + offset  # type: ignore[assignment]

    # --- the end ------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            app.quotes.quotes.utcnow, app.jobs.jobs.utcnow = self.real  # type: ignore[assignment]
            self.proxy.pass_through()
            for _ in range(2):
                for pc in PCS:
                    assert self.sync(pc), f"{pc} cannot sync with the faults off"
            records = server_records(self.sq)
            live = {r.id: r for r in records if not r.deleted}
            on_square = {
                str(r.data.get("item"))
                for r in live.values()
                if r.kind == "quote_line" and str(r.data.get("revision_id")) in live
            }
            in_inbox = {
                str((line.get("data") or {}).get("item"))
                for ws in self.ws.values()
                for entry in conflicts.list_entries(ws, include_resolved=True)
                for line in entry.local.get("lines") or []
            }
            if os.environ.get("QUOTE_MACHINE_STATS"):  # how much the example exercised
                print(f"saved {len(self.saved)} square {len(on_square)} inbox {len(in_inbox)}")
            lost = self.saved - self.replaced - on_square - in_inbox
            assert not lost, f"saved and gone without an inbox entry: {sorted(lost)}"
            want = _square_units(records)
            for pc, ws in self.ws.items():
                assert _units(ws) == want, f"{pc}'s quotes differ from the square's"
        finally:
            app.quotes.quotes.utcnow, app.jobs.jobs.utcnow = self.real  # type: ignore[assignment]
            for ws in self.ws.values():
                ws.close()
            self.proxy.stop()
            self.sq.stop()


def _units(ws: Workspace) -> dict[str, tuple[str, list[tuple[int, str, int]]]]:
    with ws.read_session() as s:
        revs = s.scalars(select(QuoteRevision).where(QuoteRevision.deleted.is_(False))).all()
        return {
            r.id: (r.status, sorted((ln.position, ln.item, ln.unit_price) for ln in r.lines))
            for r in revs
        }


def _square_units(records: list[Any]) -> dict[str, tuple[str, list[tuple[int, str, int]]]]:
    live = [r for r in records if not r.deleted]
    out: dict[str, tuple[str, list[tuple[int, str, int]]]] = {}
    for r in live:
        if r.kind == "quote_revision":
            lines = sorted(
                (int(ln.data["position"]), str(ln.data["item"]), int(ln.data["unit_price"]))
                for ln in live
                if ln.kind == "quote_line" and ln.data.get("revision_id") == r.id
            )
            out[r.id] = (str(r.data["status"]), lines)
    return out


@pytest.mark.slow
def test_quotes_on_two_pcs_of_one_maker_lose_nothing(
    square: Callable[..., Square], tmp_path: Path
) -> None:
    QuoteMachine.make_square = staticmethod(square)
    QuoteMachine.root = tmp_path
    run_state_machine_as_test(
        QuoteMachine,
        settings=settings(
            max_examples=8,
            stateful_step_count=20,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
