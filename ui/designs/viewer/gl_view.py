"""The OpenGL view: pyqtgraph's orbit/pan/zoom plus picking, fitting and a camera flight.

Left drag orbits, middle drag or Shift + left drag pans, the wheel zooms (GLViewWidget).
A click that does not move selects a point (`clicked`). While the view moves the window
draws its light level of detail: `moving` is emitted on the first move and `settled`
250 ms after the last. If OpenGL fails when the widget starts, `gl_failed` says so and
nothing more is drawn.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import shiboken6
from numpy.typing import NDArray
from pyqtgraph.opengl import (
    GLImageItem,
    GLLinePlotItem,
    GLScatterPlotItem,
    GLViewWidget,
    shaders,
)
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QVector3D, QWheelEvent

from cad.measure import pixel_ray, project

log = logging.getLogger(__name__)

STANDARD_VIEWS = {  # (elevation, azimuth): the camera sits on that side of the part
    "front": (0.0, -90.0),
    "top": (90.0, -90.0),
    "right": (0.0, 0.0),
    "iso": (30.0, -55.0),
}
_PROGRAM_CLASSES = (GLLinePlotItem, GLScatterPlotItem, GLImageItem)
_CLICK_SLOP = 4.0  # pixels a click may move and still be a click
_SETTLE_MS = 250
_FLY_STEPS = 12


class DesignGLView(GLViewWidget):  # type: ignore[misc]
    clicked = Signal(float, float)  # logical pixel of a click that did not drag
    moving = Signal()
    settled = Signal()
    gl_failed = Signal(str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setBackgroundColor((246, 247, 249))
        self.failed = False
        self.is_moving = False
        self._programs: dict[int, object] = {}
        self.precompile: list[shaders.ShaderProgram] = []  # compiled in initializeGL
        self._press: QPointF | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._fly = QTimer(self)
        self._fly.setInterval(16)
        self._fly.timeout.connect(self._on_fly_step)
        self._fly_path: list[tuple[NDArray[np.float64], float, tuple[float, float] | None]] = []

    # --- OpenGL, guarded ---------------------------------------------------------------------
    def initializeGL(self) -> None:
        try:
            super().initializeGL()
        except Exception as exc:  # an old driver, a remote desktop: fall back to a picture
            self._fail(exc)
            return
        # compile while the window opens, not when the first mesh arrives, but on the next
        # turn of the event loop: the context's start and the compile are a stall each
        QTimer.singleShot(0, self._precompile)

    def _precompile(self) -> None:
        if self.failed or not shiboken6.isValid(self) or not self.precompile:
            return
        try:
            self.makeCurrent()
            es2 = self.context().hasExtension(b"GL_ARB_ES2_compatibility")
            for program in self.precompile:
                if self._programs.get(id(program)) is not None:
                    continue  # the first paint needed it already
                program.prog = None
                program.program(es2_compat=es2)
                self._programs[id(program)] = program.prog
            self.doneCurrent()
        except Exception as exc:
            self._fail(exc)

    def paintGL(self) -> None:
        if self.failed:
            return
        # Shader programs belong to one context, pyqtgraph keeps one per shader and per
        # item class: swap in this view's, so two viewer windows (two contexts) do not
        # use each other's.
        programs = list(shaders.ShaderProgram.names.values())
        for program in programs:
            program.prog = self._programs.get(id(program))
        for klass in _PROGRAM_CLASSES:
            klass._shaderProgram = self._programs.get(id(klass))
        try:
            super().paintGL()
        except Exception as exc:
            self._fail(exc)
        finally:
            for program in programs:
                self._programs[id(program)] = program.prog
            for klass in _PROGRAM_CLASSES:
                self._programs[id(klass)] = klass._shaderProgram

    def _fail(self, exc: BaseException) -> None:
        log.warning("OpenGL failed in the 3D view: %s", exc)
        self.failed = True
        QTimer.singleShot(0, lambda: self.gl_failed.emit(str(exc)))

    # --- mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, ev: QMouseEvent) -> None:
        self._press = ev.position()
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        self._fly.stop()
        self._set_moving()
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if shift and ev.buttons() == Qt.MouseButton.LeftButton:
            pos = ev.position()
            diff = pos - self.mousePos  # type: ignore[has-type]
            self.mousePos = pos
            self.pan(diff.x(), diff.y(), 0, relative="view")
            return
        super().mouseMoveEvent(ev)

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is not None and ev.button() == Qt.MouseButton.LeftButton:
            moved = ev.position() - press
            if math.hypot(moved.x(), moved.y()) <= _CLICK_SLOP:
                self.clicked.emit(ev.position().x(), ev.position().y())
        if self.is_moving:
            self._settle.start()

    def wheelEvent(self, ev: QWheelEvent) -> None:
        self._fly.stop()
        self._set_moving()
        super().wheelEvent(ev)
        self._settle.start()

    def _set_moving(self) -> None:
        self._settle.stop()
        if not self.is_moving:
            self.is_moving = True
            self.moving.emit()

    def _on_settle_timeout(self) -> None:
        self.is_moving = False
        self.settled.emit()

    # --- camera ------------------------------------------------------------------------------
    def mvp(self) -> NDArray[np.float64]:
        """Projection × view as a row-major numpy matrix (the widget's own matrices)."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        m = self.projectionMatrix((0, 0, w, h), (0, 0, w, h)) * self.viewMatrix()
        return np.asarray(m.data(), dtype=np.float64).reshape(4, 4).T

    def ray_at(self, x: float, y: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """The ray from the camera through the logical pixel (x, y)."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        return pixel_ray(np.linalg.inv(self.mvp()), 2.0 * x / w - 1.0, 1.0 - 2.0 * y / h)

    def pixel_of(self, point: NDArray[np.float64] | tuple[float, float, float]) -> QPointF:
        """Where a 3D point shows, in logical pixels."""
        nx, ny = project(self.mvp(), point)
        return QPointF((nx + 1.0) * 0.5 * self.width(), (1.0 - ny) * 0.5 * self.height())

    def center(self) -> NDArray[np.float64]:
        c = self.opts["center"]
        return np.array([c.x(), c.y(), c.z()])

    def fit_distance(self, lo: NDArray[np.float64], hi: NDArray[np.float64]) -> float:
        """How far the camera must stand for the box's bounding sphere to fill the view."""
        radius = max(float(np.linalg.norm(hi - lo)) / 2.0, 1e-3)
        half_w = math.radians(self.opts["fov"]) / 2.0
        aspect = max(self.height(), 1) / max(self.width(), 1)
        half_h = math.atan(math.tan(half_w) * aspect)
        return radius / math.sin(min(half_w, half_h)) * 1.05

    def fit(
        self, lo: NDArray[np.float64], hi: NDArray[np.float64], *, animate: bool = False
    ) -> None:
        self.fly_to((lo + hi) / 2.0, self.fit_distance(lo, hi), animate=animate)

    def set_standard_view(self, name: str) -> None:
        elevation, azimuth = STANDARD_VIEWS[name]
        self.setCameraPosition(elevation=elevation, azimuth=azimuth)
        self.update()

    def camera(self) -> dict[str, Any]:
        """Where the camera is, as plain numbers: what `set_camera` takes back."""
        return {
            "center": [float(c) for c in self.center()],
            "distance": float(self.opts["distance"]),
            "elevation": float(self.opts["elevation"]),
            "azimuth": float(self.opts["azimuth"]),
            "fov": float(self.opts["fov"]),
        }

    def set_camera(self, camera: Mapping[str, Any], *, animate: bool = True) -> None:
        """Go back to a camera `camera()` gave; a key missing or not a number is kept as is
        (the dict may come from another computer's pin)."""
        now = self.camera()
        centre = camera.get("center")
        if not (isinstance(centre, list | tuple) and len(centre) == 3 and all(map(_real, centre))):
            centre = now["center"]
        distance = _number(camera, "distance", now["distance"], 1e-6, 1e9)
        elevation = _number(camera, "elevation", now["elevation"], -90.0, 90.0)
        azimuth = _number(camera, "azimuth", now["azimuth"], -1e6, 1e6)
        self.opts["fov"] = _number(camera, "fov", now["fov"], 1.0, 170.0)
        target = np.asarray(centre, dtype=np.float64)
        self.fly_to(target, distance, animate=animate, angles=(elevation, azimuth))

    def fly_to(
        self,
        centre: NDArray[np.float64],
        distance: float,
        *,
        animate: bool = True,
        angles: tuple[float, float] | None = None,
    ) -> None:
        """Move the camera to look at `centre` from `distance`, and turn it to `angles`
        (elevation, azimuth; None: keep them), in a short flight unless not `animate`."""
        self._fly.stop()
        if not animate:
            self._place(centre, distance, angles)
            return
        start, d0 = self.center(), float(self.opts["distance"])
        e0, a0 = float(self.opts["elevation"]), float(self.opts["azimuth"])
        turn = 0.0
        if angles is not None:  # the short way round, ending on the very angle asked for
            turn = (angles[1] - a0 + 180.0) % 360.0 - 180.0
        self._fly_path = []
        for i in range(1, _FLY_STEPS + 1):
            t = i / _FLY_STEPS
            ease = t * t * (3 - 2 * t)
            step_d = math.exp(math.log(d0) + (math.log(distance) - math.log(d0)) * ease)
            step_angles = None
            if angles is not None:
                step_angles = (e0 + (angles[0] - e0) * ease, a0 + turn * ease)
            self._fly_path.append((start + (centre - start) * ease, step_d, step_angles))
        if angles is not None:
            self._fly_path[-1] = (self._fly_path[-1][0], self._fly_path[-1][1], angles)
        self._set_moving()
        self._fly.start()

    def flying(self) -> bool:
        return self._fly.isActive()

    def _on_fly_step(self) -> None:
        if not self._fly_path:
            self._fly.stop()
            self._settle.start()
            return
        self._place(*self._fly_path.pop(0))

    def _place(
        self,
        centre: NDArray[np.float64],
        distance: float,
        angles: tuple[float, float] | None = None,
    ) -> None:
        x, y, z = (float(c) for c in centre)
        elevation, azimuth = angles if angles is not None else (None, None)
        self.setCameraPosition(
            pos=QVector3D(x, y, z), distance=distance, elevation=elevation, azimuth=azimuth
        )
        self.update()


def _real(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number(camera: Mapping[str, Any], key: str, default: float, lo: float, hi: float) -> float:
    value = camera.get(key)
    if not isinstance(value, int | float) or not _real(value):
        return default
    return min(max(float(value), lo), hi)
