"""Language and appearance in Settings: both take effect at once, without a restart.

The language re-translates every open window (Translations.apply → QEvent.LanguageChange) and
sets QLocale's default so numbers and dates follow; the theme and projector mode repaint the
running app through ui.style.theme. All three are user settings, remembered for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui.app_context import AppContext
from ui.i18n import effective_language
from ui.settings.section import SettingsSection
from ui.style import theme

translate = QCoreApplication.translate  # the strings keep the SettingsPage context


class LanguageGroup(SettingsSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        self.combo.addItem("", "system")
        self.combo.addItem("한국어", "ko")  # each language in its own words, never translated
        self.combo.addItem("English", "en")
        current = ctx.user_settings.get("ui.language")
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.activated.connect(self._on_chosen)
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form.addRow(self.label, self.combo)
        form.addRow("", self.hint)
        self.retranslate()

    def choose(self, choice: str) -> None:
        """Switch to "ko", "en" or "system" now, and remember it."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(choice)))
        self._on_chosen(self.combo.currentIndex())

    def _on_chosen(self, _index: int) -> None:
        choice = str(self.combo.currentData())
        self.ctx.user_settings.set("ui.language", choice)
        language = effective_language(choice)
        if language != self.ctx.translations.language:
            self.ctx.translations.apply(language)

    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "Language"))
        self.label.setText(translate("SettingsPage", "Language"))
        self.combo.setItemText(0, translate("SettingsPage", "Follow the system"))
        self.hint.setText(
            translate(
                "SettingsPage",
                "Menus, pages, numbers and dates change at once; quotes are written in this "
                "language too.",
            )
        )


class AppearanceGroup(SettingsSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = QFormLayout(self)
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        for code in theme.THEMES:
            self.theme_combo.addItem("", code)
        self.theme_combo.setCurrentIndex(
            max(0, self.theme_combo.findData(ctx.user_settings.get("ui.style.theme")))
        )
        self.theme_combo.activated.connect(self._on_theme_chosen)
        self.projector = QCheckBox()
        self.projector.setObjectName("projectorMode")
        self.projector.setChecked(bool(ctx.user_settings.get("ui.projector_mode")))
        self.projector.toggled.connect(self._on_projector_toggled)
        self.projector_hint = QLabel()
        self.projector_hint.setObjectName("hint")
        self.projector_hint.setWordWrap(True)
        self.theme_label = QLabel()
        self.theme_label.setBuddy(self.theme_combo)
        form.addRow(self.theme_label, self.theme_combo)
        form.addRow("", self.projector)
        form.addRow("", self.projector_hint)
        self.retranslate()

    def _app(self) -> QApplication | None:
        app = QApplication.instance()
        return app if isinstance(app, QApplication) else None

    def _on_theme_chosen(self, _index: int) -> None:
        app = self._app()
        if app is not None:
            theme.set_theme(app, self.ctx.user_settings, str(self.theme_combo.currentData()))

    def _on_projector_toggled(self, on: bool) -> None:
        app = self._app()
        if app is not None and on != theme.projector_on(app):
            theme.set_projector(app, self.ctx.user_settings, on)

    def sync_from_app(self) -> None:
        """Show what is in force (projector mode may have been switched from the View menu)."""
        blocked = self.projector.blockSignals(True)
        self.projector.setChecked(theme.projector_on())
        self.projector.blockSignals(blocked)

    def retranslate(self) -> None:
        self.setTitle(translate("SettingsPage", "Appearance"))
        self.theme_label.setText(translate("SettingsPage", "Theme"))
        for i, text in enumerate(
            (
                translate("SettingsPage", "Follow the system"),
                translate("SettingsPage", "Light"),
                translate("SettingsPage", "Dark"),
            )
        ):
            self.theme_combo.setItemText(i, text)
        self.projector.setText(translate("SettingsPage", "Projector mode (classroom)"))
        self.projector_hint.setText(
            translate(
                "SettingsPage",
                "Large type, strong contrast and thick focus rings, so a class can read the "
                "screen from the back of the room.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.sync_from_app()
        super().changeEvent(event)  # (the section re-words itself on a language change)
