"""The viewer's pin tool on a real display (Xvfb, Mesa's software OpenGL): a click on a known
box pins the right face and point with the view it was made in; numbered markers are drawn;
the camera and the section plane come back when a pin's view is restored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.designs import designs
from app.jobs import jobs
from tests.gl.test_design_viewer import _click, _open
from ui.app_context import AppContext
from ui.designs.viewer.design_viewer import DesignViewerWindow
from ui.designs.viewer.pins import PinMarker, PinPlacement
from ui.designs.viewer.scene import PIN_COLOUR, PIN_GREY

BOX = (20.0, 10.0, 5.0)  # mm, corner at the origin


def _box(ctx: AppContext, box_stl: Callable[..., Path]) -> str:
    job_id = jobs.create_job(ctx.ws, "Review test").value
    return designs.import_design(ctx.ws, job_id, box_stl("box.stl", BOX)).value


@pytest.fixture
def viewer(qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]) -> DesignViewerWindow:
    window = _open(qtbot, ctx, _box(ctx, box_stl))
    window.set_pinning_enabled(True)
    return window


def _pin(qtbot: QtBot, window: DesignViewerWindow, at: tuple[float, float, float]) -> PinPlacement:
    with qtbot.waitSignal(window.pin_placed, timeout=3000) as placed:
        _click(qtbot, window, at)
    placement = placed.args[0]
    assert isinstance(placement, PinPlacement)
    return placement


def _near(image: QImage, x: float, y: float, colour: QColor, reach: int = 8) -> bool:
    """Whether a pixel within `reach` of (x, y) has nearly this colour."""
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            px, py = round(x) + dx, round(y) + dy
            if 0 <= px < image.width() and 0 <= py < image.height():
                c = image.pixelColor(px, py)
                got = (c.red(), c.green(), c.blue())
                want = (colour.red(), colour.green(), colour.blue())
                if max(abs(a - b) for a, b in zip(got, want, strict=True)) <= 12:
                    return True
    return False


def _same_camera(got: dict[str, object], want: dict[str, object]) -> None:
    assert set(got) == set(want) == {"center", "distance", "elevation", "azimuth", "fov"}
    assert got["center"] == pytest.approx(want["center"], abs=1e-6)
    for key in ("distance", "elevation", "azimuth", "fov"):
        assert got[key] == pytest.approx(want[key], abs=1e-6)


def test_the_pin_tool_is_offered_only_where_pinning_is_enabled(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    window = _open(qtbot, ctx, _box(ctx, box_stl))
    assert not window.pin_action.isVisible() and not window.pin_action.isEnabled()
    assert window.pin_action in window.toolbar.actions()
    window.set_pinning_enabled(True)
    assert window.pin_action.isVisible() and window.pin_action.isEnabled()
    assert window.pin_action.isCheckable() and window.pin_action.text() == "Pin a comment"
    window.pin_action.trigger()
    window.set_pinning_enabled(False)  # e.g. the review was closed meanwhile
    assert not window.pin_action.isChecked() and not window.pin_action.isVisible()
    assert not window.pins.active


@pytest.mark.parametrize(
    ("view", "at", "normal"),
    [
        ("top", (6.0, 3.0, 5.0), (0.0, 0.0, 1.0)),
        ("front", (14.0, 0.0, 1.5), (0.0, -1.0, 0.0)),
        ("right", (20.0, 7.0, 3.5), (1.0, 0.0, 0.0)),
    ],
)
def test_a_click_pins_the_point_and_face_under_it_with_the_view(
    qtbot: QtBot,
    viewer: DesignViewerWindow,
    view: str,
    at: tuple[float, float, float],
    normal: tuple[float, float, float],
) -> None:
    viewer.view_actions[view].trigger()
    viewer.pin_action.trigger()
    assert "several in a row" in viewer.side.pin_readout.text()
    placement = _pin(qtbot, viewer, at)
    assert placement.point == pytest.approx(at, abs=0.15)
    assert placement.normal == pytest.approx(normal, abs=1e-6)
    design = viewer.design
    assert design is not None and placement.face_mesh == "full"
    corners = design.vertices[design.faces[placement.face]]
    axis = int(np.argmax(np.abs(normal)))
    assert corners[:, axis] == pytest.approx([at[axis]] * 3)  # a face of that side
    _same_camera(placement.camera, viewer.current_camera())
    assert placement.section is None and placement.measurements == []
    assert placement.snapshot_png is not None and placement.snapshot_png[:4] == b"\x89PNG"
    assert len(placement.snapshot_png) <= 200_000
    picture = QImage.fromData(placement.snapshot_png)
    assert 0 < picture.width() <= 400
    assert viewer.pin_action.isChecked()  # the tool stays on for the next pin
    assert "Pinned at" in viewer.side.pin_readout.text()
    assert viewer.pins.pending is None  # the "+" went once the pin was handed out


def test_a_click_off_the_part_pins_nothing_and_says_so(
    qtbot: QtBot, viewer: DesignViewerWindow
) -> None:
    viewer.view_actions["top"].trigger()
    viewer.pin_action.trigger()
    placed: list[object] = []
    viewer.pin_placed.connect(placed.append)
    assert viewer.view is not None
    corner = QPoint(3, 3)  # the background (QPoint(0, 0) would mean the middle)
    qtbot.mouseClick(viewer.view, Qt.MouseButton.LeftButton, pos=corner)
    assert placed == []
    assert viewer.side.pin_readout.text() == "Nothing there: click on the part."


def test_a_pin_keeps_the_section_plane_and_lands_on_what_is_left_of_the_part(
    qtbot: QtBot, viewer: DesignViewerWindow
) -> None:
    viewer.view_actions["top"].trigger()
    viewer.section_action.trigger()  # across Z, half way up: the top is cut away
    viewer.pin_action.trigger()
    placement = _pin(qtbot, viewer, (6.0, 3.0, 0.0))  # whole, the top would be in the way
    assert placement.section == {"axis": 2, "offset": pytest.approx(2.5)}
    assert placement.point == pytest.approx((6.0, 3.0, 0.0), abs=0.15)  # the floor, inside
    assert placement.normal == pytest.approx((0.0, 0.0, -1.0))


def test_the_measurement_shown_goes_with_the_pin(qtbot: QtBot, viewer: DesignViewerWindow) -> None:
    viewer.view_actions["iso"].trigger()
    viewer.measure_action.trigger()
    _click(qtbot, viewer, (0.15, 0.15, 5.0))
    qtbot.wait(20)
    _click(qtbot, viewer, (19.85, 9.85, 5.0))
    viewer.pin_action.trigger()  # takes the clicks over; the measurement stays drawn
    assert not viewer.measure_action.isChecked()
    assert viewer.scene is not None and viewer.scene.measure_line.visible()
    assert viewer.side.pin_attach.isVisibleTo(viewer.side)
    assert "22.36 mm" in viewer.side.pin_attach.text()
    placement = _pin(qtbot, viewer, (10.0, 2.0, 5.0))
    (distance,) = placement.measurements
    assert distance["kind"] == "distance"
    assert distance["value_mm"] == pytest.approx(np.hypot(20.0, 10.0))
    assert distance["points"] == [pytest.approx([0, 0, 5]), pytest.approx([20, 10, 5])]
    viewer.side.pin_attach.setChecked(False)
    assert _pin(qtbot, viewer, (10.0, 2.0, 5.0)).measurements == []
    viewer.pin_action.trigger()  # off: the measurement goes with the tool
    assert not viewer.scene.measure_line.visible()


def test_pins_are_drawn_as_numbered_markers_and_clicked(
    qtbot: QtBot, viewer: DesignViewerWindow
) -> None:
    viewer.view_actions["top"].trigger()
    viewer.set_pins(
        [
            PinMarker("a", 1, (5.0, 5.0, 5.0)),
            PinMarker("b", 2, (15.0, 5.0, 5.0), greyed=True),
            PinMarker("c", 3, (15.0, 2.0, 5.0), resolved=True, selected=True),
        ]
    )
    scene, view = viewer.scene, viewer.view
    assert scene is not None and view is not None
    assert scene.pins.visible()
    assert [b.text for b in scene.pins.badges] == ["2", "1", "3 ✓"]  # the selected on top
    image = view.grabFramebuffer()
    ratio = view.devicePixelRatioF()
    a, b = view.pixel_of((5.0, 5.0, 5.0)), view.pixel_of((15.0, 5.0, 5.0))
    assert _near(image, a.x() * ratio, a.y() * ratio, PIN_COLOUR)
    assert _near(image, b.x() * ratio, b.y() * ratio, PIN_GREY)
    assert not any(hidden for *_, hidden in scene.pins.drawn)
    with qtbot.waitSignal(viewer.marker_clicked, timeout=2000) as clicked:
        _click(qtbot, viewer, (5.0, 5.0, 5.0))  # no tool on: a click on a marker picks it
    assert clicked.args == ["a"]
    viewer.set_pins([])
    assert not scene.pins.visible()


def test_a_pin_the_part_hides_or_the_section_cut_away_is_drawn_faint(
    qtbot: QtBot, viewer: DesignViewerWindow
) -> None:
    viewer.view_actions["iso"].trigger()  # from the front, right and above
    front = PinMarker("front", 1, (6.0, 0.0, 2.5))
    back = PinMarker("back", 2, (0.0, 10.0, 0.0))  # the far bottom corner, behind the part
    viewer.set_pins([front, back])
    scene, view = viewer.scene, viewer.view
    assert scene is not None and view is not None
    view.grabFramebuffer()
    assert {pin_id: hidden for _, _, pin_id, hidden in scene.pins.drawn} == {
        "front": False,
        "back": True,
    }
    viewer.section_action.trigger()
    viewer.side.section_axis.setCurrentIndex(0)  # X = 10: the front pin's half stays
    viewer.set_pins([PinMarker("cut", 3, (15.0, 0.0, 2.5)), front])
    view.grabFramebuffer()
    assert {pin_id: hidden for _, _, pin_id, hidden in scene.pins.drawn} == {
        "front": False,
        "cut": True,
    }


def test_pins_set_before_the_design_is_shown_are_drawn_once_it_is(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    window = DesignViewerWindow(ctx, _box(ctx, box_stl))
    qtbot.addWidget(window)
    window.set_pins([PinMarker("a", 1, (5.0, 5.0, 5.0))])
    window.restore_view(
        {
            "center": [3.0, 4.0, 1.0],
            "distance": 80.0,
            "elevation": 10.0,
            "azimuth": 20.0,
            "fov": 60.0,
        },
        {"axis": 0, "offset": 7.123},
    )
    window.show()
    qtbot.waitUntil(lambda: window.design is not None and not window.loading(), timeout=20_000)
    assert window.scene is not None and [b.text for b in window.scene.pins.badges] == ["1"]
    camera = window.current_camera()
    assert camera["center"] == pytest.approx([3.0, 4.0, 1.0])
    assert (camera["distance"], camera["elevation"], camera["azimuth"]) == pytest.approx(
        (80.0, 10.0, 20.0)
    )
    assert window.section_action.isChecked() and window.scene.clip == (0, 7.123)


def test_restoring_a_pins_view_flies_the_camera_and_the_section_back(
    qtbot: QtBot, viewer: DesignViewerWindow
) -> None:
    viewer.view_actions["iso"].trigger()
    viewer.section_action.trigger()
    viewer.side.section_axis.setCurrentIndex(0)
    viewer.pin_action.trigger()
    placement = _pin(qtbot, viewer, (3.0, 0.0, 2.0))  # on the front face, left of the cut
    assert placement.section is not None and placement.section["axis"] == 0
    view = viewer.view
    assert view is not None
    viewer.section_action.trigger()  # off
    viewer.view_actions["top"].trigger()
    view.orbit(40.0, -20.0)
    view.pan(5.0, 3.0, 0.0)
    view.setCameraPosition(distance=300.0)
    assert viewer.current_camera()["distance"] != pytest.approx(placement.camera["distance"])
    viewer.restore_view(placement.camera, placement.section)
    assert view.flying()  # a short flight, not a jump
    qtbot.waitUntil(lambda: not view.flying(), timeout=3000)
    _same_camera(viewer.current_camera(), placement.camera)
    assert viewer.section_action.isChecked()
    assert viewer.section_tool.plane() == placement.section  # exactly, not to a slider step
    assert viewer.scene is not None and viewer.scene.clip is not None
    viewer.restore_view(placement.camera, None, animate=False)  # a pin made without a cut
    assert not viewer.section_action.isChecked() and viewer.scene.clip is None


def test_without_opengl_pins_and_views_are_kept_and_nothing_breaks(
    qtbot: QtBot, ctx: AppContext, box_stl: Callable[..., Path]
) -> None:
    window = DesignViewerWindow(ctx, _box(ctx, box_stl))
    qtbot.addWidget(window)
    window.show_fallback("initializeGL: OpenGL 1.1 is older than 2.1")
    window.set_pinning_enabled(True)
    window.set_pins([PinMarker("a", 1, (5.0, 5.0, 5.0))])
    window.restore_view({"distance": 50.0}, None)
    assert window.current_camera() == {}
    assert not window.pin_action.isEnabled()  # no 3D view: nothing to click on
    ctx.tasks.wait()
