"""The 견적서 (quotation) as a PDF: QTextDocument HTML laid out on an A4 QPdfWriter.

Qt embeds a subset of the Korean font with a ToUnicode map, so the text can be searched and
copied (reportlab cannot embed CJK). The lines are split into one table per page here, by
measured row height, because Qt would otherwise break a wrapped row across two pages. The PDF
is rendered into memory and written to ``path + ".part"`` before an ``os.replace``, so a
failure never leaves a half-written file.
"""

from __future__ import annotations

import html
import logging
import os
import re
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

import resources
from app.money import format_won
from app.quote_document import PartyBlock, QuoteDocument, QuoteDocumentLine

log = logging.getLogger(__name__)

FONT_DIR = Path(resources.__file__).resolve().parent / "fonts"
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
# Tried in order when the bundled font is missing; any other family with Hangul comes after.
FALLBACK_FAMILIES = (
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "NanumBarunGothic",
    "UnDotum",
)

DPI = 1200
CSS_DPI = 96  # QTextDocument lengths (padding, rules, images) are in 1/96 inch
MARGIN_MM = 15.0
FOOTER_MM = 8.0  # reserved at the bottom of each page for the painted footer
SLACK_MM = 2.0  # kept free per page in case measuring parts apart is off by a little
MIN_ROWS = 10  # the lines table is padded with empty rows up to this, so it reads as a form
CELL_PADDING_MM = 1.2
SEAL_MM = 11.0
RULE_MM = 0.25
HEAVY_RULE_MM = 0.5
BORDER = "#555555"
SHADE = "#eef1f6"
ACCENT = "#dfe6f1"
SEAL_URL = "seal.png"
NOWRAP = "white-space:nowrap"  # amounts never break; the column widens instead


@dataclass(frozen=True)
class _Labels:
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


_KO = _Labels(
    title="견 적 서",
    quote_no="견적번호",
    issued="작성일자",
    valid="유효기간",
    subject="건명",
    customer="공급받는자",
    customer_suffix=" 귀하",
    contact="담당자",
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
)

_EN = _Labels(
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
)

_LABELS = {"ko": _KO, "en": _EN}
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Column widths of the lines table in percent (번호 품명 규격 수량 단가 공급가액 세액 비고).
_COLUMN_WIDTHS = (6, 25, 14, 7, 11, 14, 12, 11)
_loaded_fonts: dict[str, str] = {}  # font file -> family; Qt's font database is per process
_fonts_lock = threading.Lock()  # PDFs are written on the task runner's pool


def register_fonts() -> str:
    """Load the bundled NanumGothic (regular and bold) and return the family to use.

    Needs a QGuiApplication. Falls back, with a warning, to an installed family with Hangul.
    """
    families = [f for name in FONT_FILES if (f := _add_font(FONT_DIR / name))]
    if families:
        return families[0]
    log.warning("bundled Korean font missing from %s; the 견적서 uses a system font", FONT_DIR)
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    for family in (*FALLBACK_FAMILIES, *installed):
        if family in installed:
            return family
    log.warning("no installed font covers Hangul; the 견적서 may show empty boxes")
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def _add_font(path: Path) -> str | None:
    """Register one font file once per process; the family it provides, or None."""
    with _fonts_lock:
        if str(path) in _loaded_fonts:
            return _loaded_fonts[str(path)]
        if not path.is_file():
            return None
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("Qt could not load the font %s", path)
            return None
        _loaded_fonts[str(path)] = families[0]
        return families[0]


def render_quote_pdf(doc: QuoteDocument, path: Path, *, language: str = "ko") -> None:
    """Write `doc` as an A4 PDF 견적서 to `path` (atomically). Needs a QGuiApplication.

    Raises ValueError for an unknown language and OSError when the file cannot be written.
    """
    labels = _LABELS.get(language)
    if labels is None:
        raise ValueError(f"unsupported quote language: {language!r}")
    data = _render_bytes(doc, labels, register_fonts())
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _render_bytes(doc: QuoteDocument, labels: _Labels, family: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{labels.title.replace(' ', '')} {doc.quote_number}")
    writer.setCreator("Maker Square")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    body = QSizeF(page.width(), page.height() - _device_px(FOOTER_MM))
    text = _typeset(
        doc, labels, _Typesetter(writer, family, _seal_image(doc), body.width()), body.height()
    )
    text.setPageSize(body)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF writer")
    try:
        _paint_pages(painter, writer, text, _footer_text(doc, labels), family)
    finally:
        painter.end()
    buffer.close()
    return _fix_space_mapping(bytes(buffer.data().data()))


_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_CMAP_DESTINATIONS = re.compile(rb"\[[^\]]*\]|(?<=> )<[0-9A-Fa-f]{4}>(?=\s*\n)")
_CONTROL_CODE = re.compile(rb"<00(?:0[1-9A-Fa-f]|1[0-9A-Fa-f])>")


def _fix_space_mapping(pdf: bytes) -> bytes:
    """Make spaces copy and search as spaces. Qt's ToUnicode map names each glyph by the lowest
    code point that uses it, and NanumGothic draws U+0001-U+001F with the space glyph, so
    every space would read as U+0001. Rewritten in place at the same length (the streams are
    not compressed; the offsets stay valid); a PDF without such a map is left as it is."""

    def fix(cmap: re.Match[bytes]) -> bytes:
        return _CMAP_DESTINATIONS.sub(
            lambda dst: _CONTROL_CODE.sub(b"<0020>", dst.group()), cmap.group()
        )

    return _CMAP.sub(fix, pdf)


def _seal_image(doc: QuoteDocument) -> QImage:
    seal = QImage.fromData(doc.seal_png) if doc.seal_png else QImage()
    if doc.seal_png and seal.isNull():
        log.warning("the seal image of %s is not a readable PNG; leaving it out", doc.quote_number)
    return seal


class _Typesetter:
    """Makes QTextDocuments in the 견적서's font, laid out for the PDF device, and measures
    pieces of HTML at the page width."""

    def __init__(self, writer: QPdfWriter, family: str, seal: QImage, width: float) -> None:
        self._writer = writer
        self._font = QFont(family)
        self._font.setPointSizeF(9.0)
        self._seal = seal
        self._width = width

    @property
    def has_seal(self) -> bool:
        return not self._seal.isNull()

    def document(self, markup: str) -> QTextDocument:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(self._writer)  # pt and mm map to the PDF's DPI
        text.setDefaultFont(self._font)
        text.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long codes
        text.setDefaultTextOption(option)
        if self.has_seal:
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(SEAL_URL), self._seal)
        text.setHtml(markup)
        return text

    def table_heights(self, head: str, tables: list[str]) -> tuple[float, list[float]]:
        """Laid out below `head` at the page width: where the first table starts, and the
        height of each. All in one document: one layout pass, not one per row."""
        text = self.document(head + "".join(tables))
        text.setTextWidth(self._width)
        layout = text.documentLayout()
        rects = [layout.frameBoundingRect(f) for f in text.rootFrame().childFrames()]
        rects = rects[len(rects) - len(tables) :]
        return rects[0].top(), [rect.height() for rect in rects]


def _typeset(
    doc: QuoteDocument, labels: _Labels, ts: _Typesetter, page_height: float
) -> QTextDocument:
    """The whole 견적서, its lines split into one table per page by measured row height."""
    head = _head_html(doc, labels, has_seal=ts.has_seal)
    header = _header_cells(labels)
    rows = [_line_row(line) for line in doc.lines]
    totals = _totals_rows(doc, labels)
    # Each probe carries the header, whose cells set the column widths.
    probes = [[], *([row] for row in rows), totals, [_empty_row()]]
    head_height, probe_heights = ts.table_heights(
        head, [_table(probe, header=header) for probe in probes]
    )
    header_height = probe_heights[0]
    *heights, totals_height, empty_height = [h - header_height for h in probe_heights[1:]]
    first = page_height - head_height - header_height - _device_px(SLACK_MM)
    later = page_height - header_height - _device_px(SLACK_MM)
    counts = _split_rows(heights, first, later, totals_height)
    pads = 0
    if len(counts) == 1 and len(rows) < MIN_ROWS:
        room = first - sum(heights) - totals_height
        pads = max(0, min(MIN_ROWS - len(rows), int(room // empty_height)))
    tables, start = [], 0
    for index, count in enumerate(counts):
        chunk = rows[start : start + count]
        start += count
        if index == len(counts) - 1:
            chunk += [_empty_row()] * pads + totals
        tables.append(_table(chunk, header=header, page_break=index > 0))
    return ts.document(head + "".join(tables) + _tail_html(doc, labels))


def _split_rows(heights: list[float], first: float, later: float, tail: float) -> list[int]:
    """How many rows go on each page: whole rows only, and the last row keeps the `tail`
    (the totals) on its page. A row taller than a page still gets a page of its own."""
    counts: list[int] = []
    used, count, capacity = 0.0, 0, first
    for index, height in enumerate(heights):
        need = height + (tail if index == len(heights) - 1 else 0.0)
        if count and used + need > capacity:
            counts.append(count)
            used, count, capacity = 0.0, 0, later
        used += height
        count += 1
    counts.append(count)
    return counts


def _paint_pages(
    painter: QPainter, writer: QPdfWriter, text: QTextDocument, footer: str, family: str
) -> None:
    width, height = text.pageSize().width(), text.pageSize().height()
    font = QFont(family)
    font.setPointSizeF(7.5)
    pages = text.pageCount()
    for index in range(pages):
        if index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * height)
        text.drawContents(painter, QRectF(0, index * height, width, height))
        painter.restore()
        rect = QRectF(0, height, width, _device_px(FOOTER_MM))
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawLine(rect.topLeft(), rect.topRight())
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignLeft), footer)
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignRight), f"{index + 1} / {pages}")


def _footer_text(doc: QuoteDocument, labels: _Labels) -> str:
    parts = (
        doc.supplier.name,
        f"{doc.quote_number} ({_revision(doc, labels)})",
        doc.supplier.email,
    )
    return "  |  ".join(p for p in parts if p)


# --- HTML ----------------------------------------------------------------------------------


def _head_html(doc: QuoteDocument, labels: _Labels, *, has_seal: bool) -> str:
    """Everything above the lines table."""
    vat = labels.vat_included if doc.vat_included else labels.vat_extra
    return "".join(
        (
            f'<p align="center" style="font-size:22pt; font-weight:bold">{_e(labels.title)}</p>',
            _spacer(5),
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="44%" valign="bottom" style="padding-right:{_px(4)}px">'
            f"{_customer_html(doc, labels)}</td>"
            f'<td width="56%">{_supplier_html(doc.supplier, labels, has_seal=has_seal)}</td>'
            "</tr></table>",
            _spacer(3),
            _total_html(doc, labels),
            _spacer(3),
            f'<p align="right" style="font-size:8pt; margin-bottom:{_px(1)}px">{_e(vat)}</p>',
        )
    )


def _tail_html(doc: QuoteDocument, labels: _Labels) -> str:
    notes = _e(doc.notes) if doc.notes.strip() else "&nbsp;<br>&nbsp;"
    row = _td(
        f"<b>{_e(labels.notes)}</b>",
        f' width="18%" bgcolor="{SHADE}" align="center" valign="middle"',
        left=True,
        top=True,
    ) + _td(notes, top=True)
    return (
        _spacer(3)
        + _table([row], padding_mm=2.0)
        + f'<p align="right" style="margin-top:{_px(3)}px">{_e(labels.closing)}</p>'
    )


def _customer_html(doc: QuoteDocument, labels: _Labels) -> str:
    customer = doc.customer
    meta = [
        (labels.quote_no, f"{doc.quote_number} ({_revision(doc, labels)})"),
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
        f'<table width="100%" cellspacing="0" cellpadding="{_px(0.6)}">{rows}</table>'
        f'<p style="margin-top:{_px(4)}px; font-size:8pt; color:#444444">'
        f"{_e(labels.customer)}</p>"
        f'<p style="font-size:14pt; font-weight:bold"><u>{_e(customer.name)}</u>'
        f"{_e(labels.customer_suffix)}</p>"
        f'<p style="margin-top:{_px(1.5)}px">{contact_html}</p>'
        f'<p style="margin-top:{_px(4)}px">{_e(labels.intro)}</p>'
    )


def _supplier_html(supplier: PartyBlock, labels: _Labels, *, has_seal: bool) -> str:
    seal = (
        f'<img src="{SEAL_URL}" width="{_px(SEAL_MM)}" height="{_px(SEAL_MM)}" '
        'style="vertical-align:middle">'
        if has_seal
        else f'<span style="color:#888888">{_e(labels.seal_mark)}</span>'
    )
    head, mid = f' bgcolor="{SHADE}" align="center" valign="middle"', ' valign="middle"'
    upright = labels is _KO  # Korean forms set 공급자 upright, one syllable per line
    rows = [
        _td(_e(labels.reg_no), f' width="19%"{head}', left=not upright, top=upright)
        + _td(
            _e(supplier.registration_no),
            f' colspan="3"{mid}',
            top=upright,
            style="font-size:10.5pt; font-weight:bold",
        ),
        _td(_e(labels.company), head, left=not upright)
        + _td(_e(supplier.name), f' width="29%"{mid}')
        + _td(_e(labels.representative), f' width="14%"{head}')
        + _td(f"{_e(supplier.representative)} {seal}", mid),
        _td(_e(labels.address), head, left=not upright)
        + _td(_e(supplier.address), f' colspan="3"{mid}'),
        _td(_e(labels.business_type), head, left=not upright)
        + _td(_e(supplier.business_type), mid)
        + _td(_e(labels.business_item), head)
        + _td(_e(supplier.business_item), mid),
        _td(_e(labels.phone), head, left=not upright)
        + _td(_e(_join(supplier.phone, supplier.email)), f' colspan="3"{mid}'),
    ]
    if upright:
        caption = "<br>".join(map(_e, labels.supplier))
        rows[0] = (
            _td(
                f"<b>{caption}</b>", f' rowspan="{len(rows)}" width="7%"{head}', left=True, top=True
            )
            + rows[0]
        )
    else:
        rows.insert(
            0, _td(f"<b>{_e(labels.supplier)}</b>", f' colspan="4"{head}', left=True, top=True)
        )
    return _table(rows)


def _total_html(doc: QuoteDocument, labels: _Labels) -> str:
    label = (
        f"<b>{_e(labels.total_label)}</b><br>"
        f'<span style="font-size:8pt">{_e(labels.total_hint)}</span>'
    )
    amount = f"{_e(doc.total_in_words)}&nbsp;&nbsp;(₩{format_won(doc.grand_total)})"
    row = _td(
        label,
        f' width="24%" bgcolor="{ACCENT}" align="center" valign="middle"',
        left=True,
        top=True,
        rule_mm=HEAVY_RULE_MM,
    ) + _td(
        amount,
        ' valign="middle"',
        top=True,
        rule_mm=HEAVY_RULE_MM,
        style="font-size:12.5pt; font-weight:bold",
    )
    return _table([row], padding_mm=2.0)


def _header_cells(labels: _Labels) -> str:
    return "".join(
        _td(
            _e(name),
            f' width="{width}%" bgcolor="{SHADE}" align="center"',
            left=not index,
            top=True,
            tag="th",
        )
        for index, (name, width) in enumerate(zip(labels.columns, _COLUMN_WIDTHS, strict=True))
    )


def _line_row(line: QuoteDocumentLine) -> str:
    amounts = (line.quantity, line.unit_price, line.supply_amount, line.tax_amount)
    return (
        _td(str(line.no), ' align="center"', left=True)
        + _td(_e(line.item))
        + _td(_e(line.spec))
        + "".join(_td(format_won(n), ' align="right"', style=NOWRAP) for n in amounts)
        + _td(_e(line.note), style="font-size:8pt")
    )


def _empty_row() -> str:
    return _td("&nbsp;", left=True) + _td("") * (len(_COLUMN_WIDTHS) - 1)


def _totals_rows(doc: QuoteDocument, labels: _Labels) -> list[str]:
    return [
        _td(
            f"<b>{_e(labels.subtotal)}</b>",
            f' colspan="5" align="center" bgcolor="{SHADE}"',
            left=True,
        )
        + _td(f"<b>{format_won(doc.supply_total)}</b>", ' align="right"', style=NOWRAP)
        + _td(f"<b>{format_won(doc.tax_total)}</b>", ' align="right"', style=NOWRAP)
        + _td(""),
        _td(
            f"<b>{_e(labels.grand_total)}</b>",
            f' colspan="5" align="center" bgcolor="{ACCENT}"',
            left=True,
        )
        + _td(
            f"<b>₩{format_won(doc.grand_total)}</b>",
            f' colspan="2" align="right" bgcolor="{ACCENT}"',
            style=f"font-size:10.5pt; {NOWRAP}",
        )
        + _td("", f' bgcolor="{ACCENT}"'),
    ]


def _table(
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
        f'<table width="100%" border="0" cellspacing="0" cellpadding="{_px(padding_mm)}"{brk}>'
        f"{thead}{body}</table>"
    )


def _td(
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
    return f'<p style="margin:0; font-size:1pt; line-height:{_px(mm)}px">&nbsp;</p>'


# --- formatting ----------------------------------------------------------------------------


def _e(text: str) -> str:
    """Escape user text for the HTML; line breaks are kept."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _join(*parts: str) -> str:
    return "  /  ".join(p for p in parts if p)


def _revision(doc: QuoteDocument, labels: _Labels) -> str:
    return f"{doc.revision}차" if labels is _KO else f"rev. {doc.revision}"


def _date(day: date, labels: _Labels) -> str:
    if labels is _KO:
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _valid_until(day: date, labels: _Labels) -> str:
    return f"{_date(day, labels)}까지" if labels is _KO else _date(day, labels)


def _px(mm: float) -> int:
    """Millimetres in CSS pixels (1/96 inch; the layout scales them to the PDF's DPI)."""
    return round(mm / 25.4 * CSS_DPI)


def _device_px(mm: float) -> float:
    """Millimetres in the PDF's device pixels, for painting and the page size."""
    return mm / 25.4 * DPI
