"""Stubs (底单): the courier leaves one for every parcel picked up; the supervisor scans them back and the
ledger counts them against what was handed over, per courier per day (seed 000 §6–12).

* handed over — parcels in the courier's pickups closed that day (app.services.pickups);
* missing     — handed over, no stub: chased at once to an outcome (found, courier denies pickup, lost);
* unknown     — a stub with no parcel of ours: chased too;
* off manifest — a stub of one of our parcels that was never scanned into a pickup.

Stubs older than 15 days (setting ``stub_archive_days``) are due for archive; archiving records the box and
who did it. Stubs of parcels lost or damaged by the courier are set apart with their claim, those of
undeliverable parcels for the month-end deduction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    ChaseKind, ChaseOutcome, Courier, Order, Parcel, ParcelStatus, Pickup, PickupParcel, PickupStatus, Stub,
    StubChase, StubPurpose, utcnow,
)
from .pickups import pickup_no
from .reporting import LedgerError, day_range, get_setting, local_day, need_reason, today
from .audit import audit
from .auth import authorized
from .rows import get_or_create, locked

ARCHIVE_DAYS_SETTING = "stub_archive_days"
ARCHIVE_DAYS = 15

# results of a stub scan
MATCHED = "matched"
UNKNOWN = "unknown"            # recorded, no parcel of ours: goes on the unknown list
DUPLICATE = "duplicate"        # this stub was already scanned
OTHER_COURIER = "other_courier"  # the waybill is one of ours, of another courier than the pile being scanned
NO_COURIER = "no_courier"      # an unknown stub needs the courier it came from
BAD_CODE = "bad_code"


@dataclass(frozen=True)
class StubScan:
    ok: bool
    code: str
    waybill_no: str
    courier: str
    day: date | None
    order_no: str
    message: str


@dataclass(frozen=True)
class LedgerItem:
    waybill_no: str
    order_no: str
    weight_g: int
    pickup_no: str
    outcome: str      # open, found, denied, lost
    note: str
    claim_id: int | None


@dataclass(frozen=True)
class StubLedger:
    courier: str
    courier_name: str
    day: date
    handed_over: int          # parcels in the day's closed pickups
    stubs: int                # stubs received for the day
    matched: int              # stubs of parcels handed over that day
    in_open_pickup: int       # parcels scanned into a pickup of the day not yet closed
    not_handed_over: int      # parcels printed that day, in no pickup at all
    missing: tuple[LedgerItem, ...]
    unknown: tuple[LedgerItem, ...]
    off_manifest: tuple[LedgerItem, ...]

    @property
    def balanced(self) -> bool:
        return not self.missing and not self.unknown and self.handed_over == self.matched


@dataclass(frozen=True)
class DayCount:
    courier: str
    handed_over: int
    stubs: int
    missing: int
    unknown: int


@dataclass(frozen=True)
class ArchiveDue:
    courier: str
    day: date
    stubs: int
    age_days: int


@dataclass(frozen=True)
class StubView:
    waybill_no: str
    courier: str
    day: date
    order_no: str
    received_at: datetime
    set_apart: str
    claim_id: int | None
    archived_at: datetime | None
    archive_box: str


def _courier(s: Session, code: str) -> Courier:
    c = s.scalar(select(Courier).where(Courier.code == (code or "").strip().upper()))
    if c is None:
        raise LedgerError("unknown courier '{code}'", code=code)
    return c


def handover_day(s: Session, parcel: Parcel) -> date:
    """The day a parcel's stub belongs to: the day of its pickup, else the day it was printed."""
    d = s.scalar(select(Pickup.day).join(PickupParcel, PickupParcel.pickup_id == Pickup.id)
                 .where(PickupParcel.parcel_id == parcel.id))
    if d is not None:
        return d
    return local_day(parcel.printed_at or parcel.created_at)


# ------------------------------------------------------------------------------------------------ receive
def receive_stub(db: Database, actor: Actor, code: str, courier_code: str | None = None,
                 day: date | None = None) -> StubScan:
    """One stub scanned back (its waybill barcode). ``courier_code`` is the pile being scanned (needed for a
    stub that matches no parcel); ``day`` files an unknown stub under that day (default today)."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        code = (code or "").strip()
        pile = _courier(s, courier_code) if courier_code else None
        if not code or len(code) > 40:
            return StubScan(False, BAD_CODE, code[:40], pile.code if pile else "", None, "", "not a waybill number")
        parcels = s.scalars(select(Parcel).where(Parcel.waybill_no == code)).all()
        parcel = next((p for p in parcels if pile is None or p.courier_id == pile.id), None)
        if parcel is None and parcels:
            other = s.get(Courier, parcels[0].courier_id)
            return StubScan(False, OTHER_COURIER, code, other.code, None, "",
                            f"不是这家快递的底单 stub of {other.name}, not {pile.name}")
        courier = s.get(Courier, parcel.courier_id) if parcel else pile
        if courier is None:
            return StubScan(False, NO_COURIER, code, "", None, "", "未知底单：请先选择快递 choose the courier")

        def duplicate() -> StubScan:
            existing = s.scalar(select(Stub).where(Stub.courier_id == courier.id, Stub.waybill_no == code))
            return StubScan(False, DUPLICATE, code, courier.code, existing.day, "",
                            f"已扫描 already received on {existing.received_at.astimezone():%Y-%m-%d %H:%M}")

        if s.scalar(select(Stub.id).where(Stub.courier_id == courier.id, Stub.waybill_no == code)) is not None:
            return duplicate()
        if parcel is not None:
            the_day = handover_day(s, parcel)
            order_no = s.scalar(select(Order.order_no).where(Order.id == parcel.order_id))
        else:
            the_day, order_no = day or today(), ""
        try:  # the same stub scanned at two desks at once: one is received, the other told it is a duplicate
            with s.begin_nested():
                s.add(Stub(courier_id=courier.id, waybill_no=code, day=the_day,
                           parcel_id=parcel.id if parcel else None, received_by=actor.id))
        except IntegrityError:
            return duplicate()
        chase = locked(s, StubChase, StubChase.courier_id == courier.id, StubChase.waybill_no == code,
                       StubChase.kind == ChaseKind.MISSING)
        found = chase is not None and chase.outcome is ChaseOutcome.OPEN
        if found:
            chase.outcome, chase.note = ChaseOutcome.FOUND, (chase.note + " / stub received").strip(" /")
            chase.updated_at, chase.updated_by = utcnow(), actor.id
        audit(s, actor, "receive_stub", "stub", f"{courier.code}:{code}", "", None,
              {"day": the_day, "order_no": order_no, "chase_found": found})
        if parcel is None:
            return StubScan(True, UNKNOWN, code, courier.code, the_day, "",
                            "没有这个包裹 no parcel of ours: on the unknown list")
        return StubScan(True, MATCHED, code, courier.code, the_day, order_no, "OK")


# ------------------------------------------------------------------------------------------------ ledger
def _handed(s: Session, courier_id: int, day: date, closed: bool):
    return (select(Parcel.id, Parcel.waybill_no, Order.order_no, Parcel.weight_g, Pickup.id, Pickup.day)
            .select_from(Pickup)
            .join(PickupParcel, PickupParcel.pickup_id == Pickup.id)
            .join(Parcel, Parcel.id == PickupParcel.parcel_id)
            .join(Order, Order.id == Parcel.order_id)
            .where(Pickup.courier_id == courier_id, Pickup.day == day,
                   Pickup.status == (PickupStatus.CLOSED if closed else PickupStatus.OPEN)))


def stub_ledger(db: Database, courier_code: str, day: date) -> StubLedger:
    """The day's count for one courier: handed over against stubs received, and the lists to chase."""
    with db.session() as s:
        c = _courier(s, courier_code)
        chases = {(ch.waybill_no, ch.kind): ch for ch in s.scalars(
            select(StubChase).where(StubChase.courier_id == c.id, StubChase.day == day))}

        def item(waybill, order_no, weight, pk_id, pk_day, kind) -> LedgerItem:
            ch = chases.get((waybill, kind))
            return LedgerItem(waybill, order_no or "", weight or 0,
                              pickup_no(c.code, pk_day, pk_id) if pk_id else "",
                              ch.outcome.value if ch else ChaseOutcome.OPEN.value, ch.note if ch else "",
                              ch.claim_id if ch else None)

        handed = s.execute(_handed(s, c.id, day, True).add_columns(Stub.id)
                           .outerjoin(Stub, Stub.parcel_id == Parcel.id).order_by(Parcel.waybill_no)).all()
        missing = tuple(item(r[1], r[2], r[3], r[4], r[5], ChaseKind.MISSING) for r in handed if r[6] is None)
        in_open = s.scalar(select(func.count()).select_from(_handed(s, c.id, day, False).subquery())) or 0
        stubs = s.execute(select(Stub.waybill_no, Stub.parcel_id, Order.order_no, Parcel.weight_g,
                                 PickupParcel.pickup_id)
                          .outerjoin(Parcel, Parcel.id == Stub.parcel_id)
                          .outerjoin(Order, Order.id == Parcel.order_id)
                          .outerjoin(PickupParcel, PickupParcel.parcel_id == Stub.parcel_id)
                          .where(Stub.courier_id == c.id, Stub.day == day).order_by(Stub.waybill_no)).all()
        unknown = tuple(item(w, "", 0, None, None, ChaseKind.UNKNOWN) for w, pid, _, _, _ in stubs if pid is None)
        off = tuple(item(w, o, wt, None, None, ChaseKind.UNKNOWN) for w, pid, o, wt, pk in stubs
                    if pid is not None and pk is None)
        matched = sum(1 for r in handed if r[6] is not None)
        start, end = day_range(day)
        loose = s.scalar(select(func.count(Parcel.id)).outerjoin(PickupParcel, PickupParcel.parcel_id == Parcel.id)
                         .where(Parcel.courier_id == c.id, Parcel.status == ParcelStatus.PRINTED,
                                Parcel.printed_at >= start, Parcel.printed_at < end,
                                PickupParcel.id.is_(None))) or 0
        return StubLedger(c.code, c.name, day, len(handed), len(stubs), matched, int(in_open), int(loose),
                          missing, unknown, off)


def day_counts(db: Database, day: date) -> list[DayCount]:
    """Every courier's stub count for the day in one look (the Stubs screen's top table)."""
    with db.session() as s:
        handed = dict(s.execute(
            select(Pickup.courier_id, func.count(PickupParcel.id))
            .join(PickupParcel, PickupParcel.pickup_id == Pickup.id)
            .where(Pickup.day == day, Pickup.status == PickupStatus.CLOSED).group_by(Pickup.courier_id)).all())
        missing = dict(s.execute(
            select(Pickup.courier_id, func.count(PickupParcel.id))
            .join(PickupParcel, PickupParcel.pickup_id == Pickup.id)
            .outerjoin(Stub, Stub.parcel_id == PickupParcel.parcel_id)
            .where(Pickup.day == day, Pickup.status == PickupStatus.CLOSED, Stub.id.is_(None))
            .group_by(Pickup.courier_id)).all())
        stubs = {cid: (int(n), int(u or 0)) for cid, n, u in s.execute(
            select(Stub.courier_id, func.count(Stub.id),
                   func.sum(case((Stub.parcel_id.is_(None), 1), else_=0)))
            .where(Stub.day == day).group_by(Stub.courier_id)).all()}
        ids = set(handed) | set(stubs)
        codes = dict(s.execute(select(Courier.id, Courier.code).where(Courier.id.in_(ids))).all()) if ids else {}
        return [DayCount(codes[cid], int(handed.get(cid, 0)), stubs.get(cid, (0, 0))[0], int(missing.get(cid, 0)),
                         stubs.get(cid, (0, 0))[1]) for cid in sorted(ids, key=lambda i: codes[i])]


# ------------------------------------------------------------------------------------------------ chase
def chase(db: Database, actor: Actor, courier_code: str, waybill_no: str, kind: str, outcome: str,
          note: str = "", open_claim_amount=None) -> LedgerItem:
    """Records where the chase of a missing (``kind`` 'missing') or unknown ('unknown') stub stands:
    'found', 'denied' (the courier denies the pickup), 'lost' or back to 'open'. A missing parcel chased to
    'lost' opens a claim against the courier when ``open_claim_amount`` is given (the amount claimed)."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        try:
            k, out = ChaseKind(kind), ChaseOutcome(outcome)
        except ValueError:
            raise LedgerError("kind is missing or unknown; outcome is open, found, denied or lost") from None
        note = (note or "").strip()
        if out is not ChaseOutcome.OPEN:
            note = need_reason(note) if out is not ChaseOutcome.FOUND else note
        waybill_no = waybill_no.strip()
        c = _courier(s, courier_code)
        parcel = s.scalar(select(Parcel).where(Parcel.courier_id == c.id, Parcel.waybill_no == waybill_no))
        stub = s.scalar(select(Stub).where(Stub.courier_id == c.id, Stub.waybill_no == waybill_no))
        if k is ChaseKind.MISSING:
            if parcel is None:
                raise LedgerError("{waybill_no} is not a parcel of {code}", waybill_no=waybill_no, code=c.code)
            day = handover_day(s, parcel)
        else:
            if stub is None:
                raise LedgerError("no stub {waybill_no} of {code} was received", waybill_no=waybill_no, code=c.code)
            day = stub.day
        ch, created = get_or_create(s, StubChase, {"courier_id": c.id, "waybill_no": waybill_no, "kind": k},
                                    {"day": day})
        before = None if created else {"outcome": ch.outcome.value, "note": ch.note}
        ch.outcome, ch.note, ch.updated_at, ch.updated_by = out, note, utcnow(), actor.id
        if out is ChaseOutcome.LOST and k is ChaseKind.MISSING and open_claim_amount is not None:
            from .claims import new_claim

            claim = new_claim(s, actor, parcel, "lost", f"底单缺失，快递丢件 missing stub chased to lost: {note}",
                              open_claim_amount)
            ch.claim_id = claim.id
        s.flush()
        audit(s, actor, "stub_chase", "stub", f"{c.code}:{waybill_no}", note, before,
              {"kind": k.value, "outcome": out.value, "claim_id": ch.claim_id})
        order_no = s.scalar(select(Order.order_no).where(Order.id == parcel.order_id)) if parcel else ""
        return LedgerItem(waybill_no, order_no, parcel.weight_g if parcel else 0, "", out.value, note, ch.claim_id)


def open_chases(db: Database, courier_code: str | None = None) -> list[tuple[str, date, str, str]]:
    """(courier, day, waybill, kind) of every chase still open."""
    with db.session() as s:
        q = (select(Courier.code, StubChase.day, StubChase.waybill_no, StubChase.kind)
             .join(Courier, Courier.id == StubChase.courier_id)
             .where(StubChase.outcome == ChaseOutcome.OPEN).order_by(StubChase.day, StubChase.waybill_no))
        if courier_code:
            q = q.where(Courier.code == courier_code.strip().upper())
        return [(c, d, w, k.value) for c, d, w, k in s.execute(q)]


# ------------------------------------------------------------------------------------------------ archive
def archive_days(s: Session) -> int:
    return int(get_setting(s, ARCHIVE_DAYS_SETTING, ARCHIVE_DAYS))


def archive_due(db: Database, on: date | None = None) -> list[ArchiveDue]:
    """Courier-days whose stubs are older than the archive age and not archived (set-apart stubs stay out:
    they go with their claim or deduction)."""
    on = on or today()
    with db.session() as s:
        cutoff = on - timedelta(days=archive_days(s))
        rows = s.execute(select(Courier.code, Stub.day, func.count(Stub.id))
                         .join(Courier, Courier.id == Stub.courier_id)
                         .where(Stub.day <= cutoff, Stub.archived_at.is_(None), Stub.set_apart == StubPurpose.NONE)
                         .group_by(Courier.code, Stub.day).order_by(Stub.day, Courier.code)).all()
        return [ArchiveDue(c, d, int(n), (on - d).days) for c, d, n in rows]


def archive(db: Database, actor: Actor, courier_code: str, day: date, box: str, on: date | None = None) -> int:
    """Archives a courier-day's stubs into a box (handed to management); returns how many."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        box = (box or "").strip()
        if not box:
            raise LedgerError("name the box the stubs go into")
        on = on or today()
        c = _courier(s, courier_code)
        if (on - day).days < archive_days(s):
            raise LedgerError("stubs of {day} are kept {days} days before they are archived", day=day,
                              days=archive_days(s))
        stubs = s.scalars(select(Stub).where(Stub.courier_id == c.id, Stub.day == day, Stub.archived_at.is_(None),
                                             Stub.set_apart == StubPurpose.NONE)).all()
        if not stubs:
            raise LedgerError("no stub of {code} for {day} waits for archive", code=c.code, day=day)
        now = utcnow()
        for st in stubs:
            st.archived_at, st.archived_by, st.archive_box = now, actor.id, box[:64]
        audit(s, actor, "archive_stubs", "stub", f"{c.code}:{day}", "", None, {"box": box, "count": len(stubs)})
        return len(stubs)


# ------------------------------------------------------------------------------------------------ set apart
def set_apart_stub(s: Session, courier_id: int, waybill_no: str, purpose: StubPurpose,
                   claim_id: int | None) -> bool:
    """Session helper (no commit): marks a received stub as set apart; False if no stub was received."""
    st = s.scalar(select(Stub).where(Stub.courier_id == courier_id, Stub.waybill_no == waybill_no))
    if st is None:
        return False
    st.set_apart, st.claim_id = purpose, claim_id
    return True


def set_apart(db: Database, actor: Actor, courier_code: str, waybill_no: str, purpose: str, reason: str) -> None:
    """Sets a stub apart by hand: 'claim', 'deduction', or 'none' to put it back with the day's stubs."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        reason = need_reason(reason)
        try:
            p = StubPurpose(purpose)
        except ValueError:
            raise LedgerError("purpose is claim, deduction or none") from None
        c = _courier(s, courier_code)
        st = s.scalar(select(Stub).where(Stub.courier_id == c.id, Stub.waybill_no == waybill_no.strip()))
        if st is None:
            raise LedgerError("no stub {waybill_no} of {code} was received", waybill_no=waybill_no, code=c.code)
        before = {"set_apart": st.set_apart.value}
        st.set_apart = p
        if p is StubPurpose.NONE:
            st.claim_id = None
        audit(s, actor, "stub_set_apart", "stub", f"{c.code}:{st.waybill_no}", reason, before, {"set_apart": p.value})


def list_stubs(db: Database, courier_code: str | None = None, day: date | None = None,
               set_apart_only: str | None = None, archived: bool | None = None) -> list[StubView]:
    with db.session() as s:
        q = (select(Stub, Courier.code, Order.order_no).join(Courier, Courier.id == Stub.courier_id)
             .outerjoin(Parcel, Parcel.id == Stub.parcel_id).outerjoin(Order, Order.id == Parcel.order_id)
             .order_by(Stub.day, Stub.waybill_no))
        if courier_code:
            q = q.where(Courier.code == courier_code.strip().upper())
        if day is not None:
            q = q.where(Stub.day == day)
        if set_apart_only:
            q = q.where(Stub.set_apart == StubPurpose(set_apart_only))
        if archived is not None:
            q = q.where(Stub.archived_at.is_not(None) if archived else Stub.archived_at.is_(None))
        return [StubView(st.waybill_no, code, st.day, order_no or "", st.received_at, st.set_apart.value,
                         st.claim_id, st.archived_at, st.archive_box) for st, code, order_no in s.execute(q)]

