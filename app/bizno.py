"""사업자등록번호, the Korean business registration number: 10 digits written 000-00-00000.

The last digit is a check digit: weights 1,3,7,1,3,7,1,3,5 over the first nine digits, plus
⌊9th digit × 5 ÷ 10⌋; check digit = (10 − sum mod 10) mod 10.

A number may be typed with hyphens or spaces between its digits (and with full-width
characters from a Korean IME); any other character makes it malformed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["format_number", "is_valid", "normalize"]

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
# Runs of digits separated by single hyphens or spaces.
_TYPED = re.compile(r"[0-9]+(?:[- ][0-9]+)*")
_NON_DIGITS = re.compile(r"[^0-9]")


def normalize(text: str) -> str:
    """Digits only: ``"116-82-00276"`` -> ``"1168200276"``."""
    return _NON_DIGITS.sub("", _fold(text))


def is_valid(text: str) -> bool:
    """True when `text` is a well-formed 10-digit number whose check digit is right."""
    digits = _ten_digits(text)
    return digits is not None and int(digits[9]) == _check_digit(digits[:9])


def format_number(text: str) -> str:
    """``"1168200276"`` -> ``"116-82-00276"``; ValueError unless `text` holds 10 digits.

    The check digit is not checked here (use `is_valid`), so a number can be shown as typed.
    """
    digits = _ten_digits(text)
    if digits is None:
        raise ValueError(f"not a 10-digit business registration number: {text!r}")
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def _fold(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    # Full-width digits and hyphens (from a Korean IME) become ASCII.
    return unicodedata.normalize("NFKC", text)


def _ten_digits(text: str) -> str | None:
    typed = _fold(text).strip()
    if not _TYPED.fullmatch(typed):
        return None
    digits = _NON_DIGITS.sub("", typed)
    return digits if len(digits) == 10 else None


def _check_digit(first_nine: str) -> int:
    values = [int(char) for char in first_nine]
    total = sum(value * weight for value, weight in zip(values, _WEIGHTS, strict=True))
    total += values[8] * 5 // 10
    return (10 - total % 10) % 10
