"""Supplies: label rolls, bags, tape. Each is counted (in uses: labels, bags, boxes taped) at a stocktake or a
delivery; what was used since is worked out from the parcels printed, so the screen warns before a roll or a
pack runs out without anyone keeping a tally.

``consumed_by`` says what uses one:

* ``label``          — every label printed: parcels printed (void ones too: the label was used) + reprints;
* ``parcel``         — every parcel printed;
* ``carton:<CODE>``  — every parcel packed in that carton or bag (``carton:BOX-*`` for every code starting
  ``BOX-``: one tape roll does so many boxes);
* ``manual``         — only what is booked by hand (:func:`use_supply`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import AuditLog, Carton, Parcel, Supply, utcnow
from .reporting import LedgerError, need_reason
from .audit import audit
from .auth import authorized
from .rows import get_or_create, locked

DEFAULTS = [
    # code, name, consumed_by, unit, per unit, warn at (units)
    ("LABEL-100x180", "热敏面单纸 100×180", "label", "roll", 500, 2),
    ("BAG-M", "快递袋 中号", "carton:BAG-M", "pack", 100, 1),
    ("TAPE", "封箱胶带", "carton:BOX-*", "roll", 60, 2),
]


@dataclass(frozen=True)
class SupplyLevel:
    code: str
    name: str
    consumed_by: str
    unit_name: str
    per_unit: int
    counted_uses: int
    counted_at: datetime
    used: int                 # uses since the count
    remaining: int            # uses left
    remaining_units: float    # rolls / packs left
    threshold_units: int
    low: bool


def _check_consumed_by(text: str) -> str:
    text = (text or "").strip()
    if text in ("label", "parcel", "manual") or (text.startswith("carton:") and len(text) > 7):
        return text
    raise LedgerError("consumed_by is label, parcel, manual or carton:<CODE>")


def used_since(s: Session, consumed_by: str, since: datetime) -> int:
    """Uses since ``since`` worked out from the station's records."""
    if consumed_by == "manual":
        return 0
    printed = select(func.count(Parcel.id)).where(Parcel.printed_at >= since)
    if consumed_by == "label":
        reprints = s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "reprint",
                                                                  AuditLog.ts >= since)) or 0
        return int(s.scalar(printed) or 0) + int(reprints)
    if consumed_by == "parcel":
        return int(s.scalar(printed) or 0)
    code = consumed_by.split(":", 1)[1]
    cartons = select(Carton.id).where(Carton.code.like(code[:-1] + "%") if code.endswith("*") else Carton.code == code)
    return int(s.scalar(printed.where(Parcel.carton_id.in_(cartons))) or 0)


def _level(s: Session, sp: Supply) -> SupplyLevel:
    used = used_since(s, sp.consumed_by, sp.counted_at) + sp.manual_used
    remaining = sp.counted_uses - used
    units = remaining / sp.per_unit if sp.per_unit else 0.0
    return SupplyLevel(sp.code, sp.name, sp.consumed_by, sp.unit_name, sp.per_unit, sp.counted_uses, sp.counted_at,
                       used, remaining, round(units, 2), sp.threshold_units, units <= sp.threshold_units)


def _supply(s: Session, code: str) -> Supply:
    """The supply, locked until commit: a count, a delivery and uses booked at once are all kept."""
    sp = locked(s, Supply, Supply.code == (code or "").strip())
    if sp is None:
        raise LedgerError("no supply '{code}'", code=code)
    return sp


def define_supply(db: Database, actor: Actor, code: str, name: str, consumed_by: str, per_unit: int,
                  threshold_units: int, unit_name: str = "roll") -> SupplyLevel:
    """Adds a supply or changes how it is counted and when it warns (stock stays as counted)."""
    with authorized(db, actor, Action.MANAGE_SUPPLIES) as (s, actor):
        consumed_by = _check_consumed_by(consumed_by)
        if per_unit <= 0 or threshold_units < 0:
            raise LedgerError("a roll or pack holds at least one; the warning threshold cannot be negative")
        code = (code or "").strip()
        if not code or not (name or "").strip():
            raise LedgerError("a supply needs a code and a name")
        sp, created = get_or_create(s, Supply, {"code": code},
                                    {"counted_uses": 0, "counted_at": utcnow(), "manual_used": 0, "name": name.strip(),
                                     "consumed_by": consumed_by})
        before = None
        if not created:
            before = {"consumed_by": sp.consumed_by, "per_unit": sp.per_unit, "threshold": sp.threshold_units}
        sp.name, sp.consumed_by, sp.per_unit = name.strip(), consumed_by, per_unit
        sp.threshold_units, sp.unit_name, sp.active = threshold_units, unit_name, True
        s.flush()
        audit(s, actor, "define_supply", "supply", code, "", before,
              {"consumed_by": consumed_by, "per_unit": per_unit, "threshold": threshold_units})
        return _level(s, sp)


def ensure_default_supplies(db: Database, actor: Actor) -> list[SupplyLevel]:
    """Adds the usual three (label rolls, bags, tape) where missing, at zero stock until counted."""
    with authorized(db, actor, Action.MANAGE_SUPPLIES) as (s, _op):
        have = set(s.scalars(select(Supply.code)))
    for code, name, by, unit, per, warn in DEFAULTS:
        if code not in have:
            define_supply(db, actor, code, name, by, per, warn, unit)
    return levels(db)


def count_supply(db: Database, actor: Actor, code: str, units: int, loose: int = 0,
                 reason: str = "stocktake") -> SupplyLevel:
    """A stocktake: ``units`` full rolls/packs on the shelf plus ``loose`` uses left on the open one."""
    with authorized(db, actor, Action.MANAGE_SUPPLIES) as (s, actor):
        reason = need_reason(reason)
        if units < 0 or loose < 0:
            raise LedgerError("a count cannot be negative")
        sp = _supply(s, code)
        before = _level(s, sp)
        sp.counted_uses, sp.counted_at, sp.manual_used = units * sp.per_unit + loose, utcnow(), 0
        audit(s, actor, "count_supply", "supply", sp.code, reason, {"remaining": before.remaining},
              {"remaining": sp.counted_uses})
        return _level(s, sp)


def receive_supply(db: Database, actor: Actor, code: str, units: int, reason: str = "delivery") -> SupplyLevel:
    """A delivery of ``units`` rolls/packs: added to what is left."""
    with authorized(db, actor, Action.MANAGE_SUPPLIES) as (s, actor):
        reason = need_reason(reason)
        if units <= 0:
            raise LedgerError("a delivery brings at least one")
        sp = _supply(s, code)
        left = _level(s, sp).remaining
        sp.counted_uses, sp.counted_at, sp.manual_used = max(0, left) + units * sp.per_unit, utcnow(), 0
        audit(s, actor, "receive_supply", "supply", sp.code, reason, {"remaining": left},
              {"remaining": sp.counted_uses, "units": units})
        return _level(s, sp)


def use_supply(db: Database, actor: Actor, code: str, uses: int, reason: str) -> SupplyLevel:
    """Books uses by hand (a roll spoilt, tape used for something else)."""
    with authorized(db, actor, Action.MANAGE_SUPPLIES) as (s, actor):
        reason = need_reason(reason)
        if uses <= 0:
            raise LedgerError("book at least one")
        sp = _supply(s, code)
        sp.manual_used += uses
        audit(s, actor, "use_supply", "supply", sp.code, reason, None, {"uses": uses})
        return _level(s, sp)


def levels(db: Database) -> list[SupplyLevel]:
    with db.session() as s:
        return [_level(s, sp) for sp in s.scalars(select(Supply).where(Supply.active.is_(True)).order_by(Supply.code))]


def warnings(db: Database) -> list[SupplyLevel]:
    """Supplies at or below their warning threshold."""
    return [lv for lv in levels(db) if lv.low]
