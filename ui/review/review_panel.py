"""The review panel beside the 3D viewer: what is reviewed, its pins and their threads, the
verdicts and whether they verify, and what the user may do about it.

Everything is read in one Query on the pool (the review, the pins shown on this revision,
the job's members, the verification, which hashes the design file) and read again when the
review changes. What shows depends on who looks: the reviewer gets "Approve…" and "Request
changes…", the requester "Withdraw", and both pin, reply, resolve and assign while the
review is open (not withdrawn or superseded).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.designs.designs import get_revision
from app.jobs.members import list_members
from app.review.pins import pins_for_revision
from app.review.reviews import PinRow, ReviewRow, get_review
from app.review.verify import Verification, verify_review
from ui.app_context import AppContext
from ui.jobs.detail import section_title
from ui.models.reviews import revision_text
from ui.operations import review as review_ops
from ui.operations.op import Query
from ui.review.pin_thread import PinListWidget, PinThreadWidget
from ui.review.verdict_history import VerdictHistory
from ui.style.formats import format_date
from ui.tasks import TaskContext
from ui.words.review import review_status_label

# The job badge colours (resources/styles/app.qss) a review's status borrows.
BADGE = {"open": "inquiry", "changes_requested": "quoting", "approved": "delivered"}


@dataclass(frozen=True)
class PanelData:
    """What the panel shows, read together so it is one consistent picture."""

    review: ReviewRow
    me: str
    shown_pins: list[tuple[PinRow, bool]]  # this review's (True), earlier revisions' (False)
    revisions: dict[str, int]  # design revision id → its number, for the earlier pins
    members: list[str]  # who a pin may be assigned to
    verification: Verification

    @property
    def can_pin(self) -> bool:
        """Pins, replies, resolving and assigning: while the review is open."""
        return self.review.state == "open"

    @property
    def is_reviewer(self) -> bool:
        return bool(self.me) and self.me == self.review.reviewer

    @property
    def is_requester(self) -> bool:
        return self.me == self.review.requested_by

    def pin(self, pin_id: str) -> PinRow | None:
        return next((p for p, _ in self.shown_pins if p.id == pin_id), None)

    def is_current(self, pin_id: str) -> bool:
        return any(p.id == pin_id and current for p, current in self.shown_pins)


def read_panel_data(ctx: AppContext, review_id: str) -> Query[PanelData]:
    ws, me = ctx.ws, ctx.user_name

    def read(_task: TaskContext) -> PanelData:
        review = get_review(ws, review_id, me=me)
        earlier = [
            (p, False)
            for p, current in pins_for_revision(ws, review.design_revision_id)
            if not current
        ]
        revisions = {
            rid: get_revision(ws, rid).number for rid in {p.design_revision_id for p, _ in earlier}
        }
        members = {review.requested_by, review.reviewer}
        members.update(m.user for m in list_members(ws, review.job_id))
        return PanelData(
            review=review,
            me=me,
            shown_pins=[(p, True) for p in review.pins] + earlier,
            revisions=revisions,
            members=sorted(members - {""}),
            verification=verify_review(ws, review_id),
        )

    return Query(ctx, read)


class ReviewPanel(QScrollArea):
    loaded = Signal(object)  # PanelData, each time it is read
    pin_selected = Signal(str)  # a pin picked in the list: the viewer flies to it

    def __init__(self, ctx: AppContext, review_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review_id = review_id
        self.data: PanelData | None = None
        self._select_when_loaded: str | None = None
        self._generation = 0
        self.setObjectName("reviewPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(400)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self._build_header(layout)
        self._build_actions(layout)
        self._build_pins(layout)
        self._build_verdicts(layout)
        self._build_exports(layout)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self.reload()

    # --- building ----------------------------------------------------------------------------
    def _build_header(self, layout: QVBoxLayout) -> None:
        """The job, the revision, who asked whom, when it is due, its status and file hash."""
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.job_label = QLabel()
        self.job_label.setObjectName("jobNumber")
        top = QHBoxLayout()
        top.addWidget(self.job_label)
        top.addStretch(1)
        top.addWidget(self.status_badge)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.title_label.setFont(f)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.due_label = QLabel()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("hint")
        self.hash_label = QLabel()
        self.hash_label.setObjectName("hint")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton()
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.hash_label)
        hash_row.addWidget(self.copy_button)
        hash_row.addStretch(1)
        layout.addLayout(top)
        for w in (self.title_label, self.people_label, self.due_label, self.note_label):
            layout.addWidget(w)
        layout.addLayout(hash_row)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("primaryButton")
        self.approve_button.clicked.connect(lambda: self._open_verdict("approved"))
        self.changes_button = QPushButton()
        self.changes_button.clicked.connect(lambda: self._open_verdict("changes_requested"))
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        row = QHBoxLayout()
        for b in (self.approve_button, self.changes_button, self.withdraw_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_pins(self, layout: QVBoxLayout) -> None:
        self.pins_title = section_title()
        self.pin_hint = QLabel()
        self.pin_hint.setObjectName("hint")
        self.pin_hint.setWordWrap(True)
        self.pin_list = PinListWidget()
        self.pin_list.currentItemChanged.connect(self._on_pin_current_changed)
        self.pin_thread = PinThreadWidget()
        self.pin_thread.reply_requested.connect(self._on_reply_requested)
        self.pin_thread.status_requested.connect(self._on_status_requested)
        self.pin_thread.assign_requested.connect(self._on_assign_requested)
        for w in (self.pins_title, self.pin_hint, self.pin_list, self.pin_thread):
            layout.addWidget(w)

    def _build_verdicts(self, layout: QVBoxLayout) -> None:
        self.verdicts_title = section_title()
        self.history = VerdictHistory()
        layout.addWidget(self.verdicts_title)
        layout.addWidget(self.history)

    def _build_exports(self, layout: QVBoxLayout) -> None:
        self.packet_button = QPushButton()
        self.packet_button.clicked.connect(lambda: self._export("packet"))
        self.bcf_button = QPushButton()
        self.bcf_button.clicked.connect(lambda: self._export("bcf"))
        self.export_status = QLabel()
        self.export_status.setObjectName("hint")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.export_status.setOpenExternalLinks(True)
        row = QHBoxLayout()
        row.addWidget(self.packet_button)
        row.addWidget(self.bcf_button)
        row.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.export_status)

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ctx.workspace is None:
            return
        self._generation += 1
        generation = self._generation

        def done(data: PanelData) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.show_data(data)

        read_panel_data(self.ctx, self.review_id).success(done).run()

    def show_data(self, data: PanelData) -> None:
        self.data = data
        r = data.review
        self._show_header(r)
        self.approve_button.setVisible(data.is_reviewer and data.can_pin)
        self.changes_button.setVisible(data.is_reviewer and data.can_pin)
        self.withdraw_button.setVisible(data.is_requester and r.state == "open")
        self._retitle_pins()
        self.pin_list.set_pins(data.shown_pins, data.revisions)
        picked = self._select_when_loaded
        self._select_when_loaded = None
        if picked and self.pin_list.select_pin(picked):
            self.pin_selected.emit(picked)
        self._show_thread()
        self.history.show_review(r, data.verification)
        self.loaded.emit(data)

    def _show_header(self, r: ReviewRow) -> None:
        self.job_label.setText(r.job_number)
        self.title_label.setText(r.job_title)
        self.status_badge.setText(review_status_label(r.status))
        self.status_badge.setProperty("status", BADGE.get(r.status, "default"))
        self.status_badge.style().unpolish(self.status_badge)
        self.status_badge.style().polish(self.status_badge)
        self.people_label.setText(
            self.tr("%1 · asked by %2 of %3")
            .replace("%1", revision_text(r.design_name, r.revision))
            .replace("%2", r.requested_by or self.tr("(this computer)"))
            .replace("%3", r.reviewer)
        )
        due = format_date(r.due) if r.due else self.tr("none")
        text = self.tr("Due date: %1").replace("%1", due)
        self.due_label.setText(text + ("  " + self.tr("(late)") if r.late else ""))
        self.due_label.setProperty("verdict", "error" if r.late else "")
        self.due_label.style().unpolish(self.due_label)
        self.due_label.style().polish(self.due_label)
        self.note_label.setText(f"“{r.note}”" if r.note else "")
        self.note_label.setVisible(bool(r.note))
        self.hash_label.setText(self.tr("File SHA-256: %1…").replace("%1", r.file_sha256[:16]))
        self.hash_label.setToolTip(r.file_sha256)

    def _retitle_pins(self) -> None:
        data = self.data
        count = len(data.review.pins) if data else 0
        self.pins_title.setText(self.tr("Pins (%1)").replace("%1", str(count)))
        if data is None:
            self.pin_hint.setText("")
        elif data.can_pin:
            self.pin_hint.setText(
                self.tr(
                    "To pin a comment, turn on the pin tool in the toolbar (P) and click the part. "
                    "Pins from earlier revisions are shown greyed."
                )
            )
        else:
            self.pin_hint.setText(
                self.tr("This review is closed: its pins and verdicts can be read, not changed.")
            )

    def _show_thread(self) -> None:
        data = self.data
        pin_id = self.pin_list.selected_pin_id()
        pin = data.pin(pin_id) if data is not None and pin_id else None
        self.pin_thread.show_pin(
            pin,
            current=data.is_current(pin.id) if data is not None and pin is not None else True,
            editable=data is not None and data.can_pin,
            members=data.members if data is not None else [],
        )

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.review_id in changes.reviews or (
            self.data is not None and self.data.review.job_id in changes.jobs
        ):
            self.reload()

    # --- pins ----------------------------------------------------------------------------------
    def selected_pin_id(self) -> str | None:
        return self.pin_list.selected_pin_id()

    def select_pin(self, pin_id: str) -> None:
        """Pick the pin in the list (a marker was clicked in the viewer)."""
        if self.pin_list.select_pin(pin_id):
            self._show_thread()

    def select_pin_when_loaded(self, pin_id: str) -> None:
        """Pick a pin just added once the reload its change brings shows it."""
        self._select_when_loaded = pin_id

    def _on_pin_current_changed(self, *_args: object) -> None:
        self._show_thread()
        pin_id = self.pin_list.selected_pin_id()
        if pin_id:
            self.pin_selected.emit(pin_id)

    def _on_reply_requested(self, pin_id: str, text: str) -> None:
        review_ops.reply_to_pin(self.ctx, pin_id, text, parent=self).success(
            lambda _id: self.pin_thread.reply_sent()
        ).run()

    def _on_status_requested(self, pin_id: str, status: str) -> None:
        review_ops.set_pin_status(self.ctx, pin_id, status, parent=self).run()

    def _on_assign_requested(self, pin_id: str, user: str) -> None:
        review_ops.assign_pin(self.ctx, pin_id, user, parent=self).run()

    # --- the review ----------------------------------------------------------------------------
    def _open_verdict(self, verdict: str) -> None:
        from ui.review.verdict_dialog import VerdictDialog

        if self.data is not None:
            VerdictDialog(self.ctx, self.data.review, verdict, self).open()

    def _on_withdraw_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw review"),
            self.tr(
                "Withdraw this review request? The advisor can still read it but can no longer "
                "pin or give a verdict."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            review_ops.withdraw_review(self.ctx, self.review_id, parent=self).run()

    def _on_copy_clicked(self) -> None:
        if self.data is not None:
            QGuiApplication.clipboard().setText(self.data.review.file_sha256)
            self.export_status.setText(self.tr("The file's SHA-256 was copied."))

    def _export(self, kind: str) -> None:
        """Write the review packet (PDF) or the BCF file, on the pool, where the user says."""
        from ui.review.export import export_review

        data = self.data
        if data is None:
            return
        r = data.review
        base = f"{r.job_number}_{r.design_name}_r{r.revision}".replace("/", "-")
        if kind == "packet":
            title, name = self.tr("Export review packet"), base + ".pdf"
            kinds = self.tr("PDF (*.pdf)")
        else:
            title, name = self.tr("Export as BCF"), base + ".bcfzip"
            kinds = self.tr("BCF (*.bcfzip)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        if path:
            export_review(self.ctx, kind, self.review_id, Path(path), self.export_status, self)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the design file's full SHA-256"))
        self.approve_button.setText(self.tr("Approve…"))
        self.changes_button.setText(self.tr("Request changes…"))
        self.withdraw_button.setText(self.tr("Withdraw"))
        self.verdicts_title.setText(self.tr("Verdicts"))
        self.packet_button.setText(self.tr("Export packet…"))
        self.packet_button.setToolTip(
            self.tr("A PDF of the review for a meeting or a support programme's report")
        )
        self.bcf_button.setText(self.tr("Export as BCF…"))
        self.bcf_button.setToolTip(self.tr("The pins as BCF topics, for other review tools"))
        self.pin_thread.retranslate()
        if self.data is not None:
            self.show_data(self.data)
        else:
            self._retitle_pins()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
