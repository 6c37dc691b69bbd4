"""carton: retired or in use (the desk's and the CLI's carton setup: app.services.cartons)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 20:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('carton', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('carton', schema=None) as batch_op:
        batch_op.drop_column('active')
