"""Opaque page tokens for keyset pagination.

A token holds the sort key of the last item served and a hash of the request's
filters, so a page never repeats or skips a row that existed when paging began,
however many rows are inserted meanwhile, and a token cannot be replayed
against different filters.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from google.protobuf.message import Message

from autodebit.errors import Violations

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000


def page_size(requested: int, v: Violations, default: int = DEFAULT_PAGE_SIZE) -> int:
    v.check(
        0 <= requested <= MAX_PAGE_SIZE,
        "page_size",
        f"must be between 0 and {MAX_PAGE_SIZE} (0 means {default})",
    )
    return requested or default


def filter_hash(request: Message) -> str:
    """Hash of a list request without its paging fields."""
    filters = type(request)()
    filters.CopyFrom(request)
    filters.ClearField("page_size")  # type: ignore[arg-type]
    filters.ClearField("page_token")  # type: ignore[arg-type]
    return hashlib.sha256(filters.SerializeToString(deterministic=True)).hexdigest()[:16]


def encode(key: list[Any], request: Message) -> str:
    payload = json.dumps({"k": key, "f": filter_hash(request)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode(token: str, request: Message, v: Violations) -> list[Any] | None:
    """The key stored in `token`, or None for the first page (or after a violation)."""
    if not token:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        key, hashed = payload["k"], payload["f"]
    except (ValueError, KeyError, TypeError):
        v.add("page_token", "not a token returned by this method")
        return None
    if hashed != filter_hash(request):
        v.add("page_token", "the filters changed since this token was issued")
        return None
    return list(key)
