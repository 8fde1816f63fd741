"""The 3D design viewer: `open_design_viewer` shows one window per revision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.app_context import AppContext
    from ui.designs.viewer.design_viewer import DesignViewerWindow

_open: dict[str, DesignViewerWindow] = {}


def open_design_viewer(
    ctx: AppContext, revision_id: str, parent: QWidget | None = None
) -> DesignViewerWindow:
    """Show the revision's viewer window, raising it if it is open already."""
    from ui.designs.viewer.design_viewer import DesignViewerWindow

    window = _open.get(revision_id)
    if window is None:
        window = DesignViewerWindow(ctx, revision_id, parent)
        _open[revision_id] = window
        window.destroyed.connect(lambda _=None, r=revision_id: _open.pop(r, None))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_viewer(revision_id: str) -> DesignViewerWindow | None:
    """The revision's viewer window if one is open."""
    return _open.get(revision_id)


_warm: list[bool] = []


def warm_up(ctx: AppContext) -> None:
    """Import the viewer (pyqtgraph's OpenGL part, PyOpenGL: ~0.4 s) on the task pool,
    once, so that opening the first viewer window does not stall the UI thread."""
    if _warm:
        return
    _warm.append(True)

    def load(_task: object) -> None:
        import importlib

        for name in ("design_viewer", "gl_view", "scene"):
            importlib.import_module(f"ui.designs.viewer.{name}")

    def probe(_result: object) -> None:
        # whether OpenGL works is asked once (a context of its own: ~50 ms under software
        # GL); asked now, at the user's pause, it is not part of opening the window
        from ui.designs.viewer.gl_check import opengl_problem

        opengl_problem()

    ctx.tasks.run(load, on_done=probe, label="")
