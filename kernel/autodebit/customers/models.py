"""Customer tables."""

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
    # Bumped on every update; the API's etag.
    version: int = 1


class CustomerTag(SQLModel, table=True):
    """Tags in their own table so that filtering by tag is an index lookup on any database."""

    __tablename__ = "customer_tags"

    customer_id: str = Field(foreign_key="customers.id", primary_key=True, max_length=26)
    tag: str = Field(primary_key=True, max_length=64, index=True)
