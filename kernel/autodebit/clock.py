"""Where the kernel reads the time.

Nothing in the kernel calls `datetime.now()`: it asks a `Clock`. Production uses
`SystemClock`; customers attached to a test clock (sandbox mode) read time from
that clock's row in the database, so every kernel process sharing the database
agrees on it. `FixedClock` is for unit tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; for tests of time-dependent logic."""

    def __init__(self, at: datetime) -> None:
        self._at = as_utc(at)

    def now(self) -> datetime:
        return self._at

    def advance_to(self, at: datetime) -> None:
        at = as_utc(at)
        if at < self._at:
            raise ValueError("a clock never goes back")
        self._at = at


def as_utc(at: datetime) -> datetime:
    """Normalise an aware datetime to UTC; a naive one is taken to be UTC already.

    Databases hand back naive datetimes for UTC-stored columns (SQLite always).
    """
    if at.tzinfo is None:
        return at.replace(tzinfo=UTC)
    return at.astimezone(UTC)
