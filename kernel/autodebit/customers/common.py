"""Helpers shared by the customer modules: loading a customer, its clock, the caller."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, select

from autodebit.app import App
from autodebit.billing import test_clocks
from autodebit.clock import Clock
from autodebit.customers.models import CustomerRow
from autodebit.errors import FailedPrecondition, NotFound, Violations
from autodebit.ids import parse_name

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Who is calling, until the API has authentication: an operator's e-mail or a
# service name in this request header. Used as a note's default author.
ACTOR_HEADER = "x-autodebit-actor"
DEFAULT_ACTOR = "api"


def customer_id(name: str, field: str, v: Violations) -> str | None:
    return parse_name(name, "customers", field, v)


def load_customer(
    session: Session, name: str, field: str = "name", *, for_update: bool = False
) -> CustomerRow:
    """The customer named `name`; InvalidArgument for a malformed name, NotFound if absent."""
    v = Violations()
    customer_id = parse_name(name, "customers", field, v)
    v.raise_if_any()
    query = select(CustomerRow).where(col(CustomerRow.id) == customer_id)
    if for_update:
        query = query.with_for_update()
    row = session.exec(query).first()
    if row is None:
        raise NotFound(f"{name} does not exist", reason="CUSTOMER_NOT_FOUND", metadata={"name": name})
    return row


def require_active(row: CustomerRow) -> None:
    if row.state != "active":
        raise FailedPrecondition(
            f"customers/{row.id} is archived", reason="CUSTOMER_ARCHIVED", metadata={"name": f"customers/{row.id}"}
        )


def require_not_erased(row: CustomerRow) -> None:
    if row.erased_at is not None:
        raise FailedPrecondition(
            f"customers/{row.id} was erased", reason="CUSTOMER_ERASED", metadata={"name": f"customers/{row.id}"}
        )


def clock(app: App, session: Session, row: CustomerRow) -> Clock:
    """The clock the customer's business runs on: its test clock or the kernel's."""
    return test_clocks.clock_for(session, row.test_clock_id, app.clock)


def actor(context: Any) -> str:
    """The caller's identity from the request header, else "api"."""
    try:
        metadata = context.invocation_metadata() or ()
    except AttributeError:
        return DEFAULT_ACTOR
    for key, value in metadata:
        if key == ACTOR_HEADER and isinstance(value, str) and value.strip():
            return value.strip()[:320]
    return DEFAULT_ACTOR
