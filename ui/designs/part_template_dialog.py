"""The "New part" dialog: pick a part template and fill in its sizes.

The form is built from the template's parameters (`cad.parametric.TEMPLATES`): a number
field with the parameter's range, unit and default for each size, a drop-down for each
choice. One form page per template, so switching templates back and forth keeps what was
typed. The dialog only collects values; the caller builds the part off the UI thread.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cad.parametric import TEMPLATES, Parameter, ParamValue, Template
from ui.words.templates import (
    choice_label,
    parameter_label,
    template_description,
    template_label,
    unit_suffix,
)

#: The order templates are offered in.
TEMPLATE_ORDER = ("ring", "l_bracket", "enclosure", "knob")

Field = QSpinBox | QDoubleSpinBox | QComboBox


class PartTemplateDialog(QDialog):
    """OK → `values()` is (template code, {parameter: value}), every value in range."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        initial: tuple[str, Mapping[str, ParamValue]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New part from a template"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        top = QFormLayout()
        self.template_combo = QComboBox()
        codes = [c for c in TEMPLATE_ORDER if c in TEMPLATES]
        codes += [c for c in TEMPLATES if c not in codes]
        for code in codes:
            self.template_combo.addItem(template_label(code), code)
        template_title = QLabel(self.tr("&Template"))
        template_title.setBuddy(self.template_combo)
        top.addRow(template_title, self.template_combo)
        layout.addLayout(top)
        self.description_label = QLabel()
        self.description_label.setObjectName("hint")
        self.description_label.setWordWrap(True)
        layout.addWidget(self.description_label)

        self.sizes_box = QGroupBox(self.tr("Sizes"))
        box_layout = QVBoxLayout(self.sizes_box)
        self.pages = QStackedWidget()
        box_layout.addWidget(self.pages)
        layout.addWidget(self.sizes_box)
        #: fields[template code][parameter name] -> its input widget
        self.fields: dict[str, dict[str, Field]] = {}
        for code in codes:
            self.pages.addWidget(self._build_page(TEMPLATES[code]))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make part"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        if initial is not None:
            self.set_values(*initial)
        self._on_template_changed(self.template_combo.currentIndex())
        self.template_combo.setFocus()

    # --- building the form ------------------------------------------------------------------
    def _build_page(self, template: Template) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: dict[str, Field] = {}
        for p in template.parameters:
            field = self._make_field(p)
            label = QLabel(parameter_label(p.name))
            label.setBuddy(field)
            field.setAccessibleName(parameter_label(p.name))
            field.setObjectName(f"{template.code}.{p.name}")
            form.addRow(label, field)
            fields[p.name] = field
        self.fields[template.code] = fields
        return page

    def _make_field(self, p: Parameter) -> Field:
        if p.kind == "choice":
            combo = QComboBox()
            for value in p.choices:
                combo.addItem(choice_label(value), value)
            combo.setCurrentIndex(max(combo.findData(p.default), 0))
            return combo
        lo = p.minimum if p.minimum is not None else 0.0
        hi = p.maximum if p.maximum is not None else 1e6
        suffix = unit_suffix(p.unit)
        spin: QSpinBox | QDoubleSpinBox
        if p.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(lo), int(hi))
            spin.setValue(int(p.default))
        else:
            spin = QDoubleSpinBox()
            spin.setDecimals(2 if hi - lo <= 5 else 1)
            spin.setSingleStep(0.05 if hi - lo <= 1 else 0.1 if hi - lo <= 20 else 1.0)
            spin.setRange(lo, hi)
            spin.setValue(float(p.default))
        spin.setSuffix(suffix)
        spin.setAccelerated(True)
        spin.setToolTip(
            self.tr("From %1 to %2")
            .replace("%1", f"{_number(lo)}{suffix}")
            .replace("%2", f"{_number(hi)}{suffix}")
        )
        return spin

    def _on_template_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(max(index, 0))
        self.description_label.setText(template_description(self.code))

    # --- values -----------------------------------------------------------------------------
    @property
    def code(self) -> str:
        return str(self.template_combo.currentData())

    def field(self, name: str) -> Field:
        """The input of parameter `name` of the template shown."""
        return self.fields[self.code][name]

    def values(self) -> tuple[str, dict[str, ParamValue]]:
        """The template code and its parameters, typed as the template wants them."""
        params: dict[str, ParamValue] = {}
        for name, field in self.fields[self.code].items():
            if isinstance(field, QComboBox):
                params[name] = str(field.currentData())
            elif isinstance(field, QSpinBox):
                params[name] = int(field.value())
            else:
                params[name] = round(float(field.value()), field.decimals())
        return self.code, params

    def set_values(self, code: str, params: Mapping[str, ParamValue]) -> None:
        """Show template `code` with `params` (unknown names are ignored)."""
        index = self.template_combo.findData(code)
        if index < 0:
            return
        self.template_combo.setCurrentIndex(index)
        for name, value in params.items():
            field = self.fields[code].get(name)
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(field.findData(value), 0))
            elif isinstance(field, QSpinBox) and isinstance(value, int | float):
                field.setValue(int(value))
            elif isinstance(field, QDoubleSpinBox) and isinstance(value, int | float):
                field.setValue(float(value))


def _number(value: float) -> str:
    return f"{value:g}"
