"""The 3D viewer on a real display (Xvfb, Mesa's software OpenGL): camera, tools, picture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.designs.checks import check_revision
from app.jobs import jobs
from cad.presets import PRESETS
from cad.stl import write_binary_stl
from tests.cad.parts import hollow_box
from ui.app_context import AppContext
from ui.designs.viewer.design_viewer import DesignViewerWindow
from ui.designs.viewer.side_panel import SLIDER_STEPS


def _import(ctx: AppContext, path: Path, check: bool = True) -> str:
    job_id = jobs.create_job(ctx.ws, "Viewer test").value
    rev_id = designs.import_design(ctx.ws, job_id, path).value
    if check:
        check_revision(ctx.ws, rev_id, PRESETS["fdm"])
    return rev_id


def _open(qtbot: QtBot, ctx: AppContext, rev_id: str) -> DesignViewerWindow:
    window = DesignViewerWindow(ctx, rev_id)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.design is not None and not window.loading(), timeout=20_000)
    qtbot.wait(50)
    return window


def _click(qtbot: QtBot, window: DesignViewerWindow, point: tuple[float, float, float]) -> None:
    assert window.view is not None
    pos = window.view.pixel_of(point).toPoint()
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def box_viewer(qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]) -> DesignViewerWindow:
    return _open(qtbot, ctx, _import(ctx, box_stl("bracket.stl", (20, 10, 5))))


def test_the_window_is_titled_by_design_and_revision(box_viewer: DesignViewerWindow) -> None:
    assert box_viewer.windowTitle().startswith("bracket r1")
    assert box_viewer.view is not None and not box_viewer.view.failed


def test_fit_centres_the_part_and_standard_views_turn_the_camera(
    box_viewer: DesignViewerWindow,
) -> None:
    view = box_viewer.view
    assert view is not None
    view.setCameraPosition(distance=500.0)
    box_viewer.fit_view(animate=False)
    assert view.center() == pytest.approx([10.0, 5.0, 2.5])
    assert 10.0 < view.opts["distance"] < 60.0
    box_viewer.view_actions["top"].trigger()
    cam = view.cameraPosition()
    assert cam.z() > 2.5 + 0.99 * view.opts["distance"]  # straight above
    box_viewer.view_actions["front"].trigger()
    cam = view.cameraPosition()
    assert cam.y() < 5.0 - 0.99 * view.opts["distance"]  # in front (-Y)
    box_viewer.view_actions["right"].trigger()
    assert view.cameraPosition().x() > 10.0 + 0.99 * view.opts["distance"]


def test_clicking_two_corners_measures_the_diagonal(
    qtbot: QtBot, box_viewer: DesignViewerWindow
) -> None:
    box_viewer.view_actions["iso"].trigger()
    box_viewer.measure_action.trigger()
    # just inside the top face's corners: the clicks snap onto the corners
    _click(qtbot, box_viewer, (0.15, 0.15, 5.0))
    qtbot.wait(20)
    _click(qtbot, box_viewer, (19.85, 9.85, 5.0))
    d = box_viewer.measure.result
    assert d is not None
    assert d.length == pytest.approx(np.hypot(20.0, 10.0), abs=1e-6)  # corners snap
    assert "22.36" in box_viewer.side.measure_readout.text()
    assert "ΔX 20.00" in box_viewer.side.measure_readout.text()


def test_dragging_orbits_instead_of_measuring(qtbot: QtBot, box_viewer: DesignViewerWindow) -> None:
    view = box_viewer.view
    assert view is not None
    box_viewer.measure_action.trigger()
    azimuth = view.opts["azimuth"]
    start = view.pixel_of((10.0, 5.0, 5.0)).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, pos=start + QPointF(12 * step, 0).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPointF(60, 0).toPoint())
    assert view.opts["azimuth"] != azimuth
    assert box_viewer.measure.points == []


def test_the_section_slider_changes_the_loop_count(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    v, f = hollow_box(outer=30.0, wall=2.0)
    path = tmp_path / "hollow.stl"
    write_binary_stl(path, v, f)
    window = _open(qtbot, ctx, _import(ctx, path, check=False))
    window.section_action.trigger()
    window.side.section_axis.setCurrentIndex(2)
    window.side.section_slider.setValue(SLIDER_STEPS // 2)
    qtbot.waitUntil(lambda: "2 closed loops" in window.side.section_readout.text())
    assert "Z = 15.00 mm" in window.side.section_offset.text()
    window.side.section_slider.setValue(SLIDER_STEPS // 30)  # through the floor
    qtbot.waitUntil(lambda: "1 closed loop" in window.side.section_readout.text())


def test_clicking_a_finding_flies_the_camera_to_its_faces(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    # a big box with a small one far off: "several bodies"; the small one is thin
    from tests.cad.parts import box, join

    v, f = join(box((40.0, 40.0, 20.0)), box((0.3, 4.0, 4.0), (100.0, 0.0, 0.0)))
    path = tmp_path / "two.stl"
    write_binary_stl(path, v, f)
    window = _open(qtbot, ctx, _import(ctx, path))
    items = window.side.findings_list
    codes = [items.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(items.count())]
    finding = next(x for x in window.design.findings if x.faces and len(x.faces) < len(f))
    view = window.view
    window.fit_view(animate=False)
    before = view.opts["distance"]
    items.setCurrentRow(codes.index(finding.code))
    target = window.design.vertices[window.design.faces[list(finding.faces)].reshape(-1)]
    centre = (target.min(axis=0) + target.max(axis=0)) / 2
    qtbot.waitUntil(lambda: np.allclose(view.center(), centre, atol=1e-3), timeout=3000)
    assert view.opts["distance"] < before


def test_a_screenshot_is_a_png_of_the_view_with_the_part_in_it(
    box_viewer: DesignViewerWindow, tmp_path: Path
) -> None:
    path = tmp_path / "shot.png"
    assert box_viewer.save_screenshot(path)
    image = QImage(str(path))
    view = box_viewer.view
    assert view is not None
    ratio = view.devicePixelRatioF()
    assert (image.width(), image.height()) == (
        int(view.width() * ratio),
        int(view.height() * ratio),
    )
    background = image.pixelColor(2, 2)
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre != background


def test_a_big_mesh_shows_the_preview_first_then_the_full_mesh(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from benchmarks.bench_cad import torus

    v, f = torus(480, 320)  # 307,200 faces: above the preview threshold
    path = tmp_path / "ring.stl"
    write_binary_stl(path, v, f)
    window = DesignViewerWindow(ctx, _import(ctx, path, check=False))
    qtbot.addWidget(window)
    # Each status the window shows, with whether the full mesh was drawn then: the preview
    # and the full mesh can both arrive between two polls of waitUntil, so the states are
    # recorded as they happen rather than sampled.
    shown: list[tuple[str, bool]] = []
    show_status = window._show_status

    def recording(cancelled: bool = False) -> None:
        show_status(cancelled)
        shown.append((window.status_label.text(), window.full_draw is not None))

    window._show_status = recording  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: window.design is not None, timeout=20_000)
    assert window.scene is not None
    assert window.scene.light.face_count <= 110_000  # the preview is drawn at once
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    first, full_then = shown[0]
    assert "Simplified view while the full mesh loads" in first and not full_then
    qtbot.waitUntil(lambda: window.full_draw is not None, timeout=20_000)
    assert window.scene.full is not None and window.scene.full.face_count == len(f)
    assert window.scene.level() == "full"
    assert window.status_label.text() == "307,200 triangles"
    assert window.view is not None
    window.view.is_moving = True  # while the mouse drags: the light level again
    window.scene.on_moving()
    assert window.scene.level() == "light"


def test_a_click_on_the_rim_of_a_hole_measures_its_diameter(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from tests.cad.test_measure import plate_with_hole

    v, f = plate_with_hole(half=20.0, height=5.0, radius=4.0, n=64)
    path = tmp_path / "plate.stl"
    write_binary_stl(path, v, f)
    window = _open(qtbot, ctx, _import(ctx, path, check=False))
    window.view_actions["top"].trigger()
    window.measure_action.trigger()
    window.side.measure_mode.setCurrentIndex(window.side.measure_mode.findData("hole"))
    _click(qtbot, window, (-4.3, 0.0, 5.0))  # on the top face, just outside the rim
    qtbot.waitUntil(lambda: "Hole diameter" in window.side.measure_readout.text())
    assert "8.00 mm" in window.side.measure_readout.text()
    _click(qtbot, window, (15.0, 15.0, 5.0))  # far from any hole
    qtbot.waitUntil(lambda: "No round hole" in window.side.measure_readout.text())


def test_cancel_stops_loading_and_says_so(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    window = DesignViewerWindow(ctx, _import(ctx, box_stl()))
    qtbot.addWidget(window)
    window.show()
    assert window.loading() and window.cancel_button.isVisibleTo(window)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.loading()
    assert "cancelled" in window.status_label.text()
    ctx.tasks.wait()
    qtbot.wait(50)
    assert window.design is None  # the result that came anyway is not shown
