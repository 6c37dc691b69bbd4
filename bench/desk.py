"""Bench: the desk's order search and an order opened with its history, at 1,000,000 orders.

Run with ``.venv/bin/python bench/desk.py [orders] [--url URL | --pg] [--keep PATH] [--fresh]``. It builds a
year of orders ending today in a SQLite file (bulk Core inserts: orders from 300,000 buyers with names from a
pool, so a common name matches thousands; 1–3 lines each over 2,000 SKUs; a parcel with its waybill for every
shipped order, a void and a reprint now and then; the order, item and weight scans; audit rows for holds, notes,
edits, reprints and voids), cached under /tmp between runs (``--keep`` names another file, ``--fresh`` builds
anew), or in the database at --url, or on a throwaway PostgreSQL server it starts with --pg (tests/pgcluster.py).

Then it times, median and max over different orders, each value looked up once warm:

* ``order_find.search`` by each key: order number, buyer ID, recipient name, phone's last four, waybill, SKU;
  the list with a filter and no query, and page 5 of it (fetch-more);
* ``order_find.open_order`` of a shipped order with its whole history;
* ``order_find.backlog`` of today.

Targets: ≤ 100 ms a search, ≤ 200 ms to open an order (median and max).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from app.db import Database  # noqa: E402
from app.models import (  # noqa: E402
    AuditLog, Courier, Operator, Order, OrderLine, Parcel, Pickup, PickupParcel, Product, ScanEvent, Station,
)
from app.services import auth, order_find  # noqa: E402
from app.services.demo import ensure_reference_data  # noqa: E402
from app.services.reporting import day_start, today  # noqa: E402

SEARCH_MS, OPEN_MS = 100.0, 200.0
CACHE = Path("/tmp/packstation-bench-desk-{n}.db")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑"
            "梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华" "玉兰萍红鹏辉玲燕浩宇晨欣怡梓涵子轩"
SHOPS = [("小美旗舰店", "tmall"), ("小美服饰", "taobao"), ("小美京东店", "jd"), ("大象童装", "pdd")]
COURIERS = ["ZTO", "YTO", "YUNDA", "STO", "SF", "JD", "EMS"]
PACKERS, STATIONS, PRODUCTS, BUYERS = 20, 10, 2000, 300_000


def build(db: Database, n_orders: int, days: int = 365, seed: int = 11) -> float:
    rnd = random.Random(seed)
    with db.session() as s:
        ensure_reference_data(s)
        pin = auth.hash_pin("1234")
        s.add(Operator(code="S01", name="主管", pin_hash=auth.hash_pin("999999", "supervisor"), role="supervisor"))
        s.add_all([Operator(code=f"P{i:02d}", name=f"打包员{i:02d}", pin_hash=pin) for i in range(1, PACKERS + 1)])
        s.add_all([Station(name=f"PACK-{i:02d}") for i in range(1, STATIONS + 1)])
        s.add_all([Product(sku=f"SKU{i:05d}", name=f"商品{i}", style=f"ST{i // 8:04d}", colour="黑白红蓝"[i % 4],
                           size="SMLX"[i // 4 % 4], weight_g=rnd.randint(80, 900), stock=1000)
                   for i in range(PRODUCTS)])
        s.flush()
        couriers = {c.code: c.id for c in s.scalars(select(Courier))}
        sup = s.scalar(select(Operator.id).where(Operator.code == "S01"))
        packers = list(s.scalars(select(Operator.id).where(Operator.code.like("P%"))))
        stations = list(s.scalars(select(Station.id)))
        products = list(s.execute(select(Product.id, Product.weight_g, Product.sku)))
    t0 = time.perf_counter()
    last = today()
    first = last - timedelta(days=days - 1)
    per_day = n_orders // days
    oid = line_id = parcel_id = 0
    serial = dict.fromkeys(COURIERS, 0)
    chunk: dict[str, list] = {k: [] for k in ("orders", "lines", "parcels", "scans", "audit", "pickups", "handed")}
    pickup_id = 0

    def flush() -> None:
        with db.engine.begin() as conn:
            for key, model in (("orders", Order), ("lines", OrderLine), ("parcels", Parcel), ("scans", ScanEvent),
                               ("audit", AuditLog), ("pickups", Pickup), ("handed", PickupParcel)):
                if chunk[key]:
                    conn.execute(insert(model), chunk[key])
                chunk[key].clear()

    for i in range(days):
        d = first + timedelta(days=i)
        n = per_day if i < days - 1 else n_orders - per_day * (days - 1)
        base = day_start(d) + timedelta(hours=8)
        todays: dict[str, list[int]] = {c: [] for c in COURIERS}   # the day's parcels, per courier
        for _ in range(n):
            oid += 1
            no = f"TB{3_000_000_000_000 + oid * 7919:016d}"
            imported = base + timedelta(seconds=rnd.randint(0, 3600))
            shop, channel = rnd.choice(SHOPS)
            r = rnd.random()
            recent = i >= days - 2
            status = "open" if recent and r < 0.5 else ("cancelled" if r < 0.01 else "shipped")
            held = status == "open" and r < 0.1
            flag, reason = ("yellow", rnd.choice(["缺货", "等补货", "客户要求延迟"])) if held else ("none", "")
            buyer = rnd.randrange(BUYERS)
            name = SURNAMES[buyer % len(SURNAMES)] + GIVEN[buyer * 7 % len(GIVEN)] + \
                (GIVEN[buyer * 13 % len(GIVEN)] if buyer % 3 else "")
            phone = f"1{rnd.choice('3456789')}{buyer * 7919 % 10**9:09d}"
            packer, station = rnd.choice(packers), rnd.choice(stations)
            courier = rnd.choice(COURIERS)
            picks = rnd.sample(products, rnd.choice((1, 1, 1, 2, 3)))
            shipped = status == "shipped"
            printed = imported + timedelta(hours=rnd.randint(1, 8), seconds=rnd.randint(0, 3000))
            grams = sum(w for _, w, _ in picks) + 20
            chunk["orders"].append(dict(
                id=oid, order_no=no, shop=shop, channel=channel, buyer_id=f"tb_{buyer:07d}", recipient_name=name,
                phone=phone, province="浙江省", city="杭州市", district="西湖区",
                address=f"文三路{buyer % 900}号3幢{buyer % 30}01室", postcode="",
                buyer_note="尽快发货" if r > 0.97 else "", seller_note="", flag=flag, flag_reason=reason,
                refund_requested=False, status=status, amount=Decimal(rnd.randint(2900, 39900)) / 100,
                courier_id=couriers[courier] if shipped else None,
                packing_station_id=station if shipped else None, packing_operator_id=packer if shipped else None,
                scanned_at=printed - timedelta(seconds=200) if shipped else None,
                verified_at=printed - timedelta(seconds=60) if shipped else None,
                weighed_at=printed - timedelta(seconds=20) if shipped else None, weight_g=grams if shipped else None,
                shipped_at=printed if shipped else None, paid_at=imported - timedelta(minutes=30),
                imported_at=imported, source="orders.xlsx", revision=1))
            for ln, (pid, _w, sku) in enumerate(picks, 1):
                line_id += 1
                chunk["lines"].append(dict(id=line_id, order_id=oid, line_no=ln, product_id=pid, title="", qty=1,
                                           scanned_qty=1 if shipped else 0, manual_checked=False, price=Decimal("59")))
                if shipped:
                    chunk["scans"].append(dict(ts=printed - timedelta(seconds=150), station_id=station,
                                               operator_id=packer, order_id=oid, kind="item", code=f"69{pid:011d}",
                                               result="ok", product_id=pid, qty=1, detail=""))
            if shipped:
                chunk["scans"].append(dict(ts=printed - timedelta(seconds=200), station_id=station, operator_id=packer,
                                           order_id=oid, kind="order", code=no, result="ok", product_id=None, qty=1,
                                           detail=""))
                chunk["scans"].append(dict(ts=printed - timedelta(seconds=20), station_id=station, operator_id=packer,
                                           order_id=oid, kind="weight", code=str(grams), result="ok",
                                           product_id=None, qty=1,
                                           detail=""))
                voided = r > 0.995
                for void in ((True, False) if voided else (False,)):
                    parcel_id += 1
                    serial[courier] += 1
                    wb = f"{courier}{serial[courier]:012d}" if courier in ("SF", "JD") else \
                        f"7{COURIERS.index(courier)}{serial[courier]:012d}"
                    chunk["parcels"].append(dict(
                        id=parcel_id, order_id=oid, courier_id=couriers[courier], waybill_no=wb,
                        status="void" if void else "printed", weight_g=grams, expected_weight_g=grams,
                        packer_id=packer, station_id=station, scanned_at=printed - timedelta(seconds=200),
                        verified_at=printed - timedelta(seconds=60), weighed_at=printed - timedelta(seconds=20),
                        printed_at=printed, created_at=printed - timedelta(seconds=5), reprints=int(r > 0.99),
                        voided_at=printed + timedelta(minutes=3) if void else None,
                        void_reason="面单污损" if void else "", mix_key=""))
                    if not void:
                        todays[courier].append(parcel_id)
                    if void:
                        chunk["audit"].append(dict(ts=printed + timedelta(minutes=3), actor_id=sup, station_id=station,
                                                   action="void_waybill", entity="parcel", entity_id=wb,
                                                   reason="面单污损", before=json.dumps({"parcel": "printed"}),
                                                   after=json.dumps({"parcel": "void"}), row_hash=""))
                    elif r > 0.99:
                        chunk["audit"].append(dict(ts=printed + timedelta(minutes=1), actor_id=sup, station_id=station,
                                                   action="reprint", entity="parcel", entity_id=wb, reason="卡纸",
                                                   before=json.dumps({"reprints": 0}),
                                                   after=json.dumps({"reprints": 1}), row_hash=""))
            if flag == "yellow" or r > 0.98:
                chunk["audit"].append(dict(ts=imported + timedelta(minutes=10), actor_id=sup, station_id=None,
                                           action="set_flag" if flag == "yellow" else "add_note", entity="order",
                                           entity_id=no, reason=reason or "客户来电",
                                           before=json.dumps({"flag": "none"}), after=json.dumps({"flag": flag}),
                                           row_hash=""))
            if len(chunk["orders"]) >= 20_000:
                flush()
        # one closed pickup per courier a day (交接) with the day's parcels, so "picked up" counts something
        for c, handed in todays.items():
            if handed:
                pickup_id += 1
                chunk["pickups"].append(dict(id=pickup_id, courier_id=couriers[c], day=d, status="closed",
                                             opened_at=base, opened_by=sup, station_id=None,
                                             closed_at=base + timedelta(hours=10), closed_by=sup,
                                             courier_person="司机", parcel_count=len(handed), total_weight_g=0,
                                             note=""))
                chunk["handed"] += [dict(pickup_id=pickup_id, parcel_id=p, scanned_at=base + timedelta(hours=9),
                                         scanned_by=sup) for p in handed]
        flush()
        if (i + 1) % 30 == 0:
            print(f"  … {oid:>9,} orders, {time.perf_counter() - t0:6.1f} s", flush=True)
    flush()
    return time.perf_counter() - t0


def timed(fn, values) -> tuple[float, float]:
    """Median and max ms of fn(v) over the values (the first one run twice: warm)."""
    fn(values[0])
    out = []
    for v in values:
        t0 = time.perf_counter()
        fn(v)
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out), max(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("orders", nargs="?", type=int, default=1_000_000)
    ap.add_argument("--url")
    ap.add_argument("--pg", action="store_true", help="start a throwaway PostgreSQL server (tests/pgcluster.py)")
    ap.add_argument("--keep", help="the SQLite file (default /tmp/packstation-bench-desk-N.db, reused if there)")
    ap.add_argument("--fresh", action="store_true", help="build the SQLite file again")
    args = ap.parse_args()
    if args.pg:
        from tests.pgcluster import PgCluster

        with PgCluster.start() as pg:
            args.url = pg.create_database("bench_desk")
            return run(args, reuse=False)
    if args.url:
        return run(args, reuse=False)
    path = Path(args.keep) if args.keep else Path(str(CACHE).format(n=args.orders))
    if args.fresh and path.exists():
        path.unlink()
    args.url = f"sqlite:///{path}"
    return run(args, reuse=path.exists())


def run(args, reuse: bool) -> int:
    db = Database(args.url)
    db.upgrade()
    if reuse:
        print(f"reusing {args.url}")
    else:
        print(f"building {args.orders:,} orders in {args.url} …", flush=True)
        print(f"built in {build(db, args.orders):.0f} s")
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect() as c:  # what autovacuum does a little after a bulk load
                c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    rnd = random.Random(5)
    with db.session() as s:
        n = s.scalar(select(func.count(Order.id)))
        top = s.scalar(select(func.max(Order.id)))
        ids = [rnd.randint(1, top) for _ in range(25)]
        orders = s.execute(select(Order.order_no, Order.buyer_id, Order.recipient_name, Order.phone)
                           .where(Order.id.in_(ids))).all()
        shipped = list(s.scalars(select(Order.order_no).where(Order.id.in_(ids), Order.status == "shipped")))
        voided = list(s.scalars(select(Order.order_no).join(Parcel, Parcel.order_id == Order.id)
                                .where(Parcel.status == "void").limit(5)))
        waybills = list(s.scalars(select(Parcel.waybill_no).where(Parcel.order_id.in_(ids))))
        skus = list(s.scalars(select(Product.sku).where(Product.id.in_(
            select(OrderLine.product_id).where(OrderLine.order_id.in_(ids))))))
        audits = s.scalar(select(func.count(AuditLog.id)))
        scans = s.scalar(select(func.count(ScanEvent.id)))
    print(f"\norders in the database: {n:,}; scans {scans:,}; audit rows {audits:,}\n")
    F = order_find.Filters
    results = [
        ("search by order number", lambda v: order_find.search(db, v), [o.order_no for o in orders], SEARCH_MS),
        ("search by buyer ID", lambda v: order_find.search(db, v), [o.buyer_id for o in orders], SEARCH_MS),
        ("search by recipient name (a common name: thousands)", lambda v: order_find.search(db, v),
         [o.recipient_name for o in orders], SEARCH_MS),
        ("search by phone's last four", lambda v: order_find.search(db, v), [o.phone[-4:] for o in orders],
         SEARCH_MS),
        ("search by waybill number", lambda v: order_find.search(db, v), waybills, SEARCH_MS),
        ("search by SKU", lambda v: order_find.search(db, v), skus, SEARCH_MS),
        ("list with a filter, no query (status open)", lambda v: order_find.search(db, "", F(status=v)),
         ["open"] * 10, SEARCH_MS),
        ("list, shipped (most orders)", lambda v: order_find.search(db, "", F(status=v)), ["shipped"] * 10,
         SEARCH_MS),
        ("list, one courier", lambda v: order_find.search(db, "", F(courier=v)), ["ZTO", "EMS", "SF"] * 3,
         SEARCH_MS),
        ("list, held for a reason", lambda v: order_find.search(db, "", F(held_reason=v)), ["缺货", "等补货"] * 5,
         SEARCH_MS),
        ("list, with a note", lambda v: order_find.search(db, "", F(has_note=v)), [True] * 10, SEARCH_MS),
        ("list, imported in the last 7 / 90 days", lambda v: order_find.search(
            db, "", F(date_from=today() - timedelta(days=v), date_to=today())), [7, 90] * 5, SEARCH_MS),
        ("list, one packer, shipped yesterday", lambda v: order_find.search(
            db, "", F(packer=v, date_field="shipped", date_from=today() - timedelta(days=1),
                      date_to=today() - timedelta(days=1))), ["P01", "P07"] * 5, SEARCH_MS),
        ("list, page 5 (fetch-more, 100 a page)", lambda v: order_find.search(db, "", F(), 100, v),
         [400] * 10, SEARCH_MS),
        ("name and a filter (shop, shipped)", lambda v: order_find.search(
            db, v, F(status="shipped", shop="小美服饰")), [o.recipient_name for o in orders], SEARCH_MS),
        ("open an order with its history", lambda v: order_find.open_order(db, v), shipped + voided, OPEN_MS),
        ("today's backlog per courier and shop", lambda v: order_find.backlog(db, v), [today()] * 5, OPEN_MS),
    ]
    print(f"{'what':56} {'median ms':>10} {'max ms':>8} {'target':>7}")
    worst_ok = True
    for name, fn, values, target in results:
        med, mx = timed(fn, values)
        ok = mx <= target
        worst_ok &= ok
        print(f"{name:56} {med:10.1f} {mx:8.1f} {target:7.0f}  {'ok' if ok else 'OVER'}", flush=True)
    print(f"\ntargets (≤ {SEARCH_MS:.0f} ms a search, ≤ {OPEN_MS:.0f} ms to open an order): "
          f"{'met' if worst_ok else 'NOT met'}")
    db.dispose()
    return 0 if worst_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
