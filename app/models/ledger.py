"""The supervisor's ledger: pickups and handover, stubs (底单) and their chase, claims, supplies, courier bills,
and the daily summaries the figures read.

Days (``day`` columns) are local calendar days of the warehouse, stored as dates; timestamps are aware UTC.
Money is Decimal, weights whole grams.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger, Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .entities import AuditLog, Order, Parcel, ScanEvent, _enum


class PickupStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class Pickup(Base):
    """One courier collection at the dock: parcels are scanned into it, closing it gives the 交接单."""

    __tablename__ = "pickup"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[PickupStatus] = mapped_column(_enum(PickupStatus), default=PickupStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    courier_person: Mapped[str] = mapped_column(String(64), default="")  # the driver who signs
    parcel_count: Mapped[int] = mapped_column(Integer, default=0)
    total_weight_g: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_pickup_courier_day", "courier_id", "day"),)


class PickupParcel(Base):
    """A parcel scanned into a pickup; a parcel is in one pickup at most."""

    __tablename__ = "pickup_parcel"
    id: Mapped[int] = mapped_column(primary_key=True)
    pickup_id: Mapped[int] = mapped_column(ForeignKey("pickup.id", ondelete="CASCADE"), index=True)
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcel.id"), unique=True)
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    scanned_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))


class StubPurpose(str, enum.Enum):
    NONE = "none"
    CLAIM = "claim"           # lost or damaged by the courier: kept with the claim
    DEDUCTION = "deduction"   # undeliverable: kept for the month-end deduction


class Stub(Base):
    """A courier's stub (底单) received back, by its waybill barcode."""

    __tablename__ = "stub"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    waybill_no: Mapped[str] = mapped_column(String(40))
    day: Mapped[date] = mapped_column(Date)  # the handover day it belongs to
    parcel_id: Mapped[int | None] = mapped_column(ForeignKey("parcel.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    set_apart: Mapped[StubPurpose] = mapped_column(_enum(StubPurpose), default=StubPurpose.NONE)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    archived_at: Mapped[datetime | None]
    archived_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    archive_box: Mapped[str] = mapped_column(String(64), default="")
    __table_args__ = (
        UniqueConstraint("courier_id", "waybill_no"),
        Index("ix_stub_courier_day", "courier_id", "day"),
        Index("ix_stub_day_archived", "day", "archived_at"),
    )


class ChaseKind(str, enum.Enum):
    MISSING = "missing"   # handed over, no stub
    UNKNOWN = "unknown"   # stub, no parcel of ours


class ChaseOutcome(str, enum.Enum):
    OPEN = "open"
    FOUND = "found"
    DENIED = "denied"     # the courier denies the pickup
    LOST = "lost"


class StubChase(Base):
    """Where the chase of one missing or unknown stub stands."""

    __tablename__ = "stub_chase"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    day: Mapped[date] = mapped_column(Date)
    waybill_no: Mapped[str] = mapped_column(String(40))
    kind: Mapped[ChaseKind] = mapped_column(_enum(ChaseKind))
    outcome: Mapped[ChaseOutcome] = mapped_column(_enum(ChaseOutcome), default=ChaseOutcome.OPEN)
    note: Mapped[str] = mapped_column(Text, default="")
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    __table_args__ = (
        UniqueConstraint("courier_id", "waybill_no", "kind"),
        Index("ix_stub_chase_courier_day", "courier_id", "day"),
    )


class ClaimKind(str, enum.Enum):
    LOST = "lost"
    DAMAGED = "damaged"
    UNDELIVERABLE = "undeliverable"


class ClaimStatus(str, enum.Enum):
    OPEN = "open"            # recorded, evidence being gathered
    SUBMITTED = "submitted"  # sent to the courier
    ACCEPTED = "accepted"    # courier agreed to pay / deduct
    REJECTED = "rejected"
    PAID = "paid"            # money recovered
    CLOSED = "closed"


class Claim(Base):
    """A claim against a courier for a parcel lost, damaged or not delivered."""

    __tablename__ = "claim"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    parcel_id: Mapped[int] = mapped_column(ForeignKey("parcel.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    waybill_no: Mapped[str] = mapped_column(String(40))
    kind: Mapped[ClaimKind] = mapped_column(_enum(ClaimKind))
    status: Mapped[ClaimStatus] = mapped_column(_enum(ClaimStatus), default=ClaimStatus.OPEN)
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    amount_claimed: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    amount_recovered: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    deducted_bill_id: Mapped[int | None] = mapped_column(ForeignKey("courier_bill.id"))
    __table_args__ = (Index("ix_claim_courier_status", "courier_id", "status"),)


class Supply(Base):
    """A consumable: label rolls, bags, tape. Stock is counted in uses (labels, bags, boxes taped) at a
    count, and what was used since is worked out from the parcels printed (see app.services.supplies)."""

    __tablename__ = "supply"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    consumed_by: Mapped[str] = mapped_column(String(48))  # label | parcel | carton:<CODE> | manual
    unit_name: Mapped[str] = mapped_column(String(16), default="roll")
    per_unit: Mapped[int] = mapped_column(Integer, default=1)      # uses in one roll / pack
    threshold_units: Mapped[int] = mapped_column(Integer, default=1)
    counted_uses: Mapped[int] = mapped_column(Integer, default=0)  # uses on hand at the last count
    counted_at: Mapped[datetime] = mapped_column(default=utcnow)
    manual_used: Mapped[int] = mapped_column(Integer, default=0)   # uses booked by hand since the count
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CourierBill(Base):
    """A courier's month-end bill, imported as it came."""

    __tablename__ = "courier_bill"
    id: Mapped[int] = mapped_column(primary_key=True)
    courier_id: Mapped[int] = mapped_column(ForeignKey("courier.id"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    total_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, closed
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    __table_args__ = (
        UniqueConstraint("courier_id", "sha256"),
        Index("ix_courier_bill_courier_month", "courier_id", "month"),
    )


class BillLine(Base):
    __tablename__ = "bill_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("courier_bill.id", ondelete="CASCADE"))
    row_no: Mapped[int] = mapped_column(Integer)  # row in the file (1-based, as a spreadsheet shows it)
    waybill_no: Mapped[str] = mapped_column(String(40))
    weight_g: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    province: Mapped[str] = mapped_column(String(32), default="")
    shipped_on: Mapped[str] = mapped_column(String(20), default="")
    __table_args__ = (Index("ix_bill_line_bill_waybill", "bill_id", "waybill_no"),)


class ReportDay(Base):
    """Daily summary for the figures: one row per day × dimension × key × order complexity, where the
    dimension is 'all' (key ''), 'courier' (code), 'shop', 'channel', 'province' or 'packer' (operator id).
    Rebuilt from the parcels by app.services.figures; never edited by hand."""

    __tablename__ = "report_day"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    dim: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64), default="")
    complexity: Mapped[str] = mapped_column(String(12), default="")  # single, multi_unit, mixed
    orders: Mapped[int] = mapped_column(Integer, default=0)
    parcels: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    weight_g: Mapped[int] = mapped_column(BigInteger, default=0)
    pack_s: Mapped[int] = mapped_column(BigInteger, default=0)          # Σ scanned → printed
    scan_verify_s: Mapped[int] = mapped_column(BigInteger, default=0)   # Σ scanned → verified
    verify_weigh_s: Mapped[int] = mapped_column(BigInteger, default=0)  # Σ verified → weighed
    weigh_print_s: Mapped[int] = mapped_column(BigInteger, default=0)   # Σ weighed → printed
    timed: Mapped[int] = mapped_column(Integer, default=0)              # parcels in the sums above
    __table_args__ = (Index("ix_report_day_day_dim", "day", "dim"),)


class ReportPackerDay(Base):
    """Daily per-packer summary: errors caught, overrides, reprints, voids (per order complexity; the row with
    complexity '' holds what belongs to no order and the hours the packer printed in)."""

    __tablename__ = "report_packer_day"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    packer_id: Mapped[int | None] = mapped_column(Integer)
    complexity: Mapped[str] = mapped_column(String(12), default="")
    errors: Mapped[int] = mapped_column(Integer, default=0)
    overrides: Mapped[int] = mapped_column(Integer, default=0)
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    voids: Mapped[int] = mapped_column(Integer, default=0)
    active_hours: Mapped[int] = mapped_column(Integer, default=0)


class ReportDone(Base):
    """Days whose summaries are built."""

    __tablename__ = "report_done"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)


# Indexes on the station's tables for the report queries (declared here so that they live in this
# module's migration; the tables themselves belong to app.models.entities).
Index("ix_parcel_waybill_no", Parcel.waybill_no)
Index("ix_parcel_printed_at", Parcel.printed_at)
Index("ix_parcel_courier_printed", Parcel.courier_id, Parcel.printed_at)
Index("ix_orders_shipped_at", Order.shipped_at)
Index("ix_scan_event_ts", ScanEvent.ts)
Index("ix_audit_log_action_ts", AuditLog.action, AuditLog.ts)
