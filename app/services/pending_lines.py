"""Lines of imported orders that name no product we know (no Qt).

An order file often holds a line whose 商家编码 (SKU) is not in the product list yet (a new colour listed on
the platform before the product file came) or is blank (a 补邮费 / 补差价 link, a product the shop never
gave a code). Refusing the whole file for it stops the day; packing the order without it ships a parcel
short. So the import keeps such a line as a *pending line* and the order waits:

* the station refuses to start it and says which SKUs it waits for (Err.ORDER_UNKNOWN_SKU);
* the exceptions queue has one UNKNOWN_SKU case per order, naming the SKUs and the file and row;
* when the products arrive (a products import, a product added at the desk) the lines become order lines
  and the case closes by itself (:func:`resolve`);
* a supervisor gives a blank line its SKU (:func:`assign_sku`) or drops a line that is no item, such as a
  postage link (:func:`drop`), each audited.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.errors import ServiceError
from ..domain.permissions import Action
from ..models import Barcode, CaseKind, CaseStatus, ExceptionCase, Order, OrderLine, OrderStatus, PendingLine, Product, utcnow
from .audit import audit
from .auth import authorized
from .reporting import LedgerError, need_reason
from .supervisor import open_case

@dataclass(frozen=True)
class PendingView:
    id: int
    order_no: str
    sku: str        # "" for a line the file left blank
    title: str
    qty: int
    source: str
    row: int


def _reason(lines: list[PendingLine] | list[list]) -> tuple[str, dict]:
    def get(ln, i, attr):
        return getattr(ln, attr) if isinstance(ln, PendingLine) else ln[i]
    skus = list(dict.fromkeys(get(ln, 0, "sku") for ln in lines if get(ln, 0, "sku")))
    blank = sum(1 for ln in lines if not get(ln, 0, "sku"))
    first = min(lines, key=lambda ln: get(ln, 4, "row"))
    params = {"skus": ", ".join(skus), "blank": blank, "file": get(first, 5, "source"), "row": get(first, 4, "row")}
    if skus and blank:
        template = ("SKU {skus} not in the product list and {blank} line(s) without SKU (商家编码) ({file} row {row}): "
                    "the order waits")
    elif skus:
        template = "SKU {skus} not in the product list ({file} row {row}): the order waits until the products are added"
    else:
        template = ("{blank} line(s) without SKU (商家编码) ({file} row {row}): give the item its SKU or drop the line, "
                    "then the order can be packed")
    return template, params


def _set_case(s: Session, order_id: int, lines: list, actor_id: int | None = None) -> None:
    """The order's UNKNOWN_SKU case says what it waits for now: opened, reworded, or closed when nothing."""
    case = s.scalar(select(ExceptionCase).where(ExceptionCase.order_id == order_id,
                                                ExceptionCase.kind == CaseKind.UNKNOWN_SKU,
                                                ExceptionCase.status == CaseStatus.OPEN))
    if not lines:
        if case is not None:
            case.status, case.outcome = CaseStatus.RESOLVED, "products arrived: lines added to the order"
            case.resolved_at, case.resolved_by = utcnow(), actor_id
        return
    template, params = _reason(lines)
    detail = {"skus": params["skus"].split(", ") if params["skus"] else [], "blank": params["blank"]}
    if case is None:
        open_case(s, CaseKind.UNKNOWN_SKU, order_id, template, actor_id=actor_id, detail=detail, params=params)
        return
    case.reason = ServiceError(template, **params).args[0]
    case.detail = json.dumps(detail | {"reason_template": template, "reason_params": params}, ensure_ascii=False)


def hold(s: Session, order_id: int, lines: list[list], filename: str) -> None:
    """An import's pending lines for an open order (each [sku, qty, title, price, row]) replace those it had;
    the order's case says what it waits for."""
    had = s.execute(delete(PendingLine).where(PendingLine.order_id == order_id)).rowcount
    if had or lines:
        s.execute(update(Order).where(Order.id == order_id).values(revision=Order.revision + 1))
    rows = [[sku, qty, title, Decimal(price), row, filename[:300]] for sku, qty, title, price, row in lines]
    for sku, qty, title, price, row, source in rows:
        s.add(PendingLine(order_id=order_id, sku=sku, title=title[:200], qty=qty, price=price, source=source, row=row))
    _set_case(s, order_id, rows)


def skus_of(s: Session, order_id: int) -> list[str]:
    """What an order waits for, as the station says it (a blank line shows as its title)."""
    return [ln.sku or f"“{ln.title or '?'}”" for ln in
            s.scalars(select(PendingLine).where(PendingLine.order_id == order_id).order_by(PendingLine.id))]


def resolve(s: Session, skus: Iterable[str] | None = None, actor_id: int | None = None) -> list[str]:
    """Pending lines whose SKU is now a product become lines of their (open) orders; orders left with none
    have their case closed. ``skus``: only these (the products just added). Returns the orders released."""
    q = (select(PendingLine, Product.id).join(Product, Product.sku == PendingLine.sku)
         .join(Order, Order.id == PendingLine.order_id)
         .where(Order.status.in_([OrderStatus.OPEN, OrderStatus.WAITING]), PendingLine.sku != ""))
    if skus is not None:
        skus = list(skus)
        if not skus:
            return []
        q = q.where(PendingLine.sku.in_(skus))
    by_order: dict[int, list[tuple[PendingLine, int]]] = {}
    for ln, pid in s.execute(q.order_by(PendingLine.order_id, PendingLine.id)):
        by_order.setdefault(ln.order_id, []).append((ln, pid))
    released: list[str] = []
    for order_id, items in by_order.items():
        o = s.get(Order, order_id)
        lines = {ln.product_id: ln for ln in o.lines}
        next_no = max((ln.line_no for ln in o.lines), default=0) + 1
        for pl, pid in items:
            line = lines.get(pid)
            if line is not None:
                line.qty += pl.qty
            else:
                lines[pid] = OrderLine(order_id=o.id, line_no=next_no, product_id=pid, title=pl.title, qty=pl.qty,
                                       price=pl.price, scanned_qty=0, manual_checked=False)
                s.add(lines[pid])
                next_no += 1
            s.delete(pl)
        s.flush()
        o.revision += 1
        audit(s, None, "pending_resolved", "order", o.order_no, "products arrived",
              after={"lines": [[pl.sku, pl.qty] for pl, _ in items]})
        left = list(s.scalars(select(PendingLine).where(PendingLine.order_id == o.id)))
        _set_case(s, o.id, left, actor_id)
        if not left:
            released.append(o.order_no)
    return released


def list_pending(db: Database, order_no: str | None = None, limit: int = 500) -> list[PendingView]:
    with db.session() as s:
        q = (select(PendingLine, Order.order_no).join(Order, Order.id == PendingLine.order_id)
             .order_by(PendingLine.id).limit(limit))
        if order_no:
            q = q.where(Order.order_no == order_no)
        return [PendingView(ln.id, no, ln.sku, ln.title, ln.qty, ln.source, ln.row) for ln, no in s.execute(q)]


def count_waiting(s: Session) -> int:
    """Open orders that wait for a product."""
    return int(s.scalar(select(func.count(func.distinct(PendingLine.order_id)))) or 0)


def _line(s: Session, pending_id: int) -> tuple[PendingLine, Order]:
    ln = s.get(PendingLine, pending_id)
    if ln is None:
        raise LedgerError("no waiting line {id}", id=pending_id)
    o = s.get(Order, ln.order_id)
    if o.status not in (OrderStatus.OPEN, OrderStatus.WAITING):
        raise LedgerError("order {order} is no longer waiting to be packed: its lines cannot change now",
                          order=o.order_no)
    return ln, o


def assign_sku(db: Database, actor: Actor, pending_id: int, code: str, reason: str) -> list[str]:
    """A supervisor names the product a waiting line is (a blank SKU, or one the shop misspelt): its SKU, or
    the barcode of the item in hand, scanned."""
    reason = need_reason(reason)
    code = (code or "").strip()
    with authorized(db, actor, Action.EDIT_ORDER) as (s, op):
        ln, o = _line(s, pending_id)
        sku = s.scalar(select(Product.sku).where(Product.sku == code)) or s.scalar(
            select(Product.sku).join(Barcode, Barcode.product_id == Product.id).where(Barcode.code == code))
        if sku is None:
            raise LedgerError("no product with SKU or barcode {sku}", sku=code)
        audit(s, op, "pending_assign", "order", o.order_no, reason, before={"sku": ln.sku, "title": ln.title},
              after={"sku": sku})
        ln.sku = sku
        s.flush()
        return resolve(s, [sku], op.id)


def drop(db: Database, actor: Actor, pending_id: int, reason: str) -> None:
    """A supervisor drops a waiting line that is no item to pack (a postage link, 补差价)."""
    reason = need_reason(reason)
    with authorized(db, actor, Action.EDIT_ORDER) as (s, op):
        ln, o = _line(s, pending_id)
        audit(s, op, "pending_drop", "order", o.order_no, reason,
              before={"sku": ln.sku, "title": ln.title, "qty": ln.qty})
        s.delete(ln)
        s.flush()
        left = list(s.scalars(select(PendingLine).where(PendingLine.order_id == o.id)))
        if not left:
            s.execute(update(Order).where(Order.id == o.id).values(revision=Order.revision + 1))
        _set_case(s, o.id, left, op.id)
