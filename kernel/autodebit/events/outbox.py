"""The transactional outbox.

Every state change calls `record()` inside its own transaction, so an event
exists if and only if the change committed. Events are read back in commit
order by cursor (the row's sequence number).

PostgreSQL hands out sequence numbers before commit, so a reader could see
event 11 committed while event 10's transaction is still open, move its cursor
past 10 and never see it. Each PostgreSQL row therefore also keeps the id of
the transaction that wrote it, and readers only take events of transactions
older than every transaction still running (`pg_snapshot_xmin`). SQLite has a
single writer, so sequence order is commit order there already.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from google.protobuf import any_pb2
from google.protobuf.message import Message
from sqlmodel import Field, Session, SQLModel, col, select

from autodebit.db import UtcDateTime, insert_row

# Bound by the server for the duration of each RPC, so events carry it.
current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "current_request_id", default=None
)


class EventRecord(SQLModel, table=True):
    __tablename__ = "events"
    # A customer's timeline (newest first) is a range scan of this index.
    __table_args__ = (sa.Index("ix_events_customer_cursor", "customer", "id"),)

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True))
    type: str = Field(max_length=100, index=True)
    subject: str = Field(max_length=200)
    customer: str | None = Field(default=None, max_length=100, index=True)
    payload_type: str = Field(max_length=200)
    payload: bytes
    request_id: str | None = Field(default=None, max_length=128)
    created_at: datetime = Field(sa_type=UtcDateTime)


@dataclass(frozen=True, slots=True)
class DomainEvent:
    """An event as listeners and the API see it."""

    cursor: int
    type: str
    subject: str
    customer: str | None
    created_at: datetime
    data: any_pb2.Any
    request_id: str | None

    def unpack(self, message: Message) -> Message:
        """Unpack `data` into `message` (an empty message of the right type)."""
        if not self.data.Unpack(message):
            raise TypeError(f"event data is {self.data.type_url}, not {message.DESCRIPTOR.full_name}")
        return message

    @classmethod
    def from_record(cls, record: EventRecord) -> DomainEvent:
        assert record.id is not None
        return cls(
            cursor=record.id,
            type=record.type,
            subject=record.subject,
            customer=record.customer,
            created_at=record.created_at,
            data=any_pb2.Any(
                type_url=f"type.googleapis.com/{record.payload_type}", value=record.payload
            ),
            request_id=record.request_id,
        )


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event being recorded, as projections see it."""

    type: str
    subject: str
    customer: str | None
    data: Message
    at: datetime


Projection = Callable[[Session, NewEvent], None]
_projections: list[tuple[tuple[str, ...], Projection]] = []


def projection(*types: str) -> Callable[[Projection], Projection]:
    """Register a function that keeps a read model (e.g. customer insights) current.

    It runs inside the transaction that records a matching event (exact type or
    "prefix.*"), so the read model can never disagree with the events; if it
    raises, the whole change rolls back.
    """

    def register(function: Projection) -> Projection:
        _projections.append((types, function))
        return function

    return register


def type_matches(patterns: tuple[str, ...], event_type: str) -> bool:
    """Whether `event_type` matches any exact type or "prefix.*" pattern; () matches all."""
    return not patterns or any(
        event_type.startswith(p[:-1]) if p.endswith(".*") else event_type == p for p in patterns
    )


def record(
    session: Session,
    *,
    type: str,
    subject: str,
    data: Message,
    at: datetime,
    customer: str | None = None,
) -> None:
    """Add an event to the caller's transaction and run the projections it concerns."""
    insert_row(
        session,
        EventRecord(
            type=type,
            subject=subject,
            customer=customer,
            payload_type=data.DESCRIPTOR.full_name,
            payload=data.SerializeToString(deterministic=True),
            request_id=current_request_id.get(),
            created_at=at,
        ),
    )
    event = NewEvent(type=type, subject=subject, customer=customer, data=data, at=at)
    for patterns, function in _projections:
        if type_matches(patterns, type):
            function(session, event)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a reader wants: exact types or "prefix.*" patterns, and/or one customer."""

    types: tuple[str, ...] = ()
    customer: str | None = None

    def clause(self) -> sa.ColumnElement[bool]:
        conditions: list[sa.ColumnElement[bool]] = []
        if self.types:
            exact = [t for t in self.types if not t.endswith(".*")]
            prefixes = [t[:-1] for t in self.types if t.endswith(".*")]
            either: list[sa.ColumnElement[bool]] = []
            if exact:
                either.append(col(EventRecord.type).in_(exact))
            either.extend(col(EventRecord.type).startswith(p, autoescape=True) for p in prefixes)
            conditions.append(sa.or_(*either))
        if self.customer:
            conditions.append(col(EventRecord.customer) == self.customer)
        return sa.and_(sa.true(), *conditions)


def read_after(
    session: Session, cursor: int, limit: int, event_filter: EventFilter = EventFilter()
) -> list[DomainEvent]:
    """Committed events after `cursor`, oldest first, never skipping one still being written."""
    query = (
        select(EventRecord)
        .where(col(EventRecord.id) > cursor, event_filter.clause())
        .order_by(col(EventRecord.id))
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(sa.text("events.tx_id < pg_snapshot_xmin(pg_current_snapshot())"))
    return [DomainEvent.from_record(r) for r in session.exec(query)]


def last_cursor(session: Session) -> int:
    return session.exec(select(sa.func.coalesce(sa.func.max(EventRecord.id), 0))).one()
