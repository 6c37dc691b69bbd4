"""station: who is at it, what it packs, its devices and when it was last seen (the Stations screen and the
claim that a dead station gives up: app.services.stations)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 17:40:00
"""
from alembic import op
import sqlalchemy as sa

import app.models.base


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.add_column(sa.Column('host', sa.String(length=128), server_default='', nullable=False))
        batch_op.add_column(sa.Column('started_at', app.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_seen', app.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('operator_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('order_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('devices', sa.Text(), server_default='{}', nullable=False))
        batch_op.create_foreign_key('fk_station_operator_id_operator', 'operator', ['operator_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('station', schema=None) as batch_op:
        batch_op.drop_constraint('fk_station_operator_id_operator', type_='foreignkey')
        for name in ('devices', 'order_id', 'operator_id', 'last_seen', 'started_at', 'host'):
            batch_op.drop_column(name)
