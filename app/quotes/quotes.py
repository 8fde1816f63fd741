"""Quotes (견적서): revisions of lines, VAT, rounding and totals, in integer won.

A draft revision is edited in place. Sending freezes it (its totals are stored); any later
change goes into a new revision that starts as a copy, and earlier revisions stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import bizno, money, settings
from app.catalogue import get_profile
from app.changes import Changes, Result
from app.errors import InvalidValueError, NotFoundError, QuoteFrozenError
from app.jobs.jobs import allowed_moves, record_move
from app.kinds import Kind
from app.models import Customer, Job, Quote, QuoteLine, QuoteRevision, utcnow
from app.numbering import next_number
from app.quotes.document import PartyBlock, QuoteDocument, QuoteDocumentLine
from app.rows import live_row
from app.workspace import Workspace

MAX_LINES = 500


@dataclass(frozen=True)
class LineData:
    id: str
    position: int
    item: str
    spec: str
    quantity: int
    unit_price: int
    note: str
    amounts: money.LineAmounts
    design_revision_id: str | None
    design_hash: str | None = None
    breakdown_json: str | None = None


@dataclass(frozen=True)
class DesignLink:
    """What a line made from a design remembers: the revision, its file hash, the costing."""

    revision_id: str
    file_hash: str
    breakdown_json: str


@dataclass(frozen=True)
class RevisionData:
    id: str
    quote_id: str
    quote_number: str
    job_id: str
    number: int
    status: str
    vat_included: bool
    rounding: money.RoundingRule
    issue_date: date
    valid_until: date
    notes: str
    lines: tuple[LineData, ...]
    totals: money.Totals
    revision_ids: tuple[str, ...]  # every revision of the quote, oldest first

    @property
    def frozen(self) -> bool:
        return self.status == "sent"


@dataclass(frozen=True)
class QuoteRow:
    quote_id: str
    number: str
    job_id: str
    job_title: str
    customer: str
    latest_revision_id: str
    revision: int
    status: str
    grand_total: int
    issue_date: date
    # A sibling draft the square kept beside a concurrent edit: the revision it came from.
    branch_of: str | None = None


def _move_job(s: Session, job: Job, frm: str, to: str, by: str) -> bool:
    """Advance the job as a side effect of quoting, when the state machine allows it."""
    if job.status == frm and to in allowed_moves(frm):
        record_move(s, job, to, by=by)
        return True
    return False


def create_quote(ws: Workspace, job_id: str, *, by: str = "") -> Result[str]:
    """A new quote for the job with an empty draft revision 1; returns the revision id. A job
    still in inquiry moves to quoting, the move signed `by`."""
    vat_included = bool(settings.get_workspace_setting(ws, "quote.vat_included"))
    rounding = str(settings.get_workspace_setting(ws, "quote.rounding"))
    days = int(settings.get_workspace_setting(ws, "quote.validity_days"))
    notes = str(settings.get_workspace_setting(ws, "quote.default_notes"))
    today = date.today()
    with ws.session() as s:
        job = live_row(s, Job, job_id)
        quote = Quote(job_id=job_id, number=next_number(s, Quote.number, "Q", today))
        s.add(quote)
        s.flush()
        rev = QuoteRevision(
            quote_id=quote.id,
            number=1,
            vat_included=vat_included,
            rounding=rounding,
            issue_date=today,
            valid_until=today + timedelta(days=days),
            notes=notes,
        )
        s.add(rev)
        _move_job(s, job, "inquiry", "quoting", by)
        s.flush()
        return Result(rev.id, Changes(quotes=frozenset({quote.id}), jobs=frozenset({job_id})))


def _draft(s: Session, revision_id: str) -> QuoteRevision:
    rev = live_row(s, QuoteRevision, revision_id)
    if rev.status != "draft":
        raise QuoteFrozenError(
            f"{rev.quote.number} r{rev.number} was sent",
            number=rev.quote.number,
            revision=rev.number,
        )
    return rev


def _check_line(item: str, quantity: int, unit_price: int) -> str:
    item = item.strip()
    if not item:
        raise InvalidValueError("a line needs an item name", field="item")
    for name, v in (("quantity", quantity), ("unit_price", unit_price)):
        if isinstance(v, bool) or not isinstance(v, int) or v < 0 or v > 10**12:
            raise InvalidValueError(f"{name} {v!r}", field=name, value=v)
    return item


def _check_amounts(pairs: list[tuple[int, int]]) -> None:
    """Refuse lines whose total no VAT or rounding terms could compute (a typo like 10⁶ × 10¹¹)."""
    try:
        money.quote_totals(
            pairs, vat_included=False, rule=money.RoundingRule(money.RoundingMode.CEIL, 1000)
        )
    except money.AmountTooLargeError as exc:
        raise InvalidValueError(str(exc), field="amount") from exc


def add_line(
    ws: Workspace,
    revision_id: str,
    item: str,
    *,
    spec: str = "",
    quantity: int = 1,
    unit_price: int = 0,
    note: str = "",
    design: DesignLink | None = None,
) -> Result[str]:
    item = _check_line(item, quantity, unit_price)
    with ws.session() as s:
        rev = _draft(s, revision_id)
        if len(rev.lines) >= MAX_LINES:
            raise InvalidValueError("too many lines", field="lines")
        pairs = [(ln.quantity, ln.unit_price) for ln in rev.lines]
        _check_amounts([*pairs, (quantity, unit_price)])
        line = QuoteLine(
            revision_id=rev.id,
            position=len(rev.lines) + 1,
            item=item,
            spec=spec.strip(),
            quantity=quantity,
            unit_price=unit_price,
            note=note.strip(),
        )
        _link(line, design)
        s.add(line)
        s.flush()
        return Result(line.id, Changes(quotes=frozenset({rev.quote_id})))


def update_line(
    ws: Workspace,
    line_id: str,
    *,
    item: str | None = None,
    spec: str | None = None,
    quantity: int | None = None,
    unit_price: int | None = None,
    note: str | None = None,
    design: DesignLink | None = None,
) -> Result[None]:
    with ws.session() as s:
        line = s.get(QuoteLine, line_id)
        if line is None:
            raise NotFoundError(f"quote line {line_id}", kind=Kind.QUOTE_LINE, id=line_id)
        rev = _draft(s, line.revision_id)
        new_item = _check_line(
            item if item is not None else line.item,
            quantity if quantity is not None else line.quantity,
            unit_price if unit_price is not None else line.unit_price,
        )
        line.item = new_item
        if spec is not None:
            line.spec = spec.strip()
        if quantity is not None:
            line.quantity = quantity
        if unit_price is not None:
            line.unit_price = unit_price
        if note is not None:
            line.note = note.strip()
        _link(line, design)
        line.dirty = True
        _check_amounts([(ln.quantity, ln.unit_price) for ln in rev.lines])
        return Result(None, Changes(quotes=frozenset({rev.quote_id})))


def _link(line: QuoteLine, design: DesignLink | None) -> None:
    if design is not None:
        line.design_revision_id = design.revision_id
        line.design_hash = design.file_hash
        line.breakdown_json = design.breakdown_json


def remove_line(ws: Workspace, line_id: str) -> Result[None]:
    with ws.session() as s:
        line = s.get(QuoteLine, line_id)
        if line is None:
            raise NotFoundError(f"quote line {line_id}", kind=Kind.QUOTE_LINE, id=line_id)
        rev = _draft(s, line.revision_id)
        rev.lines.remove(line)
        s.delete(line)  # said outright, so the sync sees it go (app.tracking)
        for i, other in enumerate(rev.lines, start=1):
            other.position = i
        return Result(None, Changes(quotes=frozenset({rev.quote_id})))


def restore_line(ws: Workspace, revision_id: str, line: LineData) -> Result[str]:
    """Put a removed line back at its position (as a new row; the sync saw the old one go);
    returns the new id. For undo."""
    _check_line(line.item, line.quantity, line.unit_price)
    with ws.session() as s:
        rev = _draft(s, revision_id)
        if len(rev.lines) >= MAX_LINES:
            raise InvalidValueError("too many lines", field="lines")
        _check_amounts([*((ln.quantity, ln.unit_price) for ln in rev.lines),
                        (line.quantity, line.unit_price)])  # fmt: skip
        at = min(max(line.position, 1), len(rev.lines) + 1)
        new = QuoteLine(
            position=at,
            item=line.item,
            spec=line.spec,
            quantity=line.quantity,
            unit_price=line.unit_price,
            note=line.note,
            design_revision_id=line.design_revision_id,
            design_hash=line.design_hash,
            breakdown_json=line.breakdown_json,
        )
        rev.lines.insert(at - 1, new)
        for i, other in enumerate(rev.lines, start=1):
            other.position = i
        s.flush()
        return Result(new.id, Changes(quotes=frozenset({rev.quote_id})))


def set_terms(
    ws: Workspace,
    revision_id: str,
    *,
    vat_included: bool | None = None,
    rounding: money.RoundingRule | None = None,
    valid_until: date | None = None,
    notes: str | None = None,
) -> Result[None]:
    with ws.session() as s:
        rev = _draft(s, revision_id)
        if vat_included is not None:
            rev.vat_included = vat_included
        if rounding is not None:
            rev.rounding = rounding.to_setting()
        if valid_until is not None:
            if valid_until < rev.issue_date:
                raise InvalidValueError("valid-until before the issue date", field="valid_until")
            rev.valid_until = valid_until
        if notes is not None:
            rev.notes = notes
        rev.dirty = True
        return Result(None, Changes(quotes=frozenset({rev.quote_id})))


def _totals(rev: QuoteRevision) -> money.Totals:
    return money.quote_totals(
        ((ln.quantity, ln.unit_price) for ln in rev.lines),
        vat_included=rev.vat_included,
        rule=money.RoundingRule.from_setting(rev.rounding),
    )


def mark_sent(ws: Workspace, revision_id: str, *, by: str = "") -> Result[None]:
    """Freeze the revision (its totals are stored) and move the job to 'quoted' (the move
    signed `by`)."""
    with ws.session() as s:
        rev = _draft(s, revision_id)
        if not rev.lines:
            raise InvalidValueError("a quote needs at least one line", field="lines")
        totals = _totals(rev)
        rev.supply_total, rev.tax_total, rev.grand_total = totals.supply, totals.tax, totals.total
        rev.status = "sent"
        rev.sent_at = utcnow()
        rev.dirty = True
        job = rev.quote.job
        _move_job(s, job, "quoting", "quoted", by)
        return Result(None, Changes(quotes=frozenset({rev.quote_id}), jobs=frozenset({job.id})))


def new_revision(ws: Workspace, quote_id: str) -> Result[str]:
    """A new draft revision copying the latest one (which stays as it is)."""
    today = date.today()
    with ws.session() as s:
        quote = s.get(Quote, quote_id)
        if quote is None or not quote.revisions:
            raise NotFoundError(f"quote {quote_id}", kind=Kind.QUOTE, id=quote_id)
        last = quote.revisions[-1]
        if last.status == "draft":
            return Result(last.id, Changes())
        validity = last.valid_until - last.issue_date
        rev = QuoteRevision(
            quote_id=quote_id,
            number=last.number + 1,
            vat_included=last.vat_included,
            rounding=last.rounding,
            issue_date=today,
            valid_until=today + validity,
            notes=last.notes,
        )
        s.add(rev)
        s.flush()
        for ln in last.lines:
            s.add(
                QuoteLine(
                    revision_id=rev.id,
                    position=ln.position,
                    item=ln.item,
                    spec=ln.spec,
                    quantity=ln.quantity,
                    unit_price=ln.unit_price,
                    note=ln.note,
                    design_revision_id=ln.design_revision_id,
                    design_hash=ln.design_hash,
                    breakdown_json=ln.breakdown_json,
                )
            )
        return Result(rev.id, Changes(quotes=frozenset({quote_id})))


def get_revision(ws: Workspace, revision_id: str) -> RevisionData:
    with ws.read_session() as s:
        rev = live_row(s, QuoteRevision, revision_id)
        rule = money.RoundingRule.from_setting(rev.rounding)
        lines = tuple(
            LineData(
                ln.id,
                ln.position,
                ln.item,
                ln.spec,
                ln.quantity,
                ln.unit_price,
                ln.note,
                money.line_amounts(
                    ln.quantity, ln.unit_price, vat_included=rev.vat_included, rule=rule
                ),
                ln.design_revision_id,
                ln.design_hash,
                ln.breakdown_json,
            )
            for ln in rev.lines
        )
        return RevisionData(
            rev.id,
            rev.quote_id,
            rev.quote.number,
            rev.quote.job_id,
            rev.number,
            rev.status,
            rev.vat_included,
            rule,
            rev.issue_date,
            rev.valid_until,
            rev.notes,
            lines,
            _totals(rev),
            tuple(r.id for r in rev.quote.revisions),
        )


def list_quotes(ws: Workspace, job_id: str | None = None) -> list[QuoteRow]:
    """A row per quote (its newest revision), and one per sibling draft the square kept
    beside it (two PCs edited one draft at once), so neither version is out of sight."""
    with ws.read_session() as s:
        q = select(Quote).where(Quote.deleted.is_(False)).order_by(Quote.number.desc())
        if job_id is not None:
            q = q.where(Quote.job_id == job_id)
        rows = []
        for quote in s.scalars(q):
            live = [r for r in quote.revisions if not r.deleted]
            main = [r for r in live if r.branch_of is None] or live
            if not main:
                continue
            siblings = [r for r in live if r.branch_of is not None and r not in main]
            customer = quote.job.customer.name if quote.job.customer else ""
            for rev in [main[-1], *siblings]:  # the quote, then each draft to merge into it
                total = rev.grand_total if rev.status == "sent" else _totals(rev).total
                rows.append(
                    QuoteRow(
                        quote.id,
                        quote.number,
                        quote.job_id,
                        quote.job.title,
                        customer,
                        rev.id,
                        rev.number,
                        rev.status,
                        total,
                        rev.issue_date,
                        rev.branch_of,
                    )
                )
        return rows


def find_revision(ws: Workspace, number: str, revision: int | None = None) -> str:
    """The id of a quote's revision by its printed number (the latest when not given)."""
    with ws.read_session() as s:
        quote = s.scalars(
            select(Quote).where(Quote.number == number.strip().upper(), Quote.deleted.is_(False))
        ).first()
        if quote is None or not quote.revisions:
            raise NotFoundError(f"quote {number}", kind=Kind.QUOTE, id=number)
        if revision is None:
            return quote.revisions[-1].id
        for r in quote.revisions:
            if r.number == revision:
                return r.id
        raise NotFoundError(f"quote {number} r{revision}", kind=Kind.QUOTE_REVISION, id=number)


def all_revision_ids(ws: Workspace) -> list[str]:
    """Every live revision of every live quote, by quote number then revision (read-only)."""
    with ws.read_session() as s:
        return list(
            s.scalars(
                select(QuoteRevision.id)
                .join(Quote, Quote.id == QuoteRevision.quote_id)
                .where(Quote.deleted.is_(False), QuoteRevision.deleted.is_(False))
                .order_by(Quote.number, QuoteRevision.number, QuoteRevision.created_at)
            )
        )


def quote_document(ws: Workspace, revision_id: str) -> QuoteDocument:
    """Everything the 견적서 shows, computed."""
    data = get_revision(ws, revision_id)
    profile = get_profile(ws)
    with ws.read_session() as s:
        job = s.get(Job, data.job_id)
        assert job is not None
        title = job.title
        cust: Customer | None = job.customer
        customer = PartyBlock(
            name=cust.name if cust else "",
            registration_no=cust.registration_no if cust else "",
            address=cust.address if cust else "",
            phone=cust.phone if cust else "",
            email=cust.email if cust else "",
            contact=cust.contact_person if cust else "",
        )
    reg = profile.registration_no
    if reg and bizno.is_valid(reg):
        reg = bizno.format_number(reg)
    supplier = PartyBlock(
        name=profile.business_name,
        registration_no=reg,
        representative=profile.representative,
        address=profile.address,
        business_type=profile.business_type,
        business_item=profile.business_item,
        phone=profile.phone,
        email=profile.email,
    )
    lines = tuple(
        QuoteDocumentLine(
            ln.position,
            ln.item,
            ln.spec,
            ln.quantity,
            ln.unit_price,
            ln.amounts.supply,
            ln.amounts.tax,
            ln.note,
        )
        for ln in data.lines
    )
    t = data.totals
    return QuoteDocument(
        quote_number=data.quote_number,
        revision=data.number,
        issue_date=data.issue_date,
        valid_until=data.valid_until,
        title=title,
        supplier=supplier,
        customer=customer,
        lines=lines,
        supply_total=t.supply,
        tax_total=t.tax,
        grand_total=t.total,
        total_in_words=money.amount_in_words_line(t.total),
        vat_included=data.vat_included,
        notes=data.notes,
        seal_png=profile.seal_png,
    )
