"""Figures: orders, parcels, items and amounts per day, week and month; per courier, shop, channel, province
and packer; per packer orders and items per hour, errors caught, overrides, reprints and voids, split by order
complexity; and where the time goes between scanned, verified, weighed and printed.

Days are built once into summary tables (report_day, report_packer_day) when they are first asked for and
are over; today is always worked out live. A past day is rebuilt by itself when a void, reprint or override
about one of its parcels is recorded after it was built; :func:`rebuild` does it by hand.

An order is counted on the day it shipped (its last parcel printed), with the courier, packer and place of
that parcel; parcels, items and weights on the day each parcel printed. Order complexity: ``single`` (one
unit), ``multi_unit`` (one SKU, several units) or ``mixed`` (several SKUs).
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import DateTime, String, delete, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    AuditLog, Courier, Operator, Order, OrderLine, Parcel, ParcelLine, ParcelStatus, ReportDay, ReportDone,
    ReportPackerDay, ScanEvent, utcnow,
)
from .audit import audit
from .auth import authorized
from .reporting import LedgerError, csv_bytes, day_range, local_day, table_rows, today, xlsx_bytes

DIMS = ("courier", "shop", "channel", "province", "packer")
COMPLEXITIES = ("single", "multi_unit", "mixed")
PERIODS = ("day", "week", "month")
SUMS = ("orders", "parcels", "items", "amount", "weight_g", "pack_s", "scan_verify_s", "verify_weigh_s",
        "weigh_print_s", "timed")
PACKER_SUMS = ("errors", "overrides", "reprints", "voids", "active_hours")
OVERRIDES = ("override_weight", "force_verify")


def complexity(products: int, units: int) -> str:
    if units <= 1:
        return "single"
    return "multi_unit" if products <= 1 else "mixed"


# --------------------------------------------------------------------------------------------- building
def _secs(a: datetime | None, b: datetime | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, int((b - a).total_seconds()))


def _order_shapes(s: Session, order_ids) -> dict[int, tuple[str, int]]:
    """order id → (complexity, units)."""
    rows = s.connection().execute(
        select(OrderLine.order_id, func.count(func.distinct(OrderLine.product_id)), func.sum(OrderLine.qty))
        .where(OrderLine.order_id.in_(order_ids)).group_by(OrderLine.order_id))
    return {oid: (complexity(int(n), int(u or 0)), int(u or 0)) for oid, n, u in rows}


def _complexities(s: Session, order_ids) -> dict[int, str]:
    return {oid: c for oid, (c, _) in _order_shapes(s, order_ids).items()}


def _utc(ts: datetime | None) -> datetime | None:
    return ts.replace(tzinfo=timezone.utc) if ts is not None and ts.tzinfo is None else ts


ALL_DIMS = ("all",) + DIMS


def build_day(s: Session, day: date, dims: tuple[str, ...] = ALL_DIMS, packers: bool = True
              ) -> tuple[dict[tuple[str, str, str], list], dict[tuple[int | None, str], list]]:
    """The day's sums from the station's records: {(dim, key, complexity): [SUMS…]} for ``dims`` and (with
    ``packers``) {(packer_id, complexity): [PACKER_SUMS…]}. Reads only.

    Core queries with plain DateTime results (UTC, naive on SQLite): this runs live for today on every look
    at the figures, so it is kept lean."""
    start, end = day_range(day)
    conn = s.connection()
    in_day = (Parcel.printed_at >= start) & (Parcel.printed_at < end)
    order_ids = select(Parcel.order_id).where(in_day)
    plain = DateTime()
    parcels = conn.execute(
        select(Parcel.id, Parcel.order_id, Parcel.courier_id, Parcel.packer_id, Parcel.weight_g,
               type_coerce(Parcel.scanned_at, plain), type_coerce(Parcel.verified_at, plain),
               type_coerce(Parcel.weighed_at, plain), type_coerce(Parcel.printed_at, plain),
               type_coerce(Parcel.status, String), Order.shop, Order.channel, Order.province, Order.amount,
               type_coerce(Order.shipped_at, plain))
        .join(Order, Order.id == Parcel.order_id).where(in_day)).all()
    shapes = _order_shapes(s, order_ids)
    items = dict(conn.execute(select(ParcelLine.parcel_id, func.sum(ParcelLine.qty))
                              .join(Parcel, Parcel.id == ParcelLine.parcel_id).where(in_day)
                              .group_by(ParcelLine.parcel_id)).all())
    codes = dict(conn.execute(select(Courier.id, Courier.code)).all())
    printed = ParcelStatus.PRINTED.value
    cx = {oid: c for oid, (c, _) in shapes.items()}
    last_parcel: dict[int, int] = {}
    for p in parcels:
        if p[9] == printed and p[0] > last_parcel.get(p[1], 0):
            last_parcel[p[1]] = p[0]
    zero = Decimal("0")
    acc: dict[tuple[str, str, str], list] = defaultdict(lambda: [0, 0, 0, zero, 0, 0, 0, 0, 0, 0])
    hours: dict[int | None, set] = defaultdict(set)
    for (pid, oid, courier_id, packer_id, weight, scanned, verified, weighed, printed_at, status, shop, channel,
         province, amount, shipped_at) in parcels:
        if status != printed:
            continue
        c, units = shapes.get(oid, ("single", 0))
        shipped_at = _utc(shipped_at)
        counted = last_parcel[oid] == pid and shipped_at is not None and start <= shipped_at < end
        timed = scanned is not None and printed_at is not None
        add = (1 if counted else 0, 1, int(items.get(pid) or 0) or units, amount if counted else zero, weight,
               _secs(scanned, printed_at), _secs(scanned, verified), _secs(verified, weighed),
               _secs(weighed, printed_at), 1 if timed else 0)
        for dim in dims:
            if dim == "all":
                key = ""
            elif dim == "courier":
                key = codes.get(courier_id, "")
            elif dim == "packer":
                key = str(packer_id)
            else:
                key = (shop if dim == "shop" else channel if dim == "channel" else province) or ""
            row = acc[(dim, key[:64], c)]
            for i in range(10):
                row[i] += add[i]
        if packers:
            hours[packer_id].add(_utc(printed_at).astimezone().hour)
    pk: dict[tuple[int | None, str], list] = defaultdict(lambda: [0, 0, 0, 0, 0])
    if not packers:
        return dict(acc), {}
    for packer, hs in hours.items():
        pk[(packer, "")][4] = len(hs)
    ev_start, ev_end = start, end
    errors = s.execute(select(ScanEvent.operator_id, ScanEvent.order_id, func.count(ScanEvent.id))
                       .where(ScanEvent.ts >= ev_start, ScanEvent.ts < ev_end, ScanEvent.result != "ok")
                       .group_by(ScanEvent.operator_id, ScanEvent.order_id)).all()
    audits = s.execute(select(AuditLog.action, AuditLog.entity_id, AuditLog.after)
                       .where(AuditLog.ts >= ev_start, AuditLog.ts < ev_end,
                              AuditLog.action.in_(OVERRIDES + ("reprint", "void_waybill")))).all()
    attributions: list[tuple[int, int | None, int]] = []  # (column, packer, order)
    waybills = [e for a, e, _ in audits if a in ("reprint", "void_waybill")]
    by_waybill = {}
    for i in range(0, len(waybills), 900):
        for wb, packer, oid in s.execute(select(Parcel.waybill_no, Parcel.packer_id, Parcel.order_id)
                                         .where(Parcel.waybill_no.in_(waybills[i:i + 900]))):
            by_waybill[wb] = (packer, oid)
    for action, entity_id, after in audits:
        if action in ("reprint", "void_waybill"):
            packer, oid = by_waybill.get(entity_id, (None, None))
            attributions.append((2 if action == "reprint" else 3, packer, oid))
        elif action == "override_weight":
            oid = int(entity_id) if entity_id.isdigit() else None
            packer = (json.loads(after) if after else {}).get("packer_id")
            attributions.append((1, packer, oid))
        else:  # force_verify: entity is the order line
            oid = s.scalar(select(OrderLine.order_id).where(OrderLine.id == int(entity_id))) if entity_id.isdigit() else None
            packer = None
            if oid is not None:
                packer = s.scalar(select(Parcel.packer_id).where(Parcel.order_id == oid).order_by(Parcel.id.desc())
                                  .limit(1)) or s.scalar(select(Order.packing_operator_id).where(Order.id == oid))
            attributions.append((1, packer, oid))
    wanted = {oid for _, oid, _ in errors if oid is not None} | {oid for _, _, oid in attributions if oid is not None}
    missing = [oid for oid in wanted if oid not in cx]
    for i in range(0, len(missing), 900):
        cx.update(_complexities(s, missing[i:i + 900]))
    for packer, oid, n in errors:
        pk[(packer, cx.get(oid, "") if oid is not None else "")][0] += int(n)
    for col, packer, oid in attributions:
        pk[(packer, cx.get(oid, "") if oid is not None else "")][col] += 1
    return dict(acc), dict(pk)


def _store(s: Session, day: date, seen: datetime | None | bool = False) -> None:
    """(Re)builds one day's summary rows. The day's report_done row is taken first (locked, or made): two
    desks building the same day go one after the other, so the day never holds both one's rows and the
    other's. ``seen``: when the caller decided to build, the day was built at that time (None: not built);
    if someone built it since, it is not built again. False: build whatever it holds (by hand)."""
    from .rows import get_or_create

    done, created = get_or_create(s, ReportDone, {"day": day}, {"computed_at": utcnow()})
    if seen is not False and not created and done.computed_at != seen:
        return  # another desk built it while this one waited
    acc, pk = build_day(s, day)
    s.execute(delete(ReportDay).where(ReportDay.day == day))
    s.execute(delete(ReportPackerDay).where(ReportPackerDay.day == day))
    if acc:
        s.execute(insert(ReportDay), [dict(day=day, dim=dim, key=key, complexity=c, **dict(zip(SUMS, v)))
                                      for (dim, key, c), v in acc.items()])
    if pk:
        s.execute(insert(ReportPackerDay), [dict(day=day, packer_id=p, complexity=c, **dict(zip(PACKER_SUMS, v)))
                                            for (p, c), v in pk.items()])
    done.computed_at = utcnow()
    s.flush()


def _stale(s: Session, done: dict[date, datetime]) -> set[date]:
    """Built days that a later void, reprint or override changed."""
    if not done:
        return set()
    since = min(done.values())
    late = s.execute(select(AuditLog.action, AuditLog.entity_id, AuditLog.ts)
                     .where(AuditLog.ts > since, AuditLog.action.in_(OVERRIDES + ("reprint", "void_waybill")))).all()
    out: set[date] = set()
    for action, entity_id, ts in late:
        days = {local_day(ts)}  # errors, overrides, reprints and voids count on the day they happen
        if action in ("reprint", "void_waybill"):  # … and a void takes the parcel off the day it printed
            days |= {local_day(p) for p in s.scalars(select(Parcel.printed_at).where(Parcel.waybill_no == entity_id))
                     if p is not None}
        out |= {d for d in days if d in done and ts > done[d]}
    return out


def ensure_built(s: Session, first: date, last: date) -> None:
    """Builds (or rebuilds, when stale) the summaries of the finished days in [first, last]."""
    end = min(last, today() - timedelta(days=1))
    if end < first:
        return
    done = dict(s.execute(select(ReportDone.day, ReportDone.computed_at)
                          .where(ReportDone.day >= first, ReportDone.day <= end)).all())
    todo = {first + timedelta(days=i) for i in range((end - first).days + 1)} - set(done)
    todo |= _stale(s, done)
    for d in sorted(todo):
        _store(s, d, done.get(d))


def rebuild(db: Database, actor: Actor, first: date, last: date) -> int:
    """Builds the summaries of [first, last] again from the records; returns the days built (audited)."""
    with authorized(db, actor, Action.VIEW_FIGURES) as (s, actor):
        n = 0
        d = first
        while d <= min(last, today() - timedelta(days=1)):
            _store(s, d)
            d += timedelta(days=1)
            n += 1
        audit(s, actor, "rebuild_figures", "report_day", f"{first}..{last}", "", None, {"days": n})
    return n


_LIVE: dict[tuple, tuple] = {}  # (database, day, dims, packers) → (fingerprint, sums): today, per process


def _fingerprint(s: Session, day: date) -> tuple:
    """Changes whenever anything today's figures count changes: a parcel made or printed, a scan, an audit
    row (void, reprint, override). Four index look-ups."""
    start, end = day_range(day)
    return (s.scalar(select(func.max(Parcel.id))), s.scalar(select(func.max(ScanEvent.id))),
            s.scalar(select(func.max(AuditLog.id))),
            s.scalar(select(func.count(Parcel.id)).where(Parcel.printed_at >= start, Parcel.printed_at < end)))


def live_day(s: Session, day: date, dims: tuple[str, ...] = ALL_DIMS, packers: bool = True) -> tuple:
    """build_day for today, kept while nothing changed (the screen switching splits reads it again)."""
    key = (str(s.get_bind().url), day, dims, packers)
    fp = _fingerprint(s, day)
    hit = _LIVE.get(key)
    if hit is not None and hit[0] == fp:
        return hit[1]
    result = build_day(s, day, dims, packers)
    if len(_LIVE) > 64:
        _LIVE.clear()
    _LIVE[key] = (fp, result)
    return result


def _read(db: Database, actor: Actor, fn):
    """Runs ``fn(session)`` for an actor who may see the figures (two desks building the same day at once
    take turns on its report_done row: see _store)."""
    with authorized(db, actor, Action.VIEW_FIGURES) as (s, _op):
        return fn(s)


def _rows(s: Session, first: date, last: date, dim: str, live: tuple | None = None) -> list[tuple]:
    """(day, key, complexity, *SUMS) for every day in range: stored days from the summary, today live."""
    ensure_built(s, first, last)
    stored_end = min(last, today() - timedelta(days=1))
    out: list[tuple] = []
    if stored_end >= first:
        cols = [getattr(ReportDay, c) for c in SUMS]
        out += [tuple(r) for r in s.execute(select(ReportDay.day, ReportDay.key, ReportDay.complexity, *cols)
                                            .where(ReportDay.day >= first, ReportDay.day <= stored_end,
                                                   ReportDay.dim == dim))]
    t = today()
    if first <= t <= last:
        acc, _ = live or live_day(s, t, (dim,), False)
        out += [(t, key, c, *v) for (d, key, c), v in acc.items() if d == dim]
    return out


def _packer_rows(s: Session, first: date, last: date, live: tuple | None = None) -> list[tuple]:
    """Like _rows for report_packer_day (call _rows first: it builds the days)."""
    stored_end = min(last, today() - timedelta(days=1))
    out: list[tuple] = []
    if stored_end >= first:
        cols = [getattr(ReportPackerDay, c) for c in PACKER_SUMS]
        out += [tuple(r) for r in s.execute(select(ReportPackerDay.day, ReportPackerDay.packer_id,
                                                   ReportPackerDay.complexity, *cols)
                                            .where(ReportPackerDay.day >= first, ReportPackerDay.day <= stored_end))]
    t = today()
    if first <= t <= last:
        _, pk = live or live_day(s, t, ("packer",), True)
        out += [(t, p, c, *v) for (p, c), v in pk.items()]
    return out


# --------------------------------------------------------------------------------------------- reading
def period_of(day: date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if period == "month":
        return f"{day:%Y-%m}"
    raise LedgerError("a period is one of {periods}", periods=", ".join(PERIODS))


@dataclass(frozen=True)
class FigureRow:
    period: str           # 2025-11-03, 2025-W45 or 2025-11 ('' for the whole range)
    key: str              # courier code, shop, channel, province, packer id, complexity ('' for all)
    label: str            # what to show for the key (courier name, packer name …)
    orders: int
    parcels: int
    items: int
    amount: Decimal
    weight_g: int
    avg_weight_g: int


@dataclass(frozen=True)
class PackerRow:
    packer_id: int | None
    packer: str
    complexity: str       # single, multi_unit, mixed, or 'all'
    orders: int
    parcels: int
    items: int
    pack_hours: float     # Σ scanned → printed
    orders_per_hour: float
    items_per_hour: float
    active_hours: int     # clock hours in which the packer printed ('all' rows)
    orders_per_active_hour: float
    errors: int           # scans refused by the pack flow (wrong item, too many, weight out of tolerance …)
    overrides: int        # supervisor overrides on the packer's orders (weight accepted, line forced)
    reprints: int
    voids: int


@dataclass(frozen=True)
class StepRow:
    key: str
    label: str
    parcels: int
    scan_to_verify_s: float
    verify_to_weigh_s: float
    weigh_to_print_s: float
    total_s: float
    slowest: str          # the step that takes longest on average


def _labels(s: Session, by: str | None) -> dict[str, str]:
    if by == "courier":
        return {code: f"{code} {name}" for code, name in s.execute(select(Courier.code, Courier.name))}
    if by == "packer":
        return {str(i): name for i, name in s.execute(select(Operator.id, Operator.name))}
    if by == "complexity":
        return {"single": "单件 one item", "multi_unit": "同款多件 one SKU, many units", "mixed": "多款 mixed"}
    return {}


def _check(first: date, last: date) -> None:
    if last < first:
        raise LedgerError("the range ends before it starts")
    if (last - first).days > 3660:
        raise LedgerError("ten years at most")


def figures(db: Database, actor: Actor, first: date, last: date, period: str = "day", by: str | None = None,
            complexity_only: str | None = None, totals: bool = False) -> list[FigureRow]:
    """Orders, parcels, items, amounts and weights per period (day/week/month), optionally split by courier,
    shop, channel, province, packer or complexity; ``totals`` gives one row per key for the whole range."""
    _check(first, last)
    period_of(first, period)
    if by not in (None, "complexity") + DIMS:
        raise LedgerError("figures are split by {dims} or complexity", dims=", ".join(DIMS))
    dim = "all" if by in (None, "complexity") else by
    rows, labels = _read(db, actor, lambda s: (_rows(s, first, last, dim), _labels(s, by)))
    acc: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0, Decimal("0"), 0])
    for day, key, c, *v in rows:
        if complexity_only and c != complexity_only:
            continue
        k = c if by == "complexity" else (key if by else "")
        a = acc[("" if totals else period_of(day, period), k)]
        for i in range(5):
            a[i] += v[i] if i != 3 else Decimal(v[i])
    return [FigureRow(p, k, labels.get(k, k), o, n, it, Decimal(am).quantize(Decimal("0.01")), w,
                      round(w / n) if n else 0)
            for (p, k), (o, n, it, am, w) in sorted(acc.items())]


def packer_figures(db: Database, actor: Actor, first: date, last: date) -> list[PackerRow]:
    """Per packer and order complexity (and an 'all' row per packer): pace, errors caught, overrides."""
    _check(first, last)
    def read(s: Session):
        live = live_day(s, today(), ("packer",), True) if first <= today() <= last else None
        return _rows(s, first, last, "packer", live), _packer_rows(s, first, last, live), _labels(s, "packer")

    rows, prow, names = _read(db, actor, read)
    work: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0, 0])  # orders, parcels, items, pack_s
    extra: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for _day, key, c, orders, parcels, items, _amount, _w, pack_s, *_ in rows:
        for cc in (c, "all"):
            w = work[(key, cc)]
            w[0] += orders
            w[1] += parcels
            w[2] += items
            w[3] += pack_s
    for _day, packer, c, *v in prow:
        key = str(packer) if packer is not None else ""
        targets = [(key, "all")] + ([(key, c)] if c else [])
        for t in targets:
            e = extra[t]
            for i in range(5):
                e[i] += v[i]
    out = []
    for key, c in sorted(set(work) | set(extra), key=lambda k: (names.get(k[0], k[0]), k[1] != "all", k[1])):
        o, n, it, secs = work.get((key, c), [0, 0, 0, 0])
        errors, overrides, reprints, voids, active = extra.get((key, c), [0, 0, 0, 0, 0])
        hours = secs / 3600
        out.append(PackerRow(int(key) if key.isdigit() else None, names.get(key, key or "—"), c, o, n, it,
                             round(hours, 2), round(o / hours, 1) if hours else 0.0,
                             round(it / hours, 1) if hours else 0.0, active if c == "all" else 0,
                             round(o / active, 1) if active and c == "all" else 0.0,
                             errors, overrides, reprints, voids))
    return out


STEPS = ("scan_to_verify_s", "verify_to_weigh_s", "weigh_to_print_s")
STEP_NAMES = {"scan_to_verify_s": "scan → verify 扫描验货", "verify_to_weigh_s": "verify → weigh 称重",
              "weigh_to_print_s": "weigh → print 打印"}


def step_times(db: Database, actor: Actor, first: date, last: date, by: str | None = None) -> list[StepRow]:
    """Average seconds between scanned, verified, weighed and printed, overall or by packer, courier or
    complexity: the slowest step shows where the line waits."""
    _check(first, last)
    if by not in (None, "packer", "courier", "complexity", "shop", "channel", "province"):
        raise LedgerError("step times are split by packer, courier, complexity, shop, channel or province")
    dim = "all" if by in (None, "complexity") else by
    rows, labels = _read(db, actor, lambda s: (_rows(s, first, last, dim), _labels(s, by)))
    acc: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0])  # timed, sv, vw, wp
    for _day, key, c, *v in rows:
        k = c if by == "complexity" else (key if by else "")
        a = acc[k]
        a[0] += v[9]
        a[1] += v[6]
        a[2] += v[7]
        a[3] += v[8]
    out = []
    for k, (n, sv, vw, wp) in sorted(acc.items()):
        avg = [x / n if n else 0.0 for x in (sv, vw, wp)]
        slowest = STEPS[max(range(3), key=lambda i: avg[i])] if n else ""
        out.append(StepRow(k, labels.get(k, k), n, round(avg[0], 1), round(avg[1], 1), round(avg[2], 1),
                           round(sum(avg), 1), STEP_NAMES.get(slowest, "")))
    return out


# --------------------------------------------------------------------------------------------- exports
@dataclass(frozen=True)
class ErrorCostRow:
    """Reships (补发) made in a range, a cost of errors: per cause and, for packing, per packer on record."""
    cause: str            # packing, courier, stock, other
    packer_id: int | None
    packer: str
    reships: int
    items: int
    cost: Decimal


def error_costs(db: Database, actor: Actor, first: date, last: date) -> list[ErrorCostRow]:
    """The cost of errors: reships per cause and packer (app.services.order_changes), read live."""
    from .order_changes import reship_counts

    _check(first, last)
    start, end = day_range(first, last)
    rows, names = _read(db, actor, lambda s: (reship_counts(s, start, end), _labels(s, "packer")))
    return [ErrorCostRow(c, p, names.get(str(p), "") if p else "", n, i, v.quantize(Decimal("0.01")))
            for c, p, n, i, v in rows]


def export(rows: Iterable[object], fmt: str = "xlsx", title: str = "figures") -> bytes:
    """Any list of the dataclasses above as XLSX or CSV (text cells neutralised against formulas)."""
    rows = list(rows)
    if not rows:
        headers: list[str] = []
    else:
        headers = [f.name for f in fields(rows[0])]
    data = table_rows(rows, headers)
    if fmt == "xlsx":
        return xlsx_bytes([(title, headers, data)])
    if fmt == "csv":
        return csv_bytes(headers, data)
    raise LedgerError("export as xlsx or csv")


def export_pdf(rows: Iterable[object], title: str) -> bytes:
    from .reports_pdf import table_pdf

    rows = list(rows)
    headers = [f.name for f in fields(rows[0])] if rows else ["—"]
    return table_pdf(title, [], [("", headers, table_rows(rows, headers))], landscape_page=len(headers) > 8)
