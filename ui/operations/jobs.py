"""The job commands: save a job's fields, move it, undo its creation (undoable where right).

Each runs as an `Op` (ui/operations/op.py) through the undo stack (ui/operations/undo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui.operations.undo import UndoRefused, run_action

if TYPE_CHECKING:
    from app.jobs.jobs import JobDetail
    from ui.app_context import AppContext

translate = QCoreApplication.translate


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
        run_action(
            ctx, lambda: jobs.update_job(ws, job_id, **after), on_done=on_done, on_error=on_error
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
        run_action(
            ctx,
            lambda: jobs.set_status(ws, job_id, status, by=by),
            on_done=on_done,
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
