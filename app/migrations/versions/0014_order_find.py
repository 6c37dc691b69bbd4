"""orders: indexes to find an order by buyer ID, recipient name, the phone's last four digits, import/payment
day and held reason; audit_log by what a row is about (an order's history)

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-04 20:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0010'
branch_labels = None
depends_on = None

ORDER_INDEXES = (
    ('ix_orders_buyer_id', ['buyer_id']),
    ('ix_orders_recipient_name', ['recipient_name']),
    ('ix_orders_imported_at', ['imported_at']),
    ('ix_orders_paid_at', ['paid_at']),
    ('ix_orders_flag_reason', ['flag', 'flag_reason']),
)


def upgrade() -> None:
    for name, cols in ORDER_INDEXES:
        op.create_index(name, 'orders', cols, unique=False)
    # the same expression as app.models.order_find.phone_last4, on SQLite and PostgreSQL alike
    op.create_index('ix_orders_phone_last4', 'orders', [sa.text('substr(phone, length(phone) - 3)')], unique=False)
    op.create_index('ix_audit_log_entity', 'audit_log', ['entity', 'entity_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_log_entity', table_name='audit_log')
    op.drop_index('ix_orders_phone_last4', table_name='orders')
    for name, _cols in reversed(ORDER_INDEXES):
        op.drop_index(name, table_name='orders')
