"""The machines and materials of the catalogue as editable tables over app.catalogue's rows.

Each column has a kind ("text", "process", "mm", "won", "density") that the delegate
(ui/settings/catalogue_delegate.py) turns into the right editor. An edit is checked with
app.catalogue's own validation before it is accepted; a refused edit emits `refused` with
the InvalidValueError (the page says why) and leaves the row as it was. An accepted edit
emits `edited` with the new row, which the page saves on the write lane.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.catalogue import PROCESSES, MachineRow, MaterialRow, validate_machine, validate_material
from app.errors import InvalidValueError

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
RowIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # the column's kind, for the delegate


def process_label(process: str) -> str:
    return {
        "fdm": translate("SettingsPage", "FDM printing"),
        "resin": translate("SettingsPage", "Resin printing"),
        "cnc": translate("SettingsPage", "CNC milling"),
        "casting": translate("SettingsPage", "Jewelry casting"),
        "generic": translate("SettingsPage", "Generic"),
    }.get(process, process)


def format_number(value: float, decimals: int) -> str:
    """In the current language's format (QLocale's default, set with the language)."""
    return QLocale().toString(float(value), "f", decimals)


def format_won(value: int) -> str:
    return QLocale().toString(int(value))


class _CatalogueModel(QAbstractTableModel):
    edited = Signal(object)  # the new MachineRow / MaterialRow, to save
    refused = Signal(object)  # InvalidValueError: the edit was not taken
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = ()  # (attribute, kind)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Any] = []

    # --- data in and out ---------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    # --- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        kind = self.COLUMNS[index.column()][1]
        value = self._value(row, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(kind, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("mm", "won", "density"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowIdRole:
            return row.id
        if role == KindRole:
            return kind
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        old = self._rows[index.row()]
        try:
            new = self._with_value(old, index.column(), value)
            self._validate(new)
        except InvalidValueError as exc:
            self.refused.emit(exc)
            return False
        if new == old:
            return True
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.edited.emit(new)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section)
        return None

    # --- per table ---------------------------------------------------------------------
    def _value(self, row: Any, column: int) -> object:
        return getattr(row, self.COLUMNS[column][0])

    def _with_value(self, row: Any, column: int, value: object) -> Any:
        attr, kind = self.COLUMNS[column]
        return replace(row, **{attr: _coerce(attr, kind, value)})

    def _validate(self, row: Any) -> None:
        raise NotImplementedError

    def _titles(self) -> list[str]:
        raise NotImplementedError

    def _header_tips(self) -> dict[int, str]:
        return {}

    @staticmethod
    def _display(kind: str, value: object) -> str:
        if kind == "process":
            return process_label(str(value))
        if kind == "mm":
            return format_number(float(value), 0 if float(value).is_integer() else 1)  # type: ignore[arg-type]
        if kind == "density":
            return format_number(float(value), 2)  # type: ignore[arg-type]
        if kind == "won":
            return format_won(int(value))  # type: ignore[call-overload]
        return str(value)


def _coerce(attr: str, kind: str, value: object) -> object:
    """The typed value of an edit, or InvalidValueError naming the field."""
    try:
        if kind == "text":
            return str(value)
        if kind == "process":
            if value not in PROCESSES:
                raise ValueError(value)
            return str(value)
        if kind in ("mm", "density"):
            return float(value)  # type: ignore[arg-type]
        if kind == "won":
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        pass
    raise InvalidValueError(f"bad {attr}: {value!r}", field=attr, value=value)


class MachineTableModel(_CatalogueModel):
    NAME, PROCESS, X, Y, Z, RATE, SETUP = range(7)
    COLUMNS = (
        ("name", "text"),
        ("process", "process"),
        ("build_x", "mm"),
        ("build_y", "mm"),
        ("build_z", "mm"),
        ("hourly_rate", "won"),
        ("setup_fee", "won"),
    )

    def _value(self, row: Any, column: int) -> object:
        if column in (self.X, self.Y, self.Z):
            return row.build_mm[column - self.X]
        return super()._value(row, column)

    def _with_value(self, row: Any, column: int, value: object) -> Any:
        if column in (self.X, self.Y, self.Z):
            size = _coerce("build_mm", "mm", value)
            dims = list(row.build_mm)
            dims[column - self.X] = size
            return replace(row, build_mm=(dims[0], dims[1], dims[2]))
        return super()._with_value(row, column, value)

    def _validate(self, row: MachineRow) -> None:
        validate_machine(row)

    def _header_tips(self) -> dict[int, str]:
        return {
            self.X: translate("SettingsPage", "Build volume: width (X), in mm"),
            self.Y: translate("SettingsPage", "Build volume: depth (Y), in mm"),
            self.Z: translate("SettingsPage", "Build volume: height (Z), in mm"),
        }

    def _titles(self) -> list[str]:
        return [
            translate("SettingsPage", "Name"),
            translate("SettingsPage", "Process"),
            translate("SettingsPage", "X (mm)"),
            translate("SettingsPage", "Y (mm)"),
            translate("SettingsPage", "Z (mm)"),
            translate("SettingsPage", "Rate (won/h)"),
            translate("SettingsPage", "Setup (won)"),
        ]


class MaterialTableModel(_CatalogueModel):
    NAME, PROCESS, DENSITY, PRICE = range(4)
    COLUMNS = (
        ("name", "text"),
        ("process", "process"),
        ("density_g_cm3", "density"),
        ("price_per_kg", "won"),
    )

    def _validate(self, row: MaterialRow) -> None:
        validate_material(row)

    def _titles(self) -> list[str]:
        return [
            translate("SettingsPage", "Name"),
            translate("SettingsPage", "Process"),
            translate("SettingsPage", "Density (g/cm³)"),
            translate("SettingsPage", "Price (won/kg)"),
        ]
