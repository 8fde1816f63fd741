"""Printing and the e-mail-ready export of the 견적서."""

from __future__ import annotations

import email
import re
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.catalogue import ProfileData, save_profile
from app.jobs import jobs
from app.models import Job
from app.quotes import quotes
from tests.ui.quotes.test_pdf import THREE_LINES, _document
from ui.app_context import AppContext
from ui.quotes.dialog import QuoteDialog
from ui.quotes.export import build_email, export_basename, new_printer, print_quote


def _squeeze(text: str) -> str:
    # \x01: a PDF from Qt's own printer maps NanumGothic's space glyph to U+0001 (ui.quotes.pdf
    # rewrites that in the PDFs it writes itself; a print-to-file is Qt's, not ours).
    return re.sub(r"[\s\x01]+", "", text)


def _parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_file_name_has_number_revision_and_customer(qapp: QApplication) -> None:
    doc = _document(THREE_LINES)
    assert export_basename(doc) == "견적서_Q-2026-0007_r2_(주)한빛디자인"
    odd = _document(THREE_LINES, customer=doc.customer.__class__(name='a/b:c "d" e'))
    assert export_basename(odd) == "견적서_Q-2026-0007_r2_abc_d_e"


def test_email_draft_parses_back_with_recipient_subject_body_and_pdf(
    qapp: QApplication,
) -> None:
    doc = _document(
        THREE_LINES,
        customer=_document(THREE_LINES).customer.__class__(
            name="(주)한빛디자인", contact="김민지 대리", email="minji@hanbit.example"
        ),
    )
    message = _parse(build_email(doc, b"%PDF-1.4 test", "견적서.pdf", language="ko"))
    assert message["To"].addresses[0].addr_spec == "minji@hanbit.example"
    assert message["To"].addresses[0].display_name == "김민지 대리"
    assert message["From"].addresses[0].addr_spec == "hello@makersquare.kr"
    assert message["Subject"] == (
        "[견적서] Q-2026-0007 (2차) 매장 아크릴 간판 및 진열대 제작 — 메이커스퀘어 공방"
    )
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "합계: 1,356,300원" in text and "유효기간: 2026년 12월 21일까지" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "견적서.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == b"%PDF-1.4 test"


def test_printing_to_a_pdf_printer_gives_the_same_document(
    qapp: QApplication, tmp_path: Path
) -> None:
    printer = new_printer()
    target = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_quote(printer, _document(THREE_LINES), language="ko")
    [page] = PdfReader(target).pages
    text = _squeeze(page.extract_text())
    assert "일금일백삼십오만육천삼백원정(₩1,356,300)" in text
    assert "1,233,000" in text and "123,300" in text
    assert "1아크릴간판(LED내장)" in text
    assert page.mediabox.width == pytest.approx(595, abs=1)  # A4


@pytest.fixture
def revision_id(ctx: AppContext) -> str:
    save_profile(
        ctx.ws,
        ProfileData(business_name="성수 공방", representative="박서준", email="hi@sungsu.example"),
    )
    job = jobs.create_job(ctx.ws, "은반지 시제품", customer="소소주얼리").value
    with ctx.ws.session() as s:
        customer = s.get(Job, job).customer  # type: ignore[union-attr]
        assert customer is not None
        customer.email = "order@soso.example"
    rev = quotes.create_quote(ctx.ws, job).value
    quotes.add_line(ctx.ws, rev, "은반지 (925)", quantity=2, unit_price=45_000)
    return rev


def test_export_for_email_through_the_dialog_writes_pdf_and_draft(
    qtbot: QtBot, ctx: AppContext, revision_id: str, tmp_path: Path
) -> None:
    dialog = QuoteDialog(ctx, revision_id)
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "Print…"
    assert dialog.email_button.text() == "Export for e-mail…"
    with qtbot.waitSignal(dialog.exporter.exported, timeout=20_000) as blocker:
        dialog.exporter.export_email(tmp_path / "out")
    pdf, eml = blocker.args
    number = quotes.get_revision(ctx.ws, revision_id).quote_number
    assert pdf.name == f"견적서_{number}_r1_소소주얼리.pdf" and eml.suffix == ".eml"
    message = _parse(eml.read_bytes())
    assert message["To"].addresses[0].addr_spec == "order@soso.example"
    assert number in message["Subject"]  # English UI: the draft is in English
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == pdf.name
    assert attachment.get_content() == pdf.read_bytes()
    assert "₩99,000" in _squeeze(PdfReader(pdf).pages[0].extract_text())
