"""Payment tables.

Attempts and refunds carry `next_check_at`: when the janitor should next ask
the channel about them if nothing else settled them first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from autodebit.db import UtcDateTime


class MandateRow(SQLModel, table=True):
    __tablename__ = "mandates"
    __table_args__ = (
        # At most one default mandate per customer, enforced by the database.
        sa.Index(
            "ux_mandates_default",
            "customer_id",
            unique=True,
            sqlite_where=sa.text("is_default"),
            postgresql_where=sa.text("is_default"),
        ),
        sa.Index("ix_mandates_customer", "customer_id", "created_at"),
    )

    id: str = Field(primary_key=True, max_length=26)
    customer_id: str = Field(foreign_key="customers.id", max_length=26)
    channel: str = Field(max_length=64)
    state: str = Field(max_length=20)
    channel_reference: str | None = Field(default=None, max_length=128)
    card_brand: str | None = Field(default=None, max_length=20)
    card_last4: str | None = Field(default=None, max_length=4)
    card_exp_month: int | None = None
    card_exp_year: int | None = None
    card_fingerprint: str | None = Field(default=None, max_length=64)
    amount_limit_minor: int | None = Field(default=None, sa_type=sa.BigInteger)
    amount_limit_currency: str | None = Field(default=None, max_length=3)
    is_default: bool = False
    revoked_by: str | None = Field(default=None, max_length=20)
    revoke_reason: str | None = Field(default=None, max_length=500)
    channel_metadata: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)
    extra: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)  # API: metadata
    # The channel's next action while pending, so a retried StartMandate returns it again.
    next_action: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    created_at: datetime = Field(sa_type=UtcDateTime)
    activated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    expire_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    expiry_warned_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    next_check_at: datetime | None = Field(default=None, sa_type=UtcDateTime, index=True)


class PaymentRow(SQLModel, table=True):
    __tablename__ = "payments"
    __table_args__ = (sa.Index("ix_payments_listing", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=26)
    customer_id: str = Field(foreign_key="customers.id", max_length=26, index=True)
    mandate_id: str | None = Field(default=None, foreign_key="mandates.id", max_length=26)
    invoice: str | None = Field(default=None, max_length=100, index=True)
    amount_minor: int = Field(sa_type=sa.BigInteger)
    currency: str = Field(max_length=3)
    amount_refunded_minor: int = Field(default=0, sa_type=sa.BigInteger)
    description: str = Field(max_length=127)
    state: str = Field(max_length=20, index=True)
    channel: str = Field(max_length=64)
    channel_reference: str | None = Field(default=None, max_length=128)
    origin: str = Field(max_length=20)
    decline_class: str | None = Field(default=None, max_length=10)
    decline_reason: str | None = Field(default=None, max_length=40)
    next_action: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON)
    extra: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)  # API: metadata
    created_at: datetime = Field(sa_type=UtcDateTime)
    updated_at: datetime = Field(sa_type=UtcDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class AttemptRow(SQLModel, table=True):
    """One call to a channel. Its id is the idempotency key the channel receives."""

    __tablename__ = "payment_attempts"
    __table_args__ = (sa.UniqueConstraint("payment_id", "number"),)

    id: str = Field(primary_key=True, max_length=26)
    payment_id: str = Field(foreign_key="payments.id", max_length=26, index=True)
    number: int
    state: str = Field(max_length=20)
    mandate_id: str = Field(foreign_key="mandates.id", max_length=26)
    channel_reference: str | None = Field(default=None, max_length=128)
    response_code: str | None = Field(default=None, max_length=64)
    response_message: str | None = Field(default=None, max_length=500)
    decline_class: str | None = Field(default=None, max_length=10)
    decline_reason: str | None = Field(default=None, max_length=40)
    created_at: datetime = Field(sa_type=UtcDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    next_check_at: datetime | None = Field(default=None, sa_type=UtcDateTime, index=True)
    checks: int = 0


class RefundRow(SQLModel, table=True):
    """A refund. Its id is the idempotency key the channel receives."""

    __tablename__ = "refunds"

    id: str = Field(primary_key=True, max_length=26)
    payment_id: str = Field(foreign_key="payments.id", max_length=26, index=True)
    amount_minor: int = Field(sa_type=sa.BigInteger)
    currency: str = Field(max_length=3)
    state: str = Field(max_length=20)
    reason: str = Field(max_length=30)
    description: str = Field(default="", max_length=80)
    channel_reference: str | None = Field(default=None, max_length=128)
    response_code: str | None = Field(default=None, max_length=64)
    response_message: str | None = Field(default=None, max_length=500)
    extra: dict[str, str] = Field(default_factory=dict, sa_type=sa.JSON)  # API: metadata
    created_at: datetime = Field(sa_type=UtcDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    next_check_at: datetime | None = Field(default=None, sa_type=UtcDateTime, index=True)
    checks: int = 0
