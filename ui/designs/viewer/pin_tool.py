"""The pin tool: a click on the part pins a comment there, with the view it was made in.

A click picks the surface as the measure tool does (on the full mesh unless the part is too
big) and makes a `PinPlacement`: the point, the face and its normal, the camera, the section
plane if one is on, the measurement shown and a snapshot of the view. The tool stays on for
the next pin; it takes the clicks over from the measure tool but keeps its measurement
drawn, to go with the pins. It also keeps the review's markers (drawn once the 3D view is
there; the picture shown without OpenGL has none) and puts a pin's view back: the camera
and the section plane, once the design is shown if it is still loading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtGui import QImage

from cad.measure import PickIndex
from ui.designs.viewer.pins import SNAPSHOT_BYTES, SNAPSHOT_WIDTH, PinMarker, PinPlacement
from ui.designs.viewer.tools import MeasureTool, SectionTool, mm, pick_visible

if TYPE_CHECKING:
    from ui.designs.viewer.gl_view import DesignGLView
    from ui.designs.viewer.host import ViewerHost

translate = QCoreApplication.translate

Point = tuple[float, float, float]


class PinTool:
    def __init__(self, window: ViewerHost, measure: MeasureTool, section: SectionTool) -> None:
        self.w = window
        self.measure = measure
        self.section = section
        self.active = False
        self.markers: tuple[PinMarker, ...] = ()
        self.pending: Point | None = None  # the "+" drawn while the new pin is being made
        self._later: tuple[dict[str, Any] | None, dict[str, Any] | None] | None = None
        window.side.pin_box.setVisible(False)

    # --- the tool ----------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        """Turn the tool on or off; turned on, it takes the clicks over from the measure
        tool, whose measurement stays drawn to go with the pins (off again, it goes)."""
        measuring = self.w.measure_action.isChecked()
        if on and measuring:
            self.w.measure_action.setChecked(False)
            self.measure.set_active(False, keep_result=True)
        elif not on and not measuring:
            self.measure.clear()
        self.active = on
        self.w.side.pin_box.setVisible(on)
        self.pending = None
        self.draw()
        self.refresh()

    def refresh(self) -> None:
        """The hint, and the choice to attach the measurement shown (if one is)."""
        side = self.w.side
        shown = self.measure.summary()
        side.pin_attach.setVisible(bool(shown))
        side.pin_attach.setText(
            translate("DesignViewer", "Attach the measurement (%1)").replace("%1", shown)
        )
        side.pin_readout.setText(
            translate(
                "DesignViewer",
                "Click on the part to pin a comment there. The tool stays on, so you can "
                "pin several in a row.",
            )
        )

    def click(self, x: float, y: float) -> PinPlacement | None:
        """The pin for a click at the logical pixel (x, y), or None off the part."""
        view, d = self.w.view, self.w.design
        assert view is not None and d is not None
        origin, direction = view.ray_at(x, y)
        hit = pick_visible(d.picking, origin, direction, self.w.scene)
        if hit is None:
            self.w.side.pin_readout.setText(
                translate("DesignViewer", "Nothing there: click on the part.")
            )
            return None
        point: Point = (float(hit.point[0]), float(hit.point[1]), float(hit.point[2]))
        self.pending = point
        self.draw()  # the "+" is in the snapshot too
        attach = self.w.side.pin_attach  # as offered: shown and ticked
        placement = PinPlacement(
            point=point,
            normal=face_normal(d.picking, hit.face, direction),
            face=int(hit.face),
            camera=view.camera(),
            section=self.section.plane(),
            measurements=self.measure.measurements()
            if attach.isChecked() and not attach.isHidden()
            else [],
            snapshot_png=snapshot_png(view),
            face_mesh="full" if d.picks_full else "preview",
        )
        self.w.side.pin_readout.setText(
            translate("DesignViewer", "Pinned at %1. Click again for the next pin.").replace(
                "%1", f"X {mm(point[0])}  Y {mm(point[1])}  Z {mm(point[2])}"
            )
        )
        return placement

    def done(self) -> None:
        """The new pin was handed out: its "+" goes (the pin, if made, comes by `set_markers`)."""
        self.pending = None
        self.draw()

    # --- markers -----------------------------------------------------------------------------
    def set_markers(self, markers: Sequence[PinMarker]) -> None:
        self.markers = tuple(markers)
        self.draw()

    def draw(self) -> None:
        if self.w.scene is not None:
            self.w.scene.show_pins(self.markers, self.pending)

    def marker_at(self, x: float, y: float) -> str | None:
        scene = self.w.scene
        return scene.pin_at(QPointF(x, y)) if scene is not None else None

    # --- views -------------------------------------------------------------------------------
    def restore_view(
        self,
        camera: dict[str, Any] | None,
        section: dict[str, Any] | None,
        *,
        animate: bool = True,
    ) -> None:
        """Fly to `camera` and put `section` back (None: no section); while the design is
        still loading, once it is shown."""
        view = self.w.view
        if self.w.design is None or view is None:
            self._later = (camera, section)
            return
        self._later = None
        self.section.show_plane(section)
        if camera:
            view.set_camera(camera, animate=animate)

    def restore_later(self) -> None:
        """The design is shown: put back the view asked for while it loaded, if any."""
        if self._later is not None:
            camera, section = self._later
            self.restore_view(camera, section, animate=False)


def face_normal(mesh: PickIndex, face: int, direction: Any) -> Point:
    """The face's unit normal as its corners wind (towards the camera if it has no area)."""
    a, b, c = mesh.vertices[mesh.faces[face]]
    n = np.cross(b - a, c - a)
    length = float(np.linalg.norm(n))
    unit = n / length if length > 1e-12 else -np.asarray(direction, dtype=np.float64)
    return (float(unit[0]), float(unit[1]), float(unit[2]))


def snapshot_png(view: DesignGLView) -> bytes | None:
    """The view as a PNG at most `SNAPSHOT_WIDTH` pixels wide and `SNAPSHOT_BYTES` long
    (None if OpenGL failed or no size fits)."""
    if view.failed:
        return None
    image = view.grabFramebuffer().convertToFormat(QImage.Format.Format_RGB888)
    width = min(SNAPSHOT_WIDTH, image.width())
    while width >= 64:
        small = image
        if width < image.width():
            small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        data = _png(small)
        if data is not None and len(data) <= SNAPSHOT_BYTES:
            return data
        width = width * 3 // 4
    return None


def _png(image: QImage) -> bytes | None:
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    buffer.close()
    return bytes(raw.data()) if ok else None
