"""Stock that matches the shelf (no Qt): what is reserved by the open orders, what would oversell, each SKU's
own low level, and the count by scanning (盘点).

* **Reserved** is what the orders not yet shipped still need: every line of an open order, and what a
  station has not yet shipped of an order it is packing. **Available** is the stock less that.
* **Oversold (超卖).** The stock goes to the orders in the order they were paid (first paid, first served;
  orders already at a station first of all). An order whose lines the stock left over cannot cover is held
  with an OVERSOLD case naming the SKUs — found at the import, not at the station — and released by itself
  when stock comes (a count, a return, a void, a cancelled order) or when the orders before it go. The
  shared setting ``oversell`` = ``"allow"`` turns this off for a warehouse that keeps no stock here.
* **Never below zero without a counted reason.** A parcel shipped with the books showing fewer than it
  held means the books were short: the stock is set to zero with a ``books_short`` move that says so, and
  the SKU is listed to be counted.
* **Low stock** is per SKU (``Product.low_stock``; unset: :data:`LOW_STOCK`).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.errors import ServiceError
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    CaseKind, CaseStatus, ExceptionCase, Order, OrderLine, OrderStatus, Parcel, ParcelLine, ParcelStatus, Product,
    StockMove, utcnow,
)
from .audit import audit
from .auth import authorized
from .reporting import LedgerError, get_setting, need_reason
from .rows import locked

LOW_STOCK = 5                 # the low-stock level of a SKU that has none of its own
OVERSELL_SETTING = "oversell"  # "hold" (default): oversold orders are held; "allow": not
MAX_LEVEL = 1_000_000


@dataclass(frozen=True)
class StockLevel:
    sku: str
    name: str
    variant: str       # colour / size
    stock: int         # on the books
    reserved: int      # what the orders not yet shipped need
    available: int     # stock - reserved (below zero: the open orders want more than there is)
    low_at: int        # this SKU's low level
    recount: bool      # shipped with the books short since the last count: count it

    @property
    def low(self) -> bool:
        return self.available <= self.low_at

    @property
    def short(self) -> bool:
        return self.available < 0


def reserved(s: Session, product_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Units each product's orders not yet shipped still need: open orders' lines, and the part of an order
    at a station not yet in a printed parcel. Orders with a refund requested reserve nothing."""
    line = OrderLine.__table__
    o = Order.__table__
    q = (select(line.c.product_id, func.sum(line.c.qty)).join(o, o.c.id == line.c.order_id)
         .where(o.c.status.in_([OrderStatus.OPEN, OrderStatus.PACKING]), o.c.refund_requested.is_(False))
         .group_by(line.c.product_id))
    ids = None if product_ids is None else list(product_ids)
    if ids is not None:
        q = q.where(line.c.product_id.in_(ids))
    out = {pid: int(n) for pid, n in s.execute(q)}
    shipped = (select(line.c.product_id, func.sum(ParcelLine.qty))
               .join(ParcelLine, ParcelLine.order_line_id == line.c.id).join(Parcel, Parcel.id == ParcelLine.parcel_id)
               .join(o, o.c.id == line.c.order_id)
               .where(o.c.status == OrderStatus.PACKING, o.c.refund_requested.is_(False),
                      Parcel.status != ParcelStatus.VOID).group_by(line.c.product_id))
    if ids is not None:
        shipped = shipped.where(line.c.product_id.in_(ids))
    for pid, n in s.execute(shipped):
        out[pid] = out.get(pid, 0) - int(n)
    return out


def _recount(s: Session) -> set[int]:
    """Products shipped with the books short since their last count."""
    short = dict(s.execute(select(StockMove.product_id, func.max(StockMove.ts)).where(StockMove.kind == "books_short")
                           .group_by(StockMove.product_id)).all())
    if not short:
        return set()
    counted = dict(s.execute(select(StockMove.product_id, func.max(StockMove.ts))
                             .where(StockMove.kind == "count", StockMove.product_id.in_(list(short)))
                             .group_by(StockMove.product_id)).all())
    return {pid for pid, ts in short.items() if pid not in counted or counted[pid] < ts}


def levels(db: Database, only: str | None = None, search: str = "") -> list[StockLevel]:
    """Every active SKU's stock, reserved and available. ``only``: "low" (at or below its level), "short"
    (the open orders want more than there is: the list to see before a promotion), "recount"."""
    with db.session() as s:
        q = select(Product).where(Product.active.is_(True)).order_by(Product.sku)
        if search.strip():
            like = f"%{search.strip()}%"
            q = q.where(Product.sku.like(like) | Product.name.like(like) | Product.style.like(like))
        products = list(s.scalars(q))
        need = reserved(s)
        recount = _recount(s)
        out = []
        for p in products:
            r = need.get(p.id, 0)
            lv = StockLevel(p.sku, p.name, "/".join(x for x in (p.colour, p.size) if x), p.stock, r, p.stock - r,
                            p.low_stock if p.low_stock is not None else LOW_STOCK, p.id in recount)
            if only is None or (only == "low" and lv.low) or (only == "short" and lv.short) or \
                    (only == "recount" and lv.recount):
                out.append(lv)
        if only in ("low", "short"):
            out.sort(key=lambda lv: (lv.available, lv.sku))
        return out


def set_low_level(db: Database, actor: Actor, sku: str, level: int | None, reason: str) -> None:
    """A SKU's own low-stock level (None: the warehouse's, LOW_STOCK)."""
    reason = need_reason(reason)
    if level is not None and not 0 <= level <= MAX_LEVEL:
        raise LedgerError("a low-stock level is a whole number from 0 to {max}", max=MAX_LEVEL)
    with authorized(db, actor, Action.CORRECT_STOCK) as (s, op):
        p = locked(s, Product, Product.sku == (sku or "").strip())
        if p is None:
            raise LedgerError("no SKU {sku}", sku=sku)
        audit(s, op, "set_low_stock", "product", p.sku, reason, {"low_stock": p.low_stock}, {"low_stock": level})
        p.low_stock = level


# ------------------------------------------------------------------------------------------------ oversold
def rebalance(s: Session) -> tuple[list[str], list[str]]:
    """Gives the stock to the open orders, first paid first, and holds (OVERSOLD case) each order it cannot
    cover; releases those it now covers. Returns (orders newly held, orders released)."""
    held_now: dict[int, list[str]] = {}
    if get_setting(s, OVERSELL_SETTING, "hold") != "allow":
        left = dict(s.execute(select(Product.id, Product.stock)).all())
        packing = reserved(s)  # open + packing …
        o = Order.__table__
        line = OrderLine.__table__
        open_only = (o.c.status == OrderStatus.OPEN, o.c.refund_requested.is_(False))
        open_need = {pid: int(n) for pid, n in s.execute(
            select(line.c.product_id, func.sum(line.c.qty)).join(o, o.c.id == line.c.order_id)
            .where(*open_only).group_by(line.c.product_id))}
        for pid, n in packing.items():  # … less the open ones: what the stations have, served first
            left[pid] = left.get(pid, 0) - (n - open_need.get(pid, 0))
        sku = dict(s.execute(select(Product.id, Product.sku)).all())

        def settle(oid: int, want: dict[int, int]) -> None:
            short = [pid for pid, qty in want.items() if left.get(pid, 0) < qty]
            if short:
                held_now[oid] = sorted(sku[pid] for pid in short)
            else:
                for pid, qty in want.items():
                    left[pid] -= qty

        # streamed, an order's lines together, first paid first: memory stays flat however many orders
        open_lines = (select(o.c.id, line.c.product_id, line.c.qty).join(line, line.c.order_id == o.c.id)
                      .where(*open_only).order_by(func.coalesce(o.c.paid_at, o.c.imported_at), o.c.id)
                      .execution_options(yield_per=5000))
        current, want = None, {}
        for oid, pid, qty in s.execute(open_lines):
            if oid != current:
                if current is not None:
                    settle(current, want)
                current, want = oid, {}
            want[pid] = want.get(pid, 0) + qty
        if current is not None:
            settle(current, want)
    # the cases, written in bulk (a promotion day may hold thousands of orders at one import)
    ec, o = ExceptionCase.__table__, Order.__table__
    cases = dict(s.execute(select(ec.c.order_id, ec.c.id).where(ec.c.kind == CaseKind.OVERSOLD,
                                                              ec.c.status == CaseStatus.OPEN)).all())
    template = "oversold: the stock of {skus} does not cover this order after the orders paid before it"
    new_ids = [oid for oid in held_now if oid not in cases]
    gone = [oid for oid in cases if oid not in held_now]
    newly: list[str] = []
    released: list[str] = []
    now = utcnow()
    for i in range(0, len(new_ids), 500):
        chunk = new_ids[i:i + 500]
        numbers = dict(s.execute(select(o.c.id, o.c.order_no).where(o.c.id.in_(chunk))).all())
        rows = []
        for oid in chunk:
            params = {"skus": ", ".join(held_now[oid])}
            rows.append({"order_id": oid, "kind": CaseKind.OVERSOLD, "status": CaseStatus.OPEN,
                         "reason": ServiceError(template, **params).args[0], "outcome": "", "created_at": now,
                         "detail": json.dumps({"skus": held_now[oid], "reason_template": template,
                                               "reason_params": params}, ensure_ascii=False)})
            newly.append(numbers[oid])
        s.execute(insert(ec), rows)
    for i in range(0, len(gone), 500):
        chunk = gone[i:i + 500]
        released += list(s.scalars(select(o.c.order_no).where(o.c.id.in_(chunk))))
        s.execute(update(ec).where(ec.c.order_id.in_(chunk), ec.c.kind == CaseKind.OVERSOLD,
                                   ec.c.status == CaseStatus.OPEN)
                  .values(status=CaseStatus.RESOLVED, outcome="stock covers the order now", resolved_at=now))
    return newly, released


def rebalance_at_commit(s: Session) -> None:
    """Rebalance once, just before this session commits, whatever else the change does after the call (a
    change of lines, a cancel, a merge or split, a flag that makes an order packable)."""
    if s.info.get("rebalance_at_commit"):
        return
    s.info["rebalance_at_commit"] = True

    def before_commit(session: Session) -> None:
        session.info.pop("rebalance_at_commit", None)
        session.flush()
        rebalance(session)

    event.listen(s, "before_commit", before_commit, once=True)


def oversold_skus(s: Session, order_id: int) -> list[str] | None:
    """The SKUs an oversold order waits for, or None when it is not held for stock."""
    case = s.scalar(select(ExceptionCase).where(ExceptionCase.order_id == order_id,
                                                ExceptionCase.kind == CaseKind.OVERSOLD,
                                                ExceptionCase.status == CaseStatus.OPEN))
    if case is None:
        return None
    return list(json.loads(case.detail or "{}").get("skus") or [])


def after_shipping(s: Session, product_id: int, order_id: int, actor_id: int | None, waybill_no: str) -> None:
    """Called once a parcel's units are off the books: a stock below zero means the books had fewer than
    were in hand. It is put at zero by a move that says so, and the SKU waits to be counted."""
    p = s.get(Product, product_id)
    s.refresh(p, ["stock"])
    if p.stock < 0:
        s.add(StockMove(product_id=p.id, delta=-p.stock, kind="books_short", order_id=order_id, actor_id=actor_id,
                        reason=f"shipped in {waybill_no} with the books at {p.stock}: count this SKU"))
        p.stock = 0


# ------------------------------------------------------------------------------------------------ counting
@dataclass(frozen=True)
class CountLine:
    sku: str
    name: str
    variant: str
    counted: int
    books: int
    difference: int   # counted - books


def set_count(s: Session, op, p: Product, counted: int, reason: str, kind: str = "count") -> int:
    """Puts one (locked) product's stock at what was counted, with the difference as a move; audited."""
    if counted < 0:
        raise LedgerError("a count cannot be negative")
    delta = counted - p.stock
    s.add(StockMove(product_id=p.id, delta=delta, kind=kind, reason=reason, actor_id=op.id))
    audit(s, op, "stock_" + kind, "product", p.sku, reason, {"stock": p.stock}, {"stock": counted})
    p.stock = counted
    return delta


def find_item(db: Database, code: str) -> tuple[str, str]:
    """(SKU, name) of a scanned barcode or a typed SKU, for a count."""
    from ..models import Barcode

    code = (code or "").strip()
    with db.session() as s:
        row = s.execute(select(Product.sku, Product.name).join(Barcode, Barcode.product_id == Product.id)
                        .where(Barcode.code == code)).first() or \
            s.execute(select(Product.sku, Product.name).where(Product.sku == code)).first()
    if row is None:
        raise LedgerError("{code} is no product we know", code=code)
    return row[0], row[1]


def count_sheet(db: Database, counted: dict[str, int], whole: bool) -> list[CountLine]:
    """What a count found against the books: the SKUs counted (``whole``: every active SKU, those not
    counted at 0 — a count of the whole stock), differences first."""
    with db.session() as s:
        q = select(Product).order_by(Product.sku)
        q = q.where(Product.active.is_(True)) if whole else q.where(Product.sku.in_(list(counted)))
        products = {p.sku: p for p in s.scalars(q)}
        unknown = sorted(set(counted) - set(products))
        if unknown:
            raise LedgerError("no SKU {sku}", sku=", ".join(unknown))
        out = [CountLine(p.sku, p.name, "/".join(x for x in (p.colour, p.size) if x), counted.get(p.sku, 0), p.stock,
                         counted.get(p.sku, 0) - p.stock) for p in products.values()]
    out.sort(key=lambda ln: (ln.difference == 0, ln.sku))
    return out


def apply_count(db: Database, actor: Actor, counted: dict[str, int], whole: bool, reason: str) -> list[CountLine]:
    """Books every difference of a count in one transaction (a move and an audit row per SKU that differs),
    then gives the stock to the open orders again. Returns the differences booked."""
    reason = need_reason(reason)
    if not counted and not whole:
        raise LedgerError("nothing was counted")
    with authorized(db, actor, Action.CORRECT_STOCK) as (s, op):
        q = select(Product).order_by(Product.id).with_for_update()  # id order: never waits on another action
        q = q.where(Product.active.is_(True)) if whole else q.where(Product.sku.in_(list(counted)))
        products = list(s.scalars(q))
        unknown = sorted(set(counted) - {p.sku for p in products})
        if unknown:
            raise LedgerError("no SKU {sku}", sku=", ".join(unknown))
        booked = []
        for p in products:
            n = counted.get(p.sku, 0)
            if n != p.stock:
                books = p.stock
                set_count(s, op, p, n, reason)
                booked.append(CountLine(p.sku, p.name, "/".join(x for x in (p.colour, p.size) if x), n, books,
                                        n - books))
        s.flush()
        rebalance(s)
        return booked
