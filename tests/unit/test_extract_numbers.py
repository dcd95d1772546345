"""Number parsing in Vietnamese and English conventions."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from scrapers.extract.numbers import detect_convention, parse_number, parse_quantity

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("token, expected", [
    ("987.406", 987406), ("82,58", 82.58), ("0.8002", 0.8002), ("0,6077", 0.6077), ("40,62", 40.62),
    ("5, 67", 5.67), ("44,23", 44.23), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("09", 9),
    ("1.234.567", 1234567), ("56.74", 56.74), ("100", 100), ("0,845", 0.845),
])
def test_tokens_parse_by_their_digits_in_vietnamese_pages(token: str, expected: float) -> None:
    assert parse_number(token, "vi") == pytest.approx(expected)


def test_ambiguous_three_digit_group_follows_the_page_convention() -> None:
    assert parse_number("1.305", "vi") == 1305
    assert parse_number("1.305", "en") == pytest.approx(1.305)
    assert parse_number("1,305", "en") == 1305
    assert parse_number("1,305", "vi") == pytest.approx(1.305)


def test_counts_read_a_three_digit_group_as_thousands_whatever_the_convention() -> None:
    assert parse_number("1,305", "vi", integer=True) == 1305


@pytest.mark.parametrize("token, unit, expected", [
    ("1,7", "trieu", 1_700_000), ("10,18", "ngan", 10_180), ("2,5", "nghin", 2_500), ("15.247", None, 15247),
])
def test_quantities_scale_by_their_unit_word(token: str, unit: str | None, expected: int) -> None:
    assert parse_quantity(token, unit) == expected


def test_convention_detection_counts_unambiguous_tokens() -> None:
    assert detect_convention("đạt 82,58 điểm, tiếp nhận 12.345 hồ sơ") == "vi"
    assert detect_convention("scored 0.71 and 65.32, up 2.5 points") == "en"
    assert detect_convention("không có số") == "vi"


def _vi(n: float, decimals: int) -> str:
    whole, _, frac = f"{n:,.{decimals}f}".partition(".")
    return whole.replace(",", ".") + ("," + frac if decimals else "")


def _en(n: float, decimals: int) -> str:
    return f"{n:,.{decimals}f}"


@given(st.integers(min_value=0, max_value=10**9))
def test_integers_round_trip_in_both_conventions(n: int) -> None:
    assert parse_number(_vi(n, 0), "vi") == n
    assert parse_number(_en(n, 0), "en") == n


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=4), st.data())
def test_decimals_round_trip_in_both_conventions(whole: int, decimals: int, data: st.DataObject) -> None:
    frac = data.draw(st.integers(min_value=1, max_value=10**decimals - 1))
    value = round(whole + frac / 10**decimals, decimals)
    assert parse_number(_vi(value, decimals), "vi") == pytest.approx(value)
    assert parse_number(_en(value, decimals), "en") == pytest.approx(value)


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1, max_value=99))
def test_a_stray_space_after_the_decimal_comma_is_ignored(whole: int, frac: int) -> None:
    assert parse_number(f"{whole}, {frac:02d}", "vi") == pytest.approx(whole + frac / 100)
