"""The main window: navigation rail, pages, menus and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QIcon
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
from ui.app_context import AppContext
from ui.errors import present
from ui.tasks import Task

if TYPE_CHECKING:
    # (event and widget types for annotations only: each Qt class costs time on first use,
    # and the window is meant to appear at once)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QSplitter

    from app.changes import Changes
    from ui.dashboard.page import DashboardPage
    from ui.jobs.page import JobsPage
    from ui.quotes.page import QuotesPage
    from ui.review.page import ReviewsPage
    from ui.settings.page import SettingsPage
    from ui.shell.menus import MainMenus
    from ui.shell.workspace_switch import WorkspaceSwitcher

log = logging.getLogger(__name__)
LAYOUT_SAVE_MS = 2000  # the layout is saved this long after the last change (and on close)
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
        self.setAcceptDrops(True)  # design files and workspace folders; see ui/shell/drop.py

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
        self._page_names = ("jobs", "dashboard", "quotes", "reviews", "settings")
        self.pages_built = False
        for name in self._page_names:
            item = QListWidgetItem(icon(name), "", self.rail)
            item.setSizeHint(QSize(88, 64))
            self.stack.addWidget(QWidget())
        self.rail.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.rail.setCurrentRow(0)
        from ui.style import theme

        theme.fit_navigation_rail(self.rail, tint=False)  # sizes now, colours in finish_ui

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
        self.failed_root: Path | None = None  # the workspace that could not open at start
        self._restore_geometry()
        self.retranslate()

    def finish_ui(self) -> None:
        """What the window needs once it is on screen: menus, task progress, the pages.
        Deferred so that the window appears at once (the pages pull in the workspace code)."""
        if self._ui_finished:
            return
        self._ui_finished = True
        if not self.ctx.has_undo:  # made now, not at start-up: the window shows sooner
            from ui.operations.undo import UndoStack

            self.ctx.undo = UndoStack(self.ctx)
        from ui.style import theme

        theme.fit_navigation_rail(self.rail)  # the icons in the theme's colours
        self._build_status_bar()
        self._build_menus()
        self.ctx.undo.failed.connect(self._on_undo_failed)
        self.ctx.tasks.task_started.connect(self._on_tasks_changed)
        self.ctx.tasks.task_progress.connect(self._on_tasks_changed)
        self.ctx.tasks.task_finished.connect(self._on_tasks_changed)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.build_pages()
        self._restore_layout()
        self.retranslate()

    # --- construction ----------------------------------------------------------------
    def build_pages(self) -> None:
        """Build the real pages in place of the placeholders (once)."""
        if self.pages_built:
            return
        self.pages_built = True
        from ui.dashboard.page import DashboardPage
        from ui.jobs.page import JobsPage
        from ui.quotes.page import QuotesPage
        from ui.review.page import ReviewsPage
        from ui.settings.page import SettingsPage

        self.jobs_page: JobsPage = JobsPage(self.ctx)
        self.dashboard_page: DashboardPage = DashboardPage(self.ctx)
        self.quotes_page: QuotesPage = QuotesPage(self.ctx)
        self.reviews_page: ReviewsPage = ReviewsPage(self.ctx)
        self.settings_page: SettingsPage = SettingsPage(self.ctx)
        current = self.rail.currentRow()
        pages = (
            self.jobs_page,
            self.dashboard_page,
            self.quotes_page,
            self.reviews_page,
            self.settings_page,
        )
        for i, page in enumerate(pages):
            old = self.stack.widget(i)
            self.stack.insertWidget(i, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.stack.setCurrentIndex(max(0, current))
        self.quotes_page.open_job_requested.connect(self._on_quotes_open_job)
        self.settings_page.square_saved.connect(self._on_square_saved)
        from ui.shell.review_host import ShellReviewHost

        self.jobs_page.set_review_host(ShellReviewHost(self.ctx))
        if hasattr(self, "sync_controller"):  # what is "mine" follows the square account
            self.sync_controller.account_changed.connect(self._on_account_changed)

    def _on_account_changed(self, _user: str) -> None:
        self.jobs_page.on_account_changed()
        self.reviews_page.reload()

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
        from ui.square.sync_status import SyncController, SyncStatusWidget

        self.sync_controller = SyncController(self.ctx, self)
        self.sync_status = SyncStatusWidget(self.sync_controller)
        bar.insertWidget(0, self.sync_status)
        self.sync_label.hide()

    def _build_menus(self) -> None:
        from ui.shell.menus import MainMenus
        from ui.shell.workspace_switch import WorkspaceSwitcher

        self.menus: MainMenus = MainMenus(self)
        self.switcher: WorkspaceSwitcher = WorkspaceSwitcher(
            self.ctx,
            self._on_workspace_switched,
            self.show_message,
            self,
            offer_restore=self.offer_restore,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Maker Square"))
        names = [
            self.tr("Jobs"),
            self.tr("Dashboard"),
            self.tr("Quotes"),
            self.tr("Reviews"),
            self.tr("Settings"),
        ]
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
        self.menus.retranslate(names)
        self.sync_status.retranslate()
        self.task_cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and self._ui_finished:
            self.menus.full_screen.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def workspace_opened(self) -> None:
        """The workspace is open (ctx.workspace set): fill every page."""
        self.finish_ui()
        self.retranslate()
        self.jobs_page.load()
        self.dashboard_page.load()
        self.settings_page.load()
        from app.changes import Changes

        self.quotes_page.on_changes(Changes(quotes=frozenset({"*"})))
        self.ctx.bus.workspace_opened.emit(self.ctx.workspace)

    # --- switching workspaces ------------------------------------------------------------
    def open_workspace(self, root: Path) -> None:
        """Open another workspace in place of this one (the current one stays on failure)."""
        self.finish_ui()
        self.switcher.open(root)

    def on_open_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.ctx.workspace.root.parent) if self.ctx.workspace else str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open workspace: choose its folder"), start
        )
        if folder:
            self.open_workspace(Path(folder))

    def on_new_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("New workspace: choose or make an empty folder"), str(Path.home())
        )
        if folder:
            why_not = self.switcher.new_workspace(Path(folder))
            if why_not:
                self.show_message(why_not)

    def show_open_error(self, exc: BaseException, root: Path) -> None:
        """The workspace asked for at start could not be opened: say why, keep the window
        (File ▸ Open workspace… and New workspace… are the way on)."""
        from ui.words.errors import is_restorable, open_error_text

        self.finish_ui()
        self.failed_root = root  # File ▸ Restore from backup… restores this one
        text = open_error_text(exc, root)
        if text is None:  # a bug: the crash dialog says it
            present(exc, self)
            return
        if is_restorable(exc):
            self.offer_restore(text, root)
            return
        self.show_message(
            text + "\n\n" + self.tr("Use File ▸ Open workspace… or File ▸ New workspace… to go on.")
        )

    def offer_restore(self, text: str, root: Path) -> None:
        """An empty or damaged workspace: say so, with a Restore from backup… button."""
        from ui.shell.restore_dialog import offer_restore

        offer_restore(self, text, root)

    def on_restore_backup(self) -> None:
        """File ▸ Restore from backup…: the open workspace's backups (or the one that failed)."""
        from ui.shell.restore_dialog import ask_restore

        root = self.ctx.workspace.root if self.ctx.workspace else self.failed_root
        if root is not None:
            ask_restore(self, root)

    def _on_workspace_switched(self) -> None:
        """ctx.workspace is another one now: empty the pages, then fill them from it."""
        if self.pages_built:
            self.jobs_page.detail.show_job(None)
            self.jobs_page.model.set_rows([])
        self.workspace_opened()
        self.statusBar().showMessage(
            self.tr("Opened workspace %1").replace("%1", str(self.ctx.ws.root)), 8000
        )

    # --- window layout -------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        from ui.shell import layout_state

        layout_state.restore_window(self, layout_state.load(self.ctx.user_settings))

    def _restore_layout(self) -> None:
        """Splitter, table header and page as they were left (what does not restore is skipped)."""
        from ui.shell import layout_state

        layout = layout_state.load(self.ctx.user_settings)
        layout_state.restore_splitter(self._jobs_splitter(), layout.get("jobs.splitter"))
        layout_state.restore_header(
            self.jobs_page.table.horizontalHeader(), layout.get("jobs.header")
        )
        page = layout_state.restore_page(layout, self._page_names)
        if page is not None:
            self.rail.setCurrentRow(page)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(LAYOUT_SAVE_MS)
        self._layout_timer.timeout.connect(self.save_layout)
        header = self.jobs_page.table.horizontalHeader()
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(self._layout_timer.start)
        splitter = self._jobs_splitter()
        if splitter is not None:
            splitter.splitterMoved.connect(self._layout_timer.start)
        self.rail.currentRowChanged.connect(self._layout_timer.start)

    def _jobs_splitter(self) -> QSplitter | None:
        from PySide6.QtWidgets import QSplitter

        splitter = getattr(self.jobs_page, "splitter", None) or self.jobs_page.detail.parentWidget()
        return splitter if isinstance(splitter, QSplitter) else None

    def save_layout(self) -> None:
        from ui.shell import layout_state

        values = layout_state.window_values(self)
        values["main.page"] = self._page_names[max(0, self.rail.currentRow())]
        if self.pages_built:
            splitter = self._jobs_splitter()
            if splitter is not None:
                values["jobs.splitter"] = layout_state.encode(splitter.saveState())
            header = self.jobs_page.table.horizontalHeader()
            values["jobs.header"] = layout_state.encode(header.saveState())
        try:
            layout_state.update(self.ctx.user_settings, values)
        except OSError as exc:  # a read-only config folder must not stop the window closing
            log.warning("could not save the window layout: %s", exc)

    # --- dropping files ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.shell.drop import drop_files

        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        drop_files(self, paths)

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
        if self.pages_built:
            self.quotes_page.on_changes(changes)

    def on_new_job(self) -> None:
        if self.ctx.workspace is None or not self.pages_built:
            return
        self.rail.setCurrentRow(0)
        self.jobs_page.new_job()

    def on_import(self) -> None:
        if self.ctx.workspace is None or not self.pages_built:
            return
        self.rail.setCurrentRow(0)
        if self.jobs_page.detail.job_id is None:
            self.show_message(
                self.tr("Select a job first (or make one with File ▸ New job…), then import.")
            )
            return
        self.jobs_page.detail.import_by_dialog()

    def on_find(self) -> None:
        if not self.pages_built:
            return
        self.rail.setCurrentRow(0)
        self.jobs_page.focus_search()

    def _on_quotes_open_job(self, job_id: str) -> None:
        self.rail.setCurrentRow(0)
        self.jobs_page.select_job(job_id)

    def on_backup(self) -> None:
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

    def on_about(self) -> None:
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
        """ui.errors.present, parented here (for code that holds the window, not a widget)."""
        present(exc, self)

    def show_message(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Maker Square"), text)

    def _on_undo_failed(self, what: str, exc: BaseException) -> None:
        from ui.words.errors import error_text

        reason = error_text(exc)
        if reason is None:  # a bug: the crash dialog says it
            present(exc, self)
            return
        self.show_message(
            self.tr("“%1” could not be undone or redone. %2")
            .replace("%1", what)
            .replace("%2", reason)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ui_finished:
            self.save_layout()
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(10_000)
        super().closeEvent(event)
