"""Sync with the square from the window: a timer, "Sync now", and the status bar's words.

`SyncController` runs `sync.engine.run_sync` on the task pool — at start, on a timer,
shortly after local edits, and on demand — with jittered backoff after failures, so a
retry never waits for the next edit. `SyncStatusWidget` always says one of: in sync,
N changes waiting, offline, or the last error with its time; after a sync that brought
them, how many new messages and how much review activity came ("✔ In sync · 2 new
messages · 1 review update", until the next sync); and a button to the conflicts inbox
while it holds changes the square did not take (ui/square/conflicts_dialog.py).
The password is asked for when there is no keyring or no saved sign-in,
and kept in memory only.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QToolButton, QWidget

from app.changes import Changes
from ui.app_context import AppContext
from ui.operations.op import Query
from ui.style.formats import format_datetime, format_time
from ui.tasks import TaskContext

if TYPE_CHECKING:
    from app.replica.state import SyncStatus
    from sync.client import SquareClient
    from sync.engine import SyncSummary

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000  # a sync every five minutes while all is well
AFTER_EDIT_MS = 15 * 1000  # and this soon after a local change
AT_START_MS = 2 * 1000
ASK_PASSWORD = frozenset({"needs_password", "no_keyring", "bad_credentials", "token_expired"})


class SyncController(QObject):
    status_changed = Signal(object)  # app.replica.state.SyncStatus
    syncing_changed = Signal(bool)
    account_changed = Signal(str)  # ctx.user_name is another square account now (or none)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from sync.backoff import Backoff

        self.ctx = ctx
        self.backoff = Backoff()
        self.syncing = False
        self.status: SyncStatus | None = None
        self.news = (0, 0)  # what the last sync brought: new messages, review activity
        self._password: str | None = None  # memory only, for machines without a keyring
        self._client: SquareClient | None = None
        self._client_key: tuple[str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.workspace_opened.connect(self._on_workspace_opened)

    # --- scheduling ----------------------------------------------------------------------------
    def _on_workspace_opened(self, _ws: object) -> None:
        self.start()

    def start(self) -> None:
        self._password = None
        self.refresh_status(then_sync=True)

    def schedule(self, msecs: int) -> None:
        if not self._timer.isActive() or self._timer.remainingTime() > msecs:
            self._timer.start(max(0, msecs))

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.empty or self.syncing or not self.configured():
            return
        self.schedule(AFTER_EDIT_MS)
        self.refresh_status()

    def configured(self) -> bool:
        return bool(self.status and self.status.server_url and self.status.user)

    # --- status ----------------------------------------------------------------------------
    def refresh_status(self, *, then_sync: bool = False) -> None:
        if self.ctx.workspace is None:
            return
        ws = self.ctx.ws

        def read(_task: TaskContext) -> SyncStatus:
            from app.replica.state import sync_status

            return sync_status(ws)

        def done(status: SyncStatus) -> None:
            self._set_status(status)
            if then_sync and self.configured():
                self.schedule(AT_START_MS)

        Query(self.ctx, read, parent=self).success(done).run()

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        # The square account the workspace belongs to signs what is made here (moves,
        # designs, comments), as the command line does.
        user, before = status.user or "", self.ctx.user_name
        self.ctx.user_name = user
        self.status_changed.emit(status)
        if user != before:
            self.account_changed.emit(user)

    # --- syncing ---------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.syncing or self.ctx.workspace is None or not self.configured():
            return
        assert self.status is not None and self.status.server_url and self.status.user
        ws, url, user, password = (
            self.ctx.ws,
            self.status.server_url,
            self.status.user,
            self._password,
        )
        client = self._client_for(url, user)
        self.syncing = True
        self.syncing_changed.emit(True)

        write = self.ctx.tasks.call_on_write_lane

        def work(task: TaskContext) -> tuple[SyncSummary, SyncStatus]:
            from app.replica.state import sync_status
            from sync.engine import run_sync

            def progress(_stage: str, done: int, total: int) -> None:
                task.report(int(100 * done / total) if total else 0, _stage)

            summary = run_sync(
                ws,
                server_url=url,
                user=user,
                password=password,
                client=client,
                progress=progress,
                cancelled=lambda: task.cancelled,
                write=write,  # its workspace writes queue on the write lane with the user's
            )
            return summary, sync_status(ws)

        Query(self.ctx, work, parent=self, label=self.tr("Syncing with the square")).success(
            self._on_synced
        ).failure(self._on_failed).cancelled(self._on_cancelled).run()

    def _client_for(self, url: str, user: str) -> SquareClient:
        from sync.client import SquareClient

        if self._client is None or self._client_key != (url, user):
            self._client, self._client_key = SquareClient(url), (url, user)
        return self._client

    def _on_synced(self, result: tuple[SyncSummary, SyncStatus]) -> None:
        summary, status = result
        self.syncing = False
        self.syncing_changed.emit(False)
        self.backoff.succeeded()
        self.news = (summary.messages, summary.review_activity)
        self._set_status(status)
        self.ctx.bus.emit_changes(summary.changes)
        self.schedule(INTERVAL_MS)

    def _on_cancelled(self) -> None:
        """Cancelled from the status bar or by a workspace switch: try again at the next turn."""
        self.syncing = False
        self.syncing_changed.emit(False)
        self.refresh_status()
        self.schedule(INTERVAL_MS)

    def _on_failed(self, exc: BaseException) -> None:
        from sync.errors import SyncError

        self.syncing = False
        self.syncing_changed.emit(False)
        self.refresh_status()
        if not isinstance(exc, SyncError):
            log.error("sync failed", exc_info=exc)
            self.schedule(int(self.backoff.failed() * 1000))
            return
        if exc.code in ASK_PASSWORD and self._ask_password(exc.code):
            self.schedule(0)
            return
        if exc.transient:
            self.schedule(int(self.backoff.failed() * 1000))

    def _ask_password(self, code: str) -> bool:
        user = self.status.user if self.status else ""
        parent = self.parent()
        text, ok = QInputDialog.getText(
            parent if isinstance(parent, QWidget) else None,
            self.tr("Sign in to the square"),
            (
                self.tr("The user name or password was not accepted.") + "\n"
                if code == "bad_credentials"
                else ""
            )
            + self.tr("Password for %1:").replace("%1", user or ""),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self._password = text
            return True
        return False


class SyncStatusWidget(QWidget):
    """The status bar's sync part: what the state is, in words, and "Sync now"."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("syncState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(controller.sync_now)
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("conflictsInbox")
        self.conflicts_button.clicked.connect(self._on_conflicts_clicked)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sync_button)
        # Bound methods, not lambdas: Qt drops them when this widget goes.
        controller.status_changed.connect(self._on_state_changed)
        controller.syncing_changed.connect(self._on_state_changed)
        self.retranslate()

    def _on_state_changed(self, _state: object) -> None:
        self.retranslate()

    def _on_conflicts_clicked(self) -> None:
        from ui.square.conflicts_dialog import open_conflicts_dialog

        open_conflicts_dialog(self.controller.ctx, self.window())

    def state_text(self) -> tuple[str, str]:
        """(what the label says, its tooltip) for the controller's state."""
        from ui.words.errors import sync_error_text

        c, s = self.controller, self.controller.status
        if s is None or not (s.server_url and s.user):
            return self.tr("● Offline — working locally"), self.tr(
                "Not connected to the square. Everything is saved in this workspace."
            )
        waiting = ""
        if s.pending == 1:
            waiting = self.tr("1 change waiting")
        elif s.pending:
            waiting = self.tr("%1 changes waiting").replace("%1", str(s.pending))
        if c.syncing:
            text = self.tr("⟳ Syncing…")
        elif s.last_error is not None and s.last_error.code == "offline":
            text = self.tr("● Offline") + (f" — {waiting}" if waiting else "")
        elif s.last_error is not None and s.last_error.code in ASK_PASSWORD:
            text = self.tr("● Sign-in needed") + (f" — {waiting}" if waiting else "")
        elif s.last_error is not None:
            when = format_time(s.last_error.at)
            text = self.tr("⚠ Sync failed at %1").replace("%1", when)
        elif s.pending:
            text = "● " + waiting
        else:
            text = self.tr("✔ In sync")
        if not c.syncing and s.last_error is None:
            text = " · ".join([text, *self.news_words()])
        tip = [self.tr("Square: %1 as %2").replace("%1", s.server_url).replace("%2", s.user)]
        if s.last_ok_at is not None:
            tip.append(self.tr("Last in sync: %1").replace("%1", format_datetime(s.last_ok_at)))
        if s.last_error is not None:
            tip.append(sync_error_text(s.last_error.code, s.user))
        return text, "\n".join(tip)

    def news_words(self) -> list[str]:
        """What the last sync brought, in words (nothing when it brought nothing)."""
        messages, reviews = self.controller.news
        words = []
        if messages:
            words.append(
                self.tr("1 new message")
                if messages == 1
                else self.tr("%1 new messages").replace("%1", str(messages))
            )
        if reviews:
            words.append(
                self.tr("1 review update")
                if reviews == 1
                else self.tr("%1 review updates").replace("%1", str(reviews))
            )
        return words

    def retranslate(self) -> None:
        text, tip = self.state_text()
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.sync_button.setText(self.tr("Sync now"))
        s = self.controller.status
        count = s.conflicts if s is not None else 0
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_button.setText(
            self.tr("⚠ %1 in the conflicts inbox").replace("%1", str(count))
        )
        self.conflicts_button.setToolTip(
            self.tr(
                "Changes the square did not take as they were: nothing is lost. Open the inbox."
            )
        )
        configured = self.controller.configured()
        self.sync_button.setVisible(configured)
        self.sync_button.setEnabled(configured and not self.controller.syncing)
