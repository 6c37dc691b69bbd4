"""Changes to an order by a supervisor (app.services.order_changes): each one, each refusal, the audit row and
the revision it bumps; a station that has the order open is told at its next scan or sign-off; merge, split,
reship and the flags that drive what happens next; bank transfers waiting at import."""
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.domain.packflow import Err, Phase
from app.domain.permissions import Forbidden
from app.models import (
    AuditLog, CaseKind, Courier, ExceptionCase, Flag, LinkKind, Order, OrderLine, OrderLink, OrderStatus, Parcel,
    ParcelStatus, Product, WaybillNumber, WaybillStatus,
)
from app.services import figures
from app.services import order_changes as oc
from app.services.importing import import_file
from app.services.supervisor import SupervisorError
from tests.people import who
from tests.services.test_supervisor import ship, station
from tests.services.test_importing import ORDER_HEADERS, ORDERS, products_db, write_csv  # noqa: F401


@pytest.fixture
def sup(shop):
    return who(shop, "B9001")


@pytest.fixture
def packer(shop):
    return who(shop, "B1001")


def order(db, no):
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        s.expunge(o)
        return o


def lines(db, no):
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        return [(ln.line_no, ln.product.sku, ln.qty, ln.price) for ln in o.lines]


def last_audit(db, action):
    with db.session() as s:
        return s.scalar(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id.desc()))


def add_order(db, no, *items, **kw):
    with db.session() as s:
        o = Order(order_no=no, recipient_name="陈小明", phone="13812345678", province="浙江省", city="杭州市",
                  district="西湖区", address="文三路478号华星科技大厦3号楼1502室", **kw)
        for i, (sku, qty, *price) in enumerate(items, 1):
            pid = s.scalar(select(Product.id).where(Product.sku == sku))
            o.lines.append(OrderLine(line_no=i, product_id=pid, qty=qty, price=Decimal(price[0] if price else "0")))
        s.add(o)


# ------------------------------------------------------------------------------------------ permissions
CHANGES = [
    lambda db, a: oc.change_courier(db, a, "T1", "SF", "buyer wants SF"),
    lambda db, a: oc.swap_sku(db, a, "T1", 1, "TS-BLK-L", "buyer wants L"),
    lambda db, a: oc.change_recipient(db, a, "T1", "moved", address="新地址1号"),
    lambda db, a: oc.cancel(db, a, "T1", "buyer cancelled"),
    lambda db, a: oc.add_gift(db, a, "T1", "SK-GRY", 1, "promotion"),
    lambda db, a: oc.split(db, a, "T2", {2: 3}, "socks later"),
    lambda db, a: oc.set_flag(db, a, "T1", Flag.BLUE, "exchange"),
]


@pytest.mark.parametrize("call", CHANGES, ids=["courier", "swap", "recipient", "cancel", "gift", "split", "flag"])
def test_every_change_is_refused_to_a_packer_and_the_refusal_audited(shop, packer, call):
    before = order(shop, "T1").revision, order(shop, "T2").revision
    with pytest.raises(Forbidden):
        call(shop, packer)
    assert (order(shop, "T1").revision, order(shop, "T2").revision) == before
    assert last_audit(shop, "refused").actor_id == packer.id


def test_a_change_needs_a_reason(shop, sup):
    with pytest.raises(SupervisorError, match="reason"):
        oc.change_courier(shop, sup, "T1", "SF", " ")


# ------------------------------------------------------------------------------------------ courier
def test_courier_changed_before_packing_bumps_the_revision_and_is_audited(shop, sup):
    rev = order(shop, "T1").revision
    out = oc.change_courier(shop, sup, "T1", "sf", "buyer pays for SF")
    assert out.voided == () and out.revision == rev + 1
    assert oc.order_sheet(shop, "T1").courier == "SF"
    a = last_audit(shop, "change_courier")
    assert a.actor_id == sup.id and a.reason == "buyer pays for SF"
    assert json.loads(a.after)["courier"] == "SF" and json.loads(a.before)["courier"] == ""


def test_courier_change_refusals(shop, sup):
    with pytest.raises(SupervisorError, match="no courier XX"):
        oc.change_courier(shop, sup, "T1", "XX", "why")
    oc.change_courier(shop, sup, "T1", "SF", "why")
    with pytest.raises(SupervisorError, match="already goes with SF"):
        oc.change_courier(shop, sup, "T1", "SF", "why")
    with pytest.raises(SupervisorError, match="cancelled"):
        oc.change_courier(shop, sup, "CANCEL", "SF", "why")
    with pytest.raises(SupervisorError, match="no order NOPE"):
        oc.change_courier(shop, sup, "NOPE", "SF", "why")
    with pytest.raises(SupervisorError, match="shipped: it cannot be changed"):
        oc.change_courier(shop, sup, "SHIPPED", "SF", "why")  # no label of ours to void: shipped elsewhere


@pytest.mark.both_dbs  # the shared server too: locks, sums, the line numbers moved
def test_courier_change_after_the_label_printed_voids_it_and_the_order_is_labelled_again(shop, sup):
    wb = ship(shop)
    with shop.session() as s:
        stock = s.scalar(select(Product.stock).where(Product.sku == "TS-BLK-M"))
    out = oc.change_courier(shop, sup, "T1", "SF", "buyer wants SF")
    assert out.voided == (wb,)
    o = order(shop, "T1")
    assert o.status is OrderStatus.OPEN
    with shop.session() as s:
        assert s.scalar(select(Parcel.status).where(Parcel.waybill_no == wb)) is ParcelStatus.VOID
        assert s.scalar(select(WaybillNumber.status).where(WaybillNumber.number == wb)) is WaybillStatus.VOID
        assert s.scalar(select(Product.stock).where(Product.sku == "TS-BLK-M")) == stock + 1
        assert s.scalar(select(Courier.code).where(Courier.id == o.courier_id)) == "SF"
    assert json.loads(last_audit(shop, "change_courier").after)["reissue"] is True
    # re-issued: packed again, the new label comes from the new courier's pool
    with shop.session() as s:
        from app.services import waybills
        waybills.load_numbers(s, "SF", waybills.expand_range("SF88", 1, 5, 8))
    wb2 = ship(shop)
    assert wb2 != wb and wb2.startswith("SF88")


def test_courier_change_refused_once_the_parcel_was_handed_to_the_courier(shop, sup):
    from app.services import pickups

    wb = ship(shop)
    p = pickups.open_pickup(shop, sup, "ZTO")
    pickups.scan_parcel(shop, sup, p.id, wb)
    with pytest.raises(SupervisorError, match="handed to the courier"):
        oc.change_courier(shop, sup, "T1", "SF", "too late")
    assert order(shop, "T1").status is OrderStatus.SHIPPED


# ------------------------------------------------------------------------------------------ SKU swap
def test_swap_to_another_size_of_the_same_style(shop, sup):
    rev = order(shop, "T1").revision
    assert oc.swap_sku(shop, sup, "T1", 1, "TS-BLK-L", "buyer wants L") == rev + 1
    assert lines(shop, "T1")[0][1] == "TS-BLK-L"
    a = last_audit(shop, "swap_sku")
    assert json.loads(a.before)["sku"] == "TS-BLK-M" and json.loads(a.after)["sku"] == "TS-BLK-L"
    assert [v.sku for v in oc.variants(shop, "TS-BLK-L")] == ["TS-BLK-M"]


def test_swap_refusals(shop, sup):
    with pytest.raises(SupervisorError, match="style JN01, not TS01"):
        oc.swap_sku(shop, sup, "T1", 1, "JN-BLU-30", "another style")
    with pytest.raises(SupervisorError, match="already TS-BLK-M"):
        oc.swap_sku(shop, sup, "T1", 1, "TS-BLK-M", "same")
    with pytest.raises(SupervisorError, match="no line 9"):
        oc.swap_sku(shop, sup, "T1", 9, "TS-BLK-L", "no line")
    with pytest.raises(SupervisorError, match="no SKU NOPE"):
        oc.swap_sku(shop, sup, "T1", 1, "NOPE", "unknown")
    with pytest.raises(SupervisorError, match="shipped"):
        oc.swap_sku(shop, sup, "SHIPPED", 1, "TS-BLK-L", "too late")
    with shop.session() as s:
        s.execute(update(Product).where(Product.sku == "TS-BLK-L").values(active=False))
    with pytest.raises(SupervisorError, match="no longer sold"):
        oc.swap_sku(shop, sup, "T1", 1, "TS-BLK-L", "gone")
    assert lines(shop, "T1")[0][1] == "TS-BLK-M"


# ------------------------------------------------------------------------------------------ recipient, cancel, gift
def test_recipient_phone_and_address_change(shop, sup):
    rev = order(shop, "T1").revision
    oc.change_recipient(shop, sup, "T1", "buyer moved", recipient="陈大明", phone="13900000000",
                        address="天目山路1号")
    o = order(shop, "T1")
    assert (o.recipient_name, o.phone, o.address, o.revision) == ("陈大明", "13900000000", "天目山路1号", rev + 1)
    assert json.loads(last_audit(shop, "edit_order").after)["phone"] == "13900000000"
    with pytest.raises(SupervisorError, match="cannot be empty"):
        oc.change_recipient(shop, sup, "T1", "why", recipient="  ")
    with pytest.raises(SupervisorError, match="no digits"):
        oc.change_recipient(shop, sup, "T1", "why", phone="abc")
    with pytest.raises(SupervisorError, match="shipped"):
        oc.change_recipient(shop, sup, "SHIPPED", "why", address="x路1号")


def test_cancel_before_shipping_refunds_and_a_shipped_order_is_refused_clearly(shop, sup):
    rev = order(shop, "T1").revision
    assert oc.cancel(shop, sup, "T1", "buyer cancelled") == rev + 1
    o = order(shop, "T1")
    assert o.status is OrderStatus.CANCELLED and o.refund_requested
    assert json.loads(last_audit(shop, "cancel_order").after) == {"status": "cancelled", "refund_requested": True}
    with pytest.raises(SupervisorError, match="already cancelled"):
        oc.cancel(shop, sup, "T1", "again")
    with pytest.raises(SupervisorError, match="order SHIPPED is shipped: it cannot be cancelled — intercept"):
        oc.cancel(shop, sup, "SHIPPED", "too late")


def test_gift_line_has_no_charge(shop, sup):
    rev = order(shop, "T2").revision
    assert oc.add_gift(shop, sup, "T2", "CAP-RED", 1, "双十一 gift") == 3
    assert lines(shop, "T2")[2] == (3, "CAP-RED", 1, Decimal("0.00"))
    sheet = oc.order_sheet(shop, "T2")
    assert sheet.lines[2].gift and not sheet.lines[0].gift and sheet.revision == rev + 1
    assert json.loads(last_audit(shop, "add_gift").after) == {"line": 3, "sku": "CAP-RED", "qty": 1}
    for qty in (0, 100):
        with pytest.raises(SupervisorError, match="1 to 99"):
            oc.add_gift(shop, sup, "T2", "CAP-RED", qty, "gift")
    with pytest.raises(SupervisorError, match="cancelled"):
        oc.add_gift(shop, sup, "CANCEL", "CAP-RED", 1, "gift")


# ------------------------------------------------------------------------------------------ a station is told
def test_a_station_with_the_order_open_re_verifies_at_its_next_scan(shop, sup):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T1")
    assert st.state.phase is Phase.PACKING
    oc.swap_sku(shop, sup, "T1", 1, "TS-BLK-L", "buyer wants L")
    with shop.session() as s:
        assert s.scalar(select(ExceptionCase).where(ExceptionCase.kind == CaseKind.ORDER_CHANGED)) is not None
    st.scan("6900000000011")  # the old size: this scan does not count, the order is reloaded
    assert st.state.notice == "order_changed"
    assert st.state.order.lines[0].product.sku == "TS-BLK-L"
    st.scan("6900000000011")  # now it is the wrong size
    assert st.state.error is not None and st.state.error.code is Err.WRONG_VARIANT


def test_a_station_signing_off_a_changed_order_prints_nothing_and_re_verifies(shop, sup):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    oc.add_gift(shop, sup, "T1", "SK-GRY", 1, "insert")
    st.sign_off()
    assert st.state.waybill_no is None and st.state.notice == "order_changed"
    assert [ln.product.sku for ln in st.state.order.lines] == ["TS-BLK-M", "SK-GRY"]
    assert st.printer.jobs == []


def test_a_station_with_a_cancelled_order_open_is_told_it_left(shop, sup):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T1")
    oc.cancel(shop, sup, "T1", "refund")
    st.scan("6900000000011")
    assert (st.state.phase, st.state.order, st.state.notice) == (Phase.IDLE, None, "taken_away")
    assert order(shop, "T1").status is OrderStatus.CANCELLED


# ------------------------------------------------------------------------------------------ merge
@pytest.mark.both_dbs  # the shared server too: locks, sums, the line numbers moved
def test_merge_same_buyer_and_address_into_one_parcel_and_unmerge(shop, sup):
    add_order(shop, "M1", ("TS-BLK-M", 1), buyer_id="tb_chen")
    add_order(shop, "M2", ("CAP-RED", 2), ("SK-GRY", 1), buyer_id="tb_chen")
    assert [c.order_no for c in oc.merge_candidates(shop, "M1") if c.same_buyer] == ["M2"]
    rev2 = order(shop, "M2").revision
    assert oc.merge(shop, sup, "M1", ["M2"], "one parcel") == 1
    assert lines(shop, "M1") == [(1, "TS-BLK-M", 1, Decimal("0.00")), (2, "CAP-RED", 2, Decimal("0.00")),
                                 (3, "SK-GRY", 1, Decimal("0.00"))]
    m2 = order(shop, "M2")
    assert m2.status is OrderStatus.MERGED and m2.revision == rev2 + 1 and lines(shop, "M2") == []
    assert oc.order_sheet(shop, "M2").merged_into == "M1"
    assert ("merge", "to", "M2") in oc.order_sheet(shop, "M1").links
    assert json.loads(last_audit(shop, "merge_orders").after)["merged"] == ["M2"]
    # a station scanning the merged order is sent to the other one
    st = station(shop)
    st.sign_on("B1001")
    st.scan("M2")
    assert st.state.error.code is Err.ORDER_MERGED and st.state.error.params["into"] == "M1"
    with pytest.raises(SupervisorError, match="merged into M1"):
        oc.swap_sku(shop, sup, "M2", 1, "TS-BLK-L", "xx")
    with pytest.raises(SupervisorError, match="carries merged orders M2"):
        oc.cancel(shop, sup, "M1", "xx")
    assert oc.unmerge(shop, sup, "M1", "two parcels after all") == ["M2"]
    assert lines(shop, "M1") == [(1, "TS-BLK-M", 1, Decimal("0.00"))]
    assert [ln[:3] for ln in lines(shop, "M2")] == [(1, "CAP-RED", 2), (2, "SK-GRY", 1)]
    assert order(shop, "M2").status is OrderStatus.OPEN
    assert last_audit(shop, "unmerge_orders") is not None
    with pytest.raises(SupervisorError, match="no merged orders"):
        oc.unmerge(shop, sup, "M1", "again")


def test_merge_refuses_other_buyers_without_the_override_and_audits_the_override(shop, sup):
    add_order(shop, "M1", ("TS-BLK-M", 1), buyer_id="tb_chen")
    add_order(shop, "M3", ("CAP-RED", 1), buyer_id="tb_other")
    with pytest.raises(SupervisorError, match="buyer tb_other, not tb_chen"):
        oc.merge(shop, sup, "M1", ["M3"], "promotion")
    assert order(shop, "M3").status is OrderStatus.OPEN
    oc.merge(shop, sup, "M1", ["M3"], "promotion items", other_buyers=True)
    assert json.loads(last_audit(shop, "merge_orders").after)["other_buyers"] == ["M3"]


def test_merge_refusals(shop, sup, packer):
    add_order(shop, "M1", ("TS-BLK-M", 1), buyer_id="b")
    add_order(shop, "M4", ("CAP-RED", 1), buyer_id="b")
    with shop.session() as s:
        s.execute(update(Order).where(Order.order_no == "M4").values(address="别的路9号"))
    with pytest.raises(SupervisorError, match="another recipient or address"):
        oc.merge(shop, sup, "M1", ["M4"], "xx")
    with pytest.raises(SupervisorError, match="shipped: only orders waiting"):
        oc.merge(shop, sup, "M1", ["SHIPPED"], "xx")
    with pytest.raises(SupervisorError, match="on hold"):
        oc.merge(shop, sup, "M1", ["HOLD"], "xx")
    with pytest.raises(SupervisorError, match="named twice"):
        oc.merge(shop, sup, "M1", ["M1"], "xx")
    with pytest.raises(SupervisorError, match="choose the orders"):
        oc.merge(shop, sup, "M1", [], "xx")
    with pytest.raises(Forbidden):
        oc.merge(shop, packer, "M1", ["M4"], "xx")
    with pytest.raises(Forbidden):
        oc.unmerge(shop, packer, "M1", "xx")


# ------------------------------------------------------------------------------------------ split
@pytest.mark.both_dbs  # the shared server too: locks, sums, the line numbers moved
def test_split_the_rest_ships_later_in_a_linked_order_on_hold(shop, sup):
    rev = order(shop, "T2").revision
    new = oc.split(shop, sup, "T2", {1: 1, 2: 6}, "socks and one shirt later")
    assert new == "T2-S1"
    assert [ln[:3] for ln in lines(shop, "T2")] == [(1, "TS-BLK-L", 1)]
    assert [ln[:3] for ln in lines(shop, new)] == [(1, "TS-BLK-L", 1), (2, "SK-GRY", 6)]
    n = order(shop, new)
    assert n.flag is Flag.YELLOW and n.status is OrderStatus.OPEN and order(shop, "T2").revision == rev + 1
    t2 = order(shop, "T2").id
    with shop.session() as s:
        link = s.scalar(select(OrderLink).where(OrderLink.kind == LinkKind.SPLIT))
        assert (link.order_id, link.other_id) == (t2, n.id)
        assert s.scalar(select(ExceptionCase).where(ExceptionCase.order_id == n.id,
                                                    ExceptionCase.kind == CaseKind.HOLD)) is not None
    assert ("split", "to", new) in oc.order_sheet(shop, "T2").links
    assert ("split", "from", "T2") in oc.order_sheet(shop, new).links
    assert json.loads(last_audit(shop, "split_order").after)["later"] == new


def test_split_refusals(shop, sup):
    with pytest.raises(SupervisorError, match="not every unit"):
        oc.split(shop, sup, "T2", {1: 2, 2: 6}, "all")
    with pytest.raises(SupervisorError, match="1 to 6 units, not 7"):
        oc.split(shop, sup, "T2", {2: 7}, "too many")
    with pytest.raises(SupervisorError, match="choose at least one line"):
        oc.split(shop, sup, "T2", {}, "none")
    with pytest.raises(SupervisorError, match="shipped"):
        oc.split(shop, sup, "SHIPPED", {1: 1}, "xx")
    assert oc.split(shop, sup, "T2", {2: 1}, "one later", hold=False) == "T2-S1"
    assert order(shop, "T2-S1").flag is Flag.NONE


# ------------------------------------------------------------------------------------------ reship
@pytest.mark.both_dbs  # the shared server too: locks, sums, the line numbers moved
def test_reship_of_missing_items_charged_to_the_packer_and_counted_as_a_cost_of_errors(shop, sup):
    with shop.session() as s:
        s.execute(update(OrderLine).where(OrderLine.order_id == select(Order.id).where(Order.order_no == "T2")
                                          .scalar_subquery()).values(price=Decimal("20.00")))
    ship(shop, "T2", ["6900000000028"] * 2 + ["6900000000042"] * 6)
    r = oc.reship(shop, sup, "T2", {2: 2}, "packing", "two socks missing")
    assert r == "T2-R1"
    ro = order(shop, r)
    assert ro.status is OrderStatus.OPEN and ro.amount == 0
    assert [ln[:3] for ln in lines(shop, r)] == [(1, "SK-GRY", 2)]
    a = json.loads(last_audit(shop, "reship").after)
    assert a["packer"] == "王芳" and a["cause"] == "packing" and a["cost"] == "40.00"
    assert "T2-R1" in order(shop, "T2").seller_note
    rows = oc.reships(shop)
    assert [(x.reship_no, x.order_no, x.cause, x.packer, x.items, x.state) for x in rows] == [
        ("T2-R1", "T2", "packing", "王芳", 2, "open")]
    costs = figures.error_costs(shop, sup, date.today() - timedelta(days=1), date.today() + timedelta(days=1))
    assert [(c.cause, c.packer, c.reships, c.items, c.cost) for c in costs] == [
        ("packing", "王芳", 1, 2, Decimal("40.00"))]
    # tracked to closed: packed and labelled as its own order, then closed
    with pytest.raises(SupervisorError, match="not shipped yet"):
        oc.close_reship(shop, sup, r, "delivered")
    ship(shop, r, ["6900000000042"] * 2)
    assert oc.reships(shop)[0].state == "shipped"
    oc.close_reship(shop, sup, r, "buyer has the socks")
    assert oc.reships(shop)[0].state == "closed" and oc.reships(shop, open_only=True) == []
    with pytest.raises(SupervisorError, match="already closed"):
        oc.close_reship(shop, sup, r, "again")


def test_reship_of_a_courier_fault_names_no_packer_and_takes_the_cost_given(shop, sup):
    ship(shop)
    r = oc.reship(shop, sup, "T1", {1: 1}, "courier", "lost in transit", cost=Decimal("12.50"))
    assert oc.reships(shop)[0].packer == ""
    costs = figures.error_costs(shop, sup, date.today(), date.today())
    assert [(c.cause, c.packer_id, c.cost) for c in costs] == [("courier", None, Decimal("12.50"))]
    assert oc.reship(shop, sup, "T1", {1: 1}, "stock", "wrong colour sent") == "T1-R2" != r


def test_reship_refusals(shop, sup, packer):
    with pytest.raises(SupervisorError, match="only a shipped order is reshipped"):
        oc.reship(shop, sup, "T1", {1: 1}, "packing", "xx")
    with pytest.raises(SupervisorError, match="the cause is packing, courier, stock or other"):
        oc.reship(shop, sup, "SHIPPED", {1: 1}, "weather", "xx")
    with pytest.raises(SupervisorError, match="1 to 1 units, not 2"):
        oc.reship(shop, sup, "SHIPPED", {1: 2}, "other", "xx")
    with pytest.raises(SupervisorError, match="cost cannot be negative"):
        oc.reship(shop, sup, "SHIPPED", {1: 1}, "other", "xx", cost=Decimal("-1"))
    with pytest.raises(Forbidden):
        oc.reship(shop, packer, "SHIPPED", {1: 1}, "other", "xx")
    with pytest.raises(SupervisorError, match="is no reship"):
        oc.close_reship(shop, sup, "SHIPPED", "xx")


# ------------------------------------------------------------------------------------------ flags
def test_blue_and_purple_say_which_flow_to_open_and_bump_the_revision(shop, sup):
    rev = order(shop, "T1").revision
    assert oc.set_flag(shop, sup, "T1", Flag.BLUE, "buyer wants another size") == "exchange"
    assert oc.set_flag(shop, sup, "T1", Flag.PURPLE, "buyer returns it") == "return"
    assert oc.set_flag(shop, sup, "T1", Flag.NONE, "done") == ""
    assert order(shop, "T1").revision == rev + 3
    assert json.loads(last_audit(shop, "set_flag").before)["flag"] == "purple"


@pytest.mark.both_dbs  # the shared server too: locks, sums, the line numbers moved
def test_a_waiting_bank_transfer_is_not_packable_until_flagged_green(shop, sup):
    add_order(shop, "BANK1", ("TS-BLK-M", 1), status=OrderStatus.WAITING, seller_note="工商银行汇款 199元")
    st = station(shop)
    st.sign_on("B1001")
    st.scan("BANK1")
    assert st.state.error.code is Err.ORDER_UNPAID and order(shop, "BANK1").status is OrderStatus.WAITING
    st.acknowledge()
    assert oc.set_flag(shop, sup, "BANK1", Flag.GREEN, "到账 money in the bank") == ""
    o = order(shop, "BANK1")
    assert o.status is OrderStatus.OPEN and o.paid_at is not None
    assert json.loads(last_audit(shop, "set_flag").after)["status"] == "open"
    st.scan("BANK1")
    assert st.state.phase is Phase.PACKING


def test_import_keeps_an_unpaid_bank_transfer_as_waiting_and_drops_other_unpaid(products_db, tmp_path):  # noqa: F811
    rows = [list(r) for r in ORDERS]
    rows[2][9] = "等待买家付款"
    rows[2][11] = "银行汇款，到账后发货"
    rows[3][9] = "等待买家付款"
    res = import_file(products_db, write_csv(tmp_path / "orders.csv", ORDER_HEADERS, rows))
    assert (res.orders_added, res.orders_waiting, res.orders_ignored) == (2, 1, 1)
    with products_db.session() as s:
        st = dict(s.execute(select(Order.order_no, Order.status)).all())
    assert st["2942657773599346748"] is OrderStatus.WAITING and "231675287119647040" not in st
