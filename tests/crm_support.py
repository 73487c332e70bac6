"""Helpers shared by the CRM tests (tests/test_crm_*.py)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from autodebit.api.customer.v1 import customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.events import outbox
from google.protobuf.message import Message

Customer = customer_pb2.Customer


def create_customer(stub, **fields: object) -> Customer:
    values: dict[str, object] = {"display_name": "Li Lei", "email": "li.lei@example.com", "time_zone": "Asia/Shanghai"}
    values.update(fields)
    return stub.CreateCustomer(
        pb.CreateCustomerRequest(customer=Customer(**values), request_id=str(uuid.uuid4()))  # type: ignore[arg-type]
    ).customer


def record(kernel, event_type: str, customer: str, data: Message, at: datetime | None = None, subject: str = "") -> None:
    """Record a domain event as the payments (or invoices) area does: in its own transaction."""
    name = subject or getattr(data, "name", "") or customer
    with kernel.app.db.transaction() as session:
        outbox.record(
            session, type=event_type, subject=name, customer=customer, data=data, at=at or datetime.now(UTC)
        )


def count(kernel, table: str, where: str = "1=1", **params: object) -> int:
    with kernel.app.db.engine.connect() as connection:
        return connection.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {where}"), params).scalar_one()


def event_types(kernel, customer: str) -> list[str]:
    with kernel.app.db.engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT type FROM events WHERE customer = :c ORDER BY id"), {"c": customer}
        )
        return [r[0] for r in rows]


def wait_for(condition: Callable[[], object], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def automation_ready(kernel) -> None:
    """Wait until the automation listener holds its cursor: events recorded after this
    reach it (a new listener starts at the newest event, and the test fixture empties
    every table, cursors included)."""
    with kernel.app.db.transaction() as session:  # wakes the deliverer
        session.execute(sa.text("SELECT 1"))
    wait_for(lambda: count(kernel, "event_listener_cursors", "listener_id = 'kernel:automation'") == 1)


def bulk_customers(kernel, count_: int, newest: datetime, tag_every: int = 10, prefix: str = "bulk") -> None:
    """Insert `count_` customers with set-based SQL (no ORM, no events): ids
    f"{prefix}{n:022d}", created one second apart going back from `newest`; every
    `tag_every`-th carries the tag "tenth"."""
    width = 26 - len(prefix)
    db = kernel.app.db
    newest = newest.astimezone(UTC).replace(tzinfo=None)
    columns = (
        "id, display_name, entity_type, email, email_lookup, locale, time_zone, tax_ids, invoice_delivery,"
        " extra, state, segment, created_at, updated_at, version"
    )
    with db.engine.begin() as connection:
        if db.dialect == "postgresql":
            ident = f"'{prefix}' || lpad(g::text, {width}, '0')"
            at = "(CAST(:newest AS timestamp) - g * interval '1 second') AT TIME ZONE 'UTC'"
            connection.execute(sa.text(
                f"INSERT INTO customers ({columns}) SELECT {ident}, 'Bulk customer ' || g, 'person',"
                f" 'bulk' || g || '@example.com', 'bulk' || g || '@example.com', 'en', 'UTC', '[]', 'none',"
                f" '{{}}', 'active', 'new', {at}, {at}, 1 FROM generate_series(1, CAST(:n AS integer)) AS g"
            ), {"n": count_, "newest": newest})
            connection.execute(sa.text(
                f"INSERT INTO customer_tags (customer_id, tag, customer_created_at) SELECT {ident}, 'tenth', {at}"
                " FROM generate_series(CAST(:every AS integer), CAST(:n AS integer), CAST(:every AS integer)) AS g"
            ), {"n": count_, "every": tag_every, "newest": newest})
        else:
            ident = f"'{prefix}' || printf('%0{width}d', g)"
            at = "strftime('%Y-%m-%d %H:%M:%S', :newest, '-' || g || ' seconds') || '.000000'"
            sequence = "WITH RECURSIVE seq(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM seq WHERE g < :n) "
            connection.execute(sa.text(
                f"{sequence}INSERT INTO customers ({columns}) SELECT {ident}, 'Bulk customer ' || g, 'person',"
                f" 'bulk' || g || '@example.com', 'bulk' || g || '@example.com', 'en', 'UTC', '[]', 'none',"
                f" '{{}}', 'active', 'new', {at}, {at}, 1 FROM seq"
            ), {"n": count_, "newest": newest.isoformat(sep=" ")})
            connection.execute(sa.text(
                f"{sequence}INSERT INTO customer_tags (customer_id, tag, customer_created_at)"
                f" SELECT {ident}, 'tenth', {at} FROM seq WHERE g % :every = 0"
            ), {"n": count_, "every": tag_every, "newest": newest.isoformat(sep=" ")})
