"""Personal data: recipients' names, phones and addresses are purged a configurable number of days after the
order shipped (or was cancelled); the printed label image, which shows them too, goes with them.

What the figures need stays: province, city, district, postcode, amounts, lines, weights, every scan and
timestamp. Orders with a claim still being worked are kept until the claim is finished (the evidence sheet
needs them). The purge is set-based SQL, the same on SQLite and PostgreSQL.

Not purged: the audit log is append-only by design (triggers refuse UPDATE); an address edited by a
supervisor stays there in the before/after of that edit.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import Claim, ClaimStatus, Order, OrderStatus, Parcel, utcnow
from .reporting import LedgerError, get_setting, need_reason, put_setting
from .audit import audit
from .auth import authorized

RETENTION_SETTING = "personal_data_days"
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    orders: int
    labels: int
    kept_for_claims: int


def retention_days(db: Database) -> int:
    with db.session() as s:
        return int(get_setting(s, RETENTION_SETTING, DEFAULT_DAYS))


def set_retention(db: Database, actor: Actor, days: int, reason: str) -> None:
    """How many days after shipping personal data is kept (admin)."""
    with authorized(db, actor, Action.PURGE_PERSONAL_DATA) as (s, actor):
        reason = need_reason(reason)
        if not isinstance(days, int) or not 1 <= days <= 3650:
            raise LedgerError("keep personal data 1 to 3650 days")
        before = put_setting(s, RETENTION_SETTING, days)
        audit(s, actor, "change_setting", "setting", RETENTION_SETTING, reason, {"value": before}, {"value": days})


@contextlib.contextmanager
def _as_admin(db: Database, actor: Actor):
    with authorized(db, actor, Action.PURGE_PERSONAL_DATA) as (s, _op):
        yield s


def _due(cutoff: datetime):
    live_claims = select(Claim.order_id).where(Claim.status.not_in((ClaimStatus.REJECTED, ClaimStatus.CLOSED)))
    finished = or_(and_(Order.status == OrderStatus.SHIPPED, Order.shipped_at < cutoff),
                   and_(Order.status == OrderStatus.CANCELLED, Order.imported_at < cutoff))
    not_yet = or_(Order.recipient_name != "", Order.phone != "", Order.address != "")
    return finished, not_yet, live_claims


def purge_due(db: Database, days: int | None = None) -> int:
    """How many orders the next purge would clear."""
    with db.session() as s:
        days = days or int(get_setting(s, RETENTION_SETTING, DEFAULT_DAYS))
        finished, not_yet, live = _due(utcnow() - timedelta(days=days))
        return s.scalar(select(func.count(Order.id)).where(finished, not_yet, Order.id.not_in(live))) or 0


def purge_personal_data(db: Database, actor: Actor | None, days: int | None = None,
                        now: datetime | None = None) -> PurgeResult:
    """Clears recipient name, phone, street address, buyer id and buyer's note of orders finished more than
    ``days`` (default: the retention setting) ago, and their label images. ``actor`` None is the scheduled
    run of the program itself; a person needs the right to purge. Audited either way."""
    with (db.session() if actor is None else _as_admin(db, actor)) as s:
        days = days or int(get_setting(s, RETENTION_SETTING, DEFAULT_DAYS))
        if days < 1:
            raise LedgerError("keep personal data at least one day")
        cutoff = (now or utcnow()) - timedelta(days=days)
        finished, not_yet, live = _due(cutoff)
        kept = s.scalar(select(func.count(Order.id)).where(finished, not_yet, Order.id.in_(live))) or 0
        targets = select(Order.id).where(finished, not_yet, Order.id.not_in(live))
        labels = s.execute(update(Parcel).where(Parcel.order_id.in_(targets), Parcel.label_png.is_not(None))
                           .values(label_png=None).execution_options(synchronize_session=False)).rowcount
        orders = s.execute(update(Order).where(finished, not_yet, Order.id.not_in(live))
                           .values(recipient_name="", phone="", address="", buyer_id="", buyer_note="")
                           .execution_options(synchronize_session=False)).rowcount
        audit(s, actor, "purge_personal_data", "orders", "", f"retention {days} days", None,
              {"cutoff": cutoff.isoformat(), "orders": orders, "labels": labels, "kept_for_claims": kept})
        return PurgeResult(cutoff, orders, labels, kept)
