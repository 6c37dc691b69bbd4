"""shop, shipment_export: the shops (店铺) the warehouse ships for, each with its sender, return address, packing-slip header and
default courier (app.services.shops). An upgraded database gets one shop per shop its orders name, and one for
the site-wide "sender" setting that every label printed until now, so it prints what it printed.

Revision ID: 0010
Revises: 0011
Create Date: 2026-12-04 20:10:00
"""
import json
from collections import Counter

from alembic import op
import sqlalchemy as sa

import app.models.base


revision = '0010'
down_revision = '0011'
branch_labels = None
depends_on = None

DEFAULT_NAME = "默认店铺"  # the shop of orders that name none, when no sender was ever set


def _platform(channels: Counter) -> str:
    """The platform of a shop, from the channel its orders came in by most."""
    for channel, _n in channels.most_common():
        c = (channel or "").strip().lower()
        if c in ("taobao", "tmall", "淘宝", "天猫"):
            return "taobao"
        if c in ("pdd", "pinduoduo", "拼多多"):
            return "pdd"
        if c in ("douyin", "抖音", "抖店"):
            return "douyin"
        if c in ("jd", "京东"):
            return "jd"
    return "other"


def upgrade() -> None:
    shop = op.create_table(
        'shop',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('platform', sa.Enum('taobao', 'pdd', 'douyin', 'jd', 'other', name='platform', native_enum=False,
                                      create_constraint=True, length=16), nullable=False),
        sa.Column('sender_name', sa.String(length=64), nullable=False),
        sa.Column('sender_phone', sa.String(length=32), nullable=False),
        sa.Column('province', sa.String(length=32), nullable=False),
        sa.Column('city', sa.String(length=32), nullable=False),
        sa.Column('district', sa.String(length=32), nullable=False),
        sa.Column('address', sa.String(length=300), nullable=False),
        sa.Column('slip_header', sa.Text(), nullable=False),
        sa.Column('default_courier', sa.String(length=16), nullable=False),
        sa.Column('is_default', sa.Boolean(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shop')),
        sa.UniqueConstraint('code', name=op.f('uq_shop_code')),
        sa.UniqueConstraint('name', name=op.f('uq_shop_name')),
    )

    op.create_table(
        'shipment_export',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shop_id', sa.Integer(), nullable=False),
        sa.Column('platform', sa.String(length=16), nullable=False),
        sa.Column('first_day', sa.Date(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('filename', sa.String(length=300), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['actor_id'], ['operator.id'], name=op.f('fk_shipment_export_actor_id_operator')),
        sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], name=op.f('fk_shipment_export_shop_id_shop')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_export')),
    )
    with op.batch_alter_table('shipment_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_export_shop_id'), ['shop_id'], unique=False)
    op.create_table(
        'shipment_export_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('export_id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('waybill_no', sa.String(length=40), nullable=False),
        sa.Column('courier_code', sa.String(length=16), nullable=False),
        sa.Column('change', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['export_id'], ['shipment_export.id'],
                                name=op.f('fk_shipment_export_line_export_id_shipment_export'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_shipment_export_line_order_id_orders')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_export_line')),
        sa.UniqueConstraint('order_id', 'waybill_no', name=op.f('uq_shipment_export_line_order_id_waybill_no')),
    )
    with op.batch_alter_table('shipment_export_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_export_line_export_id'), ['export_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipment_export_line_order_id'), ['order_id'], unique=False)

    conn = op.get_bind()
    raw = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'sender'")).scalar()
    try:
        sender = json.loads(raw) if raw else None
    except ValueError:
        sender = None
    if not isinstance(sender, dict):
        sender = None
    channels: dict[str, Counter] = {}
    blank = False
    for name, channel in conn.execute(sa.text("SELECT shop, channel FROM orders")):
        name = (name or "").strip()
        if not name:
            blank = True
            continue
        channels.setdefault(name, Counter())[channel or ""] += 1

    def sender_fields() -> dict:
        # what every label printed until now (the setting), or nothing: then the shop's sender is set at the
        # desk before its orders pack (the built-in sender of old versions is not carried over)
        if sender is None:
            return {"sender_name": "", "sender_phone": "", "address": ""}
        return {"sender_name": str(sender.get("name", ""))[:64], "sender_phone": str(sender.get("phone", ""))[:32],
                "address": str(sender.get("address", ""))[:300]}

    from app.models.base import utcnow

    rows = []
    for i, name in enumerate(sorted(channels), 1):
        rows.append({"code": f"SHOP{i:02d}", "name": name[:64], "platform": _platform(channels[name]),
                     "is_default": False, **sender_fields()})
    default_name = (str(sender.get("name", "")).strip()[:64] if sender else "") or (DEFAULT_NAME if blank else "")
    if default_name:
        same = next((r for r in rows if r["name"] == default_name), None)
        if same is not None:
            same["is_default"] = True
        else:
            rows.append({"code": "DEFAULT", "name": default_name, "platform": "other", "is_default": True,
                         **sender_fields()})
    now = utcnow()
    op.bulk_insert(shop, [r | {"province": "", "city": "", "district": "", "slip_header": "", "default_courier": "",
                               "active": True, "created_at": now} for r in rows])


def downgrade() -> None:
    op.drop_table('shipment_export_line')
    op.drop_table('shipment_export')
    op.drop_table('shop')
