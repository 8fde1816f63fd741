"""`makersquare quote list|show` — what quotes a workspace holds, for scripts and support.

The contract other tools script against (keep it exact). With `--json`, `quote list` prints
one JSON array with an object per revision of every live quote, by quote number then revision
(`[]` when there are none); `quote show NUMBER [--revision N]` prints one object, the newest
revision unless `--revision` names one. Each object starts with exactly these keys, in order:

    number, revision, status, job_id, customer, supply_total, tax_total, grand_total,
    valid_until, lines: [{position, item, spec, qty, unit_price, supply, tax, note}]

followed by issue_date, vat_included, rounding ("floor:1" …), title, quote_id, revision_id.
Amounts are integer won, dates ISO strings, `status` "draft" or "sent", `customer` the
customer's name, "" when the job has none. Stdout is UTF-8 whatever the console's code
page, Korean as it is (not \\u-escaped).

Every figure is the 견적서's own (`app.quotes.quotes.quote_document`, what the PDF prints): each
line's supply and tax are split and rounded line by line, the totals once on the whole quote
(`app.money`). So when VAT is extra the lines' supplies add up to `supply_total`, and when it
is included their supply + tax add up to `grand_total`; the other sums can miss the totals by
the rounding, exactly as on the PDF.

An unknown quote number or revision: one line `makersquare: …` on stderr and exit 1
(`ui.cli.runner` says it, as for `quote pdf`). Read-only: the workspace is never written.
Without `--json`, a table in the user's language.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication

from app import money
from ui.cli.opening import read_only

if TYPE_CHECKING:
    from app.quotes.document import QuoteDocumentLine
    from app.workspace import Workspace
    from ui.paths import Paths

translate = QCoreApplication.translate


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    quote = sub.add_parser("quote", parents=[common], help="quotes")
    quote.set_defaults(run=run)
    quote_sub = quote.add_subparsers(dest="quote_command", required=True, metavar="ACTION")
    pdf = quote_sub.add_parser("pdf", parents=[common], help="save a quote as a 견적서 PDF")
    pdf.add_argument("number", metavar="QUOTE_NUMBER")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pdf.add_argument("--revision", type=int, metavar="N")
    pdf.set_defaults(needs_gui=True)  # the PDF is laid out with Qt's text engine
    quote_list = quote_sub.add_parser("list", parents=[common], help="list every quote revision")
    quote_list.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    show = quote_sub.add_parser("show", parents=[common], help="show one quote revision")
    show.add_argument("number", metavar="QUOTE_NUMBER")
    show.add_argument("--revision", type=int, metavar="N", help="default: the newest")
    show.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Every quote command only reads: no lock, so it runs beside an open window."""
    ws = read_only(args, paths)
    try:
        if args.quote_command == "pdf":
            return _pdf(ws, args)
        return _list_or_show(ws, args)
    finally:
        ws.close()


def _pdf(ws: Workspace, args: argparse.Namespace) -> int:
    from app.quotes.quotes import find_revision, quote_document
    from ui.quotes.pdf import render_quote_pdf

    doc = quote_document(ws, find_revision(ws, args.number, args.revision))
    output: Path = args.output
    render_quote_pdf(doc, output, language=args.lang or _language_code())
    print(translate("cli", "Saved %1").replace("%1", str(output)))
    return 0


def _language_code() -> str:
    from PySide6.QtCore import QLocale

    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def _list_or_show(ws: Workspace, args: argparse.Namespace) -> int:
    from app.quotes.quotes import all_revision_ids, find_revision

    if isinstance(sys.stdout, io.TextIOWrapper):  # not cp949 on Korean Windows: scripts read it
        sys.stdout.reconfigure(encoding="utf-8")
    if args.quote_command == "list":
        sheets = [revision_json(ws, rid) for rid in all_revision_ids(ws)]
        if args.json:
            _print_json(sheets)
        else:
            print_list(sheets, sys.stdout)
        return 0
    sheet = revision_json(ws, find_revision(ws, args.number, args.revision))
    if args.json:
        _print_json(sheet)
    else:
        print_revision(sheet, sys.stdout)
    return 0


def revision_json(ws: Workspace, revision_id: str) -> dict[str, Any]:
    """One revision as the contract's object, its figures those of the 견적서 PDF."""
    from app.quotes.quotes import get_revision, quote_document

    rev = get_revision(ws, revision_id)
    doc = quote_document(ws, revision_id)
    return {
        "number": doc.quote_number,
        "revision": doc.revision,
        "status": rev.status,
        "job_id": rev.job_id,
        "customer": doc.customer.name,
        "supply_total": doc.supply_total,
        "tax_total": doc.tax_total,
        "grand_total": doc.grand_total,
        "valid_until": doc.valid_until.isoformat(),
        "lines": [_line_json(ln) for ln in doc.lines],
        "issue_date": doc.issue_date.isoformat(),
        "vat_included": doc.vat_included,
        "rounding": rev.rounding.to_setting(),
        "title": doc.title,
        "quote_id": rev.quote_id,
        "revision_id": rev.id,
    }


def _line_json(line: QuoteDocumentLine) -> dict[str, Any]:
    return {
        "position": line.no,
        "item": line.item,
        "spec": line.spec,
        "qty": line.quantity,
        "unit_price": line.unit_price,
        "supply": line.supply_amount,
        "tax": line.tax_amount,
        "note": line.note,
    }


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


# --- the readable table ---------------------------------------------------------------------


def print_list(sheets: Sequence[dict[str, Any]], out: TextIO) -> None:
    """One row a revision: number, rN, status, customer, grand total."""
    if not sheets:
        out.write(translate("cli", "No quotes in this workspace.") + "\n")
        return
    rows = [
        (s["number"], f"r{s['revision']}", _status(s["status"]), s["customer"],
         _won(s["grand_total"]))
        for s in sheets
    ]  # fmt: skip
    _write_table(rows, out, right=(4,))


def print_revision(sheet: dict[str, Any], out: TextIO) -> None:
    """The header, the lines and the totals of one revision."""
    from ui.models.quote_lines_model import COLUMNS as LINE_COLUMNS
    from ui.models.quote_lines_model import _header as line_header

    out.write(f"{sheet['number']} r{sheet['revision']} · {_status(sheet['status'])}\n")
    out.write(translate("cli", "Job: %1").replace("%1", sheet["title"]) + "\n")
    out.write(translate("cli", "Customer: %1").replace("%1", sheet["customer"] or "—") + "\n")
    out.write(
        translate("cli", "Issued %1, valid until %2")
        .replace("%1", sheet["issue_date"])
        .replace("%2", sheet["valid_until"])
        + f" · {_terms(sheet)}\n\n"
    )
    rows = [tuple(line_header(column) for column in LINE_COLUMNS)]  # the quote editor's
    for ln in sheet["lines"]:
        figures = (ln["qty"], ln["unit_price"], ln["supply"], ln["tax"])
        rows.append(
            (str(ln["position"]), ln["item"], ln["spec"],
             *(money.format_won(f) for f in figures), ln["note"])
        )  # fmt: skip
    _write_table(rows, out, right=(0, 3, 4, 5, 6))
    out.write("\n")
    totals = [
        (line_header("supply"), _won(sheet["supply_total"])),
        (line_header("tax"), _won(sheet["tax_total"])),
        (translate("cli", "Total"), _won(sheet["grand_total"])),
    ]
    _write_table(totals, out, right=(1,))
    if not _lines_add_up(sheet):
        out.write(
            translate(
                "cli",
                "The totals are rounded once on the whole quote, so they can differ from "
                "the sum of the lines by a few won.",
            )
            + "\n"
        )


def _lines_add_up(sheet: dict[str, Any]) -> bool:
    supply = sum(int(ln["supply"]) for ln in sheet["lines"])
    tax = sum(int(ln["tax"]) for ln in sheet["lines"])
    return (supply, tax) == (sheet["supply_total"], sheet["tax_total"])


def _status(status: str) -> str:
    return translate("cli", "Sent") if status == "sent" else translate("cli", "Draft")


def _won(amount: int) -> str:
    return translate("cli", "KRW %1").replace("%1", money.format_won(amount))


def _terms(sheet: dict[str, Any]) -> str:
    """The VAT mode and rounding rule in the quote editor's own words (QuoteTerms)."""
    vat = (
        translate("QuoteTerms", "VAT included")
        if sheet["vat_included"]
        else translate("QuoteTerms", "VAT extra (+10 %)")
    )
    rule = money.RoundingRule.from_setting(sheet["rounding"])
    mode = {
        money.RoundingMode.FLOOR: translate("QuoteTerms", "Round down"),
        money.RoundingMode.ROUND: translate("QuoteTerms", "Round"),
        money.RoundingMode.CEIL: translate("QuoteTerms", "Round up"),
    }[rule.mode]
    rounding = translate("QuoteTerms", "%1 to %2 won").replace("%1", mode)
    return f"{vat} · " + rounding.replace("%2", money.format_won(rule.unit))


def _width(text: str) -> int:
    """Columns on a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _write_table(rows: Sequence[Sequence[str]], out: TextIO, *, right: Sequence[int]) -> None:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        out.write("  ".join(cells).rstrip() + "\n")
