"""The words for a quote's terms: its VAT mode and its rounding rule (the quote editor's and
the settings page's choices, ui/quotes/terms.py, and the conflicts inbox say them alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import money

translate = QCoreApplication.translate


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
