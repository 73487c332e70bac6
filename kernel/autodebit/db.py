"""Database access: one engine, short transactions, UTC timestamps.

SQLite (a file in WAL mode) is the embedded default; PostgreSQL is used by URL.
Writes go through `Database.transaction()`; reads use `Database.read()`. On
SQLite a write transaction starts with `BEGIN IMMEDIATE`, so a writer never
fails half-way with "database is locked", and the threads of one process also
queue on a Python lock first: SQLite's own busy handler makes waiting writers
sleep in growing steps, which under contention costs far more than the writes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from opentelemetry import trace
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from autodebit.clock import as_utc

tracer = trace.get_tracer("autodebit.db")


class UtcDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = as_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else as_utc(value)


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs written the usual way."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_db_engine(url: str, *, pool_size: int = 20) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: sa.Connection) -> None:
            mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
            connection.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return sa.create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def insert_row(session: Session, row: SQLModel) -> None:
    """Write a new row with one INSERT, bypassing the unit of work: for hot paths that
    write rows they never change again in the same transaction."""
    # Unset values are left out so that database defaults (sequences) apply.
    values = {k: v for k, v in row.model_dump().items() if v is not None}
    # A Core insert with bound parameters: its compiled form is cached, unlike `.values()`.
    session.connection().execute(type(row).__table__.insert(), values)  # type: ignore[attr-defined]


class Database:
    def __init__(self, url: str) -> None:
        self.engine = create_db_engine(url)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_lock = threading.Lock() if self.dialect == "sqlite" else nullcontext()
        # Notified after every committed write, so event streams wake without polling.
        self.committed = threading.Condition()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction: commits on success, rolls back on any exception."""
        with tracer.start_as_current_span("db.transaction"), self._write_lock, Session(
            self._writer, expire_on_commit=False
        ) as session:
            with session.begin():
                yield session
        with self.committed:
            self.committed.notify_all()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with tracer.start_as_current_span("db.read"), Session(
            self.engine, expire_on_commit=False
        ) as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()
