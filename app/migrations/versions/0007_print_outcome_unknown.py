"""print log: a job whose outcome is unknown (bytes went out, then the printer failed)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OLD = sa.Enum('sending', 'sent', 'failed', name='printjobstatus', native_enum=False, create_constraint=True,
              length=16)
NEW = sa.Enum('sending', 'sent', 'failed', 'unknown', name='printjobstatus', native_enum=False,
              create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table('print_job', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_print_job_printjobstatus'), type_='check')
        batch_op.alter_column('status', existing_type=OLD, type_=NEW, existing_nullable=False)


def downgrade() -> None:
    op.execute("UPDATE print_job SET status = 'sending' WHERE status = 'unknown'")
    with op.batch_alter_table('print_job', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_print_job_printjobstatus'), type_='check')
        batch_op.alter_column('status', existing_type=NEW, type_=OLD, existing_nullable=False)
