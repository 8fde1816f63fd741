"""Undoable edits of the catalogue (machines, materials) and the business profile.

The API is in ui/operations/undo.py; each `do` reads what it is about to change on the write
lane, so its undo puts back exactly what was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import catalogue
from app.errors import NotFoundError
from ui.operations.undo import Action

if TYPE_CHECKING:
    from ui.app_context import AppContext

translate = QCoreApplication.translate
Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


def _catalogue_row(ws: Any, kind: str, item_id: str) -> Any:
    rows = catalogue.list_machines(ws) if kind == "machine" else catalogue.list_materials(ws)
    for row in rows:
        if row.id == item_id:
            return row
    raise NotFoundError(f"{kind} {item_id}", kind=kind, id=item_id)


def _save_row(ws: Any, kind: str, row: Any) -> Any:
    if kind == "machine":
        return catalogue.save_machine(ws, row)
    return catalogue.save_material(ws, row)


def edit_catalogue_item(
    ctx: AppContext, kind: str, row: Any, *, on_done: Done = None, on_error: Failed = None
) -> None:
    """Save an edited machine or material row; undo saves the row as it was."""
    ws = ctx.ws
    before: dict[str, Any] = {}

    def do() -> Any:
        before["row"] = _catalogue_row(ws, kind, row.id)
        return _save_row(ws, kind, row)

    def put(get: Callable[[], Any]) -> Action:
        def run() -> Any:
            _catalogue_row(ws, kind, row.id)  # deleted meanwhile: it no longer exists
            return _save_row(ws, kind, get())

        return run

    text = (
        translate("Undo", "Edit machine “%1”")
        if kind == "machine"
        else translate("Undo", "Edit material “%1”")
    )
    ctx.undo.push_edit(
        text.replace("%1", row.name),
        do=do,
        undo=put(lambda: before["row"]),
        redo=put(lambda: row),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving catalogue"),
    )


def add_catalogue_item(
    ctx: AppContext,
    kind: str,
    add: Callable[[], Any],
    text: str,
    *,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    """Add (or duplicate) a machine or material; undo deletes it, redo brings it back."""
    ws = ctx.ws
    made: dict[str, str] = {}

    def do() -> Any:
        result = add()
        made["id"] = str(result.value)
        return result

    ctx.undo.push_edit(
        text,
        do=do,
        undo=lambda: catalogue.delete_catalogue_item(ws, kind, made["id"]),
        redo=lambda: catalogue.restore_catalogue_item(ws, kind, made["id"]),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving catalogue"),
    )


def delete_catalogue_item(
    ctx: AppContext,
    kind: str,
    item_id: str,
    name: str,
    *,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    ws = ctx.ws
    text = (
        translate("Undo", "Delete machine “%1”")
        if kind == "machine"
        else translate("Undo", "Delete material “%1”")
    )
    ctx.undo.push_edit(
        text.replace("%1", name),
        do=lambda: catalogue.delete_catalogue_item(ws, kind, item_id),
        undo=lambda: catalogue.restore_catalogue_item(ws, kind, item_id),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving catalogue"),
    )


def save_profile(
    ctx: AppContext,
    data: catalogue.ProfileData,
    *,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    """Save the business profile; undo saves the profile as it was."""
    ws = ctx.ws
    before: dict[str, catalogue.ProfileData] = {}

    def do() -> Any:
        before["profile"] = catalogue.get_profile(ws)
        return catalogue.save_profile(ws, data)

    ctx.undo.push_edit(
        translate("Undo", "Save the business profile"),
        do=do,
        undo=lambda: catalogue.save_profile(ws, before["profile"]),
        redo=lambda: catalogue.save_profile(ws, data),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving profile"),
    )
