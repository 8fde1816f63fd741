"""The catalogue editor in Settings: machines and materials — add, edit, duplicate, delete.

Edits are typed (ui/settings/catalogue_delegate.py), checked by app.catalogue before they are taken,
and saved on the write lane; a refused or failed edit is explained under the table and the
row goes back to what is saved. Deleting is a soft delete (the row is hidden and the square
learns of it on the next sync): quotes and checks already made keep their figures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import catalogue
from app.catalogue import MachineRow, MaterialRow
from app.changes import Changes, Result
from app.errors import InvalidValueError
from ui.app_context import AppContext
from ui.errors import present
from ui.models.catalogue_model import MachineTableModel, MaterialTableModel, _CatalogueModel
from ui.operations import settings as settings_ops
from ui.settings.catalogue_delegate import CatalogueDelegate
from ui.settings.section import SettingsSection
from ui.words.errors import error_text

translate = QCoreApplication.translate


def catalogue_error_text(exc: BaseException) -> str | None:
    """Why a machine or material could not be saved, and what to type instead (None: a bug)."""
    if not isinstance(exc, InvalidValueError):
        return error_text(exc)
    return {
        "name": translate("SettingsPage", "Enter a name; it is how quotes and checks show it."),
        "process": translate("SettingsPage", "Choose a process from the list."),
        "build_mm": translate(
            "SettingsPage", "Each side of the build volume must be more than 0 mm."
        ),
        "hourly_rate": translate(
            "SettingsPage", "Rates and fees are whole won, 0 or more (for example 5,000)."
        ),
        "setup_fee": translate(
            "SettingsPage", "Rates and fees are whole won, 0 or more (for example 5,000)."
        ),
        "density_g_cm3": translate(
            "SettingsPage",
            "The density must be from 0.1 to 25 g/cm³ (water is 1, PLA 1.24, silver 10.36).",
        ),
        "price_per_kg": translate(
            "SettingsPage", "The price is whole won per kilogram, 0 or more."
        ),
    }.get(str(exc.params.get("field", "")), error_text(exc))


class CatalogueSection(SettingsSection):
    """One table of the catalogue (machines or materials) with its buttons and messages."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind = kind
        self.model: _CatalogueModel = (
            MachineTableModel(self) if kind == "machine" else MaterialTableModel(self)
        )
        self.view = QTableView()
        self.view.setObjectName(f"{kind}Table")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CatalogueDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button, self.duplicate_button = QPushButton(), QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v = QVBoxLayout(self)
        v.addLayout(buttons)
        v.addWidget(self.view)
        v.addWidget(self.message)
        self.model.edited.connect(self._on_model_edited)
        self.model.refused.connect(self.show_problem)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    # --- loading -----------------------------------------------------------------------
    def load(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id()
        ws = self.ctx.ws
        rows: list[Any] = (
            list(catalogue.list_machines(ws))
            if self.kind == "machine"
            else list(catalogue.list_materials(ws))
        )
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        arrows = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent) + 12
        for col in range(1, self.model.columnCount()):  # room for the combo's / spin's arrows
            self.view.setColumnWidth(col, self.view.columnWidth(col) + arrows)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_height(len(rows))
        if keep and (row := self.model.row_of(keep)) >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _fit_height(self, rows: int) -> None:
        """As tall as its rows (at least two, at most twelve; then it scrolls)."""
        row_h = self.view.verticalHeader().defaultSectionSize()
        header_h = self.view.horizontalHeader().sizeHint().height()
        frame = 2 * self.view.frameWidth()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(header_h + row_h * min(max(2, rows), 12) + frame + scroll)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return str(self.model.row_at(rows[0].row()).id) if rows else None

    # --- actions -----------------------------------------------------------------------
    def add(self) -> None:
        """Each action here is one undo step (ui/operations/quotes.py)."""
        ws = self.ctx.ws
        add: Callable[[], Result[str]]
        if self.kind == "machine":
            name = translate("SettingsPage", "New machine")
            m = MachineRow("", name, "fdm", (200.0, 200.0, 200.0), 0, 0)
            add, text = lambda: catalogue.save_machine(ws, m), translate("Undo", "Add machine")
        else:
            mat = MaterialRow("", translate("SettingsPage", "New material"), "fdm", 1.0, 0)
            add, text = lambda: catalogue.save_material(ws, mat), translate("Undo", "Add material")
        self.message.hide()
        settings_ops.add_catalogue_item(
            self.ctx, self.kind, add, text, **self._callbacks(edit_new=True)
        )

    def duplicate(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        row = self.model.row_at(self.model.row_of(item_id))
        name = translate("SettingsPage", "%1 (copy)").replace("%1", row.name)
        ws, kind = self.ctx.ws, self.kind
        text = translate("Undo", "Duplicate “%1”").replace("%1", row.name)
        self.message.hide()
        settings_ops.add_catalogue_item(
            self.ctx,
            kind,
            lambda: catalogue.duplicate_catalogue_item(ws, kind, item_id, name),
            text,
            **self._callbacks(),
        )

    def delete(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        name = self.model.row_at(self.model.row_of(item_id)).name
        if not self.confirm_delete(name):
            return
        self.message.hide()
        settings_ops.delete_catalogue_item(self.ctx, self.kind, item_id, name, **self._callbacks())

    def confirm_delete(self, name: str) -> bool:
        if self.kind == "machine":
            text = translate(
                "SettingsPage",
                "Delete the machine “%1”?\n\nQuotes and checks already made keep their figures. "
                "New checks and quotes can no longer choose it.",
            )
        else:
            text = translate(
                "SettingsPage",
                "Delete the material “%1”?\n\nQuotes already made keep their prices. New quote "
                "lines can no longer choose it.",
            )
        answer = QMessageBox.question(
            self,
            translate("SettingsPage", "Delete"),
            text.replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_problem(self, exc: BaseException) -> None:
        text = catalogue_error_text(exc)
        if text is None:  # a bug: the log and the crash dialog have it
            present(exc, self)
            return
        self.message.setText(text)
        self.message.show()

    # --- saving ------------------------------------------------------------------------
    def _on_model_edited(self, row: MachineRow | MaterialRow) -> None:
        self.message.hide()
        settings_ops.edit_catalogue_item(self.ctx, self.kind, row, **self._callbacks())

    def _callbacks(self, *, edit_new: bool = False) -> dict[str, Any]:
        """on_done / on_error of an edit (the undo stack has emitted its changes already)."""

        def done(result: object) -> None:
            assert isinstance(result, Result)
            new_id = result.value if isinstance(result.value, str) else None
            self.load(select_id=new_id)
            if edit_new and new_id and (row := self.model.row_of(new_id)) >= 0:
                self.view.setFocus()
                self.view.edit(self.model.index(row, 0))

        def failed(exc: BaseException) -> None:
            self.show_problem(exc)
            self.load()

        return {"on_done": done, "on_error": failed}

    def on_changes(self, changes: Changes) -> None:
        """Someone else (sync, another page) changed the catalogue: show it."""
        if changes.catalogue and self.ctx.workspace is not None:
            self.load()

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.view.selectionModel() and self.view.selectionModel().hasSelection())
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        machine = self.kind == "machine"
        self.setTitle(
            translate("SettingsPage", "Machines")
            if machine
            else translate("SettingsPage", "Materials")
        )
        self.add_button.setText(
            translate("SettingsPage", "+ Add machine")
            if machine
            else translate("SettingsPage", "+ Add material")
        )
        self.duplicate_button.setText(translate("SettingsPage", "Duplicate"))
        self.delete_button.setText(translate("SettingsPage", "Delete…"))
        self.view.setToolTip(
            translate("SettingsPage", "Double-click a cell (or select it and type) to change it.")
        )
        self.model.retranslate()
        self.message.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # projector mode: taller rows, after
            QTimer.singleShot(0, self, lambda: self._fit_height(self.model.rowCount()))
        super().changeEvent(event)
