"""app/dashboard.py: the dashboard's figures on a real workspace with known history."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.dashboard import DashboardStats, MonthFigures, dashboard_stats, first_months
from app.jobs import jobs
from app.models import Job, JobStatusChange, QuoteRevision
from app.quotes import quotes
from app.workspace import Workspace

TODAY = date(2026, 6, 15)
SEOUL = timedelta(hours=9)
FLOW = ("quoting", "quoted", "accepted", "in_production", "quality_check", "delivered", "closed")


def _job(ws: Workspace, title: str, due: date | None = None) -> str:
    return jobs.create_job(ws, title, customer="한빛정밀", due_date=due).value


def _walk(ws: Workspace, job_id: str, to: str) -> None:
    current = jobs.get_job(ws, job_id).status
    start = FLOW.index(current) + 1 if current in FLOW else 0
    for status in FLOW[start : FLOW.index(to) + 1]:
        jobs.set_status(ws, job_id, status)


def _stamp(ws: Workspace, job_id: str, to_status: str, at_utc: datetime) -> None:
    with ws.session() as s:
        s.execute(
            update(JobStatusChange)
            .where(JobStatusChange.job_id == job_id, JobStatusChange.to_status == to_status)
            .values(changed_at=at_utc)
        )


def _send(ws: Workspace, job_id: str, supply: int, sent_utc: datetime) -> str:
    """A quote of one line (VAT extra: total = supply × 1.1), sent at `sent_utc`."""
    rev = quotes.create_quote(ws, job_id).value
    quotes.add_line(ws, rev, "은반지 시제품", unit_price=supply)
    quotes.mark_sent(ws, rev)
    _set_sent_at(ws, rev, sent_utc)
    return rev


def _set_sent_at(ws: Workspace, revision_id: str, sent_utc: datetime) -> None:
    with ws.session() as s:
        s.execute(
            update(QuoteRevision).where(QuoteRevision.id == revision_id).values(sent_at=sent_utc)
        )


def _revise(ws: Workspace, revision_id: str, supply: int, sent_utc: datetime) -> str:
    with ws.session() as s:
        quote_id = s.scalars(
            select(QuoteRevision.quote_id).where(QuoteRevision.id == revision_id)
        ).one()
    rev = quotes.new_revision(ws, quote_id).value
    line = quotes.get_revision(ws, rev).lines[0]
    quotes.update_line(ws, line.id, unit_price=supply)
    quotes.mark_sent(ws, rev)
    _set_sent_at(ws, rev, sent_utc)
    return rev


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    ws = workspace
    # A: quoted in May (revised: only the latest sent revision counts), accepted in May,
    # delivered 3 days early in June, then closed.
    a = _job(ws, "A", due=date(2026, 6, 5))
    first = _send(ws, a, 100_000, datetime(2026, 5, 10, 3))
    jobs.set_status(ws, a, "quoting")
    _revise(ws, first, 200_000, datetime(2026, 5, 12, 3))
    _walk(ws, a, "closed")
    _stamp(ws, a, "accepted", datetime(2026, 5, 20, 3))
    _stamp(ws, a, "delivered", datetime(2026, 6, 2, 3))
    # B: sent 2026-06-01 00:30 in Seoul (still May 31 in UTC), accepted and delivered in June,
    # two days late.
    b = _job(ws, "B", due=date(2026, 6, 8))
    _send(ws, b, 300_000, datetime(2026, 5, 31, 15, 30))
    _walk(ws, b, "delivered")
    _stamp(ws, b, "accepted", datetime(2026, 6, 3, 3))
    _stamp(ws, b, "delivered", datetime(2026, 6, 10, 3))
    # C: accepted without a sent quote; delivered on its due date (on time), late evening.
    c = _job(ws, "C", due=date(2026, 6, 8))
    _walk(ws, c, "delivered")
    _stamp(ws, c, "accepted", datetime(2026, 6, 4, 3))
    _stamp(ws, c, "delivered", datetime(2026, 6, 8, 14, 30))  # 23:30 in Seoul
    # D: delivered in June without a due date: out of the rate.
    d = _job(ws, "D")
    _walk(ws, d, "delivered")
    _stamp(ws, d, "accepted", datetime(2025, 1, 4, 3))
    _stamp(ws, d, "delivered", datetime(2026, 6, 9, 3))
    # E: cancelled, its due date passed, a draft quote never sent: counts nowhere.
    e = _job(ws, "E", due=date(2026, 6, 1))
    rev = quotes.create_quote(ws, e).value
    quotes.add_line(ws, rev, "draft", unit_price=999_000)
    jobs.set_status(ws, e, "cancelled")
    # F: an inquiry past its due date; G: on hold past its due date: both overdue.
    _job(ws, "F", due=date(2026, 6, 14))
    g = _job(ws, "G", due=date(2026, 6, 10))
    jobs.set_status(ws, g, "on_hold")
    # H: deleted, with a quote sent in June: counts nowhere.
    h = _job(ws, "H", due=date(2026, 6, 1))
    _send(ws, h, 5_000_000, datetime(2026, 6, 2, 3))
    jobs.delete_job(ws, h)
    # I: quoted a year ago (before the 12-month window); due later: not overdue.
    i = _job(ws, "I", due=date(2026, 7, 1))
    _send(ws, i, 700_000, datetime(2025, 6, 10, 3))
    return ws


def _month(stats: DashboardStats, year: int, month: int) -> MonthFigures:
    return next(m for m in stats.months if m.month == date(year, month, 1))


def test_counts_by_status_open_and_overdue(shop: Workspace) -> None:
    stats = dashboard_stats(shop, today=TODAY, utc_offset=SEOUL)
    assert dict(stats.by_status) == {
        "inquiry": 1,
        "quoting": 0,
        "quoted": 1,
        "accepted": 0,
        "in_production": 0,
        "quality_check": 0,
        "delivered": 3,
        "closed": 1,
        "on_hold": 1,
        "cancelled": 1,
    }
    assert stats.total_jobs == 8  # the deleted job H is not there
    assert stats.open_jobs == 6  # B, C, D (delivered), F, G, I
    assert stats.overdue_jobs == 2  # F and G; not delivered B/C/D nor cancelled E


def test_quoted_and_accepted_by_month(shop: Workspace) -> None:
    stats = dashboard_stats(shop, today=TODAY, utc_offset=SEOUL)
    may, june = _month(stats, 2026, 5), _month(stats, 2026, 6)
    assert (may.quoted, may.quotes_sent) == (220_000, 1)  # A's revision 2 only
    assert (june.quoted, june.quotes_sent) == (330_000, 1)  # B, sent June 1 in Seoul
    assert stats.quoted_this_month == 330_000
    assert (may.accepted, may.accepted_jobs) == (220_000, 1)
    assert (june.accepted, june.accepted_jobs) == (330_000, 2)  # B, and C with no quote
    assert sum(m.quoted for m in stats.months) == 550_000  # I (June 2025) is outside


def test_months_follow_the_local_clock(shop: Workspace) -> None:
    utc = dashboard_stats(shop, today=TODAY, utc_offset=timedelta(0))
    assert _month(utc, 2026, 5).quoted == 550_000  # B was sent on May 31 in UTC
    assert _month(utc, 2026, 6).quoted == 0


def test_on_time_delivery(shop: Workspace) -> None:
    stats = dashboard_stats(shop, today=TODAY, utc_offset=SEOUL)
    june = _month(stats, 2026, 6)
    assert june.delivered_with_due == 3  # A early, B late, C on the due date
    assert june.delivered_on_time == 2
    assert june.delivered_without_due == 1  # D
    assert june.on_time_rate == pytest.approx(2 / 3)
    assert _month(stats, 2026, 5).on_time_rate is None
    assert stats.on_time_rate == pytest.approx(2 / 3)


def test_delivered_late_in_utc_is_on_time_in_seoul(shop: Workspace) -> None:
    # C reached "delivered" at 23:30 on its due date in Seoul; an hour ahead it is late.
    stats = dashboard_stats(shop, today=TODAY, utc_offset=timedelta(hours=10))
    assert _month(stats, 2026, 6).delivered_on_time == 1


def test_first_acceptance_counts_not_a_resume(shop: Workspace) -> None:
    with shop.session() as s:
        b = s.scalars(select(Job.id).where(Job.title == "B")).one()
    jobs.set_status(shop, b, "on_hold")
    jobs.set_status(shop, b, "delivered")  # resumes; not a second delivery or acceptance
    stats = dashboard_stats(shop, today=TODAY, utc_offset=SEOUL)
    assert _month(stats, 2026, 6).accepted_jobs == 2
    assert _month(stats, 2026, 6).delivered_with_due == 3


def test_empty_workspace(workspace: Workspace) -> None:
    stats = dashboard_stats(workspace, today=TODAY, utc_offset=SEOUL)
    assert stats.total_jobs == 0 and stats.open_jobs == 0 and stats.overdue_jobs == 0
    assert len(stats.months) == 12 and stats.months[-1].month == date(2026, 6, 1)
    assert stats.on_time_rate is None and stats.quoted_this_month == 0


def test_twelve_months_across_the_new_year() -> None:
    months = first_months(date(2026, 2, 28))
    assert months[0] == date(2025, 3, 1) and months[-1] == date(2026, 2, 1)
    assert len(set(months)) == 12
