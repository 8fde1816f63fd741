"""The quote terms choices shared by the quote editor and the settings page: VAT mode and
rounding rule, as combo boxes whose index maps to the rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app import money

translate = QCoreApplication.translate

ROUNDING_CHOICES = [
    money.RoundingRule(mode, unit)
    for mode in (money.RoundingMode.FLOOR, money.RoundingMode.ROUND, money.RoundingMode.CEIL)
    for unit in (1, 10, 100, 1000)
]


def rounding_index(rule: money.RoundingRule) -> int:
    return ROUNDING_CHOICES.index(rule) if rule in ROUNDING_CHOICES else 0


def chosen_rounding(combo: QComboBox) -> money.RoundingRule:
    return ROUNDING_CHOICES[max(0, combo.currentIndex())]


def vat_text(included: bool) -> str:
    if included:
        return translate("QuoteTerms", "VAT included")
    return translate("QuoteTerms", "VAT extra (+10 %)")


def rounding_text(rule: money.RoundingRule) -> str:
    modes = {
        "floor": translate("QuoteTerms", "Round down"),
        "round": translate("QuoteTerms", "Round"),
        "ceil": translate("QuoteTerms", "Round up"),
    }
    return (
        translate("QuoteTerms", "%1 to %2 won")
        .replace("%1", modes[rule.mode.value])
        .replace("%2", money.format_won(rule.unit))
    )


def fill_vat_combo(combo: QComboBox) -> None:
    """(Re)fill in the current language, keeping the choice: index 0 extra, 1 included."""
    current = combo.currentIndex()
    combo.clear()
    combo.addItems([vat_text(False), vat_text(True)])
    combo.setCurrentIndex(max(0, current))


def fill_rounding_combo(combo: QComboBox) -> None:
    """(Re)fill in the current language, keeping the choice; index i is ROUNDING_CHOICES[i]."""
    current = combo.currentIndex()
    combo.clear()
    for rule in ROUNDING_CHOICES:
        combo.addItem(rounding_text(rule))
    combo.setCurrentIndex(max(0, current))
