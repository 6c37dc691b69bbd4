"""The fixture day for the supervisor's ledger, built by running real pack flows through StationService, and
the checks that it is the day the other ledger tests count on.

Two packers, two couriers, six orders of every complexity, one wrong item caught, one weight override, one
void and reship, one reprint:

=====  ======  =======  ==========  =====================  ==========================
order  packer  courier  complexity  items                  what happens
=====  ======  =======  ==========  =====================  ==========================
T1     王芳    ZTO      single      1 × TS-BLK-M           a wrong item scanned first
T2     王芳    ZTO      mixed       2 × TS-BLK-L, 6 × SK   quantity typed
T3     王芳    ZTO      single      1 × JN-BLU-30          manual check, weight override
T4     张伟    SF       multi_unit  3 × CAP-RED
T5     张伟    ZTO      single      1 × TS-BLK-M           reprinted
T6     张伟    ZTO      single      1 × TS-BLK-L           voided, packed again
=====  ======  =======  ==========  =====================  ==========================
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Courier, Order, OrderLine, OrderStatus, Parcel, ParcelStatus, Product, Role, Setting
from app.services import auth, waybills
from app.services import supervisor as sv
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import ADMIN_PIN, SUPERVISOR_PIN, who

TS_M, TS_L, JEANS, SOCKS, CAP = "6900000000011", "6900000000028", "6900000000035", "6900000000042", "6900000000059"


@dataclass
class Day:
    db: object
    packer1: object
    packer2: object
    sup: object
    admin: object
    waybill: dict          # order_no → waybill of its live parcel
    void_waybill: str      # T6's first label, voided
    stations: dict




def _pack(st, order_no, scans, weight=None, check=False, override=None):
    st.scan(order_no)
    for code in scans:
        if code.startswith("qty:"):
            st.type_quantity(code[4:])
        elif code == "ack":
            st.acknowledge()
        else:
            st.scan(code)
    if check:
        st.confirm_check()
    st.weight(0, True)
    st.weight(weight if weight is not None else st.state.expected_g, True)
    if override:
        st.override("B9001", SUPERVISOR_PIN, override)
    state = st.sign_off()
    assert state.waybill_no, (order_no, state)
    return state.waybill_no


def build_day(db) -> Day:
    with db.session() as s:
        auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
        waybills.load_numbers(s, "SF", waybills.expand_range("SF", 1, 20, 12))
        s.merge(Setting(key="default_courier", value=json.dumps("ZTO")))
        prods = {p.sku: p for p in s.scalars(select(Product))}
        sf = s.scalar(select(Courier).where(Courier.code == "SF"))
        for no, shop, channel, province, city, amount in (
                ("T1", "小美旗舰店", "taobao", "浙江省", "杭州市", "59.00"),
                ("T2", "小美旗舰店", "taobao", "浙江省", "杭州市", "188.50"),
                ("T3", "小美旗舰店", "tmall", "浙江省", "宁波市", "239.00")):
            o = s.scalar(select(Order).where(Order.order_no == no))
            o.shop, o.channel, o.province, o.city, o.amount = shop, channel, province, city, Decimal(amount)

        def order(no, lines, province, city, amount, courier=None, shop="小美旗舰店", channel="taobao"):
            o = Order(order_no=no, recipient_name="林晓", phone="13987654321", province=province, city=city,
                      district="", address="人民路1号5栋702室", shop=shop, channel=channel, amount=Decimal(amount),
                      courier_id=courier.id if courier else None)
            for i, (sku, qty) in enumerate(lines, 1):
                o.lines.append(OrderLine(line_no=i, product_id=prods[sku].id, qty=qty))
            s.add(o)

        order("T4", [("CAP-RED", 3)], "广东省", "深圳市", "87.00", courier=sf, shop="二号店", channel="jd")
        order("T5", [("TS-BLK-M", 1)], "江苏省", "南京市", "49.00")
        order("T6", [("TS-BLK-L", 1)], "上海市", "上海市", "52.00")
    p1, p2, sup, admin = who(db, "B1001"), who(db, "B1002"), who(db, "B9001"), who(db, "B9999")
    st1 = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st2 = StationService(db, "PACK-02", RecordingPrinter(), render_label=fake_render)
    st1.sign_on("B1001")
    wb = {}
    wb["T1"] = _pack(st1, "T1", [CAP, "ack", TS_M])
    wb["T2"] = _pack(st1, "T2", [TS_L, TS_L, SOCKS, "qty:6"])
    wb["T3"] = _pack(st1, "T3", [JEANS], weight=900, check=True, override="厚包装 thick padding")
    st2.sign_on("B1002")
    wb["T4"] = _pack(st2, "T4", [CAP, "qty:3"])
    wb["T5"] = _pack(st2, "T5", [TS_M])
    void = _pack(st2, "T6", [TS_L])
    sv.void_waybill(db, sup, void, "label torn 面单撕破")
    wb["T6"] = _pack(st2, "T6", [TS_L])
    sv.reprint(db, sup, wb["T5"], "smudged 面单模糊")
    return Day(db, p1, p2, sup, admin, wb, void, {"PACK-01": st1, "PACK-02": st2})


@pytest.fixture
def day(shop) -> Day:
    return build_day(shop)


def test_the_fixture_day_is_what_the_ledger_tests_count_on(day):
    assert day.waybill == {"T1": "77310000000001", "T2": "77310000000002", "T3": "77310000000003",
                           "T4": "SF000000000001", "T5": "77310000000004", "T6": "77310000000006"}
    assert day.void_waybill == "77310000000005"
    with day.db.session() as s:
        shipped = s.scalars(select(Order.order_no).where(Order.status == OrderStatus.SHIPPED,
                                                         Order.shipped_at.is_not(None))).all()
        assert sorted(shipped) == ["T1", "T2", "T3", "T4", "T5", "T6"]
        parcels = {p.waybill_no: p for p in s.scalars(select(Parcel))}
        assert parcels[day.void_waybill].status is ParcelStatus.VOID
        assert parcels["77310000000003"].weight_g == 900 and parcels["77310000000003"].weight_override_by
        assert parcels["77310000000004"].reprints == 1
