"""Undo and redo over the services: one stack in the AppContext (`ctx.undo`), cleared whenever
another workspace is opened.

Each entry holds two plain callables that run a service on the write lane (ctx.tasks) and
return its `Result` (or `Changes`, or None); whatever changed is emitted on ctx.bus, so every
view refreshes as it does for the first edit. The menu says what an entry does ("Undo Edit
J-20261201-001").

API for screens (the quote dialog, the board, the settings page):

    ctx.undo.push_edit(
        text,                       # names the action: "Change the title of J-…"
        do=lambda: service(ws, …),  # runs on the write lane; Result / Changes / None
        undo=lambda: service(ws, …),
        redo=None,                  # optional: what a redo runs (default: `do` again)
        final_undo=False,           # True: once undone the entry leaves (nothing to redo)
        done=False,                 # False: run `do` now, record it once it succeeded
                                    # True: the caller already ran it (and emitted it)
        on_done=callback,           # optional, with do's return value (only when done=False)
        on_error=callback,          # optional, when `do` fails (nothing is recorded then)
        merge_key=None,             # optional: consecutive edits with an equal key are one
    )                               #   entry (typing saved as it goes)

A restore that re-makes a hard-deleted row under a new id records it in `ctx.undo.aliases`;
callables look ids up with `ctx.undo.resolve(id)`.

An undo or redo that cannot be done any more (the job moved on elsewhere, was deleted by a
sync, …) raises in its callable; the user is told why (the `failed` signal; the main window
shows it) and that entry leaves the history. Raise `UndoRefused(code)` for reasons of your
own (see `refusal_text`). Only one undo/redo runs at a time; the actions are disabled
meanwhile (`busy`).

Ready-made commands for jobs: ui/operations/jobs.py; for quotes: ui/operations/quotes.py;
for the catalogue and the profile: ui/operations/settings.py. Each runs as an `Op`
(ui/operations/op.py): on the write lane, its change set emitted once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.changes import Result
from ui.operations.op import Op, split_result
from ui.words.errors import Refusal
from ui.words.errors import refusal_text as refusal_text  # (its words live there)

if TYPE_CHECKING:
    from ui.app_context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Action = Callable[[], Any]


class UndoRefused(Refusal):
    """An undo or redo that would not be right any more; `code` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def run_action(
    ctx: AppContext,
    fn: Action,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    label: str = "",
) -> None:
    """Run a service call as an Op (write lane, its changes emitted once); `on_done` gets
    exactly what `fn` returned, `on_error` (default: ui.errors.present) what it raised."""

    def keep() -> Result[Any]:
        return Result(fn())  # its changes are emitted below, before on_done sees the value

    def done(raw: object) -> None:
        ctx.bus.emit_changes(split_result(raw)[0])
        if on_done is not None:
            on_done(raw)

    op = Op(ctx, lambda _ws: keep(), label=label).success(done)
    if on_error is not None:
        op.failure(on_error)
    op.run()


class ServiceCommand(QUndoCommand):
    """One entry: `redo`/`undo` hand their callable to the stack, which runs it."""

    def __init__(
        self,
        stack: UndoStack,
        text: str,
        do: Action,
        undo: Action,
        *,
        redo: Action | None = None,
        final_undo: bool = False,
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self._stack = stack
        self._redo, self._undo = redo or do, undo
        self.final_undo = final_undo  # once undone, the entry leaves (nothing to redo)
        self.merge_key = merge_key
        self._skip_redo = True  # pushed after the first `do` already ran

    def id(self) -> int:
        return -1 if self.merge_key is None else 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field, saved as it goes: one entry, undone to before the first."""
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        if self._stack.busy:
            return False
        self._redo = other._redo
        return True

    def redo(self) -> None:
        if self._skip_redo or self._stack.replaying:
            self._skip_redo = False
            return
        self._stack.start(self, self._redo, undoing=False)

    def undo(self) -> None:
        if not self._stack.replaying:
            self._stack.start(self, self._undo, undoing=True)


class UndoStack(QUndoStack):
    failed = Signal(str, object)  # (what could not be undone/redone, the exception)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.replaying = False  # moving the index without running anything
        self._running: ServiceCommand | None = None
        self._clears = 0
        self.aliases: dict[str, str] = {}  # an id whose row a restore re-made under a new id

    def resolve(self, row_id: str) -> str:
        """The id the row `row_id` has now (after an undo or redo re-made it)."""
        seen = 0
        while row_id in self.aliases and seen < 1000:
            row_id, seen = self.aliases[row_id], seen + 1
        return row_id

    @property
    def busy(self) -> bool:
        return self._running is not None

    # --- the API ---------------------------------------------------------------------------
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
    ) -> None:
        def command() -> ServiceCommand:
            return ServiceCommand(
                self, text, do, undo, redo=redo, final_undo=final_undo, merge_key=merge_key
            )

        if done:
            self.push(command())
            return
        generation = self._generation()

        def succeeded(value: object) -> None:
            if generation == self._generation():  # not for a workspace closed meanwhile
                self.push(command())
            if on_done is not None:
                on_done(value)

        run_action(self.ctx, do, on_done=succeeded, on_error=on_error, label=label or text)

    def undo(self) -> None:
        if not self.busy and self.canUndo():
            super().undo()

    def redo(self) -> None:
        if not self.busy and self.canRedo():
            super().redo()

    def clear(self) -> None:
        """Forget every entry (a workspace was closed); work still running is let finish."""
        self._clears += 1
        self._running = None
        self.aliases.clear()
        super().clear()
        self.busy_changed.emit(False)

    # --- running an entry ------------------------------------------------------------------
    def _generation(self) -> tuple[int, int]:
        return self._clears, id(self.ctx.workspace)

    def start(self, command: ServiceCommand, fn: Action, *, undoing: bool) -> None:
        self._running = command
        self.busy_changed.emit(True)
        generation = self._generation()
        text = command.text()

        def finished(_value: object) -> None:
            if generation != self._generation():
                return
            self._running = None
            if undoing and command.final_undo:
                self._drop(command, undoing=True)
            self.busy_changed.emit(False)

        def failed(exc: BaseException) -> None:
            if generation != self._generation():
                return
            log.info("could not %s %r: %r", "undo" if undoing else "redo", text, exc)
            self._running = None
            self._drop(command, undoing=undoing)
            self.busy_changed.emit(False)
            self.failed.emit(text, exc)

        label = (
            translate("Undo", "Undoing %1") if undoing else translate("Undo", "Redoing %1")
        ).replace("%1", text)
        run_action(self.ctx, fn, on_done=finished, on_error=failed, label=label)

    def _drop(self, command: ServiceCommand, *, undoing: bool) -> None:
        """Put the index back (nothing runs) and take the entry off the stack."""
        at = self.index() if undoing else self.index() - 1
        if not isValid(command) or self.command(at) is not command:
            return  # a new edit replaced it meanwhile
        self.replaying = True
        try:
            if undoing:  # the index already moved below the command
                QUndoStack.redo(self)
            command.setObsolete(True)
            QUndoStack.undo(self)  # an obsolete entry is deleted instead of undone
        finally:
            self.replaying = False


def add_undo_actions(widget: QWidget, ctx: AppContext) -> tuple[QAction, QAction]:
    """Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) in a separate window (a dialog) for the one stack. A
    text editor with the focus keeps Ctrl+Z for its own typing (Qt's shortcut override)."""
    stack = ctx.undo
    undo, redo = QAction(widget), QAction(widget)
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)

    def update(*_args: object) -> None:
        if not isValid(stack) or not isValid(undo):
            return  # the stack (or the dialog) is going away
        idle = not stack.busy
        undo.setEnabled(idle and stack.canUndo())
        redo.setEnabled(idle and stack.canRedo())
        undo.setText(
            translate("Undo", "Undo %1").replace("%1", stack.undoText())
            if stack.canUndo()
            else translate("Undo", "Undo")
        )
        redo.setText(
            translate("Undo", "Redo %1").replace("%1", stack.redoText())
            if stack.canRedo()
            else translate("Undo", "Redo")
        )

    for signal in (
        stack.canUndoChanged,
        stack.canRedoChanged,
        stack.undoTextChanged,
        stack.redoTextChanged,
        stack.busy_changed,
    ):
        signal.connect(update)
    update()
    widget.addActions([undo, redo])
    return undo, redo
