"""Validation of customer fields, reporting every bad field at once."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

import babel
import phonenumbers
import pycountry
from email_validator import EmailNotValidError, validate_email
from stdnum import exceptions as stdnum_errors
from stdnum.au import abn
from stdnum.ch import vat as ch_vat
from stdnum.cn import uscc
from stdnum.eu import vat
from stdnum.gb import vat as gb_vat
from stdnum.in_ import gstin
from stdnum.jp import cn as jp_cn
from stdnum.us import ein

from autodebit import money
from autodebit.api.customer.v1 import customer_pb2
from autodebit.errors import Violations

TAG = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
MAX_TAGS = 50
MAX_METADATA_KEYS = 50
MAX_METADATA_KEY = 40
MAX_METADATA_VALUE = 500
MAX_DISPLAY_NAME = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

# Each validator (python-stdnum) raises ValidationError or returns the identifier
# in the form stored and printed.
TAX_ID_VALIDATORS = {
    customer_pb2.TaxId.TYPE_CN_USCC: uscc.validate,
    customer_pb2.TaxId.TYPE_EU_VAT: vat.validate,
    customer_pb2.TaxId.TYPE_GB_VAT: lambda value: "GB" + gb_vat.validate(value),
    customer_pb2.TaxId.TYPE_CH_VAT: ch_vat.validate,
    customer_pb2.TaxId.TYPE_US_EIN: lambda value: ein.format(ein.validate(value)),
    customer_pb2.TaxId.TYPE_AU_ABN: abn.validate,
    customer_pb2.TaxId.TYPE_IN_GSTIN: gstin.validate,
    customer_pb2.TaxId.TYPE_JP_CN: jp_cn.validate,
}


@cache
def time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def regions() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


def normalise_email(email: str) -> str | None:
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def normalise_phone(phone: str) -> str | None:
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_locale(locale: str) -> bool:
    try:
        babel.Locale.parse(locale, sep="-")
    except (ValueError, babel.UnknownLocaleError):
        return False
    return True


def validate_customer(customer: customer_pb2.Customer, v: Violations, prefix: str) -> None:
    """Check every writable field of `customer`; normalises email, phone and tax ids in place."""
    name = customer.display_name
    if v.check(bool(name.strip()), f"{prefix}.display_name", "required"):
        v.check(
            len(name) <= MAX_DISPLAY_NAME,
            f"{prefix}.display_name",
            f"at most {MAX_DISPLAY_NAME} characters",
        )
        v.check(
            not CONTROL_CHARACTERS.search(name),
            f"{prefix}.display_name",
            "must not contain control characters",
        )
    if customer.email:
        normalised = normalise_email(customer.email)
        if v.check(normalised is not None, f"{prefix}.email", "not a valid e-mail address"):
            customer.email = normalised  # type: ignore[assignment]
    if customer.phone:
        phone = normalise_phone(customer.phone)
        if v.check(
            phone is not None, f"{prefix}.phone", "not a valid phone number in E.164 form (+86…)"
        ):
            customer.phone = phone  # type: ignore[assignment]
    if customer.locale:
        v.check(is_locale(customer.locale), f"{prefix}.locale", "not a known BCP 47 locale")
    if customer.time_zone:
        v.check(
            customer.time_zone in time_zones(),
            f"{prefix}.time_zone",
            "not an IANA time zone such as Asia/Shanghai",
        )
    if customer.HasField("billing_address"):
        region = customer.billing_address.region_code
        v.check(
            region in regions(),
            f"{prefix}.billing_address.region_code",
            "required: an ISO 3166-1 alpha-2 code such as CN",
        )
    for i, tax_id in enumerate(customer.tax_ids):
        validator = TAX_ID_VALIDATORS.get(tax_id.type)
        if not v.check(validator is not None, f"{prefix}.tax_ids[{i}].type", "required"):
            continue
        try:
            tax_id.value = validator(tax_id.value)  # type: ignore[misc]
        except stdnum_errors.ValidationError as error:
            v.add(f"{prefix}.tax_ids[{i}].value", f"invalid: {error.message}")
    currency_ok = not customer.currency_code or v.check(
        money.is_currency(customer.currency_code),
        f"{prefix}.currency_code",
        "not an ISO 4217 currency code",
    )
    if customer.HasField("credit_limit"):
        limit = customer.credit_limit
        v.check(
            0 <= limit.amount_minor <= money.MAX_AMOUNT_MINOR,
            f"{prefix}.credit_limit.amount_minor",
            f"must be between 0 and {money.MAX_AMOUNT_MINOR}",
        )
        if currency_ok:
            v.check(
                bool(customer.currency_code) and limit.currency_code == customer.currency_code,
                f"{prefix}.credit_limit.currency_code",
                "must equal the customer's currency_code",
            )
    v.check(
        len(customer.tags) <= MAX_TAGS, f"{prefix}.tags", f"at most {MAX_TAGS} tags"
    )
    for i, tag in enumerate(customer.tags):
        v.check(
            TAG.fullmatch(tag) is not None,
            f"{prefix}.tags[{i}]",
            "must be lower case letters, digits, '_', '.', '-', starting with a letter or digit",
        )
    v.check(
        len(customer.metadata) <= MAX_METADATA_KEYS,
        f"{prefix}.metadata",
        f"at most {MAX_METADATA_KEYS} keys",
    )
    for key, value in customer.metadata.items():
        v.check(
            0 < len(key) <= MAX_METADATA_KEY,
            f"{prefix}.metadata",
            f"keys must be 1 to {MAX_METADATA_KEY} characters",
        )
        v.check(
            len(value) <= MAX_METADATA_VALUE,
            f"{prefix}.metadata[{key}]",
            f"at most {MAX_METADATA_VALUE} characters",
        )
