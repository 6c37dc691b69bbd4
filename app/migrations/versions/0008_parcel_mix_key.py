"""parcel: the SKU mix and carton of each parcel, so the weight of a mix is learned from earlier parcels

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 15:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('parcel', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mix_key', sa.String(length=255), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_parcel_mix_key'), ['mix_key'], unique=False)
    # the parcels already shipped teach from the first day: their keys from their packing records
    # (the same form as app.domain.weight.mix_key, written out here so this migration never changes)
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT p.id, p.carton_id, l.product_id, pl.qty FROM parcel p JOIN parcel_line pl ON pl.parcel_id = p.id "
        "JOIN order_line l ON l.id = pl.order_line_id")).all()
    mixes: dict[int, tuple[int | None, dict[int, int]]] = {}
    for pid, carton, product, qty in rows:
        units = mixes.setdefault(pid, (carton, {}))[1]
        units[product] = units.get(product, 0) + qty
    for pid, (carton, units) in mixes.items():
        key = ",".join(f"{p}x{q}" for p, q in sorted(units.items()) if q > 0) + f"|c{carton or 0}"
        bind.execute(sa.text("UPDATE parcel SET mix_key = :k WHERE id = :i"), {"k": key[:255], "i": pid})


def downgrade() -> None:
    with op.batch_alter_table('parcel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parcel_mix_key'))
        batch_op.drop_column('mix_key')
