"""`makersquare quote list|show` as scripts use it: the JSON contract, against a real workspace.

The commands run in-process through `ui.main.main` (one real process proves the entry point);
every figure is checked against the 견적서 the PDF is made from (`quotes.quote_document`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import money
from app.demo.demo import build_demo
from app.jobs import jobs
from app.models import QuoteRevision
from app.quotes import quotes
from app.workspace import open_workspace
from ui.main import main

KEYS = [
    "number",
    "revision",
    "status",
    "job_id",
    "customer",
    "supply_total",
    "tax_total",
    "grand_total",
    "valid_until",
    "lines",
]
LINE_KEYS = ["position", "item", "spec", "qty", "unit_price", "supply", "tax", "note"]
AMOUNTS = ("supply_total", "tax_total", "grand_total")
LINE_AMOUNTS = ("qty", "unit_price", "supply", "tax")


@dataclass(frozen=True)
class Demo:
    """The demo workspace plus a quote of our own: r1 sent (VAT extra, ceil to 10 won),
    r2 a draft (VAT included, round to 100 won), and a quote for a job with no customer."""

    root: Path
    number: str
    job_id: str
    no_customer_number: str
    revisions: int  # in the whole workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("quotes") / "ws"
    ws = open_workspace(root)
    try:
        summary = build_demo(ws)
        job = jobs.create_job(ws, "키링 출력 (20개)", customer="김민지 공방").value
        r1 = quotes.create_quote(ws, job).value
        quotes.set_terms(
            ws, r1, vat_included=False, rounding=money.RoundingRule(money.RoundingMode.CEIL, 10)
        )
        quotes.add_line(ws, r1, "PLA 출력", spec="50×30×3", quantity=3, unit_price=12_345)
        quotes.add_line(ws, r1, "서포트 제거", quantity=1, unit_price=4_321, note="수작업")
        quotes.add_line(ws, r1, "도색", spec="2색", quantity=2, unit_price=1_005)
        quotes.mark_sent(ws, r1)
        data = quotes.get_revision(ws, r1)
        r2 = quotes.new_revision(ws, data.quote_id).value
        quotes.set_terms(
            ws, r2, vat_included=True, rounding=money.RoundingRule(money.RoundingMode.ROUND, 100)
        )
        quotes.add_line(ws, r2, "포장", quantity=1, unit_price=3_000)
        bare = jobs.create_job(ws, "내부 시험 출력").value
        bare_rev = quotes.create_quote(ws, bare).value
        quotes.add_line(ws, bare_rev, "시험편", quantity=4, unit_price=2_500)
        bare_number = quotes.get_revision(ws, bare_rev).quote_number
    finally:
        ws.close()
    revisions = len(summary.quote_revision_ids) + 3
    return Demo(root, data.quote_number, job, bare_number, revisions)


@pytest.fixture
def cli(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Callable[..., tuple[int, str, str]]]:
    """`makersquare ARGS --lang en` in this process: (exit code, stdout, stderr)."""
    monkeypatch.setenv("MAKERSQUARE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MAKERSQUARE_CONFIG_DIR", str(tmp_path / "config"))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--lang", "en"])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    for handler in set(root.handlers) - set(handlers):  # the CLI's log file, one per run
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _json(cli: Callable[..., tuple[int, str, str]], *args: str) -> Any:
    code, out, err = cli(*args, "--json")
    assert code == 0 and err == ""
    assert out.endswith("\n") and out.count("\n") == 1  # one JSON value on one line
    return json.loads(out)


def _digest(root: Path) -> str:
    return hashlib.sha256((root / "workspace.sqlite").read_bytes()).hexdigest()


def test_list_has_every_revision_in_order_with_the_contracts_keys(
    demo: Demo, cli: Callable[..., tuple[int, str, str]]
) -> None:
    before = _digest(demo.root)
    sheets = _json(cli, "quote", "list", "--workspace", str(demo.root))
    assert len(sheets) == demo.revisions  # the demo's, ours (r1, r2), the bare one
    assert {s["number"] for s in sheets} >= {demo.number, demo.no_customer_number}
    order = [(s["number"], s["revision"]) for s in sheets]
    assert order == sorted(order) and len(set(order)) == len(order)
    for s in sheets:
        assert list(s)[: len(KEYS)] == KEYS
        assert all(type(s[k]) is int for k in (*AMOUNTS, "revision"))
        assert s["status"] in ("draft", "sent")
        for line in s["lines"]:
            assert list(line) == LINE_KEYS
            assert all(type(line[k]) is int for k in (*LINE_AMOUNTS, "position"))
        assert [ln["position"] for ln in s["lines"]] == list(range(1, len(s["lines"]) + 1))
    assert _digest(demo.root) == before  # read-only


def test_every_figure_is_the_one_the_pdf_prints(
    demo: Demo, cli: Callable[..., tuple[int, str, str]]
) -> None:
    sheets = _json(cli, "quote", "list", "--workspace", str(demo.root))
    exact = []
    ws = open_workspace(demo.root, create=False)
    try:
        for s in sheets:
            doc = quotes.quote_document(ws, s["revision_id"])
            assert (s["number"], s["revision"]) == (doc.quote_number, doc.revision)
            assert (s["supply_total"], s["tax_total"], s["grand_total"]) == (
                doc.supply_total, doc.tax_total, doc.grand_total)  # fmt: skip
            assert s["customer"] == doc.customer.name
            assert s["valid_until"] == doc.valid_until.isoformat()
            assert [(ln["supply"], ln["tax"]) for ln in s["lines"]] == [
                (ln.supply_amount, ln.tax_amount) for ln in doc.lines
            ]
            if s["status"] == "sent":  # what was frozen when it was sent
                with ws.read_session() as session:
                    rev = session.get(QuoteRevision, s["revision_id"])
                    assert rev is not None
                    stored = (rev.supply_total, rev.tax_total, rev.grand_total)
                assert stored == (s["supply_total"], s["tax_total"], s["grand_total"])
            exact.append(_assert_lines_add_up_as_on_the_pdf(s))
    finally:
        ws.close()
    assert any(exact) and not all(exact)  # both kinds are in the workspace


def _assert_lines_add_up_as_on_the_pdf(s: dict[str, Any]) -> bool:
    """The PDF's lines and totals agree where app.money makes them agree: the supplies when
    VAT is extra, supply + tax when it is included, and both sums when no line leaves a
    remainder to the rounding. True when the lines add up to both totals."""
    lines = s["lines"]
    supply = sum(ln["supply"] for ln in lines)
    tax = sum(ln["tax"] for ln in lines)
    amounts = [ln["qty"] * ln["unit_price"] for ln in lines]
    assert s["supply_total"] + s["tax_total"] == s["grand_total"]
    if s["vat_included"]:  # the prices are 합계
        assert [ln["supply"] + ln["tax"] for ln in lines] == amounts
        assert supply + tax == s["grand_total"] == sum(amounts)
        even = all(a % 11 == 0 for a in amounts)  # 공급가액 = a ÷ 1.1 is whole
    else:  # the prices are 공급가액
        assert [ln["supply"] for ln in lines] == amounts
        assert supply == s["supply_total"] == sum(amounts)
        even = all(a % 10 == 0 for a in amounts)  # 세액 = a × 10 % is whole
    if even and s["rounding"].endswith(":1"):
        assert (supply, tax) == (s["supply_total"], s["tax_total"])
    return (supply, tax) == (s["supply_total"], s["tax_total"])


def test_show_picks_the_newest_revision_and_revision_picks_an_older_one(
    demo: Demo, cli: Callable[..., tuple[int, str, str]]
) -> None:
    newest = _json(cli, "quote", "show", demo.number, "--workspace", str(demo.root))
    assert list(newest)[: len(KEYS)] == KEYS
    assert (newest["revision"], newest["status"], newest["vat_included"]) == (2, "draft", True)
    assert newest["rounding"] == "round:100" and newest["job_id"] == demo.job_id
    # VAT included: 46,366 won in all; 공급가액 = round(46,366 ÷ 1.1, 100) = 42,200
    assert (newest["supply_total"], newest["tax_total"], newest["grand_total"]) == (
        42_200, 4_166, 46_366)  # fmt: skip
    assert [(ln["supply"], ln["tax"]) for ln in newest["lines"]] == [
        (33_700, 3_335), (3_900, 421), (1_800, 210), (2_700, 300)]  # fmt: skip
    assert sum(ln["supply"] for ln in newest["lines"]) == 42_100  # ≠ 42,200, as on the PDF

    sent = _json(
        cli, "quote", "show", demo.number, "--revision", "1", "--workspace", str(demo.root)
    )
    assert (sent["revision"], sent["status"], sent["vat_included"]) == (1, "sent", False)
    # VAT extra: 세액 = ceil(43,366 × 10 %, 10) = 4,340; each line's own ceil adds up to 4,360
    assert (sent["supply_total"], sent["tax_total"], sent["grand_total"]) == (
        43_366, 4_340, 47_706)  # fmt: skip
    assert [ln["tax"] for ln in sent["lines"]] == [3_710, 440, 210]
    assert sent["lines"][1] == {
        "position": 2, "item": "서포트 제거", "spec": "", "qty": 1, "unit_price": 4_321,
        "supply": 4_321, "tax": 440, "note": "수작업"}  # fmt: skip
    assert sent["valid_until"] >= sent["issue_date"]


def test_korean_stays_readable_and_a_job_without_customer_has_an_empty_name(
    demo: Demo, cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, _ = cli("quote", "show", demo.number, "--workspace", str(demo.root), "--json")
    assert code == 0
    assert '"customer": "김민지 공방"' in out and '"item": "PLA 출력"' in out
    assert "\\u" not in out
    assert json.loads(out)["title"] == "키링 출력 (20개)"
    bare = _json(cli, "quote", "show", demo.no_customer_number, "--workspace", str(demo.root))
    assert bare["customer"] == ""


@pytest.mark.parametrize(
    "args",
    [
        ("quote", "show", "Q-1999-0001"),
        ("quote", "show", "{number}", "--revision", "9"),
        ("quote", "show", "{number}", "--json", "--revision", "0"),
    ],
)
def test_an_unknown_quote_or_revision_is_one_line_and_exit_1(
    demo: Demo, cli: Callable[..., tuple[int, str, str]], args: tuple[str, ...]
) -> None:
    argv = [a.replace("{number}", demo.number) for a in args]
    code, out, err = cli(*argv, "--workspace", str(demo.root))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("makersquare: ")
    assert "no longer exists" in lines[0]  # as `quote pdf` says it


def test_an_empty_workspace_lists_nothing(
    tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    open_workspace(tmp_path / "empty").close()
    assert _json(cli, "quote", "list", "--workspace", str(tmp_path / "empty")) == []
    code, out, _ = cli("quote", "list", "--workspace", str(tmp_path / "empty"))
    assert code == 0 and out == "No quotes in this workspace.\n"


def test_a_missing_workspace_is_not_made(
    tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    code, out, err = cli("quote", "list", "--json", "--workspace", str(tmp_path / "nowhere"))
    assert code == 1 and out == "" and "No workspace was found" in err
    assert not (tmp_path / "nowhere").exists()


def test_the_tables_for_people(demo: Demo, cli: Callable[..., tuple[int, str, str]]) -> None:
    code, out, _ = cli("quote", "list", "--workspace", str(demo.root))
    assert code == 0
    rows = out.splitlines()
    assert len(rows) == demo.revisions
    ours = [r for r in rows if r.startswith(demo.number)]
    assert len(ours) == 2
    assert ours[0].split()[1:3] == ["r1", "Sent"] and ours[0].endswith("KRW 47,706")
    assert ours[1].split()[1:3] == ["r2", "Draft"] and ours[1].endswith("KRW 46,366")
    assert "김민지 공방" in ours[0]

    code, out, _ = cli(
        "quote", "show", demo.number, "--revision", "1", "--workspace", str(demo.root)
    )
    assert code == 0
    assert out.startswith(f"{demo.number} r1 · Sent\n")
    assert "Customer: 김민지 공방" in out and "VAT extra (+10 %) · Round up to 10 won" in out
    assert "서포트 제거" in out and "수작업" in out
    assert "Total          KRW 47,706" in out
    assert "rounded once on the whole quote" in out  # 4,360 on the lines, 4,340 in total


def test_the_installed_command_prints_utf8_json(demo: Demo, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("makersquare")
    assert exe.exists(), "pip install -e . makes the makersquare command"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MAKERSQUARE_DATA_DIR=str(tmp_path / "data"),
        MAKERSQUARE_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONIOENCODING="latin-1",  # a console that is not UTF-8: the JSON still is
    )
    res = subprocess.run(
        [str(exe), "quote", "list", "--json", "--workspace", str(demo.root)],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert res.returncode == 0, res.stderr.decode("utf-8", "replace")
    sheets = json.loads(res.stdout.decode("utf-8"))
    assert len(sheets) == demo.revisions and "김민지 공방" in {s["customer"] for s in sheets}
