"""The main window's menus (File, Edit, View, Help), their shortcuts and the shortcuts dialog.

Every command is a QAction with its shortcut, so the menus show the keys and the
"Keyboard shortcuts" dialog is generated from the actions themselves (it cannot drift).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ui.shell.workspace_switch import is_workspace_folder, recent_workspaces

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

    from ui.app_context import AppContext
    from ui.square.sync_status import SyncController

log = logging.getLogger(__name__)
# The menus' words live in the MainWindow context (written out so that lupdate finds them).
translate = QCoreApplication.translate


class MenuHost(Protocol):
    """What the menus use of the main window, which builds them and passes itself (so this
    module need not import ui/shell/main_window.py). `window()` is QWidget's own: the window,
    parent of the actions and menus."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def rail(self) -> QListWidget: ...
    @property
    def sync_controller(self) -> SyncController: ...
    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def open_workspace(self, root: Path) -> None: ...
    def on_new_job(self) -> None: ...
    def on_import(self) -> None: ...
    def on_open_workspace(self) -> None: ...
    def on_new_workspace(self) -> None: ...
    def on_backup(self) -> None: ...
    def on_restore_backup(self) -> None: ...
    def on_find(self) -> None: ...
    def on_about(self) -> None: ...


def _action(parent: QObject, slot: Callable[[], object], *keys: str) -> QAction:
    act = QAction(parent)
    if keys:
        act.setShortcuts([QKeySequence(k) for k in keys])
    act.triggered.connect(lambda _=False: slot())
    return act


class MainMenus(QObject):
    """Builds the main window's menu bar and keeps the texts that change (undo, recent)."""

    def __init__(self, host: MenuHost) -> None:
        super().__init__(host.window())
        self.host, self.ctx = host, host.ctx
        self.window = w = host.window()
        self.new_job = _action(w, host.on_new_job, "Ctrl+N")
        self.import_design = _action(w, host.on_import, "Ctrl+I")
        self.open_workspace = _action(w, host.on_open_workspace, "Ctrl+O")
        self.new_workspace = _action(w, host.on_new_workspace)
        self.recent_menu = QMenu(w)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.clear_recent = _action(w, self._on_clear_recent)
        self.sync = _action(w, host.sync_controller.sync_now, "F5")
        self.conflicts = _action(w, self._on_conflicts)
        self.backup = _action(w, host.on_backup)
        self.restore = _action(w, host.on_restore_backup)
        self.quit = _action(w, w.close, "Ctrl+Q")
        self.undo = _action(w, self.ctx.undo.undo, "Ctrl+Z")
        self.redo = _action(w, self.ctx.undo.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.find = _action(w, host.on_find, "Ctrl+F")
        self.pages = [self._page_action(i) for i in range(host.rail.count())]
        self.full_screen = _action(w, self._on_full_screen, "F11")
        self.full_screen.setCheckable(True)
        self.about = _action(w, host.on_about)
        self.shortcuts = _action(w, self.show_shortcuts, "Ctrl+/")
        self._build(host.menuBar())
        for signal in (
            self.ctx.undo.canUndoChanged,
            self.ctx.undo.canRedoChanged,
            self.ctx.undo.undoTextChanged,
            self.ctx.undo.redoTextChanged,
            self.ctx.undo.busy_changed,
        ):
            signal.connect(self.update_undo)

    def _on_conflicts(self) -> None:
        from ui.square.conflicts_dialog import open_conflicts_dialog

        if self.ctx.workspace is not None:
            open_conflicts_dialog(self.ctx, self.window)

    def _page_action(self, row: int) -> QAction:
        return _action(self.window, lambda: self.host.rail.setCurrentRow(row), f"Ctrl+{row + 1}")

    def _build(self, bar: QMenuBar) -> None:
        self.file_menu = bar.addMenu("")
        for item in (
            self.new_job,
            self.import_design,
            None,
            self.open_workspace,
            self.new_workspace,
            self.recent_menu,
            None,
            self.sync,
            self.conflicts,
            self.backup,
            self.restore,
            None,
            self.quit,
        ):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(self.pages)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen)
        self.theme_actions = self._theme_actions()
        if self.theme_actions:
            self.view_menu.addSeparator()
            self.view_menu.addActions(self.theme_actions)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts, self.about])

    def _theme_actions(self) -> list[QAction]:
        """The theme and projector-mode toggles: ui.style.theme.make_actions(parent, settings)."""
        try:
            from ui.style import theme
        except ImportError:
            return []
        make = getattr(theme, "make_actions", None)
        if make is None:
            return []
        try:
            return list(make(self.window, self.ctx.user_settings))
        except Exception:  # a broken toggle must not take the menus down
            log.exception("ui.style.theme.make_actions failed")
            return []

    # --- texts -------------------------------------------------------------------------
    def retranslate(self, page_names: list[str]) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.new_job.setText(translate("MainWindow", "&New job…"))
        self.import_design.setText(translate("MainWindow", "&Import design…"))
        self.open_workspace.setText(translate("MainWindow", "&Open workspace…"))
        self.new_workspace.setText(translate("MainWindow", "New &workspace…"))
        self.recent_menu.setTitle(translate("MainWindow", "&Recent workspaces"))
        self.clear_recent.setText(translate("MainWindow", "&Clear list"))
        self.backup.setText(translate("MainWindow", "&Back up workspace now"))
        self.restore.setText(translate("MainWindow", "Res&tore from backup…"))
        self.sync.setText(translate("MainWindow", "&Sync with the square now"))
        self.conflicts.setText(translate("MainWindow", "Con&flicts inbox…"))
        self.quit.setText(translate("MainWindow", "&Quit"))
        self.find.setText(translate("MainWindow", "&Find job"))
        for act, name in zip(self.pages, page_names, strict=True):
            act.setText(name)
        self.full_screen.setText(translate("MainWindow", "F&ull screen"))
        self.shortcuts.setText(translate("MainWindow", "&Keyboard shortcuts…"))
        self.about.setText(translate("MainWindow", "&About Maker Square"))
        self.update_undo()
        self.fill_recent()

    def update_undo(self, *_args: object) -> None:
        from shiboken6 import isValid

        stack = self.ctx.undo
        if not isValid(stack):  # the stack's own destructor tells its last news
            return
        idle = not stack.busy
        self.undo.setEnabled(idle and stack.canUndo())
        self.redo.setEnabled(idle and stack.canRedo())
        self.undo.setText(
            translate("MainWindow", "&Undo %1").replace("%1", stack.undoText())
            if stack.canUndo()
            else translate("MainWindow", "&Undo")
        )
        self.redo.setText(
            translate("MainWindow", "&Redo %1").replace("%1", stack.redoText())
            if stack.canRedo()
            else translate("MainWindow", "&Redo")
        )

    def fill_recent(self) -> None:
        """Up to 8 workspaces, newest first; a missing one is shown greyed with a note."""
        self.recent_menu.clear()
        current = str(self.ctx.workspace.root) if self.ctx.workspace else ""
        paths = recent_workspaces(self.ctx.user_settings)
        for i, path in enumerate(paths):
            exists = is_workspace_folder(Path(path))
            label = f"&{i + 1}  {path}" if i < 9 else path
            if not exists:
                label += "  " + translate("MainWindow", "(not found)")
            act = self.recent_menu.addAction(label)
            act.setEnabled(exists and path != current)
            act.setCheckable(path == current)
            act.setChecked(path == current)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.host.open_workspace(Path(p)))
        if not paths:
            empty = self.recent_menu.addAction(translate("MainWindow", "No recent workspaces"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent)
        self.clear_recent.setEnabled(bool(paths))

    def _on_clear_recent(self) -> None:
        current = self.ctx.workspace
        self.ctx.user_settings.set(
            "ui.recent_workspaces", [str(current.root)] if current is not None else []
        )
        self.fill_recent()

    def _on_full_screen(self) -> None:
        w = self.window
        w.showNormal() if w.isFullScreen() else w.showFullScreen()
        self.full_screen.setChecked(w.isFullScreen())

    # --- the shortcuts dialog ------------------------------------------------------------
    def all_actions(self) -> Iterator[tuple[str, QAction]]:
        """(menu title, action) for every action in the menus, in menu order."""

        def walk(menu: QMenu, title: str) -> Iterator[tuple[str, QAction]]:
            for act in menu.actions():
                if act.menu() is not None:
                    yield from walk(act.menu(), title)  # type: ignore[arg-type]
                elif not act.isSeparator():
                    yield title, act

        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            yield from walk(menu, menu.title().replace("&", ""))

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, keys) for every action that has a shortcut."""
        rows = []
        for title, act in self.all_actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
            if keys:
                text = {
                    self.undo: translate("MainWindow", "Undo"),
                    self.redo: translate("MainWindow", "Redo"),
                }.get(act, act.text())
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append((title, text.split("\t")[0], ", ".join(keys)))
        return rows

    def show_shortcuts(self) -> QWidget:
        from ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self.window)
        dialog.show()
        return dialog
