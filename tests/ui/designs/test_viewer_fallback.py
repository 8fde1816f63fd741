"""Without OpenGL (here: the offscreen platform) the viewer shows the thumbnail and says why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.jobs import jobs
from ui.app_context import AppContext
from ui.designs.viewer import open_viewer
from ui.designs.viewer.design_viewer import DesignViewerWindow
from ui.designs.viewer.gl_check import opengl_problem
from ui.jobs.detail import JobDetailWidget


def _revision(ctx: AppContext, box_stl: Callable[..., Path]) -> tuple[str, str]:
    job_id = jobs.create_job(ctx.ws, "Bracket").value
    return job_id, designs.import_design(ctx.ws, job_id, box_stl("bracket.stl")).value


def test_offscreen_has_no_opengl(qapp: object) -> None:
    assert opengl_problem() is not None


def test_the_viewer_shows_the_thumbnail_and_a_clear_note(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    _, rev_id = _revision(ctx, box_stl)
    window = DesignViewerWindow(ctx, rev_id)
    qtbot.addWidget(window)
    window.show()
    assert window.view is None  # no GL widget was even made
    assert window.stack.currentWidget() is window.fallback
    assert "needs OpenGL" in window.fallback_note.text()
    assert "picture instead" in window.fallback_note.text()
    qtbot.waitUntil(lambda: not window.fallback_picture.pixmap().isNull())
    assert window.fallback_picture.pixmap().width() > 32
    assert window.windowTitle().startswith("bracket r1")
    assert not window.measure_action.isEnabled()
    assert not window.save_screenshot(Path(qtbot.__class__.__name__) / "x.png")


def test_a_failure_when_opengl_starts_falls_back_too(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    _, rev_id = _revision(ctx, box_stl)
    window = DesignViewerWindow(ctx, rev_id)
    qtbot.addWidget(window)
    window.show_fallback("initializeGL: OpenGL 1.1 is older than 2.1")  # as gl_failed says
    assert window.stack.currentWidget() is window.fallback
    qtbot.waitUntil(lambda: not window.fallback_picture.pixmap().isNull())


def test_open_in_3d_from_the_job_opens_one_window_per_revision(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    job_id, rev_id = _revision(ctx, box_stl)
    detail = JobDetailWidget(ctx)
    qtbot.addWidget(detail)
    detail.show_job(job_id)
    assert detail.view3d_button.isEnabled()
    qtbot.mouseClick(detail.view3d_button, Qt.MouseButton.LeftButton)
    window = open_viewer(rev_id)
    assert window is not None and window.isVisible()
    item = detail.designs_list.item(0)
    detail.designs_list.itemDoubleClicked.emit(item)
    assert open_viewer(rev_id) is window  # raised again, not a second window
    window.close()
    qtbot.waitUntil(lambda: open_viewer(rev_id) is None)
