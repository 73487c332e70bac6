"""Idempotent creates (AIP-155): the same `request_id` returns the first answer.

The record of a request is written in the same transaction as what the request
created, so either both exist or neither does. Two concurrent calls with one id
race on the primary key: the loser's transaction (and everything it wrote) is
rolled back, and it answers from the winner's record.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import sqlalchemy as sa
from google.protobuf.message import Message
from sqlmodel import Field, Session, SQLModel, col, update

from autodebit.db import Database, UtcDateTime, insert_row
from autodebit.errors import AlreadyExists, Violations

REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

ResponseT = TypeVar("ResponseT", bound=Message)


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_records"

    # The request message's full name, i.e. the RPC: one id may be reused across methods.
    scope: str = Field(primary_key=True, max_length=200)
    request_id: str = Field(primary_key=True, max_length=128)
    request_hash: str = Field(max_length=64)
    response: bytes
    created_at: datetime = Field(sa_type=UtcDateTime)


def check_request_id(request_id: str, violations: Violations) -> None:
    violations.check(bool(request_id), "request_id", "required: an idempotency key, e.g. a UUID")
    if request_id:
        violations.check(
            REQUEST_ID.fullmatch(request_id) is not None,
            "request_id",
            "must be 1 to 128 characters of letters, digits and . _ : -",
        )


def fingerprint(request: Message) -> str:
    """Hash of the request body without its request_id."""
    body = type(request)()
    body.CopyFrom(request)
    body.ClearField("request_id")  # type: ignore[arg-type]
    return hashlib.sha256(body.SerializeToString(deterministic=True)).hexdigest()


def run_once(
    db: Database,
    request: Message,
    response_type: type[ResponseT],
    create: Callable[[Session], ResponseT],
    now: datetime,
) -> ResponseT:
    """Run `create` in a transaction unless this request already ran; return its response."""
    stored, _first = _once(db, request, lambda s: create(s).SerializeToString(), now)
    return response_type.FromString(stored)


def claim(
    db: Database, request: Message, create: Callable[[Session], str], now: datetime
) -> tuple[str, bool]:
    """For calls whose work goes on after the transaction, e.g. charging through a channel.

    `create` writes the resource and returns its name. Returns that name and True
    for the call that created it; a retry gets the same name and False, and should
    answer with the resource as it is now rather than repeat the work.
    """
    stored, first = _once(db, request, lambda s: create(s).encode(), now)
    return stored.decode(), first


def _once(
    db: Database, request: Message, write: Callable[[Session], bytes], now: datetime
) -> tuple[bytes, bool]:
    scope = request.DESCRIPTOR.full_name
    request_id: str = request.request_id  # type: ignore[attr-defined]
    request_hash = fingerprint(request)
    try:
        # The record goes in first: a retry then fails fast on the primary key
        # (or, on PostgreSQL, waits for the first call to commit) before writing anything.
        with db.transaction() as session:
            key = (col(IdempotencyRecord.scope) == scope, col(IdempotencyRecord.request_id) == request_id)
            insert_row(
                session,
                IdempotencyRecord(
                    scope=scope,
                    request_id=request_id,
                    request_hash=request_hash,
                    response=b"",
                    created_at=now,
                ),
            )
            stored = write(session)
            session.execute(update(IdempotencyRecord).where(*key).values(response=stored))
        return stored, True
    except sa.exc.IntegrityError:
        with db.read() as session:
            earlier = session.get(IdempotencyRecord, (scope, request_id))
        if earlier is None:  # the conflict was not on the request id
            raise
    if earlier.request_hash != request_hash:
        raise AlreadyExists(
            f"request_id {request_id!r} was already used with a different request body",
            reason="REQUEST_ID_REUSED",
            metadata={"request_id": request_id},
        )
    return earlier.response, False
