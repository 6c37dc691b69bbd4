"""Courier choice per order (app.services.courier_rules): the courier_rule table; courier.note_words and
courier.no_service; orders.courier_reason (why the order's courier was chosen); cases of kind courier (a
note asks for a courier the rules did not pick)

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-04 23:30:00
"""
from alembic import op
import sqlalchemy as sa

import app.models.base


revision = '0016'
down_revision = '0014'
branch_labels = None
depends_on = None

_KINDS = ('short_pick', 'intercept', 'hold', 'order_changed', 'return', 'void', 'unknown_sku', 'oversold')
OLD = sa.Enum(*_KINDS, name='casekind', native_enum=False, create_constraint=True, length=16)
NEW = sa.Enum(*_KINDS, 'courier', name='casekind', native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table('exception_case', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_exception_case_casekind'), type_='check')
        batch_op.alter_column('kind', existing_type=OLD, type_=NEW, existing_nullable=False)
    # plain ALTERs with constant defaults: no rebuild of orders, instant on SQLite and PostgreSQL 11+
    op.add_column('orders', sa.Column('courier_reason', sa.Text(), server_default='', nullable=False))
    op.add_column('courier', sa.Column('note_words', sa.Text(), server_default='[]', nullable=False))
    op.add_column('courier', sa.Column('no_service', sa.Text(), server_default='[]', nullable=False))
    op.create_table(
        'courier_rule',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('shop', sa.String(length=64), nullable=False),
        sa.Column('places', sa.Text(), nullable=False),
        sa.Column('min_g', sa.Integer(), nullable=True),
        sa.Column('max_g', sa.Integer(), nullable=True),
        sa.Column('courier_code', sa.String(length=16), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_courier_rule'),
    )
    with op.batch_alter_table('courier_rule', schema=None) as batch_op:
        batch_op.create_index('ix_courier_rule_position', ['position'], unique=False)


def downgrade() -> None:
    op.drop_table('courier_rule')
    op.drop_column('courier', 'no_service')  # SQLite 3.35+ drops a column in place
    op.drop_column('courier', 'note_words')
    op.drop_column('orders', 'courier_reason')
    op.execute("DELETE FROM exception_case WHERE kind = 'courier'")
    with op.batch_alter_table('exception_case', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_exception_case_casekind'), type_='check')
        batch_op.alter_column('kind', existing_type=NEW, type_=OLD, existing_nullable=False)
