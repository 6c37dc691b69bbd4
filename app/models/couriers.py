"""Couriers' e-waybill side (migration 0011): the account a courier's numbers are ordered with, per shop, and
the numbers fetched ahead of need (app.services.ewaybill.pool).

A number loaded as a range (号段) stays in ``waybill_number``; a number ordered from an e-waybill service
(电子面单) is ordered for one order — its sort code (三段码 / 大头笔) and 集包地 depend on the address — so it
lives here, with what the provider answered, until the parcel takes it or it is cancelled."""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .entities import _enum


class CourierAccount(Base):
    """One e-waybill account: for ``courier`` and ``shop`` ('' = every shop without an account of its own).

    The fields are 快递100's (https://api.kuaidi100.com/document/dianzimiandanV2): ``api_key`` / ``api_secret``
    sign every request (key 授权码, secret from the 企业管理后台); partner_id … check_man are the courier's
    own account values that its 参数字典 (https://api.kuaidi100.com/document/5f0ff6e82977d50a94e10237) says
    each courier needs (ZTO: partnerId 电子面单账号, partnerKey 打单密钥, net 网点编码, code "ztoOpen" …)."""

    __tablename__ = "courier_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    shop: Mapped[str] = mapped_column(String(64), default="")
    provider: Mapped[str] = mapped_column(String(16), default="kuaidi100")
    endpoint: Mapped[str] = mapped_column(String(200), default="https://api.kuaidi100.com/label/order")
    api_key: Mapped[str] = mapped_column(String(64), default="")
    api_secret: Mapped[str] = mapped_column(String(128), default="")
    kuaidicom: Mapped[str] = mapped_column(String(32), default="")
    partner_id: Mapped[str] = mapped_column(String(64), default="")
    partner_key: Mapped[str] = mapped_column(String(128), default="")
    partner_secret: Mapped[str] = mapped_column(String(128), default="")
    partner_name: Mapped[str] = mapped_column(String(64), default="")
    net: Mapped[str] = mapped_column(String(64), default="")
    code: Mapped[str] = mapped_column(String(64), default="")
    check_man: Mapped[str] = mapped_column(String(64), default="")
    exp_type: Mapped[str] = mapped_column(String(32), default="")   # 产品类型: 标准快递 …
    prefetch: Mapped[int] = mapped_column(Integer, default=20)      # numbers kept ready
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the provider's last refusal that needs a person (单量不足, a wrong key …), as the English template and
    # its values in JSON ({"template": …, "params": …}); '' once a number comes through again
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_at: Mapped[datetime | None]
    __table_args__ = (UniqueConstraint("courier_id", "shop"),)


class EWaybillStatus(str, enum.Enum):
    READY = "ready"            # fetched for an order, waiting for its parcel
    USED = "used"              # on a parcel
    CANCELLED = "cancelled"    # given back through the provider's cancel call
    CANCEL_FAILED = "cancel_failed"  # the provider refused the cancel (it says why in ``note``)


class EWaybill(Base):
    """One number ordered from an e-waybill account for one order, with what the answer gave for its label."""

    __tablename__ = "ewaybill"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("courier_account.id"))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    number: Mapped[str] = mapped_column(String(40))
    status: Mapped[EWaybillStatus] = mapped_column(_enum(EWaybillStatus), default=EWaybillStatus.READY)
    sort_code: Mapped[str] = mapped_column(String(64), default="")      # 大头笔 / 三段码 (bulkpen)
    hub: Mapped[str] = mapped_column(String(64), default="")            # 集包地 (pkgName)
    hub_code: Mapped[str] = mapped_column(String(32), default="")       # 集包编码 (pkgCode)
    virtual_phone: Mapped[str] = mapped_column(String(40), default="")  # privacy number, when given
    task_id: Mapped[str] = mapped_column(String(64), default="")
    kd_order_num: Mapped[str] = mapped_column(String(64), default="")   # needed by cancel when given
    # the recipient it was ordered for (name, phone, address hashed): the routing is for that address, so an
    # order whose recipient changed afterwards does not take it (it is cancelled and ordered again)
    recipient_key: Mapped[str] = mapped_column(String(16), default="")
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("courier_id", "number"),
        Index("ix_ewaybill_order", "order_id", "status"),
        Index("ix_ewaybill_ready", "courier_id", "status"),
    )
