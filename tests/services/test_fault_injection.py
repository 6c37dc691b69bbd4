"""Fault injection: a station process packs, reprints and voids in a loop and is killed with SIGKILL at a
random moment, 200 times. After every kill the database must hold: no waybill number used twice or lost,
no order shipped without its printed parcel, every counted unit backed by its scan event (less the units put
back) — and a new
station process resumes where the dead one stopped."""
import os
import random
import signal
import time

import pytest
from sqlalchemy import func, insert, select

from app.db import Database
from app.models import (
    Order, OrderLine, OrderStatus, Parcel, ParcelStatus, Product, ScanEvent, WaybillNumber, WaybillStatus,
)
from app.services import supervisor as sv
from app.services import waybills
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who

RUNS = int(os.environ.get("PACKSTATION_FAULT_RUNS", "200"))
N_ORDERS = 400


@pytest.fixture
def floor(shop):
    with shop.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == "TS-BLK-M"))
        s.execute(insert(Order), [{"id": 1000 + i, "order_no": f"F{i:04d}", "recipient_name": "陈小明",
                                   "phone": "13812345678", "address": "文三路1号"} for i in range(N_ORDERS)])
        s.execute(insert(OrderLine), [{"order_id": 1000 + i, "line_no": 1, "product_id": pid, "qty": 1 + i % 3}
                                      for i in range(N_ORDERS)])
        waybills.load_numbers(s, "ZTO", waybills.expand_range("8800", 1, 3000, 10))
        s.execute(Product.__table__.update().values(stock=100000))
    return shop


def work(url: str, seed: int, beat: int) -> None:
    """The child: a station that never stops until it is killed; it writes a byte to `beat` after every
    action so the parent kills it in the middle of real work however slow the machine is."""
    db = Database(url)
    rng = random.Random(seed)
    st = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    sup = who(db, "B9001")
    while True:
        os.write(beat, b".")
        state = st.state
        if state.order is None:
            with db.session() as s:
                no = s.scalar(select(Order.order_no).where(Order.status == OrderStatus.OPEN,
                                                           Order.order_no.like("F%")).order_by(func.random()))
            st.scan(no)
            continue
        if state.error:
            st.acknowledge()
        elif not state.order.verified:
            st.scan("6900000000011")
        elif state.phase.value in ("weighing", "weight_out"):
            st.weight(0, True)
            st.weight(state.expected_g, True)
        elif state.phase.value == "ready":
            wb = st.sign_off().waybill_no
            if wb and rng.random() < 0.2:
                sv.reprint(db, sup, wb, "smudged")
            if wb and rng.random() < 0.1:
                sv.void_waybill(db, sup, wb, "torn")


def check(db: Database) -> None:
    with db.session() as s:
        parcels = s.execute(select(Parcel.waybill_no, Parcel.status, Parcel.order_id)).all()
        numbers = [p.waybill_no for p in parcels]
        assert len(numbers) == len(set(numbers)), "a waybill number on two parcels"
        taken = {n for n, in s.execute(select(WaybillNumber.number).where(WaybillNumber.status != WaybillStatus.FREE))}
        assert taken == set(numbers), "a number left the pool without a parcel, or a parcel without its number"
        void = {n for n, in s.execute(select(WaybillNumber.number).where(WaybillNumber.status == WaybillStatus.VOID))}
        assert void == {p.waybill_no for p in parcels if p.status is ParcelStatus.VOID}
        shipped = set(s.scalars(select(Order.id).where(Order.status == OrderStatus.SHIPPED,
                                                       Order.order_no.like("F%"))))
        printed = {p.order_id for p in parcels if p.status is ParcelStatus.PRINTED}
        assert shipped == printed, "an order shipped without its printed parcel (or the reverse)"
        voided_orders = {p.order_id for p in parcels if p.status is ParcelStatus.VOID}
        counted = dict(s.execute(select(OrderLine.order_id, func.sum(OrderLine.scanned_qty))
                                 .group_by(OrderLine.order_id)).all())
        scanned = dict(s.execute(select(ScanEvent.order_id, func.sum(ScanEvent.qty))
                                 .where(ScanEvent.kind.in_(["item", "quantity"]), ScanEvent.result == "ok")
                                 .group_by(ScanEvent.order_id)).all())
        # a sign-out mid-order puts the order back: its units go back to the shelf, recorded as put_back
        for oid, n in s.execute(select(ScanEvent.order_id, func.sum(ScanEvent.qty))
                                .where(ScanEvent.kind == "put_back").group_by(ScanEvent.order_id)):
            scanned[oid] = scanned.get(oid, 0) - n
        for oid, n in counted.items():
            if oid not in voided_orders:  # a void starts the count again
                assert n == scanned.get(oid, 0), f"order {oid}: {n} counted, {scanned.get(oid, 0)} scans"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_at_random_points(floor):
    url = str(floor.engine.url)
    floor.dispose()
    rng = random.Random(2026)
    for run in range(RUNS):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child dies by SIGKILL
            try:
                os.close(r)
                work(url, run, w)
            finally:
                os._exit(1)
        os.close(w)
        wanted, seen = rng.randint(1, 12), 0
        while seen < wanted:  # let it do a random number of actions …
            chunk = os.read(r, 64)
            if not chunk:
                break
            seen += len(chunk)
        time.sleep(rng.uniform(0, 0.004))  # … and kill it somewhere inside the next one
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(r)
        db = Database(url)
        check(db)
        # the program resumes: a new station finds the order this one had open, at the same counts
        st = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
        with db.session() as s:
            open_here = s.scalar(select(Order.order_no).where(Order.status == OrderStatus.PACKING))
        state = st.sign_on("B1001")
        assert (state.order.order_no if state.order else None) == open_here
        st.sign_out() if run % 2 else None
        db.dispose()
    db = Database(url)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Parcel)) > RUNS // 10, "the children did real work"
