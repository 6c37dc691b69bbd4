"""The desk's Shops screen, driven by keys: add a shop through its form (a wrong phone is said in the form and
the phone field gets the focus), edit it, retire it; the shops orders name but nobody set up; the export."""
import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Order, OrderLine, Product, Shop
from app.services import auth
from app.ui.desk import DeskWindow


def actor(db):
    with db.session() as s:
        return auth.authenticate(s, "B9001", "999999")


@pytest.fixture
def tab(qtbot, shop):
    with shop.session() as s:  # an order of a shop nobody set up yet
        pid = s.scalar(select(Product.id).where(Product.sku == "TS-BLK-M"))
        o = Order(order_no="N1", shop="林家小铺", recipient_name="陈", phone="13812345678", address="文三路1号")
        o.lines.append(OrderLine(line_no=1, product_id=pid, qty=1))
        s.add(o)
    desk = DeskWindow(shop, actor(shop))
    qtbot.addWidget(desk)
    desk.show()
    return desk.show_tab("shops")


def type_into(widget, text):
    """Type as a person does: Latin letters and digits as key presses, Chinese as the input method commits it
    (a key press carries no Chinese character)."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(ch)
            QApplication.sendEvent(widget, ev)


def test_add_a_shop_by_keys_with_a_refusal_said_in_the_form(tab, shop):
    assert "林家小铺 (1 orders)" in tab.unknown.text() and tab.add_unknown_button.isVisible()
    QTest.mouseClick(tab.add_unknown_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert dlg.isVisible() and dlg.edits["name"].text() == "林家小铺"  # the name the orders give
    type_into(dlg.edits["code"], "LIN")
    dlg.platform.setFocus()
    QTest.keyClick(dlg.platform, Qt.Key.Key_Down)  # taobao → pdd
    assert dlg.platform.currentData() == "pdd"
    for key, text in (("sender_name", "林家"), ("sender_phone", "12345"), ("province", "福建省"),
                      ("city", "泉州市"), ("address", "陈埭镇江头村188号")):
        type_into(dlg.edits[key], text)
    QTest.keyClick(dlg.edits["address"], Qt.Key.Key_Return)
    assert dlg.isVisible(), "a refused form stays open with what was typed"
    assert "12345" in dlg.problem.text() and dlg.focusWidget() is dlg.edits["sender_phone"]
    dlg.edits["sender_phone"].clear()
    QTest.keyClicks(dlg.edits["sender_phone"], "13700001111")
    dlg.header.setFocus()
    type_into(dlg.header, "林家小铺 发货单")
    QTest.keyClick(dlg.edits["sender_phone"], Qt.Key.Key_Return)
    assert not dlg.isVisible()
    with shop.session() as s:
        lin = s.scalar(select(Shop).where(Shop.code == "LIN"))
        assert (lin.name, lin.platform.value, lin.sender_phone, lin.slip_header) == (
            "林家小铺", "pdd", "13700001111", "林家小铺 发货单")
    assert tab.unknown.text() == "" and not tab.add_unknown_button.isVisible()
    rows = {tab.table.item(r, 0).text(): tab.table.item(r, 2).text() for r in range(tab.table.rowCount())}
    assert rows["LIN"] == "Pinduoduo"


def test_edit_and_retire_the_selected_shop(tab, shop, monkeypatch):
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "ER")
    tab.table.setCurrentCell(row, 0)
    QTest.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert dlg.edits["sender_phone"].text() == "13900002222"
    type_into(dlg.edits["sender_phone"], "0512-65123456")
    QTest.keyClick(dlg.edits["sender_phone"], Qt.Key.Key_Return)
    assert not dlg.isVisible()
    with shop.session() as s:
        assert s.scalar(select(Shop.sender_phone).where(Shop.code == "ER")) == "0512-65123456"
    tab.table.setCurrentCell(row, 0)
    monkeypatch.setattr(tab.desk, "ask", lambda *_a: "不再合作")
    QTest.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    states = {tab.table.item(r, 0).text(): tab.table.item(r, 3).text() for r in range(tab.table.rowCount())}
    assert states["ER"] == "retired" and "default" in states["XM"]


def test_export_the_selected_shops_shipments(tab, shop):
    from app.services.station import StationService
    from tests.fakes import RecordingPrinter, fake_render

    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(225, True)
    waybill = st.sign_off().waybill_no
    tab.refresh()
    tab.table.setCurrentCell(next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "XM"), 0)
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "1 orders" in tab.desk.message.text(), tab.desk.message.text()
    rows = list(csv.reader(io.StringIO(tab.last_document.read_bytes().decode("gb18030"))))
    assert rows == [["订单编号", "物流公司", "运单号"], ["T1", "中通快递", waybill]]
    QTest.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "Nothing new to export" in tab.desk.message.text()


def test_the_packer_reads_why_an_order_has_no_label_in_chinese(qapp):
    from app.domain.packflow import Err, FlowError
    from app.ui.app import install_translations
    from app.ui.messages import error_detail, error_title

    install_translations("zh_CN")
    try:
        err = FlowError(Err.ORDER_NO_SENDER, {"shop": "新店", "why": "no_sender"})
        assert error_title(err) == "店铺 新店 没有发件人 — 不能打印面单"
        assert "主管" in error_detail(err)
        unknown = FlowError(Err.ORDER_NO_SENDER, {"shop": "三号店", "why": "unknown"})
        assert error_title(unknown) == "店铺 三号店 尚未设置 — 不能打印面单"
        assert error_title(FlowError(Err.ORDER_NO_SENDER, {"shop": "", "why": "no_shop"})) == "订单没有所属店铺 — 不能打印面单"
    finally:
        install_translations("en")
