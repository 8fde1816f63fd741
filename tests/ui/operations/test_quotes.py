"""Undo/redo of quote edits, catalogue edits and the profile, on a real workspace: each step
round-trips in the workspace, the open dialog or page shows it, and the stack names it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app import catalogue
from app.designs.designs import import_design
from app.jobs import jobs
from app.quotes import quotes
from tests.ui.quotes.test_design_lines import _add_from_design
from ui.app_context import AppContext
from ui.operations.undo import UndoRefused, refusal_text
from ui.quotes.dialog import QuoteDialog
from ui.shell.main_window import MainWindow

EDIT = Qt.ItemDataRole.EditRole
QTY, PRICE, ITEM = 3, 4, 1


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active and not ctx.undo.busy, timeout=20_000)
    qtbot.wait(10)  # the dialog looks again once the bus has spoken


@pytest.fixture
def rev(ctx: AppContext) -> str:
    job = jobs.create_job(ctx.ws, "브래킷 시제품", customer="성수 공방").value
    rev_id = quotes.create_quote(ctx.ws, job).value
    for item, qty, price in (("bracket", 4, 12_000), ("포장", 1, 5_000), ("배송", 1, 3_000)):
        quotes.add_line(ctx.ws, rev_id, item, quantity=qty, unit_price=price)
    return rev_id


def _dialog(qtbot: QtBot, ctx: AppContext, rev_id: str) -> QuoteDialog:
    dialog = QuoteDialog(ctx, rev_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _lines(ctx: AppContext, rev_id: str) -> list[tuple[str, str, int, int, str]]:
    return [
        (ln.item, ln.spec, ln.quantity, ln.unit_price, ln.note)
        for ln in quotes.get_revision(ctx.ws, rev_id).lines
    ]


def _shown(dialog: QuoteDialog, col: int) -> list[object]:
    m = dialog.model
    return [m.index(r, col).data(EDIT) for r in range(m.rowCount())]


def test_a_cell_edit_undoes_and_redoes_and_the_menu_names_it(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, rev: str
) -> None:
    dialog = QuoteDialog(ctx, rev, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _lines(ctx, rev)
    assert dialog.model.setData(dialog.model.index(1, QTY), "3")
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[1][2] == 3
    assert window.menus.undo.text().replace("&", "") == "Undo Change quantity of line 2"
    assert dialog.undo_action.isEnabled() and "quantity of line 2" in dialog.undo_action.text()

    window.menus.undo.trigger()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == before
    qtbot.waitUntil(lambda: _shown(dialog, QTY) == [4, 1, 1], timeout=3000)  # dialog refreshed
    assert window.menus.redo.text().replace("&", "") == "Redo Change quantity of line 2"

    window.menus.redo.trigger()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[1][2] == 3
    qtbot.waitUntil(lambda: _shown(dialog, QTY) == [4, 3, 1], timeout=3000)


@pytest.mark.parametrize(
    ("col", "value", "field", "text"),
    [
        (1, "L-bracket", 0, "Change item of line 1"),
        (2, "PLA, black", 1, "Change spec. of line 1"),
        (4, "13,500", 3, "Change unit price of line 1"),
        (7, "sanded", 4, "Change note of line 1"),
    ],
)
def test_every_cell_is_one_step_back_to_the_exact_value(
    qtbot: QtBot, ctx: AppContext, rev: str, col: int, value: str, field: int, text: str
) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    before = _lines(ctx, rev)
    assert dialog.model.setData(dialog.model.index(0, col), value)
    _idle(qtbot, ctx)
    after = _lines(ctx, rev)
    assert after != before and ctx.undo.undoText() == text and ctx.undo.count() == 1
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == before
    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == after


def test_adding_a_line_then_editing_it_undoes_and_redoes_in_order(
    qtbot: QtBot, ctx: AppContext, rev: str
) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    before = _lines(ctx, rev)
    dialog.add_button.click()
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == "Add line “New item”"
    assert dialog.model.setData(dialog.model.index(3, PRICE), "2,000")
    _idle(qtbot, ctx)
    added = _lines(ctx, rev)
    assert added[3] == ("New item", "", 1, 2_000, "")

    ctx.undo.undo()  # the price
    _idle(qtbot, ctx)
    ctx.undo.undo()  # the line
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == before
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=3000)

    ctx.undo.redo()  # the line comes back (a new row) ...
    _idle(qtbot, ctx)
    ctx.undo.redo()  # ... and the price edit still finds it
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == added
    qtbot.waitUntil(lambda: _shown(dialog, PRICE)[-1:] == [2_000], timeout=3000)


def test_removing_a_line_is_undone_at_its_place(qtbot: QtBot, ctx: AppContext, rev: str) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    quotes.update_line(ctx.ws, dialog.model.line_id(1), spec="상자", note="선물 포장")
    dialog.reload()
    before = _lines(ctx, rev)
    dialog.table.selectRow(1)
    dialog.remove_button.click()
    _idle(qtbot, ctx)
    assert [ln[0] for ln in _lines(ctx, rev)] == ["bracket", "배송"]
    assert ctx.undo.undoText() == "Remove line 2 “포장”"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev) == before  # every value, at line 2 again
    assert [ln.position for ln in quotes.get_revision(ctx.ws, rev).lines] == [1, 2, 3]
    qtbot.waitUntil(lambda: _shown(dialog, ITEM) == ["bracket", "포장", "배송"], timeout=3000)
    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert [ln[0] for ln in _lines(ctx, rev)] == ["bracket", "배송"]


def test_a_line_from_a_design_is_one_step_that_keeps_its_costing(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    job = jobs.create_job(ctx.ws, "브래킷", customer="성수 공방").value
    import_design(ctx.ws, job, box_stl("bracket.stl", (20, 10, 5)))
    rev_id = quotes.create_quote(ctx.ws, job).value
    quotes.add_line(ctx.ws, rev_id, "포장", quantity=1, unit_price=5_000)
    dialog = _dialog(qtbot, ctx, rev_id)
    _add_from_design(qtbot, ctx, dialog)
    added = quotes.get_revision(ctx.ws, rev_id).lines[1]
    assert ctx.undo.undoText() == "Add line “bracket” from a design"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert len(quotes.get_revision(ctx.ws, rev_id).lines) == 1
    ctx.undo.redo()
    _idle(qtbot, ctx)
    back = quotes.get_revision(ctx.ws, rev_id).lines[1]
    assert (back.item, back.unit_price, back.design_revision_id, back.breakdown_json) == (
        added.item,
        added.unit_price,
        added.design_revision_id,
        added.breakdown_json,
    )


def test_terms_and_notes_are_steps_of_their_own(qtbot: QtBot, ctx: AppContext, rev: str) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    data = quotes.get_revision(ctx.ws, rev)
    number = data.quote_number
    dialog.vat_combo.setCurrentIndex(1)
    dialog.vat_combo.activated.emit(1)
    _idle(qtbot, ctx)
    assert quotes.get_revision(ctx.ws, rev).vat_included
    assert ctx.undo.undoText() == f"Change the VAT of quote {number}"

    later = data.valid_until + timedelta(days=10)
    dialog.valid_edit.setDate(QDate(later.year, later.month, later.day))
    dialog.valid_edit.editingFinished.emit()
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == f"Change the validity of quote {number}"

    dialog.notes_edit.moveCursor(dialog.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.notes_edit, " + shipping")
    _idle(qtbot, ctx)
    assert quotes.get_revision(ctx.ws, rev).notes == data.notes + " + shipping"
    assert ctx.undo.count() == 3  # the typing is one step
    assert ctx.undo.undoText() == f"Edit the notes of quote {number}"

    for _ in range(3):
        ctx.undo.undo()
        _idle(qtbot, ctx)
    now = quotes.get_revision(ctx.ws, rev)
    assert (now.vat_included, now.valid_until, now.notes) == (False, data.valid_until, data.notes)
    qtbot.waitUntil(lambda: dialog.vat_combo.currentIndex() == 0, timeout=3000)
    assert dialog.notes_edit.toPlainText() == data.notes
    assert dialog.valid_edit.date().toPython() == data.valid_until

    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert quotes.get_revision(ctx.ws, rev).vat_included
    qtbot.waitUntil(lambda: dialog.vat_combo.currentIndex() == 1, timeout=3000)


def test_an_undo_on_a_revision_sent_meanwhile_is_refused(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, rev: str
) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    failures: list[BaseException] = []
    ctx.undo.failed.connect(lambda _text, exc: failures.append(exc))
    assert dialog.model.setData(dialog.model.index(0, QTY), "9")
    _idle(qtbot, ctx)
    quotes.mark_sent(ctx.ws, rev)  # sent (from the quotes page, another computer ...)
    window.menus.undo.trigger()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[0][2] == 9  # the sent revision stays as it was
    exc = failures[0]
    assert isinstance(exc, UndoRefused) and exc.code == "quote_sent"
    assert "Make a new revision" in refusal_text(exc)
    assert "Change quantity of line 1" in window.messages[0]  # type: ignore[attr-defined]
    assert "has been sent since" in window.messages[0]  # type: ignore[attr-defined]
    assert ctx.undo.count() == 0 and not dialog.undo_action.isEnabled()
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Sent", timeout=3000)


def test_the_dialog_has_its_own_ctrl_z_and_a_cell_editor_keeps_its_own(
    qtbot: QtBot, ctx: AppContext, rev: str
) -> None:
    dialog = _dialog(qtbot, ctx, rev)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert dialog.model.setData(dialog.model.index(0, QTY), "6")
    _idle(qtbot, ctx)

    index = dialog.model.index(2, ITEM)
    dialog.table.setCurrentIndex(index)  # the cell's editor opens, its text selected
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "X")
    assert editor.text() == "X"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "배송"  # the typing was undone, not the saved edit
    assert ctx.undo.canUndo() and _lines(ctx, rev)[0][2] == 6
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[0][2] == 4  # Ctrl+Z in the dialog undid the saved edit
    qtbot.keyClick(
        dialog.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[0][2] == 6
    dialog.undo_action.trigger()
    _idle(qtbot, ctx)
    assert _lines(ctx, rev)[0][2] == 4


# --- settings --------------------------------------------------------------------------------


def _page(qtbot: QtBot, ctx: AppContext) -> object:
    from ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    return page


def test_catalogue_edits_add_duplicate_and_delete_are_undoable(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.models.catalogue_model import MachineTableModel

    page = _page(qtbot, ctx)
    section = page.machines  # type: ignore[attr-defined]
    model = section.model
    original = catalogue.list_machines(ctx.ws)
    first = original[0]
    assert model.setData(model.index(model.row_of(first.id), MachineTableModel.RATE), 9_900)
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == f"Edit machine “{first.name}”"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert catalogue.list_machines(ctx.ws) == original
    assert (
        model.index(model.row_of(first.id), MachineTableModel.RATE).data()
        == f"{first.hourly_rate:,}"
    )
    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert next(m for m in catalogue.list_machines(ctx.ws) if m.id == first.id).hourly_rate == 9_900
    ctx.undo.undo()
    _idle(qtbot, ctx)

    section.add_button.click()
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == "Add machine" and len(catalogue.list_machines(ctx.ws)) == 4
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert catalogue.list_machines(ctx.ws) == original and model.rowCount() == 3
    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert "New machine" in [m.name for m in catalogue.list_machines(ctx.ws)]
    ctx.undo.undo()
    _idle(qtbot, ctx)

    section.load(select_id=first.id)
    section.duplicate_button.click()
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == f"Duplicate “{first.name}”"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert catalogue.list_machines(ctx.ws) == original

    monkeypatch.setattr(section, "confirm_delete", lambda _name: True)
    section.load(select_id=first.id)
    section.delete_button.click()
    _idle(qtbot, ctx)
    assert first not in catalogue.list_machines(ctx.ws)
    assert ctx.undo.undoText() == f"Delete machine “{first.name}”"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert catalogue.list_machines(ctx.ws) == original
    assert model.row_of(first.id) >= 0  # the page shows it again


def test_a_material_edit_is_undone(qtbot: QtBot, ctx: AppContext) -> None:
    from ui.models.catalogue_model import MaterialTableModel

    page = _page(qtbot, ctx)
    model = page.materials.model  # type: ignore[attr-defined]
    pla = next(m for m in catalogue.list_materials(ctx.ws) if m.name == "PLA")
    assert model.setData(model.index(model.row_of(pla.id), MaterialTableModel.NAME), "PLA+")
    _idle(qtbot, ctx)
    assert ctx.undo.undoText() == "Edit material “PLA+”"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert pla in catalogue.list_materials(ctx.ws)
    qtbot.waitUntil(lambda: model.index(model.row_of(pla.id), 0).data() == "PLA", timeout=3000)


def test_saving_the_profile_is_undone_and_the_form_shows_it(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    profile = page.profile  # type: ignore[attr-defined]
    catalogue.save_profile(ctx.ws, catalogue.ProfileData(business_name="을지로 공방"))
    profile.load()
    profile.edits["business_name"].setText("성수 정밀")
    profile.edits["registration_no"].setText("2208162517")
    profile.save_button.click()
    _idle(qtbot, ctx)
    assert catalogue.get_profile(ctx.ws).registration_no == "220-81-62517"
    assert ctx.undo.undoText() == "Save the business profile"
    ctx.undo.undo()
    _idle(qtbot, ctx)
    assert catalogue.get_profile(ctx.ws) == catalogue.ProfileData(business_name="을지로 공방")
    qtbot.waitUntil(lambda: profile.edits["business_name"].text() == "을지로 공방", timeout=3000)
    assert profile.edits["registration_no"].text() == ""
    ctx.undo.redo()
    _idle(qtbot, ctx)
    assert catalogue.get_profile(ctx.ws).business_name == "성수 정밀"
    qtbot.waitUntil(lambda: profile.edits["business_name"].text() == "성수 정밀", timeout=3000)


def test_saving_an_unchanged_profile_adds_no_step(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    profile = page.profile  # type: ignore[attr-defined]
    profile.save_button.click()
    _idle(qtbot, ctx)
    assert profile.saved_note.text().startswith("✓") and ctx.undo.count() == 0
