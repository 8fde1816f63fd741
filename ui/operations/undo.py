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

Ready-made commands for jobs: `save_job_fields`, `move_job`, `job_created`; for quotes,
the catalogue and the profile: ui/operations/quotes.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.changes import Changes, Result

if TYPE_CHECKING:
    from app.jobs.jobs import JobDetail
    from ui.app_context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
Action = Callable[[], Any]


class UndoRefused(Exception):
    """An undo or redo that would not be right any more; `code` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def refusal_text(exc: UndoRefused) -> str:
    return {
        "job_in_use": translate(
            "Undo",
            "The job has designs, quotes or status changes now, so it is not removed. "
            "Cancel the job instead if it is not needed.",
        ),
        "status_changed": translate(
            "Undo",
            "The job's status has changed since (perhaps on another computer); "
            "move it from the job's page instead.",
        ),
        "quote_sent": translate(
            "Undo",
            "This quote revision has been sent since, so it stays as it was. "
            "Make a new revision to change it.",
        ),
    }.get(exc.code, translate("Undo", "It cannot be undone any more."))


def changes_of(value: object) -> Changes:
    if isinstance(value, Result):
        return value.changes
    if isinstance(value, Changes):
        return value
    return Changes()


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
            self.ctx.bus.emit_changes(changes_of(value))
            if on_done is not None:
                on_done(value)

        self.ctx.tasks.write(do, on_done=succeeded, on_error=on_error, label=label or text)

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

        def finished(value: object) -> None:
            if generation != self._generation():
                return
            self._running = None
            if undoing and command.final_undo:
                self._drop(command, undoing=True)
            self.busy_changed.emit(False)
            self.ctx.bus.emit_changes(changes_of(value))

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
        self.ctx.tasks.write(fn, on_done=finished, on_error=failed, label=label)

    def _drop(self, command: ServiceCommand, *, undoing: bool) -> None:
        """Put the index back (nothing runs) and take the entry off the stack."""
        from shiboken6 import isValid

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


# --- ready-made commands for jobs -------------------------------------------------------------
JOB_FIELDS = ("title", "customer", "due_date", "priority", "assignee", "notes")


def _job_fields(detail: JobDetail) -> dict[str, Any]:
    r = detail.row
    return {
        "title": r.title,
        "customer": r.customer,
        "due_date": r.due_date,
        "priority": r.priority,
        "assignee": r.assignee,
        "notes": detail.notes,
    }


def _edit_text(number: str, changed: list[str]) -> str:
    names = {
        "title": translate("Undo", "Change the title of %1"),
        "customer": translate("Undo", "Change the customer of %1"),
        "due_date": translate("Undo", "Change the due date of %1"),
        "priority": translate("Undo", "Change the priority of %1"),
        "assignee": translate("Undo", "Change the assignee of %1"),
        "notes": translate("Undo", "Edit the notes of %1"),
    }
    text = names[changed[0]] if len(changed) == 1 else translate("Undo", "Edit %1")
    return text.replace("%1", number)


def save_job_fields(
    ctx: AppContext,
    before: JobDetail,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **after: Any,
) -> None:
    """Save a job's fields (app.jobs.jobs.update_job) as one undoable edit of what changed."""
    from app.jobs import jobs

    old = _job_fields(before)
    changed = [k for k in JOB_FIELDS if k in after and _norm(after[k]) != _norm(old[k])]
    ws, job_id = ctx.ws, before.row.id
    if not changed:  # nothing to undo; still save (whitespace, say)
        ctx.tasks.write(
            lambda: jobs.update_job(ws, job_id, **after),
            on_done=_emitting(ctx, on_done),
            on_error=on_error,
        )
        return
    new_values = {k: after[k] for k in changed}
    old_values = {k: old[k] for k in changed}
    ctx.undo.push_edit(
        _edit_text(before.row.number, changed),
        do=lambda: jobs.update_job(ws, job_id, **new_values),
        undo=lambda: jobs.update_job(ws, job_id, **old_values),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving job"),
    )


def _emitting(ctx: AppContext, then: Callable[[Any], None] | None) -> Callable[[Any], None]:
    """An on_done that emits what the service changed, then calls `then`."""

    def done(value: object) -> None:
        ctx.bus.emit_changes(changes_of(value))
        if then is not None:
            then(value)

    return done


def _norm(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def can_move_back(old: str, new: str) -> bool:
    """Whether the state machine lets a job that moved old → new go straight back."""
    from app.jobs.jobs import allowed_moves

    return old in allowed_moves(new, old if new == "on_hold" else None)


def move_job(
    ctx: AppContext,
    job_id: str,
    number: str,
    current: str,
    status: str,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Move a job (app.jobs.jobs.set_status). Undoable only where the state machine allows the move
    back: undo is then a new move back, recorded in the history like any other (the history
    is append-only and syncs). Other moves run without an undo entry."""
    from app.jobs import jobs
    from ui.words.labels import status_label

    ws, by = ctx.ws, ctx.user_name

    def go(frm: str, to: str) -> Callable[[], Any]:
        def run() -> Any:
            if jobs.get_job(ws, job_id).status != frm:
                raise UndoRefused("status_changed")
            return jobs.set_status(ws, job_id, to, by=by, note="undo" if to == current else "")

        return run

    if not can_move_back(current, status):
        ctx.tasks.write(
            lambda: jobs.set_status(ws, job_id, status, by=by),
            on_done=_emitting(ctx, on_done),
            on_error=on_error,
            label=translate("Undo", "Changing status"),
        )
        return
    text = (
        translate("Undo", "Move %1 to “%2”")
        .replace("%1", number)
        .replace("%2", status_label(status))
    )
    ctx.undo.push_edit(
        text,
        do=lambda: jobs.set_status(ws, job_id, status, by=by),
        undo=go(status, current),
        redo=go(current, status),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Changing status"),
    )


def job_created(ctx: AppContext, job_id: str) -> None:
    """Record a job just created (already emitted). Undo removes it while nothing depends on it
    (no designs, quotes or status moves); once removed it stays removed (the square keeps a
    deletion for good), so this entry then leaves the history."""
    from app.designs import designs
    from app.jobs import jobs
    from app.quotes import quotes

    row = jobs.get_job(ctx.ws, job_id)
    ws = ctx.ws

    def remove() -> Any:
        detail = jobs.job_detail(ws, job_id)
        if (
            len(detail.history) > 1
            or designs.list_designs(ws, job_id)
            or quotes.list_quotes(ws, job_id)
        ):
            raise UndoRefused("job_in_use")
        return jobs.delete_job(ws, job_id)

    text = (
        translate("Undo", "Create job %1 “%2”").replace("%1", row.number).replace("%2", row.title)
    )
    ctx.undo.push_edit(text, do=lambda: None, undo=remove, done=True, final_undo=True)
