"""couriers as managed data (layout, service types, waybill source, warning level); e-waybill accounts per
courier and shop; numbers ordered ahead of need (app.services.couriers, app.services.ewaybill)

Revision ID: 0011
Revises: 0015
Create Date: 2026-12-04 20:10:00
"""
from alembic import op
import sqlalchemy as sa

import app.models.base


revision = '0011'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('courier', schema=None) as batch_op:
        batch_op.add_column(sa.Column('layout', sa.String(length=32), server_default='', nullable=False))
        batch_op.add_column(sa.Column('service_types', sa.Text(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('waybill_source', sa.String(length=16), server_default='range',
                                      nullable=False))
        batch_op.add_column(sa.Column('warn_level', sa.Integer(), server_default='200', nullable=False))
    op.create_table(
        'courier_account',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('courier_id', sa.Integer(), nullable=False),
        sa.Column('shop', sa.String(length=64), nullable=False),
        sa.Column('provider', sa.String(length=16), nullable=False),
        sa.Column('endpoint', sa.String(length=200), nullable=False),
        sa.Column('api_key', sa.String(length=64), nullable=False),
        sa.Column('api_secret', sa.String(length=128), nullable=False),
        sa.Column('kuaidicom', sa.String(length=32), nullable=False),
        sa.Column('partner_id', sa.String(length=64), nullable=False),
        sa.Column('partner_key', sa.String(length=128), nullable=False),
        sa.Column('partner_secret', sa.String(length=128), nullable=False),
        sa.Column('partner_name', sa.String(length=64), nullable=False),
        sa.Column('net', sa.String(length=64), nullable=False),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('check_man', sa.String(length=64), nullable=False),
        sa.Column('exp_type', sa.String(length=32), nullable=False),
        sa.Column('prefetch', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('changed_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('last_error_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['courier_id'], ['courier.id'], name=op.f('fk_courier_account_courier_id_courier')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_courier_account')),
        sa.UniqueConstraint('courier_id', 'shop', name=op.f('uq_courier_account_courier_id_shop')),
    )
    op.create_table(
        'ewaybill',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('courier_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('status', sa.Enum('ready', 'used', 'cancelled', 'cancel_failed', name='ewaybillstatus',
                                    native_enum=False, create_constraint=True, length=16), nullable=False),
        sa.Column('sort_code', sa.String(length=64), nullable=False),
        sa.Column('hub', sa.String(length=64), nullable=False),
        sa.Column('hub_code', sa.String(length=32), nullable=False),
        sa.Column('virtual_phone', sa.String(length=40), nullable=False),
        sa.Column('task_id', sa.String(length=64), nullable=False),
        sa.Column('kd_order_num', sa.String(length=64), nullable=False),
        sa.Column('recipient_key', sa.String(length=16), nullable=False),
        sa.Column('fetched_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column('used_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column('closed_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['courier_account.id'],
                                name=op.f('fk_ewaybill_account_id_courier_account')),
        sa.ForeignKeyConstraint(['courier_id'], ['courier.id'], name=op.f('fk_ewaybill_courier_id_courier')),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_ewaybill_order_id_orders')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ewaybill')),
        sa.UniqueConstraint('courier_id', 'number', name=op.f('uq_ewaybill_courier_id_number')),
    )
    with op.batch_alter_table('ewaybill', schema=None) as batch_op:
        batch_op.create_index('ix_ewaybill_order', ['order_id', 'status'], unique=False)
        batch_op.create_index('ix_ewaybill_ready', ['courier_id', 'status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ewaybill', schema=None) as batch_op:
        batch_op.drop_index('ix_ewaybill_ready')
        batch_op.drop_index('ix_ewaybill_order')
    op.drop_table('ewaybill')
    op.drop_table('courier_account')
    with op.batch_alter_table('courier', schema=None) as batch_op:
        for name in ('warn_level', 'waybill_source', 'service_types', 'layout'):
            batch_op.drop_column(name)
