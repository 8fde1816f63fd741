"""Printing the 견적서 and exporting it ready for e-mail: the PDF under a good file name and an
.eml draft (To = the customer, a Korean or English subject and body with the totals and the
validity date, the PDF attached) that any mail program opens.

The e-mail is written in the 견적서's language (the one the PDF is printed in), not through
tr(): it goes to the customer, whatever language the maker's screen is in."""

from __future__ import annotations

import re
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.filestore import write_atomically
from app.money import format_won
from app.quotes import quotes
from app.quotes.document import QuoteDocument
from ui.app_context import AppContext
from ui.quotes.pdf import a4_layout, paint_quote, render_quote_bytes

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_basename(doc: QuoteDocument) -> str:
    """``견적서_Q-2026-0003_r2_고객명`` — safe on Windows, macOS and Linux."""
    parts = ["견적서", doc.quote_number, f"r{doc.revision}"]
    customer = _UNSAFE.sub("", doc.customer.name).strip().replace(" ", "_")
    if customer:
        parts.append(customer[:40])
    return "_".join(parts)


def new_printer() -> QPrinter:
    """A printer set up for the 견적서: A4 portrait, 15 mm margins, high resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def print_quote(printer: QPrinter, doc: QuoteDocument, *, language: str) -> None:
    """Print (or, for a printer set to PDF output, write) the same document as the PDF."""
    printer.setDocName(export_basename(doc))
    paint_quote(printer, doc, language=language)


def email_subject(doc: QuoteDocument, language: str) -> str:
    if language == "ko":
        return f"[견적서] {doc.quote_number} ({doc.revision}차) {doc.title} — {doc.supplier.name}"
    return f"Quotation {doc.quote_number} (rev. {doc.revision}) {doc.title} — {doc.supplier.name}"


def email_body(doc: QuoteDocument, language: str) -> str:
    valid = doc.valid_until
    if language == "ko":
        greeting = f"{doc.customer.name} {doc.customer.contact or ''} 귀하".replace("  ", " ")
        vat = "부가세 포함" if doc.vat_included else "부가세 별도"
        lines = [
            f"{greeting.strip()},",
            "",
            f"요청하신 「{doc.title}」 견적서를 첨부하여 보내드립니다.",
            "",
            f"  견적번호: {doc.quote_number} ({doc.revision}차)",
            f"  공급가액: {format_won(doc.supply_total)}원",
            f"  세액: {format_won(doc.tax_total)}원",
            f"  합계: {format_won(doc.grand_total)}원 ({doc.total_in_words}, {vat})",
            f"  유효기간: {valid.year}년 {valid.month}월 {valid.day}일까지",
            "",
            "검토 후 회신 부탁드립니다. 감사합니다.",
        ]
    else:
        lines = [
            f"Dear {doc.customer.contact or doc.customer.name},",
            "",
            f"Please find attached our quotation for “{doc.title}”.",
            "",
            f"  Quote no.: {doc.quote_number} (rev. {doc.revision})",
            f"  Supply amount: KRW {format_won(doc.supply_total)}",
            f"  VAT: KRW {format_won(doc.tax_total)}",
            f"  Total: KRW {format_won(doc.grand_total)}",
            f"  Valid until: {valid.isoformat()}",
            "",
            "We look forward to hearing from you.",
        ]
    signature = [doc.supplier.name, doc.supplier.representative, doc.supplier.phone]
    lines += ["", "--", *(s for s in signature if s)]
    if doc.supplier.email:
        lines.append(doc.supplier.email)
    return "\n".join(lines) + "\n"


def build_email(doc: QuoteDocument, pdf: bytes, pdf_name: str, *, language: str) -> bytes:
    """An unsent e-mail (RFC 5322, UTF-8) with the PDF attached, as bytes for an .eml file."""
    msg = EmailMessage()
    msg["Subject"] = email_subject(doc, language)
    if doc.customer.email:
        msg["To"] = formataddr((doc.customer.contact or doc.customer.name, doc.customer.email))
    if doc.supplier.email:
        msg["From"] = formataddr((doc.supplier.name, doc.supplier.email))
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"  # Outlook and others open it as a draft to send
    msg.set_content(email_body(doc, language))
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return msg.as_bytes(policy=SMTP)


def export_for_email(doc: QuoteDocument, folder: Path, *, language: str) -> tuple[Path, Path]:
    """Write the PDF and the .eml draft into `folder`; return both paths. Needs a
    QGuiApplication (for the PDF); safe on a worker thread."""
    folder.mkdir(parents=True, exist_ok=True)
    base = export_basename(doc)
    pdf = render_quote_bytes(doc, language=language)
    pdf_path, eml_path = folder / f"{base}.pdf", folder / f"{base}.eml"
    write_atomically(pdf_path, pdf)
    write_atomically(eml_path, build_email(doc, pdf, pdf_path.name, language=language))
    return pdf_path, eml_path


# --- the actions behind the quote editor's buttons --------------------------------------------


class QuoteExporter(QObject):
    """Save as PDF…, Print… and Export for e-mail… for one quote revision."""

    exported = Signal(object, object)  # pdf path, eml path
    pdf_saved = Signal(object)  # path

    def __init__(self, ctx: AppContext, parent: QWidget, revision_id: Callable[[], str]) -> None:
        super().__init__(parent)
        self.ctx, self._parent, self._revision_id = ctx, parent, revision_id

    def _document(self) -> QuoteDocument:
        return quotes.quote_document(self.ctx.ws, self._revision_id())

    def _language(self) -> str:
        return "ko" if self.ctx.translations.language == "ko" else "en"

    @staticmethod
    def documents_folder() -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    def save_pdf_interactive(self) -> None:
        doc = self._document()
        suggested = self.documents_folder() / f"{export_basename(doc)}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save quote as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        from ui.quotes.pdf import render_quote_pdf

        doc, lang = self._document(), self._language()
        self.ctx.tasks.run(
            lambda _c: render_quote_pdf(doc, path, language=lang),
            on_done=lambda _r: self.pdf_saved.emit(path),
            on_error=self._on_error,
            label=self.tr("Writing PDF"),
        )

    def print_interactive(self) -> None:
        printer = new_printer()
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print quote"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_quote(printer, self._document(), language=self._language())
            except OSError as exc:
                self._on_error(exc)

    def export_email_interactive(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent,
            self.tr("Folder for the PDF and the e-mail draft"),
            str(self.documents_folder()),
        )
        if folder:
            self.exported.connect(self._offer_to_open)
            self.export_email(Path(folder))

    def export_email(self, folder: Path) -> None:
        doc, lang = self._document(), self._language()
        self.ctx.tasks.run(
            lambda _c: export_for_email(doc, folder, language=lang),
            on_done=lambda paths: self.exported.emit(*paths),
            on_error=self._on_error,
            label=self.tr("Writing the e-mail draft"),
        )

    def _offer_to_open(self, pdf: Path, eml: Path) -> None:
        self.exported.disconnect(self._offer_to_open)
        box = QMessageBox(self._parent)
        box.setWindowTitle(self.tr("Export for e-mail"))
        box.setText(
            self.tr("The quote and an e-mail draft with it attached were saved:\n%1\n%2")
            .replace("%1", str(pdf))
            .replace("%2", str(eml))
        )
        draft = box.addButton(self.tr("Open the draft"), QMessageBox.ButtonRole.AcceptRole)
        folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is draft:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml)))
        elif box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml.parent)))

    def _on_error(self, exc: BaseException) -> None:
        from ui.errors import present

        present(exc, self._parent)
