"""The quote dialog's edits, each one undoable step (ui/operations/quotes.py): a cell of a line,
adding a line (by hand or from a design), removing one, the terms and the notes. An undo or
redo (from the main window or the dialog's own Ctrl+Z) changes the workspace and is emitted on
the bus; the dialog then shows the workspace again when it differs from what it shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from shiboken6 import isValid

from app.changes import Changes
from app.errors import NotFoundError
from app.quotes import design_lines as quote_design_lines
from app.quotes import quotes
from ui.operations import quotes as quote_ops
from ui.quotes.terms import chosen_rounding

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QTableView

    from ui.app_context import AppContext
    from ui.models.quote_lines_model import QuoteLinesModel

translate = QCoreApplication.translate
EDITABLE = ("item", "spec", "quantity", "unit_price", "note")


def revision_state(data: quotes.RevisionData) -> tuple[Any, ...]:
    """What the dialog shows of a revision, to compare with the workspace."""
    lines = tuple((ln.id, *(getattr(ln, f) for f in EDITABLE)) for ln in data.lines)
    return (data.frozen, lines, *quote_ops.terms_of(data).values())


class QuoteEdits:
    """Mixed into QuoteDialog (which provides the widgets and `reload`)."""

    ctx: AppContext
    revision_id: str
    data: quotes.RevisionData | None
    model: QuoteLinesModel
    table: QTableView
    vat_combo: QComboBox
    rounding_combo: QComboBox
    valid_edit: QDateEdit
    notes_edit: QPlainTextEdit
    _loading: bool
    _pending: int = 0  # our own writes on their way
    _notes_session: int = 0  # typing the notes in one go is one undo step
    _terms: dict[str, Any]

    def reload(self, revision_id: str | None = None) -> None:
        raise NotImplementedError

    def _on_error(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _update_totals(self, *_args: Any) -> None:
        raise NotImplementedError

    # --- bookkeeping ------------------------------------------------------------------------
    def _loaded(self, data: quotes.RevisionData) -> None:
        """Called by reload: the terms as saved, a new notes session."""
        self._terms = quote_ops.terms_of(data)
        self._notes_session += 1

    def _tracked(self, then: Any = None) -> dict[str, Any]:
        """on_done/on_error for a write of ours, so a refresh waits for it."""
        self._pending += 1

        def done(value: object) -> None:
            self._pending -= 1
            if then is not None and isValid(self):  # not for a dialog closed meanwhile
                then(value)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            if isValid(self):
                self._on_error(exc)

        return {"on_done": done, "on_error": failed}

    def on_changes(self, changes: Changes) -> None:
        """A design imported elsewhere may make a line stale; an undo or redo (or a sync) may
        have changed this revision: look again."""
        if self.data is None or not cast(Any, self).isVisible():
            return
        if changes.designs:
            self.reload()
        elif self.data.quote_id in changes.quotes:
            QTimer.singleShot(0, cast(Any, self), self.refresh_if_changed)

    def on_undo_failed(self, _what: str, _exc: BaseException) -> None:
        """An undo refused (the revision was sent meanwhile, say): show how it is now."""
        if self.data is not None and cast(Any, self).isVisible():
            self.refresh_if_changed()

    def refresh_if_changed(self) -> None:
        if self._pending or self.data is None:
            return
        try:
            fresh = quotes.get_revision(self.ctx.ws, self.revision_id)
        except NotFoundError:  # gone with a sync; the next reload says so
            return
        if revision_state(fresh) != self._shown_state():
            row = self.table.currentIndex().row()
            self.reload()
            if 0 <= row < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(row, 1))

    def _shown_state(self) -> tuple[Any, ...]:
        m = self.model
        edit = Qt.ItemDataRole.EditRole
        lines = tuple(
            (m.line_id(r), *(m.index(r, c).data(edit) for c in (1, 2, 3, 4, 7)))
            for r in range(m.rowCount())
        )
        assert self.data is not None
        return (self.data.frozen, lines, *self._terms.values())

    # --- lines ------------------------------------------------------------------------------
    def _row_of(self, line_id: str) -> int:
        ids = [self.model.line_id(r) for r in range(self.model.rowCount())]
        return ids.index(line_id) if line_id in ids else -1

    def _on_line_edited(self, line_id: str, field: str, value: Any) -> None:
        quote_ops.edit_quote_line(
            self.ctx,
            self.revision_id,
            line_id,
            self._row_of(line_id) + 1,
            field,
            value,
            **self._tracked(),
        )

    def _on_add_line(self) -> None:
        ws, rid = self.ctx.ws, self.revision_id
        item = translate("QuoteDialog", "New item")

        def added(_result: object) -> None:
            self.reload()
            last = self.model.rowCount() - 1
            self.table.setCurrentIndex(self.model.index(last, 1))
            self.table.edit(self.model.index(last, 1))

        quote_ops.add_quote_line(
            self.ctx,
            rid,
            lambda: quotes.add_line(ws, rid, item, quantity=1, unit_price=0),
            item,
            **self._tracked(added),
        )

    def add_design_line(self, costing: quote_design_lines.LineCosting | None) -> None:
        if costing is None:
            return
        ws, rid = self.ctx.ws, self.revision_id

        def added(_result: object) -> None:
            self.reload()
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))

        quote_ops.add_quote_line(
            self.ctx,
            rid,
            lambda: quote_design_lines.add_design_line(ws, rid, costing),
            costing.item,
            from_design=True,
            **self._tracked(added),
        )

    def _on_remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        quote_ops.remove_quote_line(
            self.ctx,
            self.revision_id,
            self.model.line_id(row),
            row + 1,
            str(self.model.index(row, 1).data()),
            **self._tracked(lambda _r: self.reload()),
        )

    # --- terms ------------------------------------------------------------------------------
    def _on_terms_changed(self, *_args: Any) -> None:
        if self._loading or self.data is None or self.data.frozen:
            return
        vat = self.vat_combo.currentIndex() == 1
        rule = chosen_rounding(self.rounding_combo)
        valid = cast(date, self.valid_edit.date().toPython())
        self.model.set_terms(vat_included=vat, rule=rule)
        self._update_totals()
        self._save_terms({"vat_included": vat, "rounding": rule, "valid_until": valid})

    def _on_notes_changed(self) -> None:
        if self._loading or self.data is None or self.data.frozen:
            return
        key = ("notes", self.revision_id, self._notes_session)
        self._save_terms({"notes": self.notes_edit.toPlainText()}, merge_key=key)

    def _save_terms(self, terms: dict[str, Any], merge_key: object = None) -> None:
        assert self.data is not None
        changed = {k: v for k, v in terms.items() if v != self._terms[k]}
        if not changed:
            return
        self._terms.update(changed)
        quote_ops.set_quote_terms(
            self.ctx,
            self.revision_id,
            self.data.quote_number,
            merge_key=merge_key,
            **changed,
            **self._tracked(),
        )
