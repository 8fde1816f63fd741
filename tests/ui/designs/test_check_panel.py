"""The design check in the job view: findings after an import, the machine choice, repair."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.jobs import jobs
from app.settings import get_workspace_setting
from cad.report import Finding
from tests.cad.conftest import binary_stl_bytes, box_arrays
from ui.app_context import AppContext
from ui.jobs.detail import JobDetailWidget
from ui.models.findings_model import FindingsTableModel


@pytest.fixture
def job_id(ctx: AppContext) -> str:
    return jobs.create_job(ctx.ws, "시제품 브래킷").value


def _stl(tmp_path: Path, name: str, size: tuple[float, float, float], drop: int = 0) -> Path:
    v, f = box_arrays(size)
    path = tmp_path / name
    path.write_bytes(binary_stl_bytes(v, f[drop:]))
    return path


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.active, timeout=30_000)


def _codes(widget: JobDetailWidget) -> list[str]:
    model = widget.check_panel.model
    return [model.finding(r).code for r in range(model.rowCount())]


def test_findings_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = FindingsTableModel()
    model.set_findings(
        [
            Finding("open_edges", "error", 4, (0, 1), "", {"edges": 4}),
            Finding("overhangs", "warning", 2, (5,), "", {"area_mm2": 12.5, "overhang_deg": 45.0}),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 1)) == "Holes (open edges)"
    assert "Repair" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "12.5 mm²" in model.data(model.index(1, 2))


def test_an_imported_part_is_checked_in_the_background_and_repaired(
    qtbot: QtBot, ctx: AppContext, job_id: str, tmp_path: Path
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show_job(job_id)
    widget.import_files([_stl(tmp_path, "cup.stl", (20.0, 20.0, 20.0), drop=2)])
    qtbot.waitUntil(lambda: widget.check_panel.check is not None, timeout=30_000)
    panel = widget.check_panel
    assert "open_edges" in _codes(widget)
    assert "Cannot be made" in panel.summary_label.text()
    assert panel.repair_button.isEnabled()
    _idle(qtbot, ctx)

    first = panel.revision_id
    panel.repair_button.click()
    qtbot.waitUntil(
        lambda: panel.check is not None and panel.check.revision_id != first, timeout=30_000
    )
    _idle(qtbot, ctx)
    assert _codes(widget) == []
    assert "Ready to make" in panel.summary_label.text()
    rows = designs.list_designs(ctx.ws, job_id)
    assert [(r.number, r.revision_count) for r in rows] == [(2, 2)]
    assert widget.designs_list.currentItem().data(Qt.ItemDataRole.UserRole) == rows[0].id


def test_choosing_another_machine_rechecks_and_is_remembered(
    qtbot: QtBot, ctx: AppContext, job_id: str, tmp_path: Path
) -> None:
    widget = JobDetailWidget(ctx)
    qtbot.addWidget(widget)
    widget.show_job(job_id)
    widget.import_files([_stl(tmp_path, "tray.stl", (300.0, 200.0, 40.0))])
    qtbot.waitUntil(lambda: widget.check_panel.check is not None, timeout=30_000)
    _idle(qtbot, ctx)
    panel = widget.check_panel
    combo = panel.target_combo
    assert combo.currentData().startswith("machine:")  # the catalogue's machines come first
    resin = combo.findData("preset:resin")
    combo.setCurrentIndex(resin)
    combo.activated.emit(resin)
    qtbot.waitUntil(
        lambda: panel.check is not None and panel.check.preset.name == "resin", timeout=30_000
    )
    _idle(qtbot, ctx)
    assert "exceeds_build_volume" in _codes(widget)
    assert get_workspace_setting(ctx.ws, "cad.check_target") == "preset:resin"
    assert "Mass:" in panel.estimates_label.text()
