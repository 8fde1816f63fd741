"""The one AppContext, built at start-up and handed to whatever needs it (no singletons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from ui.i18n import Translations
from ui.paths import Paths
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.changes import Changes
    from app.options import UserSettings
    from app.workspace import Workspace


Action = Callable[[], Any]


class UndoHistory(Protocol):
    """The one undo stack, as the context hands it out: ui/operations/undo.py's `UndoStack`
    (a QUndoStack; see there for the API). The context sits below the operations layer, so it
    names what it holds by this Protocol instead of importing it."""

    aliases: dict[str, str]

    @property
    def busy(self) -> bool: ...
    @property
    def failed(self) -> SignalInstance: ...
    @property
    def busy_changed(self) -> SignalInstance: ...
    @property
    def canUndoChanged(self) -> SignalInstance: ...
    @property
    def canRedoChanged(self) -> SignalInstance: ...
    @property
    def undoTextChanged(self) -> SignalInstance: ...
    @property
    def redoTextChanged(self) -> SignalInstance: ...
    def push_edit(
        self,
        text: str,
        *,
        do: Action,
        undo: Action,
        redo: Action | None = None,
        done: bool = False,
        final_undo: bool = False,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
        merge_key: object = None,
    ) -> None: ...
    def resolve(self, row_id: str) -> str: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def clear(self) -> None: ...
    def canUndo(self) -> bool: ...
    def canRedo(self) -> bool: ...
    def undoText(self) -> str: ...
    def redoText(self) -> str: ...


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
    _undo: UndoHistory | None = field(default=None, init=False, repr=False)

    @property
    def undo(self) -> UndoHistory:
        """Undo/redo over the services. The layer that knows the stack makes it: the main
        window once it is on screen (start-up does not pay for it), or a test's fixture."""
        if self._undo is None:
            raise RuntimeError("no undo stack yet: set ctx.undo = UndoStack(ctx) first")
        return self._undo

    @undo.setter
    def undo(self, stack: UndoHistory) -> None:
        self._undo = stack

    @property
    def has_undo(self) -> bool:
        return self._undo is not None

    @property
    def ws(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace
