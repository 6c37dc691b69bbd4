"""pending_line: lines of imported orders whose SKU is not in the product list (or blank), kept so that one
bad reference does not refuse a whole file; the order waits until the product arrives
(app.services.pending_lines). product.low_stock: each SKU's own low-stock level; cases of kind unknown_sku
and oversold (app.services.stock)

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-04 20:10:00
"""
from alembic import op
import sqlalchemy as sa

import app.models.base


revision = '0012'
down_revision = '0009'
branch_labels = None
depends_on = None

OLD = sa.Enum('short_pick', 'intercept', 'hold', 'order_changed', 'return', 'void', name='casekind',
              native_enum=False, create_constraint=True, length=16)
NEW = sa.Enum('short_pick', 'intercept', 'hold', 'order_changed', 'return', 'void', 'unknown_sku', 'oversold',
              name='casekind', native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table('exception_case', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_exception_case_casekind'), type_='check')
        batch_op.alter_column('kind', existing_type=OLD, type_=NEW, existing_nullable=False)
    op.add_column('product', sa.Column('low_stock', sa.Integer(), nullable=True))  # a plain ALTER: no rebuild
    op.create_table(
        'pending_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('sku', sa.String(length=64), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('qty', sa.Integer(), nullable=False),
        sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('row', sa.Integer(), nullable=False),
        sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name='fk_pending_line_order_id_orders',
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name='pk_pending_line'),
    )
    with op.batch_alter_table('pending_line', schema=None) as batch_op:
        batch_op.create_index('ix_pending_line_order_id', ['order_id'], unique=False)
        batch_op.create_index('ix_pending_line_sku', ['sku'], unique=False)


def downgrade() -> None:
    op.drop_table('pending_line')
    op.drop_column('product', 'low_stock')  # SQLite 3.35+ drops a column in place (a rebuild would break the FKs)
    op.execute("DELETE FROM exception_case WHERE kind IN ('unknown_sku', 'oversold')")
    with op.batch_alter_table('exception_case', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_exception_case_casekind'), type_='check')
        batch_op.alter_column('kind', existing_type=NEW, type_=OLD, existing_nullable=False)
