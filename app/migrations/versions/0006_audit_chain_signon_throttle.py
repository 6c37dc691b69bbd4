"""audit log hash chain; sign-on backoff per operator, station and both

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 09:00:00

* audit_log.row_hash, filled here for the rows already there (in id order, as app.models.audit_chain does for
  new ones), and audit_chain, the chain's head row. The append-only triggers are set aside for the fill only.
* signon_throttle replaces operator.failed_attempts / locked_until (a hard lockout anyone could trigger).
"""
from alembic import op
import sqlalchemy as sa
import app.models.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    ("audit_log_no_update", "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    ("audit_log_no_delete", "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
)


def _without_triggers(fn) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, _ in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    fn()
    if dialect == "sqlite":
        for _, create in SQLITE_TRIGGERS:
            op.execute(create)
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")


def _fill_chain() -> None:
    from app.models.audit_chain import GENESIS, digest

    bind = op.get_bind()
    log = sa.table("audit_log", sa.column("id", sa.Integer), sa.column("ts", app.models.base.UTCDateTime()),
                   sa.column("station_id", sa.Integer), sa.column("actor_id", sa.Integer),
                   sa.column("action", sa.String), sa.column("entity", sa.String), sa.column("entity_id", sa.String),
                   sa.column("reason", sa.Text), sa.column("before", sa.Text), sa.column("after", sa.Text),
                   sa.column("row_hash", sa.String))
    prev, last_id, hashes = GENESIS, 0, []
    for r in bind.execute(sa.select(log).order_by(log.c.id)):
        prev = digest(prev, r.id, r.ts, r.station_id, r.actor_id, r.action, r.entity or "", r.entity_id or "",
                      r.reason or "", r.before or "", r.after or "")
        last_id = r.id
        hashes.append({"rid": r.id, "h": prev})
    if hashes:
        bind.execute(sa.update(log).where(log.c.id == sa.bindparam("rid")).values(row_hash=sa.bindparam("h")),
                     hashes)
    bind.execute(sa.table("audit_chain", sa.column("id"), sa.column("last_id"), sa.column("last_hash")).insert()
                 .values(id=1, last_id=last_id, last_hash=prev))


def upgrade() -> None:
    op.create_table('audit_chain',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain'))
    )
    op.create_table('signon_throttle',
    sa.Column('key', sa.String(length=48), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('wait_until', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_signon_throttle'))
    )
    # plain ALTER TABLE (no batch copy): a copied audit_log would lose its triggers
    op.add_column('audit_log', sa.Column('row_hash', sa.String(length=64), server_default='', nullable=False))
    _without_triggers(_fill_chain)
    op.drop_column('operator', 'locked_until')
    op.drop_column('operator', 'failed_attempts')


def downgrade() -> None:
    op.add_column('operator', sa.Column('failed_attempts', sa.Integer(), server_default='0', nullable=False))
    op.add_column('operator', sa.Column('locked_until', app.models.base.UTCDateTime(timezone=True), nullable=True))
    op.drop_column('audit_log', 'row_hash')
    op.drop_table('signon_throttle')
    op.drop_table('audit_chain')
