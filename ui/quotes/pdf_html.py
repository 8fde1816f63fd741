"""The 견적서's HTML for QTextDocument: labels in Korean and English, and the blocks of the form
(letterhead, title, customer and supplier boxes, 합계금액, the lines table, totals, tail).

Rules are drawn as cell edges (see `td`); lengths are CSS pixels (1/96 inch), which the
layout scales to the device's resolution. Rendered by `ui.quotes.pdf`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from app.money import format_won
from app.quotes.document import PartyBlock, QuoteDocument, QuoteDocumentLine

CSS_DPI = 96  # QTextDocument lengths (padding, rules, images) are in 1/96 inch
CELL_PADDING_MM = 1.2
RULE_MM = 0.25
HEAVY_RULE_MM = 0.5
BORDER = "#555555"
SHADE = "#eef1f6"
ACCENT = "#dfe6f1"
NOWRAP = "white-space:nowrap"  # amounts never break; the column widens instead


@dataclass(frozen=True)
class Labels:
    title: str
    quote_no: str
    issued: str
    valid: str
    subject: str
    customer: str
    customer_suffix: str
    contact: str
    intro: str
    supplier: str
    reg_no: str
    company: str
    representative: str
    seal_mark: str
    address: str
    business_type: str
    business_item: str
    phone: str
    total_label: str
    total_hint: str
    columns: tuple[str, ...]
    subtotal: str
    grand_total: str
    vat_extra: str
    vat_included: str
    notes: str
    closing: str
    validity_days: str


KO = Labels(
    title="견 적 서",
    quote_no="견적번호",
    issued="작성일자",
    valid="유효기간",
    subject="건명",
    customer="수신",
    customer_suffix=" 귀하",
    contact="참조",
    intro="아래와 같이 견적합니다.",
    supplier="공급자",
    reg_no="등록번호",
    company="상호",
    representative="성명",
    seal_mark="(인)",
    address="사업장 주소",
    business_type="업태",
    business_item="종목",
    phone="전화",
    total_label="합계금액",
    total_hint="(공급가액 + 세액)",
    columns=("번호", "품명", "규격", "수량", "단가", "공급가액", "세액", "비고"),
    subtotal="합계",
    grand_total="총 합계 (공급가액 + 세액)",
    vat_extra="(단위: 원, 부가세 별도)",
    vat_included="(단위: 원, 부가세 포함)",
    notes="비고 / 특기사항",
    closing="감사합니다.",
    validity_days=" (견적일로부터 %1일)",
)

EN = Labels(
    title="Quotation",
    quote_no="Quote no.",
    issued="Date",
    valid="Valid until",
    subject="Subject",
    customer="Customer",
    customer_suffix="",
    contact="Attn.",
    intro="We are pleased to quote as follows.",
    supplier="Supplier",
    reg_no="Reg. no.",
    company="Company",
    representative="CEO",
    seal_mark="(seal)",
    address="Address",
    business_type="Business",
    business_item="Item",
    phone="Phone",
    total_label="Total",
    total_hint="(supply amount + VAT)",
    columns=("No.", "Item", "Spec", "Qty", "Unit price", "Supply amount", "VAT", "Note"),
    subtotal="Total",
    grand_total="Grand total (supply amount + VAT)",
    vat_extra="(Unit: KRW, VAT excluded)",
    vat_included="(Unit: KRW, VAT included)",
    notes="Notes",
    closing="Thank you.",
    validity_days=" (%1 days from the quote date)",
)

LABELS = {"ko": KO, "en": EN}
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Column widths of the lines table in percent (번호 품명 규격 수량 단가 공급가액 세액 비고).
COLUMN_WIDTHS = (6, 23, 19, 6, 11, 13, 11, 11)


# --- HTML ----------------------------------------------------------------------------------


def head_html(doc: QuoteDocument, labels: Labels) -> str:
    """Everything above the lines table."""
    vat = labels.vat_included if doc.vat_included else labels.vat_extra
    return "".join(
        (
            _letterhead_html(doc.supplier),
            _spacer(4),
            f'<p align="center" style="font-size:24pt; font-weight:bold">{_e(labels.title)}</p>',
            _spacer(5),
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="44%" valign="bottom" style="padding-right:{px(4)}px">'
            f"{_customer_html(doc, labels)}</td>"
            f'<td width="56%">{_supplier_html(doc.supplier, labels)}</td>'
            "</tr></table>",
            _spacer(3),
            _total_html(doc, labels),
            _spacer(3),
            f'<p align="right" style="font-size:8pt; margin-bottom:{px(1)}px">{_e(vat)}</p>',
        )
    )


def _letterhead_html(supplier: PartyBlock) -> str:
    """The supplier's name and contact line at the top, above a rule."""
    contact = "  ·  ".join(_e(p) for p in (supplier.address, supplier.phone, supplier.email) if p)
    rule = f"{HEAVY_RULE_MM / 25.4 * CSS_DPI:.2f}px solid #2b3a55"
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="bottom" style="border-bottom:{rule}; padding-bottom:{px(1.5)}px">'
        f'<span style="font-size:15pt; font-weight:bold; color:#2b3a55">{_e(supplier.name)}</span>'
        "</td>"
        f'<td align="right" valign="bottom" style="border-bottom:{rule}; '
        f'padding-bottom:{px(1.5)}px; font-size:8pt; color:#444444">{contact}</td>'
        "</tr></table>"
    )


def tail_html(doc: QuoteDocument, labels: Labels) -> str:
    notes = _e(doc.notes) if doc.notes.strip() else "&nbsp;<br>&nbsp;"
    head = f' width="18%" bgcolor="{SHADE}" align="center" valign="middle"'
    days = (doc.valid_until - doc.issue_date).days
    validity = _valid_until(doc.valid_until, labels) + labels.validity_days.replace("%1", str(days))
    rows = [
        td(f"<b>{_e(labels.valid)}</b>", head, left=True, top=True) + td(_e(validity), top=True),
        td(f"<b>{_e(labels.notes)}</b>", head, left=True) + td(notes),
    ]
    return (
        _spacer(3)
        + table(rows, padding_mm=2.0)
        + f'<p align="right" style="margin-top:{px(3)}px">{_e(labels.closing)}</p>'
    )


def _customer_html(doc: QuoteDocument, labels: Labels) -> str:
    customer = doc.customer
    meta = [
        (labels.quote_no, f"{doc.quote_number} ({revision_text(doc, labels)})"),
        (labels.issued, _date(doc.issue_date, labels)),
        (labels.valid, _valid_until(doc.valid_until, labels)),
    ]
    if doc.title:
        meta.append((labels.subject, doc.title))
    rows = "".join(
        f'<tr><td width="26%" style="color:#444444">{_e(k)}</td><td>{_e(v)}</td></tr>'
        for k, v in meta
    )
    contact = [
        (labels.contact, customer.contact),
        (labels.phone, customer.phone),
        ("E-mail", customer.email),
    ]
    contact_html = "<br>".join(f"{_e(k)}: {_e(v)}" for k, v in contact if v)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="{px(0.6)}">{rows}</table>'
        f'<p style="margin-top:{px(4)}px; font-size:8pt; color:#444444">'
        f"{_e(labels.customer)}</p>"
        f'<p style="font-size:14pt; font-weight:bold"><u>{_e(customer.name)}</u>'
        f"{_e(labels.customer_suffix)}</p>"
        f'<p style="margin-top:{px(1.5)}px">{contact_html}</p>'
        f'<p style="margin-top:{px(4)}px">{_e(labels.intro)}</p>'
    )


def _supplier_html(supplier: PartyBlock, labels: Labels) -> str:
    # The seal image is painted over this mark afterwards (ui.quotes.pdf), as a stamp would be.
    seal = f'<span style="color:#666666">{_e(labels.seal_mark)}</span>'
    head, mid = f' bgcolor="{SHADE}" align="center" valign="middle"', ' valign="middle"'
    upright = labels is KO  # Korean forms set 공급자 upright, one syllable per line
    rows = [
        td(_e(labels.reg_no), f' width="19%"{head}', left=not upright, top=upright)
        + td(
            _e(supplier.registration_no),
            f' colspan="3"{mid}',
            top=upright,
            style="font-size:10.5pt; font-weight:bold",
        ),
        td(_e(labels.company), head, left=not upright)
        + td(_e(supplier.name), f' width="31%"{mid}')
        + td(_e(labels.representative), f' width="10%"{head}')
        + td(f"{_e(supplier.representative)}&nbsp;&nbsp;&nbsp;{seal}", mid),
        td(_e(labels.address), head, left=not upright)
        + td(_e(supplier.address), f' colspan="3"{mid}'),
        td(_e(labels.business_type), head, left=not upright)
        + td(_e(supplier.business_type), mid)
        + td(_e(labels.business_item), head)
        + td(_e(supplier.business_item), mid),
        td(_e(labels.phone), head, left=not upright)
        + td(_e(_join(supplier.phone, supplier.email)), f' colspan="3"{mid}'),
    ]
    if upright:
        caption = "<br>".join(map(_e, labels.supplier))
        rows[0] = (
            td(f"<b>{caption}</b>", f' rowspan="{len(rows)}" width="7%"{head}', left=True, top=True)
            + rows[0]
        )
    else:
        rows.insert(
            0, td(f"<b>{_e(labels.supplier)}</b>", f' colspan="4"{head}', left=True, top=True)
        )
    return table(rows)


def _total_html(doc: QuoteDocument, labels: Labels) -> str:
    label = (
        f"<b>{_e(labels.total_label)}</b><br>"
        f'<span style="font-size:8pt">{_e(labels.total_hint)}</span>'
    )
    amount = f"{_e(doc.total_in_words)}&nbsp;&nbsp;(₩{format_won(doc.grand_total)})"
    row = td(
        label,
        f' width="24%" bgcolor="{ACCENT}" align="center" valign="middle"',
        left=True,
        top=True,
        rule_mm=HEAVY_RULE_MM,
    ) + td(
        amount,
        ' valign="middle"',
        top=True,
        rule_mm=HEAVY_RULE_MM,
        style="font-size:12.5pt; font-weight:bold",
    )
    return table([row], padding_mm=2.0)


def header_cells(labels: Labels) -> str:
    return "".join(
        td(
            _e(name),
            f' width="{width}%" bgcolor="{SHADE}" align="center"',
            left=not index,
            top=True,
            tag="th",
        )
        for index, (name, width) in enumerate(zip(labels.columns, COLUMN_WIDTHS, strict=True))
    )


def line_row(line: QuoteDocumentLine) -> str:
    amounts = (line.quantity, line.unit_price, line.supply_amount, line.tax_amount)
    return (
        td(str(line.no), ' align="center"', left=True)
        + td(_e(line.item))
        + td(_e(line.spec))
        + "".join(td(format_won(n), ' align="right"', style=NOWRAP) for n in amounts)
        + td(_e(line.note), style="font-size:8pt")
    )


def empty_row() -> str:
    return td("&nbsp;", left=True) + td("") * (len(COLUMN_WIDTHS) - 1)


def totals_rows(doc: QuoteDocument, labels: Labels) -> list[str]:
    return [
        td(
            f"<b>{_e(labels.subtotal)}</b>",
            f' colspan="5" align="center" bgcolor="{SHADE}"',
            left=True,
        )
        + td(f"<b>{format_won(doc.supply_total)}</b>", ' align="right"', style=NOWRAP)
        + td(f"<b>{format_won(doc.tax_total)}</b>", ' align="right"', style=NOWRAP)
        + td(""),
        td(
            f"<b>{_e(labels.grand_total)}</b>",
            f' colspan="5" align="center" bgcolor="{ACCENT}"',
            left=True,
        )
        + td(
            f"<b>₩{format_won(doc.grand_total)}</b>",
            f' colspan="2" align="right" bgcolor="{ACCENT}"',
            style=f"font-size:10.5pt; {NOWRAP}",
        )
        + td("", f' bgcolor="{ACCENT}"'),
    ]


def table(
    rows: list[str],
    *,
    header: str = "",
    padding_mm: float = CELL_PADDING_MM,
    page_break: bool = False,
) -> str:
    """A ruled table. The rules are cell edges, not Qt's table border: in collapse mode Qt
    leaves out the bottom rule of a table that continues on the next page."""
    thead = f"<thead><tr>{header}</tr></thead>" if header else ""  # repeated on a new page
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    brk = ' style="page-break-before:always"' if page_break else ""
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="{px(padding_mm)}"{brk}>'
        f"{thead}{body}</table>"
    )


def td(
    content: str,
    attrs: str = "",
    *,
    left: bool = False,
    top: bool = False,
    style: str = "",
    rule_mm: float = RULE_MM,
    tag: str = "td",
) -> str:
    """One ruled cell. Every cell draws its right and bottom rule, the first column its left
    and the first row its top, so each rule is drawn once."""
    edges = ["right", "bottom"] + ["left"] * left + ["top"] * top
    rule = f"{rule_mm / 25.4 * CSS_DPI:.2f}px solid {BORDER}"
    rules = "".join(f"border-{edge}:{rule}; " for edge in edges)
    return f'<{tag}{attrs} style="{rules}{style}">{content}</{tag}>'


def _spacer(mm: float) -> str:
    return f'<p style="margin:0; font-size:1pt; line-height:{px(mm)}px">&nbsp;</p>'


# --- formatting ----------------------------------------------------------------------------


def _e(text: str) -> str:
    """Escape user text for the HTML; line breaks are kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _join(*parts: str) -> str:
    return "  /  ".join(p for p in parts if p)


def revision_text(doc: QuoteDocument, labels: Labels) -> str:
    return f"{doc.revision}차" if labels is KO else f"rev. {doc.revision}"


def _date(day: date, labels: Labels) -> str:
    if labels is KO:
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _valid_until(day: date, labels: Labels) -> str:
    return f"{_date(day, labels)}까지" if labels is KO else _date(day, labels)


def px(mm: float) -> int:
    """Millimetres in CSS pixels (1/96 inch; the layout scales them to the PDF's DPI)."""
    return round(mm / 25.4 * CSS_DPI)
