"""The quote editor: live totals while typing, freezing on send, revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.jobs import jobs
from app.quotes import quotes
from ui.app_context import AppContext
from ui.models.quote_lines_model import COLUMNS
from ui.quotes.dialog import QuoteDialog


@pytest.fixture
def revision_id(ctx: AppContext) -> str:
    job = jobs.create_job(ctx.ws, "은반지 시제품", customer="소소주얼리").value
    rev = quotes.create_quote(ctx.ws, job).value
    quotes.add_line(ctx.ws, rev, "은반지 (925)", spec="13호", quantity=2, unit_price=45_000)
    quotes.add_line(ctx.ws, rev, "후가공", quantity=1, unit_price=12_345)
    return rev


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=10_000)


def test_totals_follow_edits_live_and_are_saved(
    qtbot: QtBot, ctx: AppContext, revision_id: str
) -> None:
    dialog = QuoteDialog(ctx, revision_id)
    qtbot.addWidget(dialog)
    # 90,000 + 12,345 = 102,345; VAT floor(10,234.5) = 10,234
    assert dialog.supply_value.text() == "102,345 won"
    assert dialog.tax_value.text() == "10,234 won"
    assert dialog.total_value.text() == "112,579 won"
    qty = dialog.model.index(0, COLUMNS.index("quantity"))
    assert dialog.model.setData(qty, "3", Qt.ItemDataRole.EditRole)
    assert dialog.supply_value.text() == "147,345 won"  # before the write even lands
    assert "일금" in dialog.words_label.text()
    _idle(qtbot, ctx)
    assert quotes.get_revision(ctx.ws, revision_id).totals.supply == 147_345
    # a bad quantity is refused, not saved
    assert not dialog.model.setData(qty, "-1", Qt.ItemDataRole.EditRole)
    assert not dialog.model.setData(qty, "abc", Qt.ItemDataRole.EditRole)


def test_vat_included_and_rounding_change_the_split(
    qtbot: QtBot, ctx: AppContext, revision_id: str
) -> None:
    dialog = QuoteDialog(ctx, revision_id)
    qtbot.addWidget(dialog)
    dialog.vat_combo.setCurrentIndex(1)
    dialog._on_terms_changed()
    # VAT included: total 102,345; supply floor(102,345 / 1.1) = 93,040; tax 9,305
    assert dialog.total_value.text() == "102,345 won"
    assert dialog.supply_value.text() == "93,040 won"
    assert dialog.tax_value.text() == "9,305 won"
    _idle(qtbot, ctx)
    saved = quotes.get_revision(ctx.ws, revision_id)
    assert saved.vat_included and saved.totals.supply == 93_040


def test_sent_revision_is_frozen_and_a_new_revision_is_editable(
    qtbot: QtBot, ctx: AppContext, revision_id: str
) -> None:
    quotes.mark_sent(ctx.ws, revision_id)
    dialog = QuoteDialog(ctx, revision_id)
    qtbot.addWidget(dialog)
    assert dialog.frozen_banner.isVisibleTo(dialog)
    cell = dialog.model.index(0, COLUMNS.index("unit_price"))
    assert not dialog.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.setData(cell, "1", Qt.ItemDataRole.EditRole)
    assert not dialog.add_button.isEnabled() and dialog.revise_button.isEnabled()
    dialog.revise_button.click()
    _idle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.revision_id != revision_id, timeout=5000)
    assert dialog.revision_combo.count() == 2
    assert (
        dialog.model.flags(dialog.model.index(0, COLUMNS.index("unit_price")))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert dialog.model.rowCount() == 2  # lines copied
    # the first revision stays readable and unchanged
    assert quotes.get_revision(ctx.ws, revision_id).frozen


def test_save_as_pdf_writes_the_file_in_the_background(
    qtbot: QtBot, ctx: AppContext, revision_id: str, tmp_path: Path
) -> None:
    dialog = QuoteDialog(ctx, revision_id)
    qtbot.addWidget(dialog)
    target = tmp_path / "견적서.pdf"
    dialog.save_pdf(target)
    _idle(qtbot, ctx)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
