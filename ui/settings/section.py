"""One section of the settings page (Picard's OptionsPage).

A section is a titled group that owns its fields: it is built once, `load()`s from the
workspace when one opens, saves itself as its fields change (as an `Op` on the write lane),
follows changes made elsewhere in `on_changes`, and re-words itself in `retranslate()` when
the language changes. The page (ui/settings/page.py) only lists its sections, so a new
section needs no edit of the page beyond that list.

Sections word themselves in the "SettingsPage" translation context, wherever they live.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QWidget

from app.changes import Changes
from ui.app_context import AppContext


class SettingsSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def load(self) -> None:
        """Show what the workspace holds (a workspace was opened). Default: nothing to load."""

    def on_changes(self, changes: Changes) -> None:
        """Something changed elsewhere (an undo, a sync, another section). Default: ignore."""

    def retranslate(self) -> None:
        """Word the section in the current language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
