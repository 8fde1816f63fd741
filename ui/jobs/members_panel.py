"""Who a job is shared with, in the job view: each member's name, role and whether the
square has the share yet; Share… and Unshare for who may change it (the job's maker, or
the local user without a square account: ui/jobs/access.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.jobs.members import MemberRow
from app.review.directory import MemberCard, list_directory
from ui.app_context import AppContext
from ui.jobs.access import role_label
from ui.jobs.share_dialog import ShareDialog
from ui.jobs.short_list import ShortList
from ui.operations import members as member_ops
from ui.operations.op import Query
from ui.tasks import TaskContext

USER = Qt.ItemDataRole.UserRole


class JobMembersSection(QWidget):
    def __init__(self, ctx: AppContext, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.members: list[MemberRow] = []
        self.can_share = False
        self.title = title
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self.share)
        self.unshare_button = QPushButton()
        self.unshare_button.clicked.connect(self.unshare_selected)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.share_button)
        head.addWidget(self.unshare_button)
        self.short = ShortList("membersList", max_rows=5)
        self.list, self.empty_label = self.short.list, self.short.empty_label
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.short)
        self.retranslate()

    def show_members(self, job_id: str | None, members: list[MemberRow], can_share: bool) -> None:
        """The job's members as the job view read them (it needs them for access too)."""
        self.job_id, self.members, self.can_share = job_id, members, can_share
        self._fill()

    def _fill(self) -> None:
        """The members; the one selected stays selected (a reload follows every change)."""
        keep = self.selected_user()
        self.list.clear()
        for m in self.members:
            text = f"{m.user} · {role_label(m.role)}"
            if m.user == self.ctx.user_name:
                text += "  " + self.tr("(you)")
            if m.pending:
                text += "  " + self.tr("(not sent yet)")
            item = QListWidgetItem(text)
            item.setData(USER, m.user)
            if m.pending:
                item.setToolTip(self.tr("The square gets this change at the next sync."))
            self.list.addItem(item)
            if m.user == keep:
                self.list.setCurrentItem(item)
        self.short.fit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.share_button.setVisible(self.can_share)
        self.unshare_button.setVisible(self.can_share and bool(self.members))
        user = self.selected_user()
        self.unshare_button.setEnabled(user is not None and user != self.ctx.user_name)

    def selected_user(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(USER)) if item is not None else None

    # --- actions -------------------------------------------------------------------------------
    def share(self) -> None:
        """Read the cached directory on the pool, then ask whom to share with."""
        if self.job_id is None or not self.can_share:
            return
        ws = self.ctx.ws

        def read(_task: TaskContext) -> list[MemberCard]:
            return list_directory(ws)

        Query(self.ctx, read, parent=self).success(self._ask_whom).run()

    def _ask_whom(self, cards: list[MemberCard]) -> None:
        job_id = self.job_id
        if job_id is None or not isValid(self):
            return
        taken = [m.user for m in self.members] + [self.ctx.user_name]
        dialog = ShareDialog(cards, taken, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: member_ops.share_job(
                self.ctx, job_id, dialog.user(), dialog.role(), parent=self
            )
        )
        self.share_dialog = dialog  # for tests and screenshots: the dialog that is open
        dialog.open()

    def unshare_selected(self) -> None:
        user = self.selected_user()
        if self.job_id is None or user is None or not self.can_share:
            return
        answer = QMessageBox.question(
            self.window(),
            self.tr("Unshare job"),
            self.tr("Take this job away from %1? It leaves their PC at their next sync.").replace(
                "%1", user
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            member_ops.unshare_job(self.ctx, self.job_id, user, parent=self)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Members"))
        self.share_button.setText(self.tr("Share…"))
        self.share_button.setToolTip(
            self.tr("Share this job with an advisor, a trainer or another maker on the square")
        )
        self.unshare_button.setText(self.tr("Unshare"))
        self.empty_label.setText(self.tr("Not shared: only you have this job."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
