"""Conversions between stored values and protobuf messages.

Enums are stored as their lower-case value names without the enum's prefix
("active" for STATE_ACTIVE), so rows stay readable and survive renumbering.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from google.protobuf import timestamp_pb2


@cache  # lists convert thousands of rows
def enum_name(enum: Any, value: int, prefix: str) -> str:
    return str(enum.Name(value)).removeprefix(prefix).lower()


@cache
def enum_value(enum: Any, name: str, prefix: str) -> int:
    return int(enum.Value(prefix + name.upper()))


def timestamp(at: datetime | None) -> timestamp_pb2.Timestamp | None:
    if at is None:
        return None
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(at)
    return stamp


def to_datetime(stamp: timestamp_pb2.Timestamp) -> datetime:
    return stamp.ToDatetime(tzinfo=UTC)
