"""A demo workspace for classes: a Seoul workshop with customers, jobs, designs and quotes.

`build_demo` fills an empty workspace through the same services the app uses, so every job
history is a real walk through the state machine, every design is a real import of a sample
part from `cad.samples`, and every quote total comes from `app.money`. Afterwards the
timestamps are spread over the past weeks (a job closed last month, another started today)
so the lists look like a working shop rather than one second of activity.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app import bizno
from app.catalogue import ProfileData, find_or_create_customer, get_profile, save_profile
from app.changes import Changes
from app.designs import designs
from app.errors import InvalidValueError
from app.jobs import jobs
from app.models import Job, utcnow
from app.money import RoundingRule
from app.quotes import quotes
from app.workspace import Workspace
from cad import samples

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]  # percent, stage code

DEMO_BUSINESS_NAME = "을지로 메이커 공방"
REPRESENTATIVE = "김태호"
STAFF = "윤하린"


def complete_bizno(first_nine: str) -> str:
    """The 10-digit 사업자등록번호 that starts with `first_nine` and passes its check digit."""
    for digit in "0123456789":
        if bizno.is_valid(first_nine + digit):
            return bizno.format_number(first_nine + digit)
    raise ValueError(f"no check digit for {first_nine!r}")  # cannot happen: one always fits


PROFILE = ProfileData(
    business_name=DEMO_BUSINESS_NAME,
    representative=REPRESENTATIVE,
    registration_no=complete_bizno("201123456"),
    address="서울특별시 중구 을지로 170, 3층 301호",
    business_type="제조업",
    business_item="3D 프린팅·금속가공",
    phone="02-123-4567",
    email="hello@euljiro-maker.example",
    trade="metal",
)


@dataclass(frozen=True)
class _Customer:
    name: str
    contact: str
    phone: str
    email: str
    address: str
    bizno_prefix: str = ""  # first nine digits; "" for a private person


CUSTOMERS = (
    _Customer(
        "(주)한빛정밀",
        "김민수 과장",
        "02-123-4501",
        "minsu.kim@hanbit.example",
        "서울특별시 금천구 가산디지털2로 101, 7층 704호",
        "119863752",
    ),
    _Customer(
        "소소주얼리",
        "이서연 대표",
        "02-123-4502",
        "hello@sosojewelry.example",
        "서울특별시 종로구 돈화문로 42, 2층",
        "101235487",
    ),
    _Customer(
        "성수수제화협동조합",
        "박정호 이사장",
        "02-123-4503",
        "office@seongsu-shoes.example",
        "서울특별시 성동구 성수이로 88, 1층",
        "206861093",
    ),
    _Customer(
        "을지인쇄",
        "최영희 실장",
        "02-123-4504",
        "print@euljiprint.example",
        "서울특별시 중구 충무로 15-3",
        "201174462",
    ),
    _Customer(
        "최지훈", "", "010-1234-5678", "jihoon.choi@example.com", "서울특별시 마포구 월드컵북로 12"
    ),
    _Customer(
        "서울디자인아카데미",
        "정수민 강사",
        "02-123-4506",
        "edu@seouldesign.example",
        "서울특별시 마포구 양화로 160, 5층",
        "105865118",
    ),
)
HANBIT, SOSO, SEONGSU, EULJI, CHOI, ACADEMY = (c.name for c in CUSTOMERS)


@dataclass(frozen=True)
class _Line:
    item: str  # 품명
    spec: str  # 규격
    quantity: int
    unit_price: int
    note: str = ""


@dataclass(frozen=True)
class _Quote:
    lines: tuple[_Line, ...]
    vat_included: bool = False
    rounding: str = "floor:1"
    notes: str = ""
    # the second revision: new quantities by line position, then lines added
    revised_quantities: Mapping[int, int] = field(default_factory=dict)
    revised_lines: tuple[_Line, ...] = ()


@dataclass(frozen=True)
class _Job:
    title: str
    customer: str
    steps: tuple[str, ...]  # "quote", "send", "revise", or a status (with ":note")
    days_ago: int  # when the inquiry came in
    last_days_ago: int  # when the last step happened
    due_in: int | None  # days from today; negative is overdue
    priority: int = 1
    assignee: str = REPRESENTATIVE
    notes: str = ""
    part: str | None = None  # a cad.samples name
    file_name: str = ""  # the name the part is imported under
    quote: _Quote | None = None


_SENT = ("quote", "send")
_MADE = (*_SENT, "accepted", "in_production", "quality_check")
_TERMS_EXTRA = "부가세 별도. 견적 유효기간 내 발주 기준입니다."
_TERMS_INCLUDED = "부가세 포함 금액입니다."

POLISH = _Line("후가공 (서포트 제거·샌딩)", "", 1, 8_000)
DESIGN_FIX = _Line("디자인 수정", "도면 검토 및 모델 수정", 1, 30_000)

JOBS = (
    _Job(
        "브래킷 시제품 1차 (알루미늄)",
        HANBIT,
        (*_MADE, "delivered", "closed"),
        62,
        40,
        -38,  # delivered ~43 days ago: on time (the class samples below came late)
        part="l_bracket",
        file_name="브래킷_시제품_v1",
        quote=_Quote(
            (
                _Line("CNC 가공 — 알루미늄 6061", "40×30×20, t3", 2, 45_000),
                _Line("셋업비", "지그 제작 포함", 1, 50_000),
                DESIGN_FIX,
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "수업용 출력 샘플 세트 (20인분)",
        ACADEMY,
        (*_MADE, "delivered"),
        35,
        5,
        -7,
        assignee=STAFF,
        part="knob",
        file_name="노브_수업샘플",
        quote=_Quote(
            (
                _Line("FDM 출력 — PLA", "노브 Ø30×22", 20, 3_000),
                _Line("FDM 출력 — PLA", "L-브래킷 40×30", 20, 2_500),
                _Line("포장·배송", "퀵 배송 1회", 1, 15_000),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "아크릴 간판 문자 출력",
        CHOI,
        (*_SENT, "cancelled:고객 사정으로 취소 (예산 조정)"),
        28,
        20,
        -10,
        quote=_Quote(
            (
                _Line("레이저 커팅 — 아크릴 5T", "문자 높이 150mm", 8, 12_000),
                _Line("디자인 작업", "서체 변환·간격 조정", 1, 50_000),
            ),
            vat_included=True,
            notes=_TERMS_INCLUDED,
        ),
    ),
    _Job(
        "제어기 인클로저 시제품 (3대)",
        HANBIT,
        _MADE,
        21,
        0,
        2,
        priority=2,
        part="enclosure",
        file_name="제어기_인클로저",
        quote=_Quote(
            (
                _Line("FDM 출력 — ABS", "120×80×40, 벽 2mm", 3, 28_000),
                _Line("후가공 (서포트 제거·샌딩)", "", 3, 8_000),
                _Line("인서트 너트 삽입", "M3 황동", 12, 500),
                _Line("디자인 수정", "보스·환기구 추가", 1, 40_000),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "인쇄기 조절 노브 교체품 (10개)",
        EULJI,
        (*_MADE, "in_production:축 구멍 공차 재작업 (Ø6.0 → Ø6.2)"),
        18,
        1,
        -1,
        priority=3,
        assignee=STAFF,
        part="knob",
        file_name="조절노브_30",
        quote=_Quote(
            (
                _Line("FDM 출력 — PLA", "Ø30×22, 흑색", 10, 3_500),
                _Line("후가공 (서포트 제거·샌딩)", "", 10, 1_000),
                _Line("디자인 수정", "축 구멍 Ø6 D컷", 1, 20_000),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "수제화 밑창 블랭크 265mm (2족)",
        SEONGSU,
        (*_SENT, "accepted", "on_hold:가죽 입고 대기", "accepted", "in_production"),
        16,
        2,
        5,
        part="sole_blank",
        file_name="밑창_265",
        notes="라스트 265mm 기준, 볼 너비 100mm. 좌우 대칭 출력.",
        quote=_Quote(
            (
                _Line("FDM 출력 — TPU 95A", "265mm, 두께 10mm", 4, 32_000),
                _Line("모델링", "라스트 치수 반영", 1, 60_000),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "맞춤 구두 라스트 수정",
        SEONGSU,
        ("quote", "on_hold:고객 발 치수 재측정 대기"),
        12,
        4,
        -3,
        quote=_Quote(
            (_Line("3D 스캔 데이터 정리", "좌우 1족", 1, 40_000), DESIGN_FIX), notes=_TERMS_EXTRA
        ),
    ),
    _Job(
        "판촉용 스마트폰 거치대 (50개)",
        EULJI,
        (*_SENT, "accepted"),
        10,
        3,
        21,
        part="phone_stand",
        file_name="폰거치대",
        quote=_Quote(
            (
                _Line("FDM 출력 — PETG", "85×70×100", 50, 6_800),
                _Line("로고 각인 (레이저)", "30×10", 50, 1_200),
                _Line("개별 포장 (OPP)", "", 50, 300),
            ),
            vat_included=True,
            rounding="floor:10",
            notes=_TERMS_INCLUDED,
        ),
    ),
    _Job(
        "은반지 시제품 13호 (925)",
        SOSO,
        (*_SENT, "quoting:고객 요청 — 2개로 수량 변경, 각인 추가", "revise", "send"),
        9,
        1,
        14,
        priority=2,
        part="ring",
        file_name="은반지_13호",
        quote=_Quote(
            (
                _Line("은반지 시제품 (925)", "13호, 폭 2mm·두께 1.6mm", 1, 85_000),
                _Line("왁스 패턴 출력 (레진)", "캐스팅용", 1, 15_000),
                _Line("주조·광택 마감", "", 1, 30_000),
            ),
            vat_included=True,
            notes=_TERMS_INCLUDED,
            revised_quantities={1: 2, 2: 2, 3: 2},
            revised_lines=(_Line("각인 (레이저)", "안쪽 이니셜 4자", 2, 10_000),),
        ),
    ),
    _Job(
        "L-브래킷 40×30 양산 (200개)",
        HANBIT,
        _SENT,
        6,
        2,
        30,
        part="l_bracket",
        file_name="L브래킷_40x30",
        quote=_Quote(
            (
                _Line("CNC 가공 — 알루미늄 6061", "40×30×20, t3", 200, 4_800),
                _Line("셋업비", "지그 제작 포함", 1, 150_000),
                _Line("아노다이징 (흑색)", "", 200, 700, "외주"),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "센서 하우징 커버 시제품",
        HANBIT,
        ("quote",),
        3,
        1,
        10,
        assignee=STAFF,
        quote=_Quote(
            (
                _Line("FDM 출력 — PETG", "95×60×25", 2, 18_000),
                POLISH,
                _Line("디자인 수정", "스냅핏 두께 조정", 1, 40_000),
            ),
            notes=_TERMS_EXTRA,
        ),
    ),
    _Job(
        "황동 로고 스탬프 주물",
        SEONGSU,
        (),
        2,
        2,
        25,
        notes="가죽 각인용, 40×20mm. 도안 파일 수령 예정.",
    ),
    _Job(
        "수업용 오류 샘플 — 열린 면 상자",
        ACADEMY,
        (),
        1,
        1,
        7,
        assignee=STAFF,
        part="open_box",
        file_name="열린상자_오류샘플",
        notes="수업용: 윗면이 빠진 상자. 검사에서 '열린 모서리'를 찾는 실습.",
    ),
    _Job("명함 꽂이 시제품 문의", CHOI, (), 0, 0, None, priority=0),
)


@dataclass(frozen=True)
class DemoSummary:
    """What `build_demo` made (ids in the order made), and what it changed."""

    customers: int
    job_ids: tuple[str, ...]
    design_revision_ids: tuple[str, ...]
    quote_ids: tuple[str, ...]
    quote_revision_ids: tuple[str, ...]
    statuses: Mapping[str, int]
    seconds: float
    changes: Changes

    def describe(self) -> str:
        """One line for a log or a terminal (figures and status codes; not translated)."""
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items()))
        return (
            f"{len(self.job_ids)} jobs ({statuses}), {len(self.design_revision_ids)} designs, "
            f"{len(self.quote_ids)} quotes ({len(self.quote_revision_ids)} revisions), "
            f"{self.customers} customers in {self.seconds:.1f} s"
        )


def build_demo(ws: Workspace, *, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty workspace with the demo shop; InvalidValueError(field="workspace") if
    it holds the demo already (reason "demo_exists") or anything else (reason "not_empty")."""
    report = progress or (lambda _p, _s: None)
    started = time.perf_counter()
    _refuse_unless_empty(ws)
    report(0, "profile")
    from dataclasses import replace

    from app.demo.seal import seal_png

    changes = save_profile(ws, replace(PROFILE, seal_png=seal_png(REPRESENTATIVE))).changes
    report(2, "customers")
    _add_customers(ws)
    changes |= Changes(customers=True)
    report(5, "parts")
    made: list[_Made] = []
    with tempfile.TemporaryDirectory(prefix="makersquare-demo-") as tmp:
        parts = _write_parts(Path(tmp))
        for i, plan in enumerate(JOBS):
            report(10 + 85 * i // len(JOBS), "jobs")
            made.append(_build_job(ws, plan, parts))
    report(95, "dates")
    for plan, m in zip(JOBS, made, strict=True):
        _spread_over_time(ws, m.job_id, plan)
    for m in made:
        changes |= m.changes
    statuses: dict[str, int] = {}
    for row in jobs.list_jobs(ws):
        statuses[row.status] = statuses.get(row.status, 0) + 1
    seconds = time.perf_counter() - started
    log.info("demo workspace built in %.1f s: %d jobs", seconds, len(made))
    report(100, "done")
    return DemoSummary(
        customers=len(CUSTOMERS),
        job_ids=tuple(m.job_id for m in made),
        design_revision_ids=tuple(r for m in made for r in m.design_revision_ids),
        quote_ids=tuple(m.quote_id for m in made if m.quote_id),
        quote_revision_ids=tuple(r for m in made for r in m.quote_revision_ids),
        statuses=statuses,
        seconds=seconds,
        changes=changes,
    )


def _refuse_unless_empty(ws: Workspace) -> None:
    name = get_profile(ws).business_name
    if name == DEMO_BUSINESS_NAME:
        raise InvalidValueError(
            "this workspace already holds the demo",
            field="workspace",
            reason="demo_exists",
            path=str(ws.root),
        )
    with ws.read_session() as s:
        has_jobs = bool(s.scalar(select(func.count()).select_from(Job)))
    if name or has_jobs:
        raise InvalidValueError(
            "the demo needs a new, empty workspace",
            field="workspace",
            reason="not_empty",
            path=str(ws.root),
        )


def _add_customers(ws: Workspace) -> None:
    with ws.session() as s:
        for c in CUSTOMERS:
            row = find_or_create_customer(s, c.name)
            row.contact_person, row.phone, row.email = c.contact, c.phone, c.email
            row.address = c.address
            row.registration_no = complete_bizno(c.bizno_prefix) if c.bizno_prefix else ""


def _write_parts(folder: Path) -> dict[tuple[str, str], Path]:
    """Each (sample, file name) the plan imports, written once as an STL."""
    paths = {}
    for plan in JOBS:
        if plan.part is not None:
            path = folder / f"{plan.file_name}.stl"
            samples.write_sample(plan.part, path)
            paths[plan.part, plan.file_name] = path
    return paths


@dataclass
class _Made:
    job_id: str
    changes: Changes
    design_revision_ids: list[str] = field(default_factory=list)
    quote_id: str | None = None
    quote_revision_ids: list[str] = field(default_factory=list)


def _build_job(ws: Workspace, plan: _Job, parts: Mapping[tuple[str, str], Path]) -> _Made:
    today = date.today()
    due = today + timedelta(days=plan.due_in) if plan.due_in is not None else None
    created = jobs.create_job(
        ws,
        plan.title,
        customer=plan.customer,
        due_date=due,
        priority=plan.priority,
        assignee=plan.assignee,
        notes=plan.notes,
        by=plan.assignee,
    )
    made = _Made(created.value, created.changes)
    if plan.part is not None:
        imported = designs.import_design(
            ws, made.job_id, parts[plan.part, plan.file_name], author=plan.assignee
        )
        made.design_revision_ids.append(imported.value)
        made.changes |= imported.changes
    for step in plan.steps:
        if step == "quote":
            assert plan.quote is not None
            _start_quote(ws, made, plan.quote)
        elif step == "send":
            made.changes |= quotes.mark_sent(ws, made.quote_revision_ids[-1]).changes
        elif step == "revise":
            assert plan.quote is not None and made.quote_id is not None
            _revise_quote(ws, made, plan.quote)
        else:
            status, _, note = step.partition(":")
            made.changes |= jobs.set_status(
                ws, made.job_id, status, by=plan.assignee, note=note
            ).changes
    return made


def _start_quote(ws: Workspace, made: _Made, plan: _Quote) -> None:
    created = quotes.create_quote(ws, made.job_id)
    rev_id = created.value
    made.changes |= created.changes
    quotes.set_terms(
        ws,
        rev_id,
        vat_included=plan.vat_included,
        rounding=RoundingRule.from_setting(plan.rounding),
        notes=plan.notes,
    )
    for line in plan.lines:
        quotes.add_line(
            ws,
            rev_id,
            line.item,
            spec=line.spec,
            quantity=line.quantity,
            unit_price=line.unit_price,
            note=line.note,
        )
    made.quote_id = quotes.get_revision(ws, rev_id).quote_id
    made.quote_revision_ids.append(rev_id)


def _revise_quote(ws: Workspace, made: _Made, plan: _Quote) -> None:
    assert made.quote_id is not None
    rev_id = quotes.new_revision(ws, made.quote_id).value
    for old in quotes.get_revision(ws, rev_id).lines:
        if old.position in plan.revised_quantities:
            quotes.update_line(ws, old.id, quantity=plan.revised_quantities[old.position])
    for line in plan.revised_lines:
        quotes.add_line(
            ws,
            rev_id,
            line.item,
            spec=line.spec,
            quantity=line.quantity,
            unit_price=line.unit_price,
            note=line.note,
        )
    made.quote_revision_ids.append(rev_id)


def _timeline(count: int, days_ago: int, last_days_ago: int, now: datetime) -> list[datetime]:
    """`count` strictly increasing times from `days_ago` to `last_days_ago`, in work hours
    (10:00 KST = 01:00 UTC onwards, 40 minutes apart within a day), none after `now`."""
    span = days_ago - last_days_ago
    times = []
    for i in range(count):
        back = days_ago - (round(span * i / (count - 1)) if count > 1 else 0)
        day = (now - timedelta(days=back)).replace(hour=1, minute=0, second=0, microsecond=0)
        times.append(min(day + timedelta(minutes=40 * i), now - timedelta(minutes=count - i)))
    return times


def _spread_over_time(ws: Workspace, job_id: str, plan: _Job) -> None:
    """Move the job's history (and its designs' and quotes' dates) back into the past,
    keeping their order: the services stamp everything with the moment of the call."""
    now = utcnow()
    with ws.session() as s:
        job = s.get(Job, job_id)
        assert job is not None
        history = sorted(job.history, key=lambda h: h.changed_at)
        times = _timeline(len(history), plan.days_ago, plan.last_days_ago, now)
        for change, when in zip(history, times, strict=True):
            change.changed_at = change.created_at = change.updated_at = when
        job.created_at, job.updated_at = times[0], times[-1]
        for d in job.designs:
            d.created_at = d.updated_at = times[0]
            for r in d.revisions:
                r.created_at = r.updated_at = times[0]
        quoting = [h.changed_at for h in history if h.to_status == "quoting"]
        quoted = [h.changed_at for h in history if h.to_status == "quoted"]
        for q in job.quotes:
            q.created_at = q.updated_at = quoting[0]
            for rev in q.revisions:
                issued = quoting[min(rev.number, len(quoting)) - 1]
                validity = rev.valid_until - rev.issue_date
                rev.issue_date, rev.valid_until = issued.date(), issued.date() + validity
                rev.created_at = rev.updated_at = issued
                if rev.sent_at is not None:
                    rev.sent_at = quoted[min(rev.number, len(quoted)) - 1]
                for line in rev.lines:
                    line.created_at = line.updated_at = issued
