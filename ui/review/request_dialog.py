"""Request review…: ask an advisor from the square's directory to review a design revision.

The advisors come from the directory this PC keeps from its last sync (app.review.directory),
so the dialog works offline; before the first sync the directory is empty, and the dialog
says so and takes the advisor's user name typed instead. Requesting shares the job with the
advisor and creates the review (app.review.reviews.request_review), on the write lane.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.designs.designs import RevisionRow
from app.jobs import jobs
from app.quotes.design_lines import job_design_revisions
from app.review.directory import MemberCard, list_directory
from ui.app_context import AppContext
from ui.models.reviews import revision_text
from ui.operations import review as review_ops
from ui.operations.op import Query
from ui.tasks import TaskContext

NameRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_DAYS = 14  # the due date offered when one is wanted


@dataclass(frozen=True)
class RequestChoices:
    job: jobs.JobRow
    revisions: list[RevisionRow]  # newest revision of each design first
    advisors: list[MemberCard]


class RequestReviewDialog(QDialog):
    requested = Signal(str)  # the new review's id

    def __init__(
        self,
        ctx: AppContext,
        job_id: str,
        parent: QWidget | None = None,
        *,
        revision_id: str | None = None,
    ) -> None:
        """`revision_id`: the revision to offer first (else the newest of the first design)."""
        super().__init__(parent)
        self.ctx = ctx
        self.job_id = job_id
        self.revision_id = revision_id
        self.choices: RequestChoices | None = None
        self.review_id: str | None = None
        self.setWindowTitle(self.tr("Request review"))
        self.setMinimumWidth(520)
        self._build()
        self._load()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.revision_combo = QComboBox()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What should the advisor look at?"))
        self.note_edit.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Design revision"), self.revision_combo)
        form.addRow(self.tr("Advisor"), self._advisor_picker())
        form.addRow(self.tr("Due date"), self._due_row())
        form.addRow(self.tr("Note"), self.note_edit)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Request review"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _advisor_picker(self) -> QVBoxLayout:
        """The directory's advisors, searchable; or, before the first sync, a typed name."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search advisors: name, affiliation, field"))
        self.search.textChanged.connect(self._on_search_changed)
        self.advisor_list = QListWidget()
        self.advisor_list.setMinimumHeight(160)
        self.advisor_list.currentItemChanged.connect(self._sync_ok)
        self.empty_note = QLabel(self.tr("Sync once to get the square's directory of advisors."))
        self.empty_note.setObjectName("hint")
        self.empty_note.setWordWrap(True)
        self.no_match = QLabel(self.tr("No advisor matches the search."))
        self.no_match.setObjectName("hint")
        self.no_match.hide()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Or type the advisor's user name on the square"))
        self.name_edit.textChanged.connect(self._sync_ok)
        advisor = QVBoxLayout()
        for w in (self.search, self.advisor_list, self.no_match, self.empty_note, self.name_edit):
            advisor.addWidget(w)
        return advisor

    def _due_row(self) -> QHBoxLayout:
        """An optional due date, two weeks out unless changed."""
        self.due_check = QCheckBox(self.tr("By"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setMinimumDate(QDate.currentDate())
        default = date.today() + timedelta(days=DEFAULT_DAYS)
        self.due_edit.setDate(QDate(default.year, default.month, default.day))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        due.addStretch(1)
        return due

    # --- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        ws, job_id = self.ctx.ws, self.job_id
        self.status.setText(self.tr("Reading the job's designs and the advisors…"))

        def read(_task: TaskContext) -> RequestChoices:
            return RequestChoices(
                jobs.get_job(ws, job_id),
                job_design_revisions(ws, job_id),
                list_directory(ws, role="advisor"),
            )

        def done(choices: RequestChoices) -> None:
            if shiboken6.isValid(self):
                self.show_choices(choices)

        Query(self.ctx, read, parent=self).success(done).run()

    def show_choices(self, choices: RequestChoices) -> None:
        self.choices = choices
        self.heading.setText(
            self.tr("Ask an advisor to review a design of %1 “%2”.")
            .replace("%1", choices.job.number)
            .replace("%2", choices.job.title)
        )
        self._fill_revisions(choices.revisions)
        me = self.ctx.user_name
        advisors = [a for a in choices.advisors if a.name != me]
        for card in advisors:
            item = QListWidgetItem(self._card_text(card))
            item.setData(NameRole, card.name)
            item.setToolTip(card.intro or card.name)
            self.advisor_list.addItem(item)
        has_directory = bool(advisors)
        self.search.setVisible(has_directory)
        self.advisor_list.setVisible(has_directory)
        self.empty_note.setVisible(not has_directory)
        self.name_edit.setVisible(not has_directory)
        self.status.setText(
            "" if choices.revisions else self.tr("This job has no designs yet: import one first.")
        )
        (self.search if has_directory else self.name_edit).setFocus()
        self._sync_ok()

    def _fill_revisions(self, revisions: list[RevisionRow]) -> None:
        seen: set[str] = set()
        for rev in revisions:
            text = revision_text(rev.design_name, rev.number)
            if rev.design_id not in seen:
                text += "  " + self.tr("(latest)")
            seen.add(rev.design_id)
            self.revision_combo.addItem(text, rev.id)
        if self.revision_id:
            self.revision_combo.setCurrentIndex(
                max(0, self.revision_combo.findData(self.revision_id))
            )

    def _card_text(self, card: MemberCard) -> str:
        details = [card.affiliation] if card.affiliation else []
        if card.fields:
            details.append(", ".join(card.fields))
        return f"{card.name}  —  " + " · ".join(details) if details else card.name

    # --- choosing --------------------------------------------------------------------------
    def _on_search_changed(self, text: str) -> None:
        terms = text.lower().split()
        first_shown = None
        for i in range(self.advisor_list.count()):
            item = self.advisor_list.item(i)
            shown = all(t in item.text().lower() for t in terms)
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = item
        current = self.advisor_list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.advisor_list.setCurrentItem(first_shown)
        self.no_match.setVisible(first_shown is None and self.advisor_list.count() > 0)
        self._sync_ok()

    @property
    def reviewer(self) -> str:
        if self.advisor_list.isVisibleTo(self):
            item = self.advisor_list.currentItem()
            return str(item.data(NameRole)) if item is not None and not item.isHidden() else ""
        return self.name_edit.text().strip()

    @property
    def due(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        d = self.due_edit.date()
        return date(d.year(), d.month(), d.day())

    def _sync_ok(self, *_args: object) -> None:
        ready = self.choices is not None and self.revision_combo.count() > 0
        self.ok_button.setEnabled(ready and bool(self.reviewer))

    def _on_ok_clicked(self) -> None:
        revision_id = self.revision_combo.currentData()
        if not revision_id or not self.reviewer:
            return
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Requesting the review…"))
        review_ops.request_review(
            self.ctx,
            self.job_id,
            self.reviewer,
            str(revision_id),
            due=self.due,
            note=self.note_edit.toPlainText(),
            parent=self,
        ).success(self._on_requested).failure(self._on_failed).run()

    def _on_requested(self, review_id: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.review_id = review_id
        self.requested.emit(review_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        from ui.errors import present

        if shiboken6.isValid(self):
            self.status.setText("")
            self._sync_ok()
        present(exc, self)
