"""Changes to an order after it was imported, the seeds' daily work: another courier, another size or colour of
the same style, another recipient or address, a cancellation (refund before shipping), a gift or insert;
merging orders of one buyer into one parcel and undoing it; splitting an order into two shipments; a reship
(补发) of the missing or wrong items of a shipped order; and flags that drive what happens next.

Each change is one supervisor action (`auth.authorized` with an `Action` of app.domain.permissions), audited,
and goes through `supervisor.changed`: the order's revision goes up, so a station that has it open is told at
its next scan or sign-off and re-verifies (app.services.station `_reload_if_changed`). Refusals are
`SupervisorError`s whose English template the desk translates. The desk reads what it offers (the lines of an
order, the variants of a style, the couriers, the orders that may be merged) through the read functions here,
so nobody types an id.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..domain.privacy import mask_phone
from ..models import (
    CaseKind, Courier, Flag, LinkKind, Operator, Order, OrderLine, OrderLink, OrderStatus, Parcel, ParcelStatus,
    Product, ReshipCause, utcnow,
)
from ..models.ledger import PickupParcel
from . import courier_rules
from . import supervisor as sv
from .audit import audit
from .auth import authorized
from .station import packed_units
from .supervisor import SupervisorError, changed

MAX_GIFT_QTY = 99
GIFT = "赠品 gift"


# ------------------------------------------------------------------------------------------ what the desk reads
@dataclass(frozen=True)
class LineRow:
    line_no: int
    sku: str
    name: str
    style: str
    colour: str
    size: str
    qty: int
    scanned: int
    packed: int
    price: Decimal
    gift: bool


@dataclass(frozen=True)
class OrderSheet:
    order_no: str
    status: str
    flag: str
    flag_reason: str
    buyer_id: str
    recipient: str
    phone: str            # masked (GB/T 41833): whole phones are the admin's (Action.VIEW_PHONES)
    address: str
    courier: str          # courier code ("" for none)
    revision: int
    refund_requested: bool
    lines: tuple[LineRow, ...]
    merged_into: str      # the order it was merged into, when merged
    links: tuple[tuple[str, str, str], ...]  # (kind, role "from"/"to", other order number)
    reship_state: str = ""  # a reship: open (not shipped yet), shipped or closed


@dataclass(frozen=True)
class Variant:
    sku: str
    name: str
    colour: str
    size: str
    stock: int


@dataclass(frozen=True)
class CourierChoice:
    code: str
    name: str


@dataclass(frozen=True)
class Candidate:
    order_no: str
    buyer_id: str
    units: int
    same_buyer: bool


@dataclass(frozen=True)
class ReshipRow:
    reship_no: str
    order_no: str
    cause: str
    packer: str
    items: int
    cost: Decimal
    state: str            # open (not shipped yet), shipped, closed
    created_at: object


@dataclass(frozen=True)
class CourierChange:
    revision: int
    voided: tuple[str, ...]   # waybills voided to re-issue the label with the new courier


def _get(s: Session, order_no: str) -> Order:
    o = s.scalar(select(Order).where(Order.order_no == (order_no or "").strip()))
    if o is None:
        raise SupervisorError("no order {order_no}", order_no=order_no)
    return o


def merged_into(s: Session, order_id: int) -> str:
    """The order number an order was merged into ("" when it is not merged)."""
    return s.scalar(select(Order.order_no).join(OrderLink, OrderLink.order_id == Order.id)
                    .where(OrderLink.other_id == order_id, OrderLink.kind == LinkKind.MERGE,
                           OrderLink.undone_at.is_(None))) or ""


def order_sheet(db: Database, order_no: str) -> OrderSheet:
    with db.session() as s:
        o = _get(s, order_no)
        packed = packed_units(s, o.id)
        lines = tuple(LineRow(ln.line_no, ln.product.sku, ln.product.name, ln.product.style, ln.product.colour,
                              ln.product.size, ln.qty, ln.scanned_qty, packed.get(ln.id, 0), ln.price,
                              ln.title.startswith(GIFT))
                      for ln in o.lines)
        links, reship_state = [], ""
        for link in s.scalars(select(OrderLink).where(or_(OrderLink.order_id == o.id, OrderLink.other_id == o.id),
                                                      OrderLink.undone_at.is_(None)).order_by(OrderLink.id)):
            mine = link.order_id == o.id
            other = s.scalar(select(Order.order_no).where(Order.id == (link.other_id if mine else link.order_id)))
            links.append((link.kind.value, "to" if mine else "from", other))
            if link.kind is LinkKind.RESHIP and not mine:
                reship_state = _reship_state(link, o)
        return OrderSheet(o.order_no, o.status.value, o.flag.value, o.flag_reason, o.buyer_id, o.recipient_name,
                          mask_phone(o.phone), " ".join(p for p in (o.province, o.city, o.district, o.address) if p),
                          o.courier.code if o.courier else "", o.revision, o.refund_requested, lines,
                          merged_into(s, o.id) if o.status is OrderStatus.MERGED else "", tuple(links), reship_state)


def _reship_state(link: OrderLink, reship_order: Order) -> str:
    if link.closed_at is not None:
        return "closed"
    return "shipped" if reship_order.status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED) else "open"


def variants(db: Database, sku: str) -> list[Variant]:
    """The other sizes and colours of a SKU's style (what a line may be swapped for), active ones only."""
    with db.session() as s:
        p = s.scalar(select(Product).where(Product.sku == sku.strip()))
        if p is None:
            raise SupervisorError("no SKU {sku}", sku=sku)
        if not p.style:
            return []
        rows = s.scalars(select(Product).where(Product.style == p.style, Product.id != p.id,
                                               Product.active.is_(True))
                         .order_by(Product.colour, Product.size, Product.sku))
        return [Variant(x.sku, x.name, x.colour, x.size, x.stock) for x in rows]


def products(db: Database) -> list[Variant]:
    """Every active SKU (what a gift or insert line may be)."""
    with db.session() as s:
        rows = s.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.style, Product.sku))
        return [Variant(x.sku, x.name, x.colour, x.size, x.stock) for x in rows]


def couriers(db: Database) -> list[CourierChoice]:
    with db.session() as s:
        return [CourierChoice(c.code, c.name) for c in
                s.scalars(select(Courier).where(Courier.active.is_(True)).order_by(Courier.code))]


def _address_key(o: Order) -> tuple:
    return tuple((v or "").strip() for v in (o.recipient_name, o.phone, o.province, o.city, o.district, o.address))


def merge_candidates(db: Database, order_no: str) -> list[Candidate]:
    """Orders waiting to be packed that go to the same recipient and address (any buyer: the desk shows which
    need the promotion override)."""
    with db.session() as s:
        o = _get(s, order_no)
        rows = s.scalars(select(Order).where(Order.status == OrderStatus.OPEN, Order.id != o.id,
                                             Order.phone == o.phone, Order.address == o.address)
                         .order_by(Order.order_no))
        return [Candidate(x.order_no, x.buyer_id, sum(ln.qty for ln in x.lines), x.buyer_id == o.buyer_id)
                for x in rows if _address_key(x) == _address_key(o)]


def reships(db: Database, open_only: bool = False) -> list[ReshipRow]:
    """Every reship with where it stands: open (not shipped yet), shipped, closed."""
    with db.session() as s:
        q = (select(OrderLink, Order).join(Order, Order.id == OrderLink.other_id)
             .where(OrderLink.kind == LinkKind.RESHIP).order_by(OrderLink.created_at))
        if open_only:
            q = q.where(OrderLink.closed_at.is_(None))
        out = []
        for link, r in s.execute(q):
            orig = s.get(Order, link.order_id)
            packer = s.get(Operator, link.packer_id).name if link.packer_id else ""
            out.append(ReshipRow(r.order_no, orig.order_no, link.cause.value if link.cause else "", packer,
                                 sum(ln.qty for ln in r.lines), link.cost, _reship_state(link, r), link.created_at))
        return out


# ------------------------------------------------------------------------------------------ helpers
def _reason(reason: str) -> str:
    return sv._reason(reason)


def _changeable(s: Session, o: Order) -> None:
    """Refuses a change to an order that is past changing."""
    if o.status is OrderStatus.SHIPPED:
        raise SupervisorError("order {order_no} is shipped: it cannot be changed — intercept it or reship",
                              order_no=o.order_no)
    if o.status is OrderStatus.CANCELLED:
        raise SupervisorError("order {order_no} is cancelled: it cannot be changed", order_no=o.order_no)
    if o.status is OrderStatus.MERGED:
        raise SupervisorError("order {order_no} is merged into {into}: change that order, or unmerge first",
                              order_no=o.order_no, into=merged_into(s, o.id))


def _line(o: Order, line_no: int) -> OrderLine:
    line = next((ln for ln in o.lines if ln.line_no == line_no), None)
    if line is None:
        raise SupervisorError("order {order_no} has no line {line_no}", order_no=o.order_no, line_no=line_no)
    return line


def _product(s: Session, sku: str) -> Product:
    p = s.scalar(select(Product).where(Product.sku == (sku or "").strip()))
    if p is None:
        raise SupervisorError("no SKU {sku}", sku=sku)
    if not p.active:
        raise SupervisorError("SKU {sku} is no longer sold", sku=p.sku)
    return p


def _not_packed(s: Session, o: Order, lines: list[OrderLine]) -> None:
    packed = packed_units(s, o.id)
    for ln in lines:
        if packed.get(ln.id):
            raise SupervisorError("line {line_no} of order {order_no} is already in a printed parcel",
                                  line_no=ln.line_no, order_no=o.order_no)


def _pickup_of(s: Session, parcel: Parcel) -> int | None:
    return s.scalar(select(PickupParcel.pickup_id).where(PickupParcel.parcel_id == parcel.id))


def _live_parcels(s: Session, o: Order) -> list[Parcel]:
    return list(s.scalars(select(Parcel).where(Parcel.order_id == o.id, Parcel.status != ParcelStatus.VOID)
                          .order_by(Parcel.id)))


def _quantities(o: Order, items: dict[int, int], what: str) -> list[tuple[OrderLine, int]]:
    """Validated (line, qty) pairs of an order: every line exists, 0 < qty ≤ its quantity."""
    out = []
    for line_no, qty in sorted((items or {}).items()):
        line = _line(o, int(line_no))
        if not isinstance(qty, int) or not 0 < qty <= line.qty:
            raise SupervisorError("line {line_no}: a {what} takes 1 to {most} units, not {qty}", line_no=line_no,
                                  what=what, most=line.qty, qty=qty)
        out.append((line, qty))
    if not out:
        raise SupervisorError("choose at least one line")
    return out


def _next_line_no(o: Order) -> int:
    return 1 + max((ln.line_no for ln in o.lines), default=0)


def _link(s: Session, kind: LinkKind, o: Order, other: Order, actor: Actor, reason: str, detail: dict,
          **values) -> OrderLink:
    link = OrderLink(kind=kind, order_id=o.id, other_id=other.id, reason=reason, created_by=actor.id,
                     detail=json.dumps(detail, ensure_ascii=False), **values)
    s.add(link)
    s.flush()
    return link


# ------------------------------------------------------------------------------------------ simple changes
def change_courier(db: Database, actor: Actor, order_no: str, courier: str, reason: str,
                   station_id: int | None = None) -> CourierChange:
    """Another courier. Before packing it is only changed; once a label printed, the label is voided (its
    number to the void list, what shipped back to stock) and the order goes back to be packed and labelled
    again with the new courier. A parcel the courier has already collected cannot change."""
    with authorized(db, actor, Action.EDIT_ORDER, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        c = s.scalar(select(Courier).where(Courier.code == (courier or "").strip().upper()))
        if c is None or not c.active:
            raise SupervisorError("no courier {courier}", courier=courier)
        if o.status in (OrderStatus.CANCELLED, OrderStatus.MERGED):
            _changeable(s, o)
        asked = courier_rules.question(s, o.id)
        if o.courier_id == c.id:
            if asked is None:
                raise SupervisorError("order {order_no} already goes with {courier}", order_no=o.order_no,
                                      courier=c.code)
            # the question answered: it goes with the courier the rules chose
            courier_rules.chosen_by_supervisor(s, o, actor.id)
            after = {"courier": c.code, "status": o.status.value, "question": asked, "kept": True}
            return CourierChange(changed(s, o, actor, "change_courier", reason, {"courier": c.code}, after,
                                         station_id), ())
        parcels = _live_parcels(s, o)
        if o.status is OrderStatus.SHIPPED and not parcels:  # shipped elsewhere (the import said so)
            _changeable(s, o)
        for p in parcels:
            pickup = _pickup_of(s, p)
            if pickup is not None:
                raise SupervisorError("waybill {waybill_no} was handed to the courier (pickup {pickup}): "
                                      "it cannot change courier", waybill_no=p.waybill_no, pickup=pickup)
        before = {"courier": o.courier.code if o.courier else "", "status": o.status.value}
        voided = []
        for p in parcels:
            sv.void_parcel(s, actor, p, f"courier changed to {c.code}: {reason}", station_id)
            voided.append(p.waybill_no)
        o.courier_id = c.id
        courier_rules.chosen_by_supervisor(s, o, actor.id)
        after = {"courier": c.code, "status": o.status.value, "voided": voided, "reissue": bool(voided)}
        if asked is not None:
            after["question"] = asked
        return CourierChange(changed(s, o, actor, "change_courier", reason, before, after, station_id),
                             tuple(voided))


def swap_sku(db: Database, actor: Actor, order_no: str, line_no: int, sku: str, reason: str) -> int:
    """A line becomes another size or colour of the same style (the common change after payment); another
    style is refused. The line is counted again from nothing. Returns the new revision."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        _changeable(s, o)
        line = _line(o, line_no)
        _not_packed(s, o, [line])
        p = _product(s, sku)
        old = line.product
        if p.id == old.id:
            raise SupervisorError("line {line_no} is already {sku}", line_no=line_no, sku=p.sku)
        if not old.style or p.style != old.style:
            raise SupervisorError("{sku} is style {style}, not {wanted}: only another size or colour of the same "
                                  "style", sku=p.sku, style=p.style or "—", wanted=old.style or "—")
        before = {"line": line_no, "sku": old.sku, "scanned": line.scanned_qty}
        line.product_id, line.product = p.id, p
        line.scanned_qty, line.manual_checked = 0, False
        return changed(s, o, actor, "swap_sku", reason, before, {"line": line_no, "sku": p.sku})


def change_recipient(db: Database, actor: Actor, order_no: str, reason: str, *, recipient: str | None = None,
                     phone: str | None = None, address: str | None = None) -> int:
    """Another recipient, phone or street address (supervisor.edit_order). Returns the new revision."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        if any(v is not None and not v.strip() for v in (recipient, phone, address)):
            raise SupervisorError("a recipient, phone or address cannot be empty")
        if phone is not None and not any(ch.isdigit() for ch in phone):
            raise SupervisorError("the phone {phone} has no digits", phone=phone)
        o = sv._order(s, order_no)
        _changeable(s, o)
        return sv.apply_edit(s, actor, o, reason, recipient=recipient, phone=phone, address=address)


def cancel(db: Database, actor: Actor, order_no: str, reason: str, station_id: int | None = None) -> int:
    """Cancels an order that has not shipped (the buyer is refunded before shipping): a label sent but not
    confirmed is voided; a station that has it open is told. A shipped order is refused."""
    with authorized(db, actor, Action.EDIT_ORDER, station_id=station_id) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        if o.status is OrderStatus.SHIPPED:
            raise SupervisorError("order {order_no} is shipped: it cannot be cancelled — intercept it at the "
                                  "courier or take the return", order_no=o.order_no)
        if o.status is OrderStatus.CANCELLED:
            raise SupervisorError("order {order_no} is already cancelled", order_no=o.order_no)
        _changeable(s, o)
        carried = _merged_here(s, o)
        if carried:
            raise SupervisorError("order {order_no} carries merged orders {orders}: unmerge first",
                                  order_no=o.order_no, orders=carried)
        parcels = _live_parcels(s, o)
        for p in parcels:
            if p.status is ParcelStatus.PRINTED:
                raise SupervisorError("part of order {order_no} has shipped (waybill {waybill_no}): intercept it",
                                      order_no=o.order_no, waybill_no=p.waybill_no)
        before = {"status": o.status.value, "refund_requested": o.refund_requested,
                  "station": o.packing_station_id}
        for p in parcels:
            sv.void_parcel(s, actor, p, f"order cancelled: {reason}", station_id)
        o.status, o.refund_requested = OrderStatus.CANCELLED, True
        o.packing_station_id = o.packing_operator_id = None
        return changed(s, o, actor, "cancel_order", reason, before,
                       {"status": "cancelled", "refund_requested": True}, station_id)


def add_gift(db: Database, actor: Actor, order_no: str, sku: str, qty: int, reason: str) -> int:
    """Adds a gift or insert line (赠品, no charge). Returns the new line's number."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        _changeable(s, o)
        if not isinstance(qty, int) or not 0 < qty <= MAX_GIFT_QTY:
            raise SupervisorError("a gift is 1 to {most} units, not {qty}", most=MAX_GIFT_QTY, qty=qty)
        p = _product(s, sku)
        line = OrderLine(line_no=_next_line_no(o), product_id=p.id, qty=qty, price=Decimal("0"),
                         title=f"{GIFT}: {p.name}"[:200])
        o.lines.append(line)
        changed(s, o, actor, "add_gift", reason, None, {"line": line.line_no, "sku": p.sku, "qty": qty})
        return line.line_no


def set_flag(db: Database, actor: Actor, order_no: str, flag: Flag, reason: str,
             station_id: int | None = None) -> str:
    """A flag, and what it drives (supervisor.set_flag): green makes an order waiting for its bank transfer
    packable, yellow holds it; returns the flow the desk opens next: "exchange" (blue), "return" (purple)
    or ""."""
    return sv.set_flag(db, actor, order_no, flag, reason, station_id)


# ------------------------------------------------------------------------------------------ merge, split
def _merged_here(s: Session, o: Order) -> list[str]:
    return list(s.scalars(select(Order.order_no).join(OrderLink, OrderLink.other_id == Order.id)
                          .where(OrderLink.order_id == o.id, OrderLink.kind == LinkKind.MERGE,
                                 OrderLink.undone_at.is_(None)).order_by(Order.order_no)))


def merge(db: Database, actor: Actor, into: str, others: list[str], reason: str,
          other_buyers: bool = False) -> int:
    """Merges orders to one recipient and address into `into`: their lines go into its parcel and they are
    marked merged. Orders of another buyer ID are refused unless `other_buyers` (the promotion-items rule,
    audited as an override). Returns the number of orders merged in."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        names = [n.strip() for n in others if n and n.strip()]
        if not names:
            raise SupervisorError("choose the orders to merge")
        if into.strip() in names or len(set(names)) != len(names):
            raise SupervisorError("an order is named twice")
        # every order locked, in order-number order: two merges never wait on each other
        orders = {n: sv._order(s, n) for n in sorted(names + [into.strip()])}
        target = orders[into.strip()]
        for o in orders.values():
            if o.status is not OrderStatus.OPEN:
                raise SupervisorError("order {order_no} is {status}: only orders waiting to be packed are merged",
                                      order_no=o.order_no, status=o.status.value)
            if o.refund_requested or o.flag is Flag.YELLOW:
                raise SupervisorError("order {order_no} is on hold or has a refund request: it is not merged",
                                      order_no=o.order_no)
        overridden = []
        for n in names:
            o = orders[n]
            if _address_key(o) != _address_key(target):
                raise SupervisorError("order {order_no} goes to another recipient or address: only orders to one "
                                      "address are merged", order_no=o.order_no)
            if o.buyer_id != target.buyer_id:
                if not other_buyers:
                    raise SupervisorError("order {order_no} is of buyer {buyer}, not {wanted}: orders of other "
                                          "buyers are merged only with the promotion override",
                                          order_no=o.order_no, buyer=o.buyer_id or "—",
                                          wanted=target.buyer_id or "—")
                overridden.append(o.order_no)
        before = {"lines": len(target.lines)}
        for n in names:
            o = orders[n]
            moved = {}
            for ln in list(o.lines):
                moved[str(ln.id)] = ln.line_no
                ln.line_no, ln.scanned_qty, ln.manual_checked = _next_line_no(target), 0, False
                target.lines.append(ln)
            s.flush()
            _link(s, LinkKind.MERGE, target, o, actor, reason, {"lines": moved})
            o.status = OrderStatus.MERGED
            changed(s, o, actor, "merged_into", reason, {"status": "open"},
                    {"status": "merged", "into": target.order_no, "lines": len(moved)})
        changed(s, target, actor, "merge_orders", reason, before,
                {"merged": names, "lines": len(target.lines), "other_buyers": overridden})
        return len(names)


def unmerge(db: Database, actor: Actor, order_no: str, reason: str) -> list[str]:
    """Undoes the merges into an order (or the merge of one merged order): the lines go back to the orders
    they came from, with their line numbers, and those orders wait to be packed again. Returns them."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        if o.status is OrderStatus.MERGED:
            target, only = sv._order(s, merged_into(s, o.id)), o.id
        else:
            target, only = o, None
        if target.status is not OrderStatus.OPEN:
            raise SupervisorError("order {order_no} is {status}: a merge is undone only before packing",
                                  order_no=target.order_no, status=target.status.value)
        q = select(OrderLink).where(OrderLink.order_id == target.id, OrderLink.kind == LinkKind.MERGE,
                                    OrderLink.undone_at.is_(None)).order_by(OrderLink.id)
        if only is not None:
            q = q.where(OrderLink.other_id == only)
        links = list(s.scalars(q))
        if not links:
            raise SupervisorError("order {order_no} has no merged orders", order_no=target.order_no)
        back = []
        by_id = {ln.id: ln for ln in target.lines}
        for link in links:
            other = sv._order(s, s.get(Order, link.other_id).order_no)
            moved = json.loads(link.detail)["lines"]
            lines = [(by_id[int(i)], no) for i, no in moved.items() if int(i) in by_id]
            for ln, _no in lines:  # out of the way first: line numbers are unique per order
                ln.line_no = -ln.id
            s.flush()
            for ln, no in lines:
                ln.line_no, ln.scanned_qty, ln.manual_checked = no, 0, False
                other.lines.append(ln)
            s.flush()
            link.undone_at = utcnow()
            other.status = OrderStatus.OPEN
            changed(s, other, actor, "unmerged", reason, {"status": "merged", "into": target.order_no},
                    {"status": "open", "lines": len(lines)})
            back.append(other.order_no)
        changed(s, target, actor, "unmerge_orders", reason, {"merged": back}, {"lines": len(target.lines)})
        return back


def split(db: Database, actor: Actor, order_no: str, later: dict[int, int], reason: str, hold: bool = True) -> str:
    """Splits an order into two shipments: the chosen lines and quantities (line number → units) go into a new
    order linked to this one, to ship later (on hold, yellow, when `hold`: until the stock comes); the rest
    ships now. Returns the new order's number."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        o = sv._order(s, order_no)
        _changeable(s, o)
        chosen = _quantities(o, later, "split")
        _not_packed(s, o, [ln for ln, _ in chosen])
        if sum(q for _, q in chosen) >= sum(ln.qty for ln in o.lines):
            raise SupervisorError("a split leaves something to ship now: not every unit can go later")
        flag = dict(flag=Flag.YELLOW, flag_reason=f"分批 the rest, when stock comes: {reason}"[:200]) if hold else {}
        new = sv.order_like(s, o, "S", source="split", status=o.status if o.status is OrderStatus.WAITING
                            else OrderStatus.OPEN, buyer_note=o.buyer_note, seller_note=o.seller_note, **flag)
        moved = {}
        for i, (ln, qty) in enumerate(chosen, 1):
            new.lines.append(OrderLine(line_no=i, product_id=ln.product_id, qty=qty, title=ln.title, price=ln.price))
            moved[str(ln.line_no)] = qty
            if qty == ln.qty:
                o.lines.remove(ln)
            else:
                ln.qty -= qty
                ln.scanned_qty = min(ln.scanned_qty, ln.qty)
        s.add(new)
        s.flush()
        _link(s, LinkKind.SPLIT, o, new, actor, reason, {"lines": moved})
        if hold:
            sv.open_case(s, CaseKind.HOLD, new.id, new.flag_reason, actor.id)
        audit(s, actor, "split_created", "order", new.order_no, reason, None,
              {"from": o.order_no, "lines": moved, "hold": hold})
        changed(s, o, actor, "split_order", reason, None, {"later": new.order_no, "lines": moved})
        return new.order_no


# ------------------------------------------------------------------------------------------ reship (补发)
def reship(db: Database, actor: Actor, order_no: str, items: dict[int, int], cause: str, reason: str,
           cost: Decimal | None = None) -> str:
    """From a shipped order, a linked reship of only the missing or wrong items (line number → units): an order
    of its own, packed and labelled like any other, no charge to the buyer. Counted in the figures as a cost
    of errors (`cost`, or what the items sold for); when the cause is packing, charged to the packer on
    record. Returns the reship's order number."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        reason = _reason(reason)
        try:
            why = ReshipCause(cause)
        except ValueError:
            raise SupervisorError("the cause is packing, courier, stock or other, not {cause}", cause=cause) from None
        o = sv._order(s, order_no)
        if o.status is not OrderStatus.SHIPPED:
            raise SupervisorError("order {order_no} is {status}: only a shipped order is reshipped",
                                  order_no=o.order_no, status=o.status.value)
        chosen = _quantities(o, items, "reship")
        if cost is not None and cost < 0:
            raise SupervisorError("a cost cannot be negative")
        worth = sum((ln.price * q for ln, q in chosen), Decimal("0")) if cost is None else Decimal(cost)
        packer_id = None
        if why is ReshipCause.PACKING:
            packer_id = s.scalar(select(Parcel.packer_id).where(Parcel.order_id == o.id,
                                                                Parcel.status == ParcelStatus.PRINTED)
                                 .order_by(Parcel.id.desc()).limit(1))
        new = sv.order_like(s, o, "R", source="reship", amount=Decimal("0"),
                            seller_note=f"补发 reship of {o.order_no}: {reason}")
        moved = {}
        for i, (ln, qty) in enumerate(chosen, 1):
            new.lines.append(OrderLine(line_no=i, product_id=ln.product_id, qty=qty, title=ln.title,
                                       price=Decimal("0")))
            moved[str(ln.line_no)] = qty
        s.add(new)
        s.flush()
        _link(s, LinkKind.RESHIP, o, new, actor, reason, {"lines": moved}, cause=why, packer_id=packer_id,
              cost=worth)
        packer = s.get(Operator, packer_id).name if packer_id else None
        audit(s, actor, "reship", "order", new.order_no, reason, None,
              {"from": o.order_no, "lines": moved, "cause": why.value, "packer": packer, "cost": str(worth)})
        o.seller_note = f"{o.seller_note}\n补发 reship {new.order_no}".strip()
        changed(s, o, actor, "reshipped", reason, None, {"reship": new.order_no})
        return new.order_no


def close_reship(db: Database, actor: Actor, reship_no: str, outcome: str) -> None:
    """Closes a reship once it has shipped (or was cancelled): the buyer has what was missing."""
    with authorized(db, actor, Action.EDIT_ORDER) as (s, actor):
        outcome = _reason(outcome)
        r = sv._order(s, reship_no)
        link = s.scalar(select(OrderLink).where(OrderLink.other_id == r.id, OrderLink.kind == LinkKind.RESHIP))
        if link is None:
            raise SupervisorError("order {order_no} is no reship", order_no=r.order_no)
        if link.closed_at is not None:
            raise SupervisorError("reship {order_no} is already closed", order_no=r.order_no)
        if r.status not in (OrderStatus.SHIPPED, OrderStatus.CANCELLED):
            raise SupervisorError("reship {order_no} has not shipped yet", order_no=r.order_no)
        link.closed_at, link.closed_by, link.outcome = utcnow(), actor.id, outcome[:200]
        audit(s, actor, "close_reship", "order", r.order_no, outcome, {"state": "shipped"}, {"state": "closed"})


def reship_counts(s: Session, start, end) -> list[tuple[str, int | None, int, int, Decimal]]:
    """Reships made in [start, end): (cause, packer id, reships, items, cost) — the figures' cost of errors."""
    items = (select(func.coalesce(func.sum(OrderLine.qty), 0)).where(OrderLine.order_id == OrderLink.other_id)
             .scalar_subquery())
    rows = s.execute(select(OrderLink.cause, OrderLink.packer_id, func.count(), func.sum(items),
                            func.sum(OrderLink.cost))
                     .where(OrderLink.kind == LinkKind.RESHIP, OrderLink.created_at >= start,
                            OrderLink.created_at < end)
                     .group_by(OrderLink.cause, OrderLink.packer_id)
                     .order_by(OrderLink.cause, OrderLink.packer_id))
    return [(c.value if c else "", p, int(n), int(i or 0), Decimal(v or 0)) for c, p, n, i, v in rows]
