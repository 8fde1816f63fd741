"""The 3D viewer on big parts: first frame, UI stalls while loading, orbit frame times.

Run under Xvfb (software OpenGL):
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python benchmarks/bench_viewer.py

(a) A ~4 M-triangle STL (a torus grid, as in bench_cad.py) imported into a fresh workspace
    and opened in `DesignViewerWindow`: the time from opening to the first frame that shows
    the preview, and the longest gap of a 5 ms QTimer heartbeat on the UI thread from
    opening until 1 s after loading ended. Baseline: np.fromfile of the same triangles.
(b) Orbit frame time on a 1 M-triangle part (the full mesh is drawn when still): full
    mesh vs the ≤ 100 k level of detail drawn while dragging, against a bare GLViewWidget
    with a 100 k-face GLMeshItem (pyqtgraph's own flat-shaded path) in the same run.
Prints figures only; the issue's target is a stall < 100 ms.

(The longest stall was 174 ms until cad/mesh.py stopped taking np.cumsum of bool arrays,
which holds the GIL while it casts: ~145 ms at 12 M entries.)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ORBIT_FRAMES = 40


def _workspace_revision(tmp: Path, name: str, nu: int, nv: int) -> tuple[object, str, int]:
    from bench_cad import torus

    from app.designs import designs
    from app.jobs import jobs
    from app.workspace import open_workspace
    from cad.stl import write_binary_stl

    v, f = torus(nu, nv)
    path = tmp / f"{name}.stl"
    write_binary_stl(path, v, f)
    ws = open_workspace(tmp / f"ws-{name}")
    job = jobs.create_job(ws, "bench").value
    return ws, designs.import_design(ws, job, path).value, len(f)


def _context(ws: object) -> object:
    from app.options import UserSettings
    from ui.app_context import AppContext, ChangeBus
    from ui.i18n import Translations
    from ui.paths import resolve_paths
    from ui.tasks import TaskRunner

    paths = resolve_paths()
    translations = Translations()
    translations.apply("en")
    return AppContext(
        paths=paths,
        user_settings=UserSettings(paths.user_settings),
        translations=translations,
        tasks=TaskRunner(),
        bus=ChangeBus(),
        workspace=ws,  # type: ignore[arg-type]
    )


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer: how long the UI thread was stuck."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.gaps: list[tuple[float, float]] = []  # (when, how long) of gaps over 50 ms

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        if now - self.last > 0.05:
            self.gaps.append((self.last, now - self.last))
        self.last = now


def _spin(app: object, until: object, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end and not until():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def open_big(app: object, tmp: Path) -> dict[str, Any]:
    from cad.stl import STL_RECORD
    from ui.designs.viewer.design_viewer import DesignViewerWindow

    ws, rev, n = _workspace_revision(tmp, "torus4m", 2000, 1000)
    stl = next((tmp).glob("torus4m.stl"))
    start = time.perf_counter()
    np.fromfile(stl, dtype=STL_RECORD, offset=84)
    raw = time.perf_counter() - start
    ctx = _context(ws)
    import ui.jobs.detail  # noqa: F401  (what the app has loaded when a viewer opens)
    from ui.designs.viewer import warm_up

    warm_up(ctx)  # as when the user selects the design before clicking "Open in 3D"
    ctx.tasks.wait()  # type: ignore[attr-defined]
    t = time.perf_counter()
    app.processEvents()  # type: ignore[attr-defined]  (the OpenGL probe, at the user's pause)
    probe_ms = (time.perf_counter() - t) * 1000
    beat = Heartbeat()
    frames: list[float] = []
    beat.start()
    start = time.perf_counter()
    window = DesignViewerWindow(ctx, rev)  # type: ignore[arg-type]
    window.resize(1200, 760)
    window.show()

    view_up: list[float] = []  # the first frame of the (empty) 3D view: the window is open

    def on_frame() -> None:
        if not view_up:
            view_up.append(time.perf_counter())
        if window.design is not None and not frames:
            frames.append(time.perf_counter() - start)

    _spin(app, lambda: window.view is not None, 10)
    assert window.view is not None
    window.view.frameSwapped.connect(on_frame)
    _spin(app, lambda: bool(frames) and not window.loading(), 120)
    loaded = time.perf_counter() - start
    _spin(app, lambda: False, 1.0)
    beat.timer.stop()
    frame = _orbit_ms(app, window.view)  # one frame of the preview, for scale
    window.close()
    return {
        "faces": n,
        "probe_ms": probe_ms,
        "raw_parse_s": raw,
        "first_frame_s": frames[0] if frames else float("nan"),
        "loaded_s": loaded,
        "worst_stall_ms": beat.worst * 1000,
        "opening_ms": max((g for t, g in beat.gaps if t < view_up[0]), default=0.0) * 1000,
        "loading_ms": max((g for t, g in beat.gaps if t >= view_up[0]), default=0.0) * 1000,
        "gaps": ", ".join(f"{g * 1000:.0f} ms at {t - start:.2f} s" for t, g in beat.gaps),
        "preview_frame_ms": frame,
        "preview_faces": len(window.design.preview.faces) if window.design else 0,
    }


def _orbit_ms(app: object, view: object) -> float:
    times = []
    for _ in range(ORBIT_FRAMES):
        t = time.perf_counter()
        view.orbit(3.0, 0.0)  # type: ignore[attr-defined]
        view.repaint()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - t)
    return statistics.median(times[5:]) * 1000


def orbit(app: object, tmp: Path) -> dict[str, Any]:
    import pyqtgraph.opengl as gl
    from bench_cad import torus

    from ui.designs.viewer.design_viewer import DesignViewerWindow

    ws, rev, n = _workspace_revision(tmp, "torus1m", 1000, 500)
    window = DesignViewerWindow(_context(ws), rev)  # type: ignore[arg-type]
    window.resize(1200, 760)
    window.show()
    _spin(app, lambda: window.full_draw is not None, 120)
    _spin(app, lambda: False, 0.5)
    assert window.view is not None and window.scene is not None
    full = _orbit_ms(app, window.view)
    level_full = window.scene.level()
    window.view.is_moving = True  # as while the mouse drags
    window.scene.on_moving()
    lod = _orbit_ms(app, window.view)
    level_lod = window.scene.level()
    size = window.view.size()
    window.close()

    v, f = torus(316, 158)
    bare = gl.GLViewWidget()
    bare.resize(size)
    md = gl.MeshData(vertexes=v.astype(np.float32), faces=f)
    bare.addItem(
        gl.GLMeshItem(meshdata=md, smooth=False, shader="shaded", color=(0.6, 0.7, 0.8, 1))
    )
    bare.setCameraPosition(distance=200)
    bare.show()
    _spin(app, lambda: False, 0.5)
    base = _orbit_ms(app, bare)
    return {
        "faces": n,
        "full_ms": full,
        "lod_ms": lod,
        "bare_100k_ms": base,
        "bare_faces": len(f),
        "levels": f"{level_full}/{level_lod}",  # type: ignore[dict-item]
    }


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="bench-viewer-") as folder:
        tmp = Path(folder)
        os.environ["MAKERSQUARE_DATA_DIR"] = str(tmp / "data")
        os.environ["MAKERSQUARE_CONFIG_DIR"] = str(tmp / "config")
        big = open_big(app, tmp)
        turn = orbit(app, tmp)
    report(big, turn)


def report(big: dict[str, Any], turn: dict[str, Any]) -> None:
    fps = 1000.0
    rows = [
        f"(a) open a {big['faces']:,}-triangle STL ({big['preview_faces']:,}-face preview)",
        f"    raw numpy parse           {big['raw_parse_s']:8.2f} s",
        f"    first frame (preview)     {big['first_frame_s']:8.2f} s   "
        f"ratio {big['first_frame_s'] / big['raw_parse_s']:.1f} x raw parse",
        f"    loading finished          {big['loaded_s']:8.2f} s",
        f"    longest UI stall          {big['worst_stall_ms']:8.1f} ms  (target < 100 ms)",
        f"      opening the window      {big['opening_ms']:8.1f} ms  (GL context, until the view's"
        " first frame)",
        f"      while loading           {big['loading_ms']:8.1f} ms  (from then to 1 s after)",
        f"    UI gaps over 50 ms        {big['gaps']}",
        f"    (before: the OpenGL probe when the design was selected, {big['probe_ms']:.0f} ms)",
        f"    one frame of the preview  {big['preview_frame_ms']:8.1f} ms  (for scale)",
        f"(b) orbit frame time, {turn['faces']:,}-triangle part, Xvfb software GL (median)",
        f"    full mesh (still)         {turn['full_ms']:8.1f} ms  "
        f"({fps / turn['full_ms']:.0f} fps)",
        f"    LOD while dragging        {turn['lod_ms']:8.1f} ms  ({fps / turn['lod_ms']:.0f} fps)",
        f"    bare GLViewWidget {turn['bare_faces']:,} f {turn['bare_100k_ms']:6.1f} ms  "
        f"({fps / turn['bare_100k_ms']:.0f} fps)",
        f"    LOD / bare ratio          {turn['lod_ms'] / turn['bare_100k_ms']:8.2f}    "
        f"levels drawn: {turn['levels']}",
    ]
    print("\n".join(rows))


if __name__ == "__main__":
    main()
