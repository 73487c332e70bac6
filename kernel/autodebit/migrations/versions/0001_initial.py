"""Initial schema: customers, test clocks, events outbox, idempotency records.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('event_listener_cursors',
    sa.Column('listener_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.BigInteger(), nullable=False),
    sa.Column('lease_owner', sa.String(length=100), nullable=True),
    sa.Column('lease_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('listener_id')
    )
    op.create_table('events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('type', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('customer', sa.String(length=100), nullable=True),
    sa.Column('payload_type', sa.String(length=200), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('request_id', sa.String(length=128), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_customer'), ['customer'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # The writing transaction, so readers never pass an event still being committed
        # (see autodebit.events.outbox).
        op.execute("ALTER TABLE events ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()")

    op.create_table('idempotency_records',
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('request_id', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('response', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('scope', 'request_id')
    )
    op.create_table('test_clocks',
    sa.Column('id', sa.String(length=26), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('frozen_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('test_clocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_test_clocks_created_at'), ['created_at'], unique=False)

    op.create_table('customers',
    sa.Column('id', sa.String(length=26), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('entity_type', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('email_lookup', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('locale', sa.String(length=35), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('billing_address', sa.JSON(), nullable=True),
    sa.Column('tax_ids', sa.JSON(), nullable=False),
    sa.Column('currency_code', sa.String(length=3), nullable=True),
    sa.Column('credit_limit_minor', sa.BigInteger(), nullable=True),
    sa.Column('preferred_payment_channel', sa.String(length=64), nullable=True),
    sa.Column('preferred_invoice_format', sa.String(length=64), nullable=True),
    sa.Column('invoice_delivery', sa.String(length=20), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('segment', sa.String(length=20), nullable=False),
    sa.Column('test_clock_id', sa.String(length=26), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['test_clock_id'], ['test_clocks.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_email_lookup'), ['email_lookup'], unique=False)
        batch_op.create_index('ix_customers_listing', ['created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_segment'), ['segment'], unique=False)

    op.create_table('customer_tags',
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('tag', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ),
    sa.PrimaryKeyConstraint('customer_id', 'tag')
    )
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_tags_tag'), ['tag'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_tags_tag'))

    op.drop_table('customer_tags')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_segment'))
        batch_op.drop_index('ix_customers_listing')
        batch_op.drop_index(batch_op.f('ix_customers_email_lookup'))

    op.drop_table('customers')
    with op.batch_alter_table('test_clocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_test_clocks_created_at'))

    op.drop_table('test_clocks')
    op.drop_table('idempotency_records')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_customer'))

    op.drop_table('events')
    op.drop_table('event_listener_cursors')
