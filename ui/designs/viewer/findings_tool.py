"""Findings in the viewer: paint the selected one (or every error and warning) and fly
the camera to its faces, on both levels of detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ui.designs.viewer.loader import painted
from ui.designs.viewer.side_panel import FINDING_ROLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

    from ui.designs.viewer.host import ViewerHost


class FindingsTool:
    def __init__(self, window: ViewerHost) -> None:
        self.w = window
        window.side.findings_list.currentItemChanged.connect(self._on_current_changed)

    def _on_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        self.show(item.data(FINDING_ROLE) if item is not None else None)

    def show(self, code: str | None) -> None:
        w, d = self.w, self.w.design
        if d is None:
            return
        w.selected_finding = code
        self._select_in_list(code)
        self.apply_colours()
        finding = next((f for f in d.findings if f.code == code), None)
        w.side.show_detail(finding)
        if finding is None or not finding.faces or w.view is None:
            return
        idx = np.asarray(finding.faces, dtype=np.int64)
        idx = idx[(idx >= 0) & (idx < len(d.faces))]
        if len(idx) == 0:
            return
        pts = d.vertices[d.faces[idx].reshape(-1)]
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        pad = np.full(3, max(float(np.linalg.norm(d.hi - d.lo)) * 0.04, 1e-3))
        near = w.view.fit_distance(lo - pad, hi + pad)
        whole = w.view.fit_distance(d.lo, d.hi)
        # close enough to see the faces, far enough to still see where on the part they are
        w.view.fly_to((lo + hi) / 2.0, min(max(near, 0.4 * whole), whole))

    def _select_in_list(self, code: str | None) -> None:
        items = self.w.side.findings_list
        for row in range(items.count()):
            if items.item(row).data(FINDING_ROLE) == code:
                if items.currentRow() != row:
                    items.blockSignals(True)
                    items.setCurrentRow(row)
                    items.blockSignals(False)
                return

    def apply_colours(self) -> None:
        w, d, scene = self.w, self.w.design, self.w.scene
        if d is None or scene is None:
            return
        finding = next((f for f in d.findings if f.code == w.selected_finding), None)
        if finding is None:
            light = d.preview_draw.colours
            full = w.full_draw.colours if w.full_draw is not None else None
        else:
            mapped = d.preview_finding_faces.get(finding.code)
            light = painted(d.preview_draw, mapped, finding.severity)
            faces = np.asarray(finding.faces, dtype=np.int64)
            full = painted(w.full_draw, faces, finding.severity) if w.full_draw else None
        scene.set_colours(light, full)
