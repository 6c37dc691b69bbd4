"""What goes wrong, with a record: exception cases, stock movements, returns."""
from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .entities import _enum


class CaseKind(str, enum.Enum):
    SHORT_PICK = "short_pick"        # a packer marked a line short: out of stock / oversold
    INTERCEPT = "intercept"          # refund requested on an order at the warehouse (拦截)
    HOLD = "hold"                    # yellow flag set by a supervisor
    ORDER_CHANGED = "order_changed"  # lines/address changed while on a station
    RETURN = "return"                # a returned parcel received
    VOID = "void"                    # a waybill voided
    UNKNOWN_SKU = "unknown_sku"      # imported lines whose SKU is not in the product list: the order waits
    OVERSOLD = "oversold"            # the stock does not cover the order after those paid before it (超卖)
    COURIER = "courier"              # a note asks for a courier the rules did not pick: a supervisor decides


class CaseStatus(str, enum.Enum):
    OPEN = "open"
    RESOLVED = "resolved"


class ExceptionCase(Base):
    """One thing a supervisor must work to an outcome (the exceptions queue)."""

    __tablename__ = "exception_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[CaseKind] = mapped_column(_enum(CaseKind))
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus), default=CaseStatus.OPEN, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")    # JSON: what the case is about (line, sku …)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class StockMove(Base):
    """Every change of a SKU's stock: shipped, counted, corrected, returned."""

    __tablename__ = "stock_move"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))   # ship, count, correct, return
    reason: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    ts: Mapped[datetime] = mapped_column(default=utcnow)


class ReturnReceipt(Base):
    __tablename__ = "return_receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    condition: Mapped[str] = mapped_column(String(16))        # intact, opened, damaged
    fault: Mapped[str] = mapped_column(String(16), default="none")  # none, buyer, courier, packing
    packer_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))  # on record, when packing's fault
    received_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    exchange_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    lines: Mapped[list[ReturnLine]] = relationship(cascade="all, delete-orphan")


class ReturnLine(Base):
    __tablename__ = "return_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("return_receipt.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    qty: Mapped[int] = mapped_column(Integer)
    resaleable: Mapped[bool] = mapped_column(Boolean, default=True)


class PendingLine(Base):
    """A line of an imported order whose SKU (商家编码) is not in the product list, or blank: kept as the file
    gave it, so one bad reference does not refuse the whole file. While an order has one it cannot be packed
    (the station says why); when the product arrives the line becomes an order line and the hold lifts
    (app.services.pending_lines)."""

    __tablename__ = "pending_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    sku: Mapped[str] = mapped_column(String(64), default="", index=True)   # "" when the file left it blank
    title: Mapped[str] = mapped_column(String(200), default="")
    qty: Mapped[int] = mapped_column(Integer)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    source: Mapped[str] = mapped_column(String(300), default="")   # file name
    row: Mapped[int] = mapped_column(Integer, default=0)            # its row in that file
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
