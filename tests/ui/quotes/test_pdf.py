"""The 견적서 PDF: text, font, pagination, escaping and atomic writing, read back with pypdf."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from app.money import amount_in_words_line
from app.quotes.document import PartyBlock, QuoteDocument, QuoteDocumentLine
from ui.quotes.pdf import _split_rows, register_fonts, render_quote_pdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUPPLIER = PartyBlock(
    name="메이커스퀘어 공방",
    registration_no="116-82-00276",
    representative="박서준",
    address="서울특별시 성동구 성수이로 113, 2층",
    business_type="제조업",
    business_item="3D 프린팅, 목공",
    phone="02-463-1234",
    email="hello@makersquare.kr",
)
CUSTOMER = PartyBlock(name="(주)한빛디자인", contact="김민지 대리", phone="010-2345-6789")
WORDS = amount_in_words_line(1_356_300)  # the total of THREE_LINES


def _line(no: int, item: str, spec: str, quantity: int, unit_price: int) -> QuoteDocumentLine:
    supply = quantity * unit_price
    return QuoteDocumentLine(no, item, spec, quantity, unit_price, supply, supply // 10)


THREE_LINES = [
    _line(1, "아크릴 간판 (LED 내장)", "1200×400 mm", 1, 850_000),
    _line(2, "원목 진열대", "W900 D400 H1200", 2, 160_000),
    _line(3, "3D 프린팅 로고 입체 사인", "PLA, 300 mm", 3, 21_000),
]


def _document(lines: list[QuoteDocumentLine], **changes: object) -> QuoteDocument:
    supply = sum(line.supply_amount for line in lines)
    tax = sum(line.tax_amount for line in lines)
    doc = QuoteDocument(
        quote_number="Q-2026-0007",
        revision=2,
        issue_date=date(2026, 11, 21),
        valid_until=date(2026, 12, 21),
        title="매장 아크릴 간판 및 진열대 제작",
        supplier=SUPPLIER,
        customer=CUSTOMER,
        lines=tuple(lines),
        supply_total=supply,
        tax_total=tax,
        grand_total=supply + tax,
        total_in_words=WORDS,
        vat_included=False,
        notes="납기: 발주 후 10일 이내\n배송비 별도 (서울 시내 무료)",
        seal_png=_seal_png(),
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def _seal_png() -> bytes:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(200, 30, 30), 8))
    painter.drawEllipse(8, 8, 104, 104)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "박서준")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; it takes str
    return bytes(buffer.data().data())


def _squeeze(text: str) -> str:
    """Whitespace removed, so where pypdf puts line breaks in CJK text does not matter."""
    return re.sub(r"\s+", "", text)


def _page_texts(path: Path) -> list[str]:
    return [_squeeze(page.extract_text()) for page in PdfReader(path).pages]


def _font_names(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject)
        for ref in fonts.values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            names.add(str(font["/BaseFont"]))
            for descendant in font.get("/DescendantFonts", []):
                names.add(str(descendant.get_object()["/BaseFont"]))
    return names


@pytest.fixture
def three_line_pdf(qapp: QApplication, tmp_path: Path) -> Path:
    path = tmp_path / "견적서.pdf"
    render_quote_pdf(_document(THREE_LINES), path)
    return path


def test_register_fonts_loads_the_bundled_nanum_gothic(qapp: QApplication) -> None:
    assert register_fonts() == "NanumGothic"


def test_supplier_block_lines_and_total_in_words_are_in_the_pdf(three_line_pdf: Path) -> None:
    [text] = _page_texts(three_line_pdf)
    for expected in (
        "견적서",
        "상호",
        "메이커스퀘어공방",
        "등록번호",
        "116-82-00276",
        "성명",
        "박서준",
        "(주)한빛디자인귀하",
        "김민지대리",
        "아래와같이견적합니다",
        "2026년12월21일까지",
        "Q-2026-0007(2차)",
        "부가세별도",
        "비고/특기사항",
    ):
        assert expected in text
    for line in THREE_LINES:
        assert _squeeze(line.item) in text
        for amount in (line.unit_price, line.supply_amount, line.tax_amount):
            assert f"{amount:,}" in text
    assert "1,233,000" in text and "123,300" in text  # the 공급가액 and 세액 sums
    assert _squeeze(WORDS) + "(₩1,356,300)" in text  # the figure beside the words
    assert PdfReader(three_line_pdf).pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4


def test_spaces_read_back_as_spaces(three_line_pdf: Path) -> None:
    text = PdfReader(three_line_pdf).pages[0].extract_text()
    assert "\x01" not in text
    assert "메이커스퀘어 공방" in text and "서울특별시 성동구 성수이로" in text


def test_the_embedded_font_is_nanum_gothic(three_line_pdf: Path) -> None:
    names = _font_names(three_line_pdf)
    assert names and all("NanumGothic" in name for name in names), names


def test_forty_long_lines_flow_over_pages_in_whole_rows_under_a_repeated_header(
    qapp: QApplication, tmp_path: Path
) -> None:
    item = "주문 제작 부품 {}번 — 길게 쓴 품명이 칸 안에서 줄바꿈되는지 확인"
    lines = [_line(n, item.format(n), "M3", n, 1_000 * n) for n in range(1, 41)]
    path = tmp_path / "long.pdf"
    render_quote_pdf(_document(lines), path)
    pages = _page_texts(path)
    assert len(pages) >= 2
    for page in pages[1:]:
        assert page.startswith("번호품명규격수량단가공급가액세액비고")
    for n in range(1, 41):  # each wrapped item sits whole on exactly one page
        assert sum(_squeeze(item.format(n)) in page for page in pages) == 1
    assert "22,140,000" in pages[-1] and "₩24,354,000" in pages[-1]


def test_rows_are_split_whole_and_the_totals_stay_with_the_last_row() -> None:
    assert _split_rows([10.0] * 5, first=30, later=40, tail=5) == [3, 2]
    assert _split_rows([10.0] * 4, first=40, later=40, tail=5) == [3, 1]
    assert _split_rows([50.0, 10.0], first=30, later=40, tail=0) == [1, 1]  # too tall: alone
    assert _split_rows([], first=30, later=40, tail=5) == [0]


def test_user_text_is_escaped(qapp: QApplication, tmp_path: Path) -> None:
    lines = [*THREE_LINES[:2], _line(3, "<b>", "a & b <i>", 1, 1_000)]
    path = tmp_path / "escaped.pdf"
    render_quote_pdf(_document(lines, notes="<script>x</script>"), path)
    [text] = _page_texts(path)
    assert "<b>" in text and "a&b<i>" in text and "<script>x</script>" in text


def test_english_labels_keep_the_korean_total_in_words(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "quote-en.pdf"
    render_quote_pdf(_document(THREE_LINES, seal_png=None), path, language="en")
    [text] = _page_texts(path)
    for label in (
        "Quotation",
        "Supplier",
        "Customer",
        "Item",
        "Spec",
        "Qty",
        "Unitprice",
        "Supplyamount",
        "VAT",
        "Note",
        "Total",
        "21Dec2026",
        "VATexcluded",
    ):
        assert label in text
    assert _squeeze(WORDS) in text
    assert "견적서" not in text and "공급자" not in text


def test_unknown_language_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_quote_pdf(_document(THREE_LINES), tmp_path / "x.pdf", language="fr")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_render_raises_and_leaves_no_file(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "missing-dir" / "quote.pdf"
    with pytest.raises(FileNotFoundError):
        render_quote_pdf(_document(THREE_LINES), path)
    assert list(tmp_path.iterdir()) == []


def test_rendering_replaces_an_existing_file_and_leaves_no_part(three_line_pdf: Path) -> None:
    render_quote_pdf(_document(THREE_LINES[:1]), three_line_pdf)
    assert "원목진열대" not in _page_texts(three_line_pdf)[0]
    assert [p.name for p in three_line_pdf.parent.iterdir()] == [three_line_pdf.name]


def test_without_the_bundled_font_a_system_font_with_hangul_is_used(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr("ui.quotes.pdf.FONT_DIR", tmp_path / "no-fonts")
    family = register_fonts()
    assert family and "missing" in caplog.text
    path = tmp_path / "fallback.pdf"
    render_quote_pdf(_document(THREE_LINES), path)
    assert "메이커스퀘어공방" in _page_texts(path)[0]


def test_the_form_has_letterhead_numbered_lines_validity_and_the_seal(
    three_line_pdf: Path,
) -> None:
    [text] = _page_texts(three_line_pdf)
    assert text.startswith("메이커스퀘어공방서울특별시성동구")  # the letterhead comes first
    assert "02-463-1234" in text and "hello@makersquare.kr" in text
    assert "견적서" in text and "수신" in text
    for line in THREE_LINES:  # 번호 then 품명, in order
        assert f"{line.no}{_squeeze(line.item)}" in text
    assert "유효기간2026년12월21일까지(견적일로부터30일)" in text
    assert "박서준(인)" in text  # the seal is painted over the mark, which stays in the text
    page = PdfReader(three_line_pdf).pages[0]
    xobjects = page["/Resources"].get_object()["/XObject"].get_object()  # type: ignore[index]
    images = [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1  # the seal


def test_a_short_quote_is_filled_with_empty_rows_down_to_its_tail(three_line_pdf: Path) -> None:
    from pypdf import PageObject

    page: PageObject = PdfReader(three_line_pdf).pages[0]
    heights: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
        if "감사합니다" in text:  # the text matrix in the page's points: tm × cm
            heights.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    # "감사합니다." closes the page near the footer (A4 is 842 pt high; 15 mm margin + footer)
    assert heights and 842 * 0.08 < heights[0] < 842 * 0.2
