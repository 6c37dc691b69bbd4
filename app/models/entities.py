"""The station's data: catalogue, orders, people, couriers, parcels, scans and the audit log.

Weights are whole grams, money is Decimal. Every timestamp is aware UTC.
"""
from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the value (lower-case text) with a CHECK, the same on SQLite and PostgreSQL.
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False,
                create_constraint=True, length=16, name=cls.__name__.lower())


class Role(str, enum.Enum):
    PACKER = "packer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Flag(str, enum.Enum):
    NONE = "none"
    GREEN = "green"    # bank transfer received
    YELLOW = "yellow"  # cannot ship / ship later
    BLUE = "blue"      # exchange
    PURPLE = "purple"  # return


class OrderStatus(str, enum.Enum):
    WAITING = "waiting"    # waiting for payment (a bank transfer not yet received): not packable
    OPEN = "open"          # waiting to be packed
    PACKING = "packing"    # open on a station
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    MERGED = "merged"      # its lines went into another order's parcel (app.models.order_links)


class WaybillStatus(str, enum.Enum):
    FREE = "free"
    USED = "used"
    VOID = "void"


class ParcelStatus(str, enum.Enum):
    PRINTING = "printing"  # waybill allocated, label sent, not yet confirmed printed
    PRINTED = "printed"
    VOID = "void"


class Product(Base):
    """A SKU (商家编码): one style in one colour and size."""

    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    style: Mapped[str] = mapped_column(String(64), index=True)  # 型号 / 款号
    colour: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[str] = mapped_column(String(32), default="")
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    manual_check: Mapped[str | None] = mapped_column(String(200))  # e.g. "measure the waist"
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_stock: Mapped[int | None] = mapped_column(Integer)  # this SKU's low-stock level (None: the warehouse's)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    barcodes: Mapped[list[Barcode]] = relationship(back_populates="product", cascade="all, delete-orphan")
    __table_args__ = (CheckConstraint("weight_g >= 0", name="weight_nonneg"),)


class Barcode(Base):
    __tablename__ = "barcode"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    product: Mapped[Product] = relationship(back_populates="barcodes")


class Carton(Base):
    __tablename__ = "carton"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    # a retired carton is no longer scanned nor offered; parcels packed in it keep pointing at it
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Courier(Base):
    __tablename__ = "courier"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # SF, ZTO, YTO, STO, YUNDA, JD, EMS
    name: Mapped[str] = mapped_column(String(64))
    privacy_waybill: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # migration 0011 (app.services.couriers): the label layout overlay ('' = the one named like the code),
    # the service types offered (JSON list: ["标快", "特快"]), where numbers come from ("range": loaded
    # number ranges 号段; "kuaidi100": the e-waybill account) and the free-number level that warns
    layout: Mapped[str] = mapped_column(String(32), default="", server_default="")
    service_types: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    waybill_source: Mapped[str] = mapped_column(String(16), default="range", server_default="range")
    warn_level: Mapped[int] = mapped_column(Integer, default=200, server_default="200")
    # migration 0016 (app.services.courier_rules): more words a note names it by (JSON list; its name, code
    # and the common words are always read) and the places it does not deliver to (JSON list)
    note_words: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    no_service: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class WaybillNumber(Base):
    """One number of a courier's pool; handed out once, never back to the pool."""

    __tablename__ = "waybill_number"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    number: Mapped[str] = mapped_column(String(40))
    status: Mapped[WaybillStatus] = mapped_column(_enum(WaybillStatus), default=WaybillStatus.FREE)
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None]
    __table_args__ = (
        UniqueConstraint("courier_id", "number"),
        Index("ix_waybill_free", "courier_id", "status", "id"),
    )


class Operator(Base):
    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.PACKER)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SignonThrottle(Base):
    """Failed sign-on tries counted per scope (app.services.auth): an operator at one station, an operator
    anywhere, a station for anyone. A try before `wait_until` is refused without looking at the PIN."""

    __tablename__ = "signon_throttle"
    key: Mapped[str] = mapped_column(String(48), primary_key=True)  # "op:12@st:3", "op:12", "st:3"
    failures: Mapped[int] = mapped_column(Integer, default=0)       # in a row, since the last success
    last_failure_at: Mapped[datetime | None]
    wait_until: Mapped[datetime | None]


class Station(Base):
    __tablename__ = "station"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # written by the station's heartbeat every few seconds (app.services.stations), in the server's clock
    host: Mapped[str] = mapped_column(String(128), default="", server_default="")
    started_at: Mapped[datetime | None]
    last_seen: Mapped[datetime | None]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    # the order open there now (no foreign key: orders already point at stations, and this is only shown)
    order_id: Mapped[int | None] = mapped_column(Integer)
    devices: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # JSON: scale, printer, …


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_no: Mapped[str] = mapped_column(String(64), unique=True)  # 订单编号
    shop: Mapped[str] = mapped_column(String(64), default="")
    channel: Mapped[str] = mapped_column(String(32), default="")
    buyer_id: Mapped[str] = mapped_column(String(64), default="")  # 买家会员名
    recipient_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32))
    province: Mapped[str] = mapped_column(String(32), default="")
    city: Mapped[str] = mapped_column(String(32), default="")
    district: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(300))  # street part; the unit/room is what privacy hides
    postcode: Mapped[str] = mapped_column(String(12), default="")
    buyer_note: Mapped[str] = mapped_column(Text, default="")   # 买家留言
    seller_note: Mapped[str] = mapped_column(Text, default="")  # 卖家备注
    flag: Mapped[Flag] = mapped_column(_enum(Flag), default=Flag.NONE)
    flag_reason: Mapped[str] = mapped_column(String(200), default="")
    refund_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus), default=OrderStatus.OPEN, index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    courier_id: Mapped[int | None] = mapped_column(ForeignKey("courier.id"))
    # why this courier (JSON, app.domain.courier_choice): the note, a rule, the shop's or site's default,
    # or a supervisor ({"by": "supervisor"}: the rules no longer change it); "" = not decided yet
    courier_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    packing_station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    packing_operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    scanned_at: Mapped[datetime | None]
    verified_at: Mapped[datetime | None]
    weighed_at: Mapped[datetime | None]
    weight_g: Mapped[int | None] = mapped_column(Integer)
    carton_id: Mapped[int | None] = mapped_column(ForeignKey("carton.id"))
    shipped_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)  # bumped by every edit: a station re-verifies
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.line_no")
    courier: Mapped[Courier | None] = relationship()
    parcels: Mapped[list[Parcel]] = relationship(back_populates="order", order_by="Parcel.id")


class OrderLine(Base):
    __tablename__ = "order_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")  # 宝贝标题 as sold
    qty: Mapped[int] = mapped_column(Integer)
    scanned_qty: Mapped[int] = mapped_column(Integer, default=0)
    manual_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    order: Mapped[Order] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("scanned_qty >= 0 AND scanned_qty <= qty", name="scanned_within_qty"),
    )


class Parcel(Base):
    __tablename__ = "parcel"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    waybill_no: Mapped[str] = mapped_column(String(40))
    status: Mapped[ParcelStatus] = mapped_column(_enum(ParcelStatus), default=ParcelStatus.PRINTING)
    weight_g: Mapped[int] = mapped_column(Integer)
    expected_weight_g: Mapped[int] = mapped_column(Integer)
    carton_id: Mapped[int | None] = mapped_column(ForeignKey("carton.id"))
    packer_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    weight_override_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    # the parcel's SKU mix and carton (app.domain.weight.mix_key): parcels with the same key teach what it weighs
    mix_key: Mapped[str] = mapped_column(String(255), default="", server_default="", index=True)
    scanned_at: Mapped[datetime]
    verified_at: Mapped[datetime]
    weighed_at: Mapped[datetime]
    printed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    label_png: Mapped[bytes | None] = mapped_column(LargeBinary)  # what was printed, for reprint and evidence
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    order: Mapped[Order] = relationship(back_populates="parcels")
    courier: Mapped[Courier] = relationship()
    __table_args__ = (UniqueConstraint("courier_id", "waybill_no"),)


class ParcelLine(Base):
    """Which units of which order line went into a parcel (one parcel per order, or several: 子母件)."""

    __tablename__ = "parcel_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcel.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_line.id"), index=True)
    qty: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)


class ScanEvent(Base):
    """Every scan at a station, with what it meant; written as it happens."""

    __tablename__ = "scan_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[datetime] = mapped_column(default=utcnow)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))     # order, item, quantity, badge, carton
    code: Mapped[str] = mapped_column(String(128))
    result: Mapped[str] = mapped_column(String(32))   # ok or an error code of the pack flow
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    qty: Mapped[int] = mapped_column(Integer, default=1)
    detail: Mapped[str] = mapped_column(String(300), default="")


class AuditLog(Base):
    """Append-only: triggers in the migration refuse UPDATE and DELETE, and each row carries a SHA-256 over its
    content and the previous row's hash (app.models.audit_chain), so a row edited, removed or slipped in after
    the triggers were dropped breaks the chain where it happened."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    ts: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")  # JSON
    after: Mapped[str] = mapped_column(Text, default="")   # JSON
    row_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AuditChain(Base):
    """The head of the audit log's hash chain, one row (id 1). Every append locks it (SELECT … FOR UPDATE),
    so two stations writing at once chain one after the other instead of both after the same row."""

    __tablename__ = "audit_chain"
    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """Settings shared by all stations of one database (weight tolerance, …); JSON values."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    """One imported file, by content hash, so the same file imported twice changes nothing."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))  # orders, products
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
