"""Money: minor units from ISO 4217, exact arithmetic, one rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autodebit.money import Money, UnknownCurrency, exponent, parse_decimal, round_to_minor

CURRENCIES = ["CNY", "JPY", "BHD", "EUR", "USD", "KWD", "CLF"]
amounts = st.integers(min_value=-(10**15), max_value=10**15)


def test_exponents_come_from_iso_4217():
    assert (exponent("CNY"), exponent("JPY"), exponent("BHD"), exponent("CLF")) == (2, 0, 3, 4)


@pytest.mark.parametrize("code", ["ABC", "cny", "", "XAU", "XXX"])
def test_unknown_or_unusable_currencies_are_refused(code):
    with pytest.raises(UnknownCurrency):
        exponent(code)


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money(1.5, "CNY")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(1, "CNY") + Money(1, "USD")


def test_formatting_uses_the_exponent():
    assert str(Money(1234, "CNY")) == "12.34 CNY"
    assert str(Money(500, "JPY")) == "500 JPY"
    assert str(Money(1234, "BHD")) == "1.234 BHD"
    assert str(Money(-5, "CNY")) == "-0.05 CNY"


@given(amounts, st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20).filter(lambda w: sum(w) > 0), st.sampled_from(CURRENCIES))
def test_allocation_sums_exactly_and_is_fair_to_a_minor_unit(amount, weights, currency):
    parts = Money(amount, currency).allocate(weights)
    assert sum(p.amount_minor for p in parts) == amount
    total = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Decimal(amount) * weight / total
        assert abs(Decimal(part.amount_minor) - exact) < 1


@given(amounts, st.sampled_from(CURRENCIES))
def test_decimal_round_trip_is_exact(amount, currency):
    money = Money(amount, currency)
    assert round_to_minor(money.to_decimal(), currency) == amount


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=6, allow_nan=False), st.sampled_from(CURRENCIES))
def test_rounding_is_half_away_from_zero_and_within_half_a_unit(value, currency):
    minor = round_to_minor(value, currency)
    scaled = value.scaleb(exponent(currency))
    assert abs(Decimal(minor) - scaled) <= Decimal("0.5")
    assert round_to_minor(-value, currency) == -minor  # symmetric: away from zero


def test_half_rounds_away_from_zero():
    assert round_to_minor(Decimal("0.005"), "CNY") == 1
    assert round_to_minor(Decimal("-0.005"), "CNY") == -1
    assert round_to_minor(Decimal("0.5"), "JPY") == 1


@pytest.mark.parametrize("text", ["1e3", "NaN", "Infinity", "abc", "0.0000000000001"])
def test_parse_decimal_refuses_non_plain_numbers(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_parse_decimal_keeps_precision():
    assert parse_decimal("0.0035") == Decimal("0.0035")
