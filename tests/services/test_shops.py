"""Shops (店铺): managed, audited, validated; every label's sender is the order's shop's, an order whose shop has
no sender is stopped at the scan, the packing slip has the shop's header, imports name unknown shops."""
import json

import pytest
from sqlalchemy import select

from app.domain.packflow import Err, Phase
from app.domain.permissions import Forbidden
from app.labels.content import label_content
from app.models import AuditLog, Order, OrderLine, OrderStatus, Product, Shop
from app.services import shops
from app.services.shops import ShopError, ShopFields
from app.services.station import StationService, label_renderer
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who

LIN = ShopFields(code="LIN", name="林家小铺", platform="pdd", sender_name="林家", sender_phone="13700001111",
                 province="福建省", city="泉州市", district="晋江市", address="陈埭镇江头村188号",
                 slip_header="林家小铺 发货单\n拼多多 · 售后请联系客服", default_courier="SF")


def add_order(db, no, shop_name, sku="TS-BLK-M"):
    with db.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == sku))
        o = Order(order_no=no, shop=shop_name, recipient_name="陈小明", phone="13812345678", province="浙江省",
                  city="杭州市", district="西湖区", address="文三路478号")
        o.lines.append(OrderLine(line_no=1, product_id=pid, qty=1))
        s.add(o)


def audits(db, action):
    with db.session() as s:
        return s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)).all()


# ------------------------------------------------------------------------------------------------ the service
def test_add_edit_retire_are_audited_and_listed(shop):
    sup = who(shop, "B9001")
    v = shops.add_shop(shop, sup, LIN)
    assert (v.code, v.platform, v.has_sender, v.return_address) == ("LIN", "pdd", True, "福建省泉州市晋江市陈埭镇江头村188号")
    assert json.loads(audits(shop, "add_shop")[0].after)["sender_phone"] == "13700001111"
    v = shops.edit_shop(shop, sup, "LIN", ShopFields(**{**LIN.__dict__, "sender_phone": "0595-85123456"}), "换号码")
    assert v.sender_phone == "0595-85123456"
    row = audits(shop, "edit_shop")[0]
    assert (json.loads(row.before), json.loads(row.after), row.reason) == (
        {"sender_phone": "13700001111"}, {"sender_phone": "0595-85123456"}, "换号码")
    shops.retire_shop(shop, sup, "LIN", "不再合作")
    listed = {x.code: x for x in shops.list_shops(shop)}
    assert not listed["LIN"].active and listed["XM"].is_default and listed["XM"].active
    assert [x.code for x in shops.list_shops(shop, include_retired=False)] == ["ER", "XM"]
    with pytest.raises(ShopError, match="already retired"):
        shops.retire_shop(shop, sup, "LIN", "again")
    shops.restore_shop(shop, sup, "LIN", "又合作了")
    assert shops.get_shop(shop, "LIN").active


@pytest.mark.parametrize("change, field, words", [
    ({"sender_phone": "12345"}, "sender_phone", "not a phone number"),
    ({"sender_phone": "138****5678"}, "sender_phone", "not a phone number"),
    ({"sender_phone": ""}, "sender_phone", "name, phone and return address together"),
    ({"address": ""}, "address", "name, phone and return address together"),
    ({"address": "1号", "province": "", "city": "", "district": ""}, "address", "too short"),
    ({"province": "泉州"}, "province", "is not a province"),
    ({"platform": "amazon"}, "platform", "unknown platform"),
    ({"code": "林 家"}, "code", "letters, digits"),
    ({"name": "  "}, "name", "needs a name"),
    ({"name": "小美旗舰店"}, "name", "shop XM already has the name"),
    ({"default_courier": "NOPE"}, "default_courier", "no courier NOPE"),
    ({"slip_header": "一\n二\n三\n四"}, "slip_header", "at most 3 lines"),
    ({"sender_name": "林\x07家"}, "sender_name", "control character"),
])
def test_a_bad_field_is_refused_naming_it_and_nothing_is_saved(shop, change, field, words):
    sup = who(shop, "B9001")
    with pytest.raises(ShopError, match=words) as exc:
        shops.add_shop(shop, sup, ShopFields(**{**LIN.__dict__, **change}))
    assert exc.value.field == field
    assert "LIN" not in {x.code for x in shops.list_shops(shop)}


def test_a_service_number_and_a_landline_are_phones():
    assert shops.check_phone("400-820-8820") == "400-820-8820"
    assert shops.check_phone("0571-88123456") == "0571-88123456"
    assert shops.check_phone("+86 137 0000 1111") == "13700001111"


def test_a_packer_may_not_manage_shops_and_the_refusal_is_audited(shop):
    packer = who(shop, "B1001")
    with pytest.raises(Forbidden):
        shops.add_shop(shop, packer, LIN)
    assert json.loads(audits(shop, "refused")[0].after)["stored_role"] == "packer"
    assert "LIN" not in {x.code for x in shops.list_shops(shop)}


def test_a_new_name_carries_the_shops_orders_and_one_default_at_a_time(shop):
    sup = who(shop, "B9001")
    add_order(shop, "E1", "二号店")
    er = shops.get_shop(shop, "ER")
    shops.edit_shop(shop, sup, "ER", ShopFields(**{**er.fields().__dict__, "name": "二号店（京东）",
                                                   "is_default": True}), "platform name")
    with shop.session() as s:
        assert s.scalar(select(Order.shop).where(Order.order_no == "E1")) == "二号店（京东）"
        assert s.scalars(select(Shop.code).where(Shop.is_default.is_(True))).all() == ["ER"]
        assert shops.sender_for(s, "").name == "二号店发货部"  # orders that name no shop: now ER's


def test_the_sender_is_the_shops_and_never_made_up(shop):
    with shop.session() as s:
        assert shops.sender_for(s, "二号店").name == "二号店发货部"
        assert shops.sender_for(s, "").shop == "小美旗舰店"  # the default shop's, for orders that name none
        with pytest.raises(shops.NoSender) as exc:
            shops.sender_for(s, "没有的店")
        assert (exc.value.why, exc.value.shop) == ("unknown", "没有的店")
        s.scalar(select(Shop).where(Shop.code == "XM")).is_default = False
        s.flush()
        with pytest.raises(shops.NoSender) as exc:
            shops.sender_for(s, "")
        assert exc.value.why == "no_shop"


# ------------------------------------------------------------------------------------------------ the labels
def _pack(st, no):
    assert st.scan(no).phase is Phase.PACKING, st.state.error
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(225, True)
    return st.sign_off()


def test_each_shops_label_carries_its_own_sender(shop):
    """Two orders of two shops through the real label renderer: the label's sender text is each shop's."""
    seen = []
    real = label_renderer()

    def render(label):
        seen.append(label)
        return real(label)

    add_order(shop, "E1", "二号店")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=render)
    st.sign_on("B1001")
    assert _pack(st, "T1").phase is Phase.DONE
    assert _pack(st, "E1").phase is Phase.DONE
    first, second = (label_content(x) for x in seen)
    assert (first["sender_name"], first["sender_phone"], first["sender_address"]) == (
        "小美服饰", "0571-88123456", "浙江省杭州市余杭区良睦路1399号")
    assert (second["sender_name"], second["sender_phone"], second["sender_address"]) == (
        "二号店发货部", "13900002222", "江苏省苏州市吴中区东吴北路88号")
    assert st.last_label_png.startswith(b"\x89PNG")


def test_an_order_whose_shop_has_no_sender_is_stopped_at_the_scan(shop):
    sup = who(shop, "B9001")
    shops.add_shop(shop, sup, ShopFields(code="NEW", name="新店", platform="douyin"))  # no sender yet
    add_order(shop, "N1", "新店")
    add_order(shop, "U1", "没有的店")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    state = st.scan("N1")
    assert state.error.code is Err.ORDER_NO_SENDER and state.error.params["shop"] == "新店"
    assert state.error.params["why"] == "no_sender" and state.order is None
    st.acknowledge()
    state = st.scan("U1")
    assert (state.error.code, state.error.params["shop"], state.error.params["why"]) == (
        Err.ORDER_NO_SENDER, "没有的店", "unknown")
    st.acknowledge()
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "N1")) is OrderStatus.OPEN
    shops.edit_shop(shop, sup, "NEW", ShopFields(code="NEW", name="新店", platform="douyin", sender_name="新店",
                                                 sender_phone="13600003333", province="广东省", city="广州市",
                                                 address="白云区太和镇1号"))
    assert _pack(st, "N1").phase is Phase.DONE


def test_a_retired_shops_orders_are_stopped_until_it_is_back(shop):
    sup = who(shop, "B9001")
    add_order(shop, "E1", "二号店")
    shops.retire_shop(shop, sup, "ER", "不再合作")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    assert (st.scan("E1").error.code, st.state.error.params["why"]) == (Err.ORDER_NO_SENDER, "retired")
    st.acknowledge()
    shops.restore_shop(shop, sup, "ER", "又合作了")
    assert _pack(st, "E1").phase is Phase.DONE


def test_a_sender_cleared_while_packing_prints_nothing(shop):
    st = StationService(shop, "PACK-01", printer := RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(225, True)
    with shop.session() as s:
        s.scalar(select(Shop).where(Shop.code == "XM")).sender_phone = ""
    state = st.sign_off()
    assert state.error.code is Err.ORDER_NO_SENDER and not printer.jobs
    assert state.phase is Phase.READY


def test_the_shops_default_courier_is_used_when_the_order_names_none(shop):
    from app.services import waybills

    with shop.session() as s:
        waybills.load_numbers(s, "SF", waybills.expand_range("SF", 1, 5, 12))
    shops.add_shop(shop, who(shop, "B9001"), LIN)
    add_order(shop, "L1", "林家小铺")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    assert _pack(st, "L1").waybill_no.startswith("SF")


def test_the_packing_slip_has_the_shops_header(shop):
    from app.services.documents import packing_slip, packing_slip_bytes

    shops.add_shop(shop, who(shop, "B9001"), LIN)
    add_order(shop, "L1", "林家小铺")
    slip = packing_slip(shop, "L1")
    assert (slip.shop_name, slip.header, slip.shop_phone) == ("林家小铺", LIN.slip_header, "13700001111")
    assert packing_slip_bytes(shop, "L1").startswith(b"%PDF")
    assert packing_slip(shop, "T1").shop_name == "小美旗舰店"  # no shop named: the default shop's


# ------------------------------------------------------------------------------------------------ the import
CSV = ("订单编号,收货人姓名,收货地址,联系手机,商家编码,购买数量,订单状态,店铺名称\n"
       "9001,张三,浙江省 杭州市 西湖区 文三路1号,13812345678,TS-BLK-M,1,买家已付款，等待卖家发货,{a}\n"
       "9002,李四,浙江省 杭州市 西湖区 文三路2号,13812345679,TS-BLK-M,1,买家已付款，等待卖家发货,{b}\n")


def test_an_import_naming_an_unknown_shop_keeps_the_orders_and_names_the_shop(shop, tmp_path):
    from app.cli import import_summary
    from app.services import importing

    f = tmp_path / "orders.csv"
    f.write_text(CSV.format(a="二号店", b="三号店"), encoding="utf-8")
    r = importing.import_file(shop, f)
    assert r.orders_added == 2 and r.unknown_shops == {"三号店": ["9002"]}
    assert "shop “三号店” is not set up (or retired): 1 order imported but stopped at the scan" in import_summary(r)
    assert [(u.name, u.open_orders) for u in shops.unknown_shops(shop)] == [("三号店", 1)]
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    assert st.scan("9002").error.params["shop"] == "三号店"


def test_an_import_for_one_shop_fills_the_shop_of_rows_that_name_none(shop, tmp_path):
    from app.services import importing

    f = tmp_path / "orders.csv"
    f.write_text(CSV.format(a="", b="小美旗舰店"), encoding="utf-8")
    r = importing.import_file(shop, f, shop="ER")
    assert r.unknown_shops == {}
    with shop.session() as s:
        assert dict(s.execute(select(Order.order_no, Order.shop).where(Order.order_no.in_(["9001", "9002"]))).all()) == {
            "9001": "二号店", "9002": "小美旗舰店"}
    with pytest.raises(importing.ImportRejected, match="there is no shop “NOPE”"):
        importing.import_file(shop, f, shop="NOPE")


def test_the_handover_manifest_names_the_shops_of_its_parcels(shop):
    from app.services import pickups

    add_order(shop, "E1", "二号店")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    waybills = [_pack(st, no).waybill_no for no in ("T1", "E1")]
    sup = who(shop, "B9001")
    pk = pickups.open_pickup(shop, sup, "ZTO")
    for wb in waybills:
        assert pickups.scan_parcel(shop, sup, pk.id, wb).ok
    assert pickups.manifest(shop, pk.id).shipper == "二号店、小美旗舰店"
