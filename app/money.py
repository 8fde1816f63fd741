"""Money the Korean way: integer won, 10 % VAT, the rounding setting, amounts in Hangul words.

KRW has no minor unit, so every amount is an ``int`` of won. Arithmetic is exact (``int`` and
``Fraction``); a float never enters, and passing one is a ``TypeError``, as is a ``bool``.

A quote is either *VAT extra* (the prices are 공급가액; 세액 = 공급가액 × 10 %) or *VAT included*
(the prices are 합계; 공급가액 = 합계 ÷ 1.1). The rounding rule (floor / round / ceil at 1, 10,
100 or 1000 won) is applied to the one derived figure — the tax when VAT is extra, the supply
amount when VAT is included — and the third figure is always the exact difference, so
공급가액 + 세액 == 합계 holds for every line and every total.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

__all__ = [
    "MAX_WON",
    "VAT_RATE",
    "AmountTooLargeError",
    "LineAmounts",
    "RoundingMode",
    "RoundingRule",
    "Totals",
    "amount_in_words_line",
    "format_won",
    "korean_amount_words",
    "line_amounts",
    "parse_won",
    "quote_totals",
]

VAT_RATE: Fraction = Fraction(1, 10)

# A typo guard, not an overflow guard (Python ints do not overflow): no quote of a small maker
# comes near 1경 won, so anything above it is a slip of the keyboard.
MAX_WON = 10**16


class AmountTooLargeError(ValueError):
    """An amount above `MAX_WON`; a `ValueError`, typed so the UI can say *why*."""


class RoundingMode(StrEnum):
    FLOOR = "floor"
    ROUND = "round"  # half up: 0.5 goes to 1
    CEIL = "ceil"


_UNITS = (1, 10, 100, 1000)
_UNIT_TEXTS = {str(unit): unit for unit in _UNITS}


@dataclass(frozen=True)
class RoundingRule:
    """How a derived amount is rounded to whole won (or tens, hundreds, thousands of won)."""

    mode: RoundingMode = RoundingMode.FLOOR
    unit: int = 1

    def __post_init__(self) -> None:
        # A plain "floor" is accepted and stored as the enum member; junk is a ValueError.
        object.__setattr__(self, "mode", RoundingMode(self.mode))
        _require_int(self.unit, "unit")
        if self.unit not in _UNITS:
            raise ValueError(f"rounding unit must be one of {_UNITS}, not {self.unit}")

    def apply(self, amount: Fraction | int) -> int:
        """Round `amount` to a multiple of `unit`; exact for any int or Fraction."""
        if isinstance(amount, bool) or not isinstance(amount, int | Fraction):
            raise TypeError(f"amount must be an int or a Fraction, not {type(amount).__name__}")
        steps = Fraction(amount) / self.unit
        if self.mode is RoundingMode.FLOOR:
            count = math.floor(steps)
        elif self.mode is RoundingMode.CEIL:
            count = math.ceil(steps)
        else:  # half up (towards +infinity on a tie)
            count = math.floor(steps + Fraction(1, 2))
        return count * self.unit

    def to_setting(self) -> str:
        """The rule as a setting value, e.g. ``"floor:1"``."""
        return f"{self.mode.value}:{self.unit}"

    @classmethod
    def from_setting(cls, s: str) -> RoundingRule:
        """Parse what `to_setting` wrote; anything else is a ValueError."""
        if not isinstance(s, str):
            raise TypeError(f"setting must be a str, not {type(s).__name__}")
        mode_text, colon, unit_text = s.partition(":")
        modes = {mode.value: mode for mode in RoundingMode}
        if not colon or mode_text not in modes or unit_text not in _UNIT_TEXTS:
            raise ValueError(f"not a rounding rule setting: {s!r}")
        return cls(modes[mode_text], _UNIT_TEXTS[unit_text])


@dataclass(frozen=True)
class LineAmounts:
    supply: int  # 공급가액
    tax: int  # 세액
    total: int  # 합계 (= supply + tax)


@dataclass(frozen=True)
class Totals:
    supply: int  # 공급가액 합계
    tax: int  # 세액 합계
    total: int  # 합계 (= supply + tax)


def line_amounts(
    quantity: int, unit_price: int, *, vat_included: bool, rule: RoundingRule
) -> LineAmounts:
    """공급가액, 세액 and 합계 of one quote line, for display beside it.

    The quote's totals row comes from `quote_totals`, which rounds once on the whole sum, so
    the lines' taxes need not add up to the total tax (that is the Korean practice).
    """
    amount = _line_amount(quantity, unit_price)
    supply, tax, total = _split(amount, vat_included=vat_included, rule=rule)
    return LineAmounts(supply=supply, tax=tax, total=total)


def quote_totals(
    lines: Iterable[tuple[int, int]], *, vat_included: bool, rule: RoundingRule
) -> Totals:
    """The totals row of a quote from its ``(quantity, unit_price)`` lines.

    VAT extra: 공급가액 = Σ quantity × price, 세액 = rule(공급가액 × 10 %), 합계 = 공급가액 + 세액.
    VAT included: 합계 = Σ quantity × price, 공급가액 = rule(합계 ÷ 1.1), 세액 = 합계 − 공급가액.
    """
    amount = 0
    for quantity, unit_price in lines:
        amount += _line_amount(quantity, unit_price)
        _check_max(amount, "quote total")
    supply, tax, total = _split(amount, vat_included=vat_included, rule=rule)
    return Totals(supply=supply, tax=tax, total=total)


def _line_amount(quantity: int, unit_price: int) -> int:
    _require_non_negative(quantity, "quantity")
    _require_non_negative(unit_price, "unit_price")
    amount = quantity * unit_price
    _check_max(amount, "line amount")
    return amount


def _split(amount: int, *, vat_included: bool, rule: RoundingRule) -> tuple[int, int, int]:
    """(supply, tax, total) of an amount entered VAT extra or VAT included."""
    if not isinstance(vat_included, bool):
        raise TypeError(f"vat_included must be a bool, not {type(vat_included).__name__}")
    if vat_included:
        total = amount
        # A coarse unit on a small amount can round the supply above the total (ceil:1000 on
        # 600 won gives 1,000); the tax would go negative, so the supply stops at the total.
        supply = min(rule.apply(Fraction(amount) / (1 + VAT_RATE)), total)
    else:
        supply = amount
        total = supply + rule.apply(amount * VAT_RATE)
        _check_max(total, "quote total")
    return supply, total - supply, total


# --- amounts in words: "일금 일백이십삼만사천오백육십칠원정" ---------------------------------

_DIGIT_WORDS = "영일이삼사오육칠팔구"
_PLACE_WORDS = ("천", "백", "십", "")  # within a group of four digits, most significant first
_GROUP_WORDS = ("", "만", "억", "조", "경")  # groups of four digits, least significant first


def korean_amount_words(won: int) -> str:
    """The amount in Hangul numerals as written on a 견적서.

    ``0`` -> ``"영"``, ``10000`` -> ``"일만"``, ``1234567`` -> ``"일백이십삼만사천오백육십칠"``.
    일 is written before 십, 백 and 천 (일십, 일백, 일천) and empty groups are skipped.
    """
    _require_non_negative(won, "won")
    _check_max(won, "amount")
    if won == 0:
        return _DIGIT_WORDS[0]
    groups: list[str] = []
    rest = won
    for group_word in _GROUP_WORDS:
        rest, group = divmod(rest, 10_000)
        if group:
            groups.append(_group_words(group) + group_word)
    return "".join(reversed(groups))


def _group_words(group: int) -> str:
    """1..9999 in words, e.g. 4567 -> "사천오백육십칠", 10 -> "일십"."""
    words = []
    for digit_char, place_word in zip(f"{group:04d}", _PLACE_WORDS, strict=True):
        digit = int(digit_char)
        if digit:
            words.append(_DIGIT_WORDS[digit] + place_word)
    return "".join(words)


def amount_in_words_line(won: int) -> str:
    """The words line of a 견적서: ``"일금 일백이십삼만사천오백육십칠원정"``."""
    return f"일금 {korean_amount_words(won)}원정"


# --- figures: "1,234,567" ------------------------------------------------------------------


def format_won(won: int) -> str:
    """Thousands separators, no symbol: ``1234567`` -> ``"1,234,567"``."""
    _require_int(won, "won")
    return f"{won:,}"


# Either no separators, or groups of three separated throughout by commas, or by spaces.
_FIGURE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+")
# Korean Windows fonts draw the backslash as ₩, so "\12,000" is what some users type.
_WON_SIGNS = ("₩", "\\")


def parse_won(text: str) -> int:
    """A typed amount of won: ``"1,234,567"``, ``"1234567"``, ``"₩1,234,567"``, ``" 12 000 "``.

    Full-width digits and signs (from a Korean IME) and a trailing 원 are accepted too.
    Decimals, signs, misplaced separators and anything else raise ValueError; an amount above
    `MAX_WON` raises `AmountTooLargeError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    # NFKC folds full-width digits, commas and ￦ to ASCII and ₩, and no-break spaces to spaces.
    figure = unicodedata.normalize("NFKC", text).strip()
    if figure.startswith(_WON_SIGNS):
        figure = figure[1:].lstrip()
    if figure.endswith("원"):
        figure = figure[:-1].rstrip()
    if not _FIGURE.fullmatch(figure):
        raise ValueError(f"not an amount of won: {text!r}")
    won = int(figure.replace(",", "").replace(" ", ""))
    _check_max(won, "amount")
    return won


# --- guards --------------------------------------------------------------------------------


def _require_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def _require_non_negative(value: object, name: str) -> int:
    number = _require_int(value, name)
    if number < 0:
        raise ValueError(f"{name} must not be negative, got {number}")
    return number


def _check_max(won: int, what: str) -> None:
    if won > MAX_WON:
        raise AmountTooLargeError(f"{what} of {won:,} won is above the limit of {MAX_WON:,}")
