"""One job: its fields, status moves, designs (thumbnails, drop to import), quotes, history."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.changes import Changes, Result
from app.designs import designs, part_templates
from app.errors import NotFoundError
from app.jobs import jobs
from cad.loading import SUPPORTED_SUFFIXES
from cad.parametric import ParamValue
from ui.app_context import AppContext
from ui.designs.check_panel import DesignCheckPanel
from ui.errors import present
from ui.jobs.quotes_panel import JobQuotesSection
from ui.operations.designs import import_designs
from ui.operations.op import Op
from ui.style.formats import format_datetime
from ui.tasks import Task, TaskContext
from ui.words.labels import move_label, priority_label, status_label
from ui.words.templates import template_label

if TYPE_CHECKING:
    from app.workspace import Workspace

SUFFIX_FILTER = " ".join(
    f"*{suffix} *{suffix.upper()}" for suffix in sorted(SUPPORTED_SUFFIXES)
)


DESIGN_ROLE = Qt.ItemDataRole.UserRole + 1


def section_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class JobDetailWidget(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.detail: jobs.JobDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)

        body = QWidget()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 12, 16, 16)
        v.setSpacing(10)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        v.addWidget(self.empty_label)

        self.content = QWidget()
        c = QVBoxLayout(self.content)
        c.setContentsMargins(0, 0, 0, 0)
        c.setSpacing(10)
        v.addWidget(self.content, 1)

        self._build_header(c)
        self._build_moves(c)
        self._build_designs_head(c)
        self._build_designs(c)
        self._build_quotes(c)
        self._build_fields(c)
        self._build_history(c)
        c.addStretch(1)

        self._dirty = False
        self._loading = False
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self.show_job(None)

    def _build_header(self, c: QVBoxLayout) -> None:
        """The job's number, status badge and title."""
        self.number_label = QLabel()
        self.number_label.setObjectName("jobNumber")
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        c.addLayout(header)
        self.title_label = QLabel()
        self.title_label.setObjectName("jobTitle")
        self.title_label.setWordWrap(True)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title_label.setFont(f)
        c.addWidget(self.title_label)

    def _build_moves(self, c: QVBoxLayout) -> None:
        """A button for each move the job may make; on hold and cancelled under More."""
        self.moves_row = QHBoxLayout()
        self.moves_row.setSpacing(6)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        moves = QWidget()
        moves_layout = QHBoxLayout(moves)
        moves_layout.setContentsMargins(0, 0, 0, 0)
        moves_layout.addLayout(self.moves_row)
        moves_layout.addWidget(self.more_button)
        moves_layout.addStretch(1)
        c.addWidget(moves)

    def _build_designs_head(self, c: QVBoxLayout) -> None:
        """The designs' title with New part…, Import… and 3D view."""
        designs_head = QHBoxLayout()
        self.designs_title = section_title()
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
        designs_head.addWidget(self.designs_title)
        designs_head.addStretch(1)
        designs_head.addWidget(self.part_progress)
        designs_head.addWidget(self.new_part_button)
        designs_head.addWidget(self.import_button)
        self.view3d_button = QPushButton()  # the 3D viewer of the selected revision
        self.view3d_button.setObjectName("open3dButton")
        self.view3d_button.clicked.connect(self.open_viewer)
        designs_head.addWidget(self.view3d_button)
        c.addLayout(designs_head)

    def _build_designs(self, c: QVBoxLayout) -> None:
        """The designs' thumbnails, the selected revision's check and the drop hint."""
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
        c.addWidget(self.designs_list)
        self.check_panel = DesignCheckPanel(self.ctx)
        self.check_panel.setObjectName("designCheck")
        self.check_panel.revision_created.connect(self.show_design)
        self.check_panel.finding_selected.connect(self._on_check_finding_selected)
        self._select_revision: str | None = None
        c.addWidget(self.check_panel)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("hint")
        c.addWidget(self.drop_hint)

    def _build_quotes(self, c: QVBoxLayout) -> None:
        """The job's quotes (ui/jobs/quotes_panel.py)."""
        self.quotes = JobQuotesSection(self.ctx, section_title())
        self.quotes.failed.connect(lambda exc: present(exc, self))
        c.addWidget(self.quotes)

    def _build_fields(self, c: QVBoxLayout) -> None:
        """The job's fields in a form, and Save."""
        self.fields_title = section_title()
        c.addWidget(self.fields_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(jobs.TITLE_MAX)  # the service refuses longer (app.jobs.jobs)
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.due_check = QCheckBox()
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.priority_combo = QComboBox()
        self.assignee_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(56)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.form_labels = [QLabel() for _ in range(6)]
        form.addRow(self.form_labels[0], self.title_edit)
        form.addRow(self.form_labels[1], self.customer_combo)
        form.addRow(self.form_labels[2], due_row)
        form.addRow(self.form_labels[3], self.priority_combo)
        form.addRow(self.form_labels[4], self.assignee_edit)
        form.addRow(self.form_labels[5], self.notes_edit)
        c.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        c.addLayout(save_row)
        self._watch_fields()

    def _watch_fields(self) -> None:
        """Any edit of a field marks the job unsaved."""
        for w in (self.title_edit, self.assignee_edit):
            w.textEdited.connect(self._mark_dirty)
        self.customer_combo.editTextChanged.connect(self._mark_dirty)
        self.due_check.toggled.connect(self._mark_dirty)
        self.due_edit.dateChanged.connect(self._mark_dirty)
        self.priority_combo.activated.connect(self._mark_dirty)
        self.notes_edit.textChanged.connect(self._mark_dirty)

    def _build_history(self, c: QVBoxLayout) -> None:
        """The status changes, newest first."""
        self.history_title = section_title()
        c.addWidget(self.history_title)
        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(120)
        c.addWidget(self.history_list)

    # --- showing a job -------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        """As narrow as the form and button rows allow without a sideways scrollbar (this
        follows the language and the projector mode's type size)."""
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = (
            body.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(width, hint.width()), hint.height())

    def show_job(self, job_id: str | None) -> None:
        self.job_id = job_id
        self.content.setVisible(job_id is not None)
        self.empty_label.setVisible(job_id is None)
        self.updateGeometry()
        if job_id is None or self.ctx.workspace is None:
            self.detail = None
            return
        self._reload()

    def _reload(self) -> None:
        if self.job_id is None:
            return
        try:
            self.detail = jobs.job_detail(self.ctx.ws, self.job_id)
        except NotFoundError:  # deleted meanwhile (an undo, a sync): nothing to show
            self.show_job(None)
            return
        self._fill_fields()
        self._fill_moves()
        self._fill_history()
        self._reload_designs()
        self._reload_quotes()
        self.updateGeometry()  # its rows may want more width now: the splitter makes room

    def _fill_fields(self) -> None:
        assert self.detail is not None
        r = self.detail.row
        self._loading = True
        self.number_label.setText(r.number)
        self.status_badge.setText(status_label(r.status))
        self.status_badge.setProperty("status", r.status)
        self.status_badge.style().unpolish(self.status_badge)
        self.status_badge.style().polish(self.status_badge)
        self.title_label.setText(r.title)
        self.title_edit.setText(r.title)
        self.customer_combo.clear()
        self.customer_combo.addItems(catalogue.customer_names(self.ctx.ws))
        self.customer_combo.setCurrentText(r.customer)
        self.due_check.setChecked(r.due_date is not None)
        self.due_edit.setEnabled(r.due_date is not None)
        self.due_edit.setDate(
            QDate(r.due_date.year, r.due_date.month, r.due_date.day)
            if r.due_date
            else QDate.currentDate().addDays(14)
        )
        self.priority_combo.setCurrentIndex(r.priority)
        self.assignee_edit.setText(r.assignee)
        self.notes_edit.setPlainText(self.detail.notes)
        self._loading = False
        self._set_dirty(False)

    def _fill_moves(self) -> None:
        assert self.detail is not None
        while self.moves_row.count():
            item = self.moves_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.more_menu.clear()
        for status in self.detail.allowed:
            if status in ("on_hold", "cancelled"):
                act = self.more_menu.addAction(move_label(status, self.detail.row.status))
                act.triggered.connect(lambda _=False, s=status: self.move_to(s))
            else:
                button = QPushButton(move_label(status, self.detail.row.status))
                button.setObjectName("moveButton")
                button.clicked.connect(lambda _=False, s=status: self.move_to(s))
                self.moves_row.addWidget(button)
        self.more_button.setVisible(not self.more_menu.isEmpty())

    def _fill_history(self) -> None:
        assert self.detail is not None
        self.history_list.clear()
        for h in reversed(self.detail.history):
            when = format_datetime(h.changed_at)
            if h.from_status is None:
                text = (
                    self.tr("%1  created as %2")
                    .replace("%1", when)
                    .replace("%2", status_label(h.to_status))
                )
            else:
                text = f"{when}  {status_label(h.from_status)} → {status_label(h.to_status)}"
            if h.changed_by:
                text += f"  ({h.changed_by})"
            self.history_list.addItem(text)

    def _reload_designs(self) -> None:
        if self.job_id is None:
            return
        current = self.designs_list.currentItem()
        keep_design = current.data(DESIGN_ROLE) if current else None
        keep, self._select_revision = self._select_revision, None
        self.designs_list.blockSignals(True)
        self.designs_list.clear()
        for rev in designs.list_designs(self.ctx.ws, self.job_id):
            item = QListWidgetItem(self._design_caption(rev))
            if rev.thumbnail_png:
                pix = QPixmap()
                pix.loadFromData(rev.thumbnail_png, "PNG")
                item.setIcon(QIcon(pix))
            item.setToolTip(self._design_tooltip(rev))
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            item.setData(DESIGN_ROLE, rev.design_id)
            self.designs_list.addItem(item)
            if rev.id == keep or (keep is None and rev.design_id == keep_design):
                self.designs_list.setCurrentItem(item)
        if self.designs_list.currentItem() is None and self.designs_list.count():
            self.designs_list.setCurrentRow(0)
        self.designs_list.blockSignals(False)
        self._on_design_current_changed(self.designs_list.currentItem())

    def _on_design_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        self.view3d_button.setEnabled(item is not None)
        if item is not None:
            from ui.designs.viewer import warm_up

            warm_up(self.ctx)  # the viewer's imports, off the UI thread, before a click
        self.check_panel.show_revision(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def open_viewer(self) -> None:
        """Open the selected design revision in the 3D viewer (its own window)."""
        from ui.designs.viewer import open_design_viewer

        item = self.designs_list.currentItem()
        if item is not None:
            open_design_viewer(self.ctx, str(item.data(Qt.ItemDataRole.UserRole)), self)

    def _on_check_finding_selected(self, finding: object) -> None:
        from ui.designs.viewer import open_viewer

        item = self.designs_list.currentItem()
        window = open_viewer(str(item.data(Qt.ItemDataRole.UserRole))) if item else None
        if window is not None:
            window.show_finding(getattr(finding, "code", None))

    def show_design(self, revision_id: str) -> None:
        """Select a design revision (a new import or repair) so its check shows at once."""
        self._select_revision = revision_id
        self._reload_designs()

    def _design_caption(self, rev: designs.RevisionRow) -> str:
        name = f"{rev.design_name}  r{rev.number}"
        m = rev.metrics
        if m is None:
            return name
        x, y, z = m.bbox_mm
        return f"{name}\n{m.volume_mm3 / 1000:,.2f} cm³\n{x:.1f} × {y:.1f} × {z:.1f} mm"

    def _design_tooltip(self, rev: designs.RevisionRow) -> str:
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

    def _reload_quotes(self) -> None:
        self.quotes.show_job(self.job_id)

    # --- editing fields --------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def _on_save_clicked(self) -> None:
        if self.job_id is None:
            return
        job_id = self.job_id
        title = self.title_edit.text()
        customer = self.customer_combo.currentText()
        due = cast(date, self.due_edit.date().toPython()) if self.due_check.isChecked() else None
        priority = self.priority_combo.currentIndex()
        assignee = self.assignee_edit.text()
        notes = self.notes_edit.toPlainText()
        from ui.operations.jobs import save_job_fields

        if self.detail is None or self.detail.row.id != job_id:
            return
        save_job_fields(  # one undoable edit (Edit ▸ Undo); emits what changed
            self.ctx,
            self.detail,
            on_error=lambda exc: present(exc, self),
            title=title,
            customer=customer,
            due_date=due,
            priority=priority,
            assignee=assignee,
            notes=notes,
        )

    def move_to(self, status: str) -> None:
        if self.job_id is None:
            return
        from ui.operations.jobs import move_job

        if self.detail is None or self.detail.row.id != self.job_id:
            return
        row = self.detail.row  # undoable where the state machine allows the move back
        move_job(
            self.ctx, row.id, row.number, row.status, status, on_error=lambda e: present(e, self)
        )

    def _on_imported(self, revision_id: str) -> None:
        """Every imported revision is checked in the background as soon as it is recorded:
        it is selected (and so checked) when the change reloads the job's designs."""
        self._select_revision = revision_id

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.job_id is not None and self.job_id in changes.jobs:
            self._reload()
        elif changes.quotes and self.job_id is not None:
            self._reload_quotes()

    # --- designs ---------------------------------------------------------------------------
    def import_by_dialog(self) -> None:
        if self.job_id is None:
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
        if self.job_id is None:
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
            Op.reporting(self.ctx, build, parent=self, label=label)
            .success(self._on_imported)
            .run()
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.job_id and any(
            designs.is_supported(Path(u.toLocalFile())) for u in event.mimeData().urls()
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        supported = [p for p in paths if designs.is_supported(p)]
        if supported:
            self.import_files(supported)
            event.acceptProposedAction()

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("Select a job on the left, or create one with + New job."))
        self.fields_title.setText(self.tr("Details"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Title"),
                self.tr("Customer"),
                self.tr("Due"),
                self.tr("Priority"),
                self.tr("Assignee"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.due_check.setText(self.tr("Set"))
        current = max(self.priority_combo.currentIndex(), 0)
        self.priority_combo.clear()
        for p in range(4):
            self.priority_combo.addItem(priority_label(p), p)
        self.priority_combo.setCurrentIndex(current)
        self.save_button.setText(self.tr("Save changes"))
        self.more_button.setText(self.tr("More"))
        self.designs_title.setText(self.tr("Designs"))
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
        self.history_title.setText(self.tr("History"))
        if self.job_id is not None and self.ctx.workspace is not None:
            self._reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
