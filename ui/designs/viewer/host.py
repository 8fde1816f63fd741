"""What the viewer's tools (tools.py, findings_tool.py, pin_tool.py) use of their window.

DesignViewerWindow makes the tools and passes itself; typing it by this Protocol lets the
tools do without importing design_viewer.py, which imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from ui.app_context import AppContext
    from ui.designs.viewer.gl_view import DesignGLView
    from ui.designs.viewer.loader import DrawArrays, LoadedDesign
    from ui.designs.viewer.scene import ViewerScene
    from ui.designs.viewer.side_panel import ViewerSidePanel


class ViewerHost(Protocol):
    """`window()` is QWidget's own: the viewer window, parent of a tool's timers."""

    selected_finding: str | None  # the finding painted (None: every error and warning)

    @property
    def ctx(self) -> AppContext: ...
    @property
    def side(self) -> ViewerSidePanel: ...
    @property
    def design(self) -> LoadedDesign | None: ...
    @property
    def full_draw(self) -> DrawArrays | None: ...
    @property
    def view(self) -> DesignGLView | None: ...
    @property
    def scene(self) -> ViewerScene | None: ...
    @property
    def measure_action(self) -> QAction: ...
    @property
    def section_action(self) -> QAction: ...
    def window(self) -> QWidget: ...
    def guarded(self, slot: Callable[[Any], None]) -> Callable[[Any], None]: ...
    def pick_mesh(self) -> tuple[NDArray[np.float64], NDArray[np.int64]]: ...
    def fit_view(self, animate: bool = True) -> None: ...
