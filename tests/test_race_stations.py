"""Many stations racing over one database, as on a promotion day (issue #12).

Station processes (multiprocessing spawn: each its own interpreter, Database and StationService, with a
printer that records the job ids it was sent) pack orders from lists that overlap: an order is on two
stations' lists (one order in three: CONTESTED), which reach it at about the same time, so the two scan it
at about the same moment. A few supervisor processes meanwhile reprint and void waybills, receive returns,
count stock, and scan parcels and stubs at the dock (two docks on the same pile). Afterwards:

* no order was packed twice: each has at most one live parcel, and was shipped once per parcel it has
  (a voided waybill's order is packed again);
* no waybill number went out twice, and every number taken is a parcel's (a void costs a number too, so the
  last orders may find the pool empty: then it is empty);
* every product's stock is its initial stock plus the sum of its stock moves;
* every scan made is in scan_event; every reprint is counted and logged; every dock or stub scan answered
  OK is one row.

PostgreSQL: 20 stations over 1,000 orders and 1,000 waybill numbers. SQLite (one station's database, here
serialised by BEGIN IMMEDIATE): fewer stations and orders, the same assertions.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import random
import time
from collections import Counter
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, insert, select

from app.db import Database
from app.models import (
    Barcode, Order, OrderLine, Parcel, ParcelStatus, PickupParcel, PrintJob, Product, Role, ScanEvent, Setting,
    Shop, StockMove, Stub, WaybillNumber, WaybillStatus,
)
from tests.fakes import fake_render

SIZES = {  # backend: (stations, orders, waybill numbers)
    "postgresql": (20, 1000, 1000),
    "sqlite": (6, 240, 240),
}
PRODUCTS = 40
INITIAL_STOCK = 1000
SUPERVISOR_PIN = "999999"
MAX_VOIDS = 12          # per run: each void puts an order back to be packed again (and costs a number)
CONTESTED = 3           # one order in three is on two stations' lists (a refused scan costs time too)
DESK_PAUSE_S = 0.1      # between a desk's actions
RUN_LIMIT_S = 240       # a hang guard, far above the run time


@dataclass
class JobRecorder:
    """A printer that keeps the job ids it was sent (the label bytes are not needed here)."""

    jobs: list[str] = field(default_factory=list)

    def send(self, job_id: str, data: bytes) -> None:
        self.jobs.append(job_id)


# ------------------------------------------------------------------------------------------------ setup
def build(url: str, n_stations: int, n_orders: int, n_numbers: int) -> dict[str, list[str]]:
    """Operators, products, orders and the waybill pool; returns order number → item barcodes."""
    from app.services import auth, waybills
    from app.services.demo import ensure_reference_data

    db = Database(url)
    rng = random.Random(12)
    items: dict[str, list[str]] = {}
    with db.session() as s:
        ensure_reference_data(s)
        for k in range(n_stations):
            auth.add_operator(s, f"P{k:02d}", f"包装{k}", "1234", Role.PACKER, f"B1{k:03d}")
        auth.add_operator(s, "S01", "李静", SUPERVISOR_PIN, Role.SUPERVISOR, "B9001")
        s.execute(insert(Product), [
            {"id": i, "sku": f"SKU{i:03d}", "name": f"商品{i}", "style": f"ST{i}", "colour": "黑色", "size": "M",
             "weight_g": 100 + 10 * i, "stock": INITIAL_STOCK, "active": True} for i in range(1, PRODUCTS + 1)])
        s.execute(insert(Barcode), [{"code": f"69{i:011d}", "product_id": i} for i in range(1, PRODUCTS + 1)])
        orders, lines = [], []
        for n in range(1, n_orders + 1):
            no = f"R{n:05d}"
            orders.append({"id": n, "order_no": no, "recipient_name": "陈小明", "phone": "13812345678",
                           "province": "浙江省", "city": "杭州市", "district": "西湖区", "address": f"文三路{n}号"})
            # one or two SKUs, in any line order: two stations shipping the same two SKUs in opposite line
            # order once deadlocked on the product rows (StationService._complete now moves them in product
            # order, as the services do)
            pids = rng.sample(range(1, PRODUCTS + 1), rng.choice((1, 1, 2)))
            for line_no, pid in enumerate(pids, 1):
                lines.append({"order_id": n, "line_no": line_no, "product_id": pid, "qty": 1})
            items[no] = [f"69{pid:011d}" for pid in pids]
        s.execute(insert(Order), orders)
        s.execute(insert(OrderLine), lines)
        waybills.load_numbers(s, "ZTO", waybills.expand_range("7731", 1, n_numbers, 10))
        s.add(Shop(code="T", name="测试店", sender_name="测试店", sender_phone="13800000000", province="浙江省",
                   city="杭州市", address="文三路1号", is_default=True))  # the orders name none: the default's
        s.add(Setting(key="default_courier", value='"ZTO"'))
    db.dispose()
    return items


def station_lists(items: dict[str, list[str]], n_stations: int) -> list[list[tuple[str, list[str]]]]:
    """Order n is on the list of station n % N; every CONTESTED-th order also on that of (n + 1) % N. The
    stations work through their lists in order, so the two reach a shared order at about the same time."""
    lists: list[list] = [[] for _ in range(n_stations)]
    for n, (no, codes) in enumerate(items.items()):
        lists[n % n_stations].append((no, codes))
        if n % CONTESTED == 0:
            lists[(n + 1) % n_stations].append((no, codes))
    for lst in lists:
        lst.sort()
    return lists


# ------------------------------------------------------------------------------------------------ workers
def station_worker(url: str, k: int, orders, start, out) -> None:
    from app.domain.packflow import Err, Phase
    from app.services.station import StationService

    result = {"kind": "station", "k": k, "scans": 0, "shipped": [], "jobs": [], "errors": [], "pool_empty": 0}
    try:
        db = Database(url)
        printer = JobRecorder()
        st = StationService(db, f"PACK-{k:02d}", printer, render_label=fake_render)
        result["station_id"] = st.station_id
        st.sign_on(f"B1{k:03d}")
        start.wait(60)
        for order_no, codes in orders:
            try:
                state = st.scan(order_no)
                result["scans"] += 1
                if state.error is not None:  # packed elsewhere, shipped, or voided meanwhile
                    st.acknowledge()
                    continue
                for code in codes:
                    st.scan(code)
                    result["scans"] += 1
                st.weight(0, True)
                st.weight(st.state.expected_g, True)
                state = st.sign_off()
                if state.phase is Phase.DONE:
                    result["shipped"].append((order_no, state.last_order_no, state.waybill_no))
                else:  # no number left (voids cost numbers too): put it back
                    if state.error is not None and state.error.code is Err.NO_WAYBILL:
                        result["pool_empty"] += 1
                    else:
                        result["errors"].append(f"{order_no}: {state.phase.value} "
                                                f"{state.error.code.value if state.error else ''}")
                    if state.error is not None:
                        st.acknowledge()
                    st.abandon(confirmed=True)
            except Exception as exc:  # noqa: BLE001 - counted and reported by the test
                result["errors"].append(f"{order_no}: {type(exc).__name__}: {exc}")
                st.flow.state = st.flow.state.__class__(phase=Phase.IDLE, operator=st.flow.state.operator)
        result["jobs"] = printer.jobs
        db.dispose()
    except Exception as exc:  # noqa: BLE001
        result["errors"].append(f"station {k}: {type(exc).__name__}: {exc}")
    out.put(result)


def supervisor_worker(url: str, k: int, role: str, start, stop, out) -> None:
    """A desk: 'exceptions' reprints, voids, takes returns and counts stock; 'dock' scans parcels into the
    ZTO pickup and stubs back (two docks work the same pile)."""
    from app.services import auth, pickups, stubs
    from app.services import supervisor as sv
    from app.services.station import StationService

    rng = random.Random(100 + k)
    result = {"kind": role, "k": k, "reprint_jobs": 0, "voids": 0, "dock_ok": 0, "stub_ok": 0, "actions": 0,
              "jobs": [], "errors": []}
    try:
        db = Database(url)
        with db.session() as s:
            sup = auth.authenticate(s, "S01", SUPERVISOR_PIN)
        printer = JobRecorder()
        desk = StationService(db, f"DESK-{k}", printer, render_label=fake_render)
        pickup = pickups.open_pickup(db, sup, "ZTO") if role == "dock" else None
        start.wait(60)
        while not stop.is_set():
            time.sleep(DESK_PAUSE_S)
            with db.session() as s:  # the newest parcels: where the stations are
                printed = s.execute(select(Parcel.waybill_no, Order.order_no).join(Order, Order.id == Parcel.order_id)
                                    .where(Parcel.status == ParcelStatus.PRINTED)
                                    .order_by(Parcel.id.desc()).limit(40)).all()
            if not printed:
                continue
            waybill, order_no = rng.choice(printed)
            result["actions"] += 1
            try:
                if role == "dock":
                    if rng.random() < 0.5:
                        result["dock_ok"] += pickups.scan_parcel(db, sup, pickup.id, waybill).ok
                    else:
                        result["stub_ok"] += stubs.receive_stub(db, sup, waybill, "ZTO").ok
                    continue
                what = rng.random()
                if what < 0.35:
                    desk.reprint_as(sup, waybill, "smudged")
                    result["reprint_jobs"] += 1
                elif what < 0.5 and result["voids"] < MAX_VOIDS // 2:
                    sv.void_waybill(db, sup, waybill, "torn label")
                    result["voids"] += 1
                elif what < 0.75:
                    with db.session() as s:
                        sku = s.scalar(select(Product.sku).join(OrderLine, OrderLine.product_id == Product.id)
                                       .join(Order, Order.id == OrderLine.order_id)
                                       .where(Order.order_no == order_no).limit(1))
                    sv.receive_return(db, sup, waybill, "buyer", "intact", "buyer", [(sku, 1, True)])
                else:
                    sv.count_stock(db, sup, f"SKU{rng.randint(1, PRODUCTS):03d}", rng.randint(500, 1500), "count")
            except sv.SupervisorError:
                pass  # reprinted too often, voided already: refused as it should be
        result["jobs"] = printer.jobs
        db.dispose()
    except Exception as exc:  # noqa: BLE001
        result["errors"].append(f"{role} {k}: {type(exc).__name__}: {exc}")
    out.put(result)


# ------------------------------------------------------------------------------------------------ the race
@pytest.mark.both_dbs
def test_stations_racing_over_the_orders_pack_each_once_and_lose_nothing(db_url, db_backend):
    n_stations, n_orders, n_numbers = SIZES[db_backend]
    items = build(db_url, n_stations, n_orders, n_numbers)
    lists = station_lists(items, n_stations)
    ctx = mp.get_context("spawn")
    desks = [("exceptions", 0), ("exceptions", 1), ("dock", 2), ("dock", 3)]
    start = ctx.Barrier(n_stations + len(desks) + 1)
    stop, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=station_worker, args=(db_url, k, lists[k], start, out)) for k in range(n_stations)]
    procs += [ctx.Process(target=supervisor_worker, args=(db_url, k, role, start, stop, out)) for role, k in desks]
    for p in procs:
        p.start()
    results = []
    try:
        start.wait(120)
        deadline = time.monotonic() + RUN_LIMIT_S
        while len(results) < n_stations and time.monotonic() < deadline:
            try:
                r = out.get(timeout=1)
            except queue.Empty:
                continue
            results.append(r)
            if r["kind"] != "station":
                break  # a desk gave up early: stop and look
        stop.set()
        while len(results) < len(procs) and time.monotonic() < deadline:
            try:
                results.append(out.get(timeout=1))
            except queue.Empty:
                pass
    finally:
        stop.set()
        for p in procs:
            p.join(10)
            if p.is_alive():
                p.terminate()
                p.join(5)
    assert len(results) == len(procs), "a station or desk never reported (hung or crashed)"
    stations = [r for r in results if r["kind"] == "station"]
    desks_done = [r for r in results if r["kind"] != "station"]
    assert [e for r in results for e in r["errors"]] == []
    assert sum(r["actions"] for r in desks_done) > 0

    db = Database(db_url)
    with db.session() as s:
        # no order packed twice: one live parcel at most, one shipping per parcel (voided ones included)
        shipped = Counter(no for r in stations for no, _, _ in r["shipped"])
        parcels = s.execute(select(Order.order_no, Parcel.status, Parcel.waybill_no)
                            .join(Order, Order.id == Parcel.order_id)).all()
        voids = Counter(no for no, st, _ in parcels if st is ParcelStatus.VOID)
        live = Counter(no for no, st, _ in parcels if st is not ParcelStatus.VOID)
        assert max(live.values()) == 1
        assert {no: n for no, n in shipped.items() if n != live[no] + voids[no]} == {}
        assert sum(shipped.values()) == len(parcels)
        assert sum(voids.values()) == sum(r["voids"] for r in desks_done)
        assert len(shipped) > n_orders // 2  # the race did pack most of the orders
        # no waybill twice: on parcels, on labels, and every number taken is a parcel's
        waybills = [wb for _, _, wb in parcels]
        assert len(set(waybills)) == len(waybills)
        firsts = [j for r in stations for j in r["jobs"] if "~R" not in j]
        assert len(set(firsts)) == len(firsts) == len(parcels)
        taken = s.scalar(select(func.count(WaybillNumber.id)).where(WaybillNumber.status != WaybillStatus.FREE))
        assert taken == len(parcels)
        if any(r["pool_empty"] for r in stations):  # "no number left" only once every number is out
            assert taken == n_numbers
        # stock: the initial stock and every move
        moved = dict(s.execute(select(StockMove.product_id, func.sum(StockMove.delta))
                               .group_by(StockMove.product_id)).all())
        stock = dict(s.execute(select(Product.id, Product.stock)).all())
        assert {pid: n for pid, n in stock.items() if n != INITIAL_STOCK + int(moved.get(pid, 0))} == {}
        assert s.scalar(select(func.count(StockMove.id)).where(StockMove.kind == "ship")) > 0
        # every scan kept
        for r in stations:
            kept = s.scalar(select(func.count(ScanEvent.id)).where(ScanEvent.station_id == r["station_id"],
                                                                  ScanEvent.kind.in_(("order", "item"))))
            assert kept == r["scans"], f"station {r['k']}: {r['scans']} scans made, {kept} kept"
        # every reprint counted, logged and printed; every dock and stub scan answered OK is one row
        reprinted = sum(r["reprint_jobs"] for r in desks_done)
        assert s.scalar(select(func.coalesce(func.sum(Parcel.reprints), 0))) == reprinted
        assert s.scalar(select(func.count(PrintJob.id)).where(PrintJob.reprint.is_(True))) == reprinted
        assert sum(1 for r in desks_done for j in r["jobs"] if "~R" in j) == reprinted
        assert s.scalar(select(func.count(PickupParcel.id))) == sum(r["dock_ok"] for r in desks_done)
        assert s.scalar(select(func.count(Stub.id))) == sum(r["stub_ok"] for r in desks_done)
    db.dispose()
