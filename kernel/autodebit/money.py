"""Money as an integer count of a currency's minor unit.

Exponents come from the ISO 4217 table of the `iso4217` package (CNY 2, JPY 0,
BHD 3). Floats never touch money: amounts are `int` minor units, and the only
place decimals appear is a unit price with extra precision, which is rounded to
minor units once, by `round_to_minor`.

Rounding rule: half away from zero (ROUND_HALF_UP in `decimal` terms), applied
once per invoice line. 0.005 CNY rounds to 0.01, -0.005 to -0.01.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from iso4217 import Currency

# Largest amount accepted anywhere: 10^15 minor units fits int64 with room for sums.
MAX_AMOUNT_MINOR = 10**15
MAX_PRICE_DECIMALS = 12


class UnknownCurrency(ValueError):
    """Not an ISO 4217 currency usable for money (unknown, or without minor unit)."""


@cache
def exponent(currency_code: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    try:
        currency = Currency(currency_code)
    except ValueError:
        raise UnknownCurrency(f"{currency_code!r} is not an ISO 4217 currency code") from None
    if currency.exponent is None:  # precious metals, fund codes, XXX
        raise UnknownCurrency(f"{currency_code} has no minor unit and cannot hold money")
    return currency.exponent


def is_currency(currency_code: str) -> bool:
    try:
        exponent(currency_code)
    except UnknownCurrency:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units of one currency. Arithmetic refuses to mix currencies."""

    amount_minor: int
    currency_code: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool):
            raise TypeError("amount_minor must be an int of minor units")
        exponent(self.currency_code)

    def _same(self, other: Money) -> None:
        if other.currency_code != self.currency_code:
            raise ValueError(f"cannot combine {self.currency_code} with {other.currency_code}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount_minor + other.amount_minor, self.currency_code)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount_minor - other.amount_minor, self.currency_code)

    def __neg__(self) -> Money:
        return Money(-self.amount_minor, self.currency_code)

    def to_decimal(self) -> Decimal:
        """The amount in major units, exactly."""
        return Decimal(self.amount_minor).scaleb(-exponent(self.currency_code))

    def __str__(self) -> str:
        places = exponent(self.currency_code)
        return f"{self.to_decimal():.{places}f} {self.currency_code}"

    def allocate(self, weights: list[int]) -> list[Money]:
        """Split into parts proportional to non-negative integer `weights`.

        The parts always sum to exactly this amount: remainders go, one minor
        unit each, to the parts with the largest fractional share (ties to the
        earlier part). Used for proration and for spreading discounts over lines.
        """
        if not weights or any(w < 0 for w in weights) or sum(weights) == 0:
            raise ValueError("weights must be non-negative with a positive sum")
        total = sum(weights)
        sign = -1 if self.amount_minor < 0 else 1
        amount = abs(self.amount_minor)
        shares = [divmod(amount * w, total) for w in weights]
        parts = [q for q, _ in shares]
        leftover = amount - sum(parts)
        by_remainder = sorted(range(len(weights)), key=lambda i: (-shares[i][1], i))
        for i in by_remainder[:leftover]:
            parts[i] += 1
        return [Money(sign * p, self.currency_code) for p in parts]


def parse_decimal(text: str) -> Decimal:
    """Parse a decimal string such as a unit price ("0.0035"); no exponents, NaN or infinity."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a decimal number") from None
    if not value.is_finite() or "e" in text.lower():
        raise ValueError(f"{text!r} is not a plain decimal number")
    if -value.as_tuple().exponent > MAX_PRICE_DECIMALS:  # type: ignore[operator]
        raise ValueError(f"{text!r} has more than {MAX_PRICE_DECIMALS} decimal places")
    return value


def round_to_minor(amount_major: Decimal, currency_code: str) -> int:
    """Round an amount in major units to minor units, half away from zero."""
    places = exponent(currency_code)
    return int(amount_major.scaleb(places).quantize(Decimal(1), rounding=ROUND_HALF_UP))
