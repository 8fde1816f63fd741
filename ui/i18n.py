"""Korean and English through Qt Linguist; the language follows the system and can be switched
at run time (widgets re-translate on QEvent.LanguageChange)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

log = logging.getLogger(__name__)

TRANSLATIONS = Path(resources.__file__).resolve().parent / "translations"
LANGUAGES = ("ko", "en")


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def effective_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


class Translations:
    """Holds the installed translators so the language can change without a restart."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        app = QCoreApplication.instance()
        for tr in self._installed:
            QCoreApplication.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        if language == "ko":
            ours = QTranslator(app)
            if ours.load(str(TRANSLATIONS / "makersquare_ko.qm")):
                self._installed.append(ours)
            else:
                log.warning("Korean translation not found in %s (run make setup)", TRANSLATIONS)
            qt = QTranslator(app)
            if qt.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for tr in self._installed:
            QCoreApplication.installTranslator(tr)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Korean if language == "ko" else QLocale.Language.English,
                QLocale.Country.SouthKorea if language == "ko" else QLocale.Country.UnitedStates,
            )
        )
        return language
