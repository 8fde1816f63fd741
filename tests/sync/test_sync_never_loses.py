"""Nothing a user saved is lost by a sync: the red-team scenarios of issue 10, each against
the real square on 127.0.0.1 with two or three real workspaces. After every sync the user's
work is on every PC and on the square, or in the conflicts inbox with both versions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.demo.demo import build_demo
from app.jobs import jobs
from app.jobs.comments import add_comment, list_comments, share_job
from app.models import Job, Quote, QuoteRevision, utcnow
from app.quotes import quotes
from app.replica import conflicts
from app.replica.state import sync_status
from app.workspace import Workspace
from sync.engine import SyncSummary, run_sync
from sync.errors import SyncError
from tests.sync.conftest import PASSWORDS

pytestmark = pytest.mark.usefixtures("no_keyring")  # headless, as on CI


def sync(ws: Workspace, sq: Any, user: str = "kim") -> SyncSummary:
    return run_sync(ws, server_url=sq.url, user=user, password=PASSWORDS[user])


def units(ws: Workspace) -> dict[tuple[str, int], tuple[str, int, list[tuple[Any, ...]]]]:
    """Every live quote revision: (number, rN) → (status, grand total, its lines)."""
    out = {}
    with ws.read_session() as s:
        for rev in s.scalars(select(QuoteRevision).where(QuoteRevision.deleted.is_(False))):
            lines = [
                (ln.position, ln.item, ln.spec, ln.quantity, ln.unit_price, ln.note)
                for ln in rev.lines
                if not ln.deleted
            ]
            key = (rev.quote.number, rev.number) if rev.branch_of is None else (rev.id, -1)
            out[key] = (rev.status, rev.grand_total, lines)
    return out


def square_units(sq: Any, user: str = "kim") -> dict[str, tuple[str, list[tuple[Any, ...]]]]:
    """The square's live revisions (by id) with their live lines, as a member pulls them."""
    records, _ = sq.api(user, PASSWORDS[user]).pull_all()
    live = {(r["kind"], r["id"]): r for r in records}  # the newest version of each
    revs = {r["id"]: r for (k, _), r in live.items() if k == "quote_revision" and not r["deleted"]}
    out = {}
    for rid, rev in revs.items():
        lines = sorted(
            (
                r["data"]["position"],
                r["data"]["item"],
                r["data"]["quantity"],
                r["data"]["unit_price"],
            )
            for (k, _), r in live.items()
            if k == "quote_line" and not r["deleted"] and r["data"]["revision_id"] == rid
        )
        out[rid] = (rev["data"]["status"], lines)
    return out


def _revision(ws: Workspace, number: str, rev: int) -> str:
    return quotes.find_revision(ws, number, rev)


def _quote_job(ws: Workspace, title: str = "반지 제작") -> tuple[str, str, str]:
    job = jobs.create_job(ws, title, customer="김민지 공방").value
    rev = quotes.create_quote(ws, job).value
    with ws.read_session() as s:
        r = s.get(QuoteRevision, rev)
        assert r is not None
        number = r.quote.number
    return job, rev, number


# --- the demo, synced ------------------------------------------------------------------


@pytest.mark.slow
def test_the_demo_syncs_whole_to_the_square_and_a_second_pc(sq: Any, open_ws: Any) -> None:
    first, second = open_ws("pc1"), open_ws("pc2")
    build_demo(first)
    before = units(first)
    assert any(status == "sent" and lines for status, _t, lines in before.values())

    summary = sync(first, sq)
    sync(second, sq)

    refused = [(e.kind, e.code, e.message) for e in conflicts.list_entries(first)]
    assert summary.rejected == 0 and summary.conflicts == 0, refused
    assert units(first) == before  # nothing emptied here
    assert units(second) == before  # the same quotes, lines and totals on the second PC
    on_square = square_units(sq)
    assert sorted(len(lines) for _s, lines in on_square.values()) == sorted(
        len(lines) for _s, _t, lines in before.values()
    )
    assert conflicts.list_entries(first) == []


# --- quote units ---------------------------------------------------------------------------


def test_line_edits_just_before_sending_a_synced_draft_are_kept(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    _job, rev, number = _quote_job(pc1)
    line = quotes.add_line(pc1, rev, "반지", quantity=1, unit_price=100_000).value
    sync(pc1, sq)

    quotes.update_line(pc1, line, unit_price=120_000)  # offline, then sent at once
    quotes.add_line(pc1, rev, "각인", unit_price=20_000)
    quotes.mark_sent(pc1, rev)
    sync(pc1, sq)
    sync(pc2, sq)

    for ws in (pc1, pc2):
        status, total, lines = units(ws)[(number, 1)]
        assert status == "sent" and [ln[4] for ln in lines] == [120_000, 20_000]
        assert total == 154_000  # the stored total agrees with the lines (VAT 10 %)


def test_r1_sent_and_r2_drafted_offline_keep_their_lines(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    _job, rev, number = _quote_job(pc1)
    quotes.add_line(pc1, rev, "반지", unit_price=100_000)
    quotes.mark_sent(pc1, rev)
    r2 = quotes.new_revision(pc1, units_quote_id(pc1, rev)).value
    quotes.add_line(pc1, r2, "체인", unit_price=30_000)

    sync(pc1, sq)
    sync(pc2, sq)

    for ws in (pc1, pc2):
        mine = units(ws)
        assert [ln[1] for ln in mine[(number, 1)][2]] == ["반지"]
        assert [ln[1] for ln in mine[(number, 2)][2]] == ["반지", "체인"]


def units_quote_id(ws: Workspace, revision_id: str) -> str:
    with ws.read_session() as s:
        r = s.get(QuoteRevision, revision_id)
        assert r is not None
        return r.quote_id


def test_a_removed_line_renumbers_everywhere(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    _job, rev, number = _quote_job(pc1)
    first = quotes.add_line(pc1, rev, "A", unit_price=1_000).value
    quotes.add_line(pc1, rev, "B", unit_price=2_000)
    quotes.add_line(pc1, rev, "C", unit_price=3_000)
    sync(pc1, sq)
    sync(pc2, sq)

    quotes.remove_line(pc1, first)
    sync(pc1, sq)
    sync(pc2, sq)

    for ws in (pc1, pc2):
        assert [(ln[0], ln[1]) for ln in units(ws)[(number, 1)][2]] == [(1, "B"), (2, "C")]
    ((_status, lines),) = square_units(sq).values()
    assert [(p, item) for p, item, *_ in lines] == [(1, "B"), (2, "C")]


def test_a_second_pcs_edits_to_a_draft_the_first_sent_go_to_the_inbox_and_come_back(
    sq: Any, open_ws: Any
) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    _job, rev, number = _quote_job(pc1)
    line = quotes.add_line(pc1, rev, "반지", unit_price=100_000).value
    sync(pc1, sq)
    sync(pc2, sq)
    quotes.mark_sent(pc1, rev)
    sync(pc1, sq)
    quotes.update_line(pc2, line, unit_price=90_000, note="할인")  # pc2 never saw it sent
    quotes.add_line(pc2, rev, "케이스", unit_price=5_000)

    summary = sync(pc2, sq)

    assert summary.rejected == 1
    (entry,) = conflicts.list_entries(pc2)
    assert (entry.kind, entry.reason, entry.code) == ("quote_revision", "rejected", "invalid")
    mine = [(ln["data"]["item"], ln["data"]["unit_price"]) for ln in entry.local["lines"]]
    assert mine == [("반지", 90_000), ("케이스", 5_000)]  # pc2's version, whole
    theirs = [ln["data"]["unit_price"] for ln in entry.server["lines"]]  # type: ignore[index]
    assert entry.server is not None and entry.server["data"]["status"] == "sent"
    assert theirs == [100_000]
    assert units(pc2)[(number, 1)][0] == "sent"  # pc2 shows what the customer got

    made = conflicts.reapply(pc2, entry.id).value
    sync(pc2, sq)
    sync(pc1, sq)

    for ws in (pc1, pc2):
        status, _total, lines = units(ws)[(number, 2)]
        assert status == "draft" and [(ln[1], ln[4]) for ln in lines] == mine
    assert made is not None
    assert conflicts.list_entries(pc2) == []  # resolved


def test_concurrent_drafts_keep_both_with_all_lines(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    job, rev, number = _quote_job(pc1)
    line = quotes.add_line(pc1, rev, "반지", unit_price=100_000).value
    sync(pc1, sq)
    sync(pc2, sq)
    quotes.update_line(pc1, line, unit_price=110_000)
    quotes.set_terms(pc1, rev, notes="pc1")
    sync(pc1, sq)  # accepted first
    quotes.update_line(pc2, line, unit_price=95_000)
    quotes.add_line(pc2, rev, "체인", unit_price=30_000)
    quotes.set_terms(pc2, rev, notes="pc2")

    summary = sync(pc2, sq)
    sync(pc1, sq)

    assert summary.conflicts == 1
    (entry,) = conflicts.list_entries(pc2)
    assert entry.reason == "conflict" and entry.sibling_id
    assert entry.server is not None  # the square's draft as it is now: pc1's accepted price
    assert [ln["data"]["unit_price"] for ln in entry.server["lines"]] == [110_000]
    assert [ln["data"]["unit_price"] for ln in entry.local["lines"]] == [95_000, 30_000]
    for ws in (pc1, pc2):
        listed = [(q.number, q.revision, q.branch_of) for q in quotes.list_quotes(ws, job)]
        assert listed == [(number, 1, None), (number, 1, rev)]  # both in sight, in the job
        mine = units(ws)
        assert [ln[4] for ln in mine[(number, 1)][2]] == [110_000]  # pc1's accepted price
        ((_st, _tot, sibling),) = [v for k, v in mine.items() if k[1] == -1]
        assert [(ln[1], ln[4]) for ln in sibling] == [("반지", 95_000), ("체인", 30_000)]


# --- order, deletes, accounts ----------------------------------------------------------------


def test_a_clock_that_steps_back_between_two_offline_moves_changes_nothing(
    sq: Any, open_ws: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pc1 = open_ws("pc1")
    job, rev, _number = _quote_job(pc1)  # inquiry → quoting now
    quotes.add_line(pc1, rev, "반지", unit_price=100_000)
    back = utcnow() - timedelta(hours=3)
    monkeypatch.setattr("app.quotes.quotes.utcnow", lambda: back)  # the PC's clock stepped back

    quotes.mark_sent(pc1, rev)  # quoting → quoted, stamped three hours "earlier"
    summary = sync(pc1, sq)

    assert summary.rejected == 0
    assert jobs.get_job(pc1, job).status == "quoted"
    records, _ = sq.api("kim", PASSWORDS["kim"]).pull_all()
    (square_job,) = [r for r in records if r["kind"] == "job"]
    assert square_job["data"]["status"] == "quoted"


def test_work_on_a_job_another_pc_deleted_lands_in_the_inbox(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    job, rev, _number = _quote_job(pc1)
    line = quotes.add_line(pc1, rev, "반지", unit_price=100_000).value
    sync(pc1, sq)
    sync(pc2, sq)
    jobs.delete_job(pc1, job)
    sync(pc1, sq)
    add_comment(pc2, job, "두께 1.8 mm로 갈게요", "kim")
    quotes.update_line(pc2, line, unit_price=80_000)

    summary = sync(pc2, sq)

    assert summary.rejected == 2
    entries = conflicts.list_entries(pc2)
    assert sorted(e.kind for e in entries) == ["comment", "quote_revision"]
    assert {e.code for e in entries} == {"not_found"}
    (comment,) = [e for e in entries if e.kind == "comment"]
    assert comment.local["data"]["body"] == "두께 1.8 mm로 갈게요"
    (unit,) = [e for e in entries if e.kind == "quote_revision"]
    assert [ln["data"]["unit_price"] for ln in unit.local["lines"]] == [80_000]
    with pytest.raises(Exception, match="job"):
        conflicts.reapply(pc2, comment.id)  # the job is gone: said, and the entry stays
    assert len(conflicts.list_entries(pc2)) == 2
    conflicts.discard(pc2, comment.id)
    assert [e.kind for e in conflicts.list_entries(pc2)] == ["quote_revision"]


def test_another_user_cannot_push_the_first_users_unsynced_work(sq: Any, open_ws: Any) -> None:
    pc = open_ws("pc")
    job = jobs.create_job(pc, "커플링").value
    sync(pc, sq, "kim")
    add_comment(pc, job, "kim의 메모", "")
    new_job = jobs.create_job(pc, "kim의 새 작업").value

    with pytest.raises(SyncError) as refused:
        sync(pc, sq, "lee")

    assert refused.value.code == "other_account"
    assert sync_status(pc).pending == 3  # the job, its first history line, the comment
    sync(pc, sq, "kim")
    records, _ = sq.api("kim", PASSWORDS["kim"]).pull_all()
    mine = {r["id"]: r for r in records}
    assert new_job in mine
    (note,) = [r for r in records if r["kind"] == "comment"]
    assert note["data"]["author"] == "kim"  # made before sign-in: signed at push time
    assert [c.author for c in list_comments(pc, job)] == ["kim"]


def test_the_inbox_outlives_a_job_the_user_lost(sq: Any, open_ws: Any) -> None:
    pc1, pc2 = open_ws("pc1"), open_ws("pc2")
    job = jobs.create_job(pc1, "공유 작업").value
    share_job(pc1, job, "lee", "maker")
    sync(pc1, sq, "kim")
    sync(pc2, sq, "lee")
    jobs.delete_job(pc1, job)
    sync(pc1, sq, "kim")
    add_comment(pc2, job, "lee의 마지막 메모", "lee")

    sync(pc2, sq, "lee")

    (entry,) = conflicts.list_entries(pc2)
    assert entry.local["data"]["body"] == "lee의 마지막 메모"
    assert entry.job_number is None  # the job is gone from this PC, the entry is not
    with pc2.read_session() as s:
        gone = s.get(Job, job)
        assert gone is None or gone.deleted
        assert s.scalars(select(Quote)).all() == []
