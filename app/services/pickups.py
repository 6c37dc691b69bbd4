"""Pickups and handover (交接): shipped parcels are scanned at the dock into the courier's pickup; closing it
gives the handover manifest (交接单) with count, total weight, the parcel list and signature lines.

One function per user action, one session each; the actor's role is checked against the permission matrix and
what changes the record is audited. A refused dock scan is not an exception: it comes back as a `DockScan`
with ``ok`` False and a ``code`` the screen turns into a loud message and a sound.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    Courier, Order, Parcel, ParcelStatus, Pickup, PickupParcel, PickupStatus, Station, utcnow,
)
from .reporting import LedgerError, day_range, need_reason, today
from .audit import audit
from .auth import authorized
from .rows import locked
from .shops import shop_of

# Refusal codes of a dock scan.
OK = "ok"
UNKNOWN_PARCEL = "unknown_parcel"        # no parcel with that waybill (or order) number
OTHER_COURIER = "other_courier"          # the parcel belongs to another courier's pickup
NOT_SHIPPED = "not_shipped"              # waybill taken but the label never confirmed printed
VOID = "void"                            # the waybill was voided
INTERCEPTED = "intercepted"              # refund requested after shipping (拦截): keep it back
ALREADY_SCANNED = "already_scanned"      # already in this pickup
ALREADY_IN_PICKUP = "already_in_pickup"  # in another pickup
PICKUP_CLOSED = "pickup_closed"
AMBIGUOUS_ORDER = "ambiguous_order"      # an order number with several parcels: scan the waybill


@dataclass(frozen=True)
class PickupView:
    id: int
    pickup_no: str
    courier: str
    courier_name: str
    day: date
    status: str
    opened_at: datetime
    closed_at: datetime | None
    courier_person: str
    count: int
    weight_g: int


@dataclass(frozen=True)
class DockScan:
    ok: bool
    code: str
    waybill_no: str
    order_no: str
    parcel_courier: str
    count: int          # parcels in the pickup after this scan
    weight_g: int       # their total weight
    message: str


@dataclass(frozen=True)
class ManifestLine:
    n: int
    waybill_no: str
    order_no: str
    weight_g: int
    province: str
    city: str
    scanned_at: datetime


@dataclass(frozen=True)
class Manifest:
    pickup_id: int
    pickup_no: str
    courier: str
    courier_name: str
    day: date
    status: str
    opened_at: datetime
    closed_at: datetime | None
    station: str
    courier_person: str
    shipper: str
    count: int
    total_weight_g: int
    lines: tuple[ManifestLine, ...]


@dataclass(frozen=True)
class Waiting:
    courier: str
    courier_name: str
    count: int
    weight_g: int


def pickup_no(courier_code: str, day: date, pickup_id: int) -> str:
    return f"{courier_code}-{day:%Y%m%d}-{pickup_id:04d}"


def _courier(s: Session, code: str) -> Courier:
    c = s.scalar(select(Courier).where(Courier.code == (code or "").strip().upper()))
    if c is None:
        raise LedgerError("unknown courier '{code}'", code=code)
    return c


def _pickup(s: Session, pickup_id: int) -> Pickup:
    """The pickup, locked until commit: a scan, a removal and the closing go one after the other, so a
    closed pickup's count is its parcels and no parcel slips into it after it was signed."""
    p = locked(s, Pickup, Pickup.id == pickup_id)
    if p is None:
        raise LedgerError("no pickup {pickup_id}", pickup_id=pickup_id)
    return p


def _totals(s: Session, pickup_id: int) -> tuple[int, int]:
    n, w = s.execute(select(func.count(PickupParcel.id), func.coalesce(func.sum(Parcel.weight_g), 0))
                     .join(Parcel, Parcel.id == PickupParcel.parcel_id)
                     .where(PickupParcel.pickup_id == pickup_id)).one()
    return int(n), int(w)


def _view(s: Session, p: Pickup) -> PickupView:
    c = s.get(Courier, p.courier_id)
    n, w = (p.parcel_count, p.total_weight_g) if p.status is PickupStatus.CLOSED else _totals(s, p.id)
    return PickupView(p.id, pickup_no(c.code, p.day, p.id), c.code, c.name, p.day, p.status.value, p.opened_at,
                      p.closed_at, p.courier_person, n, w)


# ------------------------------------------------------------------------------------------------ actions
def open_pickup(db: Database, actor: Actor, courier_code: str, station_id: int | None = None) -> PickupView:
    """Starts a pickup for the courier, or gives back the one still open for it (one open pickup per courier)."""
    with authorized(db, actor, Action.MANAGE_PICKUP, station_id=station_id) as (s, actor):
        c = _courier(s, courier_code)
        locked(s, Courier, Courier.id == c.id)  # two docks opening at once: one pickup, found by the second
        p = s.scalar(select(Pickup).where(Pickup.courier_id == c.id, Pickup.status == PickupStatus.OPEN))
        if p is None:
            p = Pickup(courier_id=c.id, day=today(), opened_by=actor.id, station_id=station_id)
            s.add(p)
            s.flush()
            audit(s, actor, "open_pickup", "pickup", str(p.id), "", None, {"courier": c.code}, station_id)
        return _view(s, p)


def _find_parcel(s: Session, code: str, courier_id: int) -> tuple[Parcel | None, str]:
    parcels = s.scalars(select(Parcel).where(Parcel.waybill_no == code)).all()
    if parcels:
        mine = [p for p in parcels if p.courier_id == courier_id]
        return (mine or parcels)[0], ""
    order_id = s.scalar(select(Order.id).where(Order.order_no == code))
    if order_id is None:
        return None, UNKNOWN_PARCEL
    live = s.scalars(select(Parcel).where(Parcel.order_id == order_id, Parcel.status != ParcelStatus.VOID)).all()
    if len(live) > 1:
        return None, AMBIGUOUS_ORDER
    if not live:
        return None, NOT_SHIPPED
    return live[0], ""


MESSAGES = {
    OK: "OK",
    UNKNOWN_PARCEL: "不是本仓包裹 no parcel with this number",
    OTHER_COURIER: "不是这家快递 parcel of another courier: {courier}",
    NOT_SHIPPED: "未发货 not shipped: the label was never printed",
    VOID: "已作废 waybill void: do not hand over",
    INTERCEPTED: "拦截 refund requested: keep this parcel back",
    ALREADY_SCANNED: "已扫描 already in this pickup",
    ALREADY_IN_PICKUP: "已交接 already handed over in pickup {pickup}",
    PICKUP_CLOSED: "交接已结束 the pickup is closed",
    AMBIGUOUS_ORDER: "多包裹订单 several parcels: scan the waybill",
}


def scan_parcel(db: Database, actor: Actor, pickup_id: int, code: str) -> DockScan:
    """A parcel scanned at the dock (waybill number, or order number of a one-parcel order) into the pickup."""
    with authorized(db, actor, Action.MANAGE_PICKUP) as (s, actor):
        code = (code or "").strip()
        pk = _pickup(s, pickup_id)
        courier = s.get(Courier, pk.courier_id)

        def answer(result: str, parcel: Parcel | None = None, order_no: str = "", **fmt) -> DockScan:
            n, w = _totals(s, pk.id)
            pc = s.get(Courier, parcel.courier_id).code if parcel else ""
            return DockScan(result == OK, result, parcel.waybill_no if parcel else code, order_no, pc, n, w,
                            MESSAGES[result].format(**fmt))

        if pk.status is not PickupStatus.OPEN:
            return answer(PICKUP_CLOSED)
        parcel, refusal = _find_parcel(s, code, pk.courier_id)
        if parcel is None:
            return answer(refusal)
        parcel = locked(s, Parcel, Parcel.id == parcel.id)  # not voided while it goes onto the pile
        order = s.get(Order, parcel.order_id)
        if parcel.status is ParcelStatus.VOID:
            return answer(VOID, parcel, order.order_no)
        if parcel.status is not ParcelStatus.PRINTED:
            return answer(NOT_SHIPPED, parcel, order.order_no)
        if parcel.courier_id != pk.courier_id:
            return answer(OTHER_COURIER, parcel, order.order_no, courier=s.get(Courier, parcel.courier_id).name)
        if order.refund_requested:
            return answer(INTERCEPTED, parcel, order.order_no)

        def held_answer(held: PickupParcel) -> DockScan:
            if held.pickup_id == pk.id:
                return answer(ALREADY_SCANNED, parcel, order.order_no)
            other = s.get(Pickup, held.pickup_id)
            return answer(ALREADY_IN_PICKUP, parcel, order.order_no,
                          pickup=pickup_no(courier.code, other.day, other.id))

        held = s.scalar(select(PickupParcel).where(PickupParcel.parcel_id == parcel.id))
        if held is not None:
            return held_answer(held)
        try:  # the same parcel scanned into two pickups at once: one keeps it, the other is told where it is
            with s.begin_nested():
                s.add(PickupParcel(pickup_id=pk.id, parcel_id=parcel.id, scanned_by=actor.id))
        except IntegrityError:
            return held_answer(s.scalar(select(PickupParcel).where(PickupParcel.parcel_id == parcel.id)))
        audit(s, actor, "pickup_scan", "pickup", str(pk.id), "", None,
              {"waybill": parcel.waybill_no, "order_no": order.order_no})
        return answer(OK, parcel, order.order_no)


def remove_parcel(db: Database, actor: Actor, pickup_id: int, waybill_no: str, reason: str) -> PickupView:
    """Takes a parcel back out of an open pickup (put on the wrong pile), audited."""
    with authorized(db, actor, Action.MANAGE_PICKUP) as (s, actor):
        reason = need_reason(reason)
        pk = _pickup(s, pickup_id)
        if pk.status is not PickupStatus.OPEN:
            raise LedgerError("the pickup is closed: its manifest is signed")
        row = s.scalar(select(PickupParcel).join(Parcel, Parcel.id == PickupParcel.parcel_id)
                       .where(PickupParcel.pickup_id == pk.id, Parcel.waybill_no == waybill_no.strip()))
        if row is None:
            raise LedgerError("waybill {waybill_no} is not in this pickup", waybill_no=waybill_no)
        s.delete(row)
        s.flush()
        audit(s, actor, "pickup_remove", "pickup", str(pk.id), reason, {"waybill": waybill_no.strip()}, None)
        return _view(s, pk)


def close_pickup(db: Database, actor: Actor, pickup_id: int, courier_person: str = "",
                 station_id: int | None = None) -> Manifest:
    """Closes the pickup: count and weight are fixed and the manifest (交接单) is ready to print and sign."""
    with authorized(db, actor, Action.MANAGE_PICKUP, station_id=station_id) as (s, actor):
        pk = _pickup(s, pickup_id)
        if pk.status is not PickupStatus.OPEN:
            raise LedgerError("the pickup is already closed")
        n, w = _totals(s, pk.id)
        if n == 0:
            raise LedgerError("no parcel was scanned into this pickup")
        pk.status, pk.closed_at, pk.closed_by = PickupStatus.CLOSED, utcnow(), actor.id
        pk.parcel_count, pk.total_weight_g = n, w
        pk.courier_person = (courier_person or "").strip()[:64]
        audit(s, actor, "close_pickup", "pickup", str(pk.id), "", None,
              {"count": n, "weight_g": w, "courier_person": pk.courier_person}, station_id)
        s.flush()
        return _manifest(s, pk)


def _manifest(s: Session, pk: Pickup) -> Manifest:
    c = s.get(Courier, pk.courier_id)
    rows = s.execute(select(Parcel.waybill_no, Order.order_no, Parcel.weight_g, Order.province, Order.city,
                            PickupParcel.scanned_at)
                     .join(Parcel, Parcel.id == PickupParcel.parcel_id)
                     .join(Order, Order.id == Parcel.order_id)
                     .where(PickupParcel.pickup_id == pk.id).order_by(PickupParcel.id)).all()
    lines = tuple(ManifestLine(i, *r) for i, r in enumerate(rows, 1))
    station = s.get(Station, pk.station_id).name if pk.station_id else ""
    # the shipper: the shops whose parcels are handed over (each label carries its own shop's sender)
    names = s.scalars(select(Order.shop).join(Parcel, Parcel.order_id == Order.id)
                      .join(PickupParcel, PickupParcel.parcel_id == Parcel.id)
                      .where(PickupParcel.pickup_id == pk.id).distinct()).all()
    shipper = "、".join(sorted({shop.name for n in names if (shop := shop_of(s, n)) is not None}))
    return Manifest(pk.id, pickup_no(c.code, pk.day, pk.id), c.code, c.name, pk.day, pk.status.value,
                    pk.opened_at, pk.closed_at, station, pk.courier_person, shipper,
                    len(lines), sum(ln.weight_g for ln in lines), lines)


def manifest(db: Database, pickup_id: int) -> Manifest:
    with db.session() as s:
        return _manifest(s, _pickup(s, pickup_id))


def manifest_pdf(db: Database, pickup_id: int) -> bytes:
    """The handover manifest as PDF bytes (A4), with signature lines for the shipper and the courier."""
    from .reports_pdf import manifest_pdf as render

    return render(manifest(db, pickup_id))


def list_pickups(db: Database, day: date | None = None, courier_code: str | None = None) -> list[PickupView]:
    with db.session() as s:
        q = select(Pickup).order_by(Pickup.id)
        if day is not None:
            q = q.where(Pickup.day == day)
        if courier_code:
            q = q.where(Pickup.courier_id == _courier(s, courier_code).id)
        return [_view(s, p) for p in s.scalars(q)]


def waiting(db: Database, days: int = 7) -> list[Waiting]:
    """Per courier, parcels printed in the last ``days`` days and not yet in any pickup (the dock's to-do)."""
    start, end = day_range(today() - timedelta(days=days - 1), today())
    with db.session() as s:
        rows = s.execute(
            select(Courier.code, Courier.name, func.count(Parcel.id), func.coalesce(func.sum(Parcel.weight_g), 0))
            .join(Courier, Courier.id == Parcel.courier_id)
            .outerjoin(PickupParcel, PickupParcel.parcel_id == Parcel.id)
            .where(Parcel.status == ParcelStatus.PRINTED, Parcel.printed_at >= start, Parcel.printed_at < end,
                   PickupParcel.id.is_(None))
            .group_by(Courier.code, Courier.name).order_by(Courier.code)).all()
        return [Waiting(code, name, int(n), int(w)) for code, name, n, w in rows]


def pickup_day(s: Session, parcel_id: int) -> date | None:
    """The handover day of a parcel: the day of the closed pickup it went out with."""
    d = s.scalar(select(Pickup.day).join(PickupParcel, PickupParcel.pickup_id == Pickup.id)
                 .where(PickupParcel.parcel_id == parcel_id))
    return d

