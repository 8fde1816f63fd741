"""Open another workspace, or a new one, while the app runs; and the recent-workspaces list.

Opening runs on the write lane (a migration can take a while) with the status bar's
progress; only once the new workspace is open is the old one closed, so a folder that is
not a workspace, is from a newer Maker Square or is locked leaves the current one open and
says what to do. An empty or damaged workspace is offered a restore from its backups
(`restore`, ui/shell/restore_dialog.py), which also runs on the write lane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from app.options import UserSettings
    from app.workspace import Workspace
    from app.workspace_restore import RestoreResult
    from ui.app_context import AppContext
    from ui.tasks import Task, TaskContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
RECENT_LIMIT = 8
DB_NAME = "workspace.sqlite"  # app.workspace.DB_NAME (not imported: SQLAlchemy is slow to load)


def recent_workspaces(settings: UserSettings) -> list[str]:
    return list(settings.get("ui.recent_workspaces"))


def add_recent(settings: UserSettings, root: Path) -> list[str]:
    """Put `root` first (once), keep the list to RECENT_LIMIT, and remember it as the last one."""
    path = str(root)
    recent = [path] + [p for p in recent_workspaces(settings) if p != path]
    settings.set("ui.recent_workspaces", recent[:RECENT_LIMIT])
    settings.set("ui.last_workspace", path)
    return recent[:RECENT_LIMIT]


def remove_recent(settings: UserSettings, root: str) -> None:
    settings.set("ui.recent_workspaces", [p for p in recent_workspaces(settings) if p != root])


def is_workspace_folder(path: Path) -> bool:
    return (path / DB_NAME).is_file()


class WorkspaceSwitcher(QObject):
    """Swaps ctx.workspace: open the new one off the UI thread, then close the old one."""

    switched = Signal(object)  # the new app.workspace.Workspace
    failed = Signal(str)  # the message shown (for tests and the status bar)
    restored = Signal(object)  # app.workspace_restore.RestoreResult

    def __init__(
        self,
        ctx: AppContext,
        on_opened: Callable[[], None],
        show_message: Callable[[str], None],
        parent: QObject | None = None,
        offer_restore: Callable[[str, Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_opened = on_opened  # the window reloads its pages
        self._show_message = show_message
        self._offer_restore = offer_restore  # (message, root): the message with a Restore…
        self.opening: Path | None = None
        self._task: Task | None = None
        ctx.tasks.task_finished.connect(self._on_task_finished)  # done, failed or cancelled

    def open(self, root: Path, *, create: bool = False) -> None:
        """Open the workspace in `root` (make it there when `create`)."""
        root = root.expanduser().resolve()
        current = self.ctx.workspace
        if self.opening is not None:
            return
        if current is not None and current.root.resolve() == root:
            return
        self.opening = root

        def work(_task: object) -> Workspace:
            from app.workspace import open_workspace

            return open_workspace(root, create=create)

        self._task = self.ctx.tasks.run(
            work,
            on_done=self._on_workspace_open,
            on_error=lambda exc: self._on_open_failed(exc, root),
            lane="write",
            label=translate("WorkspaceSwitch", "Opening workspace %1").replace("%1", root.name),
        )

    def _on_task_finished(self, task: Task) -> None:
        if task is self._task:  # a cancelled open reports nothing else
            self._task, self.opening = None, None

    def _on_workspace_open(self, ws: object) -> None:
        from app.workspace import Workspace

        assert isinstance(ws, Workspace)
        self.opening = None
        old = self.ctx.workspace
        self.ctx.tasks.cancel_all()  # loads and syncs of the old workspace
        self.ctx.tasks.wait(10_000)
        self.ctx.workspace = ws
        self.ctx.undo.clear()
        if old is not None:
            old.close()
        add_recent(self.ctx.user_settings, ws.root)
        log.info("switched workspace to %s", ws.root)
        self._on_opened()
        self.switched.emit(ws)

    def _on_open_failed(self, exc: BaseException, root: Path) -> None:
        from ui.errors import present
        from ui.words.errors import is_restorable, open_error_text

        self.opening = None
        log.info("could not open workspace %s: %r", root, exc)
        text = open_error_text(exc, root)
        if text is None:  # a bug: the log and the crash dialog have it
            self.failed.emit("")
            present(exc, None)
            return
        if self.ctx.workspace is not None:
            text += "\n\n" + translate("WorkspaceSwitch", "The workspace you had open stays open.")
        self.failed.emit(text)
        if self._offer_restore is not None and is_restorable(exc):
            self._offer_restore(text, root)
        else:
            self._show_message(text)

    def restore(self, root: Path, backup: Path) -> None:
        """Put `backup` back as the workspace in `root`, then open it (on the write lane).

        The current workspace, when it is that one, is closed first (the restore needs its
        lock) and opened again if the restore fails; the file replaced is kept aside.
        """
        root = root.expanduser().resolve()
        if self.opening is not None:
            return
        current = self.ctx.workspace
        reopen = current is not None and current.root.resolve() == root
        if current is not None and reopen:
            self.ctx.tasks.cancel_all()  # loads and syncs of the workspace going away
            self.ctx.tasks.wait(10_000)
            self.ctx.workspace = None
            self.ctx.undo.clear()
            current.close()
        self.opening = root

        def work(task: TaskContext) -> tuple[Workspace, RestoreResult]:
            from app.workspace import open_workspace
            from app.workspace_restore import restore_backup

            task.report(10, "restoring")
            result = restore_backup(root, backup)
            task.report(70, "opening")
            return open_workspace(root, create=False), result

        def done(value: object) -> None:
            assert isinstance(value, tuple)
            ws, result = value
            self._on_workspace_open(ws)
            self.restored.emit(result)

        def failed(exc: BaseException) -> None:
            self.opening = None
            log.info("could not restore %s from %s: %r", root, backup, exc)
            from ui.errors import present
            from ui.words.errors import error_text

            text = error_text(exc)
            self.failed.emit(text or "")
            if text is None:  # a bug: the log and the crash dialog have it
                present(exc, None)
            else:
                self._show_message(text)
            if reopen:  # the restore changed nothing: the workspace comes back as it was
                self.open(root)

        self._task = self.ctx.tasks.run(
            work,
            on_done=done,
            on_error=failed,
            lane="write",
            label=translate("WorkspaceSwitch", "Restoring %1 from a backup").replace(
                "%1", root.name
            ),
        )

    def new_workspace(self, folder: Path) -> str | None:
        """Make a workspace in `folder`; returns why not (a message) when it must not."""
        if is_workspace_folder(folder):
            self.open(folder)
            return None
        if folder.exists() and any(folder.iterdir()):
            return translate(
                "WorkspaceSwitch",
                "“%1” already has files in it. Choose an empty folder (or make one in the "
                "dialog) for the new workspace.",
            ).replace("%1", str(folder))
        self.open(folder, create=True)
        return None
