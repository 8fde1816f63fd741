"""The main window: navigation rail, pages, menus and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

import resources
from app.changes import Changes
from ui.app_context import AppContext
from ui.tasks import Task

if TYPE_CHECKING:
    from ui.jobs_page import JobsPage
    from ui.quotes_page import QuotesPage
    from ui.settings_page import SettingsPage

log = logging.getLogger(__name__)
ICONS = Path(resources.__file__).resolve().parent / "icons"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowIcon(icon("app"))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() >= 1500:
            self.resize(1440, min(900, int(screen.height() * 0.9)))
        else:
            self.resize(1280, 800)
        self.setMinimumSize(900, 600)

        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setViewMode(QListWidget.ViewMode.IconMode)
        self.rail.setFlow(QListWidget.Flow.TopToBottom)
        self.rail.setMovement(QListWidget.Movement.Static)
        self.rail.setIconSize(QSize(28, 28))
        self.rail.setGridSize(QSize(96, 72))
        self.rail.setFixedWidth(100)
        self.rail.setSpacing(2)
        self.stack = QStackedWidget()
        # The pages (and the workspace code under them) are built right after the window is
        # shown, so the window appears at once; see build_pages().
        self._page_names = ("jobs", "quotes", "settings")
        self._pages_built = False
        for name in self._page_names:
            item = QListWidgetItem(icon(name), "", self.rail)
            item.setSizeHint(QSize(88, 64))
            self.stack.addWidget(QWidget())
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.rail.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.workspace_label = QLabel()
        self.statusBar().addWidget(self.sync_label)
        self.statusBar().addWidget(self.workspace_label, 1)
        self._ui_finished = False
        self.retranslate()

    def finish_ui(self) -> None:
        """What the window needs once it is on screen: menus, task progress, the pages.
        Deferred so that the window appears at once (the pages pull in the workspace code)."""
        if self._ui_finished:
            return
        self._ui_finished = True
        self._build_status_bar()
        self._build_menus()
        self.ctx.tasks.task_started.connect(self._on_tasks_changed)
        self.ctx.tasks.task_progress.connect(self._on_tasks_changed)
        self.ctx.tasks.task_finished.connect(self._on_tasks_changed)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.build_pages()
        self.retranslate()

    # --- construction ----------------------------------------------------------------
    def build_pages(self) -> None:
        """Build the real pages in place of the placeholders (once)."""
        if self._pages_built:
            return
        self._pages_built = True
        from ui.jobs_page import JobsPage
        from ui.quotes_page import QuotesPage
        from ui.settings_page import SettingsPage

        self.jobs_page: JobsPage = JobsPage(self.ctx)
        self.quotes_page: QuotesPage = QuotesPage(self.ctx)
        self.settings_page: SettingsPage = SettingsPage(self.ctx)
        current = self.rail.currentRow()
        for i, page in enumerate((self.jobs_page, self.quotes_page, self.settings_page)):
            old = self.stack.widget(i)
            self.stack.insertWidget(i, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.stack.setCurrentIndex(max(0, current))
        self.quotes_page.open_job_requested.connect(self._on_quotes_open_job)
        self.settings_page.square_saved.connect(self._on_square_saved)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ui_finished:
            QTimer.singleShot(0, self.finish_ui)

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QProgressBar, QToolButton

        bar = self.statusBar()
        self.task_label = QLabel()
        self.task_progress = QProgressBar()
        self.task_progress.setMaximumWidth(160)
        self.task_progress.setRange(0, 100)
        self.task_cancel = QToolButton()
        self.task_cancel.setAutoRaise(True)
        self.task_cancel.clicked.connect(self._on_cancel_clicked)
        bar.addPermanentWidget(self.task_label)
        bar.addPermanentWidget(self.task_progress)
        bar.addPermanentWidget(self.task_cancel)
        self._on_tasks_changed(None)
        from ui.sync_status import SyncController, SyncStatusWidget

        self.sync_controller = SyncController(self.ctx, self)
        self.sync_status = SyncStatusWidget(self.sync_controller)
        bar.insertWidget(0, self.sync_status)
        self.sync_label.hide()

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.act_new_job = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.act_new_job.triggered.connect(self._on_new_job)
        self.act_import = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.act_import.triggered.connect(self._on_import)
        self.act_backup = QAction(self)
        self.act_backup.triggered.connect(self._on_backup)
        self.act_sync = QAction(self, shortcut=QKeySequence("F5"))
        self.act_sync.triggered.connect(self.sync_controller.sync_now)
        self.act_quit = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.act_quit.triggered.connect(self.close)
        actions = (self.act_new_job, self.act_import, None, self.act_sync, self.act_backup)
        for a in (*actions, None, self.act_quit):
            if a is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(a)
        self.view_menu = mb.addMenu("")
        self.act_pages = []
        for i, _ in enumerate(self._page_names):
            act = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, row=i: self.rail.setCurrentRow(row))
            self.view_menu.addAction(act)
            self.act_pages.append(act)
        self.act_find = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.act_find.triggered.connect(self._on_find)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_find)
        self.help_menu = mb.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self._on_about)
        self.help_menu.addAction(self.act_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Maker Square"))
        names = [self.tr("Jobs"), self.tr("Quotes"), self.tr("Settings")]
        for i, text in enumerate(names):
            item = self.rail.item(i)
            if item is not None:
                item.setText(text)
        self.sync_label.setText(self.tr("● Offline — working locally"))
        self.sync_label.setToolTip(
            self.tr("Not connected to the square. Everything is saved in this workspace.")
        )
        ws = self.ctx.workspace
        self.workspace_label.setText(
            self.tr("Workspace: %1").replace("%1", str(ws.root)) if ws else ""
        )
        if not self._ui_finished:
            return
        for act, text in zip(self.act_pages, names, strict=True):
            act.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_new_job.setText(self.tr("&New job…"))
        self.act_import.setText(self.tr("&Import design…"))
        self.act_backup.setText(self.tr("&Back up workspace now"))
        self.act_sync.setText(self.tr("&Sync with the square now"))
        self.sync_status.retranslate()
        self.act_quit.setText(self.tr("&Quit"))
        self.act_find.setText(self.tr("&Find job"))
        self.act_about.setText(self.tr("&About Maker Square"))
        self.task_cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def workspace_opened(self) -> None:
        """The workspace is open (ctx.workspace set): fill every page."""
        self.finish_ui()
        self.retranslate()
        self.jobs_page.load()
        self.settings_page.load()
        self.quotes_page.on_changes(Changes(quotes=frozenset({"*"})))
        self.ctx.bus.workspace_opened.emit(self.ctx.workspace)

    # --- slots -------------------------------------------------------------------------
    def _on_tasks_changed(self, _task: Task | None) -> None:
        active = self.ctx.tasks.active
        busy = bool(active)
        self.task_label.setVisible(busy)
        self.task_progress.setVisible(busy)
        self.task_cancel.setVisible(busy)
        if busy:
            first = active[0]
            more = len(active) - 1
            text = first.label + (self.tr(" (+%1 more)").replace("%1", str(more)) if more else "")
            self.task_label.setText(text)
            self.task_progress.setValue(first.percent)

    def _on_square_saved(self) -> None:
        if hasattr(self, "sync_controller"):
            self.sync_controller.start()  # re-read the account, then sync at once

    def _on_cancel_clicked(self) -> None:
        self.ctx.tasks.cancel_all()

    def _on_bus_changed(self, changes: Changes) -> None:
        if self._pages_built:
            self.quotes_page.on_changes(changes)

    def _on_new_job(self) -> None:
        if self.ctx.workspace is None:
            return
        self.rail.setCurrentRow(0)
        self.jobs_page.new_job()

    def _on_import(self) -> None:
        if self.ctx.workspace is None:
            return
        self.rail.setCurrentRow(0)
        self.jobs_page.detail.import_by_dialog()

    def _on_find(self) -> None:
        if not self._pages_built:
            return
        self.rail.setCurrentRow(0)
        self.jobs_page.focus_search()

    def _on_quotes_open_job(self, job_id: str) -> None:
        self.rail.setCurrentRow(0)
        self.jobs_page.select_job(job_id)

    def _on_backup(self) -> None:
        if self.ctx.workspace is None:
            return
        ws = self.ctx.workspace
        self.ctx.tasks.run(
            lambda _ctx: ws.backup_now("manual"),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(path)), 8000
            ),
            on_error=self.show_error,
            lane="write",
            label=self.tr("Backing up"),
        )

    def _on_about(self) -> None:
        from importlib.metadata import version

        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Maker Square"),
            self.tr("Maker Square %1\nJobs, quotes and 3D designs for small makers.").replace(
                "%1", version("makersquare")
            ),
        )

    def show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.labels import error_text

        log.info("showing error to the user: %r", exc)
        QMessageBox.warning(self, self.tr("Maker Square"), error_text(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(10_000)
        super().closeEvent(event)
