"""Typed editors for the catalogue tables: a process list, spin boxes in mm, won and g/cm³.

The ranges are the ones app.catalogue accepts, so most wrong values cannot be typed at all;
the model still checks every edit (a pasted or programmatic value) and says why it refused.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.catalogue import PROCESSES
from ui.models.catalogue_model import KindRole, process_label

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
MAX_WON = 2_000_000_000  # a QSpinBox holds a 32-bit int; no rate or price comes near
MAX_MM = 10_000.0


class CatalogueDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        kind = index.data(KindRole)
        if kind == "process":
            combo = QComboBox(parent)
            for code in PROCESSES:
                combo.addItem(process_label(code), code)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            return combo
        if kind == "won":
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_WON)
            spin.setGroupSeparatorShown(True)
            spin.setSingleStep(1000)
            spin.setSuffix(translate("SettingsPage", " won"))
            return spin
        if kind in ("mm", "density"):
            dspin = QDoubleSpinBox(parent)
            if kind == "mm":
                dspin.setRange(1.0, MAX_MM)
                dspin.setDecimals(1)
                dspin.setSingleStep(10)
                dspin.setSuffix(" mm")
            else:
                dspin.setRange(0.1, 25.0)
                dspin.setDecimals(2)
                dspin.setSingleStep(0.01)
                dspin.setSuffix(" g/cm³")
                dspin.setToolTip(
                    translate(
                        "SettingsPage", "Water is 1.00, PLA 1.24, aluminium 2.70, silver 10.36."
                    )
                )
            return dspin
        return super().createEditor(parent, option, index)

    def _commit_and_close(self, editor: QWidget) -> None:
        """A process picked from the list is saved at once (no Enter needed)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
