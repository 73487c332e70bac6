"""The bank's SQLite file: schema and connections.

One connection per thread and short transactions. WAL lets readers run beside
the one writer, and `synchronous=NORMAL` makes every commit survive the
process being killed (not a power cut), which is what a sandbox needs: a
kernel killed mid-charge can restart and ask the bank what it did. Writers take
the lock at BEGIN (IMMEDIATE), so a read-then-write transaction never fails
halfway on a lock upgrade; SQLite's busy timeout, not a Python lock, queues them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS merchants (
    merchant_id TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    publishable_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
-- A vaulted card: never the number or the CVC.
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    exp_month INTEGER NOT NULL,
    exp_year INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    charge_code TEXT NOT NULL,
    challenge TEXT NOT NULL,
    agreement_id TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agreements (
    agreement_id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    merchant_reference TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    exp_month INTEGER NOT NULL,
    exp_year INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    charge_code TEXT NOT NULL,
    return_url TEXT NOT NULL,
    notify_url TEXT NOT NULL,
    revoked_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (merchant_id, merchant_reference)
);
CREATE TABLE IF NOT EXISTS charges (
    charge_id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    response_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (merchant_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS charges_by_day ON charges (merchant_id, created_at);
CREATE TABLE IF NOT EXISTS refunds (
    refund_id TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    charge_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    response_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (merchant_id, idempotency_key)
);
CREATE INDEX IF NOT EXISTS refunds_by_charge ON refunds (charge_id);
CREATE INDEX IF NOT EXISTS refunds_by_day ON refunds (merchant_id, created_at);
-- Outbox of signed callbacks, so that a restart does not lose one.
CREATE TABLE IF NOT EXISTS callbacks (
    event_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    body BLOB NOT NULL,
    state TEXT NOT NULL,  -- pending, delivered, abandoned
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks (state, next_attempt_at);
"""


def utc_now() -> str:
    """Timestamps as fixed-width ISO 8601 UTC text, so they sort as they compare."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Store:
    """The bank's database file, with a connection for each thread that uses it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()  # guards `_connections` only, never held during I/O
        self._connections: list[sqlite3.Connection] = []
        # It holds merchant secrets; SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        # Idempotent, so concurrent first starts are harmless; user_version is for migrations.
        self.connection().executescript(
            f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
        )

    def connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            # Autocommit mode: transactions are begun explicitly by `write`.
            db = sqlite3.connect(
                self.path, timeout=10, isolation_level=None, check_same_thread=False
            )
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed when the block ends without an exception."""
        db = self.connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for db in connections:
            db.close()
