"""What the bank's HTTP handlers share: the API error and checked request fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard
from urllib.parse import urlsplit

from autodebit_plugins.bankcard.protocol import CURRENCIES

# The kernel's own ceiling on amounts: 10^15 minor units fit int64 with room for sums.
MAX_AMOUNT_MINOR = 10**15


class ApiError(Exception):
    """An answer other than success: HTTP status and a stable error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"no such {what}")


class Fields:
    """A JSON request body read field by field; a bad field is a 400 naming it."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        self._body = body

    def text(self, name: str, *, required: bool = True, max_length: int = 256) -> str:
        value = self._body.get(name, "")
        if not isinstance(value, str) or len(value) > max_length:
            raise _invalid(name, f"must be a string of at most {max_length} characters")
        if required and not value:
            raise _invalid(name, "is required")
        return value

    def amount(self, name: str) -> int:
        value = self._body.get(name)
        if not is_int(value) or not 0 < value <= MAX_AMOUNT_MINOR:
            raise _invalid(name, f"must be an integer of minor units from 1 to {MAX_AMOUNT_MINOR}")
        return value

    def count(self, name: str) -> int | None:
        """An optional non-negative integer."""
        value = self._body.get(name)
        if value is not None and (not is_int(value) or value < 0):
            raise _invalid(name, "must be a non-negative integer")
        return value

    def currency(self, name: str) -> str:
        value = self.text(name, max_length=3)
        if value not in CURRENCIES:
            raise ApiError(400, "unsupported_currency", f"{name}: {value!r} is not settled here")
        return value

    def flag(self, name: str) -> bool:
        value = self._body.get(name, False)
        if not isinstance(value, bool):
            raise _invalid(name, "must be true or false")
        return value

    def choice(self, name: str, options: tuple[str, ...]) -> str:
        value = self._body.get(name, options[0])
        if value not in options:
            raise _invalid(name, f"must be one of {', '.join(options)}")
        return str(value)

    def url(self, name: str) -> str:
        """An optional http(s) URL."""
        value = self.text(name, required=False, max_length=2048)
        if value and urlsplit(value).scheme not in ("http", "https"):
            raise _invalid(name, "must be an http or https URL")
        return value


def _invalid(name: str, problem: str) -> ApiError:
    return ApiError(400, "invalid_request", f"{name} {problem}")


def is_int(value: object) -> TypeGuard[int]:
    """An int that JSON meant as a number: `true` is not 1."""
    return isinstance(value, int) and not isinstance(value, bool)
