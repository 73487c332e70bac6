"""CRM: contacts, notes, customer insights, automation rules, erasure.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _customer_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], )


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True))

    # Listing customers by tag, newest first, is a range scan of ix_customer_tags_listing.
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('customer_created_at', sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE customer_tags SET customer_created_at ="
        " (SELECT created_at FROM customers WHERE customers.id = customer_tags.customer_id)"
    )
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.alter_column('customer_created_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.drop_index(batch_op.f('ix_customer_tags_tag'))
        batch_op.create_index('ix_customer_tags_listing', ['tag', 'customer_created_at', 'customer_id'], unique=False)

    # A customer's timeline, newest first, is a range scan of this index.
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_customer_cursor', ['customer', 'id'], unique=False)

    op.create_table('customer_contacts',
    sa.Column('id', sa.String(length=26), nullable=False),
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('roles', sa.String(length=100), nullable=False),
    sa.Column('locale', sa.String(length=35), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.create_index('ix_customer_contacts_listing', ['customer_id', 'created_at', 'id'], unique=False)

    op.create_table('customer_notes',
    sa.Column('id', sa.String(length=26), nullable=False),
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=320), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customer_notes', schema=None) as batch_op:
        batch_op.create_index('ix_customer_notes_listing', ['customer_id', 'created_at', 'id'], unique=False)

    op.create_table('customer_insights',
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('payments_attempted', sa.BigInteger(), nullable=False),
    sa.Column('payments_succeeded', sa.BigInteger(), nullable=False),
    sa.Column('payments_failed', sa.BigInteger(), nullable=False),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('last_decline_reason', sa.String(length=40), nullable=True),
    sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('invoices_paid', sa.Integer(), nullable=False),
    sa.Column('invoices_paid_on_time', sa.Integer(), nullable=False),
    sa.Column('days_to_pay_seconds', sa.BigInteger(), nullable=False),
    sa.Column('overdue_invoices', sa.Integer(), nullable=False),
    sa.Column('uncollectible_invoices', sa.Integer(), nullable=False),
    sa.Column('mandates_active', sa.Integer(), nullable=False),
    sa.Column('mandates_expiring', sa.Integer(), nullable=False),
    sa.Column('mandates_ever_active', sa.Integer(), nullable=False),
    sa.Column('complaints_since_success', sa.Integer(), nullable=False),
    sa.Column('segment_reason', sa.String(length=300), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('customer_id')
    )
    op.create_table('customer_insight_amounts',
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('currency_code', sa.String(length=3), nullable=False),
    sa.Column('outstanding_minor', sa.BigInteger(), nullable=False),
    sa.Column('overdue_minor', sa.BigInteger(), nullable=False),
    sa.Column('collected_minor', sa.BigInteger(), nullable=False),
    sa.Column('refunded_minor', sa.BigInteger(), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('customer_id', 'currency_code')
    )
    op.create_table('customer_insight_declines',
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('decline_class', sa.String(length=20), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('customer_id', 'reason')
    )
    op.create_table('customer_insight_subjects',
    sa.Column('customer_id', sa.String(length=26), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('currency_code', sa.String(length=3), nullable=True),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('overdue', sa.Boolean(), nullable=False),
    sa.Column('paid', sa.Boolean(), nullable=False),
    sa.Column('expiring', sa.Boolean(), nullable=False),
    sa.Column('ever_active', sa.Boolean(), nullable=False),
    _customer_fk(),
    sa.PrimaryKeyConstraint('customer_id', 'subject')
    )

    op.create_table('automation_rules',
    sa.Column('id', sa.String(length=26), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('trigger_event_type', sa.String(length=100), nullable=False),
    sa.Column('condition', sa.JSON(), nullable=True),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('automation_rules', schema=None) as batch_op:
        batch_op.create_index('ix_automation_rules_listing', ['created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_automation_rules_trigger_event_type'), ['trigger_event_type'], unique=False)

    op.create_table('automation_runs',
    sa.Column('rule_id', sa.String(length=26), nullable=False),
    sa.Column('event_cursor', sa.BigInteger(), nullable=False),
    sa.Column('action_index', sa.Integer(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('rule_id', 'event_cursor', 'action_index')
    )

    # Customers created before this revision start with empty insights; the
    # segment reason says why they are where they are (see docs/crm.md).
    op.execute(
        "INSERT INTO customer_insights (customer_id, payments_attempted, payments_succeeded,"
        " payments_failed, consecutive_failures, invoices_paid, invoices_paid_on_time,"
        " days_to_pay_seconds, overdue_invoices, uncollectible_invoices, mandates_active,"
        " mandates_expiring, mandates_ever_active, complaints_since_success, segment_reason,"
        " updated_at)"
        " SELECT id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
        " CASE WHEN state = 'archived' THEN 'archived' ELSE 'no successful payment yet' END,"
        " updated_at FROM customers"
    )


def downgrade() -> None:
    op.drop_table('automation_runs')
    with op.batch_alter_table('automation_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_automation_rules_trigger_event_type'))
        batch_op.drop_index('ix_automation_rules_listing')
    op.drop_table('automation_rules')
    op.drop_table('customer_insight_subjects')
    op.drop_table('customer_insight_declines')
    op.drop_table('customer_insight_amounts')
    op.drop_table('customer_insights')
    with op.batch_alter_table('customer_notes', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_notes_listing')
    op.drop_table('customer_notes')
    with op.batch_alter_table('customer_contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_contacts_listing')
    op.drop_table('customer_contacts')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_customer_cursor')
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_tags_listing')
        batch_op.create_index(batch_op.f('ix_customer_tags_tag'), ['tag'], unique=False)
        batch_op.drop_column('customer_created_at')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
