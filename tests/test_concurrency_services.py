"""Two desks doing the same thing at the same moment on one PostgreSQL server: no update lost, nothing made
twice (app.services.rows).

Each test runs two actions in two threads, each with its own Database (its own connections) on the test
server. Every action's unit of work waits at a barrier just before it commits, so both have read what they
decide on before either writes: the interleaving that loses an update under READ COMMITTED when the services
read, decide in Python and write. Where an action locks what it reads, the second one waits inside the
server instead of reaching the barrier; the barrier gives up after HOLD seconds and they go one after the
other. Either way the outcome must be the one two actions made in turn would give.
"""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select, update

from app.db import Database
from app.devices.printers.log import PrintInDoubt, claim, mark_failed, send_logged
from app.models import (
    Claim, Order, Parcel, PickupParcel, PrintJob, Product, ReportDay, Setting, SignonThrottle, StockMove, Stub,
    utcnow,
)
from app.services import auth, claims, figures, pickups, stubs, supplies
from app.services import supervisor as sv
from app.services.station import ensure_station
from tests.fakes import RecordingPrinter
from tests.services.test_supervisor import ship  # packs and ships an order at a station, as a packer does
from tests.people import who

HOLD = 1.0  # s a unit of work waits for the other at its commit


@pytest.fixture
def db_backend():
    return "postgresql"


def race(url: str, *actions, hold: float = HOLD) -> list:
    """Runs each `action(db)` in a thread of its own, each with its own Database on `url`; the first unit of
    work of each waits for the others just before it commits. Returns each action's result or exception."""
    barrier = threading.Barrier(len(actions), timeout=hold)
    results: list = [None] * len(actions)

    def run(i: int, action) -> None:
        db = Database(url)
        waited: list[bool] = []

        def before_commit(_session) -> None:
            if not waited:
                waited.append(True)
                try:
                    barrier.wait()
                except threading.BrokenBarrierError:  # the other one waits on a lock this one holds
                    pass

        event.listen(db._factory, "before_commit", before_commit)
        try:
            results[i] = action(db)
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            results[i] = exc
        finally:
            db.dispose()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "an action hung"
    return results


def errors(results) -> list[Exception]:
    return [r for r in results if isinstance(r, Exception)]


def another_t1(db, order_no: str = "T4") -> str:
    """A second order like T1 (one TS-BLK-M): the shop's held one, released under a new number."""
    with db.session() as s:
        s.execute(update(Order).where(Order.order_no == "HOLD").values(flag="none", order_no=order_no))
    return order_no


def stock_and_moves(db, sku: str) -> tuple[int, int]:
    with db.session() as s:
        p = s.scalar(select(Product).where(Product.sku == sku))
        moved = s.scalar(select(func.coalesce(func.sum(StockMove.delta), 0)).where(StockMove.product_id == p.id))
        return p.stock, 10 + int(moved)  # every product of the shop starts at 10


@pytest.fixture
def sup(shop):
    return who(shop, "B9001")


# ------------------------------------------------------------------------------------- counts moved: x = x + d
def test_two_returns_of_one_sku_at_once_both_come_back_to_stock(shop, sup):
    a = ship(shop, "T1", ("6900000000011",))
    b = ship(shop, another_t1(shop), ("6900000000011",))
    before = stock_and_moves(shop, "TS-BLK-M")
    assert before[0] == before[1] == 8

    results = race(shop.url, *[lambda db, w=w: sv.receive_return(db, sup, w, "buyer", "intact", "buyer",
                                                                 [("TS-BLK-M", 1, True)]) for w in (a, b)])
    assert errors(results) == []
    stock, from_moves = stock_and_moves(shop, "TS-BLK-M")
    assert (stock, from_moves) == (10, 10)


def test_two_voids_of_one_waybill_at_once_void_it_once_and_restock_once(shop, sup):
    wb = ship(shop, "T1", ("6900000000011",))
    results = race(shop.url, *[lambda db: sv.void_waybill(db, sup, wb, "torn label")] * 2)
    assert len(errors(results)) == 1 and isinstance(errors(results)[0], sv.SupervisorError)
    assert stock_and_moves(shop, "TS-BLK-M") == (10, 10)


def test_two_stock_counts_at_once_leave_stock_equal_to_its_moves(shop, sup):
    results = race(shop.url, lambda db: sv.count_stock(db, sup, "TS-BLK-M", 20, "count"),
                   lambda db: sv.count_stock(db, sup, "TS-BLK-M", 15, "count"))
    assert errors(results) == []
    stock, from_moves = stock_and_moves(shop, "TS-BLK-M")
    assert stock in (15, 20) and stock == from_moves


def test_two_reprints_at_once_are_both_counted(shop, sup):
    wb = ship(shop, "T1", ("6900000000011",))
    results = race(shop.url, *[lambda db: sv.reprint(db, sup, wb, "smudged")] * 2)
    assert sorted(results) == [1, 2]
    with shop.session() as s:
        assert s.scalar(select(Parcel.reprints).where(Parcel.waybill_no == wb)) == 2


def test_two_order_edits_at_once_raise_the_revision_twice(shop, sup):
    results = race(shop.url, lambda db: sv.edit_order(db, sup, "T2", "buyer asked", quantities={1: 1}),
                   lambda db: sv.edit_order(db, sup, "T2", "buyer asked", phone="13900000000"))
    assert sorted(results) == [2, 3]
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T2"))
        assert o.revision == 3 and o.phone == "13900000000" and o.lines[0].qty == 1


def test_wrong_pins_at_two_stations_at_once_are_all_counted(shop):
    def wrong(db, station_id):
        with db.session() as s:
            try:
                auth.authenticate(s, "S01", "111111", station_id=station_id)
            except auth.AuthError as exc:
                s.commit()
                return exc.code

    one, two = ensure_station(shop, "PACK-01"), ensure_station(shop, "PACK-02")
    for _ in range(2):  # the first failures make the rows, the next ones count on them
        assert race(shop.url, lambda db: wrong(db, one), lambda db: wrong(db, two)) == ["bad_pin", "bad_pin"]
    with shop.session() as s:
        rows = dict(s.execute(select(SignonThrottle.key, SignonThrottle.failures)).all())
    op = f"op:{who(shop, 'B9001').id}"
    assert rows[op] == 4 and rows[f"{op}@st:{one}"] == 2 and rows[f"{op}@st:{two}"] == 2


def test_supply_uses_booked_at_two_desks_at_once_are_both_kept(shop, sup):
    supplies.define_supply(shop, sup, "TAPE", "封箱胶带", "manual", 60, 1)
    supplies.count_supply(shop, sup, "TAPE", 2)
    assert errors(race(shop.url, *[lambda db: supplies.use_supply(db, sup, "TAPE", 3, "spoilt")] * 2)) == []
    assert [lv.remaining for lv in supplies.levels(shop)] == [120 - 6]
    assert errors(race(shop.url, *[lambda db: supplies.receive_supply(db, sup, "TAPE", 1, "delivery")] * 2)) == []
    assert [lv.remaining for lv in supplies.levels(shop)] == [120 - 6 + 2 * 60]


# ------------------------------------------------------------------------------------- made once
def test_one_stub_scanned_at_two_desks_at_once_is_received_once(shop, sup):
    wb = ship(shop, "T1", ("6900000000011",))
    results = race(shop.url, *[lambda db: stubs.receive_stub(db, sup, wb, "ZTO")] * 2)
    assert sorted(r.code for r in results) == [stubs.DUPLICATE, stubs.MATCHED]
    with shop.session() as s:
        assert s.scalar(select(func.count(Stub.id))) == 1


def test_two_docks_opening_a_pickup_at_once_get_the_same_one(shop, sup):
    results = race(shop.url, *[lambda db: pickups.open_pickup(db, sup, "ZTO")] * 2)
    assert errors(results) == [] and results[0].id == results[1].id


def test_one_parcel_scanned_twice_at_once_goes_into_the_pickup_once(shop, sup):
    wb = ship(shop, "T1", ("6900000000011",))
    pk = pickups.open_pickup(shop, sup, "ZTO")
    results = race(shop.url, *[lambda db: pickups.scan_parcel(db, sup, pk.id, wb)] * 2)
    assert sorted(r.code for r in results) == [pickups.ALREADY_SCANNED, pickups.OK]
    assert [r.count for r in results] == [1, 1]


def test_a_pickup_closed_while_a_parcel_is_scanned_counts_what_it_holds(shop, sup):
    first = ship(shop, "T1", ("6900000000011",))
    second = ship(shop, another_t1(shop), ("6900000000011",))
    pk = pickups.open_pickup(shop, sup, "ZTO")
    assert pickups.scan_parcel(shop, sup, pk.id, first).ok
    results = race(shop.url, lambda db: pickups.scan_parcel(db, sup, pk.id, second),
                   lambda db: pickups.close_pickup(db, sup, pk.id))
    assert errors(results) == []
    with shop.session() as s:
        held = s.scalar(select(func.count(PickupParcel.id)).where(PickupParcel.pickup_id == pk.id))
    closed = pickups.manifest(shop, pk.id)
    assert closed.status == "closed" and closed.count == held
    assert [p for p in pickups.list_pickups(shop) if p.id == pk.id][0].count == held
    assert results[0].code in (pickups.OK, pickups.PICKUP_CLOSED)


def test_two_claims_for_one_parcel_at_once_open_one(shop, sup):
    wb = ship(shop, "T1", ("6900000000011",))
    results = race(shop.url, *[lambda db: claims.open_claim(db, sup, wb, "lost", "never arrived", "50")] * 2)
    assert len(errors(results)) == 1
    with shop.session() as s:
        assert s.scalar(select(func.count(Claim.id))) == 1


def test_a_setting_changed_at_two_desks_at_once_is_one_row(shop):
    admin = who(shop, "S01")  # the setting is the admin's; a supervisor is refused, audited
    with shop.session() as s:
        from app.models import Operator, Role
        s.execute(update(Operator).where(Operator.code == "S01").values(role=Role.ADMIN))
    results = race(shop.url, *[lambda db, n=n: sv.change_setting(db, admin, "default_courier", n, "switch")
                               for n in ("ZTO", "SF")])
    assert errors(results) == []
    with shop.session() as s:
        rows = s.scalars(select(Setting.value).where(Setting.key == "default_courier")).all()
    assert rows in (['"ZTO"'], ['"SF"'])


def test_a_day_rebuilt_at_two_desks_at_once_is_counted_once(shop, sup):
    ship(shop, "T1", ("6900000000011",))
    yesterday = figures.today() - timedelta(days=1)
    with shop.session() as s:  # the parcel printed yesterday
        s.execute(update(Parcel).values(printed_at=utcnow() - timedelta(days=1)))
        s.execute(update(Order).where(Order.order_no == "T1").values(shipped_at=utcnow() - timedelta(days=1)))
    assert figures.rebuild(shop, sup, yesterday, yesterday) == 1
    results = race(shop.url, *[lambda db: figures.rebuild(db, sup, yesterday, yesterday)] * 2)
    assert results == [1, 1]
    rows = figures.figures(shop, sup, yesterday, yesterday)
    assert [(r.orders, r.parcels) for r in rows] == [(1, 1)]
    with shop.session() as s:
        assert s.scalar(select(func.count(ReportDay.id)).where(ReportDay.day == yesterday,
                                                               ReportDay.dim == "all")) == 1


# ------------------------------------------------------------------------------------- the print log
def test_a_failed_job_retried_at_two_stations_at_once_prints_once(shop):
    with shop.session() as s:
        claim(s, "T1-77310000000001", b"label", waybill_no="77310000000001")
        mark_failed(s, "T1-77310000000001", "paper out")
    printers = [RecordingPrinter(), RecordingPrinter()]
    results = race(shop.url, *[lambda db, p=p: send_logged(db.session, p, "T1-77310000000001", b"label",
                                                           waybill_no="77310000000001") for p in printers])
    assert sum(len(p.jobs) for p in printers) == 1
    assert [type(e) for e in errors(results)] == [PrintInDoubt]


def test_two_reprints_of_one_label_at_once_are_both_logged_and_sent(shop):
    with shop.session() as s:
        claim(s, "T1-77310000000001", b"label", waybill_no="77310000000001")
    printers = [RecordingPrinter(), RecordingPrinter()]
    results = race(shop.url, *[lambda db, p=p: send_logged(db.session, p, "T1-77310000000001", b"label",
                                                           reprint=True, reason="smudged") for p in printers])
    assert errors(results) == []
    assert sorted(r.job_id for r in results) == ["T1-77310000000001~R1", "T1-77310000000001~R2"]
    with shop.session() as s:
        assert s.scalar(select(func.count(PrintJob.id)).where(PrintJob.reprint.is_(True))) == 2
