"""The shops (店铺) the warehouse ships for: each with its platform, the sender and return address printed on
its labels, its packing-slip header and its default courier.

An order names its shop by name (`Order.shop`, as the platforms' exports give it); that name is the key, not a
foreign key: an import may name a shop that is not set up yet, and the order must not be lost for it (it is
imported, and stopped at the scan until the shop is added; app.services.shops). Renaming a shop carries its
orders over in the same transaction.
"""
from __future__ import annotations

import enum
from datetime import date, datetime


from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .entities import _enum


class Platform(str, enum.Enum):
    TAOBAO = "taobao"  # Taobao and Tmall (淘宝/天猫): one seller centre, one batch-shipping format
    PDD = "pdd"        # 拼多多
    DOUYIN = "douyin"  # 抖音小店
    JD = "jd"          # 京东
    OTHER = "other"


class Shop(Base):
    __tablename__ = "shop"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # as the orders name it (店铺名称)
    platform: Mapped[Platform] = mapped_column(_enum(Platform), default=Platform.OTHER)
    # the sender on the label; all three (name, phone, address) are needed before a label prints
    sender_name: Mapped[str] = mapped_column(String(64), default="")
    sender_phone: Mapped[str] = mapped_column(String(32), default="")
    # the return address (退货地址): where the courier brings back what cannot be delivered
    province: Mapped[str] = mapped_column(String(32), default="")
    city: Mapped[str] = mapped_column(String(32), default="")
    district: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    slip_header: Mapped[str] = mapped_column(Text, default="")      # the packing slip's (发货单) heading
    default_courier: Mapped[str] = mapped_column(String(16), default="")  # a courier code, or "" (the site's)
    # the shop of orders that name none (a file without a shop column): at most one
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ShipmentExport(Base):
    """One shipments file written for a shop's platform (发货回传): which shop, which days, by whom, how many
    rows. Its lines say which waybill of which order it carried, so the next file has only what is new."""

    __tablename__ = "shipment_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    filename: Mapped[str] = mapped_column(String(300))
    rows: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class ShipmentExportLine(Base):
    """An order's waybill as one export told the shop. The same order with another waybill (voided and issued
    again) is a new line, marked as a change; the same waybill is never told twice."""

    __tablename__ = "shipment_export_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("shipment_export.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40))
    courier_code: Mapped[str] = mapped_column(String(16))
    change: Mapped[bool] = mapped_column(Boolean, default=False)  # the order was told another waybill before
    __table_args__ = (UniqueConstraint("order_id", "waybill_no"),)
