"""The supervisor's exception work: flags and holds, interceptions, short picks, stock, reprint and void,
re-pack, order edits, returns and exchanges, and the exceptions queue.

Every function is one action in one session (`auth.authorized`): the operator behind the actor is read again
and its stored role checked against the permission matrix (a refusal is audited), a reason is asked where the
rules want one, and the audit log gets who, what, when, station, before and after. Inside the session `actor`
is the stored operator. Functions take an authenticated operator (see app.services.auth) and return plain
data.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import ServiceError
from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    CaseKind, CaseStatus, Courier, ExceptionCase, Flag, Order, OrderLine, OrderStatus, Parcel,
    ParcelStatus, Product, ReturnLine, ReturnReceipt, StockMove, WaybillNumber, WaybillStatus, utcnow,
)
from .audit import audit
from .auth import authorized
from . import courier_rules, stock
from .rows import add_to, locked

MAX_REPRINTS = 2


class SupervisorError(ServiceError):
    """The action cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class CaseView:
    id: int
    kind: str
    status: str
    order_no: str
    flag: str
    courier: str
    reason: str
    outcome: str
    created_at: datetime
    age_hours: float
    detail: dict


@dataclass(frozen=True)
class StockView:
    sku: str
    name: str
    stock: int


@dataclass(frozen=True)
class ReturnResult:
    return_id: int
    order_no: str
    packer_on_record: str | None
    exchange_order_no: str | None
    restocked: int


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < 2:
        raise SupervisorError("a reason is required")
    return reason


def _order(s: Session, order_no: str) -> Order:
    """The order, locked until commit (app.services.rows): what is decided from its status, flag and
    revision stays true while this action writes (a station claiming or shipping it waits)."""
    o = locked(s, Order, Order.order_no == order_no.strip(),
               options=(selectinload(Order.lines).selectinload(OrderLine.product),))
    if o is None:
        raise SupervisorError("no order {order_no}", order_no=order_no)
    return o


def open_case(s: Session, kind: CaseKind, order_id: int | None, reason: str, actor_id: int | None = None,
              station_id: int | None = None, detail: dict | None = None, *,
              params: dict | None = None) -> ExceptionCase:
    """Opens a case unless one of the same kind is already open for the order. A reason the program writes
    (not a person) is an English template with `params`: the stored reason is the English sentence, and
    ``detail["reason_template"]`` / ``["reason_params"]`` let the desk say it in its language."""
    if params is not None:
        detail = {**(detail or {}), "reason_template": reason, "reason_params": params}
        reason = ServiceError(reason, **params).args[0]
    if order_id is not None:
        existing = s.scalar(select(ExceptionCase).where(ExceptionCase.order_id == order_id,
                                                        ExceptionCase.kind == kind,
                                                        ExceptionCase.status == CaseStatus.OPEN))
        if existing is not None:
            return existing
    case = ExceptionCase(order_id=order_id, kind=kind, reason=reason, created_by=actor_id, station_id=station_id,
                         detail=json.dumps(detail or {}, ensure_ascii=False))
    s.add(case)
    s.flush()
    return case


def _close_cases(s: Session, order_id: int, kind: CaseKind, actor: Actor, outcome: str) -> None:
    s.execute(update(ExceptionCase).where(ExceptionCase.order_id == order_id, ExceptionCase.kind == kind,
                                          ExceptionCase.status == CaseStatus.OPEN)
              .values(status=CaseStatus.RESOLVED, outcome=outcome, resolved_at=utcnow(), resolved_by=actor.id))


# ------------------------------------------------------------------------------------------ flags and holds
FLAG_OPENS = {Flag.BLUE: "exchange", Flag.PURPLE: "return"}  # the flow a flag opens (seed 000 §21)


def set_flag(db: Database, actor: Actor, order_no: str, flag: Flag, reason: str,
             station_id: int | None = None) -> str:
    """Sets or clears (Flag.NONE) an order's flag (seed 000 §18–21). Yellow holds it; clearing yellow releases
    the hold. Green says the bank transfer arrived: an order waiting for payment becomes packable. Returns
    the flow the flag opens: "exchange" (blue), "return" (purple) or ""."""
    with authorized(db, actor, Action.SET_FLAG, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = _order(s, order_no)
        before = {"flag": o.flag.value, "flag_reason": o.flag_reason, "status": o.status.value}
        o.flag, o.flag_reason = flag, reason if flag is not Flag.NONE else ""
        if flag is Flag.GREEN and o.status is OrderStatus.WAITING:
            o.status, o.paid_at = OrderStatus.OPEN, o.paid_at or utcnow()
        o.revision += 1
        if flag is Flag.YELLOW:
            open_case(s, CaseKind.HOLD, o.id, reason, actor.id, station_id)
        elif before["flag"] == Flag.YELLOW.value:
            _close_cases(s, o.id, CaseKind.HOLD, actor, f"released: {reason}")
            _close_cases(s, o.id, CaseKind.SHORT_PICK, actor, f"released: {reason}")
        audit(s, actor, "set_flag", "order", o.order_no, reason, before,
              {"flag": flag.value, "flag_reason": o.flag_reason, "status": o.status.value}, station_id)
        return FLAG_OPENS.get(flag, "")


def add_note(db: Database, actor: Actor, order_no: str, note: str) -> None:
    """Appends to the seller's note (e.g. courier and waybill numbers of a reship)."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        note = _reason(note)
        o = _order(s, order_no)
        before = o.seller_note
        o.seller_note = f"{o.seller_note}\n{note}".strip()
        audit(s, actor, "add_note", "order", o.order_no, note, {"seller_note": before}, {"seller_note": o.seller_note})


def set_intercept(db: Database, actor: Actor, order_no: str, on: bool, reason: str,
                  station_id: int | None = None) -> None:
    """A refund request (拦截): the order is stopped at the scan and at sign-off; clearing it releases it."""
    with authorized(db, actor, Action.INTERCEPT, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = _order(s, order_no)
        before = {"refund_requested": o.refund_requested, "status": o.status.value}
        o.refund_requested = on
        if on:
            detail = {}
            if o.status is OrderStatus.SHIPPED:
                p = s.scalar(select(Parcel).where(Parcel.order_id == o.id, Parcel.status == ParcelStatus.PRINTED))
                detail = {"already_shipped": True, "waybill": p.waybill_no if p else ""}
            open_case(s, CaseKind.INTERCEPT, o.id, reason, actor.id, station_id, detail)
        else:
            _close_cases(s, o.id, CaseKind.INTERCEPT, actor, f"cleared: {reason}")
        audit(s, actor, "intercept" if on else "clear_intercept", "order", o.order_no, reason, before,
              {"refund_requested": on}, station_id)
        s.flush()
        stock.rebalance(s)  # a refunded order reserves nothing


# ------------------------------------------------------------------------------------------ short pick, stock
def mark_short(db: Database, actor: Actor, order_id: int, line_id: int, reason: str,
               station_id: int | None = None) -> str:
    """A packer reports a line short: the order goes on hold (yellow) and into the exceptions queue, and is
    released from the station. Returns the order number."""
    with authorized(db, actor, Action.MARK_SHORT, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = locked(s, Order, Order.id == order_id)
        line = s.get(OrderLine, line_id)
        if o is None or line is None or line.order_id != o.id:
            raise SupervisorError("no such order line")
        if o.status is OrderStatus.SHIPPED:
            raise SupervisorError("order {order_no} is already shipped", order_no=o.order_no)
        sku = line.product.sku
        before = {"flag": o.flag.value, "status": o.status.value}
        o.flag, o.flag_reason = Flag.YELLOW, f"缺货 short: {sku} — {reason}"
        if o.status is OrderStatus.PACKING:
            o.status, o.packing_station_id, o.packing_operator_id = OrderStatus.OPEN, None, None
        open_case(s, CaseKind.SHORT_PICK, o.id, reason, actor.id, station_id,
                  {"sku": sku, "line": line.line_no, "qty": line.qty, "scanned": line.scanned_qty,
                   "stock": line.product.stock})
        audit(s, actor, "mark_short", "order", o.order_no, reason, before,
              {"flag": "yellow", "sku": sku, "status": o.status.value}, station_id)
        return o.order_no


def count_stock(db: Database, actor: Actor, sku: str, counted: int, reason: str = "stocktake",
                kind: str = "count") -> int:
    """Sets a SKU's stock to what was counted (or corrected), with the difference as a stock move."""
    with authorized(db, actor, Action.CORRECT_STOCK) as (s, actor):
        reason = _reason(reason)
        if counted < 0:
            raise SupervisorError("a count cannot be negative")
        p = locked(s, Product, Product.sku == sku.strip())  # the difference is from the stock as it is now
        if p is None:
            raise SupervisorError("no SKU {sku}", sku=sku)
        delta = stock.set_count(s, actor, p, counted, reason, kind)
        s.flush()
        stock.rebalance(s)  # more stock may release an oversold order, less may hold one
        return delta


def low_stock(db: Database) -> list[StockView]:
    """SKUs at or below their own low level, by what is available (stock less what open orders need)."""
    return [StockView(lv.sku, lv.name, lv.stock) for lv in stock.levels(db, only="low")]


# ------------------------------------------------------------------------------------------ reprint, void
def _parcel(s: Session, waybill_no: str) -> Parcel:
    """The parcel, locked until commit: two supervisors voiding (or reprinting) it at once go one after
    the other, the second seeing what the first did."""
    p = locked(s, Parcel, Parcel.waybill_no == waybill_no.strip())
    if p is None:
        raise SupervisorError("no parcel with waybill {waybill_no}", waybill_no=waybill_no)
    return p


def reprint(db: Database, actor: Actor, waybill_no: str, reason: str, limit: int = MAX_REPRINTS,
            station_id: int | None = None) -> int:
    """Allows one more print of the same waybill (REPRINT is marked on it); returns the reprint count."""
    with authorized(db, actor, Action.REPRINT, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        p = _parcel(s, waybill_no)
        if p.status is not ParcelStatus.PRINTED:
            raise SupervisorError("waybill {waybill_no} is {status}: only a printed label is reprinted", waybill_no=waybill_no, status=p.status.value)
        if p.reprints >= limit:
            raise SupervisorError("waybill {waybill_no} was reprinted {reprints} times (limit {limit})", waybill_no=waybill_no, reprints=p.reprints, limit=limit)
        p.reprints += 1
        audit(s, actor, "reprint", "parcel", p.waybill_no, reason, {"reprints": p.reprints - 1},
              {"reprints": p.reprints}, station_id)
        return p.reprints


def void_waybill(db: Database, actor: Actor, waybill_no: str, reason: str, station_id: int | None = None) -> None:
    """Voids a printed waybill: the number goes to the void list (never back to the pool), and the order
    goes back to be packed again."""
    with authorized(db, actor, Action.VOID_WAYBILL, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        void_parcel(s, actor, _parcel(s, waybill_no), reason, station_id)


def void_parcel(s: Session, actor: Actor, p: Parcel, reason: str, station_id: int | None = None) -> Order:
    """Voids one parcel in the caller's session (a void, a change of courier after the label printed): its
    number goes to the void list; when the order has no live parcel left it goes back to be packed, and what
    had shipped goes back to stock. Returns the order (locked)."""
    waybill_no = p.waybill_no
    if p.status is ParcelStatus.VOID:
        raise SupervisorError("waybill {waybill_no} is already void", waybill_no=waybill_no)
    before = {"parcel": p.status.value}
    p.status, p.voided_at, p.void_reason = ParcelStatus.VOID, utcnow(), reason
    s.execute(update(WaybillNumber).where(WaybillNumber.courier_id == p.courier_id,
                                          WaybillNumber.number == p.waybill_no)
              .values(status=WaybillStatus.VOID))
    o = locked(s, Order, Order.id == p.order_id)
    live = s.scalar(select(func.count()).select_from(Parcel).where(
        Parcel.order_id == o.id, Parcel.status != ParcelStatus.VOID)) or 0
    if live == 0:
        _reset(s, o)
        if before["parcel"] == ParcelStatus.PRINTED.value:
            for ln in sorted(o.lines, key=lambda ln: ln.product_id):  # back to stock until it ships again
                add_to(s, Product.stock, Product.id == ln.product_id, ln.qty)
                s.add(StockMove(product_id=ln.product_id, delta=ln.qty, kind="void", order_id=o.id,
                                reason=reason, actor_id=actor.id))
    open_case(s, CaseKind.VOID, o.id, reason, actor.id, station_id, {"waybill": waybill_no})
    s.flush()
    stock.rebalance(s)  # what went back to stock may release an oversold order
    audit(s, actor, "void_waybill", "parcel", waybill_no, reason, before,
          {"parcel": "void", "order_status": o.status.value}, station_id)
    return o


def _reset(s: Session, o: Order) -> None:
    o.status, o.packing_station_id, o.packing_operator_id = OrderStatus.OPEN, None, None
    o.verified_at = o.weighed_at = o.shipped_at = None
    o.weight_g = None
    for ln in o.lines:
        ln.scanned_qty, ln.manual_checked = 0, False


def repack(db: Database, actor: Actor, order_no: str, reason: str, station_id: int | None = None) -> None:
    """Starts an order's verification again (counts back to zero). A shipped order needs its waybill voided."""
    with authorized(db, actor, Action.REPACK, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = _order(s, order_no)
        if o.status is OrderStatus.SHIPPED:
            raise SupervisorError("order {order_no} is shipped: void its waybill first", order_no=order_no)
        before = {"status": o.status.value, "scanned": [ln.scanned_qty for ln in o.lines]}
        _reset(s, o)
        o.revision += 1
        audit(s, actor, "repack", "order", o.order_no, reason, before, {"status": "open"}, station_id)


def force_verify(db: Database, actor: Actor, order_id: int, line_id: int, reason: str,
                 station_id: int | None = None) -> None:
    """Counts a line as verified without scanning (unreadable barcode …); the station reloads the order."""
    with authorized(db, actor, Action.FORCE_VERIFY, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        if locked(s, Order, Order.id == order_id) is None:  # its revision goes up: no bump lost
            raise SupervisorError("no such order line")
        line = s.get(OrderLine, line_id)
        if line is None or line.order_id != order_id:
            raise SupervisorError("no such order line")
        before = {"scanned": line.scanned_qty}
        line.scanned_qty = line.qty
        line.manual_checked = True
        line.order.revision += 1
        audit(s, actor, "force_verify", "order_line", str(line.id), reason, before, {"scanned": line.qty},
              station_id)


# ------------------------------------------------------------------------------------------ order edits
def edit_order(db: Database, actor: Actor, order_no: str, reason: str, *, quantities: dict[int, int] | None = None,
               address: str | None = None, phone: str | None = None, recipient: str | None = None) -> int:
    """Changes lines (line_no → new qty; 0 removes) or the address of an unshipped order. The revision goes
    up: a station that has the order open is told and re-verifies what changed. Returns the new revision."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        o = _order(s, order_no)
        if o.status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED):
            raise SupervisorError("order {order_no} is {status}: it can only be intercepted", order_no=order_no, status=o.status.value)
        return apply_edit(s, actor, o, reason, quantities=quantities, address=address, phone=phone,
                          recipient=recipient)


def apply_edit(s: Session, actor: Actor, o: Order, reason: str, *, quantities: dict[int, int] | None = None,
               address: str | None = None, phone: str | None = None, recipient: str | None = None) -> int:
    """edit_order's change, in the caller's session, on an order the caller has locked and may change."""
    order_no = o.order_no
    before: dict = {}
    after: dict = {}
    for line_no, qty in (quantities or {}).items():
        line = next((ln for ln in o.lines if ln.line_no == line_no), None)
        if line is None or qty < 0:
            if line is None:
                raise SupervisorError("order {order_no} has no line {line_no}", order_no=order_no, line_no=line_no)
            raise SupervisorError("a quantity cannot be negative")
        before[f"line{line_no}"] = line.qty
        after[f"line{line_no}"] = qty
        if qty == 0:
            o.lines.remove(line)
        else:
            line.qty = qty
            line.scanned_qty = min(line.scanned_qty, qty)
    for field, value in (("address", address), ("phone", phone), ("recipient_name", recipient)):
        if value is not None and value.strip() != getattr(o, field):
            before[field], after[field] = getattr(o, field), value.strip()
            setattr(o, field, value.strip())
    if not after:
        raise SupervisorError("nothing to change")
    if not o.lines:
        raise SupervisorError("an order needs at least one line: cancel it instead")
    return changed(s, o, actor, "edit_order", reason, before, after)


def changed(s: Session, o: Order, actor: Actor, action: str, reason: str, before: dict | None, after: dict,
            station_id: int | None = None) -> int:
    """Every change to an order ends here: the revision goes up (a station that has it open is told at its
    next scan or sign-off and re-verifies), an order open on a station gets a case, and it is audited.
    Returns the new revision."""
    o.revision += 1
    stock.rebalance_at_commit(s)  # what the open orders need may have changed
    courier_rules.decide_at_commit(s, o.id)  # so may its courier (its address, notes, lines)
    if o.status is OrderStatus.PACKING:
        open_case(s, CaseKind.ORDER_CHANGED, o.id, reason, actor.id, detail=after)
    audit(s, actor, action, "order", o.order_no, reason, before, after, station_id)
    return o.revision


# ------------------------------------------------------------------------------------------ returns
def receive_return(db: Database, actor: Actor, code: str, reason: str, condition: str, fault: str,
                   items: list[tuple[str, int, bool]], exchange: list[tuple[str, int]] | None = None,
                   station_id: int | None = None) -> ReturnResult:
    """A returned parcel: scan its waybill or order number; record reason, condition, fault and the items
    back (sku, qty, resaleable). Resaleable items go back to stock; an exchange creates the replacement
    order (blue flag). Damage by packing names the packer on record."""
    with authorized(db, actor, Action.RECEIVE_RETURN, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        if condition not in ("intact", "opened", "damaged"):
            raise SupervisorError("condition is intact, opened or damaged")
        if fault not in ("none", "buyer", "courier", "packing"):
            raise SupervisorError("fault is none, buyer, courier or packing")
        parcel = s.scalar(select(Parcel).where(Parcel.waybill_no == code.strip()))
        o = locked(s, Order, Order.id == parcel.order_id if parcel else Order.order_no == code.strip())
        if o is None:
            raise SupervisorError("no parcel or order {code}", code=code)
        if parcel is None:
            parcel = s.scalar(select(Parcel).where(Parcel.order_id == o.id, Parcel.status == ParcelStatus.PRINTED))
        skus = {ln.product.sku: ln for ln in o.lines}
        receipt = ReturnReceipt(order_id=o.id, waybill_no=parcel.waybill_no if parcel else "", reason=reason,
                                condition=condition, fault=fault, received_by=actor.id, station_id=station_id,
                                packer_id=parcel.packer_id if parcel and fault == "packing" else None)
        restocked = 0
        back: dict[int, int] = {}
        for sku, qty, resaleable in items:
            line = skus.get(sku)
            if line is None or not 0 < qty <= line.qty:
                raise SupervisorError("{sku} ×{qty} was not in order {order_no}", sku=sku, qty=qty, order_no=o.order_no)
            receipt.lines.append(ReturnLine(product_id=line.product_id, qty=qty, resaleable=resaleable))
            if resaleable:
                back[line.product_id] = back.get(line.product_id, 0) + qty
                restocked += qty
                s.add(StockMove(product_id=line.product_id, delta=qty, kind="return", order_id=o.id,
                                reason=reason, actor_id=actor.id))
        for product_id in sorted(back):  # products in id order: two actions never wait on each other
            add_to(s, Product.stock, Product.id == product_id, back[product_id])
        s.add(receipt)
        s.flush()
        if back:
            stock.rebalance(s)
        packer = None
        if receipt.packer_id:
            from ..models import Operator

            packer = s.get(Operator, receipt.packer_id).name
        exchange_no = None
        if exchange:
            exchange_no = _exchange_order(s, o, exchange)
            receipt.exchange_order_id = s.scalar(select(Order.id).where(Order.order_no == exchange_no))
        o.flag = Flag.BLUE if exchange else Flag.PURPLE
        o.flag_reason = reason
        open_case(s, CaseKind.RETURN, o.id, reason, actor.id, station_id,
                  {"condition": condition, "fault": fault, "packer": packer, "exchange": exchange_no})
        audit(s, actor, "receive_return", "order", o.order_no, reason, None,
              {"condition": condition, "fault": fault, "items": items, "exchange": exchange_no}, station_id)
        return ReturnResult(receipt.id, o.order_no, packer, exchange_no, restocked)


def _exchange_order(s: Session, o: Order, exchange: list[tuple[str, int]]) -> str:
    new = order_like(s, o, "EX", flag=Flag.BLUE, flag_reason=f"换货 exchange for {o.order_no}", source="exchange")
    for i, (sku, qty) in enumerate(exchange, 1):
        p = s.scalar(select(Product).where(Product.sku == sku))
        if p is None or qty <= 0:
            raise SupervisorError("exchange item {sku} ×{qty} is not a known SKU", sku=sku, qty=qty)
        new.lines.append(OrderLine(line_no=i, product_id=p.id, qty=qty, title=p.name))
    s.add(new)
    s.flush()
    return new.order_no


def order_like(s: Session, o: Order, suffix: str, **values) -> Order:
    """A new order to the same buyer and address as `o` (an exchange, a split, a reship), numbered
    ``<order_no>-<suffix><n>``, without lines; `values` set the rest."""
    n = 1 + (s.scalar(select(func.count()).select_from(Order)
                      .where(Order.order_no.like(f"{o.order_no}-{suffix}%"))) or 0)
    fields = dict(shop=o.shop, channel=o.channel, buyer_id=o.buyer_id, recipient_name=o.recipient_name,
                  phone=o.phone, province=o.province, city=o.city, district=o.district, address=o.address,
                  postcode=o.postcode, courier_id=o.courier_id, courier_reason=o.courier_reason)
    return Order(order_no=f"{o.order_no}-{suffix}{n}", **(fields | values))


# ------------------------------------------------------------------------------------------ the queue
def list_cases(db: Database, status: str | None = "open", kind: str | None = None, flag: str | None = None,
               courier: str | None = None, min_age_hours: float | None = None,
               reason_contains: str | None = None) -> list[CaseView]:
    now = utcnow()
    with db.session() as s:
        q = (select(ExceptionCase, Order.order_no, Order.flag, Courier.code)
             .outerjoin(Order, Order.id == ExceptionCase.order_id)
             .outerjoin(Courier, Courier.id == Order.courier_id)
             .order_by(ExceptionCase.created_at))
        if status:
            q = q.where(ExceptionCase.status == CaseStatus(status))
        if kind:
            q = q.where(ExceptionCase.kind == CaseKind(kind))
        if flag:
            q = q.where(Order.flag == Flag(flag))
        if courier:
            q = q.where(Courier.code == courier)
        if min_age_hours is not None:
            q = q.where(ExceptionCase.created_at <= now - timedelta(hours=min_age_hours))
        if reason_contains:
            q = q.where(ExceptionCase.reason.contains(reason_contains))
        out = []
        for case, order_no, oflag, ccode in s.execute(q):
            out.append(CaseView(case.id, case.kind.value, case.status.value, order_no or "",
                                oflag.value if oflag else "", ccode or "", case.reason, case.outcome,
                                case.created_at, (now - case.created_at).total_seconds() / 3600,
                                json.loads(case.detail or "{}")))
        return out


def resolve_case(db: Database, actor: Actor, case_id: int, outcome: str) -> None:
    with authorized(db, actor, Action.RESOLVE_CASE) as (s, actor):
        outcome = _reason(outcome)
        case = s.get(ExceptionCase, case_id)
        if case is None:
            raise SupervisorError("no case {case_id}", case_id=case_id)
        if case.status is CaseStatus.RESOLVED:
            raise SupervisorError("case {case_id} is already resolved", case_id=case_id)
        case.status, case.outcome, case.resolved_at, case.resolved_by = (
            CaseStatus.RESOLVED, outcome, utcnow(), actor.id)
        audit(s, actor, "resolve_case", "case", str(case_id), outcome, {"status": "open"},
              {"status": "resolved", "outcome": outcome})


# ------------------------------------------------------------------------------------------ settings
SETTINGS = {
    "weight_tolerance": "weight tolerance: {\"abs_g\": int, \"pct\": float}",
    "default_courier": "courier code for orders that name none",
    # the sender on the waybill is the shop's (app.services.shops), no longer one setting for all
}


def change_setting(db: Database, actor: Actor, key: str, value, reason: str) -> None:
    """Changes a setting shared by every station (admin only; IT at the console), audited with before and after.
    The value is checked as app.services.settings says for that key."""
    from .auth import authorized_or_console
    from .reporting import put_setting
    from .settings import check_value

    with authorized_or_console(db, actor, Action.CHANGE_SETTINGS) as (s, actor):
        reason = _reason(reason)
        value = check_value(s, key, value)
        before = put_setting(s, key, value)
        if key == "default_courier" and before != value:
            courier_rules.reapply_at_commit(s)
        audit(s, actor, "change_setting", "setting", key, reason if actor is not None else f"IT console: {reason}",
              {"value": before}, {"value": value})
