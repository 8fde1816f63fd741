"""A review's window: the revision in the 3D viewer with the review panel docked on its right.

The viewer is the ordinary DesignViewerWindow; `ReviewWindow` (a helper object owned by it)
docks the panel and joins the two: the pins show as numbered markers, a pin picked in the
list flies the view to where it was made, a marker clicked picks it in the list, and the
viewer's pin tool (on for the job's members while the review is open) asks for the text of
a new pin and adds it. Opening marks the review seen. One window per review: opening it
again raises it.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from app.review.reviews import get_review
from ui.app_context import AppContext
from ui.designs.viewer.design_viewer import DesignViewerWindow
from ui.designs.viewer.pins import PinMarker, PinPlacement
from ui.operations import review as review_ops
from ui.operations.op import Query
from ui.review.pin_text_dialog import PinTextDialog
from ui.review.review_panel import PanelData, ReviewPanel

_open: dict[str, DesignViewerWindow] = {}
WIDTH = 1560  # the viewer (3D view and its side panel) and the review panel beside it


def open_review_window(
    ctx: AppContext,
    review_id: str,
    revision_id: str | None = None,
    parent: QWidget | None = None,
) -> DesignViewerWindow | None:
    """Show the review's window (raising it if it is open already) and mark it seen.
    Without `revision_id` (the caller has only the review's id) the review is read on the
    pool first and the window opens once it is known; None is returned then."""
    window = _open.get(review_id)
    if window is None and revision_id is None:
        ws = ctx.ws

        def opened(rev_id: str) -> None:
            if parent is None or shiboken6.isValid(parent):
                open_review_window(ctx, review_id, rev_id, parent)

        Query(ctx, lambda _task: get_review(ws, review_id).design_revision_id).success(opened).run()
        return None
    if window is None:
        assert revision_id is not None
        window = DesignViewerWindow(ctx, revision_id, parent)
        ReviewWindow(ctx, review_id, window)
        _open[review_id] = window
        window.destroyed.connect(lambda _=None, r=review_id: _open.pop(r, None))
    window.show()
    window.raise_()
    window.activateWindow()
    review_ops.mark_seen(ctx, review_id, parent=window).run()
    return window


def open_review(review_id: str) -> DesignViewerWindow | None:
    """The review's window if one is open."""
    return _open.get(review_id)


class ReviewWindow(QObject):
    """Docks the panel in the viewer window and joins the two (lives as long as the window)."""

    def __init__(self, ctx: AppContext, review_id: str, viewer: DesignViewerWindow) -> None:
        super().__init__(viewer)
        self.ctx = ctx
        self.viewer = viewer
        self.panel = ReviewPanel(ctx, review_id)
        self.dock = QDockWidget(viewer)
        self.dock.setObjectName("reviewDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())  # the panel's header says what it is
        self.dock.setWidget(self.panel)
        viewer.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self._fit(viewer)
        self.panel.loaded.connect(self._on_panel_loaded)
        self.panel.pin_selected.connect(self._on_panel_pin_selected)
        viewer.pin_placed.connect(self._on_viewer_pin_placed)
        viewer.marker_clicked.connect(self._on_viewer_marker_clicked)
        viewer.set_pinning_enabled(False)  # until the panel knows the review is open

    @staticmethod
    def _fit(viewer: DesignViewerWindow) -> None:
        screen = viewer.screen().availableGeometry() if viewer.screen() else None
        width = min(WIDTH, int(screen.width() * 0.96)) if screen is not None else WIDTH
        height = min(880, int(screen.height() * 0.92)) if screen is not None else 880
        viewer.resize(max(width, viewer.width()), max(height, viewer.height()))

    # --- panel → viewer ------------------------------------------------------------------
    def _on_panel_loaded(self, data: PanelData) -> None:
        self.viewer.set_pinning_enabled(data.can_pin)
        self._show_markers(data, self.panel.selected_pin_id())

    def _show_markers(self, data: PanelData, selected: str | None) -> None:
        markers = [
            PinMarker(
                id=p.id,
                number=p.number,
                point=p.point,
                greyed=not current,
                resolved=p.status == "resolved",
                selected=p.id == selected,
            )
            for p, current in data.shown_pins
        ]
        self.viewer.set_pins(markers)

    def _on_panel_pin_selected(self, pin_id: str) -> None:
        data = self.panel.data
        if data is None:
            return
        self._show_markers(data, pin_id)
        pin = data.pin(pin_id)
        if pin is not None and pin.camera:
            self.viewer.restore_view(pin.camera, pin.section, animate=True)

    # --- viewer → panel ------------------------------------------------------------------
    def _on_viewer_marker_clicked(self, pin_id: str) -> None:
        self.panel.select_pin(pin_id)

    def _on_viewer_pin_placed(self, placement: Any) -> None:
        """Ask for the pin's text (Esc cancels), then add it; the new pin is then picked."""
        assert isinstance(placement, PinPlacement)
        data = self.panel.data
        if data is None or not data.can_pin:
            return
        dialog = PinTextDialog(len(placement.measurements), self.viewer)
        if dialog.exec() != PinTextDialog.DialogCode.Accepted:
            return
        review_ops.add_pin(
            self.ctx, data.review.id, dialog.text, placement, parent=self.panel
        ).success(self.panel.select_pin_when_loaded).run()
