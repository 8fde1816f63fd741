"""A job's designs in the job view: thumbnails, the selected revision's check, Import…,
New part… and Open in 3D.

Split from the job view (ui/jobs/detail.py) so that the view only places its sections; the
editing actions hide for a member whose role may not add designs (ui/jobs/access.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Result
from app.designs import designs, part_templates
from cad.loading import SUPPORTED_SUFFIXES
from cad.parametric import ParamValue
from ui.app_context import AppContext
from ui.designs.check_panel import DesignCheckPanel
from ui.operations.designs import import_designs
from ui.operations.op import Op
from ui.tasks import Task, TaskContext
from ui.words.templates import template_label

if TYPE_CHECKING:
    from app.workspace import Workspace

SUFFIX_FILTER = " ".join(f"*{suffix} *{suffix.upper()}" for suffix in sorted(SUPPORTED_SUFFIXES))
DESIGN_ROLE = Qt.ItemDataRole.UserRole + 1


class JobDesignsSection(QWidget):
    designs_changed = Signal(int)  # how many revisions the job has now

    def __init__(self, ctx: AppContext, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.editable = True
        self.title = title
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(10)
        self._build_head(v)
        self._build_list(v)
        self.retranslate()

    def _build_head(self, v: QVBoxLayout) -> None:
        """The title with New part…, Import… and Open in 3D."""
        head = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_by_dialog)
        self.new_part_button = QPushButton()
        self.new_part_button.clicked.connect(self.new_part_by_dialog)
        self.part_progress = QLabel()
        self.part_progress.setObjectName("hint")
        self.part_progress.hide()
        self._part_task: Task | None = None
        self._part_values: tuple[str, dict[str, ParamValue]] | None = None
        self.ctx.tasks.task_progress.connect(self._on_part_task_progress)
        self.ctx.tasks.task_finished.connect(self._on_part_task_finished)
        self.view3d_button = QPushButton()  # the 3D viewer of the selected revision
        self.view3d_button.setObjectName("open3dButton")
        self.view3d_button.clicked.connect(self.open_viewer)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.part_progress)
        head.addWidget(self.new_part_button)
        head.addWidget(self.import_button)
        head.addWidget(self.view3d_button)
        v.addLayout(head)

    def _build_list(self, v: QVBoxLayout) -> None:
        """The thumbnails, the selected revision's check and the drop hint."""
        self.designs_list = QListWidget()
        self.designs_list.setObjectName("designsList")
        self.designs_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.designs_list.setIconSize(QSize(128, 128))
        self.designs_list.setGridSize(QSize(176, 210))
        self.designs_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.designs_list.setMovement(QListWidget.Movement.Static)
        self.designs_list.setWordWrap(True)
        self.designs_list.setMinimumHeight(230)
        self.designs_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.designs_list.currentItemChanged.connect(self._on_design_current_changed)
        self.designs_list.itemDoubleClicked.connect(lambda _item: self.open_viewer())
        v.addWidget(self.designs_list)
        self.check_panel = DesignCheckPanel(self.ctx)
        self.check_panel.setObjectName("designCheck")
        self.check_panel.revision_created.connect(self.show_design)
        self.check_panel.finding_selected.connect(self._on_check_finding_selected)
        self._select_revision: str | None = None
        v.addWidget(self.check_panel)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        v.addWidget(self.drop_hint)

    # --- showing -----------------------------------------------------------------------------
    def show_job(self, job_id: str | None, *, editable: bool = True) -> None:
        self.job_id = job_id
        self.set_editable(editable)
        self.reload()

    def set_editable(self, editable: bool) -> None:
        """Import, New part, Repair and the drop hint only for who may add designs."""
        self.editable = editable
        for w in (self.import_button, self.new_part_button, self.drop_hint):
            w.setVisible(editable)
        self.check_panel.repair_button.setVisible(editable)

    def reload(self) -> None:
        if self.job_id is None or self.ctx.workspace is None:
            self.designs_list.clear()
            return
        current = self.designs_list.currentItem()
        keep_design = current.data(DESIGN_ROLE) if current else None
        keep, self._select_revision = self._select_revision, None
        self.designs_list.blockSignals(True)
        self.designs_list.clear()
        for rev in designs.list_designs(self.ctx.ws, self.job_id):
            item = QListWidgetItem(self._caption(rev))
            if rev.thumbnail_png:
                pix = QPixmap()
                pix.loadFromData(rev.thumbnail_png, "PNG")
                item.setIcon(QIcon(pix))
            item.setToolTip(self._tooltip(rev))
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            item.setData(DESIGN_ROLE, rev.design_id)
            self.designs_list.addItem(item)
            if rev.id == keep or (keep is None and rev.design_id == keep_design):
                self.designs_list.setCurrentItem(item)
        if self.designs_list.currentItem() is None and self.designs_list.count():
            self.designs_list.setCurrentRow(0)
        self.designs_list.blockSignals(False)
        self._on_design_current_changed(self.designs_list.currentItem())
        self.designs_changed.emit(self.designs_list.count())

    def _on_design_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        self.view3d_button.setEnabled(item is not None)
        if item is not None:
            from ui.designs.viewer import warm_up

            warm_up(self.ctx)  # the viewer's imports, off the UI thread, before a click
        self.check_panel.show_revision(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def selected_revision(self) -> str | None:
        item = self.designs_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_viewer(self) -> None:
        """Open the selected design revision in the 3D viewer (its own window)."""
        from ui.designs.viewer import open_design_viewer

        revision = self.selected_revision()
        if revision is not None:
            open_design_viewer(self.ctx, revision, self)

    def _on_check_finding_selected(self, finding: object) -> None:
        from ui.designs.viewer import open_viewer

        revision = self.selected_revision()
        window = open_viewer(revision) if revision else None
        if window is not None:
            window.show_finding(getattr(finding, "code", None))

    def show_design(self, revision_id: str) -> None:
        """Select a design revision (a new import or repair) so its check shows at once."""
        self._select_revision = revision_id
        self.reload()

    def _caption(self, rev: designs.RevisionRow) -> str:
        name = f"{rev.design_name}  r{rev.number}"
        m = rev.metrics
        if m is None:
            return name
        x, y, z = m.bbox_mm
        return f"{name}\n{m.volume_mm3 / 1000:,.2f} cm³\n{x:.1f} × {y:.1f} × {z:.1f} mm"

    def _tooltip(self, rev: designs.RevisionRow) -> str:
        m = rev.metrics
        lines = [rev.original_name, rev.file_hash[:12]]
        if m is not None:
            lines += [
                self.tr("Triangles: %1").replace("%1", f"{m.triangles:,}"),
                self.tr("Surface: %1 mm²").replace("%1", f"{m.area_mm2:,.1f}"),
                self.tr("Watertight") if m.watertight else self.tr("Not watertight (open edges)"),
                self.tr("Bodies: %1").replace("%1", str(m.bodies)),
            ]
        return "\n".join(lines)

    # --- adding designs ----------------------------------------------------------------------
    def _on_imported(self, revision_id: str) -> None:
        """Every imported revision is checked in the background as soon as it is recorded:
        it is selected (and so checked) when the change reloads the job's designs."""
        self._select_revision = revision_id

    def import_by_dialog(self) -> None:
        if self.job_id is None or not self.editable:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import design"),
            str(Path.home()),
            self.tr("3D files (%1)").replace("%1", SUFFIX_FILTER),
        )
        self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        """Analyse each file on the pool, then record it on the write lane."""
        if self.job_id is None or not self.editable:
            return
        import_designs(self.ctx, self.job_id, paths, parent=self, on_recorded=self._on_imported)

    def new_part_by_dialog(self) -> None:
        """Ask for a template and its sizes (the last ones again), then make the part."""
        from ui.designs.part_template_dialog import PartTemplateDialog

        if self.job_id is None:
            return
        dialog = PartTemplateDialog(self, initial=self._part_values)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.make_part(*dialog.values()))
        dialog.open()

    def make_part(self, code: str, params: dict[str, ParamValue]) -> None:
        """Build the part and record it on the write lane (make_part writes itself)."""
        if self.job_id is None:
            return
        job_id, author = self.job_id, self.ctx.user_name
        self._part_values = (code, params)

        def build(ws: Workspace, task: TaskContext) -> Result[str]:
            def progress(percent: int, stage: str) -> None:
                if stage != "done":  # once recorded, a cancel would only lose the result
                    task.report(percent, stage)

            return part_templates.make_part(
                ws, job_id, code, params, author=author, progress=progress
            )

        label = self.tr("Making %1").replace("%1", template_label(code))
        self._part_task = (
            Op.reporting(self.ctx, build, parent=self, label=label).success(self._on_imported).run()
        )
        self.new_part_button.setEnabled(False)
        self.part_progress.setText(self.tr("Making the part…"))
        self.part_progress.setToolTip(label)
        self.part_progress.show()

    def _on_part_task_progress(self, task: Task) -> None:
        if task is self._part_task:
            self.part_progress.setText(
                self.tr("Making the part… %1%").replace("%1", str(task.percent))
            )

    def _on_part_task_finished(self, task: Task) -> None:  # done, failed or cancelled
        if task is self._part_task:
            self._part_task = None
            self.part_progress.hide()
            self.new_part_button.setEnabled(True)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Designs"))
        self.import_button.setText(self.tr("Import design…"))
        self.view3d_button.setText(self.tr("Open in 3D"))
        self.view3d_button.setToolTip(
            self.tr("Orbit, measure and cut the selected design (or double-click it)")
        )
        self.new_part_button.setText(self.tr("New part…"))
        self.new_part_button.setToolTip(self.tr("Make a part from a template: ring, bracket, …"))
        self.drop_hint.setText(
            self.tr(
                "Drop STL, OBJ, PLY, OFF, 3MF, glTF, STEP or IGES files here to add them to this job."  # noqa: E501
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
