"""The quote terms choices shared by the quote editor and the settings page: VAT mode and
rounding rule, as combo boxes whose index maps to the rule (their words: ui/words/terms.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app import money
from ui.words.terms import rounding_text, vat_text

ROUNDING_CHOICES = [
    money.RoundingRule(mode, unit)
    for mode in (money.RoundingMode.FLOOR, money.RoundingMode.ROUND, money.RoundingMode.CEIL)
    for unit in (1, 10, 100, 1000)
]


def rounding_index(rule: money.RoundingRule) -> int:
    return ROUNDING_CHOICES.index(rule) if rule in ROUNDING_CHOICES else 0


def chosen_rounding(combo: QComboBox) -> money.RoundingRule:
    return ROUNDING_CHOICES[max(0, combo.currentIndex())]


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
