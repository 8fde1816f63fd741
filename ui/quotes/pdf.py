"""The 견적서 (quotation) as a PDF, or on a printer: QTextDocument HTML laid out on A4.

Qt embeds a subset of the Korean font with a ToUnicode map, so the text can be searched and
copied (reportlab cannot embed CJK). The lines are split into one table per page here, by
measured row height, because Qt would otherwise break a wrapped row across two pages; a
one-page quote is filled with empty rows down to its tail, as a printed form is. The seal
image is painted over the "(인)" mark after layout, overlapping the 대표자 name as a stamp
does. The PDF is rendered into memory and written to ``path + ".part"`` before an
``os.replace``, so a failure never leaves a half-written file. `paint_quote` draws the same
document on any paged device (a QPrinter).
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

import resources
from app.filestore import write_atomically
from app.quotes.document import QuoteDocument
from ui.quotes.pdf_html import (
    LABELS,
    Labels,
    empty_row,
    head_html,
    header_cells,
    line_row,
    revision_text,
    table,
    tail_html,
    totals_rows,
)

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
MARGIN_MM = 15.0
FOOTER_MM = 8.0  # reserved at the bottom of each page for the painted footer
SLACK_MM = 2.0  # kept free per page in case measuring parts apart is off by a little
MAX_FILLER_ROWS = 30  # empty rows a one-page quote is filled with, at most
SEAL_MM = 13.0
SEAL_OPACITY = 0.85  # the (인) mark shows through, as it does under real seal ink
_fonts_lock = threading.Lock()  # PDFs are written on the task runner's pool
_loaded_fonts: dict[str, str] = {}  # font file -> family; Qt's font database is per process


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


def _labels(language: str) -> Labels:
    labels = LABELS.get(language)
    if labels is None:
        raise ValueError(f"unsupported quote language: {language!r}")
    return labels


def render_quote_pdf(doc: QuoteDocument, path: Path, *, language: str = "ko") -> None:
    """Write `doc` as an A4 PDF 견적서 to `path` (atomically). Needs a QGuiApplication.

    Raises ValueError for an unknown language and OSError when the file cannot be written.
    """
    data = render_quote_bytes(doc, language=language)
    write_atomically(Path(path), data)


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def render_quote_bytes(doc: QuoteDocument, *, language: str = "ko") -> bytes:
    """The PDF 견적서 as bytes (for a file or an e-mail attachment)."""
    labels = _labels(language)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(f"{labels.title.replace(' ', '')} {doc.quote_number}")
    writer.setCreator("Maker Square")
    writer.setPageLayout(a4_layout())
    paint_quote(writer, doc, language=language)
    buffer.close()
    return fix_space_mapping(bytes(buffer.data().data()))


def paint_quote(device: QPagedPaintDevice, doc: QuoteDocument, *, language: str = "ko") -> None:
    """Lay out and paint the 견적서 on `device` (a QPdfWriter or a QPrinter), page by page."""
    labels = _labels(language)
    family = register_fonts()
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    body = QSizeF(page.width(), page.height() - _device_px(FOOTER_MM, dpi))
    ts = _Typesetter(device, family, body.width(), dpi)
    text = _typeset(doc, labels, ts, body.height())
    text.setPageSize(body)
    seal = _seal_image(doc)
    mark = None if seal.isNull() else _mark_rect(text, labels.seal_mark)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start the PDF writer or printer")
    try:
        paint_pages(painter, device, text, _footer_text(doc, labels), family, dpi, seal, mark)
    finally:
        painter.end()


_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_CMAP_DESTINATIONS = re.compile(rb"\[[^\]]*\]|(?<=> )<[0-9A-Fa-f]{4}>(?=\s*\n)")
_CONTROL_CODE = re.compile(rb"<00(?:0[1-9A-Fa-f]|1[0-9A-Fa-f])>")


def fix_space_mapping(pdf: bytes) -> bytes:
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


def _mark_rect(text: QTextDocument, mark: str) -> QRectF | None:
    """Where the seal mark "(인)" was laid out, in document coordinates."""
    cursor = text.find(mark)
    if cursor.isNull():
        return None
    block = cursor.block()
    layout = block.layout()
    start = cursor.selectionStart() - block.position()
    end = cursor.selectionEnd() - block.position()
    line = layout.lineForTextPosition(start)
    if not line.isValid():
        return None
    box = text.documentLayout().blockBoundingRect(block)
    origin = box.topLeft() - layout.boundingRect().topLeft()
    x0 = float(cast(tuple[float, int], line.cursorToX(start))[0])
    x1 = float(cast(tuple[float, int], line.cursorToX(end))[0])
    return QRectF(origin.x() + x0, origin.y() + line.y(), x1 - x0, line.height())


class _Typesetter:
    """Makes QTextDocuments in the 견적서's font, laid out for the device, and measures
    pieces of HTML at the page width."""

    def __init__(self, device: QPagedPaintDevice, family: str, width: float, dpi: int) -> None:
        self._device = device
        self._font = QFont(family)
        self._font.setPointSizeF(9.0)
        self._width = width
        self.dpi = dpi

    def document(self, markup: str) -> QTextDocument:
        text = QTextDocument()
        text.documentLayout().setPaintDevice(self._device)  # pt and mm map to the device's DPI
        text.setDefaultFont(self._font)
        text.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long codes
        text.setDefaultTextOption(option)
        text.setHtml(markup)
        return text

    def height(self, markup: str) -> float:
        text = self.document(markup)
        text.setTextWidth(self._width)
        return text.size().height()

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
    doc: QuoteDocument, labels: Labels, ts: _Typesetter, page_height: float
) -> QTextDocument:
    """The whole 견적서, its lines split into one table per page by measured row height."""
    head = head_html(doc, labels)
    tail = tail_html(doc, labels)
    header = header_cells(labels)
    rows = [line_row(line) for line in doc.lines]
    totals = totals_rows(doc, labels)
    # Each probe carries the header, whose cells set the column widths.
    probes = [[], *([row] for row in rows), totals, [empty_row()]]
    head_height, probe_heights = ts.table_heights(
        head, [table(probe, header=header) for probe in probes]
    )
    header_height = probe_heights[0]
    *heights, totals_height, empty_height = [h - header_height for h in probe_heights[1:]]
    slack = _device_px(SLACK_MM, ts.dpi)
    first = page_height - head_height - header_height - slack
    later = page_height - header_height - slack
    counts = _split_rows(heights, first, later, totals_height)
    pads = 0
    if len(counts) == 1:
        # Filler rows down to the tail (validity, notes), so the page reads as a whole form.
        room = first - sum(heights) - totals_height - ts.height(tail) - slack
        pads = max(0, min(MAX_FILLER_ROWS, int(room // empty_height)))
    tables, start = [], 0
    for index, count in enumerate(counts):
        chunk = rows[start : start + count]
        start += count
        if index == len(counts) - 1:
            chunk += [empty_row()] * pads + totals
        tables.append(table(chunk, header=header, page_break=index > 0))
    return ts.document(head + "".join(tables) + tail)


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


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    text: QTextDocument,
    footer: str,
    family: str,
    dpi: int,
    seal: QImage,
    mark: QRectF | None,
) -> None:
    width, height = text.pageSize().width(), text.pageSize().height()
    font = QFont(family)
    font.setPointSizeF(7.5)
    pages = text.pageCount()
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * height)
        text.drawContents(painter, QRectF(0, index * height, width, height))
        if mark is not None and int(mark.center().y() // height) == index:
            _paint_seal(painter, seal, mark, dpi)
        painter.restore()
        rect = QRectF(0, height, width, _device_px(FOOTER_MM, dpi))
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawLine(rect.topLeft(), rect.topRight())
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignLeft), footer)
        painter.drawText(rect, int(middle | Qt.AlignmentFlag.AlignRight), f"{index + 1} / {pages}")


def _paint_seal(painter: QPainter, seal: QImage, mark: QRectF, dpi: int) -> None:
    """The seal centred on the "(인)" mark, as a stamp is pressed over it."""
    size = _device_px(SEAL_MM, dpi)
    target = QRectF(mark.center() - QPointF(size / 2, size / 2), QSizeF(size, size))
    painter.save()
    painter.setOpacity(SEAL_OPACITY)
    painter.drawImage(target, seal)
    painter.restore()


def _footer_text(doc: QuoteDocument, labels: Labels) -> str:
    parts = (
        doc.supplier.name,
        f"{doc.quote_number} ({revision_text(doc, labels)})",
        doc.supplier.email,
    )
    return "  |  ".join(p for p in parts if p)


def _device_px(mm: float, dpi: float = DPI) -> float:
    """Millimetres in the device's pixels, for painting and the page size."""
    return mm / 25.4 * dpi
