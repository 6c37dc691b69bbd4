"""Claims register: parcels lost, damaged or not delivered by the courier; status, amount claimed and recovered,
and the evidence sheet (理赔证据单) built from what the station recorded: the order and its lines, every scan with
its time, every weighing, packer, station, waybill and every print.

Opening a claim sets the parcel's stub apart (lost and damaged: with the claim; undeliverable: for the
month-end deduction, see app.services.bills).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..labels.content import full_address
from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    AuditLog, Claim, ClaimKind, ClaimStatus, Courier, Operator, Order, OrderLine, Parcel, ParcelLine,
    ParcelStatus, PrintJob, ScanEvent, Station, StubPurpose, utcnow,
)
from .reporting import LedgerError, need_reason, phone_for
from .stubs import set_apart_stub
from .audit import audit
from .rows import locked
from .auth import authorized

FINISHED = (ClaimStatus.REJECTED, ClaimStatus.CLOSED)
KIND_ZH = {"lost": "丢失", "damaged": "破损", "undeliverable": "无法派送"}


@dataclass(frozen=True)
class ClaimView:
    id: int
    claim_no: str
    kind: str
    status: str
    courier: str
    waybill_no: str
    order_no: str
    reason: str
    note: str
    amount_claimed: Decimal
    amount_recovered: Decimal
    outstanding: Decimal
    opened_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    stub_set_apart: bool
    deducted_bill_id: int | None


@dataclass(frozen=True)
class ClaimTotals:
    count: int
    open: int
    claimed: Decimal
    recovered: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class EvidenceLine:
    sku: str
    name: str
    style: str
    colour: str
    size: str
    qty: int
    price: Decimal
    scanned: int          # units verified by scan at packing
    in_parcel: int        # units recorded in this parcel


@dataclass(frozen=True)
class ScanRecord:
    at: datetime
    kind: str
    code: str
    result: str
    operator: str
    detail: str


@dataclass(frozen=True)
class WeightRecord:
    at: datetime
    weight_g: int
    expected_g: int | None
    result: str
    operator: str


@dataclass(frozen=True)
class PrintRecord:
    at: datetime
    kind: str             # print, reprint, void
    printer: str
    operator: str
    reason: str


@dataclass(frozen=True)
class Evidence:
    claim_id: int | None
    claim_no: str
    kind: str
    reason: str
    order_no: str
    shop: str
    channel: str
    recipient_name: str
    phone: str            # masked unless the viewer may see phones
    address: str
    masked: bool
    courier_name: str
    waybill_no: str
    packer: str
    station: str
    weight_g: int
    expected_weight_g: int
    override_by: str
    scanned_at: datetime | None
    verified_at: datetime | None
    weighed_at: datetime | None
    printed_at: datetime | None
    lines: tuple[EvidenceLine, ...]
    scans: tuple[ScanRecord, ...]
    weights: tuple[WeightRecord, ...]
    prints: tuple[PrintRecord, ...]
    label_png: bytes | None
    prepared_by: str
    prepared_at: datetime


def claim_no(c: Claim) -> str:
    return f"CL{c.opened_at.astimezone():%Y%m%d}-{c.id:04d}"


def _money(value, what: str) -> Decimal:
    try:
        d = Decimal(str(value if value is not None else "0")).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise LedgerError("{what}: '{value}' is not an amount", what=what, value=value) from None
    if d < 0:
        raise LedgerError("{what} cannot be negative", what=what)
    return d


def _view(s: Session, c: Claim) -> ClaimView:
    courier = s.get(Courier, c.courier_id).code
    order_no = s.scalar(select(Order.order_no).where(Order.id == c.order_id)) or ""
    from ..models import Stub

    apart = s.scalar(select(func.count(Stub.id)).where(Stub.claim_id == c.id)) or 0
    return ClaimView(c.id, claim_no(c), c.kind.value, c.status.value, courier, c.waybill_no, order_no, c.reason,
                     c.note, c.amount_claimed, c.amount_recovered, c.amount_claimed - c.amount_recovered,
                     c.opened_at, c.updated_at, c.closed_at, apart > 0, c.deducted_bill_id)


def new_claim(s: Session, actor: Actor, parcel: Parcel, kind: str, reason: str, amount=None) -> Claim:
    """Session helper (no commit): records the claim and sets the parcel's stub apart."""
    try:
        k = ClaimKind(kind)
    except ValueError:
        raise LedgerError("a claim is for a parcel lost, damaged or undeliverable") from None
    parcel = locked(s, Parcel, Parcel.id == parcel.id)  # one live claim per parcel, even from two desks at once
    if parcel.status is not ParcelStatus.PRINTED:
        raise LedgerError("waybill {waybill_no} was never handed to the courier ({status})", waybill_no=parcel.waybill_no, status=parcel.status.value)
    live = s.scalar(select(Claim).where(Claim.parcel_id == parcel.id, Claim.status.not_in(FINISHED)))
    if live is not None:
        raise LedgerError("waybill {waybill_no} already has claim {claim} ({status})", waybill_no=parcel.waybill_no,
                          claim=claim_no(live), status=live.status.value)
    c = Claim(courier_id=parcel.courier_id, parcel_id=parcel.id, order_id=parcel.order_id,
              waybill_no=parcel.waybill_no, kind=k, reason=reason, amount_claimed=_money(amount, "amount claimed"),
              opened_by=actor.id)
    s.add(c)
    s.flush()
    purpose = StubPurpose.DEDUCTION if k is ClaimKind.UNDELIVERABLE else StubPurpose.CLAIM
    set_apart_stub(s, parcel.courier_id, parcel.waybill_no, purpose, c.id)
    audit(s, actor, "open_claim", "claim", str(c.id), reason, None,
          {"kind": k.value, "waybill": parcel.waybill_no, "amount_claimed": str(c.amount_claimed)})
    return c


def _parcel(s: Session, waybill_no: str, courier_code: str | None) -> Parcel:
    q = select(Parcel).where(Parcel.waybill_no == (waybill_no or "").strip())
    if courier_code:
        q = q.join(Courier, Courier.id == Parcel.courier_id).where(Courier.code == courier_code.strip().upper())
    p = s.scalars(q).first()
    if p is None:
        raise LedgerError("no parcel with waybill {waybill_no}", waybill_no=waybill_no)
    return p


def open_claim(db: Database, actor: Actor, waybill_no: str, kind: str, reason: str, amount_claimed=None,
               courier_code: str | None = None) -> ClaimView:
    """Opens a claim for a parcel ('lost', 'damaged' or 'undeliverable') and sets its stub apart."""
    with authorized(db, actor, Action.CLAIMS) as (s, actor):
        reason = need_reason(reason)
        c = new_claim(s, actor, _parcel(s, waybill_no, courier_code), kind, reason, amount_claimed)
        return _view(s, c)


def update_claim(db: Database, actor: Actor, claim_id: int, reason: str, *, status: str | None = None,
                 amount_claimed=None, amount_recovered=None, note: str | None = None) -> ClaimView:
    """Moves a claim on (open → submitted → accepted / rejected → paid → closed) and records amounts."""
    with authorized(db, actor, Action.CLAIMS) as (s, actor):
        reason = need_reason(reason)
        c = locked(s, Claim, Claim.id == claim_id)  # amounts checked against what is stored now
        if c is None:
            raise LedgerError("no claim {claim_id}", claim_id=claim_id)
        if c.status is ClaimStatus.CLOSED:
            raise LedgerError("claim {claim} is closed", claim=claim_no(c))
        before = {"status": c.status.value, "amount_claimed": str(c.amount_claimed),
                  "amount_recovered": str(c.amount_recovered), "note": c.note}
        if status is not None:
            try:
                c.status = ClaimStatus(status)
            except ValueError:
                raise LedgerError("unknown claim status '{status}'", status=status) from None
        if amount_claimed is not None:
            c.amount_claimed = _money(amount_claimed, "amount claimed")
        if amount_recovered is not None:
            c.amount_recovered = _money(amount_recovered, "amount recovered")
        if c.amount_recovered > c.amount_claimed and c.amount_claimed > 0:
            raise LedgerError("more recovered than claimed: correct the amount claimed first")
        if note is not None:
            c.note = note.strip()
        c.updated_at = utcnow()
        if c.status in FINISHED and c.closed_at is None:
            c.closed_at = c.updated_at
        after = {"status": c.status.value, "amount_claimed": str(c.amount_claimed),
                 "amount_recovered": str(c.amount_recovered), "note": c.note}
        if after == before:
            raise LedgerError("nothing to change")
        audit(s, actor, "update_claim", "claim", str(c.id), reason, before, after)
        return _view(s, c)


def list_claims(db: Database, status: str | None = None, kind: str | None = None,
                courier_code: str | None = None, unfinished: bool = False) -> list[ClaimView]:
    with db.session() as s:
        q = select(Claim).order_by(Claim.opened_at)
        if status:
            q = q.where(Claim.status == ClaimStatus(status))
        if unfinished:
            q = q.where(Claim.status.not_in(FINISHED))
        if kind:
            q = q.where(Claim.kind == ClaimKind(kind))
        if courier_code:
            q = q.join(Courier, Courier.id == Claim.courier_id).where(Courier.code == courier_code.strip().upper())
        return [_view(s, c) for c in s.scalars(q)]


def totals(db: Database, courier_code: str | None = None) -> ClaimTotals:
    views = list_claims(db, courier_code=courier_code)
    live = [v for v in views if v.status not in ("rejected", "closed")]
    return ClaimTotals(len(views), len(live), sum((v.amount_claimed for v in views), Decimal("0")),
                       sum((v.amount_recovered for v in views), Decimal("0")),
                       sum((v.outstanding for v in live), Decimal("0")))


# ------------------------------------------------------------------------------------------------ evidence
_EXPECTED = re.compile(r"expected (\d+) g")


def evidence_for_parcel(s: Session, parcel: Parcel, role: str, prepared_by: str = "",
                        claim: Claim | None = None) -> Evidence:
    """Session helper: everything the station recorded about one parcel, as plain data."""
    o = s.scalar(select(Order).where(Order.id == parcel.order_id)
                 .options(selectinload(Order.lines).selectinload(OrderLine.product)))
    names = dict(s.execute(select(Operator.id, Operator.name)).all())
    in_parcel = dict(s.execute(select(ParcelLine.order_line_id, ParcelLine.qty)
                               .where(ParcelLine.parcel_id == parcel.id)).all())
    lines = tuple(EvidenceLine(ln.product.sku, ln.product.name, ln.product.style, ln.product.colour,
                               ln.product.size, ln.qty, ln.price, ln.scanned_qty, in_parcel.get(ln.id, 0))
                  for ln in o.lines)
    events = s.scalars(select(ScanEvent).where(ScanEvent.order_id == o.id).order_by(ScanEvent.ts, ScanEvent.id)).all()
    scans = tuple(ScanRecord(e.ts, e.kind, e.code, e.result, names.get(e.operator_id, ""), e.detail)
                  for e in events if e.kind != "weight")
    weights = []
    for e in events:
        if e.kind == "weight":
            m = _EXPECTED.search(e.detail or "")
            weights.append(WeightRecord(e.ts, int(e.code) if e.code.isdigit() else 0,
                                        int(m.group(1)) if m else None, e.result, names.get(e.operator_id, "")))
    printer = s.scalar(select(PrintJob.printer_url).where(PrintJob.waybill_no == parcel.waybill_no,
                                                          PrintJob.reprint.is_(False))) or ""
    prints = []
    if parcel.printed_at:
        prints.append(PrintRecord(parcel.printed_at, "print", printer, names.get(parcel.packer_id, ""), ""))
    for a in s.scalars(select(AuditLog).where(AuditLog.entity == "parcel", AuditLog.entity_id == parcel.waybill_no,
                                              AuditLog.action.in_(("reprint", "void_waybill")))
                       .order_by(AuditLog.ts)):
        prints.append(PrintRecord(a.ts, "reprint" if a.action == "reprint" else "void", "",
                                  names.get(a.actor_id, ""), a.reason))
    station = s.get(Station, parcel.station_id)
    courier = s.get(Courier, parcel.courier_id)
    masked = phone_for(role, o.phone) != o.phone
    return Evidence(
        claim.id if claim else None, claim_no(claim) if claim else "", claim.kind.value if claim else "",
        claim.reason if claim else "", o.order_no, o.shop, o.channel, o.recipient_name, phone_for(role, o.phone),
        full_address(o.province or "", o.city or "", o.district or "", o.address or ""), masked, courier.name,
        parcel.waybill_no, names.get(parcel.packer_id, ""), station.name if station else "", parcel.weight_g,
        parcel.expected_weight_g, names.get(parcel.weight_override_by, "") if parcel.weight_override_by else "",
        parcel.scanned_at, parcel.verified_at, parcel.weighed_at, parcel.printed_at, lines, scans,
        tuple(weights), tuple(sorted(prints, key=lambda p: p.at)), parcel.label_png, prepared_by, utcnow())


def evidence(db: Database, actor: Actor, claim_id: int) -> Evidence:
    """The evidence sheet's data for a claim (phones masked unless the actor may see them)."""
    with authorized(db, actor, Action.CLAIMS) as (s, actor):
        c = s.get(Claim, claim_id)
        if c is None:
            raise LedgerError("no claim {claim_id}", claim_id=claim_id)
        return evidence_for_parcel(s, s.get(Parcel, c.parcel_id), actor.role.value, actor.name, c)


def evidence_pdf(db: Database, actor: Actor, claim_id: int) -> bytes:
    """The evidence sheet as PDF bytes (A4)."""
    from .reports_pdf import evidence_pdf as render

    return render(evidence(db, actor, claim_id))
