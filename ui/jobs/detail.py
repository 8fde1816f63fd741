"""One job: its header, status moves, designs and reviews, messages, quotes, fields,
members and history.

The view places the sections and decides, once per reload, what the user may do on the job
(ui/jobs/access.py): an advisor sees someone else's job read-only under a one-line banner,
with its messages and reviews open to them; the sections themselves live in their own
modules (designs_section, reviews_panel, messages_panel, members_panel, quotes_panel).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.changes import Changes
from app.designs import designs
from app.errors import NotFoundError
from app.jobs import jobs
from app.jobs.members import list_members
from ui.app_context import AppContext
from ui.errors import present
from ui.jobs.access import Access, access_for, access_from_members
from ui.jobs.designs_section import JobDesignsSection
from ui.jobs.members_panel import JobMembersSection
from ui.jobs.messages_panel import JobMessagesSection
from ui.jobs.quotes_panel import JobQuotesSection
from ui.jobs.reviews_panel import JobReviewsSection, ReviewHost
from ui.style.formats import format_datetime
from ui.style.theme import current_colours
from ui.words.labels import move_label, priority_label, status_label


def section_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class JobDetailWidget(QScrollArea):
    messages_read = Signal(str)  # a job whose messages were just read here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.detail: jobs.JobDetail | None = None
        self.access: Access = access_for("maker")
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
        self._build_sections(c)
        self._build_fields(c)
        self.members = JobMembersSection(ctx, section_title())
        c.addWidget(self.members)
        self._build_history(c)
        c.addStretch(1)

        self._dirty = False
        self._loading = False
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self.show_job(None)

    def _build_header(self, c: QVBoxLayout) -> None:
        """The job's number, status badge and title, and whose job it is when shared."""
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
        self.access_banner = QLabel()
        self.access_banner.setObjectName("accessBanner")
        self.access_banner.setWordWrap(True)
        self.access_banner.hide()
        c.addWidget(self.access_banner)

    def _build_moves(self, c: QVBoxLayout) -> None:
        """A button for each move the job may make; on hold and cancelled under More."""
        self.moves_row = QHBoxLayout()
        self.moves_row.setSpacing(6)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        self.moves_bar = QWidget()
        moves_layout = QHBoxLayout(self.moves_bar)
        moves_layout.setContentsMargins(0, 0, 0, 0)
        moves_layout.addLayout(self.moves_row)
        moves_layout.addWidget(self.more_button)
        moves_layout.addStretch(1)
        c.addWidget(self.moves_bar)

    def _build_sections(self, c: QVBoxLayout) -> None:
        """Designs with their reviews, messages and quotes, each its own widget."""
        self.designs = JobDesignsSection(self.ctx, section_title())
        c.addWidget(self.designs)
        # the designs section's parts, as the window, its tests and tools reach them
        self.designs_list = self.designs.designs_list
        self.check_panel = self.designs.check_panel
        self.import_button = self.designs.import_button
        self.new_part_button = self.designs.new_part_button
        self.part_progress = self.designs.part_progress
        self.view3d_button = self.designs.view3d_button
        self.reviews = JobReviewsSection(self.ctx)
        self.designs.designs_changed.connect(lambda n: self.reviews.set_has_design(n > 0))
        c.addWidget(self.reviews)
        self.messages = JobMessagesSection(self.ctx, section_title())
        self.messages.read.connect(self.messages_read)
        c.addWidget(self.messages)
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

    def set_review_host(self, host: ReviewHost | None) -> None:
        """Who opens the review request dialog and a review's window (the main window)."""
        self.reviews.set_host(host)

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
        members = list_members(self.ctx.ws, self.job_id)
        self.access = access_from_members(members, self.ctx.user_name)
        self._fill_fields()
        self._fill_moves()
        self._fill_history()
        self._apply_access()
        a = self.access
        self.designs.show_job(self.job_id, editable=a.can_edit_designs)
        self.reviews.show_job(self.job_id, can_request=a.can_share)
        self.messages.show_job(self.job_id, can_comment=a.can_comment)
        self.quotes.show_job(self.job_id if a.can_quote else None)
        self.members.show_members(self.job_id, members, a.can_share)
        self.updateGeometry()  # its rows may want more width now: the splitter makes room

    def _apply_access(self) -> None:
        """Only the controls whose edits the square would take (ui/jobs/access.py)."""
        a = self.access
        self.moves_bar.setVisible(a.can_move)
        self.quotes.setVisible(a.can_quote)
        colours = current_colours()
        for text in (self.title_edit, self.assignee_edit, self.notes_edit):
            text.setReadOnly(not a.can_edit)  # still selectable, to copy from
            text.setStyleSheet("" if a.can_edit else f"background: {colours.alt_panel};")
        for w in (self.customer_combo, self.due_check, self.priority_combo):
            w.setEnabled(a.can_edit)
        self.due_edit.setEnabled(a.can_edit and self.due_check.isChecked())
        self.save_button.setVisible(a.can_edit)
        self.access_banner.setVisible(a.shared_with_me)
        self.access_banner.setText(self._banner_text())
        self.access_banner.setStyleSheet(
            f"QLabel#accessBanner {{ background: {colours.alt_panel}; color: {colours.text};"
            f" border: 1px solid {colours.border}; border-left: 4px solid {colours.accent};"
            " border-radius: 4px; padding: 6px 10px; }"
        )

    def _banner_text(self) -> str:
        a = self.access
        makers = ", ".join(a.makers)
        if a.role == "trainer":
            text = self.tr(
                "Shared with you as a trainer by %1: you may move it and add designs; "
                "its details and quotes are read-only"
            )
        else:
            text = self.tr("Shared with you for review by %1 — read-only")
        return text.replace("%1", makers or self.tr("its maker"))

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

    # --- editing fields --------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def _on_save_clicked(self) -> None:
        if self.job_id is None or not self.access.can_edit:
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
        if self.job_id is None or not self.access.can_move:
            return
        from ui.operations.jobs import move_job

        if self.detail is None or self.detail.row.id != self.job_id:
            return
        row = self.detail.row  # undoable where the state machine allows the move back
        move_job(
            self.ctx, row.id, row.number, row.status, status, on_error=lambda e: present(e, self)
        )

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.job_id is not None and self.job_id in changes.jobs:
            self._reload()
        elif changes.quotes and self.job_id is not None and self.access.can_quote:
            self.quotes.show_job(self.job_id)

    # --- designs: the window's Import… and files dropped on the view -------------------------
    def import_by_dialog(self) -> None:
        self.designs.import_by_dialog()

    def import_files(self, paths: list[Path]) -> None:
        """Analyse each file on the pool, then record it on the write lane."""
        self.designs.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (
            self.job_id
            and self.designs.editable
            and any(designs.is_supported(Path(u.toLocalFile())) for u in event.mimeData().urls())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        supported = [p for p in paths if designs.is_supported(p)]
        if supported and self.designs.editable:
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
        self.history_title.setText(self.tr("History"))
        if self.job_id is not None and self.ctx.workspace is not None:
            self._reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
