from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select

from app import bizno, money
from app.catalogue import get_profile
from app.demo.demo import CUSTOMERS, DEMO_BUSINESS_NAME, DemoSummary, build_demo, complete_bizno
from app.designs import designs
from app.errors import InvalidValueError, QuoteFrozenError
from app.jobs import jobs
from app.models import Customer, QuoteRevision, utcnow
from app.quotes import quotes
from app.workspace import Workspace, check_workspace, open_workspace, workspace_counts

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, DemoSummary]]:
    ws = open_workspace(tmp_path_factory.mktemp("demo") / "ws")
    calls: list[tuple[int, str]] = []
    summary = build_demo(ws, progress=lambda p, stage: calls.append((p, stage)))
    percents = [p for p, _ in calls]
    assert percents == sorted(percents) and percents[-1] == 100 and calls[-1][1] == "done"
    yield ws, summary
    ws.close()


def test_profile_is_a_valid_seoul_workshop(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = demo
    profile = get_profile(ws)
    assert profile.business_name == DEMO_BUSINESS_NAME == "을지로 메이커 공방"
    assert bizno.is_valid(profile.registration_no)
    assert "중구 을지로" in profile.address
    assert profile.business_type == "제조업"
    assert profile.business_item == "3D 프린팅·금속가공"
    assert profile.representative and profile.phone and "@" in profile.email


def test_customers_have_contact_details(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    assert 5 <= summary.customers == len(CUSTOMERS) <= 6
    with ws.read_session() as s:
        customers = s.scalars(select(Customer)).all()
    assert len(customers) == len(CUSTOMERS)
    for c in customers:
        assert c.phone and c.address
        assert c.registration_no == "" or bizno.is_valid(c.registration_no)


def test_complete_bizno() -> None:
    number = complete_bizno("123456789")
    assert bizno.is_valid(number) and number.startswith("123-45-6789")


def test_jobs_cover_the_state_machine(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    rows = jobs.list_jobs(ws)
    assert 12 <= len(rows) == len(summary.job_ids) <= 16
    statuses = {r.status for r in rows}
    assert len(statuses) >= 8
    assert statuses == set(jobs.STATUSES)  # every one, in fact
    assert sum(summary.statuses.values()) == len(rows)


def test_histories_follow_the_state_machine(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    now = utcnow()
    resumed = rework = False
    for job_id in summary.job_ids:
        detail = jobs.job_detail(ws, job_id)
        history = detail.history
        assert history[0].from_status is None and history[0].to_status == "inquiry"
        held_from: str | None = None
        for before, change in pairwise(history):
            assert change.from_status == before.to_status
            assert change.to_status in jobs.allowed_moves(change.from_status, held_from)
            assert before.changed_at < change.changed_at <= now
            if change.to_status == "on_hold":
                held_from = change.from_status
            resumed |= change.from_status == "on_hold" and change.to_status != "cancelled"
            rework |= (change.from_status, change.to_status) == ("quality_check", "in_production")
        assert history[-1].to_status == detail.row.status
    assert resumed and rework


def test_due_dates_past_close_and_far(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = demo
    today = date.today()
    rows = jobs.list_jobs(ws)
    open_rows = [r for r in rows if r.status not in jobs.TERMINAL | {"delivered"}]
    assert any(r.due_date and r.due_date < today for r in open_rows)  # overdue
    assert any(r.due_date and today <= r.due_date <= today + timedelta(days=7) for r in open_rows)
    assert any(r.due_date and r.due_date > today + timedelta(days=20) for r in open_rows)
    # spread over weeks, newest first in the list
    created = [r.updated_at for r in rows]
    assert max(created) - min(created) > timedelta(days=30)


def test_designs_have_thumbnails_and_metrics(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    assert len(summary.design_revision_ids) >= 5
    flawed = 0
    for rev_id in summary.design_revision_ids:
        row = designs.get_revision(ws, rev_id)
        assert row.format == "stl" and row.units == "mm"
        assert row.thumbnail_png is not None and row.thumbnail_png.startswith(PNG)
        assert row.metrics is not None
        assert row.metrics.triangles > 0 and row.metrics.volume_mm3 > 0
        assert 1.5 < max(row.metrics.bbox_mm) < 300
        if not row.metrics.watertight:
            flawed += 1
            assert "오류" in row.design_name
    assert flawed == 1
    report = check_workspace(ws)
    assert report.ok, report


def test_quote_totals_match_money(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    vat_modes = set()
    for rev_id in summary.quote_revision_ids:
        data = quotes.get_revision(ws, rev_id)
        assert 2 <= len(data.lines) <= 5
        expected = money.quote_totals(
            ((ln.quantity, ln.unit_price) for ln in data.lines),
            vat_included=data.vat_included,
            rule=data.rounding,
        )
        assert data.totals == expected
        assert expected.supply + expected.tax == expected.total > 0
        for ln in data.lines:
            assert ln.amounts == money.line_amounts(
                ln.quantity, ln.unit_price, vat_included=data.vat_included, rule=data.rounding
            )
        vat_modes.add(data.vat_included)
        doc = quotes.quote_document(ws, rev_id)
        assert doc.grand_total == expected.total
        assert doc.total_in_words == money.amount_in_words_line(expected.total)
        assert doc.supplier.name == DEMO_BUSINESS_NAME and doc.customer.name
    assert vat_modes == {True, False}


def test_sent_quotes_are_frozen_with_stored_totals(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    sent = [r for r in summary.quote_revision_ids if quotes.get_revision(ws, r).frozen]
    drafts = [r for r in summary.quote_revision_ids if r not in sent]
    assert len(sent) >= 5 and drafts
    with ws.read_session() as s:
        for rev_id in sent:
            rev = s.get(QuoteRevision, rev_id)
            assert rev is not None and rev.sent_at is not None
            data = quotes.get_revision(ws, rev_id)
            stored = (rev.supply_total, rev.tax_total, rev.grand_total)
            assert stored == (data.totals.supply, data.totals.tax, data.totals.total)
            assert rev.issue_date <= rev.sent_at.date() <= date.today()
    with pytest.raises(QuoteFrozenError):
        quotes.add_line(ws, sent[0], "추가 품목", quantity=1, unit_price=1_000)
    line_id = quotes.get_revision(ws, sent[0]).lines[0].id
    with pytest.raises(QuoteFrozenError):
        quotes.update_line(ws, line_id, unit_price=1)


def test_a_quote_has_a_second_revision(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, summary = demo
    revised = [q for q in quotes.list_quotes(ws) if q.revision == 2]
    assert len(revised) == 1
    quote = revised[0]
    second = quotes.get_revision(ws, quote.latest_revision_id)
    first = quotes.get_revision(ws, second.revision_ids[0])
    assert first.frozen and second.frozen
    assert len(second.lines) == len(first.lines) + 1
    assert second.totals.total > first.totals.total
    assert first.issue_date <= second.issue_date
    assert jobs.get_job(ws, quote.job_id).status == "quoted"
    assert len(quotes.list_quotes(ws)) == len(summary.quote_ids)


def test_rows_wait_for_the_first_sync(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = demo
    counts = workspace_counts(ws)
    assert counts["designs"] >= 5 and counts["quotes"] >= 8
    with ws.read_session() as s:
        revisions = s.scalars(select(QuoteRevision)).all()
        assert all(r.dirty and r.server_version is None for r in revisions)
        assert {r.rounding for r in revisions} == {"floor:1", "floor:10"}


def test_running_twice_is_refused(demo: tuple[Workspace, DemoSummary]) -> None:
    ws, _ = demo
    before = workspace_counts(ws)
    with pytest.raises(InvalidValueError) as err:
        build_demo(ws)
    assert err.value.params["field"] == "workspace"
    assert err.value.params["reason"] == "demo_exists"
    assert workspace_counts(ws) == before


def test_a_workspace_in_use_is_refused(workspace: Workspace) -> None:
    jobs.create_job(workspace, "실제 작업")
    with pytest.raises(InvalidValueError) as err:
        build_demo(workspace)
    assert err.value.params == {
        "reason": "not_empty",
        "field": "workspace",
        "path": str(workspace.root),
    }
    assert get_profile(workspace).business_name == ""


def test_summary_says_what_changed(demo: tuple[Workspace, DemoSummary]) -> None:
    _, summary = demo
    assert summary.changes.profile and summary.changes.customers
    assert set(summary.changes.jobs) == set(summary.job_ids)
    assert set(summary.changes.quotes) == set(summary.quote_ids)
    assert len(summary.changes.designs) == len(summary.design_revision_ids)
    assert summary.seconds < 60


def test_describe(demo: tuple[Workspace, DemoSummary]) -> None:
    _, summary = demo
    text = summary.describe()
    assert f"{len(summary.job_ids)} jobs" in text and "1 closed" in text


def test_the_demo_shop_stamps_its_quotes_with_a_red_seal(
    demo: tuple[Workspace, DemoSummary],
) -> None:
    import io

    from PIL import Image

    seal = get_profile(demo[0]).seal_png
    assert seal is not None
    image = Image.open(io.BytesIO(seal)).convert("RGBA")
    assert image.size == (240, 240)
    corner, ring = image.getpixel((0, 0)), image.getpixel((120, 14))
    assert corner[3] == 0  # transparent around the seal
    assert ring[0] > 150 and ring[1] < 80 and ring[3] > 200  # a red ring
