"""发货回传: the shipped orders of one shop, written in the batch-shipping upload format of its platform, so the
platform marks them shipped (an order not marked in time counts as late against the shop).

One row per order: the order number as the platform gave it, the courier by the platform's name for it, the
waybill number (a multi-parcel order, 子母件: its first parcel's number, the master waybill). Each export is
recorded (`ShipmentExport`, with a line per order and waybill), so:

* nothing is sent twice: an order and waybill already exported is left out of the next file;
* nothing is missed: every shipped order of the shop in the days asked that was not exported is in the file,
  and the summary counts the shop's shipped orders *before* those days that were never exported;
* a waybill voided and issued again (void + re-pack + new label) is exported again, marked as a change: the
  shop must replace the number it uploaded (the platforms take a later upload of the same order as the change
  of its logistics, 修改物流).

The file is written whole before the export is recorded, and removed if recording fails: the records and the
files agree.

The formats (`FORMATS`): the column headers of each platform's batch-shipping template and each platform's
names for the couriers. Taobao/Tmall's (千牛 批量发货: 订单编号, 物流公司, 运单号) are as the issue gives them; the
PDD, Douyin and JD headers and courier names are the usual ones but were NOT checked against a template
downloaded from those seller centres (none was at hand): check each against the template its seller centre
offers before the first upload. A platform that changes its template changes one entry here.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.errors import ServiceError
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    Courier, Order, OrderStatus, Parcel, ParcelStatus, ShipmentExport, ShipmentExportLine, Shop, utcnow,
)
from .audit import audit
from .auth import authorized
from .reporting import day_range


class ExportError(ServiceError):
    """The export cannot be written as asked; nothing was recorded."""


@dataclass(frozen=True)
class Format:
    platform: str
    headers: tuple[str, str, str]         # order number, courier, waybill number
    couriers: dict[str, str]              # our courier code → the platform's name for it


_COMMON = {"SF": "顺丰速运", "ZTO": "中通快递", "YTO": "圆通速递", "STO": "申通快递", "YUNDA": "韵达快递",
           "JD": "京东快递", "EMS": "EMS", "JTSD": "极兔速递", "DBL": "德邦快递"}

FORMATS: dict[str, Format] = {
    # 千牛 卖家中心 → 已卖出的宝贝 → 批量发货 (Taobao and Tmall share it)
    "taobao": Format("taobao", ("订单编号", "物流公司", "运单号"), _COMMON),
    # 拼多多商家后台 → 发货管理 → 批量发货
    "pdd": Format("pdd", ("订单号", "快递公司", "快递单号"),
                  _COMMON | {"YTO": "圆通快递", "JD": "京东配送", "EMS": "邮政EMS"}),
    # 抖店 → 订单 → 批量发货
    "douyin": Format("douyin", ("订单编号", "物流公司", "物流单号"), _COMMON | {"EMS": "中国邮政"}),
    # 京麦 → 订单 → 批量出库
    "jd": Format("jd", ("订单号", "物流公司", "运单号"), _COMMON | {"JD": "京东物流", "EMS": "邮政EMS"}),
    # any other shop: the plain three columns and when it shipped
    "other": Format("other", ("订单编号", "快递公司", "快递单号"), _COMMON),
}


@dataclass(frozen=True)
class ExportRow:
    order_id: int
    order_no: str
    courier_code: str
    courier: str           # the platform's name
    waybill_no: str
    change: bool           # another waybill of this order was exported before
    shipped_at: str


@dataclass(frozen=True)
class ExportResult:
    shop: str
    platform: str
    first: date
    last: date
    path: Path | None        # None: nothing new to export, no file written
    rows: tuple[ExportRow, ...]
    export_id: int | None
    already: int             # shipped in those days and exported before (left out)
    older_unexported: int    # shipped before `first` and never exported: export from an earlier day
    again: bool = False
    headers: tuple[str, ...] = field(default_factory=tuple)


def _shop(s: Session, shop: str) -> Shop:
    key = (shop or "").strip()
    found = s.scalar(select(Shop).where((Shop.code == key) | (Shop.name == key)))
    if found is None:
        raise ExportError("no shop {shop}", shop=key)
    return found


def _orders_of(shop: Shop):
    """Orders of the shop: by name, and those that name none when it is the default shop."""
    return (Order.shop.in_([shop.name, ""]) if shop.is_default else Order.shop == shop.name)


def _master_parcels(s: Session, order_ids: list[int]) -> dict[int, tuple[str, str]]:
    """order id → (waybill, courier code) of its first printed parcel."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(0, len(order_ids), 500):
        q = (select(Parcel.order_id, Parcel.waybill_no, Courier.code).join(Courier, Courier.id == Parcel.courier_id)
             .where(Parcel.order_id.in_(order_ids[i:i + 500]), Parcel.status == ParcelStatus.PRINTED)
             .order_by(Parcel.order_id, Parcel.id))
        for oid, wb, code in s.execute(q):
            out.setdefault(oid, (wb, code))
    return out


def _exported(s: Session, order_ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for i in range(0, len(order_ids), 500):
        for oid, wb in s.execute(select(ShipmentExportLine.order_id, ShipmentExportLine.waybill_no)
                                 .where(ShipmentExportLine.order_id.in_(order_ids[i:i + 500]))):
            out.setdefault(oid, set()).add(wb)
    return out


def _write(path: Path, fmt: Format, rows: list[ExportRow]) -> None:
    """The file, whole, via a temporary file beside it (a reader never sees half a file)."""
    tmp = path.with_name(f".{path.name}.part")
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "批量发货"
        ws.append(list(fmt.headers))
        for r in rows:
            ws.append([r.order_no, r.courier, r.waybill_no])
        for col in ("A", "C"):  # long numbers as text: never 3.11707E+17
            for cell in ws[col][1:]:
                cell.number_format = "@"
        wb.save(tmp)
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(fmt.headers)
        for r in rows:
            w.writerow([r.order_no, r.courier, r.waybill_no])
        # GB18030 (a superset of GBK): what the seller centres read a CSV as, and what Excel on a Chinese
        # Windows opens without garbling
        tmp.write_bytes(buf.getvalue().encode("gb18030"))
    os.replace(tmp, path)


def export_shipments(db: Database, actor: Actor, shop: str, first: date, last: date, out: Path | str,
                     again: bool = False) -> ExportResult:
    """Writes `out` (.csv or .xlsx) with the shop's orders shipped from `first` to `last` (local days) that were
    not exported yet, and records them. `again`: the whole range, exported or not (a file that was lost), not
    recorded a second time."""
    out = Path(out)
    with authorized(db, actor, Action.EXPORT_SHIPMENTS) as (s, actor):
        if last < first:
            raise ExportError("the range ends ({last}) before it starts ({first})", first=first, last=last)
        if (last - first).days > 92:
            raise ExportError("export at most 93 days at once")
        if out.suffix.lower() not in (".csv", ".xlsx"):
            raise ExportError("the file must end in .csv or .xlsx, not “{name}”", name=out.name)
        if not out.parent.is_dir():
            raise ExportError("no folder {folder}", folder=str(out.parent))
        sh = _shop(s, shop)
        fmt = FORMATS.get(sh.platform.value, FORMATS["other"])
        start, end = day_range(first, last)
        orders = s.execute(select(Order.id, Order.order_no, Order.shipped_at)
                           .where(_orders_of(sh), Order.status == OrderStatus.SHIPPED,
                                  Order.shipped_at >= start, Order.shipped_at < end)
                           .order_by(Order.shipped_at, Order.id)).all()
        ids = [o.id for o in orders]
        masters = _master_parcels(s, ids)
        done = _exported(s, ids)
        rows: list[ExportRow] = []
        already = 0
        for oid, no, shipped_at in orders:
            if oid not in masters:
                continue
            wb, code = masters[oid]
            told = done.get(oid, set())
            if wb in told and not again:
                already += 1
                continue
            rows.append(ExportRow(oid, no, code, fmt.couriers.get(code) or _courier_name(s, code), wb,
                                  bool(told - {wb}), shipped_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")))
        older = s.scalar(select(func.count(Order.id)).where(
            _orders_of(sh), Order.status == OrderStatus.SHIPPED, Order.shipped_at < start,
            ~select(ShipmentExportLine.id).where(ShipmentExportLine.order_id == Order.id).exists())) or 0
        result = dict(shop=sh.name, platform=fmt.platform, first=first, last=last, already=already,
                      older_unexported=int(older), again=again, headers=fmt.headers)
        if not rows:
            return ExportResult(path=None, rows=(), export_id=None, **result)
        batch = ShipmentExport(shop_id=sh.id, platform=fmt.platform, first_day=first, last_day=last,
                               filename=out.name[:300], rows=len(rows), created_at=utcnow(), actor_id=actor.id)
        s.add(batch)
        s.flush()
        s.add_all(ShipmentExportLine(export_id=batch.id, order_id=r.order_id, waybill_no=r.waybill_no,
                                     courier_code=r.courier_code, change=r.change)
                  for r in rows if r.waybill_no not in done.get(r.order_id, ()))  # --again: recorded once
        audit(s, actor, "export_shipments", "shop", sh.code, "", None,
              {"export": batch.id, "file": out.name, "first": first.isoformat(), "last": last.isoformat(),
               "rows": len(rows), "changes": sum(r.change for r in rows), "again": again})
        s.flush()
        export_id = batch.id
        _write(out, fmt, rows)
        try:
            s.commit()  # the records, now that the file is whole; if they cannot be kept, neither is the file
        except Exception:
            out.unlink(missing_ok=True)
            raise
        return ExportResult(path=out, rows=tuple(rows), export_id=export_id, **result)


def _courier_name(s: Session, code: str) -> str:
    return s.scalar(select(Courier.name).where(Courier.code == code)) or code


def summary(r: ExportResult) -> str:
    """What an export did, for the IT console (English)."""
    days = r.first.isoformat() if r.first == r.last else f"{r.first.isoformat()} to {r.last.isoformat()}"
    lines = []
    if r.path is None:
        lines.append(f"{r.shop} ({r.platform}), shipped {days}: nothing new to export")
    else:
        changes = sum(x.change for x in r.rows)
        lines.append(f"{r.path.name}: {len(r.rows)} order{'s' if len(r.rows) != 1 else ''} of {r.shop} ({r.platform}),"
                     f" shipped {days}" + (f", {changes} of them a changed waybill (upload replaces the old one)"
                                           if changes else ""))
    if r.already:
        lines.append(f"{r.already} exported before and left out (--again to write them too)")
    if r.older_unexported:
        lines.append(f"warning: {r.older_unexported} order{'s' if r.older_unexported != 1 else ''} shipped before "
                     f"{r.first.isoformat()} never exported: export from an earlier --from")
    return "\n".join(lines)
