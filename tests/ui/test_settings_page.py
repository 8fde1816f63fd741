"""Settings: the STEP/IGES meshing tolerance is a workspace setting the next import uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import designs, jobs
from app.settings import get_workspace_setting
from tests.stl_files import write_box_stl
from ui.app_context import AppContext
from ui.settings_page import SettingsPage


def test_the_meshing_tolerance_is_saved_and_used_by_the_next_import(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.load()
    assert page.tessellation.value() == pytest.approx(0.05)
    page.tessellation.setValue(0.2)
    page.tessellation.editingFinished.emit()
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
