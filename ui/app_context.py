"""The one AppContext, built at start-up and handed to whatever needs it (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.i18n import Translations
from ui.paths import Paths
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.changes import Changes
    from app.options import UserSettings
    from app.workspace import Workspace
    from ui.operations.undo import UndoStack


class ChangeBus(QObject):
    """Services return what changed; the UI emits it once and each view decides (Anki)."""

    changed = Signal(object)  # app.changes.Changes
    workspace_opened = Signal(object)  # app.workspace.Workspace

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.initiator: object = None  # while `changed` is being emitted: who made the change

    def emit_changes(self, changes: Changes, *, initiator: object = None) -> None:
        """Tell every view what changed, once. `initiator` (the widget whose action it was)
        is readable as `bus.initiator` during the emit, so that view can skip reloading."""
        if changes.empty:
            return
        self.initiator = initiator
        try:
            self.changed.emit(changes)
        finally:
            self.initiator = None


@dataclass
class AppContext:
    paths: Paths
    user_settings: UserSettings
    translations: Translations
    tasks: TaskRunner
    bus: ChangeBus
    workspace: Workspace | None = None
    user_name: str = field(default="")
    _undo: UndoStack | None = field(default=None, init=False, repr=False)

    @property
    def undo(self) -> UndoStack:
        """Undo/redo over the services (ui/operations/undo.py); made on first use, after the window
        shows, so that start-up does not pay for it."""
        if self._undo is None:
            from ui.operations.undo import UndoStack

            self._undo = UndoStack(self)
        return self._undo

    @property
    def ws(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace
