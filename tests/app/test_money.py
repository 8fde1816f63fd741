from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.money import (
    MAX_WON,
    VAT_RATE,
    AmountTooLargeError,
    LineAmounts,
    RoundingMode,
    RoundingRule,
    Totals,
    amount_in_words_line,
    format_won,
    korean_amount_words,
    line_amounts,
    parse_won,
    quote_totals,
)

FLOOR, ROUND, CEIL = RoundingMode.FLOOR, RoundingMode.ROUND, RoundingMode.CEIL

# --- the rounding rule ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "unit", "amount", "expected"),
    [
        # 3,703.5 (the VAT on 37,035)
        (FLOOR, 1, Fraction(7407, 2), 3703),
        (ROUND, 1, Fraction(7407, 2), 3704),  # .5 goes up
        (CEIL, 1, Fraction(7407, 2), 3704),
        (FLOOR, 10, Fraction(7407, 2), 3700),
        (ROUND, 10, Fraction(7407, 2), 3700),  # 370.35 tens -> 370
        (CEIL, 10, Fraction(7407, 2), 3710),
        (FLOOR, 100, Fraction(7407, 2), 3700),
        (ROUND, 100, Fraction(7407, 2), 3700),  # 37.035 hundreds -> 37
        (CEIL, 100, Fraction(7407, 2), 3800),
        (FLOOR, 1000, Fraction(7407, 2), 3000),
        (ROUND, 1000, Fraction(7407, 2), 4000),  # 3.7035 thousands -> 4
        (CEIL, 1000, Fraction(7407, 2), 4000),
        # exact ties at each unit go up under ROUND
        (ROUND, 10, 1235, 1240),
        (ROUND, 100, 1050, 1100),
        (ROUND, 1000, 2500, 3000),
        (FLOOR, 1000, 2500, 2000),
        # a multiple of the unit is left alone by every mode
        (FLOOR, 100, 4500, 4500),
        (ROUND, 100, 4500, 4500),
        (CEIL, 100, 4500, 4500),
        (CEIL, 1000, 0, 0),
        # a repeating fraction is handled exactly: 50,000 ÷ 1.1 = 45,454.5454…
        (FLOOR, 1, Fraction(500_000, 11), 45454),
        (ROUND, 1, Fraction(500_000, 11), 45455),
        (CEIL, 1, Fraction(500_000, 11), 45455),
    ],
)
def test_rounding_rule_apply(
    mode: RoundingMode, unit: int, amount: Fraction, expected: int
) -> None:
    assert RoundingRule(mode, unit).apply(amount) == expected


def test_rounding_rule_default_is_floor_to_the_won() -> None:
    assert RoundingRule() == RoundingRule(FLOOR, 1)
    assert RoundingRule().apply(Fraction(19, 10)) == 1


def test_rounding_rule_accepts_the_mode_as_text() -> None:
    rule = RoundingRule("ceil", 10)  # type: ignore[arg-type]
    assert rule.mode is CEIL
    assert rule == RoundingRule(CEIL, 10)


@pytest.mark.parametrize("unit", [0, 2, 5, 50, 10_000, -10])
def test_rounding_rule_rejects_other_units(unit: int) -> None:
    with pytest.raises(ValueError):
        RoundingRule(FLOOR, unit)


@pytest.mark.parametrize("unit", [True, 10.0, "10", None])
def test_rounding_rule_unit_must_be_an_int(unit: object) -> None:
    with pytest.raises(TypeError):
        RoundingRule(FLOOR, unit)  # type: ignore[arg-type]


def test_rounding_rule_rejects_an_unknown_mode() -> None:
    with pytest.raises(ValueError):
        RoundingRule("truncate", 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [1.5, True, "12", None])
def test_rounding_rule_apply_refuses_floats_and_bools(amount: object) -> None:
    with pytest.raises(TypeError):
        RoundingRule().apply(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", list(RoundingMode))
@pytest.mark.parametrize("unit", [1, 10, 100, 1000])
def test_rounding_rule_setting_round_trip(mode: RoundingMode, unit: int) -> None:
    rule = RoundingRule(mode, unit)
    assert RoundingRule.from_setting(rule.to_setting()) == rule


def test_rounding_rule_setting_text() -> None:
    assert RoundingRule().to_setting() == "floor:1"
    assert RoundingRule(ROUND, 100).to_setting() == "round:100"
    assert RoundingRule.from_setting("ceil:1000") == RoundingRule(CEIL, 1000)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "floor",
        "floor:",
        ":1",
        "floor:5",
        "floor:1:1",
        "FLOOR:1",
        "half:1",
        "floor: 1",
        " floor:1",
        "floor:01",
        "floor:1.0",
        "floor;1",
    ],
)
def test_rounding_rule_from_setting_rejects_junk(text: str) -> None:
    with pytest.raises(ValueError):
        RoundingRule.from_setting(text)


def test_vat_rate() -> None:
    assert Fraction(1, 10) == VAT_RATE


# --- lines and totals: hand-computed tables -------------------------------------------------

# VAT extra, 3 × 12,345 = 37,035 = 공급가액; 세액 = rule(3,703.5); 합계 = 37,035 + 세액.
VAT_EXTRA_CASES = [
    (FLOOR, 1, 3703),  # ⌊3,703.5⌋ = 3,703 -> 합계 40,738
    (ROUND, 1, 3704),  # 3,703.5 half up -> 3,704 -> 합계 40,739
    (CEIL, 1, 3704),  # ⌈3,703.5⌉ = 3,704
    (FLOOR, 10, 3700),  # 370.35 tens -> 370
    (ROUND, 10, 3700),  # 370.35 -> 370
    (CEIL, 10, 3710),  # 370.35 -> 371
    (FLOOR, 100, 3700),  # 37.035 hundreds -> 37
    (ROUND, 100, 3700),  # 37.035 -> 37
    (CEIL, 100, 3800),  # 37.035 -> 38
    (FLOOR, 1000, 3000),  # 3.7035 thousands -> 3
    (ROUND, 1000, 4000),  # 3.7035 -> 4
    (CEIL, 1000, 4000),  # 3.7035 -> 4
]


@pytest.mark.parametrize(("mode", "unit", "tax"), VAT_EXTRA_CASES)
def test_vat_extra(mode: RoundingMode, unit: int, tax: int) -> None:
    rule = RoundingRule(mode, unit)
    expected = (37_035, tax, 37_035 + tax)
    assert line_amounts(3, 12_345, vat_included=False, rule=rule) == LineAmounts(*expected)
    assert quote_totals([(3, 12_345)], vat_included=False, rule=rule) == Totals(*expected)


# VAT extra, 1 × 12,350: 세액 = 1,235 exactly, a tie at the unit of 10 (123.5 tens).
@pytest.mark.parametrize(
    ("mode", "unit", "tax"),
    [
        (FLOOR, 1, 1235),
        (ROUND, 1, 1235),
        (CEIL, 1, 1235),
        (FLOOR, 10, 1230),  # 123.5 -> 123
        (ROUND, 10, 1240),  # 123.5 half up -> 124
        (CEIL, 10, 1240),
    ],
)
def test_vat_extra_tie(mode: RoundingMode, unit: int, tax: int) -> None:
    totals = quote_totals([(1, 12_350)], vat_included=False, rule=RoundingRule(mode, unit))
    assert totals == Totals(12_350, tax, 12_350 + tax)


# VAT included, 1 × 50,000 = 합계; 공급가액 = rule(50,000 ÷ 1.1 = 45,454.5454…); 세액 = rest.
VAT_INCLUDED_CASES = [
    (FLOOR, 1, 45_454),  # 세액 4,546
    (ROUND, 1, 45_455),  # .5454 rounds up; 세액 4,545
    (CEIL, 1, 45_455),  # 세액 4,545
    (FLOOR, 10, 45_450),  # 4,545.45 tens -> 4,545; 세액 4,550
    (ROUND, 10, 45_450),  # 4,545.45 -> 4,545; 세액 4,550
    (CEIL, 10, 45_460),  # -> 4,546; 세액 4,540
    (FLOOR, 100, 45_400),  # 454.545 hundreds -> 454; 세액 4,600
    (ROUND, 100, 45_500),  # 454.545 -> 455; 세액 4,500
    (CEIL, 100, 45_500),  # -> 455; 세액 4,500
    (FLOOR, 1000, 45_000),  # 45.45 thousands -> 45; 세액 5,000
    (ROUND, 1000, 45_000),  # 45.45 -> 45; 세액 5,000
    (CEIL, 1000, 46_000),  # -> 46; 세액 4,000
]


@pytest.mark.parametrize(("mode", "unit", "supply"), VAT_INCLUDED_CASES)
def test_vat_included(mode: RoundingMode, unit: int, supply: int) -> None:
    rule = RoundingRule(mode, unit)
    expected = (supply, 50_000 - supply, 50_000)
    assert line_amounts(1, 50_000, vat_included=True, rule=rule) == LineAmounts(*expected)
    assert quote_totals([(1, 50_000)], vat_included=True, rule=rule) == Totals(*expected)


# VAT included, 1 × 1,155: 1,155 ÷ 1.1 = 1,050 exactly, a tie at the unit of 100 (10.5).
@pytest.mark.parametrize(
    ("mode", "unit", "supply"),
    [
        (FLOOR, 1, 1050),  # 세액 105, every mode at unit 1
        (ROUND, 1, 1050),
        (CEIL, 1, 1050),
        (FLOOR, 100, 1000),  # 10.5 -> 10; 세액 155
        (ROUND, 100, 1100),  # 10.5 half up -> 11; 세액 55
        (CEIL, 100, 1100),  # 세액 55
    ],
)
def test_vat_included_tie(mode: RoundingMode, unit: int, supply: int) -> None:
    totals = quote_totals([(1, 1155)], vat_included=True, rule=RoundingRule(mode, unit))
    assert totals == Totals(supply, 1155 - supply, 1155)


def test_vat_included_supply_never_exceeds_the_total() -> None:
    # 600 ÷ 1.1 = 545.45…; ceil to 1,000 would give 1,000 > 600 and a 세액 of −400,
    # so 공급가액 stops at the 합계 and 세액 is 0.
    rule = RoundingRule(CEIL, 1000)
    assert line_amounts(1, 600, vat_included=True, rule=rule) == LineAmounts(600, 0, 600)
    # 55 ÷ 1.1 = 50, a tie at 100 -> 100 > 55: same stop.
    rule = RoundingRule(ROUND, 100)
    assert quote_totals([(1, 55)], vat_included=True, rule=rule) == Totals(55, 0, 55)


def test_tax_is_computed_on_the_total_not_summed_per_line() -> None:
    rule = RoundingRule(FLOOR, 1)
    # each line: 1,005 -> 세액 ⌊100.5⌋ = 100; the two lines' taxes add to 200 ...
    assert line_amounts(1, 1005, vat_included=False, rule=rule) == LineAmounts(1005, 100, 1105)
    # ... but the quote's 공급가액 2,010 -> 세액 ⌊201⌋ = 201.
    lines = [(1, 1005), (1, 1005)]
    assert quote_totals(lines, vat_included=False, rule=rule) == Totals(2010, 201, 2211)


@pytest.mark.parametrize(
    ("mode", "supply"),
    [
        # 3 × 12,345 + 2 × 990 = 37,035 + 1,980 = 39,015; ÷ 1.1 = 35,468.18…
        # (check: 35,468 × 1.1 = 39,014.8, so the remainder is 0.2 ÷ 1.1 = 0.18)
        (FLOOR, 35_468),  # 세액 3,547
        (ROUND, 35_468),  # .18 rounds down; 세액 3,547
        (CEIL, 35_469),  # 세액 3,546
    ],
)
def test_vat_included_several_lines(mode: RoundingMode, supply: int) -> None:
    lines = [(3, 12_345), (2, 990)]
    totals = quote_totals(lines, vat_included=True, rule=RoundingRule(mode, 1))
    assert totals == Totals(supply, 39_015 - supply, 39_015)


def test_vat_included_exact_division() -> None:
    # 2 × 33,000 + 1 × 5,500 = 71,500; ÷ 1.1 = 65,000 exactly, 세액 6,500, under every rule.
    for mode in RoundingMode:
        for unit in (1, 10, 100, 1000):
            totals = quote_totals(
                [(2, 33_000), (1, 5_500)], vat_included=True, rule=RoundingRule(mode, unit)
            )
            assert totals == Totals(65_000, 6_500, 71_500)


def test_empty_quote_and_zero_lines() -> None:
    for vat_included in (False, True):
        assert quote_totals([], vat_included=vat_included, rule=RoundingRule()) == Totals(0, 0, 0)
        zero = line_amounts(0, 12_000, vat_included=vat_included, rule=RoundingRule(CEIL, 1000))
        assert zero == LineAmounts(0, 0, 0)


def test_lines_may_be_any_iterable() -> None:
    lines = ((quantity, 1000) for quantity in (1, 2, 3))
    totals = quote_totals(lines, vat_included=False, rule=RoundingRule())
    assert totals == Totals(6000, 600, 6600)


@pytest.mark.parametrize(
    ("quantity", "unit_price"),
    [(True, 1000), (1, False), (1.0, 1000), (1, 1000.0), ("1", 1000), (1, None)],
)
def test_quantity_and_price_must_be_ints(quantity: object, unit_price: object) -> None:
    rule = RoundingRule()
    with pytest.raises(TypeError):
        line_amounts(quantity, unit_price, vat_included=False, rule=rule)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quote_totals([(quantity, unit_price)], vat_included=False, rule=rule)  # type: ignore[list-item]


@pytest.mark.parametrize(("quantity", "unit_price"), [(-1, 1000), (1, -1000)])
def test_negative_quantity_or_price_is_refused(quantity: int, unit_price: int) -> None:
    rule = RoundingRule()
    with pytest.raises(ValueError):
        line_amounts(quantity, unit_price, vat_included=True, rule=rule)
    with pytest.raises(ValueError):
        quote_totals([(1, 1), (quantity, unit_price)], vat_included=True, rule=rule)


def test_vat_included_must_be_a_bool() -> None:
    with pytest.raises(TypeError):
        line_amounts(1, 1, vat_included=1, rule=RoundingRule())  # type: ignore[arg-type]


def test_amounts_above_the_limit_are_refused() -> None:
    rule = RoundingRule()
    # the limit itself is fine when VAT is included ...
    assert line_amounts(1, MAX_WON, vat_included=True, rule=rule).total == MAX_WON
    # ... one won more is a typo, as a line, as a sum of lines, or once VAT is added on top
    with pytest.raises(AmountTooLargeError):
        line_amounts(10, MAX_WON // 10 + 1, vat_included=True, rule=rule)
    with pytest.raises(AmountTooLargeError):
        quote_totals([(1, MAX_WON), (1, 1)], vat_included=True, rule=rule)
    with pytest.raises(AmountTooLargeError):
        quote_totals([(1, MAX_WON)], vat_included=False, rule=rule)
    assert issubclass(AmountTooLargeError, ValueError)


# --- properties -----------------------------------------------------------------------------

rules = st.builds(RoundingRule, st.sampled_from(RoundingMode), st.sampled_from([1, 10, 100, 1000]))
quantities = st.integers(min_value=0, max_value=10_000)
prices = st.integers(min_value=0, max_value=10**9)
quote_lines = st.lists(st.tuples(quantities, prices), max_size=20)


@given(lines=quote_lines, vat_included=st.booleans(), rule=rules)
def test_totals_always_add_up(
    lines: list[tuple[int, int]], vat_included: bool, rule: RoundingRule
) -> None:
    totals = quote_totals(lines, vat_included=vat_included, rule=rule)
    assert totals.supply + totals.tax == totals.total
    assert totals.supply >= 0
    assert totals.tax >= 0
    entered = sum(quantity * price for quantity, price in lines)
    if vat_included:
        assert totals.total == entered  # the price the customer was told is kept to the won
    else:
        assert totals.supply == entered
        assert totals.tax == rule.apply(entered * VAT_RATE)


@given(quantity=quantities, price=prices, vat_included=st.booleans(), rule=rules)
def test_line_amounts_add_up_and_match_a_one_line_quote(
    quantity: int, price: int, vat_included: bool, rule: RoundingRule
) -> None:
    line = line_amounts(quantity, price, vat_included=vat_included, rule=rule)
    assert line.supply + line.tax == line.total
    assert line.supply >= 0
    assert line.tax >= 0
    totals = quote_totals([(quantity, price)], vat_included=vat_included, rule=rule)
    assert (line.supply, line.tax, line.total) == (totals.supply, totals.tax, totals.total)


@given(total=st.integers(min_value=0, max_value=MAX_WON), rule=rules)
def test_vat_included_supply_is_the_rounded_share(total: int, rule: RoundingRule) -> None:
    totals = quote_totals([(1, total)], vat_included=True, rule=rule)
    assert totals.total == total
    exact = Fraction(total) / Fraction(11, 10)
    if rule.apply(exact) <= total:  # otherwise the supply stops at the total
        assert totals.supply == rule.apply(exact)
        assert abs(totals.supply - exact) < rule.unit


@given(
    amount=st.fractions(min_value=-(10**12), max_value=10**12, max_denominator=10_000),
    rule=rules,
)
def test_rounding_gives_a_near_multiple_of_the_unit(amount: Fraction, rule: RoundingRule) -> None:
    rounded = rule.apply(amount)
    assert isinstance(rounded, int)
    assert rounded % rule.unit == 0
    assert abs(rounded - amount) < rule.unit
    if rule.mode is FLOOR:
        assert rounded <= amount
    elif rule.mode is CEIL:
        assert rounded >= amount
    else:
        assert abs(rounded - amount) <= Fraction(rule.unit, 2)


@given(won=st.integers(min_value=0, max_value=MAX_WON))
def test_format_and_parse_round_trip(won: int) -> None:
    text = format_won(won)
    assert parse_won(text) == won
    assert parse_won(text.replace(",", " ")) == won
    assert parse_won(text.replace(",", "")) == won
    assert parse_won("₩" + text) == won


# --- amounts in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("won", "words"),
    [
        (0, "영"),
        (1, "일"),
        (10, "일십"),
        (11, "일십일"),
        (20, "이십"),
        (100, "일백"),
        (1001, "일천일"),
        (10_000, "일만"),
        (100_010, "일십만일십"),
        (1_234_567, "일백이십삼만사천오백육십칠"),
        (100_000_000, "일억"),
        (100_000_001, "일억일"),
        (1_000_010_000, "일십억일만"),
        (99_999_999, "구천구백구십구만구천구백구십구"),
        (1_000_000_000_000, "일조"),
        (1_0000_0000_0000_0000, "일경"),
    ],
)
def test_korean_amount_words(won: int, words: str) -> None:
    assert korean_amount_words(won) == words


def test_amount_in_words_line() -> None:
    assert amount_in_words_line(1_234_567) == "일금 일백이십삼만사천오백육십칠원정"
    assert amount_in_words_line(0) == "일금 영원정"


def test_korean_amount_words_guards() -> None:
    with pytest.raises(ValueError):
        korean_amount_words(-1)
    with pytest.raises(AmountTooLargeError):
        korean_amount_words(MAX_WON + 1)
    with pytest.raises(TypeError):
        korean_amount_words(True)  # a bool is not an amount
    with pytest.raises(TypeError):
        korean_amount_words(1.0)  # type: ignore[arg-type]


_DIGITS = {char: value for value, char in enumerate("영일이삼사오육칠팔구")}
_PLACES = {"십": 10, "백": 100, "천": 1000}
_GROUPS = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}


def _words_to_int(words: str) -> int:
    """Read Hangul numerals back, insisting on a digit before every place (일십, not 십)."""
    total = group = 0
    digit: int | None = None
    for char in words:
        if char in _DIGITS:
            assert digit is None
            digit = _DIGITS[char]
        elif char in _PLACES:
            assert digit is not None
            group += digit * _PLACES[char]
            digit = None
        else:
            group += digit or 0
            assert group > 0
            total += group * _GROUPS[char]
            group, digit = 0, None
    return total + group + (digit or 0)


sparse_amounts = st.lists(st.sampled_from("0000159"), min_size=1, max_size=16).map(
    lambda digits: int("".join(digits))
)


@given(won=st.integers(min_value=0, max_value=MAX_WON) | sparse_amounts)
def test_korean_amount_words_read_back(won: int) -> None:
    words = korean_amount_words(won)
    assert _words_to_int(words) == won
    assert won == 0 or "영" not in words


# --- figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("won", "text"),
    [
        (0, "0"),
        (999, "999"),
        (1000, "1,000"),
        (1_234_567, "1,234,567"),
        (MAX_WON, "10,000,000,000,000,000"),
        (-1_500, "-1,500"),  # a display helper: a difference may be shown, parse_won refuses it
    ],
)
def test_format_won(won: int, text: str) -> None:
    assert format_won(won) == text


def test_format_won_refuses_non_ints() -> None:
    with pytest.raises(TypeError):
        format_won(1000.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_won(True)


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("1,234,567", 1_234_567),
        ("1234567", 1_234_567),
        ("₩1,234,567", 1_234_567),
        (" 12 000 ", 12_000),
        ("0", 0),
        ("₩ 5,000", 5_000),
        ("￦5,000", 5_000),  # full-width won sign
        ("\\5,000", 5_000),  # how ₩ is typed on a Korean keyboard
        ("１２，０００", 12_000),  # full-width digits and comma from a Korean IME
        ("12,000원", 12_000),
        ("12\u00a0000", 12_000),  # no-break space, as some locales format
        ("\t1,000\n", 1_000),
    ],
)
def test_parse_won(text: str, won: int) -> None:
    assert parse_won(text) == won


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "₩",
        "원",
        "-1,000",
        "+1,000",
        "1,000.50",
        "1000.0",
        "1.000",
        "1e3",
        "12,34",
        "1,2345",
        "1,234 567",
        ",123",
        "123,",
        "1,,234",
        "1  234",
        "abc",
        "12 won",
        "일만",
        "₩₩100",
        "100₩",
        "0x10",
        "1_000",
    ],
)
def test_parse_won_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_won(text)


def test_parse_won_guards() -> None:
    assert parse_won("10,000,000,000,000,000") == MAX_WON
    with pytest.raises(AmountTooLargeError):
        parse_won("10,000,000,000,000,001")
    with pytest.raises(TypeError):
        parse_won(1000)  # type: ignore[arg-type]
