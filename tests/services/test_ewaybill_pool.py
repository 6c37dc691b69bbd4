"""Numbers fetched ahead of need (app.services.ewaybill.pool) against the local 快递100 server: the station
signs off on a prefetched number with the network gone, numbers not used go back through the cancel call, the
levels warn, the range courier keeps working."""
import time

import pytest
from sqlalchemy import select

from app.domain.packflow import Err, Phase
from app.models import Courier, CourierAccount, EWaybill, EWaybillStatus, Order, OrderStatus, Parcel
from app.services import couriers as cs
from app.services.ewaybill import pool
from app.services.station import StationService
from tests.fakes import RecordingPrinter
from tests.kuaidi100_server import KEY, SECRET, Kuaidi100Server

ORDERS = ("T1", "T2", "T3")


@pytest.fixture
def srv():
    with Kuaidi100Server() as server:
        yield server


@pytest.fixture
def eshop(shop, srv):
    """YTO on a 快递100 account (the local server), T1–T3 for YTO; ZTO stays on its number range."""
    with shop.session() as s:
        cs.edit_in(s, None, "YTO", {"waybill_source": "kuaidi100"})
        cs.set_account_in(s, None, "YTO", "", {"endpoint": srv.url, "api_key": KEY, "api_secret": SECRET,
                                               "partner_id": "yto-acc", "partner_key": "yk", "prefetch": 3})
        yto = s.scalar(select(Courier.id).where(Courier.code == "YTO"))
        for o in s.scalars(select(Order).where(Order.order_no.in_(ORDERS))):
            o.courier_id = yto
    return shop


def ready(db, order_no=None):
    with db.session() as s:
        q = select(EWaybill).join(Order, Order.id == EWaybill.order_id).where(EWaybill.status == EWaybillStatus.READY)
        if order_no:
            q = q.where(Order.order_no == order_no)
        return [(e.number, e.sort_code, e.hub) for e in s.scalars(q)]


def level(db, code):
    return next(lv for lv in pool.levels(db) if lv.courier == code)


def pack(db, order_no, labels, barcodes=("6900000000011",)):
    def render(label):
        labels.append(label)
        return b"LABEL " + label.waybill_no.encode(), b"png"

    st = StationService(db, "PACK-01", RecordingPrinter(), render_label=render)
    st.sign_on("B1001")
    st.scan(order_no)
    for b in barcodes:
        st.scan(b)
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    st.sign_off()
    return st


def test_refill_keeps_the_waiting_orders_numbered_and_the_levels_say_so(eshop, srv):
    assert level(eshop, "YTO").ready == 0 and level(eshop, "YTO").waiting == 3 and level(eshop, "YTO").low
    got = pool.refill(eshop)
    assert (got.fetched, got.failed) == (3, 0)
    assert sorted(n for n, _s, _h in ready(eshop)) == sorted(srv.issued)
    assert ready(eshop, "T1")[0][1:] == ("杭州 300-W12 07", "杭州转运中心")
    lv = level(eshop, "YTO")
    assert (lv.source, lv.ready, lv.waiting, lv.low, lv.problem) == ("kuaidi100", 3, 0, False, "")
    assert pool.refill(eshop).fetched == 0, "full: nothing more is fetched"
    zto = level(eshop, "ZTO")
    assert (zto.source, zto.ready, zto.low) == ("range", 50, True), "50 free numbers, warned below 200"
    # HOLD (on hold), REFUND, SHIPPED and CANCEL got no number
    assert len(srv.issued) == 3


@pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server
def test_sign_off_takes_the_prefetched_number_with_the_network_gone(eshop, srv):
    pool.refill(eshop)
    (number, sort_code, hub), = ready(eshop, "T1")
    srv.down = True  # the line must not notice
    labels = []
    st = pack(eshop, "T1", labels)
    assert st.state.phase is Phase.DONE, st.state.error
    assert labels[-1].waybill_no == number and labels[-1].route_code == sort_code and labels[-1].hub == hub
    with eshop.session() as s:
        assert s.scalar(select(Parcel.waybill_no).join(Order).where(Order.order_no == "T1")) == number
        assert s.scalar(select(EWaybill.status).where(EWaybill.number == number)) is EWaybillStatus.USED


def test_an_order_the_pool_has_not_reached_is_fetched_at_sign_off(eshop, srv):
    labels = []
    st = pack(eshop, "T1", labels)
    assert st.state.phase is Phase.DONE and labels[-1].waybill_no in srv.issued


def test_no_number_and_no_network_stops_this_parcel_only_and_the_range_courier_goes_on(eshop, srv):
    srv.down = True
    labels = []
    st = pack(eshop, "T1", labels)
    assert st.state.error is not None and st.state.error.code is Err.NO_WAYBILL and not labels
    with eshop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is not OrderStatus.SHIPPED
        s.scalar(select(Order).where(Order.order_no == "T1")).courier_id = None  # the default: ZTO's range
        from app.models import Setting
        import json
        s.merge(Setting(key="default_courier", value=json.dumps("ZTO")))
    st.acknowledge()
    st.sign_off()
    assert st.state.phase is Phase.DONE and labels[-1].waybill_no.startswith("7731")


def test_numbers_not_used_are_cancelled_with_the_provider(eshop, srv):
    pool.refill(eshop)
    (t2, _s, _h), = ready(eshop, "T2")
    (t3, _s, _h), = ready(eshop, "T3")
    with eshop.session() as s:
        s.scalar(select(Order).where(Order.order_no == "T2")).status = OrderStatus.CANCELLED
        s.scalar(select(Order).where(Order.order_no == "T3")).courier_id = s.scalar(
            select(Courier.id).where(Courier.code == "ZTO"))
    assert pool.recycle(eshop) == 2
    assert srv.issued[t2]["cancelled"] and srv.issued[t3]["cancelled"]
    with eshop.session() as s:
        assert {s.scalar(select(EWaybill.status).where(EWaybill.number == n)) for n in (t2, t3)} == {
            EWaybillStatus.CANCELLED}
    assert pool.recycle(eshop) == 0


@pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server
def test_a_spare_number_from_a_race_is_given_back(eshop, srv):
    with eshop.session() as s:
        oid = s.scalar(select(Order.id).where(Order.order_no == "T1"))
    assert pool._fetch(eshop, oid, pool.kuaidi100_for, 5) is not None
    assert pool._fetch(eshop, oid, pool.kuaidi100_for, 5) is None
    assert len(ready(eshop, "T1")) == 1 and sum(v["cancelled"] for v in srv.issued.values()) == 1


def test_no_balance_warns_until_numbers_come_through_again(eshop, srv):
    srv.balance = 0
    got = pool.refill(eshop)
    assert (got.fetched, got.failed) == (0, 1) and "no numbers left" in got.errors[0]
    lv = level(eshop, "YTO")
    assert lv.low and "no numbers left" in lv.problem and lv.problem_params == {"courier": "YTO"}
    srv.balance = 10
    assert pool.refill(eshop).fetched == 3
    assert level(eshop, "YTO").problem == ""


def test_an_account_per_shop_is_used_for_that_shop(eshop, srv):
    with eshop.session() as s:
        cs.set_account_in(s, None, "YTO", "二号店", {"endpoint": srv.url, "api_key": KEY, "api_secret": SECRET,
                                                  "partner_id": "flagship-acc"})
        s.scalar(select(Order).where(Order.order_no == "T1")).shop = "二号店"
    pool.refill(eshop)
    import json
    partners = {json.loads(r["param"])["orderId"]: json.loads(r["param"])["partnerId"] for r in srv.requests}
    assert partners == {"T1": "flagship-acc", "T2": "yto-acc", "T3": "yto-acc"}
    with eshop.session() as s:
        accs = {a.id: a.shop for a in s.scalars(select(CourierAccount))}
        t1 = s.scalar(select(EWaybill).join(Order).where(Order.order_no == "T1"))
        assert accs[t1.account_id] == "二号店"


def test_the_background_thread_fills_the_pool(eshop, srv):
    thread = pool.Prefetcher(eshop, interval_s=0.05)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while len(ready(eshop)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        thread.stop()
    assert len(ready(eshop)) == 3 and not thread.is_alive() and thread.rounds >= 1


def test_a_voided_waybill_goes_back_to_the_provider_and_the_order_gets_a_new_one(eshop, srv):
    from app.services import supervisor
    from tests.people import who

    pool.refill(eshop)
    labels = []
    pack(eshop, "T1", labels)
    first = labels[-1].waybill_no
    supervisor.void_waybill(eshop, who(eshop, "B9001"), first, "面单撕坏 torn")
    assert pool.recycle(eshop) == 1 and srv.issued[first]["cancelled"]
    pool.refill(eshop)  # T1 is waiting again: a new number for it
    (second, _s, _h), = ready(eshop, "T1")
    assert second != first
    pack(eshop, "T1", labels)
    assert labels[-1].waybill_no == second


def test_a_courier_with_only_a_shop_account_is_not_said_to_have_none(shop, srv):
    with shop.session() as s:
        cs.edit_in(s, None, "YTO", {"waybill_source": "kuaidi100"})
        cs.set_account_in(s, None, "YTO", "旗舰店", {"endpoint": srv.url, "api_key": KEY, "api_secret": SECRET,
                                                  "partner_id": "flagship-acc", "prefetch": 2})
    assert level(shop, "YTO").problem == ""


def test_a_changed_address_gets_a_new_number_and_the_old_one_is_cancelled(eshop, srv):
    pool.refill(eshop)
    (old, _s, _h), = ready(eshop, "T1")
    with eshop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        o.province, o.city, o.district, o.address = "上海市", "上海市", "浦东新区", "世纪大道100号"
    labels = []
    pack(eshop, "T1", labels)
    assert labels[-1].waybill_no != old and labels[-1].route_code.startswith("上海"), "routed for the new address"
    assert pool.recycle(eshop) == 1 and srv.issued[old]["cancelled"]


@pytest.mark.both_dbs
def test_one_station_refills_at_a_time(eshop):
    assert pool.take_lease(eshop, "PACK-01", 60)
    assert pool.take_lease(eshop, "PACK-01", 60), "the holder renews it"
    assert not pool.take_lease(eshop, "PACK-02", 60)
    assert pool.take_lease(eshop, "PACK-01", -1)  # renewed into the past: expired
    assert pool.take_lease(eshop, "PACK-02", 60), "an expired lease is taken over"
    assert not pool.take_lease(eshop, "PACK-01", 60)


def test_no_number_is_ordered_for_an_order_whose_shop_cannot_be_labelled(eshop, srv):
    """The sender the provider is told is the order's shop's; a shop not set up has none: the scan stops
    that order, so the pool orders no number for it (one would be wasted)."""
    with eshop.session() as s:
        s.scalar(select(Order).where(Order.order_no == "T1")).shop = "无此店"
    pool.refill(eshop)
    import json
    asked = {json.loads(r["param"])["orderId"]: json.loads(r["param"])["sendMan"]["name"] for r in srv.requests}
    assert "T1" not in asked and set(asked) == {"T2", "T3"}
    assert set(asked.values()) == {"小美服饰"}          # the default shop's sender, not a made-up one
