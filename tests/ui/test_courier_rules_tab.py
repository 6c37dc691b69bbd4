"""The desk's Courier rules tab, the courier question in the exceptions queue and the order's "why this courier",
driven with real key events, in Chinese: add a rule by place in its dialog (the open orders are chosen again),
a courier's places, try an order, decide a courier case."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.models import Order
from app.services import courier_rules as cr
from app.services import waybills
from app.services.importing import import_file
from app.ui.app import install_translations
from app.ui.desk import DeskWindow
from tests.people import who
from tests.services.test_courier_rules import URUMQI, row
from tests.services.test_importing import ORDER_HEADERS, write_csv
from tests.ui.test_couriers_tab import type_into


@pytest.fixture
def zh(qapp):
    install_translations("zh_CN")
    yield
    install_translations("en")


@pytest.fixture
def desk(qtbot, shop, zh):
    with shop.session() as s:
        waybills.load_numbers(s, "EMS", waybills.expand_range("EM", 1, 20, 12))
    w = DeskWindow(shop, who(shop, "B9001"))
    qtbot.addWidget(w)
    w.show()
    return w


def courier(db, no):
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        return o.courier.code if o.courier else None, json.loads(o.courier_reason or "{}")


def cells(t, col):
    return [t.item(r, col).text() for r in range(t.rowCount())]


def accept(qtbot, dlg, fill):
    dlg.show()
    fill(dlg)
    qtbot.keyClick(dlg.note, Qt.Key.Key_Return)   # Enter: OK
    return dlg.result() == QDialog.DialogCode.Accepted


def test_a_rule_by_place_from_the_desk_chooses_again_and_says_so(desk, qtbot, shop, monkeypatch):
    tab = desk.show_tab("courier_rules")
    assert tab.rules.rowCount() == 0
    assert "中通快递" in cells(tab.places, 0)
    assert courier(shop, "T1")[0] is None            # the fixture's orders: no choice yet

    def fill(dlg):
        qtbot.mouseClick(dlg.remote, Qt.MouseButton.LeftButton)         # 偏远地区
        type_into(qtbot, dlg.places, dlg.places.text() + "、浙江")
        dlg.courier.setFocus()
        while dlg.courier.currentData() != "EMS":
            qtbot.keyClick(dlg.courier, Qt.Key.Key_Down)
        type_into(qtbot, dlg.note, "偏远地区和本省走邮政")
    monkeypatch.setattr(tab, "run_dialog", lambda dlg: accept(qtbot, dlg, fill))
    tab.add("place")
    assert cells(tab.rules, 1) == ["发往 新疆、西藏、青海、内蒙古、宁夏、甘肃、海南、浙江"]
    assert cells(tab.rules, 2) == ["中国邮政 EMS"] and cells(tab.rules, 3) == ["所有店铺"]
    assert "个待发订单改走其他快递" in desk.message.text()
    code, why = courier(shop, "T1")
    assert (code, why["place"]) == ("EMS", "浙江")


def test_a_bad_rule_is_refused_in_chinese_and_nothing_is_saved(desk, qtbot, shop, monkeypatch):
    tab = desk.show_tab("courier_rules")

    def fill(dlg):
        type_into(qtbot, dlg.min_g, "5000")
        type_into(qtbot, dlg.max_g, "3kg")
    monkeypatch.setattr(tab, "run_dialog", lambda dlg: accept(qtbot, dlg, fill))
    tab.add("weight")
    assert desk.message.text() == "重量以克为单位，须为整数：不是“3kg”"
    assert tab.rules.rowCount() == 0 and cr.list_rules(shop) == []


def test_a_couriers_places_and_trying_an_order(desk, qtbot, shop, monkeypatch):
    from app.services.reporting import put_setting
    with shop.session() as s:
        put_setting(s, "default_courier", "ZTO")
    tab = desk.show_tab("courier_rules")
    r = cells(tab.places, 0).index("极兔速递")
    tab.places.setCurrentCell(r, 0)

    def fill(dlg):
        type_into(qtbot, dlg.no_service, "西藏、新疆")
        qtbot.keyClick(dlg.no_service, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(tab, "run_dialog", lambda dlg: (dlg.show(), fill(dlg))[1])
    tab.edit_places()
    assert cells(tab.places, 1)[r] == "西藏、新疆"
    type_into(qtbot, tab.t_province, "新疆维吾尔自治区")
    type_into(qtbot, tab.t_buyer, "请发极兔")
    qtbot.mouseClick(tab.try_button, Qt.MouseButton.LeftButton)
    text = tab.t_result.text()
    assert text.startswith("走中通快递：仓库默认快递；未选极兔速递：不送达新疆")
    assert "买家留言要求极兔速递（“请发极兔”），规则选了中通快递" in text
    assert not any(w in text for w in ("none", "note", "buyer", "JTSD"))


def test_a_courier_question_is_decided_from_the_queue(desk, qtbot, shop, tmp_path, monkeypatch):
    from app.services.reporting import put_setting
    with shop.session() as s:
        put_setting(s, "default_courier", "ZTO")
    import_file(shop, write_csv(tmp_path / "day.csv", ORDER_HEADERS,
                                [row("Q1", address=URUMQI, buyer="请发极兔", shop="小美旗舰店")]))
    cr.set_courier_places(shop, who(shop, "B9001"), "JTSD", no_service="新疆")
    tab = desk.show_tab("exceptions")
    tab.f_kind.setCurrentIndex(tab.f_kind.findData("courier"))
    tab.refresh()
    assert cells(tab.queue, 1) == ["待定快递"] and cells(tab.queue, 2) == ["Q1"]
    assert cells(tab.queue, 6) == ["备注要求极兔速递，规则选了中通快递：由主管决定"]
    tab.queue.setCurrentCell(0, 0)
    seen = {}

    def decide(dlg):
        dlg.show()
        seen["first"] = dlg.courier.itemText(0)
        type_into(qtbot, dlg.reason, "买家同意发中通")
        dlg.courier.setCurrentIndex(dlg.courier.findData("ZTO"))
        qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(tab, "run_dialog", decide)
    qtbot.mouseClick(next(b for b in tab.findChildren(type(desk.card_button)) if b.text() == "决定快递…"),
                     Qt.MouseButton.LeftButton)
    assert seen["first"] == "极兔速递"                      # the courier the note asked for comes first
    assert desk.message.text() == "订单 Q1 发中通快递"
    assert courier(shop, "Q1")[1]["by"] == "supervisor"
    assert tab.queue.rowCount() == 0
    orders = desk.show_tab("orders")
    assert orders.open("Q1")
    assert "快递选择原因：主管指定" in orders.head.text()
