"""The courier rules on their own: what notes say, places, weight bands, defaults, and the questions."""
import pytest

from app.domain.courier_choice import CourierInfo, OrderFacts, Reader, Rule, choose, place_match

COURIERS = {c.code: c for c in (
    CourierInfo("ZTO", "中通快递"), CourierInfo("YTO", "圆通速递"), CourierInfo("STO", "申通快递"),
    CourierInfo("SF", "顺丰速运"), CourierInfo("EMS", "中国邮政 EMS"), CourierInfo("YUNDA", "韵达速递"),
    CourierInfo("JTSD", "极兔速递", no_service=("西藏", "新疆")), CourierInfo("DBL", "德邦快递"),
    CourierInfo("JD", "京东物流", active=False))}
READER = Reader(COURIERS)


@pytest.mark.parametrize("note, wanted, refused", [
    ("请发顺丰", ("SF",), ()),
    ("一定要用申通！！", ("STO",), ()),
    ("亲，发韵达哦", ("YUNDA",), ()),
    ("顺丰到付", ("SF",), ()),
    ("sf", ("SF",), ()),
    ("不要发圆通", (), ("YTO",)),
    ("别发极兔，谢谢", (), ("JTSD",)),
    ("除了中通都可以", (), ("ZTO",)),
    ("圆通太慢了，发顺丰", ("SF",), ("YTO",)),
    ("不要圆通，发中通", ("ZTO",), ("YTO",)),
    ("发顺丰速运", ("SF",), ()),
    ("中国邮政", ("EMS",), ()),
    ("尽快发货，谢谢", (), ()),
    ("", (), ()),
    ("送给妈妈的生日礼物", (), ()),
    ("SFX 型号", (), ()),
    ("邮政编码写错了", (), ()),                       # SF inside a word is not the courier
    ("请发顺丰或者申通", ("SF", "STO"), ()),
])
def test_reading_notes(note, wanted, refused):
    r = READER.read(note)
    assert (r.wanted, r.refused) == (wanted, refused)


def test_the_phrase_that_asked_is_kept():
    assert "顺丰" in READER.read("麻烦请发顺丰快递").words["SF"]


@pytest.mark.parametrize("place, facts, hit", [
    ("新疆", OrderFacts(province="新疆维吾尔自治区", city="乌鲁木齐市"), "新疆"),
    ("新疆维吾尔自治区", OrderFacts(province="新疆", city="乌鲁木齐"), "新疆维吾尔自治区"),
    ("阿里地区", OrderFacts(province="西藏自治区", city="阿里地区"), "阿里地区"),
    ("西藏", OrderFacts(province="浙江省", city="杭州市"), None),
    ("海南", OrderFacts(province="", city="", district=""), None),
    ("三沙", OrderFacts(province="海南省", city="三沙市"), "三沙"),
])
def test_places(place, facts, hit):
    assert place_match((place,), facts) == hit


RULES = [Rule(1, "place", "EMS", places=("新疆", "西藏", "青海")),
         Rule(2, "weight", "DBL", min_g=5000),
         Rule(3, "weight", "YUNDA", shop="大码女装店", min_g=2000, max_g=5000)]


def pick(**kw):
    shop_default = kw.pop("shop_default", "ZTO")
    return choose(OrderFacts(**kw), COURIERS, RULES, shop_default=shop_default, site_default="YTO", reader=READER)


def test_shop_default_when_nothing_else_says():
    c = pick(province="浙江省", weight_g=800)
    assert (c.courier, c.reason["by"], c.question) == ("ZTO", "shop", None)


def test_site_default_when_the_shop_has_none():
    c = pick(province="浙江省", shop_default="")
    assert (c.courier, c.reason["by"]) == ("YTO", "site")


def test_seller_note_decides():
    c = pick(province="浙江省", seller_note="请发顺丰")
    assert (c.courier, c.reason["by"], c.reason["who"], c.question) == ("SF", "note", "seller", None)


def test_buyer_note_decides_when_the_seller_says_nothing():
    c = pick(province="浙江省", buyer_note="一定要用申通")
    assert (c.courier, c.reason["who"], c.question) == ("STO", "buyer", None)


def test_the_seller_answers_the_buyer():
    c = pick(province="浙江省", buyer_note="发申通", seller_note="发顺丰")
    assert (c.courier, c.question, c.reason["buyer_asked"]) == ("SF", None, ["STO"])


def test_remote_area_rule():
    c = pick(province="西藏自治区", city="拉萨市")
    assert (c.courier, c.reason["kind"], c.reason["place"], c.reason["rule"]) == ("EMS", "place", "西藏", 1)


def test_weight_bands_and_shop_rules():
    assert pick(province="浙江省", weight_g=6000).courier == "DBL"
    assert pick(province="浙江省", weight_g=3000).courier == "ZTO"          # rule 3 is another shop's
    assert pick(province="浙江省", weight_g=3000, shop="大码女装店").courier == "YUNDA"
    assert pick(province="浙江省", weight_g=5000, shop="大码女装店").courier == "DBL"   # the band ends below 5 kg
    assert pick(province="浙江省", weight_g=None).courier == "ZTO"           # unknown weight: no band


def test_refused_courier_is_passed_over_and_said():
    c = pick(province="浙江省", buyer_note="不要发中通")
    assert c.courier == "YTO" and c.reason["by"] == "site" and c.question is None
    assert c.reason["skipped"] == [{"courier": "ZTO", "why": "refused", "who": "buyer", "words": "不要发中通"}]


def test_not_served_default_is_passed_over():
    c = pick(province="新疆", shop_default="JTSD", weight_g=100)
    assert c.courier == "EMS"   # the place rule comes first anyway
    c = choose(OrderFacts(province="新疆"), COURIERS, [], shop_default="JTSD", site_default="ZTO", reader=READER)
    assert c.courier == "ZTO" and c.reason["skipped"][0] == {"courier": "JTSD", "why": "not_served", "place": "新疆"}


def test_note_asking_for_a_courier_that_cannot_go_is_a_question():
    c = pick(province="新疆维吾尔自治区", buyer_note="请发极兔")
    assert c.courier == "EMS"
    assert c.question == {"ask": "note", "who": "buyer", "wanted": "JTSD", "picked": "EMS", "words": "请发极兔",
                          "why": "not_served", "place": "新疆"}
    c = pick(province="浙江省", seller_note="发京东快递")
    assert (c.courier, c.question["wanted"], c.question["why"]) == ("ZTO", "JD", "retired")


def test_two_couriers_asked_is_a_question():
    c = pick(province="浙江省", buyer_note="请发顺丰或者申通")
    assert c.courier == "ZTO" and c.question["ask"] == "conflict" and c.question["wanted"] == ["SF", "STO"]


def test_nobody_can_take_it():
    only = {"JTSD": COURIERS["JTSD"]}
    c = choose(OrderFacts(province="西藏"), only, [], shop_default="JTSD", reader=Reader(only))
    assert c.courier is None and c.question["ask"] == "none"


def test_nothing_set_up_is_no_question():
    c = choose(OrderFacts(province="浙江省"), COURIERS, [], reader=READER)
    assert c.courier is None and c.question is None and c.reason == {"by": "none"}


def test_a_couriers_own_words():
    couriers = dict(COURIERS) | {"ZTO": CourierInfo("ZTO", "中通快递", words=("ZT",))}
    assert Reader(couriers).read("发zt").wanted == ("ZTO",)
