"""The quote editor with lines from designs: costing through the dialog, the breakdown and its
chart, the design-changed warning, and frozen revisions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.changes import Result
from app.designs.designs import import_design
from app.jobs import jobs
from app.quotes import quotes
from app.quotes.costing import breakdown_from_json
from tests.stl_files import write_box_stl
from ui.app_context import AppContext
from ui.models.quote_lines_model import QuoteLinesModel
from ui.quotes.dialog import QuoteDialog
from ui.quotes.terms import ROUNDING_CHOICES


@pytest.fixture
def quote(ctx: AppContext, box_stl: Callable[..., Path]) -> tuple[str, str]:
    """(job id, quote revision id): a job with an imported 20 × 10 × 5 mm bracket."""
    job = jobs.create_job(ctx.ws, "브래킷 시제품", customer="성수 공방").value
    import_design(ctx.ws, job, box_stl("bracket.stl", (20, 10, 5)))
    rev = quotes.create_quote(ctx.ws, job).value
    quotes.add_line(ctx.ws, rev, "포장", quantity=1, unit_price=5_000)
    return job, rev


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=20_000)


def _import_bigger_bracket(ctx: AppContext, job: str, tmp_path: Path) -> Result[str]:
    """The maker changes the part: revision 2 of "bracket", twice as long."""
    (tmp_path / "v2").mkdir()
    return import_design(ctx.ws, job, write_box_stl(tmp_path / "v2" / "bracket.stl", (40, 10, 5)))


def _add_from_design(qtbot: QtBot, ctx: AppContext, dialog: QuoteDialog) -> None:
    dialog.design_button.click()
    picker = dialog.design_dialog
    assert picker.designs.count() == 1 and "bracket" in picker.designs.item(0).text()
    assert picker.machine_combo.currentText() == "FDM 프린터"  # no check yet: the FDM printer
    picker.material_combo.setCurrentIndex(
        picker.material_combo.findText("PLA", Qt.MatchFlag.MatchStartsWith)
    )
    picker.quantity.setValue(4)
    picker.finishing.setValue(2_000)
    picker.margin.setValue(20)
    qtbot.waitUntil(lambda: picker.costing is not None, timeout=20_000)
    assert picker.ok_button.isEnabled()
    picker.ok_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5_000)


def test_add_line_from_design_fills_the_line_and_shows_its_breakdown(
    qtbot: QtBot, ctx: AppContext, quote: tuple[str, str]
) -> None:
    _, rev = quote
    dialog = QuoteDialog(ctx, rev)
    qtbot.addWidget(dialog)
    assert dialog.breakdown.isHidden()  # no line from a design yet
    _add_from_design(qtbot, ctx, dialog)
    line = quotes.get_revision(ctx.ws, rev).lines[1]
    b = breakdown_from_json(line.breakdown_json)
    assert b is not None
    assert line.item == "bracket" and line.quantity == 4
    assert line.spec == "rev 1 · 20×10×5 mm · PLA · FDM"
    assert line.unit_price == b.unit_price == sum(p.amount for p in b.parts)
    assert b.time_source == "computed_fdm" and b.part("machine").amount > 0
    assert b.part("setup").amount == 2_500  # 10,000 won setup over 4 pieces
    assert b.part("finishing").amount == 2_000
    dialog.table.setCurrentIndex(dialog.model.index(1, 1))
    assert dialog.breakdown.isVisibleTo(dialog)
    table = dialog.breakdown.table
    assert table.rowCount() == 6  # five parts and the unit price
    assert table.item(5, 2).text() == f"{b.unit_price:,}"
    assert "won/kg" in table.item(0, 1).text()
    assert dialog.breakdown.chart.amounts == [p.amount for p in b.parts]
    # the plain line shows the sum over the design lines
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))
    assert dialog.breakdown.chart.amounts == [p.amount * 4 for p in b.parts]
    assert dialog.supply_value.text() == f"{5_000 + 4 * b.unit_price:,} won"


def test_new_design_revision_raises_the_warning_and_updating_clears_it(
    qtbot: QtBot, ctx: AppContext, quote: tuple[str, str], tmp_path: Path
) -> None:
    job, rev = quote
    dialog = QuoteDialog(ctx, rev)
    qtbot.addWidget(dialog)
    dialog.show()
    _add_from_design(qtbot, ctx, dialog)
    assert not dialog.stale_banner.isVisibleTo(dialog)
    result = _import_bigger_bracket(ctx, job, tmp_path)
    ctx.bus.emit_changes(result.changes)  # what the jobs page does after an import
    assert dialog.stale_banner.isVisibleTo(dialog)
    assert "line 2" in dialog.stale_banner.label.text()
    assert "rev 1" in dialog.stale_banner.label.text()
    assert dialog.stale_banner.button.text() == "Update line from the new revision"
    dialog.stale_banner.button.click()
    qtbot.waitUntil(lambda: not dialog.stale, timeout=20_000)
    _idle(qtbot, ctx)
    assert not dialog.stale_banner.isVisibleTo(dialog)
    line = quotes.get_revision(ctx.ws, rev).lines[1]
    assert line.spec.startswith("rev 2 · 40×10×5 mm")
    assert line.quantity == 4  # the same choices, on the new design


def test_sent_quote_is_read_only_and_the_warning_offers_a_new_revision(
    qtbot: QtBot,
    ctx: AppContext,
    quote: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    job, rev = quote
    dialog = QuoteDialog(ctx, rev)
    qtbot.addWidget(dialog)
    dialog.show()
    _add_from_design(qtbot, ctx, dialog)
    quotes.mark_sent(ctx.ws, rev)
    dialog.reload()
    for editor in (dialog.vat_combo, dialog.rounding_combo, dialog.valid_edit):
        assert not editor.isEnabled()
    assert dialog.notes_edit.isReadOnly()
    assert not dialog.design_button.isEnabled() and not dialog.add_button.isEnabled()
    # double-clicking a line of the sent revision asks to make a new one
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.doubleClicked.emit(dialog.model.index(0, 1))
    assert asked == ["Edit a sent quote"]
    _import_bigger_bracket(ctx, job, tmp_path)
    dialog.reload()
    assert dialog.stale_banner.button.text() == "Make a new revision with the new design"
    dialog.stale_banner.button.click()
    qtbot.waitUntil(lambda: dialog.revision_id != rev and not dialog.stale, timeout=20_000)
    _idle(qtbot, ctx)
    new = quotes.get_revision(ctx.ws, dialog.revision_id)
    assert new.number == 2 and not new.frozen
    assert new.lines[1].spec.startswith("rev 2")
    # the sent revision stays readable, as it was
    dialog.revision_combo.setCurrentIndex(0)
    dialog.revision_combo.activated.emit(0)
    assert dialog.revision_id == rev and dialog.data is not None and dialog.data.frozen
    assert dialog.data.lines[1].spec.startswith("rev 1")
    assert not dialog.vat_combo.isEnabled()


def test_rounding_rule_changes_the_totals_through_the_dialog(
    qtbot: QtBot, ctx: AppContext, quote: tuple[str, str]
) -> None:
    _, rev = quote
    quotes.add_line(ctx.ws, rev, "후가공", quantity=3, unit_price=12_345)
    dialog = QuoteDialog(ctx, rev)
    qtbot.addWidget(dialog)
    # 5,000 + 37,035 = 42,035; VAT floor(4,203.5) = 4,203
    assert dialog.tax_value.text() == "4,203 won"
    from app.money import RoundingMode, RoundingRule

    dialog.rounding_combo.setCurrentIndex(
        ROUNDING_CHOICES.index(RoundingRule(RoundingMode.CEIL, 100))
    )
    dialog._on_terms_changed()
    assert dialog.tax_value.text() == "4,300 won"
    assert dialog.total_value.text() == "46,335 won"
    _idle(qtbot, ctx)
    assert quotes.get_revision(ctx.ws, rev).totals.tax == 4_300


def test_lines_model_passes_the_model_tester(
    qtmodeltester: object, ctx: AppContext, quote: tuple[str, str]
) -> None:
    data = quotes.get_revision(ctx.ws, quote[1])
    model = QuoteLinesModel(lambda *_a: None)
    model.set_lines(data.lines, vat_included=False, rule=data.rounding, frozen=False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_quotes_page_marks_a_quote_whose_design_changed(
    qtbot: QtBot, ctx: AppContext, quote: tuple[str, str], tmp_path: Path
) -> None:
    from app import catalogue
    from app.designs.designs import list_designs
    from app.quotes.design_lines import CostRequest, add_design_line, cost_line
    from ui.quotes.page import QuotesPage

    job, rev = quote
    fdm = next(m for m in catalogue.list_machines(ctx.ws) if m.process == "fdm")
    pla = next(m for m in catalogue.list_materials(ctx.ws) if m.name == "PLA")
    design_rev = list_designs(ctx.ws, job)[0].id
    request = CostRequest(design_rev, fdm.id, pla.id, machine_hours=1.0)
    add_design_line(
        ctx.ws, rev, cost_line(ctx.ws, request, quotes.get_revision(ctx.ws, rev).rounding)
    )
    page = QuotesPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    assert page.table.item(0, 4).text() == "Draft"
    _import_bigger_bracket(ctx, job, tmp_path)
    page.reload()
    assert page.table.item(0, 4).text() == "Draft  ⚠ design changed"
