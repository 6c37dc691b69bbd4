"""Finding an order: one search box for any of an order's numbers, the desk's filters, one order opened with its
lines, parcels and full history, and today's backlog per courier and shop.

* `search(db, query, filters, limit, offset)` — light rows, newest first. The query is matched exactly (after
  trimming) against the order number, buyer ID, recipient name, the phone's last four digits (a query of four
  digits), a waybill number and a SKU; every key has an index (app.models.order_find), so a search costs the
  same at a million orders as at a hundred. A number that many orders share (a SKU, a common name) is looked
  for in its newest MAX_MATCHES orders.
* `open_order(db, order_no)` — the detail: lines, notes, flag, parcels and the history (import, payment, every
  scan, weight, label, reprint, void, hold, override, edit, case and handover, with who and when), from the audit
  log, the scan log, the print log and the order's and parcels' own timestamps.
* `backlog(db, day)` — to pack, on hold, packed and picked up, per courier and per shop.

Recipients are shown as a privacy waybill shows them (app.domain.privacy): name, phone and the unit/room part of
the address masked, unless the viewer's stored role may see phones (Action.VIEW_PHONES). Read-only: nothing
here changes the database.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select, union
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.errors import ServiceError
from ..domain.permissions import Action, allowed
from ..domain.privacy import mask_address, mask_name, mask_phone
from ..models import (
    AuditLog, Courier, ExceptionCase, Flag, Operator, Order, OrderLine, OrderStatus, Parcel, ParcelStatus, Pickup,
    PickupParcel, PickupStatus, PrintJob, Product, ReturnReceipt, ScanEvent, Station, StockMove,
)
from ..models.order_find import phone_last4
from . import courier_rules
from .reporting import day_range

DATE_FIELDS = ("imported", "paid", "shipped")
DATE_COLUMNS = {"imported": Order.imported_at, "paid": Order.paid_at, "shipped": Order.shipped_at}
MAX_LIMIT = 1000
MAX_QUERY = 64
MAX_MATCHES = 10_000   # a search looks at the newest this many orders that have the number (a SKU sold all year)


class OrderFindError(ServiceError):
    """The search or the order cannot be given as asked; the message says why."""


# ------------------------------------------------------------------------------------------------ filters
@dataclass(frozen=True)
class Filters:
    """What the list is narrowed to; None (or empty) is "any". Dates are local days, both ends included."""

    status: str | None = None        # an OrderStatus value
    flag: str | None = None          # a Flag value
    shop: str | None = None
    courier: str | None = None       # courier code
    date_field: str = "imported"     # imported, paid or shipped
    date_from: date | None = None
    date_to: date | None = None
    packer: str | None = None        # operator code
    has_note: bool | None = None     # a buyer's or shop's note (True), none (False)
    held_reason: str | None = None   # on hold (yellow) for exactly this reason


@dataclass(frozen=True)
class Choices:
    """What the desk's filter combos offer (values; the screen words them)."""

    statuses: list[str]
    flags: list[str]
    shops: list[str]
    couriers: list[str]
    packers: list[tuple[str, str]]   # (code, name)
    held_reasons: list[str]
    date_fields: tuple[str, ...] = DATE_FIELDS


# --------------------------------------------------------------------------------------------------- rows
@dataclass(frozen=True)
class OrderRow:
    order_no: str
    shop: str
    buyer_id: str
    recipient: str          # masked unless the viewer may see it
    phone: str              # masked unless the viewer may see it
    status: str
    flag: str
    flag_reason: str
    refund_requested: bool
    courier: str            # code, '' when none yet
    packer: str             # name, '' when none
    lines: int
    units: int
    waybill: str            # the newest parcel that is not void ('' when none)
    imported_at: datetime
    paid_at: datetime | None
    shipped_at: datetime | None


@dataclass(frozen=True)
class LineView:
    line_no: int
    sku: str
    name: str
    style: str
    colour: str
    size: str
    ordered: int
    packed: int
    title: str


@dataclass(frozen=True)
class ParcelView:
    waybill_no: str
    courier: str
    status: str
    weight_g: int
    expected_weight_g: int
    packer: str
    station: str
    created_at: datetime
    printed_at: datetime | None
    reprints: int
    voided_at: datetime | None
    void_reason: str
    picked_up_at: datetime | None


@dataclass(frozen=True)
class HistoryEvent:
    """One thing that happened to the order. `kind` says what (imported, paid, scan, weight, label, print,
    picked_up, case, case_resolved, stock, return, or the audit action: set_flag, edit_order, reprint,
    void_waybill, override_weight, …); `source` where it was read (order, parcel, scan, audit, print, case,
    pickup, stock, return). `code`/`result` are a scan's code and outcome, `changes` an audit row's
    {field: (before, after)}."""

    ts: datetime
    kind: str
    source: str
    who: str = ""
    station: str = ""
    code: str = ""
    result: str = ""
    qty: int = 0
    reason: str = ""
    changes: dict = field(default_factory=dict)
    what: str = ""          # a scan's kind: order, item, weight, label, command, put_back, claim


@dataclass(frozen=True)
class OrderDetail:
    order_no: str
    shop: str
    channel: str
    buyer_id: str
    recipient: str
    phone: str
    address: str            # province city district street, the unit/room masked unless the viewer may see it
    status: str
    flag: str
    flag_reason: str
    refund_requested: bool
    courier: str
    packer: str
    station: str
    amount: str
    weight_g: int | None
    buyer_note: str
    seller_note: str
    revision: int
    imported_at: datetime
    paid_at: datetime | None
    shipped_at: datetime | None
    masked: bool
    lines: list[LineView]
    parcels: list[ParcelView]
    history: list[HistoryEvent]
    courier_why: dict = field(default_factory=dict)    # why this courier (app.domain.courier_choice)
    courier_question: dict | None = None               # the open courier question, if any


@dataclass(frozen=True)
class BacklogCount:
    key: str               # courier code or shop ('' = none yet)
    to_pack: int = 0
    on_hold: int = 0
    packed: int = 0
    picked_up: int = 0


@dataclass(frozen=True)
class Backlog:
    day: date
    total: BacklogCount
    couriers: list[BacklogCount]
    shops: list[BacklogCount]


# ------------------------------------------------------------------------------------------------ helpers
def _may_see(s: Session, viewer) -> bool:
    """Whether the viewer's stored role (never the one handed over) may see recipients unmasked."""
    op = s.get(Operator, viewer.id) if viewer is not None and isinstance(getattr(viewer, "id", None), int) else None
    return op is not None and op.active and allowed(op.role.value, Action.VIEW_PHONES)


def _clean_query(query: str | None) -> str:
    q = (query or "").strip()
    if len(q) > MAX_QUERY:
        raise OrderFindError("a search is at most {n} characters, not {length}", n=MAX_QUERY, length=len(q))
    return q


def _matching_ids(q: str):
    """The ids of the orders that have `q` as any of their numbers (each branch uses its own index)."""
    texts = sorted({q, q.upper()})
    branches = [
        select(Order.id).where(Order.order_no.in_(texts)),
        select(Order.id).where(Order.buyer_id == q),
        select(Order.id).where(Order.recipient_name == q),
        select(Parcel.order_id).where(Parcel.waybill_no.in_(texts)),
        select(OrderLine.order_id).where(OrderLine.product_id.in_(select(Product.id).where(Product.sku.in_(texts)))),
    ]
    if len(q) == 4 and q.isdigit():
        branches.append(select(Order.id).where(phone_last4(Order.phone) == q))
    return union(*branches)


def _given(value: str | None, allowed_values, refusal: OrderFindError) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed_values:
        raise refusal
    return value


def _conditions(s: Session, f: Filters) -> list:
    """The filters as WHERE conditions; an unknown value is refused by name."""
    out = []
    status = _given(f.status, {m.value for m in OrderStatus},
                    OrderFindError("no such status: {value}", value=f.status))
    if status:
        out.append(Order.status == OrderStatus(status))
    flag = _given(f.flag, {m.value for m in Flag}, OrderFindError("no such flag: {value}", value=f.flag))
    if flag:
        out.append(Order.flag == Flag(flag))
    if f.shop:
        out.append(Order.shop == f.shop)
    if f.courier:
        cid = s.scalar(select(Courier.id).where(Courier.code == f.courier.strip().upper()))
        if cid is None:
            raise OrderFindError("no courier {code}", code=f.courier)
        # the courier chosen for the order, or the one whose waybill it went out with
        # (OFFSET 0 keeps PostgreSQL from hashing every parcel of the courier first: checked order by order)
        out.append(or_(Order.courier_id == cid, select(Parcel.id).where(
            Parcel.order_id == Order.id, Parcel.courier_id == cid, Parcel.status != ParcelStatus.VOID)
            .offset(0).exists()))
    if f.packer:
        pid = s.scalar(select(Operator.id).where(Operator.code == f.packer.strip()))
        if pid is None:
            raise OrderFindError("no operator {code}", code=f.packer)
        out.append(Order.packing_operator_id == pid)
    if f.date_from is not None or f.date_to is not None:
        _given(f.date_field, DATE_FIELDS, OrderFindError(
            "no such date field: {value} (imported, paid or shipped)", value=f.date_field))
        col = DATE_COLUMNS[f.date_field]
        first, last = f.date_from or f.date_to, f.date_to or f.date_from
        if last < first:
            raise OrderFindError("the date range ends ({last}) before it starts ({first})", first=first, last=last)
        start, end = day_range(first, last)
        out += [col >= start, col < end]
    if f.has_note is True:
        out.append(or_(Order.buyer_note != "", Order.seller_note != ""))
    elif f.has_note is False:
        out.append(and_(Order.buyer_note == "", Order.seller_note == ""))
    if f.held_reason:
        out += [Order.flag == Flag.YELLOW, Order.flag_reason == f.held_reason]
    return out


def _newest_first(f: Filters | None) -> tuple:
    """Newest first: by id, or within a date range by that date (then id), so that the date's index gives the
    order and a range of months is not sorted row by row."""
    if f is not None and (f.date_from is not None or f.date_to is not None):
        return DATE_COLUMNS[f.date_field].desc(), Order.id.desc()
    return (Order.id.desc(),)


# ------------------------------------------------------------------------------------------------- search
def search(db: Database, query: str = "", filters: Filters | None = None, limit: int = 100, offset: int = 0,
           *, viewer=None) -> list[OrderRow]:
    """Orders matching `query` (any of their numbers; empty: all) and `filters`, newest first (by the date
    filtered on, if any), `limit` rows from `offset`. A page shorter than `limit` is the last."""
    if not 1 <= limit <= MAX_LIMIT:
        raise OrderFindError("a page is 1 to {max} rows, not {limit}", max=MAX_LIMIT, limit=limit)
    if offset < 0:
        raise OrderFindError("a page cannot start before the first row ({offset})", offset=offset)
    q = _clean_query(query)
    with db.session() as s:
        where = _conditions(s, filters or Filters())
        if q:
            # the matching ids first, each key through its own index, then the rows: asked in one statement,
            # PostgreSQL walks the whole table newest first looking for the few that match
            m = _matching_ids(q).subquery()
            ids = list(s.scalars(select(m.c[0]).order_by(m.c[0].desc()).limit(MAX_MATCHES)))
            if not ids:
                return []
            where.append(Order.id.in_(ids))
        stmt = (select(Order.id, Order.order_no, Order.shop, Order.buyer_id, Order.recipient_name, Order.phone,
                       Order.status, Order.flag, Order.flag_reason, Order.refund_requested, Order.courier_id,
                       Order.packing_operator_id, Order.imported_at, Order.paid_at, Order.shipped_at)
                .where(*where).order_by(*_newest_first(filters)).limit(limit).offset(offset))
        found = s.execute(stmt).all()
        if not found:
            return []
        ids = [r.id for r in found]
        counts = {oid: (n, u) for oid, n, u in s.execute(
            select(OrderLine.order_id, func.count(), func.coalesce(func.sum(OrderLine.qty), 0))
            .where(OrderLine.order_id.in_(ids)).group_by(OrderLine.order_id))}
        waybills: dict[int, str] = {}
        sent_with: dict[int, int] = {}
        for oid, wb, status, cid in s.execute(select(Parcel.order_id, Parcel.waybill_no, Parcel.status,
                                                     Parcel.courier_id)
                                              .where(Parcel.order_id.in_(ids)).order_by(Parcel.id)):
            if status is not ParcelStatus.VOID:
                waybills[oid], sent_with[oid] = wb, cid
        couriers = dict(s.execute(select(Courier.id, Courier.code)).all())
        op_ids = {r.packing_operator_id for r in found if r.packing_operator_id}
        packers = dict(s.execute(select(Operator.id, Operator.name).where(Operator.id.in_(op_ids))).all()
                       ) if op_ids else {}
        see = _may_see(s, viewer)
        return [OrderRow(
            order_no=r.order_no, shop=r.shop, buyer_id=r.buyer_id,
            recipient=r.recipient_name if see else mask_name(r.recipient_name),
            phone=r.phone if see else mask_phone(r.phone), status=r.status.value, flag=r.flag.value,
            flag_reason=r.flag_reason, refund_requested=r.refund_requested,
            courier=couriers.get(r.courier_id or sent_with.get(r.id), ""),
            packer=packers.get(r.packing_operator_id, ""), lines=counts.get(r.id, (0, 0))[0],
            units=int(counts.get(r.id, (0, 0))[1]), waybill=waybills.get(r.id, ""), imported_at=r.imported_at,
            paid_at=r.paid_at, shipped_at=r.shipped_at) for r in found]


def resolve(db: Database, code: str) -> str | None:
    """The order a scanned code names: an order number, or a waybill number of one of its parcels."""
    q = (code or "").strip()
    if not q or len(q) > MAX_QUERY:
        return None
    texts = sorted({q, q.upper()})
    with db.session() as s:
        no = s.scalar(select(Order.order_no).where(Order.order_no.in_(texts)).limit(1))
        if no is None:
            no = s.scalar(select(Order.order_no).join(Parcel, Parcel.order_id == Order.id)
                          .where(Parcel.waybill_no.in_(texts)).order_by(Parcel.id.desc()).limit(1))
        return no


def choices(db: Database) -> Choices:
    """The values the filters offer: shops and held reasons in use, couriers, packers."""
    with db.session() as s:
        shops = [x for x in s.scalars(select(Order.shop).distinct().order_by(Order.shop)) if x]
        reasons = [x for x in s.scalars(select(Order.flag_reason).where(Order.flag == Flag.YELLOW)
                                        .distinct().order_by(Order.flag_reason)) if x]
        couriers = list(s.scalars(select(Courier.code).where(Courier.active.is_(True)).order_by(Courier.code)))
        packers = [(c, n) for c, n in s.execute(select(Operator.code, Operator.name).where(Operator.active.is_(True))
                                                .order_by(Operator.code))]
        return Choices([m.value for m in OrderStatus], [m.value for m in Flag], shops, couriers, packers, reasons)


# ------------------------------------------------------------------------------------------------ one order
def _changes(before: str, after: str) -> dict:
    """An audit row's before/after JSON as {field: (before, after)}, only what changed."""
    def load(text):
        try:
            v = json.loads(text) if text else {}
        except ValueError:
            return {"": text}
        return v if isinstance(v, dict) else {"": v}

    b, a = load(before), load(after)
    return {k: (b.get(k), a.get(k)) for k in list(dict.fromkeys([*b, *a])) if b.get(k) != a.get(k)}


def _history(s: Session, o: Order, parcels: list[Parcel], names: dict[int, str], stations: dict[int, str]
             ) -> list[HistoryEvent]:
    ev: list[HistoryEvent] = [HistoryEvent(o.imported_at, "imported", "order", code=o.source)]
    if o.paid_at:
        ev.append(HistoryEvent(o.paid_at, "paid", "order"))
    for e in s.scalars(select(ScanEvent).where(ScanEvent.order_id == o.id).order_by(ScanEvent.id)):
        ev.append(HistoryEvent(e.ts, "scan", "scan", names.get(e.operator_id, ""),
                               stations.get(e.station_id, ""), code=e.code, result=e.result, qty=e.qty,
                               reason=e.detail, what=e.kind))
    for p in parcels:
        who, st = names.get(p.packer_id, ""), stations.get(p.station_id, "")
        ev.append(HistoryEvent(p.weighed_at, "weight", "parcel", who, st, code=p.waybill_no, qty=p.weight_g,
                               changes={"expected_weight_g": (None, p.expected_weight_g)}))
        if p.weight_override_by:
            ev.append(HistoryEvent(p.weighed_at, "weight_accepted", "parcel", names.get(p.weight_override_by, ""),
                                   st, code=p.waybill_no, qty=p.weight_g))
        ev.append(HistoryEvent(p.created_at, "waybill", "parcel", who, st, code=p.waybill_no))
        if p.printed_at:
            ev.append(HistoryEvent(p.printed_at, "label", "parcel", who, st, code=p.waybill_no))
        if p.voided_at:
            ev.append(HistoryEvent(p.voided_at, "voided", "parcel", code=p.waybill_no, reason=p.void_reason))
    waybills = [p.waybill_no for p in parcels]
    if waybills:
        for j in s.scalars(select(PrintJob).where(PrintJob.waybill_no.in_(waybills)).order_by(PrintJob.id)):
            ev.append(HistoryEvent(j.sent_at or j.created_at, "print", "print", code=j.waybill_no,
                                   result=j.status.value, qty=j.attempts,
                                   reason=j.error, changes={"reprint": (None, j.reprint), "backup": (None, j.backup)}))
        for pp, pk in s.execute(select(PickupParcel, Pickup).join(Pickup, Pickup.id == PickupParcel.pickup_id)
                                .join(Parcel, Parcel.id == PickupParcel.parcel_id)
                                .where(Parcel.order_id == o.id)):
            wb = next((p.waybill_no for p in parcels if p.id == pp.parcel_id), "")
            ev.append(HistoryEvent(pp.scanned_at, "pickup_scan", "pickup", names.get(pp.scanned_by, ""),
                                   stations.get(pk.station_id, ""), code=wb))
            if pk.status is PickupStatus.CLOSED and pk.closed_at:
                ev.append(HistoryEvent(pk.closed_at, "picked_up", "pickup", names.get(pk.closed_by, ""),
                                       stations.get(pk.station_id, ""), code=wb, reason=pk.courier_person))
    case_ids: list[str] = []
    for c in s.scalars(select(ExceptionCase).where(ExceptionCase.order_id == o.id).order_by(ExceptionCase.id)):
        case_ids.append(str(c.id))
        ev.append(HistoryEvent(c.created_at, "case", "case", names.get(c.created_by, ""),
                               stations.get(c.station_id, ""), result=c.kind.value, reason=c.reason))
        if c.resolved_at:
            ev.append(HistoryEvent(c.resolved_at, "case_resolved", "case", names.get(c.resolved_by, ""),
                                   result=c.kind.value, reason=c.outcome))
    for m in s.scalars(select(StockMove).where(StockMove.order_id == o.id).order_by(StockMove.id)):
        ev.append(HistoryEvent(m.ts, "stock", "stock", names.get(m.actor_id, ""), result=m.kind, qty=m.delta,
                               reason=m.reason))
    for r in s.scalars(select(ReturnReceipt).where(ReturnReceipt.order_id == o.id).order_by(ReturnReceipt.id)):
        ev.append(HistoryEvent(r.received_at, "return", "return", names.get(r.received_by, ""),
                               stations.get(r.station_id, ""), code=r.waybill_no, result=r.condition,
                               reason=r.reason))
    # the audit log: rows about the order, its lines, its parcels and its cases (each through the
    # (entity, entity_id) index); the station writes a weight override under the order's id
    about = [and_(AuditLog.entity == "order", AuditLog.entity_id == o.order_no),
             and_(AuditLog.entity == "order", AuditLog.entity_id == str(o.id), AuditLog.action == "override_weight")]
    line_ids = [str(i) for i in s.scalars(select(OrderLine.id).where(OrderLine.order_id == o.id))]
    if line_ids:
        about.append(and_(AuditLog.entity == "order_line", AuditLog.entity_id.in_(line_ids)))
    if waybills:
        about.append(and_(AuditLog.entity == "parcel", AuditLog.entity_id.in_(waybills)))
    if case_ids:
        about.append(and_(AuditLog.entity == "case", AuditLog.entity_id.in_(case_ids)))
    for a in s.scalars(select(AuditLog).where(or_(*about)).order_by(AuditLog.id)):
        ev.append(HistoryEvent(a.ts, a.action, "audit", names.get(a.actor_id, ""), stations.get(a.station_id, ""),
                               code=a.entity_id if a.entity != "order" else "", reason=a.reason,
                               changes=_changes(a.before, a.after)))
    ev.sort(key=lambda e: e.ts)
    return ev


def open_order(db: Database, order_no: str, *, viewer=None) -> OrderDetail:
    """One order with its lines, notes, flag, parcels and full history (oldest first)."""
    no = (order_no or "").strip()
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        if o is None:
            raise OrderFindError("no order {order_no}", order_no=no)
        names = dict(s.execute(select(Operator.id, Operator.name)).all())
        stations = dict(s.execute(select(Station.id, Station.name)).all())
        couriers = dict(s.execute(select(Courier.id, Courier.code)).all())
        lines = [LineView(line.line_no, p.sku, p.name, p.style, p.colour, p.size, line.qty, line.scanned_qty,
                          line.title)
                 for line, p in s.execute(select(OrderLine, Product).join(Product, Product.id == OrderLine.product_id)
                                          .where(OrderLine.order_id == o.id).order_by(OrderLine.line_no))]
        parcels = list(s.scalars(select(Parcel).where(Parcel.order_id == o.id).order_by(Parcel.id)))
        picked = dict(s.execute(select(PickupParcel.parcel_id, Pickup.closed_at)
                                .join(Pickup, Pickup.id == PickupParcel.pickup_id)
                                .where(PickupParcel.parcel_id.in_([p.id for p in parcels]),
                                       Pickup.status == PickupStatus.CLOSED)).all()) if parcels else {}
        see = _may_see(s, viewer)
        street = o.address if see else mask_address(o.address)
        return OrderDetail(
            order_no=o.order_no, shop=o.shop, channel=o.channel, buyer_id=o.buyer_id,
            recipient=o.recipient_name if see else mask_name(o.recipient_name),
            phone=o.phone if see else mask_phone(o.phone),
            address=" ".join(x for x in (o.province, o.city, o.district, street) if x),
            status=o.status.value, flag=o.flag.value, flag_reason=o.flag_reason,
            refund_requested=o.refund_requested,
            courier=couriers.get(o.courier_id or next((p.courier_id for p in reversed(parcels)
                                                       if p.status is not ParcelStatus.VOID), None), ""),
            packer=names.get(o.packing_operator_id, ""), station=stations.get(o.packing_station_id, ""),
            amount=str(o.amount), weight_g=o.weight_g, buyer_note=o.buyer_note, seller_note=o.seller_note,
            revision=o.revision, imported_at=o.imported_at, paid_at=o.paid_at, shipped_at=o.shipped_at,
            masked=not see, lines=lines,
            parcels=[ParcelView(p.waybill_no, couriers.get(p.courier_id, ""), p.status.value, p.weight_g,
                                p.expected_weight_g, names.get(p.packer_id, ""), stations.get(p.station_id, ""),
                                p.created_at, p.printed_at, p.reprints, p.voided_at, p.void_reason,
                                picked.get(p.id)) for p in parcels],
            history=_history(s, o, parcels, names, stations),
            courier_why=courier_rules.reason_of(o), courier_question=courier_rules.question(s, o.id))


# -------------------------------------------------------------------------------------------------- backlog
def backlog(db: Database, day: date) -> Backlog:
    """The day at a glance, per courier and per shop: to pack (open, not held, no refund asked), on hold (open,
    held or refund asked), packed (a label printed that day, not void) and picked up (in a pickup of that day
    that was closed)."""
    start, end = day_range(day)
    waiting = Order.status.in_((OrderStatus.OPEN, OrderStatus.PACKING))
    held = or_(Order.flag == Flag.YELLOW, Order.refund_requested.is_(True))
    with db.session() as s:
        couriers = dict(s.execute(select(Courier.id, Courier.code)).all())
        counts: dict[tuple[str, str], dict[str, int]] = {}

        def add(what: str, stmt) -> None:
            for courier_id, shop, n in s.execute(stmt):
                key = (couriers.get(courier_id, "") if courier_id else "", shop or "")
                counts.setdefault(key, {})[what] = counts.get(key, {}).get(what, 0) + n

        by = (Order.courier_id, Order.shop)
        add("to_pack", select(*by, func.count()).where(waiting, ~held).group_by(*by))
        add("on_hold", select(*by, func.count()).where(waiting, held).group_by(*by))
        add("packed", select(Parcel.courier_id, Order.shop, func.count(func.distinct(Order.id)))
            .join(Order, Order.id == Parcel.order_id)
            .where(Parcel.printed_at >= start, Parcel.printed_at < end, Parcel.status == ParcelStatus.PRINTED)
            .group_by(Parcel.courier_id, Order.shop))
        # the day's closed pickups first (a few rows), then their parcels through pickup_parcel's index
        pickups = list(s.scalars(select(Pickup.id).where(Pickup.day == day, Pickup.status == PickupStatus.CLOSED)))
        if pickups:
            add("picked_up", select(Parcel.courier_id, Order.shop, func.count(func.distinct(Order.id)))
                .select_from(PickupParcel).join(Parcel, Parcel.id == PickupParcel.parcel_id)
                .join(Order, Order.id == Parcel.order_id).where(PickupParcel.pickup_id.in_(pickups))
                .group_by(Parcel.courier_id, Order.shop))

    def rows(pos: int) -> list[BacklogCount]:
        merged: dict[str, dict[str, int]] = {}
        for key, c in counts.items():
            m = merged.setdefault(key[pos], {})
            for what, n in c.items():
                m[what] = m.get(what, 0) + n
        return [BacklogCount(k, **v) for k, v in sorted(merged.items())]

    per_courier, per_shop = rows(0), rows(1)
    total = BacklogCount("", *(sum(getattr(r, f) for r in per_courier) for f in ("to_pack", "on_hold", "packed",
                                                                                  "picked_up")))
    return Backlog(day, total, per_courier, per_shop)
