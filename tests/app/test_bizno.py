from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bizno import format_number, is_valid, normalize

# 1 1 6 8 2 0 0 2 7 | 6:  1·1 + 1·3 + 6·7 + 8·1 + 2·3 + 0·7 + 0·1 + 2·3 + 7·5 = 101,
#   + ⌊7·5 ÷ 10⌋ = 3 -> 104; (10 − 4) mod 10 = 6 ✓
# 1 3 4 8 6 7 2 6 8 | 3:  1·1 + 3·3 + 4·7 + 8·1 + 6·3 + 7·7 + 2·1 + 6·3 + 8·5 = 173,
#   + ⌊8·5 ÷ 10⌋ = 4 -> 177; (10 − 7) mod 10 = 3 ✓
VALID = ["116-82-00276", "134-86-72683"]


@pytest.mark.parametrize("number", VALID)
def test_valid_numbers(number: str) -> None:
    assert is_valid(number)
    assert is_valid(number.replace("-", ""))
    assert is_valid(number.replace("-", " "))


@pytest.mark.parametrize("number", VALID)
def test_any_other_last_digit_is_invalid(number: str) -> None:
    for digit in "0123456789":
        changed = number[:-1] + digit
        assert is_valid(changed) == (changed == number)


def test_check_digit_when_the_sum_ends_in_zero() -> None:
    # 1 0 0 0 0 0 0 0 9: 1 + 9·5 = 46, + ⌊45 ÷ 10⌋ = 4 -> 50; (10 − 0) mod 10 = 0
    assert is_valid("100-00-00090")
    assert not is_valid("100-00-00091")


def test_typed_variants() -> None:
    assert is_valid(" 116-82-00276 ")
    assert is_valid("１１６－８２－００２７６")  # full-width, from a Korean IME
    assert is_valid("11682-00276")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "116-82-0027",  # 9 digits
        "116-82-002766",  # 11 digits
        "116-82-0027a",
        "abc1168200276",
        "1168200276x",
        "116_82_00276",
        "116.82.00276",
        "116--82-00276",
        "-1168200276",
        "1168200276-",
        "116/82/00276",
        "사업자 116-82-00276",
    ],
)
def test_malformed_numbers(text: str) -> None:
    assert not is_valid(text)
    with pytest.raises(ValueError):
        format_number(text)


def test_normalize() -> None:
    assert normalize("116-82-00276") == "1168200276"
    assert normalize(" 116 82 00276 ") == "1168200276"
    assert normalize("１１６－８２－００２７６") == "1168200276"
    assert normalize("abc") == ""
    assert normalize("") == ""


def test_format_number() -> None:
    assert format_number("1168200276") == "116-82-00276"
    assert format_number("116-82-00276") == "116-82-00276"
    assert format_number("134 86 72683") == "134-86-72683"
    # the check digit is is_valid's business, not format_number's
    assert format_number("1168200277") == "116-82-00277"


@pytest.mark.parametrize("function", [normalize, is_valid, format_number])
def test_text_must_be_a_str(function: object) -> None:
    with pytest.raises(TypeError):
        function(1168200276)  # type: ignore[operator]


first_nine = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(first_nine)
def test_exactly_one_check_digit_fits(first: str) -> None:
    assert sum(is_valid(first + digit) for digit in "0123456789") == 1


@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_format_round_trip(digits: str) -> None:
    formatted = format_number(digits)
    assert len(formatted) == 12
    assert normalize(formatted) == digits
    assert format_number(formatted) == formatted
    assert is_valid(formatted) == is_valid(digits)
