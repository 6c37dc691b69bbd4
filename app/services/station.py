"""One packing station: the pack flow plus the database and the devices it drives.

Every method is one user action: it feeds the pure `PackFlow` an event, carries out the effects in one
database session (committed before the method returns: a killed program loses no scan), and returns the
flow's new state for the screen to redraw from. No Qt here; the UI calls these methods.
"""
from __future__ import annotations

import functools
import io
import json
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..devices.printers import PrinterOutcomeUnknown, PrinterRefused
from ..devices.printers.log import confirm_printed, in_doubt, mark_not_printed, send_logged
from ..labels.render import LabelRenderError
from ..domain import commands as cmd
from ..domain import packflow as pf
from ..domain.packflow import Err, Phase, State
from ..domain.weight import HISTORY_SIZE, Learned, Tolerance, learn, mix_key
from ..labels.content import region_text
from ..labels.data import LabelItem, WaybillLabel
from ..models import (
    AuditLog, Barcode, Carton, CaseKind, Courier, Flag, Operator, Order, OrderLine, OrderStatus, Parcel,
    ParcelLine, ParcelStatus, Product, ScanEvent, Setting, Station, StockMove, utcnow,
)
from . import auth, courier_rules, pending_lines, rows, shops, stations, stock, supervisor, waybills
from .ewaybill import ProviderError
from .ewaybill import pool as ewaybill_pool

log = logging.getLogger(__name__)

DEFAULT_COURIER_SETTING = "default_courier"


class Printer:
    """What the station needs of a printer (see app.devices.printers)."""

    def send(self, job_id: str, data: bytes) -> None: ...


def product_view(p: Product) -> pf.ProductView:
    return pf.ProductView(id=p.id, sku=p.sku, name=p.name, style=p.style, colour=p.colour, size=p.size,
                          weight_g=p.weight_g, manual_check=p.manual_check)


def carton_view(c: Carton) -> pf.CartonView:
    return pf.CartonView(id=c.id, code=c.code, name=c.name, weight_g=c.weight_g)


def packed_units(s: Session, order_id: int) -> dict[int, int]:
    """Units of each line already in printed parcels (several parcels for one order: 子母件)."""
    rows = s.execute(select(ParcelLine.order_line_id, func.sum(ParcelLine.qty))
                     .join(Parcel, Parcel.id == ParcelLine.parcel_id)
                     .where(Parcel.order_id == order_id, Parcel.status == ParcelStatus.PRINTED)
                     .group_by(ParcelLine.order_line_id))
    return {line_id: int(n) for line_id, n in rows}


def order_view(o: Order, packed: dict[int, int] | None = None) -> pf.OrderView:
    packed = packed or {}
    return pf.OrderView(
        id=o.id, order_no=o.order_no,
        lines=tuple(pf.LineView(id=ln.id, product=product_view(ln.product), qty=ln.qty, scanned=ln.scanned_qty,
                                title=ln.title, packed=min(packed.get(ln.id, 0), ln.scanned_qty))
                    for ln in o.lines),
        buyer_note=o.buyer_note, seller_note=o.seller_note, flag=o.flag.value, flag_reason=o.flag_reason,
        recipient=o.recipient_name, region=region_text(o.province or "", o.city or "", o.district or ""),
        courier=o.courier.name if o.courier else "", revision=o.revision)


def ensure_station(db: Database, name: str) -> int:
    with db.session() as s:  # two processes starting with one name at once: one row
        st, _created = rows.get_or_create(s, Station, {"name": name})
        return st.id


def tolerance_from_db(db: Database, default: Tolerance) -> Tolerance:
    with db.session() as s:
        raw = s.get(Setting, "weight_tolerance")
    if raw is None:
        return default
    data = json.loads(raw.value)
    return Tolerance(abs_g=int(data.get("abs_g", default.abs_g)), pct=float(data.get("pct", default.pct)))


class ServerUnreachable(Exception):
    """The database did not answer (the network, the server): nothing of this action was kept — the flow is
    as it was before it — and the station says so, retries (`reconnect`) and carries on when it is back."""


# What a lost connection, a server that is gone or a timeout raise (psycopg and sqlite3 alike).
DB_DOWN = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError, sa_exc.TimeoutError)


def _db_action(method):
    """One user action against the database: if the database does not answer, the flow goes back to where it
    was before the action (what is committed is the truth: nothing counted twice or lost), the action's sounds
    are dropped, and ServerUnreachable says so."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        before, sounds = self.flow.state, len(self._sounds)
        try:
            return method(self, *args, **kwargs)
        except (*DB_DOWN, ServerUnreachable) as exc:
            self.flow.state = before
            del self._sounds[sounds:]
            if not self.offline:
                log.warning("database unreachable during %s: %s", method.__name__, exc)
            self.offline = True
            self.offline_since = self.offline_since or time.monotonic()
            if isinstance(exc, ServerUnreachable):
                raise
            raise ServerUnreachable(str(exc)) from exc

    return wrapper


class StationService:
    def __init__(self, db: Database, station_name: str, printer: Printer, rules: pf.Rules | None = None,
                 render_label: Callable[[WaybillLabel], tuple[bytes, bytes]] | None = None,
                 ewaybill_provider: ewaybill_pool.Provider | None = None):
        self.db = db
        self.ewaybill_provider = ewaybill_provider or ewaybill_pool.kuaidi100_for  # e-waybill couriers
        self.last_courier_code = ""
        self.station_name = station_name
        self.station_id = ensure_station(db, station_name)
        self.printer = printer
        self.flow = pf.PackFlow(rules)
        self._render = render_label or render_escpos_label
        self.last_label_png: bytes | None = None
        self.print_note = ""  # "backup:<url>" when the backup printer took the last label
        self.paper_low = False  # the printer said "paper near end" after the last label (not blocking)
        self.offline = False      # the database stopped answering: nothing is counted until it is back
        self.offline_since: float | None = None
        self.device_warnings: list[tuple[str, dict]] = []  # (code, params) found at start: the screen says them
        self._sounds: list[pf.Sound] = []
        self._beat_at = 0.0  # monotonic time of the last heartbeat written

    def take_sounds(self) -> list[pf.Sound]:
        """The sounds the last actions asked for, oldest first; the UI plays them."""
        out, self._sounds = self._sounds, []
        return out

    # ------------------------------------------------------------ state
    @property
    def state(self) -> State:
        return self.flow.state

    def _feed(self, s: Session, event: pf.Event) -> State:
        effects = self.flow.handle(event)
        self._carry_out(s, effects)
        return self.flow.state

    def _run(self, event: pf.Event) -> State:
        with self.db.session() as s:
            self._feed(s, event)
        self._after()
        return self.flow.state

    def _after(self) -> None:
        """Printing happens after the flow's effects are committed, outside the database session."""
        if self.flow.state.phase is Phase.PRINTING:
            self._print()

    # ------------------------------------------------------------ sign-on
    def server_answers(self) -> bool:
        """Does the database answer? Safe on any thread (it touches no state): the screen asks from a worker
        thread while offline, then calls `reconnect` on its own."""
        try:
            with self.db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DB_DOWN:
            return False

    def reconnect(self) -> bool:
        """Is the database back? Then take the open order's counts from it (what was committed is what
        counts) and carry on. Cheap: one SELECT 1; call it every few seconds while `offline`."""
        try:
            with self.db.session() as s:
                s.execute(text("SELECT 1"))
                if self.flow.state.order is not None:
                    self._reload_if_changed(s, notice="back_online", force=True)
        except DB_DOWN as exc:
            log.debug("database still unreachable: %s", exc)
            return False
        if self.offline:
            log.warning("database reachable again after %.0f s", time.monotonic() - (self.offline_since or 0))
        self.offline, self.offline_since = False, None
        return True

    @_db_action
    def sign_on(self, ident: str, pin: str | None = None) -> State:
        """Raises auth.AuthError. Resumes an order this station had open (after a crash or a sign-out)."""
        with self.db.session() as s:
            try:
                op = auth.authenticate(s, ident, pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()  # keep the failed-attempt count
                raise
            self._feed(s, pf.SignedOn(op))
            resumed = s.scalar(select(Order).where(Order.status == OrderStatus.PACKING,
                                                   Order.packing_station_id == self.station_id)
                               .options(selectinload(Order.lines).selectinload(OrderLine.product)))
            if resumed is not None:
                resumed.packing_operator_id = op.id
                view, carton = order_view(resumed, packed_units(s, resumed.id)), self._carton(s, resumed)
                self._feed(s, pf.OrderOpened(view, carton, label_check=self._label_in_doubt(s, resumed),
                                             learned=self._history(s, view, carton)))
            self._audit(s, op.id, "sign_on", "operator", str(op.id))  # last: the audit chain's lock comes last
        return self.flow.state

    @_db_action
    def supervisor(self, ident: str, pin: str, action=None) -> pf.Operator:
        """A supervisor's (or admin's) badge/code + PIN at this station, for the desk or the Devices screen;
        with `action`, the stored role must allow it (a refusal is audited). Raises auth.AuthError or
        Forbidden."""
        with self.db.session() as s:
            try:
                who = auth.authenticate_supervisor(s, ident, pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()  # keep the failed-attempt count
                raise
        if action is not None:
            with auth.authorized(self.db, who, action, station_id=self.station_id):
                pass
        return who

    @_db_action
    def change_pin(self, ident: str, old_pin: str, new_pin: str) -> None:
        """The operator sets a new PIN (asked when the old one is too short for the role). Raises AuthError;
        a failed try is counted like a sign-on."""
        with self.db.session() as s:
            try:
                auth.change_pin(s, ident, old_pin, new_pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()
                raise

    def _label_in_doubt(self, s: Session, order: Order) -> str | None:
        """The waybill of this order whose label may or may not have come out (a print failed after its
        bytes went out, or the program died while sending), if any."""
        parcel = s.scalar(select(Parcel).where(Parcel.order_id == order.id, Parcel.status == ParcelStatus.PRINTING))
        if parcel is not None and in_doubt(s, self._job_id(order.order_no, parcel.waybill_no)):
            return parcel.waybill_no
        return None

    @_db_action
    def sign_out(self) -> State:
        op = self.flow.state.operator
        with self.db.session() as s:
            self._feed(s, pf.SignedOut())
            if op:
                self._audit(s, op.id, "sign_off_station", "operator", str(op.id))
        return self.flow.state

    # ------------------------------------------------------------ scans
    @_db_action
    def scan(self, code: str) -> State:
        """A code from the scanner: a command, an order, an item, a carton or a badge, by what the flow waits
        for."""
        code = code.strip()
        state = self.flow.state
        if not code or state.phase is Phase.SIGNED_OUT:
            return state
        try:
            command = cmd.parse(code)
        except cmd.BadCommand:
            with self.db.session() as s:
                self._record(s, "command", code, Err.BAD_COMMAND.value, state.order.id if state.order else None)
                self._feed(s, pf.OrderRefused(Err.BAD_COMMAND, code))
            return self.flow.state
        if command is not None:
            return self._command(command, code)
        if (state.phase is Phase.LABEL_CHECK and state.error is None and state.waybill_no
                and code.upper() == state.waybill_no.upper()):
            self._confirm_label(code)
            return self.flow.state
        with self.db.session() as s:
            if state.error is not None:
                self._feed(s, pf.ItemScanned(code, None))
            elif state.phase in (Phase.IDLE, Phase.DONE):
                self._open_order(s, code)
            else:
                self._beat(s)
                if self._reload_if_changed(s):
                    # the packer must see what changed before this scan counts: scan it again
                    self._record(s, "item", code, "order_changed", state.order.id if state.order else None)
                else:
                    self._scan_in_order(s, code)
        self._after()
        return self.flow.state

    def _command(self, command: cmd.CommandScan, code: str) -> State:
        """A command barcode: the same as the key it stands for (app.domain.commands)."""
        state = self.flow.state
        with self.db.session() as s:
            self._record(s, "command", code, "ok", state.order.id if state.order else None)
        c = command.command
        if c is cmd.Command.ACK:
            return self.acknowledge()
        if c is cmd.Command.CHECK:
            return self.confirm_check()
        if c is cmd.Command.SIGN_OFF:
            return self.sign_off()
        if c is cmd.Command.PUT_BACK:
            return self.abandon()
        if c is cmd.Command.QTY:
            return self.type_quantity(str(command.qty))
        if c is cmd.Command.CLOSE_PARCEL:
            return self.close_parcel()
        if c is cmd.Command.NOT_PRINTED:
            return self.not_printed()
        if c is cmd.Command.SIGN_OUT:
            if state.order is not None and state.phase not in (Phase.DONE,):
                return self._run(pf.OrderRefused(Err.COMMAND_NOT_NOW, code, {"command": c.value}))
            return self.sign_out()
        raise AssertionError(c)

    def _scan_in_order(self, s: Session, code: str) -> None:
        state = self.flow.state
        assert state.operator is not None
        if state.operator.badge and code == state.operator.badge:
            self._feed(s, pf.SignOff())  # the packer's own badge signs the parcel off (refused before READY)
            return
        carton = s.scalar(select(Carton).where(Carton.code == code, Carton.active.is_(True)))  # retired: not scanned
        if carton is not None:
            cv = carton_view(carton)
            self._feed(s, pf.CartonScanned(cv, learned=self._history(s, state.order, cv) if state.order else None))
            return
        product = s.scalar(select(Product).join(Barcode).where(Barcode.code == code))
        if product is None:
            product = s.scalar(select(Product).where(Product.sku == code))
        if product is None and state.order is not None:
            other = self._lookup_order(s, code)
            if other is not None:  # an order scanned while this one is open: finish or put back first
                self._record(s, "order", code, Err.ORDER_STILL_OPEN.value, state.order.id)
                self._feed(s, pf.OrderRefused(Err.ORDER_STILL_OPEN, code,
                                              {"open": state.order.order_no, "other": other.order_no}))
                return
        self._feed(s, pf.ItemScanned(code, product_view(product) if product else None))

    def _open_order(self, s: Session, code: str) -> None:
        order = self._lookup_order(s, code)
        refusal = (Err.ORDER_NOT_FOUND, {}) if order is None else self._refusal(s, order)
        notice: tuple[str | None, dict] = (None, {})
        if refusal is not None and refusal[0] is Err.ORDER_ELSEWHERE:
            # the station that has it has not been seen for the claim timeout (it died, or lost the server):
            # its claim lapses and the order comes here, with what was counted there
            gone = stations.stale_stations(stations.server_now(s))
            taken = s.execute(update(Order).where(Order.id == order.id, Order.status == OrderStatus.PACKING,
                                                  Order.packing_station_id == order.packing_station_id,
                                                  Order.packing_station_id.in_(gone))
                              .values(packing_station_id=self.station_id,
                                      packing_operator_id=self.flow.state.operator.id)
                              .execution_options(synchronize_session=False))
            if taken.rowcount == 1:
                before = refusal[1]
                self._audit(s, self.flow.state.operator.id, "claim_lapsed", "order", order.order_no,
                            before={"station": before.get("station")}, after={"station": self.station_name})
                notice, refusal = ("taken_over", {"station": before.get("station", "")}), None
                s.refresh(order)
        elif refusal is None:
            # Read before the claim: the ORM would otherwise copy the UPDATE's values into the loaded order
            # even when the UPDATE matched no row (another station claimed it first), and the claim that
            # failed would read as "mine" (two stations, one order, two waybills).
            resumed = order.status is OrderStatus.PACKING and order.packing_station_id == self.station_id
            claimed = s.execute(update(Order).where(Order.id == order.id, Order.status == OrderStatus.OPEN)
                                .values(status=OrderStatus.PACKING, packing_station_id=self.station_id,
                                        packing_operator_id=self.flow.state.operator.id, scanned_at=utcnow())
                                .execution_options(synchronize_session=False))
            if claimed.rowcount != 1 and not resumed:
                s.refresh(order)
                refusal = self._refusal(s, order) or (Err.ORDER_ELSEWHERE, {})
        self._record(s, "order", code, refusal[0].value if refusal else "ok", order.id if order else None)
        if refusal is not None and refusal[0] is Err.ORDER_REFUND:
            supervisor.open_case(s, CaseKind.INTERCEPT, order.id, "refund requested: stopped at the scan",
                                 self.flow.state.operator.id, self.station_id, params={})
        if refusal is not None:
            self._feed(s, pf.OrderRefused(refusal[0], code, refusal[1]))
            return
        s.refresh(order)
        if order.carton_id is None:
            default = s.scalar(select(Carton).where(Carton.is_default.is_(True)))
            order.carton_id = default.id if default else None
        view, carton = order_view(order, packed_units(s, order.id)), self._carton(s, order)
        self._feed(s, pf.OrderOpened(view, carton, learned=self._history(s, view, carton),
                                     label_check=self._label_in_doubt(s, order) if notice[0] else None,
                                     notice=notice[0], notice_params=notice[1]))
        self._beat(s, force=True)

    def _reload_if_changed(self, s: Session, notice: str = "order_changed", force: bool = False) -> bool:
        """A supervisor may change an order while it is open here: compare revisions and take the new one."""
        order = self.flow.state.order
        if order is None:
            return False
        row = s.execute(select(Order.revision, Order.status, Order.packing_station_id)
                        .where(Order.id == order.id)).one()  # one read per scan for both questions
        if self._check_claim(s, row):  # the order left this station: nothing more counts here (the screen says why)
            return True
        if row.revision == order.revision and not force:
            return False
        fresh = s.scalar(select(Order).where(Order.id == order.id)
                         .options(selectinload(Order.lines).selectinload(OrderLine.product)))
        view = order_view(fresh, packed_units(s, fresh.id))
        self._feed(s, pf.OrderReloaded(view, notice, learned=self._history(s, view, self.flow.state.carton)))
        return True

    @_db_action
    def close_parcel(self) -> State:
        """Multi-parcel order (子母件): weigh and print what is scanned so far as one parcel."""
        return self._run(pf.CloseParcel())

    @_db_action
    def mark_short(self, line_id: int, reason: str) -> State:
        """The packer reports a line short: the order goes on hold into the exceptions queue and leaves
        this station (supervisor.mark_short)."""
        state = self.flow.state
        if state.order is None or state.operator is None or state.phase in (Phase.PRINTING, Phase.DONE):
            return state
        supervisor.mark_short(self.db, state.operator, state.order.id, line_id, reason, self.station_id)
        return self._run(pf.Abandon())

    @_db_action
    def force_verify_line(self, line_id: int, ident: str, pin: str, reason: str) -> State:
        """A supervisor counts a line without scanning it (badge/code + PIN + reason) at this station."""
        state = self.flow.state
        if state.order is None or state.phase not in (Phase.PACKING, Phase.CHECK):
            return state
        with self.db.session() as s:
            try:
                sup = auth.authenticate_supervisor(s, ident, pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()
                raise
        supervisor.force_verify(self.db, sup, state.order.id, line_id, reason, self.station_id)
        with self.db.session() as s:
            self._reload_if_changed(s, notice="force_verified", force=True)
        return self.flow.state

    def _lookup_order(self, s: Session, code: str) -> Order | None:
        opts = selectinload(Order.lines).selectinload(OrderLine.product)
        candidates = [code]
        upper = code.upper()
        for prefix in ("PS-", "PS"):  # pick-slip barcodes carry the order number behind PS
            if upper.startswith(prefix):
                candidates.append(code[len(prefix):])
                break
        for c in candidates:
            order = s.scalar(select(Order).where(Order.order_no == c).options(opts))
            if order is not None:
                return order
        return None

    def _refusal(self, s: Session, order: Order) -> tuple[Err, dict] | None:
        if order.status is OrderStatus.SHIPPED:
            parcel = s.scalar(select(Parcel).where(Parcel.order_id == order.id,
                                                   Parcel.status != ParcelStatus.VOID).order_by(Parcel.id.desc()))
            return Err.ORDER_SHIPPED, {
                "waybill": parcel.waybill_no if parcel else "",
                "when": _local(order.shipped_at) if order.shipped_at else ""}
        if order.status is OrderStatus.CANCELLED:
            return Err.ORDER_CANCELLED, {}
        if order.status is OrderStatus.WAITING:
            return Err.ORDER_UNPAID, {}
        if order.status is OrderStatus.MERGED:
            from .order_changes import merged_into

            return Err.ORDER_MERGED, {"into": merged_into(s, order.id)}
        if order.refund_requested:
            return Err.ORDER_REFUND, {}
        if order.status is OrderStatus.OPEN and (waiting := pending_lines.skus_of(s, order.id)):
            return Err.ORDER_UNKNOWN_SKU, {"skus": ", ".join(waiting)}
        if order.status is OrderStatus.OPEN and (short := stock.oversold_skus(s, order.id)) is not None:
            return Err.ORDER_OVERSOLD, {"skus": ", ".join(short)}
        if order.status is OrderStatus.OPEN and (ask := courier_rules.question(s, order.id)) is not None:
            return Err.ORDER_COURIER_ASK, {"wanted": courier_rules.asked_names(s, ask)}
        if order.flag is Flag.YELLOW:
            return Err.ORDER_ON_HOLD, {"reason": order.flag_reason}
        if order.status is OrderStatus.PACKING and order.packing_station_id != self.station_id:
            who = stations.holder(s, order)
            return Err.ORDER_ELSEWHERE, {"station": who.station if who else "", "operator": who.operator if who else "",
                                         "since": _local(who.since, "%H:%M") if who and who.since else ""}
        try:  # a label prints only with the sender of the order's own shop: stopped here, not at sign-off
            shops.sender_for(s, order.shop)
        except shops.NoSender as exc:
            return Err.ORDER_NO_SENDER, {"shop": exc.shop, "why": exc.why}
        return None

    # ------------------------------------------------------------ several stations
    @_db_action
    def heartbeat(self, devices: dict | None = None) -> State:
        """Every few seconds (stations.HEARTBEAT_S) from the screen: this station is alive, with its operator,
        order and devices; and is the open order still ours? (A supervisor may have taken it over.)"""
        with self.db.session() as s:
            self._beat(s, devices, force=True)
            self._check_claim(s)
        return self.flow.state

    def _beat(self, s: Session, devices: dict | None = None, force: bool = False) -> None:
        if not force and time.monotonic() - self._beat_at < 1.0:
            return
        state = self.flow.state
        first = self._beat_at == 0.0
        stations.beat(s, self.station_id, operator_id=state.operator.id if state.operator else None,
                      order_id=state.order.id if state.order and state.phase is not Phase.DONE else None,
                      devices=devices, host=socket.gethostname() if first else None)
        self._beat_at = time.monotonic()

    def _check_claim(self, s: Session, row=None) -> bool:
        """True (and the flow told) when the open order is no longer this station's (`row`: its status and
        packing station, when the caller has read them)."""
        state = self.flow.state
        if state.order is None or state.phase in (Phase.DONE, Phase.SIGNED_OUT):
            return False
        if row is None:
            row = s.execute(select(Order.status, Order.packing_station_id).where(Order.id == state.order.id)).one()
        if row.status is OrderStatus.PACKING and row.packing_station_id == self.station_id:
            return False
        st = s.get(Station, row.packing_station_id) if row.packing_station_id else None
        self._record(s, "claim", state.order.order_no, "taken_away", state.order.id)
        self._feed(s, pf.OrderTakenAway(state.order.order_no, st.name if st else ""))
        return True

    # ------------------------------------------------------------ keys
    @_db_action
    def type_quantity(self, text: str) -> State:
        return self._run(pf.QuantityTyped(text))

    @_db_action
    def acknowledge(self) -> State:
        return self._run(pf.Acknowledge())

    @_db_action
    def confirm_check(self) -> State:
        return self._run(pf.CheckConfirmed())

    @_db_action
    def abandon(self, confirmed: bool = False) -> State:
        """Put the order back: its items go back to the shelf and its counts are cleared. With items counted
        this needs `confirmed` (the dialog) or a second call (the PUT BACK command scanned twice)."""
        return self._run(pf.Abandon(confirmed))

    @_db_action
    def not_printed(self) -> State:
        """LABEL_CHECK: the packer says no label came out: send it again (logged as a resend)."""
        state = self.flow.state
        if state.phase is Phase.LABEL_CHECK and state.error is None and state.order and state.waybill_no:
            with self.db.session() as s:
                op = state.operator.name if state.operator else "?"
                mark_not_printed(s, self._job_id(state.order.order_no, state.waybill_no),
                                 f"packer {op} at {self.station_name}")
                self._record(s, "label", state.waybill_no, "not_printed", state.order.id)
        return self._run(pf.NotPrinted())

    @_db_action
    def sign_off(self) -> State:
        with self.db.session() as s:
            if self._reload_if_changed(s):
                return self.flow.state  # changed since it was verified: nothing prints
            self._feed(s, pf.SignOff())
        self._after()
        return self.flow.state

    @_db_action
    def weight(self, grams: int, stable: bool, online: bool = True, fault: str | None = None) -> State:
        """A scale reading; `fault` when the scale says it is no weight (overload, below zero, error)."""
        before = self.flow.state
        event = pf.WeightRead(grams, stable, online, fault)
        effects = pf.step(before, event, self.flow.rules).effects
        if not effects:  # most readings change nothing worth a database session
            self.flow.handle(event)
            return self.flow.state
        return self._run(event)

    def reading(self, r) -> State:
        """A scale's Reading (app.devices.scales) as the flow sees it."""
        fault = None
        if r.online and r.status != "ok":
            fault = {"overload": "overload", "underzero": "below_zero"}.get(r.status, "error")
        return self.weight(r.grams, r.stable, r.online, fault)

    @_db_action
    def override(self, ident: str, pin: str, reason: str) -> State:
        """A supervisor accepts a weight out of tolerance at this station (badge or code + PIN + reason)."""
        reason = reason.strip()
        if len(reason) < 2:
            raise auth.AuthError("bad_input", "an override needs a reason")
        with self.db.session() as s:
            try:
                sup = auth.authenticate_supervisor(s, ident, pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()
                raise
            self._feed(s, pf.Override(sup, reason))
        return self.flow.state

    # ------------------------------------------------------------ effects
    def _carry_out(self, s: Session, effects: tuple[pf.Effect, ...]) -> None:
        state = self.flow.state
        order_id = state.order.id if state.order else None
        for e in effects:
            if isinstance(e, pf.RecordScan):
                self._record(s, e.kind, e.code, e.result, order_id, e.product_id, e.qty, e.detail)
            elif isinstance(e, pf.SaveCount):
                values = {"scanned_qty": e.scanned}
                if e.checked:
                    values["manual_checked"] = True
                s.execute(update(OrderLine).where(OrderLine.id == e.line_id).values(**values))
            elif isinstance(e, pf.MarkVerified):
                s.execute(update(Order).where(Order.id == order_id).values(verified_at=utcnow()))
            elif isinstance(e, pf.MarkWeighed):
                s.execute(update(Order).where(Order.id == order_id)
                          .values(weighed_at=utcnow(), weight_g=e.grams))
                self._record(s, "weight", str(e.grams), "ok" if e.accepted else "out_of_tolerance", order_id,
                             qty=1, detail=f"expected {e.expected_g} g")
            elif isinstance(e, pf.SaveCarton):
                s.execute(update(Order).where(Order.id == order_id).values(carton_id=e.carton_id))
            elif isinstance(e, pf.AuditOverride):
                self._audit(s, e.supervisor_id, "override_weight", "order", str(order_id), e.reason,
                            before={"weight_g": e.grams, "expected_g": e.expected_g, "accepted": False},
                            after={"accepted": True, "packer_id": state.operator.id if state.operator else None})
            elif isinstance(e, pf.ReleaseOrder):
                released = s.execute(update(Order).where(Order.id == e.order_id,
                                                         Order.status == OrderStatus.PACKING,
                                                         Order.packing_station_id == self.station_id)
                                     .values(status=OrderStatus.OPEN, packing_station_id=None,
                                             packing_operator_id=None, verified_at=None, weighed_at=None))
                if e.clear_counts and released.rowcount == 1:
                    self._clear_counts(s, e.order_id)
            elif isinstance(e, pf.Play):
                self._sounds.append(e.sound)
            # PrintWaybill is carried out by _after(), once these effects are committed.

    def _clear_counts(self, s: Session, order_id: int) -> None:
        """Put back: the scanned units went back to the shelf; units already in printed parcels stay counted."""
        packed = packed_units(s, order_id)
        for line in s.scalars(select(OrderLine).where(OrderLine.order_id == order_id)):
            kept = packed.get(line.id, 0)
            if line.scanned_qty != kept:
                self._record(s, "put_back", line.product.sku if line.product else "", "ok", order_id,
                             line.product_id, qty=line.scanned_qty - kept)
                line.scanned_qty = kept
                if kept == 0:
                    line.manual_checked = False

    def _record(self, s: Session, kind: str, code: str, result: str, order_id: int | None,
                product_id: int | None = None, qty: int = 1, detail: str = "") -> None:
        op = self.flow.state.operator
        ev = ScanEvent(station_id=self.station_id, operator_id=op.id if op else None, order_id=order_id,
                       kind=kind, code=code[:128], result=result, product_id=product_id, qty=qty,
                       detail=detail[:300])
        s.add(ev)

    def _audit(self, s: Session, actor_id: int | None, action: str, entity: str, entity_id: str,
               reason: str = "", before: dict | None = None, after: dict | None = None) -> None:
        s.add(AuditLog(station_id=self.station_id, actor_id=actor_id, action=action, entity=entity,
                       entity_id=entity_id, reason=reason,
                       before=json.dumps(before, ensure_ascii=False) if before else "",
                       after=json.dumps(after, ensure_ascii=False) if after else ""))

    def _carton(self, s: Session, order: Order) -> pf.CartonView | None:
        if order.carton_id is None:
            default = s.scalar(select(Carton).where(Carton.is_default.is_(True)))
            return carton_view(default) if default else None
        c = s.get(Carton, order.carton_id)
        return carton_view(c) if c else None

    # ------------------------------------------------------------ printing
    def _print(self, fetched: bool = False) -> None:
        """Sign-off: take a waybill number (or reuse the one a failed print already took), print, then mark
        the order shipped. The number and the parcel are committed before the label goes out, so a crash
        or a failed print never takes a second number for the same parcel.

        Three outcomes: printed (the parcel is done); refused before any byte went out (PRINT_FAILED: fix
        the printer, sign off again); unknown — bytes went out, then the printer failed, so a label may have
        come out (LABEL_CHECK: the packer scans the label or says it did not print; never resent blindly)."""
        state = self.flow.state
        assert state.order is not None and state.operator is not None and state.weight_g is not None
        try:
            with self.db.session() as s:
                parcel = s.scalar(select(Parcel).where(Parcel.order_id == state.order.id,
                                                       Parcel.status == ParcelStatus.PRINTING))
                order = rows.locked(s, Order, Order.id == state.order.id)  # a take-over or a hold waits
                if order.status is OrderStatus.PACKING and order.packing_station_id != self.station_id:
                    raise _Stop(Err.ORDER_ELSEWHERE)
                if order.refund_requested or order.flag is Flag.YELLOW or order.status is not OrderStatus.PACKING:
                    raise _Stop(Err.ORDER_REFUND if order.refund_requested else Err.ORDER_ON_HOLD)
                if parcel is None:
                    courier = self._courier(s, order)
                    self.last_courier_code = courier.code  # the screen's pool line after the order
                    if ewaybill_pool.is_e_courier(courier):
                        number = ewaybill_pool.take(s, order.id, courier.id)  # fetched ahead of need
                        if number is None:
                            raise ewaybill_pool.NotFetched(courier.code)
                    else:
                        number = waybills.allocate(s, courier.id)
                    parcel = Parcel(order_id=order.id, courier_id=courier.id, waybill_no=number,
                                    weight_g=state.weight_g, expected_weight_g=state.expected_g or 0,
                                    carton_id=state.carton.id if state.carton else None,
                                    packer_id=state.operator.id, station_id=self.station_id,
                                    weight_override_by=state.override_by,
                                    mix_key=self._mix(state),
                                    scanned_at=order.scanned_at or utcnow(), verified_at=order.verified_at or utcnow(),
                                    weighed_at=order.weighed_at or utcnow())
                    s.add(parcel)
                    s.flush()
                elif state.phase is Phase.PRINTING:
                    # signed off again after a refused print: what stands on the scale now is what is stored
                    parcel.weight_g, parcel.expected_weight_g = state.weight_g, state.expected_g or 0
                    parcel.weight_override_by = state.override_by
                    parcel.carton_id = state.carton.id if state.carton else parcel.carton_id
                    parcel.mix_key = self._mix(state)
                label = self._label(s, order, parcel, in_parcel=self._in_parcel(state), partial=state.partial)
                parcel_id, waybill_no = parcel.id, parcel.waybill_no
            data, png = self._render(label)   # LabelTooWide and other render errors: nothing is sent
            result = send_logged(self.db.session, self.printer, self._job_id(state.order.order_no, waybill_no),
                                 data, waybill_no=waybill_no)
            # a job the log says is out already (crash after the send) is not printed twice
            self.print_note = (f"backup:{result.printer_url}" if result.backup else "")
            st = getattr(self.printer, "last_status", None)
            self.paper_low = bool(st is not None and st.paper_low)  # a warning: the roll is nearly done
        except DB_DOWN:
            raise  # the database is gone: the action is undone (_db_action); a label sent meanwhile is in doubt
        except _Stop as stop:
            if stop.code is Err.ORDER_ELSEWHERE:  # taken over while signing off: nothing printed here
                with self.db.session() as s:
                    self.flow.state = replace(self.flow.state, phase=Phase.READY)
                    self._check_claim(s)
                return
            if stop.code is Err.ORDER_REFUND:
                with self.db.session() as s:
                    supervisor.open_case(s, CaseKind.INTERCEPT, state.order.id,
                                         "refund requested: stopped at sign-off, nothing printed",
                                         state.operator.id, self.station_id, params={})
            self._run_fail(pf.PrintFailed(stop.code))
            return
        except waybills.PoolEmpty as exc:
            if isinstance(exc, ewaybill_pool.NotFetched) and not fetched:
                # the pool has not reached this order yet: fetch its number now, outside the transaction (rolled
                # back: nothing is held while the network answers), with a short wait, then sign off again
                try:
                    ewaybill_pool.ensure_for(self.db, state.order.id, self.ewaybill_provider)
                except ProviderError as perr:
                    log.warning("no e-waybill number for %s: %s", state.order.order_no, perr)
                    self._run_fail(pf.PrintFailed(Err.NO_WAYBILL, exc.courier))
                    return
                return self._print(fetched=True)
            self._run_fail(pf.PrintFailed(Err.NO_WAYBILL, exc.courier))
            return
        except shops.NoSender as exc:  # the shop's sender was cleared while the order was open: nothing printed
            self._run_fail(pf.PrintFailed(Err.ORDER_NO_SENDER, exc.shop))
            return
        except PrinterOutcomeUnknown as exc:  # a label may be out: the packer looks (LABEL_CHECK)
            log.warning("print outcome unknown for %s: %s", waybill_no, exc)
            self.last_label_png = png
            with self.db.session() as s:
                self._feed(s, pf.PrintUncertain(waybill_no, exc.code))
            return
        except (PrinterRefused, LabelRenderError) as exc:  # nothing went out: safe to sign off again
            log.warning("print refused: %s", exc)
            self._run_fail(pf.PrintFailed(Err.PRINT_FAILED, getattr(exc, "code", "error")))
            return
        except Exception as exc:  # noqa: BLE001 - anything else before the send: nothing went out
            log.exception("print failed before sending")
            self._run_fail(pf.PrintFailed(Err.PRINT_FAILED, getattr(exc, "code", "error")))
            return
        self._complete(parcel_id, waybill_no, png)

    @staticmethod
    def _mix(state: State) -> str:
        assert state.order is not None
        return mix_key([(ln.product.id, ln.in_parcel) for ln in state.order.lines],
                       state.carton.id if state.carton else None)

    @staticmethod
    def _history(s: Session, order: pf.OrderView, carton: pf.CartonView | None) -> Learned | None:
        """What earlier parcels of this order's whole SKU mix in this carton weighed (accepted without an
        override), or None with fewer than three."""
        key = mix_key([(ln.product.id, ln.qty) for ln in order.lines], carton.id if carton else None)
        weights = s.scalars(select(Parcel.weight_g).where(Parcel.mix_key == key, Parcel.status == ParcelStatus.PRINTED,
                                                          Parcel.weight_override_by.is_(None))
                            .order_by(Parcel.id.desc()).limit(HISTORY_SIZE)).all()
        return learn(list(weights))

    @staticmethod
    def _job_id(order_no: str, waybill_no: str) -> str:
        return f"{order_no}-{waybill_no}"

    @staticmethod
    def _in_parcel(state: State) -> dict[int, int]:
        assert state.order is not None
        return {ln.id: ln.in_parcel for ln in state.order.lines if ln.in_parcel > 0}

    def _complete(self, parcel_id: int, waybill_no: str, png: bytes | None) -> None:
        """The label is out (printed, or confirmed by its scan): the parcel is printed, its units leave the
        stock, and the last parcel ships the order."""
        state = self.flow.state
        assert state.order is not None and state.operator is not None
        now = utcnow()
        with self.db.session() as s:
            s.execute(update(Parcel).where(Parcel.id == parcel_id)
                      .values(status=ParcelStatus.PRINTED, printed_at=now, label_png=png))
            if not state.partial:  # the last (or only) parcel: the order is shipped
                s.execute(update(Order).where(Order.id == state.order.id)
                          .values(status=OrderStatus.SHIPPED, shipped_at=now, packing_station_id=self.station_id))
            for line in sorted(state.order.lines, key=lambda ln: ln.product.id):  # the services' lock order
                if line.in_parcel <= 0:
                    continue
                s.add(ParcelLine(parcel_id=parcel_id, order_line_id=line.id, qty=line.in_parcel))
                s.execute(update(Product).where(Product.id == line.product.id)
                          .values(stock=Product.stock - line.in_parcel))
                s.add(StockMove(product_id=line.product.id, delta=-line.in_parcel, kind="ship",
                                order_id=state.order.id, actor_id=state.operator.id, reason=waybill_no))
                stock.after_shipping(s, line.product.id, state.order.id, state.operator.id, waybill_no)
            self._feed(s, pf.Printed(waybill_no))
        self.last_label_png = png

    def _confirm_label(self, code: str) -> None:
        """LABEL_CHECK: the packer scanned the label that came out: the job counts as printed, the parcel is
        done. Logged in the print log and the scan log."""
        state = self.flow.state
        assert state.order is not None and state.waybill_no is not None
        with self.db.session() as s:
            parcel = s.scalar(select(Parcel).where(Parcel.waybill_no == state.waybill_no))
            confirm_printed(s, self._job_id(state.order.order_no, state.waybill_no),
                            f"the packer scanned the label at {self.station_name}")
            self._record(s, "label", code, "confirmed", state.order.id)
            parcel_id, png = parcel.id, parcel.label_png
        self._complete(parcel_id, state.waybill_no, png or self.last_label_png)

    def _run_fail(self, event: pf.PrintFailed) -> None:
        with self.db.session() as s:
            self._feed(s, event)

    def _courier(self, s: Session, order: Order) -> Courier:
        courier = courier_rules.courier_for(s, order)
        if courier is None:
            raise waybills.PoolEmpty("-")
        return courier

    def _label(self, s: Session, order: Order, parcel: Parcel, reprint: bool = False,
               in_parcel: dict[int, int] | None = None, partial: bool = False) -> WaybillLabel:
        """The waybill for `parcel`: only the items in it (its packing record once printed, else `in_parcel`,
        line id → units, from the flow) and, for a multi-parcel order (子母件), "parcel n of m" with the
        first parcel's number as the master waybill. `partial`: more parcels of this order will follow."""
        courier = s.get(Courier, parcel.courier_id)
        packer = s.get(Operator, parcel.packer_id)
        sender = shops.sender_for(s, order.shop)  # NoSender: nothing prints (checked at the scan already)
        lines = s.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)
                          .options(selectinload(OrderLine.product))).all()
        recorded = {line_id: qty for line_id, qty in s.execute(
            select(ParcelLine.order_line_id, ParcelLine.qty).where(ParcelLine.parcel_id == parcel.id))}
        counts = recorded or in_parcel or {ln.id: ln.qty for ln in lines}
        issued = ewaybill_pool.label_extras(s, courier.id, parcel.waybill_no)  # None for a range number
        items = tuple(LabelItem(ln.product.style, ln.product.colour, ln.product.size, counts[ln.id])
                      for ln in lines if counts.get(ln.id))
        parcels = s.scalars(select(Parcel).where(Parcel.order_id == order.id, Parcel.status != ParcelStatus.VOID)
                            .order_by(Parcel.id)).all()
        parcel_no, parcel_count, master = 0, None, ""
        if partial or len(parcels) > 1:
            parcel_no = next(i for i, p in enumerate(parcels, 1) if p.id == parcel.id)
            master = parcels[0].waybill_no
            if not partial and (order.status is OrderStatus.SHIPPED or parcel_no == len(parcels)):
                parcel_count = len(parcels)  # the last parcel (or a reprint after all are out): m is known
        return WaybillLabel(
            courier_code=courier.code, courier_name=courier.name, waybill_no=parcel.waybill_no,
            order_no=order.order_no, recipient_name=order.recipient_name, phone=order.phone,
            province=order.province, city=order.city, district=order.district, address=order.address,
            postcode=order.postcode, sender_name=sender.name, sender_phone=sender.phone,
            sender_address=sender.address, items=items,
            weight_g=parcel.weight_g, packer=packer.name if packer else "", station=self.station_name,
            printed_at=utcnow(), privacy=courier.privacy_waybill, reprint=reprint,
            parcel_no=parcel_no, parcel_count=parcel_count, master_waybill_no=master,
            weight_override=parcel.weight_override_by is not None, layout=courier.layout or "",
            route_code=issued.sort_code if issued else "", hub=issued.hub if issued else "",
            virtual_phone=issued.virtual_phone if issued else "")

    def pool_level(self) -> ewaybill_pool.PoolLevel | None:
        """The waybill pool of the open order's courier (or the default courier): the screen's small line."""
        order = self.flow.state.order
        with self.db.session() as s:
            o = s.get(Order, order.id) if order is not None else None
            try:
                code = (self._courier(s, o).code if o is not None
                        else self.last_courier_code or ewaybill_pool.default_courier_code(s))
            except waybills.PoolEmpty:
                code = ""
        return ewaybill_pool.level_for(self.db, code) if code else None

    @_db_action
    def reprint(self, ident: str, pin: str, waybill_no: str, reason: str) -> int:
        """A supervisor reprints a printed waybill here (badge/code + PIN + reason): the same number, marked
        REPRINT, limited per parcel and logged. Returns the reprint count; raises on refusal."""
        with self.db.session() as s:
            try:
                sup = auth.authenticate_supervisor(s, ident, pin, station_id=self.station_id)
            except auth.AuthError:
                s.commit()
                raise
        return self.reprint_as(sup, waybill_no, reason)

    @_db_action
    def reprint_as(self, actor: pf.Operator, waybill_no: str, reason: str) -> int:
        n = supervisor.reprint(self.db, actor, waybill_no, reason, station_id=self.station_id)
        with self.db.session() as s:
            parcel = s.scalar(select(Parcel).where(Parcel.waybill_no == waybill_no.strip()))
            order = s.get(Order, parcel.order_id)
            label = self._label(s, order, parcel, reprint=True)
        data, png = self._render(label)
        send_logged(self.db.session, self.printer, self._job_id(order.order_no, parcel.waybill_no), data,
                    waybill_no=parcel.waybill_no, reprint=True, reason=reason)
        self.last_label_png = png
        return n


class _Stop(Exception):
    def __init__(self, code: Err):
        super().__init__(code.value)
        self.code = code


def _local(ts: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return ts.astimezone().strftime(fmt)


def label_renderer(language: str = "escpos-raster", size: str = "100x150", profile=None
                   ) -> Callable[[WaybillLabel], tuple[bytes, bytes]]:
    """How this station turns a waybill into printer bytes: the courier's layout at the printer's label
    size, in the printer's language (ESC/POS raster or compact, TSPL, ZPL), plus a PNG of the same layout
    for the preview and the parcel's record."""
    from ..labels.printers import LANGUAGES

    if language not in LANGUAGES:
        raise ValueError(f"unknown printer language {language!r}; one of {', '.join(LANGUAGES)}")

    def render(label: WaybillLabel) -> tuple[bytes, bytes]:
        from ..labels.printers import encode_label
        from ..labels.render import layout_for, render_raster

        layout = layout_for(label, size=size)
        data = encode_label(label, language=language, profile=profile, layout=layout)
        buf = io.BytesIO()
        render_raster(label, layout).save(buf, format="PNG", optimize=True)
        return data, buf.getvalue()

    return render


render_escpos_label = label_renderer()
