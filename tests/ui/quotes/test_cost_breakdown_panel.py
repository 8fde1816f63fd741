"""The breakdown's formulas read in the reader's language (the stored formula stays as is)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ui.quotes.cost_breakdown_panel import unit_words


@pytest.fixture
def korean() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    yield
    QLocale.setDefault(before)


def test_korean_readers_get_won_pieces_and_hours(korean: None) -> None:
    assert unit_words("0.33 h × 5,000 won/h") == "0.33시간 × 5,000원/시간"
    assert unit_words("10,000 won ÷ 10 pcs") == "10,000원 ÷ 10개"
    assert unit_words("8.000 cm³ × 1.24 g/cm³ × 25,000 won/kg ÷ 1000") == (
        "8.000 cm³ × 1.24 g/cm³ × 25,000원/kg ÷ 1000"
    )


def test_english_formulas_are_shown_as_stored() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert unit_words("2,000 won/pc") == "2,000 won/pc"
