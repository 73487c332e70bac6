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
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from google.protobuf.message import Message
from sqlmodel import Session
from sqlmodel.sql.expression import Select

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


def by_creation(
    session: Session,
    query: Select[Any],
    model: Any,
    request: Message,
    size: int,
    after: list[Any] | None,
    *,
    newest_first: bool = True,
) -> tuple[list[Any], str]:
    """One page of `query` in (created_at, id) order, and the next page's token ("" at the end).

    `model` has `created_at` and `id` columns; `after` is what `decode` returned.
    """
    created, ident = model.created_at, model.id
    if after is not None:
        key = (datetime.fromisoformat(after[0]), after[1])
        boundary = sa.tuple_(created, ident)
        query = query.where(boundary < key if newest_first else boundary > key)
    order = (created.desc(), ident.desc()) if newest_first else (created, ident)
    rows = list(session.exec(query.order_by(*order).limit(size + 1)))
    if len(rows) <= size:
        return rows, ""
    last = rows[size - 1]
    return rows[:size], encode([last.created_at.isoformat(), last.id], request)
