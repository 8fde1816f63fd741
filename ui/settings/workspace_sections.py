"""The settings sections that are a few workspace settings each: new quotes' terms, design
checks and the square account (the section base is ui/settings/section.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import money, settings
from app.changes import Changes, Result
from ui.app_context import AppContext
from ui.operations.op import Op
from ui.quotes.terms import chosen_rounding, fill_rounding_combo, fill_vat_combo, rounding_index
from ui.settings.section import SettingsSection

translate = QCoreApplication.translate  # the strings keep the SettingsPage context


def _saving() -> str:
    return translate("SettingsPage", "Saving settings")


class QuoteDefaultsSection(SettingsSection):
    """A new quote's VAT mode, rounding and days of validity."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.vat_default = QComboBox()
        self.vat_default.activated.connect(self._on_changed)
        self.rounding_default = QComboBox()
        self.rounding_default.activated.connect(self._on_changed)
        self.validity_days = QSpinBox()
        self.validity_days.setRange(1, 365)
        self.validity_days.editingFinished.connect(self._on_changed)
        self.labels = [QLabel() for _ in range(3)]
        form.addRow(self.labels[0], self.vat_default)
        form.addRow(self.labels[1], self.rounding_default)
        form.addRow(self.labels[2], self.validity_days)
        self._filling = False
        self.retranslate()

    def load(self) -> None:
        ws = self.ctx.ws
        self._filling = True
        self.vat_default.setCurrentIndex(
            1 if settings.get_workspace_setting(ws, "quote.vat_included") else 0
        )
        rule = money.RoundingRule.from_setting(settings.get_workspace_setting(ws, "quote.rounding"))
        self.rounding_default.setCurrentIndex(rounding_index(rule))
        self.validity_days.setValue(int(settings.get_workspace_setting(ws, "quote.validity_days")))
        self._filling = False

    def _on_changed(self, *_args: Any) -> None:
        if self._filling:
            return
        vat = self.vat_default.currentIndex() == 1
        rule = chosen_rounding(self.rounding_default).to_setting()
        days = self.validity_days.value()

        def write(ws: Any) -> Result[None]:
            settings.set_workspace_setting(ws, "quote.vat_included", vat)
            settings.set_workspace_setting(ws, "quote.rounding", rule)
            return settings.set_workspace_setting(ws, "quote.validity_days", days)

        Op(self.ctx, write, parent=self, label=_saving()).run()

    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "New quotes"))
        for label, text in zip(
            self.labels,
            (
                translate("SettingsPage", "VAT"),
                translate("SettingsPage", "Rounding"),
                translate("SettingsPage", "Valid for (days)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._filling = True
        fill_vat_combo(self.vat_default)
        fill_rounding_combo(self.rounding_default)
        self._filling = False


class DesignChecksSection(SettingsSection):
    """The tolerance STEP and IGES files are tessellated at."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.tessellation = QDoubleSpinBox()
        self.tessellation.setObjectName("tessellationTolerance")
        self.tessellation.setDecimals(3)
        self.tessellation.setRange(0.001, 1.0)
        self.tessellation.setSingleStep(0.01)
        self.tessellation.setSuffix(" mm")
        self.tessellation.editingFinished.connect(self._on_changed)
        self.label = QLabel()
        form.addRow(self.label, self.tessellation)
        self._filling = False
        self.retranslate()

    def load(self) -> None:
        self._filling = True
        value = settings.get_workspace_setting(self.ctx.ws, "cad.tessellation_mm")
        self.tessellation.setValue(float(value))
        self._filling = False

    def _on_changed(self) -> None:
        if self._filling:
            return
        value = round(self.tessellation.value(), 3)
        Op(
            self.ctx,
            lambda ws: settings.set_workspace_setting(ws, "cad.tessellation_mm", value),
            parent=self,
            label=_saving(),
        ).run()

    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "Design checks"))
        self.label.setText(translate("SettingsPage", "STEP/IGES meshing tolerance"))
        self.tessellation.setToolTip(
            translate(
                "SettingsPage",
                "How far the triangles of an imported STEP, IGES or BREP part may lie from its "
                "true surface. Smaller is more exact and slower; applies to new imports.",
            )
        )


class SquareAccountSection(SettingsSection):
    """The square's address and the user to sync as; `saved` once they are kept."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.url = QLineEdit()
        self.url.setObjectName("squareUrl")
        self.url.setPlaceholderText("https://square.example.kr")
        self.user = QLineEdit()
        self.user.setObjectName("squareUser")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.labels = [QLabel(), QLabel()]
        form.addRow(self.labels[0], self.url)
        form.addRow(self.labels[1], self.user)
        form.addRow("", self.save_button)
        self.retranslate()

    def load(self) -> None:
        from app.replica.state import get_sync_setting

        ws = self.ctx.ws
        self.url.setText(str(get_sync_setting(ws, "server_url") or ""))
        self.user.setText(str(get_sync_setting(ws, "user") or ""))

    def _on_save_clicked(self) -> None:
        """Keep the square's address and user; the window's sync controller takes it up."""
        from app.replica.state import set_sync_setting

        url, user = self.url.text().strip().rstrip("/"), self.user.text().strip()

        def write(ws: Any) -> Result[None]:
            set_sync_setting(ws, "server_url", url or None)
            set_sync_setting(ws, "user", user or None)
            return Result(None, Changes(settings=True))

        Op(self.ctx, write, parent=self, label=_saving()).success(
            lambda _none: self.saved.emit()
        ).run()

    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "The square (sync)"))
        self.labels[0].setText(translate("SettingsPage", "Server address"))
        self.labels[1].setText(translate("SettingsPage", "User name"))
        self.save_button.setText(translate("SettingsPage", "Save and sync"))
