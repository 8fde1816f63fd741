"""The 3D design viewer: one non-modal window per revision.

Loading runs on the task pool in two stages (the decimated preview first, then the full
mesh if it is small enough to orbit), with progress and Cancel; the window never waits.
Where OpenGL does not work the window shows the revision's thumbnail and says why.

In a review the window also pins comments (`set_pinning_enabled`, `pin_placed`), draws the
review's pins (`set_pins`) and flies back to a pin's view (`restore_view`); the review panel
docks beside the view and calls these. The tools live in their own modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.designs.designs import RevisionRow, get_revision
from ui.app_context import AppContext
from ui.designs.viewer.actions import ViewerActions
from ui.designs.viewer.findings_tool import FindingsTool
from ui.designs.viewer.gl_check import opengl_problem
from ui.designs.viewer.loader import (
    FULL_DRAW_LIMIT,
    DrawArrays,
    LoadedDesign,
    full_arrays,
    load_design,
)
from ui.designs.viewer.pin_tool import PinTool
from ui.designs.viewer.pins import PinMarker
from ui.designs.viewer.side_panel import ViewerSidePanel
from ui.designs.viewer.tools import MeasureTool, SectionTool, VolumeTool
from ui.tasks import Task, TaskContext

if TYPE_CHECKING:
    from ui.designs.viewer.gl_view import DesignGLView
    from ui.designs.viewer.scene import ViewerScene

log = logging.getLogger(__name__)


class DesignViewerWindow(QMainWindow):
    pin_placed = Signal(object)  # a PinPlacement: the pin tool was clicked on the part
    marker_clicked = Signal(str)  # a pin's id: its marker was clicked with no tool on

    def __init__(self, ctx: AppContext, revision_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("designViewer")
        self.ctx = ctx
        self.revision_id = revision_id
        self.revision: RevisionRow | None = None
        self.design: LoadedDesign | None = None
        self.full_draw: DrawArrays | None = None
        self.selected_finding: str | None = None
        self._task: Task | None = None
        self._stage = ""
        self.resize(1180, 760)
        self.stack = QStackedWidget()
        self.side = ViewerSidePanel()
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        body = QWidget()
        bv = QVBoxLayout(body)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addWidget(splitter, 1)
        bv.addWidget(self._busy_row())
        self.setCentralWidget(body)
        self.fallback = self._fallback_page()
        self.view: DesignGLView | None = None
        self.scene: ViewerScene | None = None
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("viewerToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.toolbar_actions = ViewerActions(self, self.toolbar)
        self._connect_actions()
        problem = opengl_problem()
        self.stack.addWidget(QWidget())  # blank until the 3D view or the picture is ready
        self.stack.addWidget(self.fallback)
        self.measure = MeasureTool(self)
        self.section_tool = SectionTool(self)
        self.volume = VolumeTool(self)
        self.findings = FindingsTool(self)
        self.pins = PinTool(self, self.measure, self.section_tool)
        ctx.tasks.task_progress.connect(self._on_task_progress)
        self.retranslate()
        self._set_tools_enabled(False)
        if problem is None:
            self._start_loading()
            # the GL widget once the window is up: its start-up is a stall of its own
            QTimer.singleShot(20, self, self._make_view)
        else:
            self.show_fallback(problem)

    # --- building --------------------------------------------------------------------------
    def _make_view(self) -> None:
        from ui.designs.viewer.gl_view import DesignGLView
        from ui.designs.viewer.scene import ViewerScene

        if self.view is not None or self.stack.currentWidget() is self.fallback:
            return
        view = DesignGLView()
        view.setObjectName("designGLView")
        scene = ViewerScene(view)
        view.moving.connect(scene.on_moving)
        view.settled.connect(scene.on_settled)
        view.gl_failed.connect(self.show_fallback)
        view.clicked.connect(self._on_view_clicked)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.view, self.scene = view, scene
        self.pins.draw()  # pins set before the view was there

    def _fallback_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.fallback_picture = QLabel()
        self.fallback_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fallback_picture.setObjectName("fallbackPicture")
        self.fallback_note = QLabel()
        self.fallback_note.setObjectName("fallbackNote")
        self.fallback_note.setWordWrap(True)
        self.fallback_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        v.addStretch(1)
        v.addWidget(self.fallback_picture)
        v.addWidget(self.fallback_note)
        v.addStretch(1)
        return page

    def _busy_row(self) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(8, 2, 8, 4)
        self.status_label = QLabel()
        self.status_label.setObjectName("viewerStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_loading)
        for w in (self.progress, self.cancel_button):  # hiding them must not resize the view
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
        h.addWidget(self.status_label, 1)
        h.addWidget(self.progress)
        h.addWidget(self.cancel_button)
        return row

    def _connect_actions(self) -> None:
        a = self.toolbar_actions
        self.fit_action, self.view_actions, self.style_actions = a.fit, a.views, a.styles
        self.measure_action, self.section_action = a.measure, a.section
        self.volume_action, self.pin_action, self.screenshot_action = a.volume, a.pin, a.screenshot
        a.fit.triggered.connect(lambda: self.fit_view(animate=True))
        for name, act in a.views.items():
            act.triggered.connect(lambda _=False, n=name: self.set_standard_view(n))
        for name, act in a.styles.items():
            act.triggered.connect(lambda _=False, n=name: self.set_style(n))
        a.measure.triggered.connect(self._on_measure_toggled)
        a.section.triggered.connect(lambda on: self.section_tool.set_active(on))
        a.volume.triggered.connect(lambda on: self.volume.set_active(on))
        a.pin.triggered.connect(lambda on: self.pins.set_active(on))
        a.screenshot.triggered.connect(self._on_screenshot_triggered)

    # --- loading ---------------------------------------------------------------------------
    def _start_loading(self) -> None:
        ws, rev_id = self.ctx.ws, self.revision_id
        self._run(
            lambda task: load_design(ws, rev_id, task.report),
            self._on_loaded,
            self.tr("Opening the design"),
        )

    def guarded(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """`slot`, unless this window was closed (and deleted) before the task ended."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                slot(value)

        return call

    def _run(self, work: object, done: Callable[[Any], None], label: str) -> None:
        self._task = self.ctx.tasks.run(
            work,  # type: ignore[arg-type]
            on_done=self.guarded(done),
            on_error=self.guarded(self._on_load_error),
            label=label,
        )
        self._set_busy(label)

    def _on_loaded(self, design: object) -> None:
        assert isinstance(design, LoadedDesign)
        if self._task is None:  # cancelled after the work had finished
            return
        self.design = design
        self.revision = design.revision
        self.setWindowTitle(self._title())
        self._make_view()
        if self.scene is None or self.view is None:  # OpenGL failed meanwhile
            return
        self.scene.set_light(design.preview_draw)
        self.view.set_standard_view("iso")
        self.fit_view(animate=False)
        self.pins.restore_later()  # a pin's view asked for while loading
        # the first frame first, the side panel on the next turn of the event loop: the UI
        # thread never does both in one go (each is tens of ms on a big part)
        fill = self.guarded(lambda _value: self._fill_side(design))
        QTimer.singleShot(0, lambda: fill(None))

    def _fill_side(self, design: LoadedDesign) -> None:
        self.side.set_findings(design.findings, design.checked)
        self.side.set_machines(design.machines)
        self._set_tools_enabled(True)
        if design.full_drawable:
            self._stage = "full"
            self._run(
                lambda task: full_arrays(design, task.report),
                self._on_full,
                self.tr("Preparing the full mesh"),
            )
        else:
            self._set_busy(None)
        self._show_status()

    def _on_full(self, draw: object) -> None:
        assert isinstance(draw, DrawArrays)
        if self._task is None:  # cancelled: keep showing the preview
            return
        self.full_draw = draw
        self._set_busy(None)
        if self.scene is not None:
            self.scene.set_full(draw)
            self.apply_colours()
            self.section_tool.refresh()
        self._show_status()

    def _on_load_error(self, exc: BaseException) -> None:
        self._set_busy(None)
        log.warning("the viewer could not open %s: %s", self.revision_id, exc)
        self.status_label.setText(
            self.tr("The design could not be opened: %1").replace("%1", str(exc))
        )

    def cancel_loading(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._set_busy(None)
        if self.design is None:
            self.status_label.setText(
                self.tr("Opening cancelled. Close the window and open it again to retry.")
            )
        else:
            self._show_status(cancelled=True)

    def _on_task_progress(self, task: Task) -> None:
        if self._task is not None and task.id == self._task.id:
            self.progress.setValue(task.percent)

    def _set_busy(self, label: str | None) -> None:
        for w in (self.progress, self.cancel_button):
            w.setVisible(label is not None)
        self.progress.setValue(0)
        if label is not None:
            self.progress.setFormat(f"{label} %p%")
            self.status_label.setText(label + "…")
        else:
            self._task = None

    def loading(self) -> bool:
        return self._task is not None

    def _show_status(self, cancelled: bool = False) -> None:
        d = self.design
        if d is None:
            return
        loc = QLocale()
        total = loc.toString(len(d.faces))
        if self.full_draw is not None or d.preview.method == "full":
            text = self.tr("%1 triangles").replace("%1", total)
        elif len(d.faces) > FULL_DRAW_LIMIT or cancelled:
            text = (
                self.tr("Showing a simplified view: %1 of %2 triangles")
                .replace("%1", loc.toString(len(d.preview.faces)))
                .replace("%2", total)
            )
        else:
            text = (
                self.tr("Simplified view while the full mesh loads: %1 of %2 triangles")
                .replace("%1", loc.toString(len(d.preview.faces)))
                .replace("%2", total)
            )
        self.status_label.setText(text)

    # --- fallback --------------------------------------------------------------------------
    def show_fallback(self, reason: str) -> None:
        log.info("3D view replaced by a picture: %s", reason)
        self.stack.setCurrentWidget(self.fallback)
        self._set_tools_enabled(False)
        self.fallback_note.setText(self._fallback_text())
        ws, rev_id = self.ctx.ws, self.revision_id

        def read(_task: TaskContext) -> RevisionRow:
            return get_revision(ws, rev_id)

        self.ctx.tasks.run(
            read,
            on_done=self.guarded(self._on_fallback_revision),
            label=self.tr("Opening the design"),
        )

    def _on_fallback_revision(self, rev: object) -> None:
        assert isinstance(rev, RevisionRow)
        self.revision = rev
        self.setWindowTitle(self._title())
        if rev.thumbnail_png:
            pix = QPixmap()
            pix.loadFromData(rev.thumbnail_png, "PNG")
            self.fallback_picture.setPixmap(pix)
        else:
            self.fallback_picture.setText(self.tr("No picture of this design was made."))

    def _fallback_text(self) -> str:
        return self.tr(
            "3D view needs OpenGL, which this computer's graphics driver does not provide; "
            "showing a picture instead."
        )

    # --- camera ----------------------------------------------------------------------------
    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        assert self.design is not None
        lo, hi = self.design.lo, self.design.hi
        box = self.volume.box()
        if box is not None:
            lo, hi = np.minimum(lo, box[0]), np.maximum(hi, box[1])
        return lo, hi

    def fit_view(self, animate: bool = True) -> None:
        if self.view is not None and self.design is not None:
            self.view.fit(*self.bounds(), animate=animate)

    def set_standard_view(self, name: str) -> None:
        if self.view is not None and self.design is not None:
            self.view.set_standard_view(name)
            self.fit_view(animate=False)

    def set_style(self, style: str) -> None:
        if self.scene is not None:
            self.scene.set_style(style)
            self.style_actions[style].setChecked(True)
            self.section_tool.refresh()  # edges are cut by face, and only when drawn

    # --- findings --------------------------------------------------------------------------
    def show_finding(self, code: str | None) -> None:
        """Paint only this finding's faces (None: every error and warning) and fly to them."""
        self.findings.show(code)

    def apply_colours(self) -> None:
        self.findings.apply_colours()

    # --- tools -----------------------------------------------------------------------------
    def pick_mesh(self) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
        """What clicks and sections work on: the full mesh unless it is too big."""
        d = self.design
        assert d is not None
        return d.picking.vertices, d.picking.faces

    def _on_view_clicked(self, x: float, y: float) -> None:
        if self.design is None or self.view is None:
            return
        if self.pin_action.isChecked():
            placement = self.pins.click(x, y)
            if placement is not None:
                self.pin_placed.emit(placement)
                self.pins.done()
        elif self.measure_action.isChecked():
            self.measure.click(x, y)
        else:
            pin_id = self.pins.marker_at(x, y)
            if pin_id is not None:
                self.marker_clicked.emit(pin_id)

    def _on_measure_toggled(self, on: bool) -> None:
        if on and self.pin_action.isChecked():  # one tool takes the clicks
            self.pin_action.setChecked(False)
            self.pins.set_active(False)
        self.measure.set_active(on)

    def _set_tools_enabled(self, on: bool) -> None:
        self.toolbar_actions.set_tools_enabled(on)
        self.side.setEnabled(on)

    # --- pins: what the review panel uses -------------------------------------------------
    def set_pinning_enabled(self, on: bool) -> None:
        """Show the pin tool (in a review whose pins this user may add to) or take it away."""
        if not on and self.pin_action.isChecked():
            self.pin_action.setChecked(False)
            self.pins.set_active(False)
        self.toolbar_actions.set_pinning(on)

    def set_pins(self, markers: Sequence[PinMarker]) -> None:
        """Draw these numbered pins on the model (kept until the 3D view is there; nothing
        is drawn on the picture shown without OpenGL)."""
        self.pins.set_markers(markers)

    def restore_view(
        self,
        camera: dict[str, Any] | None,
        section: dict[str, Any] | None,
        *,
        animate: bool = True,
    ) -> None:
        """Fly back to a pin's camera and its section plane (None: the section goes off)."""
        self.pins.restore_view(camera, section, animate=animate)

    def current_camera(self) -> dict[str, Any]:
        """{"center": [x, y, z], "distance", "elevation", "azimuth", "fov"}; {} with no 3D view."""
        return self.view.camera() if self.view is not None else {}

    def save_screenshot(self, path: str | Path) -> bool:
        """Write what the 3D view shows to a PNG file; False if it could not be written."""
        if self.view is None or self.view.failed:
            return False
        return bool(self.view.grabFramebuffer().save(str(path), "PNG"))

    def _on_screenshot_triggered(self) -> None:
        name = f"{self._title()}.png".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), str(Path.home() / name), self.tr("PNG pictures (*.png)")
        )
        if path and not self.save_screenshot(path):
            self.status_label.setText(
                self.tr("The picture could not be saved to %1.").replace("%1", path)
            )

    # --- words -----------------------------------------------------------------------------
    def _title(self) -> str:
        if self.revision is None:
            return self.tr("3D view")
        return f"{self.revision.design_name} r{self.revision.number} — " + self.tr("3D view")

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.toolbar_actions.retranslate()
        self.cancel_button.setText(self.tr("Cancel"))
        self.fallback_note.setText(self._fallback_text())
        self.measure.retranslate()
        self.section_tool.refresh()
        self.volume.refresh()
        if self.pins.active:
            self.pins.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)
