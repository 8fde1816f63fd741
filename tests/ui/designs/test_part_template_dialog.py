"""ui/designs/part_template_dialog.py and "New part…" in the job view: a form built from a
template's parameters, and a part made off the UI thread that becomes a STEP design revision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.errors import PartBuildError
from app.jobs import jobs
from cad.parametric import TEMPLATES
from ui.app_context import AppContext
from ui.designs.part_template_dialog import PartTemplateDialog
from ui.jobs.detail import JobDetailWidget
from ui.words.errors import error_text
from ui.words.templates import choice_label, parameter_label, template_label


@pytest.fixture
def job_id(ctx: AppContext) -> str:
    return jobs.create_job(ctx.ws, "커플링 13호", customer="종로 공방").value


def _wait_idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=60_000)


def _open_dialog(qtbot: QtBot, widget: JobDetailWidget) -> PartTemplateDialog:
    qtbot.mouseClick(widget.new_part_button, Qt.MouseButton.LeftButton)
    dialog = widget.findChild(PartTemplateDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _choose(dialog: PartTemplateDialog, code: str) -> None:
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(code))


def test_the_form_follows_the_template(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = PartTemplateDialog()
    qtbot.addWidget(dialog)
    offered = [dialog.template_combo.itemData(i) for i in range(dialog.template_combo.count())]
    assert offered == ["ring", "l_bracket", "enclosure", "knob"]
    assert dialog.template_combo.itemText(0) == template_label("ring") == "Ring (Korean size)"

    for code, template in TEMPLATES.items():
        _choose(dialog, code)
        assert dialog.code == code and dialog.description_label.text()
        form = dialog.pages.currentWidget().layout()
        assert isinstance(form, QFormLayout) and form.rowCount() == len(template.parameters)
        for row, p in enumerate(template.parameters):
            field = dialog.field(p.name)
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel) and label.buddy() is field
            assert label.text() == parameter_label(p.name) != p.name
            if p.kind == "choice":
                assert isinstance(field, QComboBox)
                assert [field.itemData(i) for i in range(field.count())] == list(p.choices)
                assert [field.itemText(i) for i in range(field.count())] == [
                    choice_label(c) for c in p.choices
                ]
                assert field.currentData() == p.default
                continue
            assert isinstance(field, QSpinBox if p.kind == "int" else QDoubleSpinBox)
            assert (field.minimum(), field.maximum()) == (p.minimum, p.maximum)
            assert field.value() == p.default
            assert field.suffix() == {"mm": " mm", "호": "호", "": ""}[p.unit]
            assert f"{p.minimum:g}" in field.toolTip() and f"{p.maximum:g}" in field.toolTip()
    _choose(dialog, "ring")
    assert dialog.field("size").suffix() == "호"
    assert dialog.field("size").toolTip() == "From 1호 to 30호"
    assert dialog.values() == ("ring", TEMPLATES["ring"].defaults())


def test_values_round_trip_and_switching_templates_keeps_what_was_typed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    bracket = {
        "leg_a": 55.5,
        "leg_b": 30.0,
        "thickness": 4.2,
        "width": 25.0,
        "inner_fillet": 0.0,
        "hole_diameter": 5.5,
    }
    dialog = PartTemplateDialog(initial=("l_bracket", bracket))
    qtbot.addWidget(dialog)
    assert dialog.values() == ("l_bracket", bracket)
    _choose(dialog, "knob")
    qtbot.keyClick(dialog.field("shaft"), Qt.Key.Key_Down)  # d_flat -> round
    dialog.field("knurl_count").setValue(0)
    code, knob = dialog.values()
    assert code == "knob" and (knob["shaft"], knob["knurl_count"]) == ("round", 0)
    assert isinstance(knob["knurl_count"], int) and isinstance(knob["diameter"], float)
    _choose(dialog, "l_bracket")
    assert dialog.values() == ("l_bracket", bracket)

    again = PartTemplateDialog(initial=("knob", knob))
    qtbot.addWidget(again)
    assert again.values() == ("knob", knob)
    assert TEMPLATES["knob"].check(knob) == knob  # every value is one the template takes


def test_the_keyboard_picks_a_template_and_return_makes_the_part(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = PartTemplateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.template_combo
    assert dialog.ok_button.isDefault() or dialog.ok_button.autoDefault()
    qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Down)
    assert dialog.code == "l_bracket"
    field = dialog.field("leg_a")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "120")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.values()[1]["leg_a"] == 120.0


def test_making_a_ring_in_a_job_adds_a_step_design(
    qtbot: QtBot, ctx: AppContext, job_id: str
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    widget.show_job(job_id)
    assert widget.new_part_button.text() == "New part…"

    dialog = _open_dialog(qtbot, widget)
    _choose(dialog, "ring")
    dialog.field("size").setValue(12)
    dialog.field("size").setValue(13)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not widget.new_part_button.isEnabled() and widget.part_progress.isVisible()
    assert "Ring (Korean size)" in widget.part_progress.toolTip()
    _wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: widget.designs_list.count() == 1, timeout=5000)

    item = widget.designs_list.currentItem()
    assert item is not None and "ring_13호" in item.text()
    rev = designs.get_revision(ctx.ws, item.data(Qt.ItemDataRole.UserRole))
    assert (rev.design_name, rev.format, rev.number) == ("ring_13호", "step", 1)
    assert rev.metrics is not None and rev.metrics.watertight
    assert widget.new_part_button.isEnabled() and not widget.part_progress.isVisible()

    again = _open_dialog(qtbot, widget)  # the last template and sizes come back
    assert again.values() == ("ring", {**TEMPLATES["ring"].defaults(), "size": 13})
    again.reject()


def test_a_part_that_cannot_be_built_shows_an_error_naming_the_size(
    qtbot: QtBot, ctx: AppContext, job_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[BaseException] = []
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    # The presenter is where the user would see it (a message box; ui/errors.py).
    monkeypatch.setattr("ui.errors.present", lambda exc, _parent: errors.append(exc))
    widget.resize(900, 900)
    widget.show()
    widget.show_job(job_id)

    dialog = _open_dialog(qtbot, widget)
    _choose(dialog, "knob")
    dialog.field("diameter").setValue(8.0)  # a 6 mm bore leaves no wall in an 8 mm knob
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, ctx)

    assert len(errors) == 1 and isinstance(errors[0], PartBuildError)
    assert errors[0].params["parameter"] == "bore_diameter"
    text = error_text(errors[0])
    assert "Knob" in text and "“Shaft bore diameter” does not fit" in text
    assert designs.list_designs(ctx.ws, job_id) == []
    assert widget.designs_list.count() == 0
    assert widget.new_part_button.isEnabled() and not widget.part_progress.isVisible()
    again = _open_dialog(qtbot, widget)  # to change the size, not type it all again
    assert again.values()[1]["diameter"] == 8.0
    again.reject()


def test_error_text_names_the_parameter_and_its_range(ctx: AppContext) -> None:
    out_of_range = PartBuildError(
        "ring: invalid_parameter",
        cad_code="invalid_parameter",
        template="ring",
        parameter="size",
        unit="호",
        minimum=1,
        maximum=30,
        reason="out_of_range",
        value=31,
    )
    assert error_text(out_of_range) == (
        "Could not make Ring (Korean size): “Ring size” must be from 1호 to 30호."
    )
    kernel = PartBuildError("x", cad_code="geometry_failed", template="l_bracket")
    assert error_text(kernel).startswith("Could not make L-bracket: The part cannot be built")


def test_the_dialog_speaks_korean(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.translations.apply("ko")
    dialog = PartTemplateDialog()
    qtbot.addWidget(dialog)
    hangul = [dialog.windowTitle(), dialog.template_combo.itemText(0), dialog.ok_button.text()]
    hangul += [parameter_label(p.name) for t in TEMPLATES.values() for p in t.parameters]
    for text in hangul:
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text), text
