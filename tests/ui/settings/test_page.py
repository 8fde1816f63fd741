"""Settings: the STEP/IGES meshing tolerance is a workspace setting the next import uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.jobs import jobs
from app.settings import get_workspace_setting
from tests.stl_files import write_box_stl
from ui.app_context import AppContext
from ui.settings.page import SettingsPage


def test_the_meshing_tolerance_is_saved_and_used_by_the_next_import(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    assert page.design_checks.tessellation.value() == pytest.approx(0.05)
    page.design_checks.tessellation.setValue(0.2)
    page.design_checks.tessellation.editingFinished.emit()
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=10_000)
    assert get_workspace_setting(ctx.ws, "cad.tessellation_mm") == pytest.approx(0.2)

    seen: list[float] = []
    real = designs.analyse_file

    def spy(path: Path, **kw: float) -> object:
        seen.append(kw["tolerance_mm"])
        return real(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(designs, "analyse_file", spy)
    job = jobs.create_job(ctx.ws, "t").value
    designs.import_design(ctx.ws, job, write_box_stl(tmp_path / "b.stl", (5, 5, 5)))
    assert seen == [pytest.approx(0.2)]


# --- language -------------------------------------------------------------------------------


def _korean(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def test_choosing_korean_re_translates_the_other_pages_at_once_and_is_remembered(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from PySide6.QtCore import QLocale

    from app.options import UserSettings
    from ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.finish_ui()
    window.workspace_opened()
    assert window.jobs_page.new_button.text() == "+ New job"
    window.settings_page.language.choose("ko")
    qtbot.waitUntil(lambda: _korean(window.jobs_page.new_button.text()), timeout=3000)
    menus = [a.text() for a in window.menuBar().actions()]
    assert _korean(window.rail.item(0).text()) and _korean(menus[0]), menus  # 파일(&F)
    assert QLocale().toString(1234567) == "1,234,567" and QLocale().language() == (
        QLocale.Language.Korean
    )
    assert UserSettings(ctx.paths.user_settings).get("ui.language") == "ko"
    window.settings_page.language.choose("en")
    qtbot.waitUntil(lambda: window.jobs_page.new_button.text() == "+ New job", timeout=3000)
    assert window.settings_page.machines.model.headerData(1, Qt.Orientation.Horizontal) == (
        "Process"
    )


# --- profile --------------------------------------------------------------------------------


def test_registration_number_is_formatted_and_checked_as_typed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    edit, verdict = page.profile_edits["registration_no"], page.profile.bizno_state
    edit.clear()
    qtbot.keyClicks(edit, "11682")
    assert edit.text() == "116-82"
    assert verdict.text() == "5 of 10 digits" and verdict.property("verdict") == "pending"
    qtbot.keyClicks(edit, "00276")
    assert edit.text() == "116-82-00276"
    assert verdict.text().startswith("✓") and verdict.property("verdict") == "ok"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "5")  # one digit wrong: the check digit does not match
    assert edit.text() == "116-82-00275"
    assert "check digit" in verdict.text() and verdict.property("verdict") == "error"
    edit.clear()
    ime = QInputMethodEvent()
    ime.setCommitString("１１６８２００２７６")  # full-width digits, as a Korean IME commits them
    QApplication.sendEvent(edit, ime)
    assert edit.text() == "116-82-00276" and verdict.property("verdict") == "ok"


def test_profile_with_a_bad_e_mail_is_not_saved_and_says_which_field(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from app import catalogue

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    page.profile_edits["business_name"].setText("을지로 공방")
    page.profile_edits["email"].setText("hello@")
    assert page.profile.verdicts["email"].isVisibleTo(page)
    page.profile.save_button.click()
    assert "E-mail" in page.profile.saved_note.text()
    assert page.profile.saved_note.property("verdict") == "error"
    assert not ctx.tasks.active and catalogue.get_profile(ctx.ws).business_name != "을지로 공방"

    page.profile_edits["email"].setText("hello@euljiro.kr")
    page.profile_edits["phone"].setText("02-123-4567")
    page.profile.save_button.click()
    qtbot.waitUntil(lambda: page.profile.saved_note.text().startswith("✓"), timeout=5000)
    saved = catalogue.get_profile(ctx.ws)
    assert (saved.business_name, saved.email) == ("을지로 공방", "hello@euljiro.kr")


def test_seal_image_is_previewed_saved_and_removed(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from app import catalogue

    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#c62828"))
    image.save(str(tmp_path / "seal.png"))
    (tmp_path / "not.png").write_text("no image")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    assert not page.profile.set_seal_file(tmp_path / "not.png")
    assert "PNG or JPEG" in page.profile.saved_note.text()
    assert page.profile.set_seal_file(tmp_path / "seal.png")
    assert page.profile.seal_preview.pixmap().width() > 0 and page.profile.seal_remove.isEnabled()
    page.profile.save()
    qtbot.waitUntil(lambda: page.profile.saved_note.text().startswith("✓"), timeout=5000)
    assert catalogue.get_profile(ctx.ws).seal_png is not None
    page.profile.seal_remove.click()
    assert page.profile.seal_preview.text() == "no seal"
    page.profile.save()
    qtbot.waitUntil(lambda: page.profile.saved_note.text().startswith("✓"), timeout=5000)
    assert catalogue.get_profile(ctx.ws).seal_png is None


# --- catalogue ------------------------------------------------------------------------------


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=5000)
    qtbot.wait(20)  # the result's slot runs after the task is done


def test_machines_are_added_edited_duplicated_and_deleted_in_the_workspace(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app import catalogue
    from ui.models.catalogue_model import MachineTableModel

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    section = page.machines
    before = len(catalogue.list_machines(ctx.ws))
    section.add_button.click()
    _idle(qtbot, ctx)
    machines = {m.name: m for m in catalogue.list_machines(ctx.ws)}
    assert len(machines) == before + 1 and "New machine" in machines
    new_id = machines["New machine"].id
    assert section.selected_id() == new_id  # selected, ready to be named

    model = section.model
    row = model.row_of(new_id)
    assert model.setData(model.index(row, MachineTableModel.NAME), "Bambu X1")
    _idle(qtbot, ctx)
    row = model.row_of(new_id)
    assert model.setData(model.index(row, MachineTableModel.PROCESS), "resin")
    _idle(qtbot, ctx)
    row = model.row_of(new_id)
    assert model.setData(model.index(row, MachineTableModel.Z), 256.0)
    _idle(qtbot, ctx)
    row = model.row_of(new_id)
    assert model.setData(model.index(row, MachineTableModel.RATE), 6500)
    _idle(qtbot, ctx)
    saved = next(m for m in catalogue.list_machines(ctx.ws) if m.id == new_id)
    assert (saved.name, saved.process, saved.build_mm, saved.hourly_rate) == (
        "Bambu X1",
        "resin",
        (200.0, 200.0, 256.0),
        6500,
    )
    row = model.row_of(new_id)
    assert model.index(row, MachineTableModel.RATE).data() == "6,500"
    assert model.index(row, MachineTableModel.PROCESS).data() == "Resin printing"

    section.duplicate_button.click()
    _idle(qtbot, ctx)
    assert "Bambu X1 (copy)" in [m.name for m in catalogue.list_machines(ctx.ws)]

    asked: list[str] = []
    monkeypatch.setattr(section, "confirm_delete", lambda name: asked.append(name) or True)
    section.load(select_id=new_id)
    section.delete_button.click()
    _idle(qtbot, ctx)
    assert asked == ["Bambu X1"]
    assert new_id not in [m.id for m in catalogue.list_machines(ctx.ws)]


def test_invalid_catalogue_values_are_refused_with_a_message(qtbot: QtBot, ctx: AppContext) -> None:
    from app import catalogue
    from ui.models.catalogue_model import MachineTableModel, MaterialTableModel

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load()
    machines = page.machines.model
    before = catalogue.list_machines(ctx.ws)
    assert not machines.setData(machines.index(0, MachineTableModel.NAME), "   ")
    assert page.machines.message.isVisible() and "name" in page.machines.message.text()
    assert not machines.setData(machines.index(0, MachineTableModel.X), 0.0)
    assert "more than 0 mm" in page.machines.message.text()
    assert not machines.setData(machines.index(0, MachineTableModel.PROCESS), "laser")
    assert not machines.setData(machines.index(0, MachineTableModel.SETUP), "lots")
    assert catalogue.list_machines(ctx.ws) == before and not ctx.tasks.active
    assert machines.row_at(0) == before[0]  # the table still shows what is saved

    materials = page.materials.model
    assert not materials.setData(materials.index(0, MaterialTableModel.DENSITY), 30.0)
    assert "0.1 to 25 g/cm³" in page.materials.message.text()
    assert materials.setData(materials.index(0, MaterialTableModel.DENSITY), 1.25)
    _idle(qtbot, ctx)
    assert not page.materials.message.isVisible()
    assert catalogue.list_materials(ctx.ws)[0].density_g_cm3 == pytest.approx(1.25)


def test_catalogue_cells_get_typed_editors(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import (
        QComboBox,
        QDoubleSpinBox,
        QSpinBox,
        QStyleOptionViewItem,
        QWidget,
    )

    from ui.models.catalogue_model import MachineTableModel, MaterialTableModel

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    view, model = page.machines.view, page.machines.model
    delegate = view.itemDelegate()
    holder = QWidget()  # the editors made by hand here are not the view's own
    qtbot.addWidget(holder)

    def editor(m: object, row: int, col: int) -> object:
        index = m.index(row, col)  # type: ignore[attr-defined]
        e = delegate.createEditor(holder, QStyleOptionViewItem(), index)
        delegate.setEditorData(e, index)
        return e

    combo = editor(model, 0, MachineTableModel.PROCESS)
    assert isinstance(combo, QComboBox) and combo.count() == 5
    assert combo.itemText(combo.findData("casting")) == "Jewelry casting"
    rate = editor(model, 0, MachineTableModel.RATE)
    assert isinstance(rate, QSpinBox) and rate.isGroupSeparatorShown() and rate.minimum() == 0
    size = editor(model, 0, MachineTableModel.X)
    assert isinstance(size, QDoubleSpinBox) and size.minimum() > 0 and size.suffix() == " mm"
    size.setValue(321)
    delegate.setModelData(size, model, model.index(0, MachineTableModel.X))
    _idle(qtbot, ctx)
    assert model.row_at(0).build_mm[0] == 321
    density = editor(page.materials.model, 0, MaterialTableModel.DENSITY)
    assert isinstance(density, QDoubleSpinBox) and density.maximum() == 25

    # picking a process from the list saves it at once, without Enter
    page.show()
    view.edit(model.index(1, MachineTableModel.PROCESS))
    open_combo = view.viewport().findChild(QComboBox)
    assert isinstance(open_combo, QComboBox)
    open_combo.setCurrentIndex(open_combo.findData("generic"))
    open_combo.activated.emit(open_combo.currentIndex())
    _idle(qtbot, ctx)
    from app import catalogue

    edited = next(m for m in catalogue.list_machines(ctx.ws) if m.id == model.row_at(1).id)
    assert edited.process == "generic"


def test_catalogue_models_pass_qtmodeltester(qtmodeltester: object, ctx: AppContext) -> None:
    from app import catalogue
    from ui.models.catalogue_model import MachineTableModel, MaterialTableModel

    machines = MachineTableModel()
    machines.set_rows(catalogue.list_machines(ctx.ws))
    qtmodeltester.check(machines)  # type: ignore[attr-defined]
    materials = MaterialTableModel()
    materials.set_rows(catalogue.list_materials(ctx.ws))
    qtmodeltester.check(materials)  # type: ignore[attr-defined]
    empty = MaterialTableModel()
    qtmodeltester.check(empty)  # type: ignore[attr-defined]


def test_a_catalogue_change_made_elsewhere_shows_without_reopening(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from app import catalogue
    from app.catalogue import MaterialRow

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    before = page.materials.model.rowCount()
    result = catalogue.save_material(ctx.ws, MaterialRow("", "TPU", "fdm", 1.21, 40_000))
    ctx.bus.emit_changes(result.changes)  # e.g. a sync pulled it from the square
    assert page.materials.model.rowCount() == before + 1
    row = page.materials.model.row_of(result.value)
    assert page.materials.model.index(row, 3).data() == "40,000"
