"""Migration 0002 (CRM) on each database: upgrades a 0001 database with data in it."""

from __future__ import annotations

import sqlalchemy as sa
from autodebit import schema
from autodebit.db import Database


def test_upgrade_from_0001_backfills_tags_and_insights(databases):
    db = Database(databases.create())
    try:
        schema.upgrade(db, "0001")
        with db.engine.begin() as connection:
            for customer_id, state in (("a" * 26, "active"), ("b" * 26, "archived")):
                connection.execute(sa.text(
                    "INSERT INTO customers (id, display_name, entity_type, locale, time_zone, tax_ids,"
                    " invoice_delivery, extra, state, segment, created_at, updated_at, version)"
                    " VALUES (:id, 'Old', 'person', 'en', 'UTC', '[]', 'none', '{}', :state, 'new',"
                    " :at, :at, 1)"), {"id": customer_id, "state": state, "at": "2025-01-02 03:04:05"})
            connection.execute(sa.text("INSERT INTO customer_tags (customer_id, tag) VALUES (:id, 'vip')"),
                               {"id": "a" * 26})
        schema.upgrade(db)
        with db.engine.connect() as connection:
            created = connection.execute(sa.text("SELECT customer_created_at FROM customer_tags")).scalar_one()
            reasons = {r[0]: r[1] for r in connection.execute(sa.text("SELECT customer_id, segment_reason FROM customer_insights"))}
        assert str(created).startswith("2025-01-02 03:04:05")
        assert reasons == {"a" * 26: "no successful payment yet", "b" * 26: "archived"}
        assert schema.upgrade(db)[0] == schema.upgrade(db)[1]  # current: a no-op
    finally:
        db.dispose()
