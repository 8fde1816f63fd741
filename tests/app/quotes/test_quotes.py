"""app/quotes/quotes.py: 견적서 revisions, VAT and totals through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app import settings
from app.catalogue import ProfileData, save_profile
from app.errors import InvalidValueError, NotFoundError, QuoteFrozenError
from app.jobs import jobs
from app.money import MAX_WON, RoundingMode, RoundingRule, Totals
from app.quotes import quotes
from app.workspace import Workspace


def _quote(ws: Workspace, lines: list[tuple[str, int, int]]) -> tuple[str, str]:
    """(job id, revision id) of a new quote holding `lines` of (item, quantity, unit price)."""
    job_id = jobs.create_job(ws, "황동 손잡이 20개", customer="을지로 금속").value
    rev_id = quotes.create_quote(ws, job_id).value
    for item, quantity, unit_price in lines:
        quotes.add_line(ws, rev_id, item, quantity=quantity, unit_price=unit_price)
    return job_id, rev_id


LINES = [("황동 손잡이", 2, 15_000), ("샌딩", 1, 7_035)]  # 37,035 won before VAT


# --- totals --------------------------------------------------------------------------------


def test_vat_extra_totals(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, LINES)
    rev = quotes.get_revision(workspace, rev_id)
    assert not rev.vat_included
    assert rev.totals == Totals(supply=37_035, tax=3_703, total=40_738)  # 3,703.5 floored
    assert [(ln.amounts.supply, ln.amounts.tax) for ln in rev.lines] == [
        (30_000, 3_000),
        (7_035, 703),
    ]
    assert [ln.position for ln in rev.lines] == [1, 2]


def test_vat_included_totals_and_the_rounding_rule(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, [("케이스", 1, 10_000)])
    quotes.set_terms(workspace, rev_id, vat_included=True)
    rev = quotes.get_revision(workspace, rev_id)
    assert rev.vat_included
    assert rev.totals == Totals(supply=9_090, tax=910, total=10_000)  # 9,090.9 floored
    quotes.set_terms(workspace, rev_id, rounding=RoundingRule(RoundingMode.CEIL, 10))
    assert quotes.get_revision(workspace, rev_id).totals == Totals(9_100, 900, 10_000)


def test_the_workspace_settings_shape_a_new_quote(workspace: Workspace) -> None:
    settings.set_workspace_setting(workspace, "quote.vat_included", True)
    settings.set_workspace_setting(workspace, "quote.rounding", "round:10")
    settings.set_workspace_setting(workspace, "quote.validity_days", 14)
    settings.set_workspace_setting(workspace, "quote.default_notes", "납기 2주")
    _, rev_id = _quote(workspace, [("케이스", 1, 10_000)])
    rev = quotes.get_revision(workspace, rev_id)
    assert rev.vat_included and rev.rounding == RoundingRule(RoundingMode.ROUND, 10)
    assert rev.valid_until - rev.issue_date == timedelta(days=14)
    assert rev.issue_date == date.today() and rev.notes == "납기 2주"
    assert rev.totals == Totals(9_090, 910, 10_000)  # 9,090.9 → 909.09 tens → 9,090


# --- lines ---------------------------------------------------------------------------------


def test_lines_can_be_edited_and_removed_while_draft(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, [*LINES, ("포장", 1, 2_000)])
    first = quotes.get_revision(workspace, rev_id).lines[0]
    quotes.update_line(workspace, first.id, quantity=3, spec=" Ø12×80 ")
    quotes.remove_line(workspace, quotes.get_revision(workspace, rev_id).lines[1].id)
    rev = quotes.get_revision(workspace, rev_id)
    assert [(ln.position, ln.item, ln.spec, ln.quantity) for ln in rev.lines] == [
        (1, "황동 손잡이", "Ø12×80", 3),
        (2, "포장", "", 1),
    ]
    assert rev.totals.supply == 47_000


@pytest.mark.parametrize("bad", [-1, True, False, 1.5, 2.0, "3", None, 10**13])
def test_bad_quantities_and_prices_are_invalid_values(workspace: Workspace, bad: object) -> None:
    _, rev_id = _quote(workspace, [("케이스", 1, 10_000)])
    line_id = quotes.get_revision(workspace, rev_id).lines[0].id
    for field in ("quantity", "unit_price"):
        with pytest.raises(InvalidValueError) as info:
            quotes.add_line(workspace, rev_id, "나사", **{field: bad})  # type: ignore[arg-type]
        assert info.value.params["field"] == field
        if bad is not None:  # None leaves the field as it is
            with pytest.raises(InvalidValueError):
                quotes.update_line(workspace, line_id, **{field: bad})  # type: ignore[arg-type]
    rev = quotes.get_revision(workspace, rev_id)
    assert [(ln.item, ln.quantity, ln.unit_price) for ln in rev.lines] == [("케이스", 1, 10_000)]


def test_a_line_needs_an_item_name(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, [])
    with pytest.raises(InvalidValueError):
        quotes.add_line(workspace, rev_id, "  ", quantity=1, unit_price=1)
    assert quotes.get_revision(workspace, rev_id).lines == ()


def test_an_amount_too_large_is_refused_and_the_quote_stays_readable(
    workspace: Workspace,
) -> None:
    """A slip of the keyboard (10⁶ × 10¹¹ won) must not make the quote impossible to open."""
    _, rev_id = _quote(workspace, [("케이스", 1, 10_000)])
    line_id = quotes.get_revision(workspace, rev_id).lines[0].id
    with pytest.raises(InvalidValueError):
        quotes.add_line(workspace, rev_id, "오타", quantity=1_000_000, unit_price=10**11)
    with pytest.raises(InvalidValueError):
        quotes.update_line(workspace, line_id, quantity=1_000_000, unit_price=10**11)
    # Each line under the limit, their sum with VAT over it.
    half = MAX_WON // 2  # 5 × 10¹⁵ won
    quotes.add_line(workspace, rev_id, "큰 금액", quantity=5_000, unit_price=10**12)
    with pytest.raises(InvalidValueError):
        quotes.add_line(workspace, rev_id, "큰 금액", quantity=5_000, unit_price=10**12)
    rev = quotes.get_revision(workspace, rev_id)
    assert rev.totals.supply == 10_000 + half
    assert quotes.list_quotes(workspace)[0].grand_total == rev.totals.total


# --- sending freezes a revision -------------------------------------------------------------


def test_a_sent_revision_is_frozen(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, LINES)
    quotes.mark_sent(workspace, rev_id)
    line_id = quotes.get_revision(workspace, rev_id).lines[0].id
    before = quotes.get_revision(workspace, rev_id)
    assert before.frozen and before.status == "sent"

    attempts = [
        lambda: quotes.add_line(workspace, rev_id, "추가", quantity=1, unit_price=1),
        lambda: quotes.update_line(workspace, line_id, quantity=9),
        lambda: quotes.remove_line(workspace, line_id),
        lambda: quotes.set_terms(workspace, rev_id, vat_included=True),
        lambda: quotes.set_terms(workspace, rev_id, notes="몰래 고침"),
        lambda: quotes.mark_sent(workspace, rev_id),
    ]
    for attempt in attempts:
        with pytest.raises(QuoteFrozenError) as info:
            attempt()
        assert info.value.code == "quote_frozen"
    assert quotes.get_revision(workspace, rev_id) == before


def test_an_empty_quote_cannot_be_sent(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, [])
    with pytest.raises(InvalidValueError):
        quotes.mark_sent(workspace, rev_id)
    assert not quotes.get_revision(workspace, rev_id).frozen


def test_a_new_revision_copies_the_lines_and_leaves_the_sent_one_alone(
    workspace: Workspace,
) -> None:
    _, r1 = _quote(workspace, LINES)
    quotes.set_terms(workspace, r1, notes="1차")
    quotes.mark_sent(workspace, r1)
    sent = quotes.get_revision(workspace, r1)

    result = quotes.new_revision(workspace, sent.quote_id)
    r2 = result.value
    assert r2 != r1 and result.changes.quotes == frozenset({sent.quote_id})
    draft = quotes.get_revision(workspace, r2)
    assert (draft.number, draft.status, draft.notes) == (2, "draft", "1차")
    assert [(ln.position, ln.item, ln.quantity, ln.unit_price) for ln in draft.lines] == [
        (ln.position, ln.item, ln.quantity, ln.unit_price) for ln in sent.lines
    ]
    assert {ln.id for ln in draft.lines}.isdisjoint({ln.id for ln in sent.lines})
    assert draft.revision_ids == (r1, r2)

    # Asking again while revision 2 is a draft gives revision 2, not a third.
    assert quotes.new_revision(workspace, sent.quote_id).value == r2

    quotes.update_line(workspace, draft.lines[0].id, unit_price=14_000)
    quotes.add_line(workspace, r2, "배송", quantity=1, unit_price=4_000)
    quotes.set_terms(workspace, r2, notes="2차")
    assert replace(quotes.get_revision(workspace, r1), revision_ids=(r1,)) == sent
    assert quotes.get_revision(workspace, r2).totals.supply == 2 * 14_000 + 7_035 + 4_000


def test_find_revision_by_number(workspace: Workspace) -> None:
    _, r1 = _quote(workspace, LINES)
    number = quotes.get_revision(workspace, r1).quote_number
    assert number == f"Q-{date.today().year}-0001"
    quotes.mark_sent(workspace, r1)
    r2 = quotes.new_revision(workspace, quotes.get_revision(workspace, r1).quote_id).value
    assert quotes.find_revision(workspace, number) == r2
    assert quotes.find_revision(workspace, f"  {number.lower()} ") == r2
    assert quotes.find_revision(workspace, number, 1) == r1
    assert quotes.find_revision(workspace, number, 2) == r2
    with pytest.raises(NotFoundError):
        quotes.find_revision(workspace, number, 3)
    with pytest.raises(NotFoundError):
        quotes.find_revision(workspace, "Q-1999-0001")


def test_quote_numbers_count_up(workspace: Workspace) -> None:
    job_id, _ = _quote(workspace, [])
    second = quotes.create_quote(workspace, job_id).value
    assert quotes.get_revision(workspace, second).quote_number == f"Q-{date.today().year}-0002"
    assert [row.number for row in quotes.list_quotes(workspace, job_id)] == [
        f"Q-{date.today().year}-0002",
        f"Q-{date.today().year}-0001",
    ]


# --- the job follows the quote ----------------------------------------------------------------


def test_quoting_moves_the_job_from_inquiry_to_quoting_to_quoted(workspace: Workspace) -> None:
    job_id = jobs.create_job(workspace, "시제품").value
    created = quotes.create_quote(workspace, job_id)
    assert job_id in created.changes.jobs
    assert jobs.get_job(workspace, job_id).status == "quoting"
    quotes.add_line(workspace, created.value, "출력", quantity=1, unit_price=50_000)
    sent = quotes.mark_sent(workspace, created.value)
    assert job_id in sent.changes.jobs
    assert jobs.get_job(workspace, job_id).status == "quoted"
    history = [(h.from_status, h.to_status) for h in jobs.job_detail(workspace, job_id).history]
    assert history == [(None, "inquiry"), ("inquiry", "quoting"), ("quoting", "quoted")]


def test_quoting_records_its_moves_as_set_status_does_signed_and_after_the_last(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clock that stepped back (or a coarse one) still puts each move after the last one,
    so the history keeps its order; each move is signed by who quoted."""
    job_id = jobs.create_job(workspace, "시제품", by="김").value
    stepped_back = datetime(2020, 1, 1, 9, 0)
    monkeypatch.setattr(jobs, "utcnow", lambda: stepped_back)
    monkeypatch.setattr(quotes, "utcnow", lambda: stepped_back)
    rev_id = quotes.create_quote(workspace, job_id, by="김").value
    quotes.add_line(workspace, rev_id, "출력", quantity=1, unit_price=50_000)
    quotes.mark_sent(workspace, rev_id, by="김")
    history = jobs.job_detail(workspace, job_id).history
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "inquiry"),
        ("inquiry", "quoting"),
        ("quoting", "quoted"),
    ]
    assert [h.changed_by for h in history] == ["김"] * 3
    times = [h.changed_at for h in history]
    assert times == sorted(set(times))  # each after the one before


def test_quoting_leaves_a_job_elsewhere_where_it_is(workspace: Workspace) -> None:
    job_id = jobs.create_job(workspace, "보류 중").value
    jobs.set_status(workspace, job_id, "on_hold")
    rev_id = quotes.create_quote(workspace, job_id).value
    quotes.add_line(workspace, rev_id, "출력", quantity=1, unit_price=1)
    quotes.mark_sent(workspace, rev_id)
    assert jobs.get_job(workspace, job_id).status == "on_hold"
    with pytest.raises(NotFoundError):
        quotes.create_quote(workspace, "no-such-job")


# --- the 견적서 ---------------------------------------------------------------------------------


def test_quote_document_has_the_supplier_block_and_the_total_in_words(
    workspace: Workspace,
) -> None:
    seal = b"\x89PNG\r\n\x1a\nseal"
    save_profile(
        workspace,
        ProfileData(
            business_name="메이커 공방",
            representative="김 대표",
            registration_no="1168200276",
            address="서울 종로구 종로 1",
            business_type="제조업",
            business_item="3D 프린팅",
            phone="02-000-0000",
            email="kim@example.kr",
            trade="printing",
            seal_png=seal,
        ),
    )
    _, rev_id = _quote(workspace, LINES)
    doc = quotes.quote_document(workspace, rev_id)
    s = doc.supplier
    assert (
        s.name,
        s.registration_no,
        s.representative,
        s.address,
        s.business_type,
        s.business_item,
        s.phone,
        s.email,
    ) == (
        "메이커 공방",
        "116-82-00276",
        "김 대표",
        "서울 종로구 종로 1",
        "제조업",
        "3D 프린팅",
        "02-000-0000",
        "kim@example.kr",
    )
    assert doc.seal_png == seal
    assert doc.customer.name == "을지로 금속"
    assert doc.title == "황동 손잡이 20개"
    assert [
        (ln.no, ln.item, ln.quantity, ln.unit_price, ln.supply_amount, ln.tax_amount)
        for ln in doc.lines
    ] == [(1, "황동 손잡이", 2, 15_000, 30_000, 3_000), (2, "샌딩", 1, 7_035, 7_035, 703)]
    assert (doc.supply_total, doc.tax_total, doc.grand_total) == (37_035, 3_703, 40_738)
    assert doc.total_in_words == "일금 사만칠백삼십팔원정"
    assert doc.quote_number == f"Q-{date.today().year}-0001" and doc.revision == 1


def test_quote_numbers_count_on_past_9999(workspace: Workspace) -> None:
    """Numbers compare as integers: after Q-YYYY-9999 comes 10000, then 10001 (as text,
    '10000' sorts below '9999' and the same number would be issued again)."""
    from app.models import Quote

    job = jobs.create_job(workspace, "Big year").value
    year = date.today().year
    with workspace.session() as s:
        s.add(Quote(job_id=job, number=f"Q-{year}-9999"))
    first = quotes.get_revision(workspace, quotes.create_quote(workspace, job).value)
    second = quotes.get_revision(workspace, quotes.create_quote(workspace, job).value)
    assert (first.quote_number, second.quote_number) == (f"Q-{year}-10000", f"Q-{year}-10001")


def test_a_removed_line_is_restored_at_its_place_with_its_values(workspace: Workspace) -> None:
    _, rev_id = _quote(workspace, [*LINES, ("포장", 1, 3_000)])
    middle = quotes.get_revision(workspace, rev_id).lines[1]
    quotes.update_line(workspace, middle.id, spec="#400", note="손으로")
    middle = quotes.get_revision(workspace, rev_id).lines[1]
    quotes.remove_line(workspace, middle.id)
    new_id = quotes.restore_line(workspace, rev_id, middle).value
    lines = quotes.get_revision(workspace, rev_id).lines
    assert [ln.item for ln in lines] == ["황동 손잡이", "샌딩", "포장"]
    assert [ln.position for ln in lines] == [1, 2, 3]
    back = lines[1]
    assert back.id == new_id != middle.id  # a new row: the sync saw the old one go
    assert (back.spec, back.note, back.quantity, back.unit_price) == ("#400", "손으로", 1, 7_035)
    quotes.mark_sent(workspace, rev_id)
    with pytest.raises(QuoteFrozenError):
        quotes.restore_line(workspace, rev_id, middle)
