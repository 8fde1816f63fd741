"""Undoable edits of quotes (the API is in ui/operations/undo.py).

Each `do` reads what it is about to change on the write lane, so its undo puts back exactly
what was saved. A quote revision sent meanwhile is frozen: its undo or redo is refused
(`UndoRefused("quote_sent")`). A removed quote line is put back as a new row; the stack's
aliases map the old id to the new one, so older entries about that line still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app import money
from app.errors import NotFoundError, QuoteFrozenError
from app.kinds import Kind
from app.quotes import quotes
from ui.operations.undo import Action, UndoRefused

if TYPE_CHECKING:
    from ui.app_context import AppContext

translate = QCoreApplication.translate
Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


def line_edit_text(field: str, position: int) -> str:
    return {
        "item": translate("Undo", "Change item of line %1"),
        "spec": translate("Undo", "Change spec. of line %1"),
        "quantity": translate("Undo", "Change quantity of line %1"),
        "unit_price": translate("Undo", "Change unit price of line %1"),
        "note": translate("Undo", "Change note of line %1"),
    }[field].replace("%1", str(position))


def terms_text(fields: list[str], number: str) -> str:
    names = {
        "vat_included": translate("Undo", "Change the VAT of quote %1"),
        "rounding": translate("Undo", "Change the rounding of quote %1"),
        "valid_until": translate("Undo", "Change the validity of quote %1"),
        "notes": translate("Undo", "Edit the notes of quote %1"),
    }
    text = names[fields[0]] if len(fields) == 1 else translate("Undo", "Change the terms of %1")
    return text.replace("%1", number)


def _unfrozen(fn: Action) -> Action:
    """`fn`, refused with a reason when the revision was sent since."""

    def run() -> Any:
        try:
            return fn()
        except QuoteFrozenError as exc:
            raise UndoRefused("quote_sent", **exc.params) from exc

    return run


def _line(ws: Any, revision_id: str, line_id: str) -> quotes.LineData:
    for ln in quotes.get_revision(ws, revision_id).lines:
        if ln.id == line_id:
            return ln
    raise NotFoundError(f"quote line {line_id}", kind=Kind.QUOTE_LINE, id=line_id)


# --- quote lines -----------------------------------------------------------------------------
def edit_quote_line(
    ctx: AppContext,
    revision_id: str,
    line_id: str,
    position: int,
    field: str,
    value: Any,
    *,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    """Save one cell of a line (app.quotes.quotes.update_line) as one undoable edit."""
    ws, stack = ctx.ws, ctx.undo
    before: dict[str, Any] = {}

    def do() -> Any:
        lid = stack.resolve(line_id)
        before[field] = getattr(_line(ws, revision_id, lid), field)
        return quotes.update_line(ws, lid, **{field: value})

    def put(values: dict[str, Any]) -> Action:
        return _unfrozen(lambda: quotes.update_line(ws, stack.resolve(line_id), **values))

    stack.push_edit(
        line_edit_text(field, position),
        do=do,
        undo=put(before),
        redo=put({field: value}),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving quote"),
    )


def add_quote_line(
    ctx: AppContext,
    revision_id: str,
    add: Callable[[], Any],
    item: str,
    *,
    from_design: bool = False,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    """Add a line (`add` returns the Result with its id); undo removes it, redo puts it back."""
    ws, stack = ctx.ws, ctx.undo
    made: dict[str, Any] = {}

    def do() -> Any:
        result = add()
        made["id"] = str(result.value)
        return result

    def remove() -> Any:
        lid = stack.resolve(made["id"])
        made["line"] = _line(ws, revision_id, lid)
        return quotes.remove_line(ws, lid)

    def restore() -> Any:
        result = quotes.restore_line(ws, revision_id, made["line"])
        stack.aliases[stack.resolve(made["id"])] = str(result.value)
        return result

    text = (
        translate("Undo", "Add line “%1” from a design")
        if from_design
        else translate("Undo", "Add line “%1”")
    ).replace("%1", item)
    stack.push_edit(
        text,
        do=do,
        undo=_unfrozen(remove),
        redo=_unfrozen(restore),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving quote"),
    )


def remove_quote_line(
    ctx: AppContext,
    revision_id: str,
    line_id: str,
    position: int,
    item: str,
    *,
    on_done: Done = None,
    on_error: Failed = None,
) -> None:
    """Remove a line; undo puts it back where it was, with every value and its design link."""
    ws, stack = ctx.ws, ctx.undo
    gone: dict[str, quotes.LineData] = {}

    def remove() -> Any:
        lid = stack.resolve(line_id)
        gone["line"] = _line(ws, revision_id, lid)
        return quotes.remove_line(ws, lid)

    def restore() -> Any:
        result = quotes.restore_line(ws, revision_id, gone["line"])
        stack.aliases[stack.resolve(line_id)] = str(result.value)
        return result

    text = translate("Undo", "Remove line %1 “%2”").replace("%1", str(position))
    stack.push_edit(
        text.replace("%2", item),
        do=remove,
        undo=_unfrozen(restore),
        redo=_unfrozen(remove),
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving quote"),
    )


def terms_of(data: quotes.RevisionData) -> dict[str, Any]:
    return {
        "vat_included": data.vat_included,
        "rounding": data.rounding,
        "valid_until": data.valid_until,
        "notes": data.notes,
    }


def changed_terms(data: quotes.RevisionData, **terms: Any) -> dict[str, Any]:
    """The terms that differ from what `data` holds."""
    old = terms_of(data)
    return {k: v for k, v in terms.items() if v != old[k]}


def set_quote_terms(
    ctx: AppContext,
    revision_id: str,
    number: str,
    *,
    merge_key: object = None,
    on_done: Done = None,
    on_error: Failed = None,
    vat_included: bool | None = None,
    rounding: money.RoundingRule | None = None,
    valid_until: date | None = None,
    notes: str | None = None,
) -> None:
    """Change terms of a draft revision (app.quotes.quotes.set_terms) as one undoable edit."""
    ws = ctx.ws
    new: dict[str, Any] = {
        k: v
        for k, v in (
            ("vat_included", vat_included),
            ("rounding", rounding),
            ("valid_until", valid_until),
            ("notes", notes),
        )
        if v is not None
    }
    before: dict[str, Any] = {}

    def do() -> Any:
        old = terms_of(quotes.get_revision(ws, revision_id))
        before.update({k: old[k] for k in new})
        return quotes.set_terms(ws, revision_id, **new)

    ctx.undo.push_edit(
        terms_text(sorted(new), number),
        do=do,
        undo=_unfrozen(lambda: quotes.set_terms(ws, revision_id, **before)),
        redo=_unfrozen(lambda: quotes.set_terms(ws, revision_id, **new)),
        merge_key=merge_key,
        on_done=on_done,
        on_error=on_error,
        label=translate("Undo", "Saving quote"),
    )
