"""The packer's one flow as a pure state machine: events in, new state and effects out.

No Qt, no database: the station service feeds it events (an order it looked up, a scanned product it
resolved, a scale reading, a key) and carries out the effects it returns (play a sound, save a count,
record a scan, print). Every state is a frozen dataclass, so a test can drive the flow with plain values
and a UI can redraw from the state alone.

    IDLE ──order──▶ PACKING ──all lines verified──▶ WEIGHING ──stable weight in tolerance──▶ READY
      ▲               │  ▲ manual-check SKU              │ out of tolerance                  │ sign-off
      │               ▼  │                               ▼                                   ▼
      │             CHECK                           WEIGHT_OUT ──override / re-weigh──▶ READY  PRINTING
      └──────────────────────────── next order scan ◀── DONE ◀──────── printed ─────────────────┘

An error (wrong item, one too many, order on hold …) is held in `state.error` whatever the phase; until it
is acknowledged no scan counts.

When the printer fails after some of the label's bytes went out, nobody knows whether a label came out:
PRINTING ──PrintUncertain──▶ LABEL_CHECK, where the packer scans the label's waybill barcode (it is out: the
station confirms it, Printed) or the NOT PRINTED command (NotPrinted: it is sent again). Never resent blindly.

Put back (Esc, the PUT BACK command) sends the items back to the shelf: the order's counts are cleared. With
items counted it needs confirming (the dialog, or the command scanned a second time).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from .weight import Learned, Tolerance, expected_weight


class Phase(str, enum.Enum):
    SIGNED_OUT = "signed_out"
    IDLE = "idle"              # waiting for an order scan
    PACKING = "packing"        # scanning items
    CHECK = "check"            # a manual check (e.g. measure the waist) waits for confirmation
    WEIGHING = "weighing"      # waiting for the parcel on the scale
    WEIGHT_OUT = "weight_out"  # weighed outside tolerance: re-weigh or supervisor override
    READY = "ready"            # weighed: sign off to print
    PRINTING = "printing"
    LABEL_CHECK = "label_check"  # the printer failed mid-job: did a label come out? scan it or NOT PRINTED
    DONE = "done"              # printed; the next scan starts the next order


class Err(str, enum.Enum):
    # item scans
    UNKNOWN_BARCODE = "unknown_barcode"
    NOT_IN_ORDER = "not_in_order"
    WRONG_VARIANT = "wrong_variant"
    TOO_MANY = "too_many"
    NOT_NOW = "not_now"                # an item scanned when the order is already verified
    CHECK_PENDING = "check_pending"    # an item scanned while a manual check waits for confirmation
    UNACKNOWLEDGED = "unacknowledged"  # a scan while an error waits for acknowledgement
    # typed quantities
    QTY_NO_LINE = "qty_no_line"
    QTY_INVALID = "qty_invalid"
    QTY_TOO_MANY = "qty_too_many"
    QTY_NOT_MORE = "qty_not_more"            # a total at or below what is already counted
    QTY_BARCODE = "qty_barcode"
    # order scans (decided by the service, shown by the flow)
    ORDER_NOT_FOUND = "order_not_found"
    ORDER_ON_HOLD = "order_on_hold"
    ORDER_REFUND = "order_refund"
    ORDER_SHIPPED = "order_shipped"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_ELSEWHERE = "order_elsewhere"
    ORDER_UNKNOWN_SKU = "order_unknown_sku"  # the order has lines whose SKU is not in the product list
    ORDER_OVERSOLD = "order_oversold"        # held: the stock does not cover it (超卖)
    ORDER_UNPAID = "order_unpaid"            # waiting for payment (a bank transfer not yet received)
    ORDER_MERGED = "order_merged"            # merged into another order: pack that one
    ORDER_NO_SENDER = "order_no_sender"      # the order's shop is not set up or has no sender: no label prints
    ORDER_COURIER_ASK = "order_courier_ask"  # a note asks for a courier the rules did not pick: a supervisor decides
    # weighing and printing
    ORDER_STILL_OPEN = "order_still_open"    # another order scanned while one is open here
    BAD_COMMAND = "bad_command"              # a code with the command prefix that is no command
    COMMAND_NOT_NOW = "command_not_now"      # a command that does nothing in this phase
    LABEL_EXPECTED = "label_expected"        # in LABEL_CHECK: scan the label's waybill or NOT PRINTED
    SCALE_OFFLINE = "scale_offline"          # sign-off with no scale answering
    SCALE_UNSTABLE = "scale_unstable"        # sign-off while the reading moves (or nothing stands on the scale)
    WEIGHT_CHANGED = "weight_changed"        # the weight changed after it was accepted: weighed again
    WEIGHT_IMPLAUSIBLE = "weight_implausible"  # a reading beyond the scale's capacity or below zero
    PRINT_FAILED = "print_failed"
    NO_WAYBILL = "no_waybill"


# Typed quantities longer than this are a barcode that went into the quantity field.
MAX_QTY_DIGITS = 4


@dataclass(frozen=True)
class ProductView:
    id: int
    sku: str
    name: str
    style: str
    colour: str
    size: str
    weight_g: int
    manual_check: str | None = None

    def variant(self) -> str:
        return "/".join(p for p in (self.colour, self.size) if p)


@dataclass(frozen=True)
class LineView:
    id: int
    product: ProductView
    qty: int
    scanned: int = 0
    title: str = ""
    packed: int = 0  # units already in parcels that were closed and printed (multi-parcel orders, 子母件)

    @property
    def in_parcel(self) -> int:
        """Units scanned into the parcel being packed now."""
        return self.scanned - self.packed

    @property
    def remaining(self) -> int:
        return self.qty - self.scanned

    @property
    def done(self) -> bool:
        return self.scanned >= self.qty


@dataclass(frozen=True)
class CartonView:
    id: int
    code: str
    name: str
    weight_g: int


@dataclass(frozen=True)
class OrderView:
    id: int
    order_no: str
    lines: tuple[LineView, ...]
    buyer_note: str = ""
    seller_note: str = ""
    flag: str = "none"
    flag_reason: str = ""
    recipient: str = ""
    region: str = ""
    courier: str = ""
    revision: int = 1

    @property
    def verified(self) -> bool:
        return all(line.done for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def units_scanned(self) -> int:
        return sum(line.scanned for line in self.lines)


@dataclass(frozen=True)
class FlowError:
    code: Err
    params: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class Operator:
    id: int
    name: str
    role: str
    badge: str | None = None


# ---------------------------------------------------------------- events
@dataclass(frozen=True)
class SignedOn:
    operator: Operator


@dataclass(frozen=True)
class SignedOut:
    pass


@dataclass(frozen=True)
class OrderOpened:
    order: OrderView
    carton: CartonView | None = None
    label_check: str | None = None  # resumed with this waybill's label in doubt (LABEL_CHECK)
    learned: Learned | None = None  # what earlier parcels of this order's SKU mix in this carton weighed
    notice: str | None = None       # e.g. "taken_over": opened here after the station that had it went quiet
    notice_params: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class OrderRefused:
    """A scan the service refused before the flow could use it: an order it will not open, another order while
    one is open, a damaged command barcode."""

    code: Err
    scanned: str
    params: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemScanned:
    code: str
    product: ProductView | None  # None: no product has this barcode


@dataclass(frozen=True)
class CartonScanned:
    carton: CartonView
    learned: Learned | None = None  # the history of this order's SKU mix in the new carton


@dataclass(frozen=True)
class QuantityTyped:
    """The current line has this many units IN ALL (F2 or a QTY command): the total, not units to add."""

    text: str


@dataclass(frozen=True)
class Acknowledge:
    pass


@dataclass(frozen=True)
class CheckConfirmed:
    pass


@dataclass(frozen=True)
class WeightRead:
    grams: int
    stable: bool
    online: bool = True
    fault: str | None = None  # the scale says this is no weight: "overload", "below_zero" or "error"


@dataclass(frozen=True)
class Override:
    supervisor: Operator
    reason: str


@dataclass(frozen=True)
class SignOff:
    pass


@dataclass(frozen=True)
class Printed:
    waybill_no: str


@dataclass(frozen=True)
class PrintFailed:
    code: Err
    message: str = ""


@dataclass(frozen=True)
class OrderReloaded:
    """The order changed under the station (a supervisor edited it or force-verified a line): take the new
    lines and counts, re-verify what changed, weigh again."""

    order: OrderView
    notice: str = "order_changed"
    learned: Learned | None = None  # the history of the changed order's SKU mix


@dataclass(frozen=True)
class CloseParcel:
    """Multi-parcel order (子母件): what is scanned so far goes in this parcel; weigh and print it, then go on
    scanning the rest into the next one."""


@dataclass(frozen=True)
class Abandon:
    """Put the order back: the items go back to the shelf, the order's counts are cleared and it is open for
    another try; nothing is printed. Unless `confirmed`, an order with units counted is only put back by a
    second Abandon (the first arms it: notice "confirm_put_back")."""

    confirmed: bool = False


@dataclass(frozen=True)
class PrintUncertain:
    """The printer failed after the label's bytes started going out: a label may have come out."""

    waybill_no: str
    message: str = ""


@dataclass(frozen=True)
class OrderTakenAway:
    """A supervisor took the open order off this station (or another station took it over after this one
    was gone past the claim timeout): nothing more is counted here; its counts went with it."""

    order_no: str
    station: str = ""   # where it went, when known


@dataclass(frozen=True)
class NotPrinted:
    """In LABEL_CHECK the packer says no label came out: send it again."""


Event = (SignedOn | SignedOut | OrderOpened | OrderRefused | ItemScanned | CartonScanned | QuantityTyped
         | Acknowledge | CheckConfirmed | WeightRead | Override | SignOff | Printed | PrintFailed | Abandon
         | OrderReloaded | CloseParcel | PrintUncertain | NotPrinted | OrderTakenAway)


# ---------------------------------------------------------------- effects
class Sound(str, enum.Enum):
    OK = "ok"
    ERROR = "error"
    DONE = "done"


@dataclass(frozen=True)
class Play:
    sound: Sound


@dataclass(frozen=True)
class RecordScan:
    kind: str          # item, quantity, carton
    code: str
    result: str        # "ok" or an Err value
    product_id: int | None = None
    qty: int = 1
    detail: str = ""


@dataclass(frozen=True)
class SaveCount:
    line_id: int
    scanned: int
    checked: bool = False


@dataclass(frozen=True)
class MarkVerified:
    pass


@dataclass(frozen=True)
class MarkWeighed:
    grams: int
    expected_g: int
    accepted: bool


@dataclass(frozen=True)
class SaveCarton:
    carton_id: int


@dataclass(frozen=True)
class AuditOverride:
    supervisor_id: int
    reason: str
    grams: int
    expected_g: int


@dataclass(frozen=True)
class PrintWaybill:
    pass


@dataclass(frozen=True)
class ReleaseOrder:
    order_id: int
    clear_counts: bool = True  # put back: the items went back to the shelf


Effect = (Play | RecordScan | SaveCount | MarkVerified | MarkWeighed | SaveCarton | AuditOverride
          | PrintWaybill | ReleaseOrder)


# ---------------------------------------------------------------- state
# No parcel at a pack station weighs more than this; the database stores grams as a 32-bit integer.
MAX_WEIGHT_G = 1_000_000


@dataclass(frozen=True)
class Rules:
    tolerance: Tolerance = Tolerance()
    zero_band_g: int = 20  # a reading at or below this is an empty scale
    max_weight_g: int = 300_000  # the scale's capacity: a reading above it is never a parcel's weight

    def __post_init__(self) -> None:
        if self.zero_band_g < 0:
            raise ValueError("zero_band_g must be ≥ 0")
        if not 0 < self.max_weight_g <= MAX_WEIGHT_G:
            raise ValueError(f"max_weight_g must be 1…{MAX_WEIGHT_G}")


@dataclass(frozen=True)
class State:
    phase: Phase = Phase.SIGNED_OUT
    operator: Operator | None = None
    order: OrderView | None = None
    carton: CartonView | None = None
    error: FlowError | None = None
    current_line: int | None = None      # line id the last good scan counted against
    pending_check: int | None = None     # line id waiting for a manual check
    pending_units: int = 1               # units the pending check will count
    need_zero: bool = True               # the scale must come back near zero before the next weight
    weight_g: int | None = None          # the weight taken for this order
    last_reading_g: int | None = None
    last_stable: bool = False
    scale_online: bool = True
    override_by: int | None = None
    waybill_no: str | None = None
    last_order_no: str | None = None     # shown on the DONE screen
    notice: str | None = None            # a non-blocking message: see NOTICES
    notice_params: dict = field(default_factory=dict, compare=False)
    scale_fault: str | None = None       # the last reading was no weight: "overload" or "below_zero"
    put_back_armed: bool = False         # the first put-back of an order with counted units: do it again
    partial: bool = False                # the parcel being weighed/printed is one of several (子母件)
    parcels_done: int = 0                # parcels of this order printed so far
    learned: Learned | None = None       # earlier parcels of the whole order's SKU mix in this carton

    @property
    def sku_expected_g(self) -> int | None:
        """Σ SKU weight × units in the parcel + the carton."""
        if self.order is None:
            return None
        # the parcel on the scale holds what was scanned since the last parcel was closed
        return expected_weight([(ln.product.weight_g, ln.in_parcel) for ln in self.order.lines],
                               self.carton.weight_g if self.carton else 0)

    @property
    def history(self) -> Learned | None:
        """The learned weight, when it speaks of the parcel on the scale: the whole order in one parcel."""
        if (self.learned is None or self.order is None or self.partial or self.parcels_done
                or any(ln.packed for ln in self.order.lines)):
            return None
        return self.learned

    @property
    def expected_g(self) -> int | None:
        """What the parcel should weigh: what earlier parcels of the same SKU mix weighed (at least 3), else
        the SKU weights and the carton."""
        history = self.history
        return history.mean_g if history is not None else self.sku_expected_g

    def weight_diff(self, grams: int, tolerance: Tolerance) -> int:
        """0 when `grams` is accepted, else the signed difference from the expected weight."""
        history = self.history
        if history is not None:
            return history.check(grams, tolerance)
        return tolerance.check(grams, self.sku_expected_g or 0)

    def line(self, line_id: int | None) -> LineView | None:
        if self.order is None or line_id is None:
            return None
        return next((ln for ln in self.order.lines if ln.id == line_id), None)


@dataclass(frozen=True)
class Transition:
    state: State
    effects: tuple[Effect, ...] = ()


def _with_line(order: OrderView, line_id: int, scanned: int) -> OrderView:
    return replace(order, lines=tuple(replace(ln, scanned=scanned) if ln.id == line_id else ln
                                      for ln in order.lines))


def _fresh(state: State, **changes) -> State:
    """A state with no order that keeps what the scale told us (a weight is never carried over, but the
    need for the scale to come back to zero is)."""
    kept = dict(need_zero=state.need_zero, scale_online=state.scale_online,
                last_reading_g=state.last_reading_g, last_stable=state.last_stable)
    kept.update(changes)
    return replace(State(), **kept)


def _fail(state: State, err: Err, *effects: Effect, **params: str | int) -> Transition:
    return Transition(replace(state, error=FlowError(err, dict(params))), (*effects, Play(Sound.ERROR)))


class PackFlow:
    """Holds the current state; `handle(event)` returns the effects to carry out."""

    def __init__(self, rules: Rules | None = None, state: State | None = None):
        self.rules = rules or Rules()
        self.state = state or State()

    def handle(self, event: Event) -> tuple[Effect, ...]:
        t = step(self.state, event, self.rules)
        self.state = t.state
        return t.effects


def step(state: State, event: Event, rules: Rules) -> Transition:  # noqa: C901 - one dispatch table
    # Sign-on/out and the scale are accepted in every phase.
    if isinstance(event, SignedOn):
        return Transition(_fresh(state, phase=Phase.IDLE, operator=event.operator))
    if isinstance(event, SignedOut):
        effects: tuple[Effect, ...] = ()
        if state.order is not None and state.phase not in (Phase.DONE, Phase.PRINTING, Phase.LABEL_CHECK):
            effects = (ReleaseOrder(state.order.id),)
        # LABEL_CHECK: a label may be out with its waybill: the order stays at this station until the next
        # sign-on here settles it
        return Transition(_fresh(state), effects)
    if isinstance(event, WeightRead):
        return _on_weight(state, event, rules)
    if state.phase is Phase.SIGNED_OUT:
        return Transition(state)
    if not isinstance(event, (Abandon, OrderReloaded)):
        state = replace(state, put_back_armed=False)
    if state.notice is not None and not isinstance(event, (OrderReloaded, Acknowledge, OrderTakenAway)):
        state = replace(state, notice=None, notice_params={})  # a notice lasts until the next key or scan

    if isinstance(event, OrderTakenAway):
        if state.order is None or state.order.order_no != event.order_no:
            return Transition(state)
        return Transition(_fresh(state, phase=Phase.IDLE, operator=state.operator, notice="taken_away",
                                 notice_params={"order": event.order_no, "station": event.station}),
                          (Play(Sound.ERROR),))
    if isinstance(event, OrderReloaded):
        if state.order is None or state.phase in (Phase.PRINTING, Phase.DONE, Phase.LABEL_CHECK):
            return Transition(state)
        order = event.order
        keep_line = state.current_line if any(ln.id == state.current_line for ln in order.lines) else None
        s = replace(state, order=order, notice=event.notice, weight_g=None, override_by=None, learned=event.learned,
                    pending_check=None, pending_units=1, current_line=keep_line,
                    phase=Phase.WEIGHING if order.verified else Phase.PACKING)
        loud = Sound.ERROR if event.notice == "order_changed" else Sound.OK
        effects: tuple[Effect, ...] = (Play(loud),)
        if order.verified and not state.order.verified:
            effects = (MarkVerified(), *effects)
        t = _maybe_weigh(s, rules) if order.verified else Transition(s)
        return Transition(t.state, effects + t.effects)
    if isinstance(event, Acknowledge):
        if state.notice is not None and state.error is None:
            return Transition(replace(state, notice=None))
        if state.error is None:
            return Transition(state)
        # An acknowledged refusal of an order scan leaves the station ready for the next order.
        return Transition(replace(state, error=None))

    if state.error is not None:
        if isinstance(event, (ItemScanned, QuantityTyped, CartonScanned)):
            code = event.code if isinstance(event, ItemScanned) else (
                event.text if isinstance(event, QuantityTyped) else event.carton.code)
            kind = "item" if isinstance(event, ItemScanned) else (
                "quantity" if isinstance(event, QuantityTyped) else "carton")
            # the banner says that this scan did not count, and why
            error = replace(state.error, params={**state.error.params, "ignored": code})
            return Transition(replace(state, error=error),
                              (RecordScan(kind, code, Err.UNACKNOWLEDGED.value, detail=state.error.code.value),
                               Play(Sound.ERROR)))
        if isinstance(event, (OrderOpened, SignOff, CheckConfirmed, Override, CloseParcel, NotPrinted, Abandon)):
            error = replace(state.error, params={**state.error.params, "ignored": "key"})
            return Transition(replace(state, error=error), (Play(Sound.ERROR),))

    if isinstance(event, OrderOpened):
        if state.phase not in (Phase.IDLE, Phase.DONE):
            return Transition(state, (Play(Sound.ERROR),))
        return _open(state, event, rules)
    if isinstance(event, OrderRefused):
        return _fail(replace(state, phase=Phase.IDLE if state.phase is Phase.DONE else state.phase),
                     event.code, scanned=event.scanned, **event.params)
    if isinstance(event, Abandon):
        if state.order is None or state.phase in (Phase.PRINTING, Phase.DONE, Phase.LABEL_CHECK):
            return _refused(state, "put_back_not_now")
        counted = any(ln.in_parcel for ln in state.order.lines)
        if counted and not event.confirmed and not state.put_back_armed:
            units = sum(ln.in_parcel for ln in state.order.lines)
            return Transition(replace(state, put_back_armed=True, notice="confirm_put_back",
                                      notice_params={"units": units}), (Play(Sound.ERROR),))
        return Transition(_fresh(state, phase=Phase.IDLE, operator=state.operator, notice="put_back",
                                 notice_params={"order": state.order.order_no}),
                          (ReleaseOrder(state.order.id), Play(Sound.OK)))
    if isinstance(event, PrintUncertain):
        if state.phase is not Phase.PRINTING:
            return Transition(state)
        return Transition(replace(state, phase=Phase.LABEL_CHECK, waybill_no=event.waybill_no),
                          (Play(Sound.ERROR),))
    if isinstance(event, NotPrinted):
        if state.phase is not Phase.LABEL_CHECK:
            return _fail(state, Err.COMMAND_NOT_NOW, command="NOPRINT")
        return Transition(replace(state, phase=Phase.PRINTING), (PrintWaybill(),))
    if isinstance(event, ItemScanned):
        return _on_item(state, event, rules)
    if isinstance(event, CloseParcel):
        order = state.order
        if state.phase is not Phase.PACKING or order is None or not any(ln.in_parcel for ln in order.lines):
            return _refused(state, "close_parcel_not_now")
        return _maybe_weigh(replace(state, phase=Phase.WEIGHING, partial=True), rules)
    if isinstance(event, QuantityTyped):
        return _on_quantity(state, event, rules)
    if isinstance(event, CheckConfirmed):
        return _on_check(state, rules)
    if isinstance(event, CartonScanned):
        if state.order is None or state.phase in (Phase.PRINTING, Phase.DONE, Phase.IDLE):
            return Transition(state, (Play(Sound.ERROR),))
        s = replace(state, carton=event.carton, learned=event.learned)
        effects: tuple[Effect, ...] = (SaveCarton(event.carton.id),
                                       RecordScan("carton", event.carton.code, "ok"), Play(Sound.OK))
        if s.phase in (Phase.WEIGHT_OUT, Phase.READY) and s.weight_g is not None:
            # A new carton changes what the parcel should weigh: judge the weight again.
            s = replace(s, phase=Phase.WEIGHING, override_by=None)
            t = _judge(s, s.weight_g, rules)
            return Transition(t.state, effects + t.effects)
        return Transition(s, effects)
    if isinstance(event, Override):
        if state.phase is not Phase.WEIGHT_OUT or state.weight_g is None:
            return Transition(state, (Play(Sound.ERROR),))
        return Transition(replace(state, phase=Phase.READY, override_by=event.supervisor.id),
                          (AuditOverride(event.supervisor.id, event.reason, state.weight_g,
                                         state.expected_g or 0), Play(Sound.OK)))
    if isinstance(event, SignOff):
        return _sign_off(state, rules)
    if isinstance(event, Printed):
        if state.phase not in (Phase.PRINTING, Phase.LABEL_CHECK) or state.order is None:
            return Transition(state)
        if state.partial:  # one parcel of several out: scan the rest into the next
            order = replace(state.order, lines=tuple(replace(ln, packed=ln.scanned) for ln in state.order.lines))
            return Transition(replace(state, phase=Phase.PACKING, order=order, partial=False, need_zero=True,
                                      weight_g=None, override_by=None, waybill_no=event.waybill_no,
                                      parcels_done=state.parcels_done + 1), (Play(Sound.DONE),))
        return Transition(_fresh(state, phase=Phase.DONE, operator=state.operator, need_zero=True,
                                 waybill_no=event.waybill_no, last_order_no=state.order.order_no),
                          (Play(Sound.DONE),))
    if isinstance(event, PrintFailed):
        if state.phase is not Phase.PRINTING:
            return Transition(state)
        return _fail(replace(state, phase=Phase.READY), event.code, message=event.message)
    return Transition(state)


def _open(state: State, event: OrderOpened, rules: Rules) -> Transition:
    s = replace(state, phase=Phase.PACKING, order=event.order, carton=event.carton, error=None,
                current_line=None, pending_check=None, weight_g=None, override_by=None, waybill_no=None,
                last_order_no=None, learned=event.learned, notice=event.notice,
                notice_params=dict(event.notice_params))
    if event.label_check:  # resumed while a label was in doubt: settle that first
        return Transition(replace(s, phase=Phase.LABEL_CHECK, waybill_no=event.label_check), (Play(Sound.ERROR),))
    if event.order.verified:  # resumed after every line was scanned
        s = replace(s, phase=Phase.WEIGHING)
        return _maybe_weigh(s, rules)
    return Transition(s, (Play(Sound.OK),))


def _on_item(state: State, event: ItemScanned, rules: Rules) -> Transition:
    if state.phase in (Phase.IDLE, Phase.DONE) or state.order is None:
        return Transition(state)  # the service treats scans here as order scans
    order = state.order
    product = event.product
    if state.phase is Phase.LABEL_CHECK:
        return _fail(state, Err.LABEL_EXPECTED, RecordScan("item", event.code, Err.LABEL_EXPECTED.value,
                                                           product.id if product else None),
                     waybill=state.waybill_no or "")
    if state.phase is Phase.CHECK:
        return _fail(state, Err.CHECK_PENDING, RecordScan("item", event.code, Err.CHECK_PENDING.value,
                                                          product.id if product else None))
    if state.phase is not Phase.PACKING:  # weighing, ready: the order is already verified
        return _fail(state, Err.NOT_NOW, RecordScan("item", event.code, Err.NOT_NOW.value,
                                                    product.id if product else None))
    if product is None:
        return _fail(state, Err.UNKNOWN_BARCODE, RecordScan("item", event.code, Err.UNKNOWN_BARCODE.value),
                     code=event.code)
    same_sku = [ln for ln in order.lines if ln.product.id == product.id]
    if same_sku:
        line = next((ln for ln in same_sku if not ln.done), None)
        if line is None:
            ln = same_sku[0]
            return _fail(state, Err.TOO_MANY,
                         RecordScan("item", event.code, Err.TOO_MANY.value, product.id),
                         sku=product.sku, qty=sum(x.qty for x in same_sku), variant=product.variant(),
                         style=product.style, name=ln.product.name)
        return _count(state, line, 1, "item", event.code, rules)
    same_style = [ln for ln in order.lines if ln.product.style and ln.product.style == product.style]
    if same_style:
        wanted = next((ln for ln in same_style if not ln.done), same_style[0])
        return _fail(state, Err.WRONG_VARIANT,
                     RecordScan("item", event.code, Err.WRONG_VARIANT.value, product.id,
                                detail=f"scanned {product.variant()} wanted {wanted.product.variant()}"),
                     style=product.style, scanned=product.variant(), wanted=wanted.product.variant(),
                     scanned_size=product.size, wanted_size=wanted.product.size,
                     scanned_colour=product.colour, wanted_colour=wanted.product.colour)
    return _fail(state, Err.NOT_IN_ORDER, RecordScan("item", event.code, Err.NOT_IN_ORDER.value, product.id),
                 sku=product.sku, name=product.name, variant=product.variant())


def _count(state: State, line: LineView, units: int, kind: str, code: str, rules: Rules) -> Transition:
    record = RecordScan(kind, code, "ok", line.product.id, qty=units)
    if line.product.manual_check:
        return Transition(replace(state, phase=Phase.CHECK, pending_check=line.id, pending_units=units,
                                  current_line=line.id), (record, Play(Sound.OK)))
    return _apply_count(state, line, units, (record,), rules)


def _apply_count(state: State, line: LineView, units: int, effects: tuple[Effect, ...], rules: Rules,
                 checked: bool = False) -> Transition:
    assert state.order is not None
    scanned = line.scanned + units
    order = _with_line(state.order, line.id, scanned)
    s = replace(state, order=order, current_line=line.id, phase=Phase.PACKING, pending_check=None,
                pending_units=1, notice=None)
    effects = (*effects, SaveCount(line.id, scanned, checked))
    if order.verified:
        s = replace(s, phase=Phase.WEIGHING)
        t = _maybe_weigh(s, rules)
        return Transition(t.state, (*effects, MarkVerified(), Play(Sound.OK), *t.effects))
    return Transition(s, (*effects, Play(Sound.OK)))


def _on_check(state: State, rules: Rules) -> Transition:
    line = state.line(state.pending_check)
    if state.phase is not Phase.CHECK or line is None:
        return Transition(state)
    return _apply_count(state, line, state.pending_units, (), rules, checked=True)


def _on_quantity(state: State, event: QuantityTyped, rules: Rules) -> Transition:
    text = event.text.strip()
    if state.phase is not Phase.PACKING or state.order is None:
        return _refused(state, "quantity_not_now")
    if len(text) > MAX_QTY_DIGITS:
        return _fail(state, Err.QTY_BARCODE, RecordScan("quantity", text, Err.QTY_BARCODE.value), text=text)
    if not (text.isascii() and text.isdigit()) or int(text) <= 0:  # "²".isdigit() is True; int("²") fails
        return _fail(state, Err.QTY_INVALID, RecordScan("quantity", text, Err.QTY_INVALID.value), text=text)
    line = state.line(state.current_line)
    if line is None:
        return _fail(state, Err.QTY_NO_LINE, RecordScan("quantity", text, Err.QTY_NO_LINE.value))
    total = int(text)
    if total > line.qty:
        return _fail(state, Err.QTY_TOO_MANY,
                     RecordScan("quantity", text, Err.QTY_TOO_MANY.value, line.product.id, qty=total),
                     typed=total, qty=line.qty, remaining=line.remaining, sku=line.product.sku)
    if total <= line.scanned:
        return _fail(state, Err.QTY_NOT_MORE,
                     RecordScan("quantity", text, Err.QTY_NOT_MORE.value, line.product.id, qty=total),
                     typed=total, scanned=line.scanned, sku=line.product.sku)
    return _count(state, line, total - line.scanned, "quantity", text, rules)


# ---------------------------------------------------------------- weighing
# From the moment a weight is accepted until the label is out, the flow keeps watching the scale: the weight
# that is printed and stored is the one standing on the scale at sign-off.
#
#   WEIGHING   a stable reading above the zero band (after the scale was back to zero) is judged
#   WEIGHT_OUT a stable reading that differs from the judged one by more than the zero band is judged again
#              (an item taken out or added); lifting the parcel (zero) and putting it back also re-judges
#   READY      a stable reading that differs by more than the zero band (the parcel changed, or was lifted)
#              takes the order back to weighing and is judged again; an override is void from then on
#   sign-off   only with the scale online and stable; the standing reading is judged once more and is the
#              weight printed


def _on_weight(state: State, event: WeightRead, rules: Rules) -> Transition:
    if not event.online:
        s = replace(state, scale_online=False, last_reading_g=None, last_stable=False, scale_fault=None)
        return Transition(s)
    grams = event.grams
    if event.fault or grams > rules.max_weight_g or grams < -rules.zero_band_g:
        # the scale says overload or error, a reading beyond the capacity, or a scale zeroed with something
        # on it: no weight at all
        fault = event.fault or ("overload" if grams > 0 else "below_zero")
        return Transition(replace(state, scale_online=True, last_reading_g=None, last_stable=False,
                                  scale_fault=fault))
    s = replace(state, scale_online=True, last_reading_g=grams, last_stable=event.stable, scale_fault=None)
    if not event.stable:
        return Transition(s)
    if s.phase is Phase.READY and s.weight_g is not None and abs(grams - s.weight_g) > rules.zero_band_g:
        # the parcel changed (or left the scale) after its weight was accepted: weigh it again
        s = replace(s, phase=Phase.WEIGHING, weight_g=None, override_by=None, notice="weight_changed",
                    notice_params={"before": state.weight_g or 0, "now": grams})
        if grams <= rules.zero_band_g:
            return Transition(replace(s, need_zero=False), (Play(Sound.ERROR),))
        return _judge(replace(s, need_zero=False), grams, rules)
    if grams <= rules.zero_band_g:
        return Transition(replace(s, need_zero=False))
    if s.phase is Phase.WEIGHT_OUT and s.weight_g is not None and abs(grams - s.weight_g) > rules.zero_band_g:
        return _judge(s, grams, rules)  # an item taken out or put in: judged again without lifting
    if s.need_zero:
        return Transition(s)
    if s.phase in (Phase.WEIGHING, Phase.WEIGHT_OUT):
        # WEIGHT_OUT: the parcel was lifted (zero seen) and put back: weigh it again.
        return _judge(s, grams, rules)
    return Transition(s)


def _maybe_weigh(state: State, rules: Rules) -> Transition:
    """On entering WEIGHING: a parcel already resting stable on a scale that came back to zero since the
    last parcel is taken at once."""
    if (state.last_stable and state.scale_online and not state.need_zero
            and state.last_reading_g is not None and state.last_reading_g > rules.zero_band_g):
        return _judge(state, state.last_reading_g, rules)
    return Transition(state)


def _judge(state: State, grams: int, rules: Rules) -> Transition:
    expected = state.expected_g or 0
    diff = state.weight_diff(grams, rules.tolerance)
    accepted = diff == 0
    s = replace(state, weight_g=grams, need_zero=True,
                phase=Phase.READY if accepted else Phase.WEIGHT_OUT)
    effects: tuple[Effect, ...] = (MarkWeighed(grams, expected, accepted),)
    return Transition(s, (*effects, Play(Sound.OK if accepted else Sound.ERROR)))


def _sign_off(state: State, rules: Rules) -> Transition:
    """Sign-off prints only what the scale shows now: online, stable, and (judged again) in tolerance, or the
    very weight a supervisor accepted."""
    if state.phase is not Phase.READY or state.weight_g is None:
        return _refused(state, "sign_off_not_ready", **_what_is_missing(state))
    if not state.scale_online:
        return _fail(state, Err.SCALE_OFFLINE)
    if state.last_reading_g is None or not state.last_stable:
        return _fail(state, Err.SCALE_UNSTABLE, fault=state.scale_fault or "")
    standing = state.last_reading_g
    if abs(standing - state.weight_g) > rules.zero_band_g:  # a reading not yet seen by _on_weight
        return _on_weight(state, WeightRead(standing, True), rules)
    if state.override_by is not None:
        # the supervisor accepted that weight: valid while the scale still shows it (within the zero band)
        return Transition(replace(state, phase=Phase.PRINTING, weight_g=standing, notice=None), (PrintWaybill(),))
    if state.weight_diff(standing, rules.tolerance) != 0:
        t = _judge(replace(state, phase=Phase.WEIGHING), standing, rules)
        return Transition(replace(t.state, notice="weight_changed",
                                  notice_params={"before": state.weight_g, "now": standing}), t.effects)
    effects: tuple[Effect, ...] = ()
    if standing != state.weight_g:
        effects = (MarkWeighed(standing, state.expected_g or 0, True),)
    return Transition(replace(state, phase=Phase.PRINTING, weight_g=standing, notice=None),
                      (*effects, PrintWaybill()))


def _what_is_missing(state: State) -> dict[str, str | int]:
    """Why a sign-off cannot print yet, for the packer: what to do first."""
    if state.phase in (Phase.PACKING, Phase.CHECK) and state.order is not None:
        return {"step": "scan", "left": state.order.units - state.order.units_scanned}
    if state.phase is Phase.WEIGHT_OUT:
        return {"step": "weight_out"}
    if state.phase is Phase.WEIGHING:
        return {"step": "weigh"}
    return {"step": "order"}


def _refused(state: State, notice: str, **params: str | int) -> Transition:
    """A key or scan that can do nothing now: say why (a non-blocking notice) and buzz."""
    return Transition(replace(state, notice=notice, notice_params=dict(params)), (Play(Sound.ERROR),))
