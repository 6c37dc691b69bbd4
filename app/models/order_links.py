"""Orders made from other orders: a merge (several orders of one buyer into one parcel), a split (the rest of an
order shipped later as its own order) and a reship (补发: the missing or wrong items of a shipped order sent
again, a cost of errors). One row per link, written by app.services.order_changes."""
from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .entities import _enum


class LinkKind(str, enum.Enum):
    MERGE = "merge"    # `other` was merged into `order` (its lines moved; undone by an unmerge)
    SPLIT = "split"    # `other` is the part of `order` that ships later
    RESHIP = "reship"  # `other` reships items of the shipped `order`


class ReshipCause(str, enum.Enum):
    PACKING = "packing"  # the packer on record is charged
    COURIER = "courier"
    STOCK = "stock"
    OTHER = "other"


class OrderLink(Base):
    __tablename__ = "order_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LinkKind] = mapped_column(_enum(LinkKind))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)        # the original
    other_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)        # merged in / new
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the lines moved {line id: line no}, …
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    undone_at: Mapped[datetime | None]                        # an unmerge
    # a reship: why, who is charged, what it cost, and when it was closed
    cause: Mapped[ReshipCause | None] = mapped_column(_enum(ReshipCause), nullable=True)
    packer_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    cost: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    outcome: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (Index("ix_order_link_kind_created", "kind", "created_at"),)
