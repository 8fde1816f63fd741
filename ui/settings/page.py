"""Settings: language and appearance, the business profile, the catalogue editor, new quotes'
terms, design checks and the square account. Each is a section (ui/settings/section.py) in
its own module; this page lists them, loads them when a workspace opens and hands them what
changed elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.changes import Changes
from ui.app_context import AppContext
from ui.settings.appearance import AppearanceGroup, LanguageGroup
from ui.settings.catalogue import CatalogueSection
from ui.settings.profile import ProfileGroup
from ui.settings.section import SettingsSection
from ui.settings.workspace_sections import (
    DesignChecksSection,
    QuoteDefaultsSection,
    SquareAccountSection,
)


class SettingsPage(QScrollArea):
    square_saved = Signal()  # the square's address or user changed: sync with it now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.body = QWidget()
        self._fit_width()
        self.setWidget(self.body)
        v = QVBoxLayout(self.body)
        v.setContentsMargins(16, 16, 16, 16)
        v.setSpacing(14)
        self.language = LanguageGroup(ctx)
        self.appearance = AppearanceGroup(ctx)
        self.profile = ProfileGroup(ctx)
        self.profile_edits = self.profile.edits
        self.machines = CatalogueSection(ctx, "machine")
        self.materials = CatalogueSection(ctx, "material")
        self.quote_defaults = QuoteDefaultsSection(ctx)
        self.design_checks = DesignChecksSection(ctx)
        self.square_account = SquareAccountSection(ctx)
        self.square_account.saved.connect(self.square_saved)
        self.sections: list[SettingsSection] = [
            self.language,
            self.appearance,
            self.profile,
            self.machines,
            self.materials,
            self.quote_defaults,
            self.design_checks,
            self.square_account,
        ]
        for section in self.sections:
            v.addWidget(section)
        v.addStretch(1)
        ctx.bus.changed.connect(self._on_bus_changed)

    def load(self) -> None:
        """A workspace was opened: every section shows what it holds."""
        for section in self.sections:
            section.load()

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.ctx.workspace is not None:
            for section in self.sections:
                section.on_changes(changes)

    def _fit_width(self) -> None:
        """Forms read badly stretched across a wide screen: about 980 px at normal type,
        wider with projector mode's large type."""
        self.body.setMaximumWidth(max(980, self.fontMetrics().height() * 56))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)
