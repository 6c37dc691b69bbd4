"""Several stations on one database: each says it is alive (a heartbeat, in the server's clock), which order
it has, who is at it and how its devices are; an order open on a station that has not been seen for
CLAIM_TIMEOUT_S is given up to the next station that scans it; a supervisor can take an order off a station
(the station is told at its next heartbeat, within HEARTBEAT_S, and its counts go with the order).

Polling, not LISTEN/NOTIFY: the Stations screen and the stations read one small table every few seconds,
which works the same on SQLite (one station, no server to notify from) and PostgreSQL, survives a lost
connection with nothing to re-subscribe, and costs one indexed query per station per HEARTBEAT_S.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import case, func, or_, select, text, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import Operator, Order, OrderStatus, Parcel, ParcelStatus, Station, utcnow
from .audit import audit
from .auth import authorized
from .reporting import need_reason
from .supervisor import SupervisorError

HEARTBEAT_S = 3          # a station says it is alive this often (and at every scan)
CLAIM_TIMEOUT_S = 30     # not seen for this long: its open order may be taken by the next station that scans it
ONLINE_S = 10            # the Stations screen shows a station as online when seen within this


def server_now(s: Session) -> datetime:
    """Now by the database's clock (aware, UTC): several stations' clocks differ, the server's is the one
    they share. SQLite is local: the station's own clock."""
    if s.get_bind().dialect.name == "postgresql":
        return s.scalar(text("SELECT clock_timestamp()")).astimezone(timezone.utc)
    return utcnow()


def beat(s: Session, station_id: int, *, operator_id: int | None, order_id: int | None,
         devices: dict | None = None, host: str | None = None) -> datetime:
    """The station is alive: who is at it, what it packs, its devices (None: leave them as they are)."""
    now = server_now(s)
    values: dict = {"last_seen": now, "operator_id": operator_id, "order_id": order_id}
    if devices is not None:
        values["devices"] = json.dumps(devices, ensure_ascii=False, sort_keys=True)
    if host is not None:
        values["host"] = host[:128]
        values["started_at"] = now
    s.execute(update(Station).where(Station.id == station_id).values(**values)
              .execution_options(synchronize_session=False))
    return now


def stale_stations(now: datetime):
    """The stations not seen for CLAIM_TIMEOUT_S (or never, since heartbeats exist): their claims lapse."""
    cutoff = now - timedelta(seconds=CLAIM_TIMEOUT_S)
    return select(Station.id).where(or_(Station.last_seen.is_(None), Station.last_seen < cutoff))


@dataclass(frozen=True)
class Holder:
    """Who has an order open elsewhere (for the packer who scanned it here)."""

    station: str
    operator: str
    since: datetime | None
    last_seen: datetime | None


def holder(s: Session, order: Order) -> Holder | None:
    if order.status is not OrderStatus.PACKING or order.packing_station_id is None:
        return None
    st = s.get(Station, order.packing_station_id)
    op = s.get(Operator, order.packing_operator_id) if order.packing_operator_id else None
    return Holder(station=st.name if st else "", operator=op.name if op else "",
                  since=order.scanned_at, last_seen=st.last_seen if st else None)


@dataclass(frozen=True)
class StationRow:
    """One line of the Stations screen."""

    id: int
    name: str
    host: str
    online: bool
    last_seen: datetime | None
    seconds_ago: int | None
    operator: str
    order_no: str
    parcels_today: int
    parcels_last_hour: int
    devices: dict = field(default_factory=dict)


def overview(db: Database, actor: Actor, day_start: datetime) -> list[StationRow]:
    """Every station: online or not, who, what, today's parcels (since `day_start`, UTC) and the last hour's,
    its devices. One query for the stations, one for the counts."""
    with authorized(db, actor, Action.VIEW_FIGURES) as (s, _op):
        now = server_now(s)
        hour_ago = now - timedelta(hours=1)
        counts = {sid: (int(today or 0), int(hour or 0)) for sid, today, hour in s.execute(
            select(Parcel.station_id, func.count(Parcel.id),
                   func.sum(case((Parcel.printed_at >= hour_ago, 1), else_=0)))
            .where(Parcel.status == ParcelStatus.PRINTED, Parcel.printed_at >= min(day_start, hour_ago))
            .group_by(Parcel.station_id))}
        rows = s.execute(select(Station, Operator.name, Order.order_no)
                         .outerjoin(Operator, Operator.id == Station.operator_id)
                         .outerjoin(Order, Order.id == Station.order_id)
                         .order_by(Station.name)).all()
        out = []
        for st, op_name, order_no in rows:
            ago = int((now - st.last_seen).total_seconds()) if st.last_seen else None
            try:
                devices = json.loads(st.devices or "{}")
            except ValueError:
                devices = {}
            today, hour = counts.get(st.id, (0, 0))
            out.append(StationRow(id=st.id, name=st.name, host=st.host, online=ago is not None and ago <= ONLINE_S,
                                  last_seen=st.last_seen, seconds_ago=ago, operator=op_name or "",
                                  order_no=order_no or "", parcels_today=today, parcels_last_hour=hour,
                                  devices=devices if isinstance(devices, dict) else {}))
        return out


def take_over(db: Database, actor: Actor, order_no: str, reason: str, station_id: int | None = None) -> str:
    """A supervisor takes an order off the station that has it open: the order is open again for any station,
    its counts stay (they go with the order and its items), and that station is told at its next heartbeat.
    Refused while a label of it may be coming out (a parcel being printed): settle that at the station first.
    Returns the name of the station it was taken from."""
    reason = need_reason(reason)
    with authorized(db, actor, Action.TAKE_OVER, station_id=station_id) as (s, op):
        order = s.scalar(select(Order).where(Order.order_no == order_no.strip()).with_for_update())
        if order is None:
            raise SupervisorError("no order {order_no}", order_no=order_no)
        if order.status is not OrderStatus.PACKING:
            raise SupervisorError("order {order_no} is not open on a station", order_no=order.order_no)
        printing = s.scalar(select(func.count(Parcel.id)).where(Parcel.order_id == order.id,
                                                               Parcel.status == ParcelStatus.PRINTING))
        if printing:
            raise SupervisorError("a label of order {order_no} may be coming out: settle it at the station first",
                                  order_no=order.order_no)
        st = s.get(Station, order.packing_station_id) if order.packing_station_id else None
        before = {"status": order.status.value, "station": st.name if st else None}
        s.execute(update(Order).where(Order.id == order.id)
                  .values(status=OrderStatus.OPEN, packing_station_id=None, packing_operator_id=None,
                          revision=Order.revision + 1)
                  .execution_options(synchronize_session=False))
        audit(s, op, "take_over", "order", order.order_no, reason, before, {"status": OrderStatus.OPEN.value},
              station_id)
        return st.name if st else ""
