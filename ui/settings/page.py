"""Settings: language and appearance, the business profile, quote defaults, design checks,
the square account and the catalogue editor. The groups live in their own modules
(ui/settings/appearance.py, ui/settings/profile.py, ui/settings/catalogue.py); this page
lays them out and keeps the workspace settings that are one field each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import money, settings
from app.changes import Changes, Result
from ui.app_context import AppContext
from ui.errors import present
from ui.quotes.terms import (
    chosen_rounding,
    fill_rounding_combo,
    fill_vat_combo,
    rounding_index,
)
from ui.settings.appearance import AppearanceGroup, LanguageGroup
from ui.settings.catalogue import CatalogueSection
from ui.settings.profile import ProfileGroup


class SettingsPage(QScrollArea):
    square_saved = Signal()  # the square's address or user changed: sync with it now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        body = QWidget()
        self.body = body
        self._fit_width()
        self.setWidget(body)
        v = QVBoxLayout(body)
        v.setContentsMargins(16, 16, 16, 16)
        v.setSpacing(14)

        self.language = LanguageGroup(ctx)
        self.lang_combo = self.language.combo
        self.appearance = AppearanceGroup(ctx)
        self.profile = ProfileGroup(ctx)
        self.profile_edits = self.profile.edits
        self.machines = CatalogueSection(ctx, "machine")
        self.materials = CatalogueSection(ctx, "material")
        for group in (self.language, self.appearance, self.profile, self.machines, self.materials):
            v.addWidget(group)

        self._build_quote_defaults(v)
        self._build_design_checks(v)
        self._build_square_account(v)
        ctx.bus.changed.connect(self._on_bus_changed)
        v.addStretch(1)
        self._filling = False
        self.retranslate()

    def _build_quote_defaults(self, v: QVBoxLayout) -> None:
        """A new quote's VAT mode, rounding and days of validity."""
        self.quote_box = QGroupBox()
        qf = QFormLayout(self.quote_box)
        self.vat_default = QComboBox()
        self.vat_default.activated.connect(self._on_quote_defaults_changed)
        self.rounding_default = QComboBox()
        self.rounding_default.activated.connect(self._on_quote_defaults_changed)
        self.validity_days = QSpinBox()
        self.validity_days.setRange(1, 365)
        self.validity_days.editingFinished.connect(self._on_quote_defaults_changed)
        self.quote_labels = [QLabel() for _ in range(3)]
        qf.addRow(self.quote_labels[0], self.vat_default)
        qf.addRow(self.quote_labels[1], self.rounding_default)
        qf.addRow(self.quote_labels[2], self.validity_days)
        v.addWidget(self.quote_box)

    def _build_design_checks(self, v: QVBoxLayout) -> None:
        """The tolerance STEP and IGES files are tessellated at."""
        self.cad_box = QGroupBox()
        cf = QFormLayout(self.cad_box)
        self.tessellation = QDoubleSpinBox()
        self.tessellation.setObjectName("tessellationTolerance")
        self.tessellation.setDecimals(3)
        self.tessellation.setRange(0.001, 1.0)
        self.tessellation.setSingleStep(0.01)
        self.tessellation.setSuffix(" mm")
        self.tessellation.editingFinished.connect(self._on_tessellation_changed)
        self.tessellation_label = QLabel()
        cf.addRow(self.tessellation_label, self.tessellation)
        v.addWidget(self.cad_box)

    def _build_square_account(self, v: QVBoxLayout) -> None:
        """The square's address and the user to sync as."""
        self.square_box = QGroupBox()
        sf = QFormLayout(self.square_box)
        self.square_url = QLineEdit()
        self.square_url.setObjectName("squareUrl")
        self.square_url.setPlaceholderText("https://square.example.kr")
        self.square_user = QLineEdit()
        self.square_user.setObjectName("squareUser")
        self.square_save = QPushButton()
        self.square_save.clicked.connect(self._on_square_saved)
        self.square_labels = [QLabel(), QLabel()]
        sf.addRow(self.square_labels[0], self.square_url)
        sf.addRow(self.square_labels[1], self.square_user)
        sf.addRow("", self.square_save)
        v.addWidget(self.square_box)

    # --- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        ws = self.ctx.ws
        self.profile.load()
        self._filling = True
        self.vat_default.setCurrentIndex(
            1 if settings.get_workspace_setting(ws, "quote.vat_included") else 0
        )
        rule = money.RoundingRule.from_setting(settings.get_workspace_setting(ws, "quote.rounding"))
        self.rounding_default.setCurrentIndex(rounding_index(rule))
        self.validity_days.setValue(int(settings.get_workspace_setting(ws, "quote.validity_days")))
        self.tessellation.setValue(float(settings.get_workspace_setting(ws, "cad.tessellation_mm")))
        from app.replica.state import get_sync_setting

        self.square_url.setText(str(get_sync_setting(ws, "server_url") or ""))
        self.square_user.setText(str(get_sync_setting(ws, "user") or ""))
        self._filling = False
        self._load_catalogue()

    def _load_catalogue(self) -> None:
        self.machines.load()
        self.materials.load()

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.ctx.workspace is not None:
            self.machines.on_changes(changes)
            self.materials.on_changes(changes)

    # --- quote defaults --------------------------------------------------------------------
    def _on_quote_defaults_changed(self, *_args: Any) -> None:
        if self._filling:
            return
        ws = self.ctx.ws
        vat = self.vat_default.currentIndex() == 1
        rule = chosen_rounding(self.rounding_default).to_setting()
        days = self.validity_days.value()

        def write() -> Result[None]:
            settings.set_workspace_setting(ws, "quote.vat_included", vat)
            settings.set_workspace_setting(ws, "quote.rounding", rule)
            return settings.set_workspace_setting(ws, "quote.validity_days", days)

        self.ctx.tasks.write(
            write,
            on_done=self._on_defaults_saved,
            on_error=lambda exc: present(exc, self),
            label=self.tr("Saving settings"),
        )

    def _on_square_saved(self) -> None:
        """Keep the square's address and user; the window's sync controller takes it up."""
        from app.replica.state import set_sync_setting

        ws = self.ctx.ws
        url, user = self.square_url.text().strip().rstrip("/"), self.square_user.text().strip()

        def write() -> Result[None]:
            set_sync_setting(ws, "server_url", url or None)
            set_sync_setting(ws, "user", user or None)
            return Result(None, Changes(settings=True))

        def saved(result: object) -> None:
            self._on_defaults_saved(result)
            self.square_saved.emit()

        self.ctx.tasks.write(
            write,
            on_done=saved,
            on_error=lambda exc: present(exc, self),
            label=self.tr("Saving settings"),
        )

    def _on_tessellation_changed(self) -> None:
        if self._filling:
            return
        ws, value = self.ctx.ws, round(self.tessellation.value(), 3)
        self.ctx.tasks.write(
            lambda: settings.set_workspace_setting(ws, "cad.tessellation_mm", value),
            on_done=self._on_defaults_saved,
            on_error=lambda exc: present(exc, self),
            label=self.tr("Saving settings"),
        )

    def _on_defaults_saved(self, result: object) -> None:
        assert isinstance(result, Result)
        self.ctx.bus.emit_changes(result.changes)

    # --- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.quote_box.setTitle(self.tr("New quotes"))
        for label, text in zip(
            self.quote_labels,
            (self.tr("VAT"), self.tr("Rounding"), self.tr("Valid for (days)")),
            strict=True,
        ):
            label.setText(text)
        self._filling = True
        fill_vat_combo(self.vat_default)
        fill_rounding_combo(self.rounding_default)
        self._filling = False
        self.square_box.setTitle(self.tr("The square (sync)"))
        self.square_labels[0].setText(self.tr("Server address"))
        self.square_labels[1].setText(self.tr("User name"))
        self.square_save.setText(self.tr("Save and sync"))
        self.cad_box.setTitle(self.tr("Design checks"))
        self.tessellation_label.setText(self.tr("STEP/IGES meshing tolerance"))
        self.tessellation.setToolTip(
            self.tr(
                "How far the triangles of an imported STEP, IGES or BREP part may lie from its "
                "true surface. Smaller is more exact and slower; applies to new imports."
            )
        )

    def _fit_width(self) -> None:
        """Forms read badly stretched across a wide screen: about 980 px at normal type,
        wider with projector mode's large type."""
        self.body.setMaximumWidth(max(980, self.fontMetrics().height() * 56))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)
