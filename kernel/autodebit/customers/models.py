"""Customer and CRM tables.

Every table of the customers area is here, so that `schema.metadata()` needs
one import: profiles and tags, contacts, notes, the insight read model kept by
the projection in `insights.py`, and automation rules with their run log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from autodebit.db import UtcDateTime


class CustomerRow(SQLModel, table=True):
    __tablename__ = "customers"
    __table_args__ = (sa.Index("ix_customers_listing", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=26)
    display_name: str = Field(max_length=200)
    entity_type: str = Field(max_length=20)
    email: str | None = Field(default=None, max_length=320)
    # Lower-cased copy of email for case-insensitive lookup.
    email_lookup: str | None = Field(default=None, max_length=320, index=True)
    phone: str | None = Field(default=None, max_length=20)
    locale: str = Field(max_length=35)
    time_zone: str = Field(max_length=64)
    billing_address: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    tax_ids: list[dict[str, str]] = Field(default_factory=list, sa_type=sa.JSON)
    currency_code: str | None = Field(default=None, max_length=3)
    credit_limit_minor: int | None = Field(default=None, sa_type=sa.BigInteger)
    preferred_payment_channel: str | None = Field(default=None, max_length=64)
    preferred_invoice_format: str | None = Field(default=None, max_length=64)
    invoice_delivery: str = Field(max_length=20)
    extra: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)  # API: metadata
    state: str = Field(max_length=20)
    segment: str = Field(max_length=20, index=True)
    test_clock_id: str | None = Field(default=None, foreign_key="test_clocks.id", max_length=26)
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    archived_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # Set when ErasePersonalData replaced the personal fields by pseudonyms.
    erased_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # Bumped on every update; the API's etag.
    version: int = 1


class CustomerTag(SQLModel, table=True):
    """Tags in their own table so that filtering by tag is an index lookup on any database.

    The customer's (immutable) creation time is copied here so that "customers with
    this tag, newest first, after this page" is one ordered range of
    `ix_customer_tags_listing`, however many customers carry the tag.
    """

    __tablename__ = "customer_tags"
    __table_args__ = (sa.Index("ix_customer_tags_listing", "tag", "customer_created_at", "customer_id"),)

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    tag: str = Field(primary_key=True, max_length=64)
    customer_created_at: datetime = Field(sa_type=UtcDateTime)


class ContactRow(SQLModel, table=True):
    """A contact person of a customer."""

    __tablename__ = "customer_contacts"
    __table_args__ = (sa.Index("ix_customer_contacts_listing", "customer_id", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=26)
    customer_id: str = Field(foreign_key="customers.id", max_length=26)
    display_name: str = Field(max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=20)
    # Role names between commas, ",billing,technical,", so that a role filter is a
    # LIKE on any database.
    roles: str = Field(max_length=100)
    locale: str | None = Field(default=None, max_length=35)
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class NoteRow(SQLModel, table=True):
    """A note on a customer's record. Append only (erasure blanks the body)."""

    __tablename__ = "customer_notes"
    __table_args__ = (sa.Index("ix_customer_notes_listing", "customer_id", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=26)
    customer_id: str = Field(foreign_key="customers.id", max_length=26)
    kind: str = Field(max_length=20)
    body: str = Field(sa_type=sa.Text)
    author: str = Field(max_length=320)
    created_at: datetime = Field(sa_type=UtcDateTime)


class InsightRow(SQLModel, table=True):
    """A customer's payment behaviour, kept by the insight projection (insights.py).

    Counters only: nothing here is recomputed from history on read.
    """

    __tablename__ = "customer_insights"

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    payments_attempted: int = Field(default=0, sa_type=sa.BigInteger)
    payments_succeeded: int = Field(default=0, sa_type=sa.BigInteger)
    payments_failed: int = Field(default=0, sa_type=sa.BigInteger)
    consecutive_failures: int = 0
    # Decline reason of the latest failed payment, for the segment reason.
    last_decline_reason: str | None = Field(default=None, max_length=40)
    last_success_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    invoices_paid: int = 0
    invoices_paid_on_time: int = 0
    # Sum over paid invoices of (paid - finalised), in whole seconds.
    days_to_pay_seconds: int = Field(default=0, sa_type=sa.BigInteger)
    # Open invoices marked overdue, and uncollectible invoices not paid since.
    overdue_invoices: int = 0
    uncollectible_invoices: int = 0
    mandates_active: int = 0
    # Active mandates announced as expiring soon (mandate.expiring).
    mandates_expiring: int = 0
    mandates_ever_active: int = 0
    complaints_since_success: int = 0
    segment_reason: str = Field(default="", max_length=300)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class InsightAmountRow(SQLModel, table=True):
    """Per-currency amounts of a customer's insights, in minor units."""

    __tablename__ = "customer_insight_amounts"

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    currency_code: str = Field(primary_key=True, max_length=3)
    outstanding_minor: int = Field(default=0, sa_type=sa.BigInteger)
    overdue_minor: int = Field(default=0, sa_type=sa.BigInteger)
    collected_minor: int = Field(default=0, sa_type=sa.BigInteger)
    refunded_minor: int = Field(default=0, sa_type=sa.BigInteger)


class InsightDeclineRow(SQLModel, table=True):
    """Failed payments of a customer by decline reason."""

    __tablename__ = "customer_insight_declines"

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    reason: str = Field(primary_key=True, max_length=40)
    decline_class: str = Field(max_length=20)
    count: int = Field(default=0, sa_type=sa.BigInteger)


class InsightSubjectRow(SQLModel, table=True):
    """What the projection last knew of one payment, refund, invoice or mandate,
    so that each event changes the counters by exactly its difference."""

    __tablename__ = "customer_insight_subjects"

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    # The resource name, e.g. "payments/01j…" or "invoices/01j…".
    subject: str = Field(primary_key=True, max_length=200)
    kind: str = Field(max_length=20)
    state: str = Field(max_length=30)
    currency_code: str | None = Field(default=None, max_length=3)
    # Invoices: what they add to `outstanding` (amount due while open).
    amount_minor: int = Field(default=0, sa_type=sa.BigInteger)
    # Invoices: marked overdue while open.
    overdue: bool = False
    # Invoices: counted in the paid statistics.
    paid: bool = False
    # Mandates: announced as expiring while active.
    expiring: bool = False
    # Mandates: was active at some point.
    ever_active: bool = False


class AutomationRuleRow(SQLModel, table=True):
    __tablename__ = "automation_rules"
    __table_args__ = (sa.Index("ix_automation_rules_listing", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=26)
    display_name: str = Field(default="", max_length=200)
    enabled: bool = True
    trigger_event_type: str = Field(max_length=100, index=True)
    # AutomationCondition and the list of AutomationAction in proto3 JSON form.
    condition: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    actions: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)


class AutomationRunRow(SQLModel, table=True):
    """One action of a rule done for one event: delivery is at least once, and this
    makes a repeated event skip what was already done."""

    __tablename__ = "automation_runs"

    rule_id: str = Field(primary_key=True, max_length=26)
    event_cursor: int = Field(primary_key=True, sa_type=sa.BigInteger)
    action_index: int = Field(primary_key=True)
    done_at: datetime = Field(sa_type=UtcDateTime)
