"""A job's messages in the job view: its comment thread (author, time, not-yet-sent and
unread marks) and a box to write one (Ctrl+Enter sends).

Showing the thread marks the job read (app.jobs.comments.mark_job_read) as of the moment
it was read, so a message that arrives by sync meanwhile stays unread; `read` tells the
jobs list to drop its unread count for the job. The marks stay on screen until the thread
is left, so the user sees which messages were new.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.jobs.comments import CommentRow, is_unread, last_read, list_comments
from app.models import utcnow
from ui.app_context import AppContext
from ui.operations import messages as message_ops
from ui.operations.op import Query
from ui.style.formats import format_datetime
from ui.style.theme import current_colours
from ui.tasks import TaskContext

Thread = tuple[str, list[CommentRow], datetime | None, datetime]  # job, rows, seen, read at


class JobMessagesSection(QWidget):
    read = Signal(str)  # the job whose thread was just read here

    def __init__(self, ctx: AppContext, title: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job_id: str | None = None
        self.comments: list[CommentRow] = []
        self.unread: set[str] = set()
        self._marks_for = ctx.user_name  # the account the marks were worked out for
        self._drafts: dict[str, str] = {}  # what was typed per job, kept across a switch
        self.title = title
        self.count_label = QLabel()
        self.count_label.setObjectName("unreadCount")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.count_label)
        head.addStretch(1)
        self.thread_view = QTextBrowser()
        self.thread_view.setObjectName("messageThread")
        self.thread_view.setOpenLinks(False)
        self._build_compose()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.thread_view)
        layout.addWidget(self.compose)
        self.retranslate()

    def _build_compose(self) -> None:
        """The box to write in and Send (Ctrl+Enter from the box)."""
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("messageEdit")
        self.edit.setFixedHeight(60)
        self.edit.textChanged.connect(self._update_send)
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send)
        self.edit.installEventFilter(self)  # Ctrl+Enter sends (plain Enter: a new line)
        self.compose = QWidget()
        row = QHBoxLayout(self.compose)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.send_button)
        self._sending = False

    # --- showing -------------------------------------------------------------------------------
    def show_job(self, job_id: str | None, *, can_comment: bool) -> None:
        if job_id != self.job_id:
            if self.job_id is not None:
                self._drafts[self.job_id] = self.edit.toPlainText()
            self.job_id = job_id
            self.comments, self.unread = [], set()
            self.edit.setPlainText(self._drafts.pop(job_id, "") if job_id else "")
            self._fill()
        self.compose.setVisible(can_comment)
        self.reload()

    def reload(self) -> None:
        """Read the thread on the pool; then show it and mark the job read."""
        if self.job_id is None or self.ctx.workspace is None:
            return
        ws, job_id = self.ctx.ws, self.job_id

        def read(_task: TaskContext) -> Thread:
            at = utcnow()  # what is read now is read; a later arrival stays unread
            return job_id, list_comments(ws, job_id, thread_only=True), last_read(ws, job_id), at

        Query(self.ctx, read, parent=self).success(self._on_loaded).run()

    def _on_loaded(self, thread: Thread) -> None:
        job_id, comments, seen, read_at = thread
        if not isValid(self) or job_id != self.job_id:  # closed or showing another job by now
            return
        me = self.ctx.user_name
        fresh = {c.id for c in comments if is_unread(c, seen, me)}
        # the marks stay while the job is shown to the same account, through the reloads
        # every change brings
        kept = self.unread & {c.id for c in comments} if self._marks_for == me else set()
        self._marks_for = me
        self.unread = kept | fresh
        self.comments = comments
        self._fill()
        if fresh:
            message_ops.mark_read(
                self.ctx, job_id, read_at, parent=self, on_done=lambda _: self._on_marked(job_id)
            )
        else:
            self.read.emit(job_id)

    def _on_marked(self, job_id: str) -> None:
        if isValid(self):
            self.read.emit(job_id)

    def _fill(self) -> None:
        count = len(self.unread)
        self.count_label.setVisible(count > 0)
        self.count_label.setText(self.tr("%1 new").replace("%1", str(count)))
        self.count_label.setStyleSheet(f"color: {current_colours().accent}; font-weight: bold;")
        if not self.comments:
            muted = current_colours().muted
            self.thread_view.setHtml(f"<p style='color:{muted}'>{self._empty()}</p>")
        else:
            self.thread_view.setHtml("".join(self._message_html(c) for c in self.comments))
        self._fit_height()
        bar = self.thread_view.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest, at the bottom, as in any chat

    def _fit_height(self) -> None:
        """As tall as the thread, between a few lines and a screenful's share (then scroll)."""
        doc = self.thread_view.document()
        doc.setTextWidth(self.thread_view.viewport().width())
        frame = 2 * self.thread_view.frameWidth() + 8
        self.thread_view.setFixedHeight(max(70, min(260, int(doc.size().height()) + frame)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # narrower: the same thread wraps to more lines

    def _empty(self) -> str:
        return html.escape(self.tr("No messages yet. Write the first one below."))

    def _message_html(self, c: CommentRow) -> str:
        colours = current_colours()
        mine = c.author == self.ctx.user_name
        author = self.tr("You") if mine or not c.author else c.author
        marks = f" <span style='color:{colours.muted}'>{html.escape(format_datetime(c.created_at))}"
        if c.pending:
            marks += " · " + html.escape(self.tr("not sent yet"))
        marks += "</span>"
        if c.id in self.unread:
            new = html.escape(self.tr("New"))
            marks += (
                f" <span style='background:{colours.accent}; color:{colours.accent_text}'>"
                f"&nbsp;{new}&nbsp;</span>"
            )
        body = html.escape(c.body).replace("\n", "<br>")
        return f"<p style='margin:0 0 8px 0'><b>{html.escape(author)}</b>{marks}<br>{body}</p>"

    # --- writing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send()
            return True
        return super().eventFilter(watched, event)

    def _update_send(self) -> None:
        self.send_button.setEnabled(not self._sending and bool(self.edit.toPlainText().strip()))

    def send(self) -> None:
        text = self.edit.toPlainText().strip()
        job_id = self.job_id
        if job_id is None or not text or self._sending or not self.compose.isVisible():
            return
        self._sending = True
        self._update_send()
        message_ops.send_message(
            self.ctx,
            job_id,
            text,
            parent=self,
            on_sent=lambda _comment_id: self._on_sent(job_id),
            on_failed=self._on_failed,
        )

    def _on_sent(self, job_id: str) -> None:
        """Empty the box it was written in (the change reloads the thread with it)."""
        self._sending = False
        if job_id == self.job_id:
            self.edit.clear()
        else:  # another job is shown by now: forget the draft kept for this one
            self._drafts.pop(job_id, None)
        self._update_send()

    def _on_failed(self, exc: BaseException) -> None:
        from ui.errors import present

        self._sending = False
        self._update_send()  # the text stays in the box, to send again
        present(exc, self)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Messages"))
        self.edit.setPlaceholderText(self.tr("Write a message… (Ctrl+Enter sends)"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Ctrl+Enter)"))
        self._update_send()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
