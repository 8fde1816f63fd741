"""The one AppContext, built at start-up and handed to whatever needs it (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.changes import Changes
from ui.i18n import Translations
from ui.paths import Paths
from ui.tasks import TaskRunner
from ui.undo import UndoStack

if TYPE_CHECKING:
    from app.options import UserSettings
    from app.workspace import Workspace


class ChangeBus(QObject):
    """Services return what changed; the UI emits it once and each view decides (Anki)."""

    changed = Signal(object)  # app.changes.Changes
    workspace_opened = Signal(object)  # app.workspace.Workspace

    def emit_changes(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)


@dataclass
class AppContext:
    paths: Paths
    user_settings: UserSettings
    translations: Translations
    tasks: TaskRunner
    bus: ChangeBus
    workspace: Workspace | None = None
    user_name: str = field(default="")
    undo: UndoStack = field(init=False)  # undo/redo over the services; see ui/undo.py

    def __post_init__(self) -> None:
        self.undo = UndoStack(self)

    @property
    def ws(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace
