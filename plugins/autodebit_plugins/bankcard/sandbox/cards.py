"""Card numbers in, vault records out: validation, brands and the test cards.

The card number and CVC live only in the arguments of `tokenise`; what comes
out is what a real card vault keeps for a sandbox's purposes (brand, last4,
expiry, a keyed fingerprint) plus the test card's *behaviour*, so fixed
outcomes work without the number ever being stored. Error messages never
quote the number.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from stdnum import luhn

from autodebit_plugins.bankcard.protocol import APPROVED
from autodebit_plugins.bankcard.sandbox.api import is_int


class Challenge(enum.StrEnum):
    """When a card needs 3-D Secure to set up an agreement."""

    NEVER = "never"
    ALWAYS = "always"
    # Unless the merchant sets the agreement up off-session.
    ON_SESSION = "on_session"


@dataclass(frozen=True, slots=True)
class Behaviour:
    charge_code: str = APPROVED
    challenge: Challenge = Challenge.NEVER


# Stripe's test cards (https://docs.stripe.com/testing), with the ISO 8583
# field 39 code each charge answers. Any other valid number is approved.
TEST_CARDS: Mapping[str, Behaviour] = {
    "4000000000000002": Behaviour("05"),
    "4000000000009995": Behaviour("51"),
    "4000000000009987": Behaviour("41"),
    "4000000000009979": Behaviour("43"),
    "4000000000000069": Behaviour("54"),
    "4000000000000127": Behaviour("N7"),
    "4000000000000119": Behaviour("96"),
    # The agreement is set up; every charge is declined.
    "4000000000000341": Behaviour("05"),
    "4000002760003184": Behaviour(challenge=Challenge.ALWAYS),
    "4000002500003155": Behaviour(challenge=Challenge.ON_SESSION),
}

# (brand, lowest prefix, highest prefix), compared on as many leading digits as
# the bounds have. Narrow ranges come before the wide ones they sit in.
_BRAND_RANGES: tuple[tuple[str, int, int], ...] = (
    ("amex", 34, 34),
    ("amex", 37, 37),
    ("diners", 300, 305),
    ("diners", 36, 36),
    ("diners", 38, 39),
    ("jcb", 3528, 3589),
    ("visa", 4, 4),
    ("mastercard", 51, 55),
    ("mastercard", 2221, 2720),
    ("discover", 6011, 6011),
    ("discover", 644, 649),
    ("discover", 65, 65),
    ("unionpay", 62, 62),
)


class CardRejected(ValueError):
    """The card details are unusable; `code` is the API error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class VaultedCard:
    """A tokenised card as the bank keeps it: never the number or the CVC."""

    brand: str
    last4: str
    exp_month: int
    exp_year: int
    fingerprint: str
    behaviour: Behaviour


def brand_of(digits: str) -> str | None:
    for brand, low, high in _BRAND_RANGES:
        if low <= int(digits[: len(str(low))]) <= high:
            return brand
    return None


def is_expired(exp_month: int, exp_year: int, today: date) -> bool:
    """Cards are valid through the last day of their expiry month."""
    return (exp_year, exp_month) < (today.year, today.month)


def tokenise(
    number: object,
    exp_month: object,
    exp_year: object,
    cvc: object,
    *,
    fingerprint_secret: bytes,
    today: date,
) -> VaultedCard:
    """Check the card and return what the vault keeps, or raise `CardRejected`."""
    if not isinstance(number, str):
        raise CardRejected("invalid_number", "number must be a string of digits")
    digits = number.replace(" ", "").replace("-", "")
    if not (digits.isascii() and digits.isdigit() and 12 <= len(digits) <= 19) or not luhn.is_valid(
        digits
    ):
        raise CardRejected("invalid_number", "the card number is not valid")
    brand = brand_of(digits)
    if brand is None:
        raise CardRejected("invalid_number", "the card brand is not accepted")
    if not is_int(exp_month) or not 1 <= exp_month <= 12:
        raise CardRejected("invalid_expiry_month", "exp_month must be an integer from 1 to 12")
    if not is_int(exp_year) or not 2000 <= exp_year <= 2099:
        raise CardRejected("invalid_expiry_year", "exp_year must be a four-digit year")
    if is_expired(exp_month, exp_year, today):
        raise CardRejected("expired_card", "the card has expired")
    cvc_length = 4 if brand == "amex" else 3
    if not (isinstance(cvc, str) and cvc.isascii() and cvc.isdigit() and len(cvc) == cvc_length):
        raise CardRejected("invalid_cvc", f"the CVC must be {cvc_length} digits for {brand}")
    return VaultedCard(
        brand=brand,
        last4=digits[-4:],
        exp_month=exp_month,
        exp_year=exp_year,
        fingerprint=hmac.new(fingerprint_secret, digits.encode(), hashlib.sha256).hexdigest(),
        behaviour=TEST_CARDS.get(digits, Behaviour()),
    )
