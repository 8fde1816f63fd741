"""The viewer's three tools: measuring, the section plane and the build volume.

Each reads the window's loaded design and draws through its scene; the maths is in
`cad.measure` and `cad.section`. Picking and sections run on the full mesh when it is at
most `FULL_DRAW_LIMIT` faces (else on the preview); finding a hole's rim needs the
sharp-edge loops of the whole mesh, so that runs once on the task pool and is kept.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QLocale, QTimer

from cad import measure
from cad.section import AXES, kept_faces, section
from ui.designs.viewer.side_panel import SLIDER_STEPS
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from cad.measure import Hit, PickIndex
    from ui.designs.viewer.host import ViewerHost
    from ui.designs.viewer.scene import ViewerScene

_SNAP_PX = 8.0
_HOLE_PX = 14.0


translate = QCoreApplication.translate


def mm(value: float, decimals: int = 2) -> str:
    return QLocale().toString(float(value), "f", decimals)


class MeasureTool:
    def __init__(self, window: ViewerHost) -> None:
        self.w = window
        self.points: list[NDArray[np.float64]] = []
        self.result: measure.Distance | measure.HoleFit | None = None
        self._loops: list[NDArray[np.int64]] | None = None
        window.side.measure_box.setVisible(False)
        window.side.measure_clear.clicked.connect(self.clear)
        window.side.measure_mode.activated.connect(lambda _i: self.clear())

    def set_active(self, on: bool, *, keep_result: bool = False) -> None:
        """Show or hide the tool; turned off with `keep_result`, what it measured stays
        drawn (the pin tool, taking over the clicks, attaches it to its pins)."""
        self.w.side.measure_box.setVisible(on)
        if keep_result and not on and self.result is not None:
            return
        self.clear()
        if on:
            self.w.side.measure_readout.setText(self._hint())

    def measurements(self) -> list[dict[str, Any]]:
        """The measurement shown, as plain data (none: an empty list)."""
        r = self.result
        if isinstance(r, measure.Distance) and len(self.points) == 2:
            return [
                {
                    "kind": "distance",
                    "value_mm": float(r.length),
                    "points": [[float(c) for c in p] for p in self.points],
                    "dx_mm": float(r.dx),
                    "dy_mm": float(r.dy),
                    "dz_mm": float(r.dz),
                }
            ]
        if isinstance(r, measure.HoleFit):
            return [
                {
                    "kind": "hole",
                    "diameter_mm": float(r.diameter),
                    "centre": [float(c) for c in r.centre],
                    "axis": [float(c) for c in r.normal],
                }
            ]
        return []

    def summary(self) -> str:
        """The measurement shown in a few words ("22.36 mm", "⌀ 8.00 mm"), or ""."""
        r = self.result
        if isinstance(r, measure.Distance):
            return f"{mm(r.length)} mm"
        if isinstance(r, measure.HoleFit):
            return f"⌀ {mm(r.diameter)} mm"
        return ""

    def clear(self) -> None:
        self.points, self.result = [], None
        if self.w.scene is not None:
            self.w.scene.show_measure([])
        self.w.side.measure_readout.setText(
            self._hint() if self.w.measure_action.isChecked() else ""
        )

    def _hint(self) -> str:
        if self.w.side.measure_mode.currentData() == "hole":
            return translate("DesignViewer", "Click on the edge of a hole to measure its diameter.")
        return translate(
            "DesignViewer", "Click two points on the part to measure the distance between them."
        )

    def click(self, x: float, y: float) -> None:
        view = self.w.view
        assert view is not None
        origin, direction = view.ray_at(x, y)
        d = self.w.design
        assert d is not None
        v, f = d.picking.vertices, d.picking.faces
        hit = pick_visible(d.picking, origin, direction, self.w.scene)
        if hit is None:
            self.w.side.measure_readout.setText(
                translate("DesignViewer", "Nothing there: click on the part.")
            )
            return
        px = (
            2.0 * hit.distance * math.tan(math.radians(view.opts["fov"]) / 2) / max(view.width(), 1)
        )
        if self.w.side.measure_mode.currentData() == "hole":
            self._find_hole(np.asarray(hit.point), _HOLE_PX * px)
            return
        point = np.asarray(measure.snap_to_vertex(v, f, hit, _SNAP_PX * px))
        self.add_point(point)

    def add_point(self, point: NDArray[np.float64]) -> None:
        if len(self.points) >= 2:
            self.points = []
        self.points.append(point)
        scene = self.w.scene
        assert scene is not None
        if len(self.points) == 1:
            scene.show_measure(self.points)
            self.result = None
            text = translate("DesignViewer", "First point: %1. Click the second point.").replace(
                "%1", _xyz(point)
            )
            self.w.side.measure_readout.setText(text)
            return
        d = measure.distance(self.points[0], self.points[1])
        self.result = d
        scene.show_measure(self.points, f"{mm(d.length)} mm")
        self.w.side.measure_readout.setText(self._distance_text(d))

    def _distance_text(self, d: measure.Distance) -> str:
        return (
            translate("DesignViewer", "Distance: %1 mm").replace("%1", mm(d.length))
            + "\n"
            + f"ΔX {mm(d.dx)}   ΔY {mm(d.dy)}   ΔZ {mm(d.dz)} mm"
        )

    def _find_hole(self, point: NDArray[np.float64], max_gap: float) -> None:
        d = self.w.design
        assert d is not None
        v, f, loops = d.vertices, d.faces, self._loops
        self.w.side.measure_readout.setText(
            translate("DesignViewer", "Looking for the edge of a hole…")
        )

        def work(_task: TaskContext) -> tuple[measure.HoleFit | None, list[NDArray[np.int64]]]:
            found = loops if loops is not None else measure.edge_loops(measure.sharp_edges(v, f))
            return measure.hole_diameter(v, f, point, max_gap=max_gap, loops=found), found

        self.w.ctx.tasks.run(
            work,
            on_done=self.w.guarded(self._on_hole),
            label=translate("DesignViewer", "Measuring a hole"),
        )

    def _on_hole(self, result: object) -> None:
        assert isinstance(result, tuple)
        fit, self._loops = result
        scene = self.w.scene
        if scene is None:
            return
        if fit is None:
            self.result = None
            scene.show_measure([])
            self.w.side.measure_readout.setText(
                translate(
                    "DesignViewer",
                    "No round hole edge near that point: click right on the rim of a hole.",
                )
            )
            return
        self.result = fit
        loop = np.vstack([fit.loop, fit.loop[:1]])
        scene.show_measure(list(loop), f"⌀ {mm(fit.diameter)} mm")
        self.w.side.measure_readout.setText(
            translate("DesignViewer", "Hole diameter: %1 mm").replace("%1", mm(fit.diameter))
            + "\n"
            + translate("DesignViewer", "Centre: %1").replace("%1", _xyz(np.asarray(fit.centre)))
        )

    def retranslate(self) -> None:
        if self.result is None and not self.points:
            self.clear()


class SectionTool:
    def __init__(self, window: ViewerHost) -> None:
        self.w = window
        self.active = False
        self.result: object = None
        self._exact: tuple[int, float] | None = None  # a plane put back by `show_plane`
        side = window.side
        side.section_box.setVisible(False)
        self._timer = QTimer(window.window())
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.update)
        side.section_slider.valueChanged.connect(lambda _v: self._on_moved())
        side.section_slider.sliderReleased.connect(self.update)
        side.section_axis.currentIndexChanged.connect(lambda _i: self._on_moved(at_once=True))

    def _on_moved(self, at_once: bool = False) -> None:
        self._exact = None  # the user moved the plane
        if at_once:
            self.update()
        else:
            self._timer.start()

    def set_active(self, on: bool) -> None:
        self.active = on
        self.w.side.section_box.setVisible(on)
        if on:
            self.update()
            return
        self.result, self._exact = None, None
        self.cut(None)
        if self.w.scene is not None:
            self.w.scene.show_section(None)
        self.w.side.section_offset.clear()
        self.w.side.section_readout.clear()

    def plane(self) -> dict[str, Any] | None:
        """The section plane as plain data, {"axis": 0 | 1 | 2, "offset": mm}, or None."""
        if not self.active or self.w.design is None:
            return None
        axis, offset = self.offset()
        return {"axis": axis, "offset": offset}

    def show_plane(self, plane: dict[str, Any] | None) -> None:
        """Put back a plane `plane()` gave, exactly (None, or not a plane: no section)."""
        d, side = self.w.design, self.w.side
        exact = _plane(plane)
        if d is None or exact is None:
            if self.active:
                self.w.section_action.setChecked(False)
                self.set_active(False)
            return
        axis, offset = exact
        span = float(d.hi[axis] - d.lo[axis])
        frac = (offset - float(d.lo[axis])) / span if span > 0 else 0.5
        for widget in (side.section_axis, side.section_slider):
            widget.blockSignals(True)
        side.section_axis.setCurrentIndex(axis)
        side.section_slider.setValue(round(min(max(frac, 0.0), 1.0) * SLIDER_STEPS))
        for widget in (side.section_axis, side.section_slider):
            widget.blockSignals(False)
        self._exact = exact
        self.w.section_action.setChecked(True)
        if self.active:
            self.update()
        else:
            self.set_active(True)

    def offset(self) -> tuple[int, float]:
        d = self.w.design
        assert d is not None
        axis = self.w.side.section_axis.currentIndex()
        if self._exact is not None and self._exact[0] == axis:
            return self._exact
        frac = self.w.side.section_slider.value() / SLIDER_STEPS
        lo, hi = d.lo[axis], d.hi[axis]
        return axis, float(lo + (hi - lo) * frac)

    def update(self) -> None:
        d, scene = self.w.design, self.w.scene
        if not self.active or d is None or scene is None:
            return
        axis, offset = self.offset()
        if self.w.side.section_slider.isSliderDown():  # while dragging: the light mesh
            cut = section(d.preview.vertices, d.preview.faces, axis, offset)
        else:
            cut = section(*self.w.pick_mesh(), axis, offset)
        self.result = cut
        self.cut(axis, offset)
        scene.show_section(cut.segments)
        self.w.side.section_offset.setText(f"{AXES[axis].upper()} = {mm(offset)} mm")
        self.w.side.section_readout.setText(self._text(cut.loops, cut.open_chains, cut.area))

    def cut(self, axis: int | None, offset: float = 0.0) -> None:
        """Cut the part away above the plane on both levels of detail (None: no cut)."""
        d, scene, full_draw = self.w.design, self.w.scene, self.w.full_draw
        if d is None or scene is None:
            return
        scene.set_clip(axis, offset)
        if axis is None or not scene.edges_shown:  # edges have no clip plane: cut by face
            scene.show_faces(None, None)
            return
        light = np.flatnonzero(kept_faces(d.preview.vertices, d.preview.faces, axis, offset))
        full = None
        if full_draw is not None:
            full = np.flatnonzero(kept_faces(d.vertices, d.faces, axis, offset))
        scene.show_faces(light, full)

    def _text(self, loops: int, open_chains: int, area: float) -> str:
        if loops == 0 and open_chains == 0:
            return translate("DesignViewer", "The plane does not cut the part.")
        if loops == 1:
            text = translate("DesignViewer", "1 closed loop")
        else:
            text = translate("DesignViewer", "%1 closed loops").replace(
                "%1", QLocale().toString(loops)
            )
        text += " · " + translate("DesignViewer", "area %1 mm²").replace("%1", mm(abs(area), 1))
        if open_chains:
            text += "\n" + translate(
                "DesignViewer", "%1 open pieces: the surface has holes here."
            ).replace("%1", QLocale().toString(open_chains))
        return text

    def refresh(self) -> None:
        self.update()


class VolumeTool:
    def __init__(self, window: ViewerHost) -> None:
        self.w = window
        self.active = False
        window.side.volume_box.setVisible(False)
        window.side.machine_combo.activated.connect(lambda _i: self.update(fit=True))

    def set_active(self, on: bool) -> None:
        self.active = on
        self.w.side.volume_box.setVisible(on)
        self.update(fit=True)

    def size(self) -> tuple[float, float, float] | None:
        d = self.w.design
        if not self.active or d is None:
            return None
        machine_id = self.w.side.machine_combo.currentData()
        machine = next((m for m in d.machines if m.id == machine_id), None)
        return machine.build_mm if machine is not None else None

    def box(self) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
        size, d = self.size(), self.w.design
        if size is None or d is None:
            return None
        mid = (d.lo + d.hi) / 2.0
        lo = np.array([mid[0] - size[0] / 2, mid[1] - size[1] / 2, d.lo[2]])
        return lo, lo + np.asarray(size)

    def update(self, fit: bool = False) -> None:
        d, scene = self.w.design, self.w.scene
        if d is None or scene is None:
            return
        size = self.size()
        part = d.hi - d.lo
        fits = size is not None and bool((part <= np.asarray(size) + 1e-6).all())
        scene.show_volume(d.lo, d.hi, size, fits)
        self.w.side.volume_readout.setText(self._text(part, size, fits))
        if fit:
            self.w.fit_view(animate=True)

    def _text(
        self, part: NDArray[np.float64], size: tuple[float, float, float] | None, fits: bool
    ) -> str:
        if size is None:
            return ""
        dims = " × ".join(mm(x, 1) for x in part)
        if fits:
            return translate("DesignViewer", "The part (%1 mm) fits as it sits.").replace(
                "%1", dims
            )
        return translate(
            "DesignViewer",
            "The part (%1 mm) does not fit as it sits: turn it or choose a bigger machine.",
        ).replace("%1", dims)

    def refresh(self) -> None:
        self.update()


def pick_visible(
    index: PickIndex,
    origin: NDArray[np.float64],
    direction: NDArray[np.float64],
    scene: ViewerScene | None,
) -> Hit | None:
    """The first point the ray meets on the part as drawn: with the section on, not on the
    side the plane cuts away (coordinate > offset), which is not drawn."""
    clip = scene.clip if scene is not None else None
    if clip is None:
        return index.pick(origin, direction)
    axis, offset = clip
    d = np.asarray(direction, dtype=np.float64)
    d = d / np.linalg.norm(d)
    start, skipped = np.asarray(origin, dtype=np.float64), 0.0
    if start[axis] > offset:  # the camera is on the cut side: start where the ray crosses
        if d[axis] >= 0.0:
            return None
        skipped = (offset - start[axis]) / d[axis]
        start = start + skipped * d
    hit = index.pick(start, d)
    if hit is None or hit.point[axis] > offset + 1e-9 * max(1.0, abs(offset)):
        return None  # leaving the kept side, the ray meets only what was cut away
    return replace(hit, distance=hit.distance + skipped)


def _plane(plane: object) -> tuple[int, float] | None:
    """(axis, offset) of a plane dict that holds one (it may come from another computer)."""
    if not isinstance(plane, dict):
        return None
    axis, offset = plane.get("axis"), plane.get("offset")
    if not isinstance(axis, int) or isinstance(axis, bool) or axis not in (0, 1, 2):
        return None
    if not isinstance(offset, int | float) or not math.isfinite(offset):
        return None
    return axis, float(offset)


def _xyz(p: NDArray[np.float64]) -> str:
    return f"X {mm(p[0])}  Y {mm(p[1])}  Z {mm(p[2])}"
