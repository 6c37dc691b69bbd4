"""What goes wrong, with a record: exception cases, stock movements, returns."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
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
