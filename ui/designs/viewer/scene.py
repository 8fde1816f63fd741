"""What the 3D view holds: the part at two levels of detail and the overlays drawn on it.

The light level (the ≤ 100 k-face preview) is drawn while the view moves; the full mesh,
once it is ready, when the view is still. Overlays: the measurement (points, line and a
label), the section outline, the build volume as a box with a bed grid, the review's
numbered pins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from OpenGL import GL
from pyqtgraph.opengl import GLGridItem, GLLinePlotItem, GLScatterPlotItem, GLTextItem
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMatrix4x4, QPainter, QPen, QVector3D

from ui.designs.viewer.gl_view import DesignGLView
from ui.designs.viewer.loader import DrawArrays
from ui.designs.viewer.mesh_items import NO_CLIP, FaceMeshItem, clip_plane, lit_shader
from ui.designs.viewer.pins import PinMarker

MEASURE_COLOUR = (0.05, 0.45, 0.85, 1.0)
SECTION_COLOUR = (0.85, 0.15, 0.55, 1.0)
VOLUME_COLOUR = (0.25, 0.55, 0.30, 1.0)
TOO_SMALL_COLOUR = (0.85, 0.20, 0.15, 1.0)
PIN_COLOUR = QColor(232, 93, 4)  # an open pin on this revision
PIN_GREY = QColor(150, 150, 150)  # a pin made on an earlier revision
PIN_RESOLVED = QColor(46, 140, 80)  # drawn dimmed, with a check mark
PIN_SELECTED_RING = QColor(10, 60, 130)

_ON_TOP = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: False, GL.GL_CULL_FACE: False}
_BOX_EDGES = (
    (0, 1),
    (1, 3),
    (3, 2),
    (2, 0),
    (4, 5),
    (5, 7),
    (7, 6),
    (6, 4),
    (0, 4),
    (1, 5),
    (2, 6),
    (3, 7),
)


class ViewerScene:
    def __init__(self, view: DesignGLView) -> None:
        self.view = view
        self.shader = lit_shader()  # one program for both levels, compiled when GL starts
        view.precompile.append(self.shader)
        self.light = FaceMeshItem(self.shader)
        self.full: FaceMeshItem | None = None
        view.addItem(self.light)
        self._faces, self._edges = True, False
        self.clip: tuple[int, float] | None = None  # the section plane: beyond it is not drawn
        self.measure_line = GLLinePlotItem(color=MEASURE_COLOUR, width=3.0, mode="line_strip")
        self.measure_points = GLScatterPlotItem(color=MEASURE_COLOUR, size=11.0, pxMode=True)
        self.measure_label = LabelItem(color=QColor(10, 60, 130), font=_bold_font())
        self.section_lines = GLLinePlotItem(color=SECTION_COLOUR, width=3.0, mode="lines")
        self.volume_box = GLLinePlotItem(color=VOLUME_COLOUR, width=2.0, mode="lines")
        self.bed = GLGridItem(color=(60, 110, 70, 90))
        self.pins = PinMarkersItem()
        self.pins.setDepthValue(30)  # over everything else
        view.addItem(self.pins)
        self.volume_box.setGLOptions("opaque")
        for item in (self.measure_line, self.measure_points, self.section_lines):
            item.setGLOptions(_ON_TOP)  # never hidden behind the part
        for item in (self.measure_line, self.measure_points, self.measure_label):
            item.setDepthValue(20)  # drawn after the meshes
        for item in (self.section_lines, self.volume_box, self.bed):
            item.setDepthValue(10)
        for item in (
            self.measure_line,
            self.measure_points,
            self.measure_label,
            self.section_lines,
            self.volume_box,
            self.bed,
        ):
            item.setVisible(False)
            view.addItem(item)

    # --- the part ----------------------------------------------------------------------------
    def set_light(self, draw: DrawArrays) -> None:
        self.light.set_arrays(draw.positions, draw.normals, draw.colours)
        self.light.set_style(self._faces, self._edges)
        self._show_level()

    def set_full(self, draw: DrawArrays) -> None:
        if self.full is None:
            self.full = FaceMeshItem(self.shader)
            self.view.addItem(self.full)
        self.full.set_arrays(draw.positions, draw.normals, draw.colours)
        self.full.set_style(self._faces, self._edges)
        self._show_level()

    def level(self) -> str:
        return "full" if self.full is not None and self.full.visible() else "light"

    def _show_level(self) -> None:
        full = self.full is not None and not self.view.is_moving
        self.light.setVisible(not full)
        if self.full is not None:
            self.full.setVisible(full)
        self.view.update()

    def on_moving(self) -> None:
        self._show_level()

    def on_settled(self) -> None:
        self._show_level()

    def set_style(self, style: str) -> None:
        """'shaded', 'wireframe' or 'both'."""
        self._faces = style in ("shaded", "both")
        self._edges = style in ("wireframe", "both")
        for item in self._meshes():
            item.set_style(self._faces, self._edges)

    def set_colours(self, light: NDArray[np.uint8], full: NDArray[np.uint8] | None) -> None:
        self.light.set_colours(light)
        if self.full is not None and full is not None:
            self.full.set_colours(full)

    @property
    def edges_shown(self) -> bool:
        return self._edges

    def set_clip(self, axis: int | None, offset: float = 0.0) -> None:
        """Cut the part away beyond axis = offset (None: show it whole)."""
        self.clip = None if axis is None else (axis, float(offset))
        self.pins.clip = self.clip
        self.shader["u_clip"] = NO_CLIP if axis is None else clip_plane(axis, offset)
        self.view.update()

    def show_faces(self, light: NDArray[np.int64] | None, full: NDArray[np.int64] | None) -> None:
        self.light.show_faces(light)
        if self.full is not None:
            self.full.show_faces(full)

    def _meshes(self) -> list[FaceMeshItem]:
        return [self.light] + ([self.full] if self.full is not None else [])

    # --- overlays ----------------------------------------------------------------------------
    def show_measure(self, points: list[NDArray[np.float64]], label: str = "") -> None:
        if not points:
            for item in (self.measure_line, self.measure_points, self.measure_label):
                item.setVisible(False)
            return
        pts = np.asarray(points, dtype=np.float64)
        ends = pts if len(pts) <= 2 else pts[:0]  # a hole's rim is drawn as a line only
        self.measure_points.setData(pos=ends, color=MEASURE_COLOUR, size=11.0)
        self.measure_points.setVisible(len(ends) > 0)
        self.measure_line.setData(pos=pts, color=MEASURE_COLOUR, width=3.0)
        self.measure_line.setVisible(len(pts) > 1)
        self.measure_label.setData(pos=pts.mean(axis=0), text=label)
        self.measure_label.setVisible(bool(label))

    def show_section(self, segments: NDArray[np.float64] | None) -> None:
        if segments is None or len(segments) == 0:
            self.section_lines.setVisible(False)
            return
        self.section_lines.setData(pos=segments.reshape(-1, 3), color=SECTION_COLOUR, width=3.0)
        self.section_lines.setVisible(True)

    def show_volume(
        self,
        lo: NDArray[np.float64],
        hi: NDArray[np.float64],
        size: tuple[float, float, float] | None,
        fits: bool,
    ) -> None:
        """The build volume standing on the part's lowest point, centred under it."""
        if size is None:
            self.volume_box.setVisible(False)
            self.bed.setVisible(False)
            return
        sx, sy, sz = size
        mid = (lo + hi) / 2.0
        corner = np.array([mid[0] - sx / 2, mid[1] - sy / 2, lo[2]])
        corners = np.array(
            [
                corner + np.array([x * sx, y * sy, z * sz])
                for z in (0, 1)
                for y in (0, 1)
                for x in (0, 1)
            ]
        )
        pos = corners[np.asarray(_BOX_EDGES).reshape(-1)]
        colour = VOLUME_COLOUR if fits else TOO_SMALL_COLOUR
        self.volume_box.setData(pos=pos, color=colour, width=2.0)
        self.volume_box.setVisible(True)
        self.bed.setSize(sx, sy)
        step = _grid_step(max(sx, sy))
        self.bed.setSpacing(step, step)
        self.bed.resetTransform()
        self.bed.translate(mid[0], mid[1], lo[2])
        self.bed.setVisible(True)

    def show_pins(
        self,
        markers: Sequence[PinMarker],
        pending: tuple[float, float, float] | None = None,
    ) -> None:
        """Draw the numbered pins, and a "+" where a pin is about to be made."""
        badges = [_badge(m) for m in sorted(markers, key=lambda m: (m.selected, not m.greyed))]
        if pending is not None:
            badges.append(Badge("", pending, "+", PIN_COLOUR, selected=True))
        self.pins.set_badges(badges)
        self.view.update()

    def pin_at(self, pos: QPointF) -> str | None:
        """The id of the pin drawn at this logical pixel (the topmost), if any."""
        return self.pins.badge_at(pos)


@dataclass(frozen=True)
class Badge:
    """One marker as drawn: a dot on the point and a round label above it."""

    id: str
    point: tuple[float, float, float]
    text: str
    colour: QColor
    selected: bool = False
    dimmed: bool = False


def _badge(m: PinMarker) -> Badge:
    colour = PIN_GREY if m.greyed else PIN_RESOLVED if m.resolved else PIN_COLOUR
    text = f"{m.number} ✓" if m.resolved else str(m.number)
    return Badge(m.id, m.point, text, colour, m.selected, dimmed=m.resolved and not m.selected)


class PinMarkersItem(GLGraphicsItem):  # type: ignore[misc]
    """The review's pins, drawn over the part with QPainter: a dot on the point, a stem and
    the number in a round label. A pin the part hides (the depth drawn at its pixel is
    nearer than the pin), or on what the section plane cut away, is drawn faint: still
    there to click, but plainly not on the face in front of it."""

    def __init__(self) -> None:
        super().__init__()
        self.setGLOptions(_ON_TOP)
        self.badges: list[Badge] = []
        self.clip: tuple[int, float] | None = None
        # as last drawn, for clicks: label, dot, id, hidden
        self.drawn: list[tuple[QRectF, QPointF, str, bool]] = []
        self._font = _bold_font()
        self._font.setPointSizeF(9.5)

    def set_badges(self, badges: list[Badge]) -> None:
        self.badges = badges
        self.setVisible(bool(badges))
        self.update()

    def badge_at(self, pos: QPointF) -> str | None:
        for label, dot, pin_id, _hidden in reversed(self.drawn):
            near_dot = (pos - dot).manhattanLength() <= 9.0
            if pin_id and (label.adjusted(-3, -3, 3, 3).contains(pos) or near_dot):
                return pin_id
        return None

    def paint(self) -> None:
        self.drawn = []
        if not self.badges:
            return
        self.setupGLState()
        view = self.view()
        rect = QRectF(view.rect())
        mvp = self.mvpMatrix()
        to_pixels = QMatrix4x4()
        to_pixels.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        to_pixels = to_pixels * mvp
        shown: list[tuple[Badge, QPointF, bool]] = []
        for badge in self.badges:
            point = QVector3D(*badge.point)
            if not -1.0 <= mvp.map(point).z() <= 1.0:
                continue  # behind the camera
            at = to_pixels.map(point).toPointF()
            if rect.adjusted(-40, -40, 40, 40).contains(at):
                hidden = self._cut_away(badge.point) or self._behind_part(point, at, mvp)
                shown.append((badge, at, hidden))
        shown.sort(key=lambda x: not x[2])  # the faint ones under the others
        painter = QPainter(view)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.setFont(self._font)
        metrics = QFontMetrics(self._font)
        for badge, at, hidden in shown:
            label = _draw_badge(painter, metrics, badge, at, faint=hidden)
            self.drawn.append((label, at, badge.id, hidden))
        painter.end()

    def _cut_away(self, point: tuple[float, float, float]) -> bool:
        return self.clip is not None and point[self.clip[0]] > self.clip[1]

    def _behind_part(self, point: QVector3D, at: QPointF, mvp: QMatrix4x4) -> bool:
        """Whether the part drawn at the pin's pixel is nearer than the pin (by more than
        1 % of the way to the camera: the pin lies on the surface)."""
        view = self.view()
        eye = view.cameraPosition()
        ratio = view.devicePixelRatioF()
        x, y = int(at.x() * ratio), int((view.height() - at.y()) * ratio)
        inside = 0 <= x < view.width() * ratio and 0 <= y < view.height() * ratio
        if not inside or view.format().samples() > 1:  # a multisampled buffer is not read
            return False
        try:
            raw = GL.glReadPixels(x, y, 1, 1, GL.GL_DEPTH_COMPONENT, GL.GL_FLOAT)
        except Exception:  # a driver that cannot read depth: draw every pin plainly
            return False
        values = np.frombuffer(raw, np.float32) if isinstance(raw, bytes) else np.asarray(raw)
        drawn = 2.0 * float(values.reshape(-1)[0]) - 1.0
        nearer = point + (eye - point) * 0.01
        return drawn < float(mvp.map(nearer).z())


def _draw_badge(
    painter: QPainter, metrics: QFontMetrics, b: Badge, at: QPointF, *, faint: bool
) -> QRectF:
    """The dot at `at`, a stem and the label above it; returns where the label is."""
    grow = 4.0 if b.selected else 0.0
    height = metrics.height() + 6.0 + grow
    label = QRectF(0, 0, max(metrics.horizontalAdvance(b.text) + 10.0 + grow, height), height)
    label.moveCenter(at + QPointF(0, -(height / 2 + 12.0)))
    painter.setOpacity((0.6 if b.dimmed else 1.0) * (0.35 if faint else 1.0))
    painter.setPen(QPen(b.colour, 2.0))
    painter.drawLine(at, QPointF(at.x(), label.bottom()))
    if b.selected:
        painter.setPen(QPen(PIN_SELECTED_RING, 2.5))
    else:
        painter.setPen(QPen(QColor(255, 255, 255), 1.5))
    painter.setBrush(b.colour)
    painter.drawEllipse(at, 4.0, 4.0)
    painter.drawRoundedRect(label, height / 2, height / 2)
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), b.text)
    painter.setOpacity(1.0)
    return label


class LabelItem(GLTextItem):  # type: ignore[misc]
    """Text at a 3D point on a pale rounded box, readable over the part and background."""

    def __init__(self, **kwds: object) -> None:
        super().__init__(glOptions=_ON_TOP, **kwds)

    def paint(self) -> None:
        if not self.text:
            return
        self.setupGLState()
        at = self.compute_projection().map(QVector3D(*self.pos)).toPointF()
        metrics = QFontMetrics(self.font)
        box = QRectF(metrics.boundingRect(self.text)).adjusted(-6, -3, 6, 3)
        box.moveCenter(at + QPointF(0, -box.height()))
        painter = QPainter(self.view())
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.setPen(QColor(10, 60, 130))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self.font)
        painter.setPen(self.color)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.text)
        painter.end()


def _grid_step(size: float) -> float:
    for step in (1.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0):
        if size / step <= 30:
            return step
    return 1000.0


def _bold_font() -> QFont:
    font = QFont()
    font.setPointSizeF(11.0)
    font.setBold(True)
    return font
