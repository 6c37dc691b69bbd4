"""Courier choice per order (issue 15.5): the notes, remote areas and places a courier does not serve, weight
bands, the shop's default; chosen at the import and kept with why; a note asking for a courier the rules did
not pick is a question the station will not pack past until a supervisor decides; rule changes choose again
for the orders still open — never for one a supervisor decided, one at a station or one labelled."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.domain.packflow import Err, Phase
from app.domain.permissions import Forbidden
from app.models import AuditLog, CaseKind, CaseStatus, Courier, CourierRule, ExceptionCase, Order, OrderStatus
from app.services import courier_rules as cr
from app.services import order_changes as oc
from app.services import waybills
from app.services.importing import import_file
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who
from tests.services.test_importing import ORDER_HEADERS, write_csv

pytestmark = pytest.mark.both_dbs

OPEN = "买家已付款，等待卖家发货"
HZ = "浙江省 杭州市 西湖区 文三路478号华星科技大厦1502室(310012)"
LHASA = "西藏自治区 拉萨市 城关区 北京中路48号2单元301室(850000)"
URUMQI = "新疆维吾尔自治区 乌鲁木齐市 天山区 解放北路100号5栋201室(830000)"


def row(no, address=HZ, seller="", buyer="", sku="TS-BLK-M", qty="1", shop="小美旗舰店"):
    return [no, "buyer", "陈小明", address, "13812345678", "T恤", "颜色分类:黑色;尺码:M", qty, "49.00", OPEN,
            "没有申请退款", seller, buyer, sku, "49.00", "2026-12-03 10:00:00", shop]


def imported(db, tmp_path, rows, name="day.csv"):
    return import_file(db, write_csv(tmp_path / name, ORDER_HEADERS, rows))


def courier_of(db, no) -> tuple[str | None, dict]:
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        return (o.courier.code if o.courier else None), json.loads(o.courier_reason or "{}")


def open_question(db, no):
    with db.session() as s:
        oid = s.scalar(select(Order.id).where(Order.order_no == no))
        return cr.question(s, oid)


def station(db):
    st = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    return st


def pack(st, no, barcode="6900000000011", grams=225):
    assert st.scan(no).phase is Phase.PACKING, st.state.error
    st.scan(barcode)
    st.weight(0, True)
    st.weight(grams, True)
    return st.sign_off()


@pytest.fixture
def site(shop):
    """The small warehouse with numbers for four couriers, 中通 the site's default and two rules: the remote
    areas go with EMS, a parcel of 1 kg or more with 德邦."""
    sup = who(shop, "B9001")
    with shop.session() as s:
        for code, prefix in (("SF", "SF"), ("EMS", "EM"), ("DBL", "DB"), ("STO", "ST"), ("JTSD", "JT")):
            waybills.load_numbers(s, code, waybills.expand_range(prefix, 1, 20, 12))
    from app.services.reporting import put_setting
    with shop.session() as s:
        put_setting(s, "default_courier", "ZTO")
    cr.add_rule(shop, sup, "place", "EMS", places="新疆, 西藏, 青海", note="偏远地区")
    cr.add_rule(shop, sup, "weight", "DBL", min_g=1000)
    cr.set_courier_places(shop, sup, "JTSD", no_service="西藏, 新疆")
    return shop


def test_the_import_chooses_each_orders_courier_and_says_why(site, tmp_path):
    res = imported(site, tmp_path, [
        row("A1"),
        row("A2", seller="请发顺丰"),
        row("A3", buyer="一定要用申通！"),
        row("A4", address=LHASA),
        row("A5", sku="JN-BLU-30", qty="2"),          # 2 × 600 g: the weight band
        row("A6", buyer="不要发中通，谢谢"),
    ])
    assert res.orders_added == 6
    assert res.couriers == {"ZTO": 1, "SF": 1, "STO": 1, "EMS": 1, "DBL": 1, "": 1}   # A6: no courier left
    assert res.courier_asks == ["A6"]
    assert courier_of(site, "A1") == ("ZTO", {"by": "site", "courier": "ZTO"})
    assert courier_of(site, "A2") == ("SF", {"by": "note", "who": "seller", "courier": "SF", "words": "请发顺丰"})
    assert courier_of(site, "A3")[0] == "STO" and courier_of(site, "A3")[1]["who"] == "buyer"
    code, why = courier_of(site, "A4")
    assert (code, why["by"], why["kind"], why["place"]) == ("EMS", "rule", "place", "西藏")
    code, why = courier_of(site, "A5")
    assert (code, why["kind"], why["weight_g"], why["min_g"]) == ("DBL", "weight", 1200, 1000)
    code, why = courier_of(site, "A6")
    assert code is None and open_question(site, "A6")["ask"] == "none"
    assert why["skipped"][0] == {"courier": "ZTO", "why": "refused", "who": "buyer", "words": "不要发中通，谢"}
    assert all(open_question(site, no) is None for no in ("A1", "A2", "A3", "A4", "A5"))
    res = imported(site, tmp_path, [row("A1", buyer="请发极兔"), row("A7", address=URUMQI, buyer="请发极兔")],
                   name="day2.csv")
    assert (res.couriers, res.courier_asks) == ({"EMS": 1}, ["A7"])   # A1: 极兔 delivers to 杭州


def test_the_shops_default_comes_before_the_sites(site, tmp_path):
    from app.services import shops
    from tests.services.test_shops import LIN  # 林家小铺, default courier SF

    shops.add_shop(site, who(site, "B9001"), LIN)
    imported(site, tmp_path, [row("L1", shop="林家小铺"), row("L2", shop="林家小铺", address=URUMQI)])
    assert courier_of(site, "L1") == ("SF", {"by": "shop", "shop": "林家小铺", "courier": "SF"})
    assert courier_of(site, "L2")[0] == "EMS"


def test_a_note_asking_for_a_courier_that_cannot_go_waits_for_a_supervisor(site, tmp_path):
    imported(site, tmp_path, [row("Q1", address=URUMQI, buyer="请发极兔"), row("Q2")])
    code, why = courier_of(site, "Q1")
    assert code == "EMS" and why["ask"] == "note"
    q = open_question(site, "Q1")
    assert q == {"ask": "note", "who": "buyer", "wanted": "JTSD", "picked": "EMS", "words": "请发极兔",
                 "why": "not_served", "place": "新疆"}
    with site.session() as s:
        case = s.scalar(select(ExceptionCase).where(ExceptionCase.kind == CaseKind.COURIER))
        assert case.reason == "the note asks for 极兔速递, the rules chose 中国邮政 EMS: a supervisor decides"
    st = station(site)
    state = st.scan("Q1")
    assert state.order is None and state.error.code is Err.ORDER_COURIER_ASK
    assert state.error.params["wanted"] == "极兔速递"
    with site.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "Q1")) is OrderStatus.OPEN   # not claimed
    # the supervisor keeps the rules' choice: the question is answered, the order packs with EMS
    sup = who(site, "B9001")
    oc.change_courier(site, sup, "Q1", "EMS", "极兔不到新疆 J&T does not deliver there")
    assert open_question(site, "Q1") is None
    assert courier_of(site, "Q1") == ("EMS", {"by": "supervisor", "actor": sup.id})
    st.acknowledge()
    assert pack(st, "Q1").waybill_no.startswith("EM")


def test_the_supervisor_may_send_it_as_the_note_asks(site, tmp_path):
    imported(site, tmp_path, [row("Q3", buyer="请发顺丰或者申通")])
    assert open_question(site, "Q3")["ask"] == "conflict"
    oc.change_courier(site, who(site, "B9001"), "Q3", "STO", "买家确认申通")
    assert pack(station(site), "Q3").waybill_no.startswith("ST")
    with site.session() as s:
        case = s.scalar(select(ExceptionCase).where(ExceptionCase.kind == CaseKind.COURIER))
        assert case.status is CaseStatus.RESOLVED and case.outcome == "a supervisor chose the courier"
        last = s.scalars(select(AuditLog).where(AuditLog.action == "change_courier")).all()[-1]
        assert json.loads(last.after)["question"]["ask"] == "conflict"


def test_a_rule_change_chooses_again_for_open_orders_only(site, tmp_path):
    sup = who(site, "B9001")
    imported(site, tmp_path, [row("R1", address=URUMQI.replace("新疆维吾尔自治区", "青海省").replace("乌鲁木齐市", "西宁市")),
                              row("R2"), row("R3"), row("R4"), row("R5")])
    assert courier_of(site, "R1")[0] == "EMS"
    oc.change_courier(site, sup, "R3", "YTO", "客户指定")        # a supervisor's decision stays
    st = station(site)
    pack(st, "R4")                                              # labelled and shipped with 中通
    assert st.scan("R5").phase is Phase.PACKING                 # at the station now
    # 浙江 goes with 顺丰 from now on
    change = cr.add_rule(site, sup, "place", "SF", places=["浙江"])
    assert change.moved == 6            # R2 and the five open orders of the fixture (杭州), none chosen yet
    assert courier_of(site, "R2")[0] == "SF" and courier_of(site, "R2")[1]["rule"] == change.rule.id
    assert courier_of(site, "R3")[0] == "YTO"
    assert courier_of(site, "R4")[0] == "ZTO"
    assert courier_of(site, "R5")[0] == "ZTO"
    # the remote-area rule removed: 青海 goes by the rest (the site's default)
    first = cr.list_rules(site)[0]
    assert (first.kind, first.places, first.note) == ("place", ("新疆", "西藏", "青海"), "偏远地区")
    assert cr.remove_rule(site, sup, first.id).moved == 1
    assert courier_of(site, "R1")[0] == "ZTO"
    # moving the SF rule first changes nothing for the open orders (no other rule matches them)
    assert cr.move_rule(site, sup, change.rule.id, -1).moved == 0
    assert [r.courier for r in cr.list_rules(site)] == ["SF", "DBL"]
    with site.session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "courier_rule").order_by(AuditLog.id))
        assert list(actions)[-3:] == ["add_courier_rule", "remove_courier_rule", "move_courier_rule"]


def test_retiring_a_courier_moves_its_open_orders_and_a_question_is_asked(site, tmp_path):
    from app.services import couriers

    sup = who(site, "B9001")
    imported(site, tmp_path, [row("S1", seller="发顺丰"), row("S2", address=LHASA)])
    couriers.retire_courier(site, sup, "EMS", "contract ended")
    code, why = courier_of(site, "S2")
    assert code == "ZTO" and why["skipped"][0] == {"courier": "EMS", "why": "retired"}
    couriers.retire_courier(site, sup, "SF", "contract ended")
    assert courier_of(site, "S1")[0] == "ZTO"
    assert open_question(site, "S1") == {"ask": "note", "who": "seller", "wanted": "SF", "picked": "ZTO",
                                         "words": "发顺丰", "why": "retired"}
    couriers.reactivate_courier(site, sup, "SF", "back")
    assert courier_of(site, "S1")[0] == "SF" and open_question(site, "S1") is None   # the question is gone


def test_a_reimport_with_a_new_note_chooses_again(site, tmp_path):
    imported(site, tmp_path, [row("N1"), row("N2")])
    imported(site, tmp_path, [row("N1", seller="改发顺丰"), row("N2", buyer="请发极兔")], name="day2.csv")
    assert courier_of(site, "N1")[0] == "SF"
    assert courier_of(site, "N2")[0] == "JTSD"


def test_an_order_change_chooses_again(site, tmp_path):
    imported(site, tmp_path, [row("C1")])
    assert courier_of(site, "C1")[0] == "ZTO"
    oc.add_gift(site, who(site, "B9001"), "C1", "JN-BLU-30", 2, "加购两条牛仔裤")   # 200 g + 1,200 g
    code, why = courier_of(site, "C1")
    assert (code, why["kind"], why["weight_g"]) == ("DBL", "weight", 1400)


def test_the_couriers_places_and_words(site, tmp_path):
    sup = who(site, "B9001")
    cr.set_courier_places(site, sup, "ZTO", note_words="小中")
    imported(site, tmp_path, [row("W1", address=LHASA, buyer="发小中"), row("W2", buyer="请发极兔")])
    assert courier_of(site, "W1") == ("ZTO", {"by": "note", "who": "buyer", "courier": "ZTO", "words": "发小中"})
    assert courier_of(site, "W2")[0] == "JTSD"                   # 杭州: 极兔 delivers
    assert cr.set_courier_places(site, sup, "JTSD", no_service="西藏, 新疆, 浙江").moved == 1
    assert open_question(site, "W2")["why"] == "not_served"
    places = {p.code: p for p in cr.list_places(site)}
    assert places["JTSD"].no_service == ("西藏", "新疆", "浙江")
    assert "J&T" in places["JTSD"].read_as and places["ZTO"].note_words == ("小中",)


@pytest.mark.parametrize("kw, field, words", [
    (dict(kind="place", courier="EMS", places=" , "), "places", "at least one place"),
    (dict(kind="place", courier="NOPE", places="新疆"), "courier", "no courier NOPE"),
    (dict(kind="weight", courier="DBL"), "min_g", "lower or upper weight"),
    (dict(kind="weight", courier="DBL", min_g="3kg"), "min_g", "whole number"),
    (dict(kind="weight", courier="DBL", min_g=5000, max_g=3000), "max_g", "must be below"),
    (dict(kind="place", courier="EMS", places="新疆", shop="没有的店"), "shop", "no shop"),
    (dict(kind="area", courier="EMS", places="新疆"), "kind", "by place or by weight"),
])
def test_a_bad_rule_is_refused_naming_the_field_and_nothing_is_saved(site, kw, field, words):
    before = len(cr.list_rules(site))
    with pytest.raises(cr.RuleError) as exc:
        cr.add_rule(site, who(site, "B9001"), **kw)
    assert exc.value.params.get("field") == field and words in str(exc.value)
    assert len(cr.list_rules(site)) == before


def test_a_packer_may_not_change_the_rules(site):
    with pytest.raises(Forbidden):
        cr.add_rule(site, who(site, "B1001"), "place", "EMS", places="新疆")
    with site.session() as s:
        assert s.scalar(select(CourierRule).where(CourierRule.courier_code == "EMS", CourierRule.places == '["新疆"]')) is None


def test_an_order_from_before_the_rules_is_chosen_at_the_scan(site):
    """An order with no choice yet (imported before migration 0016, or written by hand) is chosen when it is
    labelled, and keeps the choice."""
    st = station(site)
    assert pack(st, "T1").waybill_no.startswith("7731")
    with site.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        assert o.courier.code == "ZTO" and json.loads(o.courier_reason)["by"] == "site"


def test_try_an_order(site):
    from app.domain.courier_choice import OrderFacts

    c = cr.try_rules(site, OrderFacts(province="青海省", buyer_note="发顺丰"))
    assert (c.courier, c.reason["by"]) == ("SF", "note")
    c = cr.try_rules(site, OrderFacts(province="广东省", weight_g=2500))
    assert (c.courier, c.reason["kind"]) == ("DBL", "weight")
    with site.session() as s:
        assert s.scalar(select(Courier.no_service).where(Courier.code == "JTSD")) == '["西藏", "新疆"]'
