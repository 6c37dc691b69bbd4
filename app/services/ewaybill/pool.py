"""Numbers fetched ahead of need, so a slow or lost network never stops the line.

An e-waybill number (电子面单) is ordered for one order: the provider's sort code (大头笔 / 三段码) and 集包地
depend on the address. So the pool of a courier on an e-waybill account is "the next orders waiting for that
courier, each with its number already fetched": :func:`refill` orders numbers for the oldest waiting orders
until ``prefetch`` (the account's "kept ready") are ready, in the background (:class:`Prefetcher`, a plain
thread), and the station's sign-off takes the one fetched for its order (:func:`take`) without touching the
network. Only an order the pool has not reached yet is fetched at sign-off (:func:`ensure_for`, short timeout,
outside the sign-off's transaction); a range courier's sign-off does not come here at all.

A number fetched and not used — the order cancelled, moved to another courier, its recipient or address
changed (the routing was for the old one), or its parcel voided — is given
back through the provider's cancel call (:func:`recycle`). 快递100 numbers carry the recipient's address and
routing, so the provider allows no reuse for another order: cancel is the only way back.

Range couriers (号段) keep their pool in ``waybill_number`` (app.services.waybills); :func:`levels` reports both.

The network is never called inside a database transaction: fetch first, then write the answer in a short one.
"""
from __future__ import annotations

import hashlib
import json
import logging
import socket
import threading
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import Database
from ...labels.content import full_address
from ...models import (
    Courier, CourierAccount, EWaybill, EWaybillStatus, Flag, Order, OrderStatus, Parcel, ParcelStatus, Setting,
    WaybillNumber, WaybillStatus, utcnow,
)
from ..shops import NoSender
from ..waybills import PoolEmpty
from . import Issued, Party, ProviderError, Shipment
from .kuaidi100 import Account, Kuaidi100

log = logging.getLogger("packstation.ewaybill")

E_SOURCE = "kuaidi100"
SIGN_OFF_TIMEOUT_S = 4.0   # a fetch at sign-off waits this long at most; the background refill waits longer
REFILL_TIMEOUT_S = 10.0
WAITING = (OrderStatus.OPEN, OrderStatus.PACKING)

Provider = Callable[[CourierAccount, str, float], Kuaidi100]


def kuaidi100_for(acc: CourierAccount, courier_code: str, timeout_s: float) -> Kuaidi100:
    return Kuaidi100(Account(courier=courier_code, kuaidicom=acc.kuaidicom, key=acc.api_key, secret=acc.api_secret,
                             partner_id=acc.partner_id, partner_key=acc.partner_key,
                             partner_secret=acc.partner_secret, partner_name=acc.partner_name, net=acc.net,
                             code=acc.code, check_man=acc.check_man, exp_type=acc.exp_type, endpoint=acc.endpoint),
                     timeout_s=timeout_s)


@dataclass(frozen=True)
class PoolLevel:
    """How many numbers one courier has ready from its source, and whether to warn.

    Range: ``ready`` free numbers, low at or below the courier's warning level. E-waybill: ``ready`` numbers
    fetched for waiting orders, ``waiting`` orders for the courier without one yet; low when fewer than half
    of what should be ready are (the refill is not keeping up) or the provider refused in a way a person must
    fix (``problem``: the English template, ``problem_params`` its values, for the screens to translate)."""
    courier: str
    name: str
    source: str
    ready: int
    waiting: int
    warn_level: int
    low: bool
    problem: str = ""
    problem_params: dict | None = None


# -------------------------------------------------------------------------------------------- lookups
def default_courier_code(s: Session) -> str:
    raw = s.get(Setting, "default_courier")
    return json.loads(raw.value) if raw else ""


def courier_of(s: Session, order: Order) -> Courier | None:
    """The order's courier as the rules chose it (app.services.courier_rules)."""
    from .. import courier_rules

    return courier_rules.courier_for(s, order)


def account_for(s: Session, courier_id: int, shop: str = "") -> CourierAccount | None:
    """The account of (courier, shop), else the courier's default account (shop '')."""
    for key in dict.fromkeys(((shop or "").strip(), "")):
        acc = s.scalar(select(CourierAccount).where(CourierAccount.courier_id == courier_id,
                                                    CourierAccount.shop == key, CourierAccount.active.is_(True)))
        if acc is not None:
            return acc
    return None


def any_account(s: Session, courier_id: int) -> CourierAccount | None:
    """The courier's default account, else its first shop's: what the pool's size and the warning go by."""
    return account_for(s, courier_id) or s.scalar(
        select(CourierAccount).where(CourierAccount.courier_id == courier_id, CourierAccount.active.is_(True))
        .order_by(CourierAccount.shop).limit(1))


def shipment_for(s: Session, order: Order) -> Shipment:
    """What the provider is told: the recipient, the order's shop as the sender (the label's sender; NoSender
    when the shop has none — no number is ordered for an order that cannot be labelled), the cargo."""
    from ..shops import sender_for

    sender = sender_for(s, order.shop)
    cargo = next((ln.product.name for ln in order.lines if ln.product is not None), "")
    return Shipment(order_no=order.order_no,
                    recipient=Party(order.recipient_name, order.phone,
                                    full_address(order.province, order.city, order.district, order.address)),
                    sender=Party(sender.name, sender.phone, sender.address), cargo=cargo[:20])


def recipient_key(order: Order) -> str:
    """Who and where a number was ordered for: its routing (sort code, 集包地) is for that address."""
    text = "|".join((order.recipient_name, order.phone, order.province, order.city, order.district, order.address))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _ready_row(s: Session, order_id: int, courier_id: int) -> EWaybill | None:
    """The number ready for this order — only one ordered for its recipient as the order stands now."""
    order = s.get(Order, order_id)
    if order is None:
        return None
    return s.scalar(select(EWaybill).where(EWaybill.order_id == order_id, EWaybill.courier_id == courier_id,
                                           EWaybill.status == EWaybillStatus.READY,
                                           EWaybill.recipient_key == recipient_key(order))
                    .order_by(EWaybill.id).limit(1))


def label_extras(s: Session, courier_id: int, number: str) -> EWaybill | None:
    """What the provider gave for a number (sort code, 集包地, virtual phone), None for a range number."""
    return s.scalar(select(EWaybill).where(EWaybill.courier_id == courier_id, EWaybill.number == number))


def is_e_courier(c: Courier | None) -> bool:
    return c is not None and (c.waybill_source or "range") == E_SOURCE


# ---------------------------------------------------------------------------------------- the station
class NotFetched(PoolEmpty):
    """Sign-off found no number fetched for its order: the station fetches one (:func:`ensure_for`) and
    signs off again."""


def take(s: Session, order_id: int, courier_id: int) -> str | None:
    """Sign-off, inside the station's transaction: the number fetched for this order, now used; None if the
    pool holds none for it."""
    row = _ready_row(s, order_id, courier_id)
    if row is None:
        return None
    row.status, row.used_at = EWaybillStatus.USED, utcnow()
    s.flush()
    return row.number


def ensure_for(db: Database, order_id: int, provider: Provider = kuaidi100_for,
               timeout_s: float = SIGN_OFF_TIMEOUT_S) -> None:
    """Before sign-off: an e-waybill order the pool has not reached yet gets its number now (a short wait).
    Nothing for a range courier or an order whose number is ready. Raises ProviderError."""
    with db.session() as s:
        order = s.get(Order, order_id)
        courier = courier_of(s, order) if order else None
        if not is_e_courier(courier) or _ready_row(s, order_id, courier.id) is not None:
            return
        if order.refund_requested or order.flag is Flag.YELLOW:
            return  # the sign-off refuses it anyway: no number for it
        if s.scalar(select(Parcel.id).where(Parcel.order_id == order_id,
                                            Parcel.status == ParcelStatus.PRINTING)) is not None:
            return  # signed off again after a refused print: the parcel keeps the number it took
    _fetch(db, order_id, provider, timeout_s)


def _fetch(db: Database, order_id: int, provider: Provider, timeout_s: float) -> str | None:
    """Orders one number for the order (network outside any transaction), then keeps it; returns it."""
    with db.session() as s:
        order = s.get(Order, order_id)
        courier = courier_of(s, order)
        acc = account_for(s, courier.id, order.shop)
        if acc is None:
            if order.shop:
                raise ProviderError("{courier} has no e-waybill account for shop '{shop}'", "account",
                                    courier=courier.code, shop=order.shop)
            raise ProviderError("{courier} has no e-waybill account yet", "account", courier=courier.code)
        try:
            shipment = shipment_for(s, order)
        except NoSender:
            return None  # the scan stops this order until its shop has a sender: no number wasted on it
        key = recipient_key(order)
        client = provider(acc, courier.code, timeout_s)
        courier_id, courier_code, acc_id = courier.id, courier.code, acc.id
    try:
        issued: Issued = client.order(shipment)
    except ProviderError as exc:
        if not exc.retry:
            _note_problem(db, acc_id, exc)
        raise
    with db.session() as s:
        order = s.get(Order, order_id)
        taken = _ready_row(s, order_id, courier_id)
        still = (order is not None and order.status in WAITING and courier_of(s, order) is not None
                 and courier_of(s, order).id == courier_id and recipient_key(order) == key)
        if taken is None and still:
            s.add(EWaybill(courier_id=courier_id, account_id=acc_id, order_id=order_id, number=issued.number,
                           status=EWaybillStatus.READY, sort_code=issued.sort_code[:64], hub=issued.hub[:64],
                           hub_code=issued.hub_code[:32], virtual_phone=issued.virtual_phone[:40],
                           task_id=issued.task_id[:64], kd_order_num=issued.kd_order_num[:64],
                           recipient_key=key, note=""))
            acc = s.get(CourierAccount, acc_id)
            acc.last_error, acc.last_error_at = "", None
            return issued.number
    # another station fetched one for the same order meanwhile, or the order moved on: give this one back
    try:
        client.cancel(issued.number, issued.kd_order_num, "重复取号")
    except ProviderError as exc:
        log.warning("could not cancel the spare number %s of %s: %s", issued.number, courier_code, exc)
    return None


def _note_problem(db: Database, acc_id: int, exc: ProviderError) -> None:
    with db.session() as s:
        acc = s.get(CourierAccount, acc_id)
        if acc is not None:
            acc.last_error = json.dumps({"template": exc.template, "params": {k: str(v) for k, v in
                                                                              exc.params.items()}},
                                        ensure_ascii=False)
            acc.last_error_at = utcnow()


# ------------------------------------------------------------------------------------ the background
@dataclass(frozen=True)
class RefillResult:
    fetched: int
    failed: int
    cancelled: int
    errors: tuple[str, ...] = ()


def _waiting(s: Session, courier: Courier):
    """The orders waiting for ``courier`` that have no number ready yet (and can be shipped): a WHERE."""
    mine = Order.courier_id == courier.id
    if default_courier_code(s) == courier.code:
        mine = mine | Order.courier_id.is_(None)
    has = select(EWaybill.order_id).where(EWaybill.courier_id == courier.id, EWaybill.status == EWaybillStatus.READY)
    return (mine, Order.status.in_(WAITING), Order.refund_requested.is_(False), Order.flag != Flag.YELLOW,
            Order.id.not_in(has))


def _waiting_orders(s: Session, courier: Courier, limit: int) -> list[int]:
    """The oldest of them, first served."""
    return list(s.scalars(select(Order.id).where(*_waiting(s, courier)).order_by(Order.id).limit(limit)))


def refill(db: Database, provider: Provider = kuaidi100_for, timeout_s: float = REFILL_TIMEOUT_S,
           courier_code: str | None = None) -> RefillResult:
    """One round: recycle what will not be used, then fetch until each e-waybill courier has its ``prefetch``
    ready. Stops a courier's round at the first refusal (a refusal that needs a person is kept on the
    account for the screens); never raises for the provider."""
    cancelled = recycle(db, provider, timeout_s)
    fetched = failed = 0
    errors: list[str] = []
    with db.session() as s:
        q = select(Courier).where(Courier.active.is_(True), Courier.waybill_source == E_SOURCE)
        if courier_code:
            q = q.where(Courier.code == courier_code.upper())
        plans = []
        for c in s.scalars(q):
            acc = any_account(s, c.id)
            target = acc.prefetch if acc else 20
            ready = s.scalar(select(func.count()).select_from(EWaybill).where(
                EWaybill.courier_id == c.id, EWaybill.status == EWaybillStatus.READY)) or 0
            if target > ready:
                plans.append((c.code, _waiting_orders(s, c, target - ready)))
    for code, order_ids in plans:
        for order_id in order_ids:
            try:
                if _fetch(db, order_id, provider, timeout_s):
                    fetched += 1
            except ProviderError as exc:
                failed += 1
                errors.append(f"{code}: {exc}")
                break  # the next order would meet the same refusal or the same dead network
    return RefillResult(fetched, failed, cancelled, tuple(errors))


def recycle(db: Database, provider: Provider = kuaidi100_for, timeout_s: float = REFILL_TIMEOUT_S) -> int:
    """Cancels with the provider every number that will not be used: fetched for an order now cancelled,
    shipped on another number, moved to another courier or sent to another recipient or address, and numbers
    on a voided parcel. Returns how many
    were cancelled; a refused cancel is kept as CANCEL_FAILED with the provider's words."""
    with db.session() as s:
        rows = s.execute(select(EWaybill, Order).join(Order, Order.id == EWaybill.order_id).where(
            EWaybill.status.in_((EWaybillStatus.READY, EWaybillStatus.USED)))).all()
        todo = []
        for ew, order in rows:
            courier = courier_of(s, order)
            if ew.status is EWaybillStatus.READY:
                gone = (order.status in (OrderStatus.CANCELLED, OrderStatus.SHIPPED, OrderStatus.MERGED)
                        or courier is None or courier.id != ew.courier_id or ew.recipient_key != recipient_key(order))
            else:
                gone = s.scalar(select(Parcel.id).where(Parcel.waybill_no == ew.number,
                                                        Parcel.courier_id == ew.courier_id,
                                                        Parcel.status == ParcelStatus.VOID)) is not None
            if gone:
                acc = s.get(CourierAccount, ew.account_id)
                code = s.get(Courier, ew.courier_id).code
                todo.append((ew.id, ew.number, ew.kd_order_num, provider(acc, code, timeout_s)))
    done = 0
    for ew_id, number, kd, client in todo:
        try:
            client.cancel(number, kd, "订单取消或改派")
            status, note = EWaybillStatus.CANCELLED, ""
            done += 1
        except ProviderError as exc:
            if exc.retry:
                continue  # the network again: the next round tries
            status, note = EWaybillStatus.CANCEL_FAILED, str(exc)
        with db.session() as s:
            ew = s.get(EWaybill, ew_id)
            ew.status, ew.closed_at, ew.note = status, utcnow(), note
    return done


def has_e_couriers(db: Database) -> bool:
    with db.session() as s:
        return s.scalar(select(Courier.id).where(Courier.active.is_(True), Courier.waybill_source == E_SOURCE)
                        .limit(1)) is not None


LEASE_SETTING = "ewaybill_prefetch_lease"


def take_lease(db: Database, holder: str, seconds: float) -> bool:
    """One station refills at a time: several stations on one server would otherwise order numbers for the
    same orders at once (each spare cancelled again, but the provider counts them). The lease is a setting
    row, locked while it is read and renewed; a station that stops holding it (closed, crashed) loses it when
    it expires, and the next one takes over."""
    from datetime import datetime, timedelta

    from sqlalchemy.exc import IntegrityError

    from ..rows import locked

    now = utcnow()
    try:
        with db.session() as s:
            row = locked(s, Setting, Setting.key == LEASE_SETTING)
            if row is not None:
                got = json.loads(row.value or "{}")
                until = datetime.fromisoformat(got.get("until", "1970-01-01T00:00:00+00:00"))
                if got.get("holder") != holder and until > now:
                    return False
            value = json.dumps({"holder": holder, "until": (now + timedelta(seconds=seconds)).isoformat()})
            if row is None:
                s.add(Setting(key=LEASE_SETTING, value=value))
            else:
                row.value = value
    except IntegrityError:  # another station wrote the first lease at the same moment: it has it
        return False
    return True


class Prefetcher(threading.Thread):
    """Keeps the pools filled: a refill round every ``interval_s`` (and at once on :meth:`poke`), until
    :meth:`stop`, on the station that holds the lease (:func:`take_lease`). A plain daemon thread; a round
    that fails is logged and tried again next time."""

    def __init__(self, db: Database, interval_s: float = 30.0, provider: Provider = kuaidi100_for,
                 holder: str = ""):
        super().__init__(name="ewaybill-prefetch", daemon=True)
        self.db, self.interval_s, self.provider = db, interval_s, provider
        self.holder = holder or f"{socket.gethostname()}:{id(self)}"
        self._stop_event = threading.Event()
        self._wake = threading.Event()
        self.rounds = 0
        self.last: RefillResult | None = None

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                if has_e_couriers(self.db) and take_lease(self.db, self.holder, max(60.0, self.interval_s * 3)):
                    self.last = refill(self.db, self.provider)
            except Exception:  # noqa: BLE001 - the database away, a bug: the line goes on, the log has it
                log.exception("e-waybill refill round failed")
            self.rounds += 1
            self._wake.wait(self.interval_s)
            self._wake.clear()

    def poke(self) -> None:
        self._wake.set()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop_event.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout_s)


# ------------------------------------------------------------------------------------------- levels
def levels(db: Database) -> list[PoolLevel]:
    """Every active courier's pool from its own source, with its warning."""
    with db.session() as s:
        return [_level(s, c) for c in s.scalars(select(Courier).where(Courier.active.is_(True))
                                                .order_by(Courier.code))]


def level_for(db: Database, courier_code: str) -> PoolLevel | None:
    with db.session() as s:
        c = s.scalar(select(Courier).where(Courier.code == (courier_code or "").strip().upper()))
        return _level(s, c) if c is not None else None


def _level(s: Session, c: Courier) -> PoolLevel:
    warn = int(c.warn_level if c.warn_level is not None else 200)
    if (c.waybill_source or "range") != E_SOURCE:
        free = s.scalar(select(func.count()).select_from(WaybillNumber).where(
            WaybillNumber.courier_id == c.id, WaybillNumber.status == WaybillStatus.FREE)) or 0
        return PoolLevel(c.code, c.name, "range", free, 0, warn, free <= warn)
    acc = any_account(s, c.id)
    ready = s.scalar(select(func.count()).select_from(EWaybill).where(
        EWaybill.courier_id == c.id, EWaybill.status == EWaybillStatus.READY)) or 0
    waiting = s.scalar(select(func.count()).select_from(Order).where(*_waiting(s, c))) or 0
    target = min(acc.prefetch if acc else 0, ready + waiting)
    problem, params = "", None
    if acc is None:
        problem, params = "{courier} has no e-waybill account yet", {"courier": c.code}
    elif acc.last_error:
        got = json.loads(acc.last_error)
        problem, params = got.get("template", ""), got.get("params", {})
    return PoolLevel(c.code, c.name, E_SOURCE, ready, waiting, warn, bool(problem) or ready * 2 < target, problem,
                     params)
