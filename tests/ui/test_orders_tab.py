"""The desk's Orders tab driven with real keys: search by any number, filters in words, the list paged by the
model, the order opened by Enter with its history, actions without a typed id, a scan that goes to the desk,
and a Chinese screen with no raw value."""
import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from sqlalchemy import insert, select

from app.models import Flag, Order, OrderLine, Product
from app.services import auth
from app.services.station import StationService
from app.ui.desk import DeskWindow
from app.ui.scanner import ScannerFilter
from tests.fakes import RecordingPrinter, fake_render
from tests.ui.test_pack_window import Clock

pytestmark = pytest.mark.both_dbs


@pytest.fixture
def desk(qtbot, qapp, shop):
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    waybill = st.sign_off().waybill_no
    with shop.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    w = DeskWindow(shop, sup)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.show_tab("orders")
    w.waybill = waybill
    return w


def type_keys(widget, text):
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def shown(tab, col=0):
    m = tab.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_typing_a_waybill_and_enter_opens_its_order_with_history(desk):
    tab = desk.tab("orders")
    tab.query.setFocus()
    type_keys(tab.query, desk.waybill)
    assert shown(tab) == ["T1"]
    assert tab.current.order_no == "T1"
    assert tab.lines.rowCount() == 1 and tab.lines.item(0, 1).text() == "TS-BLK-M"
    assert tab.parcels.item(0, 0).text() == desk.waybill
    whats = [tab.history.item(r, 1).text() for r in range(tab.history.rowCount())]
    assert tab.tr("label printed") in whats and tab.tr("item scanned") in whats and tab.tr("imported") in whats
    assert tab.history.item(0, 2).text() in ("王芳", "")  # newest first, with who


def test_filters_in_words_and_enter_on_the_list_opens_the_order(desk, qtbot):
    tab = desk.tab("orders")
    tab.f_flag.setCurrentIndex(tab.f_flag.findData("yellow"))
    tab.search()
    assert shown(tab) == ["HOLD"]
    tab.clear_filters()
    assert len(shown(tab)) == 7
    tab.f_held.setCurrentIndex(tab.f_held.findData("缺货"))
    tab.search()
    assert shown(tab) == ["HOLD"]
    tab.results.setFocus()
    tab.results.selectRow(0)
    QTest.keyClick(tab.results, Qt.Key.Key_Return)
    assert tab.current.order_no == "HOLD" and "缺货" in tab.head.text()


def test_the_list_fetches_more_as_it_scrolls(desk, shop):
    with shop.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == "CAP-RED"))
        first = s.scalar(select(Order.id).order_by(Order.id.desc())) + 1
        s.execute(insert(Order), [dict(id=first + i, order_no=f"BULK{i:04d}", recipient_name="赵六",
                                       phone="13900000000", address="文三路1号") for i in range(250)])
        s.execute(insert(OrderLine), [dict(order_id=first + i, line_no=1, product_id=pid, qty=1)
                                      for i in range(250)])
    tab = desk.tab("orders")
    tab.search()
    assert tab.model.rowCount() == 100 and tab.model.canFetchMore()
    for _ in range(5):  # the view asks the model for more as it reaches the end
        tab.results.setFocus()
        QTest.keyClick(tab.results, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    assert tab.model.rowCount() == 257 and not tab.model.canFetchMore()
    assert len(set(shown(tab))) == 257


def test_actions_act_on_the_opened_order_and_the_picked_line(desk, shop):
    tab = desk.tab("orders")
    assert not tab.action_buttons["flag"].isEnabled()  # nothing opened yet
    assert tab.open("T2")
    tab.o_flag.setCurrentIndex(tab.o_flag.findData("yellow"))
    tab.o_reason.setText("等补货")
    QTest.mouseClick(tab.action_buttons["flag"], Qt.MouseButton.LeftButton)
    tab.lines.selectRow(1)
    assert tab.o_qty.value() == 6
    tab.o_qty.setValue(4)
    QTest.mouseClick(tab.action_buttons["qty"], Qt.MouseButton.LeftButton)
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T2"))
        assert o.flag is Flag.YELLOW and o.lines[1].qty == 4
    assert tab.lines.item(1, 5).text() == "4"
    whats = [tab.history.item(r, 1).text() for r in range(tab.history.rowCount())]
    assert tab.tr("flag set") in whats and tab.tr("order changed") in whats
    assert "1" in tab.backlog_label.text()
    # a change made on another tab (a hold released from the exceptions queue) shows in the opened order
    from app.services import supervisor as sv
    assert desk.do(lambda: sv.set_flag(shop, desk.actor, "T2", Flag.NONE, "到货了"), "ok")
    assert tab.current.flag == "none" and tab.tr("flag set") in tab.history.item(0, 1).text()


def test_the_opened_order_is_changed_from_its_change_tab_and_the_history_shows_it(desk, qtbot):
    """The order changes (app/ui/desk/order_actions.py) are a tab of the opened order: no number typed."""
    from tests.ui.test_order_actions import ok

    tab = desk.tab("orders")
    tab.open("T2")
    actions = tab.actions_widget
    assert tab.detail_tabs.tabText(tab.detail_tabs.indexOf(actions)) == "Change the order"
    assert actions.sheet.order_no == "T2"
    tab.detail_tabs.setCurrentWidget(actions)
    dlg = actions.start("courier")
    dlg.courier.setCurrentIndex(dlg.courier.findData("SF"))
    ok(qtbot, dlg, "buyer pays for SF")
    assert tab.current.order_no == "T2" and tab.current.courier == "SF"     # reloaded by the change
    whats = [tab.history.item(r, 1).text() for r in range(tab.history.rowCount())]
    assert "courier changed" in whats, whats
    tab.open("T3")
    assert actions.sheet.order_no == "T3"


def test_blue_opens_the_returns_screen_with_the_order_filled_in(desk):
    tab = desk.tab("orders")
    tab.open("T1")
    tab.actions_widget.open_return.emit("T1", "exchange")
    assert desk.tabs.currentWidget() is desk.tab("returns") and desk.tab("returns").r_code.text() == "T1"
    assert desk.message.text() == "Order T1: receive the exchange here"


@pytest.fixture
def scanner(qapp):
    clock = Clock()
    f = ScannerFilter(40, 2, clock=clock)
    qapp.installEventFilter(f)
    yield f, clock
    qapp.removeEventFilter(f)


def wedge(clock, code):
    """As a wedge scanner types into whatever has the focus: 3 ms a key, then Enter."""
    for ch in code:
        clock.t += 3
        QTest.keyClick(QApplication.focusWidget(), ch)
    clock.t += 3
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_scan_opens_the_order_when_no_field_has_the_focus(desk, scanner, qtbot):
    f, clock = scanner
    f.scanned.connect(desk.on_scan)
    tab = desk.tab("orders")
    tab.results.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.results, timeout=2000)
    wedge(clock, desk.waybill)
    assert tab.current is not None and tab.current.order_no == "T1"
    # into the reason field it goes as text, not as an order to open
    tab.o_reason.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.o_reason, timeout=2000)
    wedge(clock, "T3")
    assert tab.o_reason.text() == "T3" and tab.current.order_no == "T1"
    # a number field takes no barcode: the scan opens the order instead
    tab.o_qty.setFocus()
    wedge(clock, "T2")
    assert tab.current.order_no == "T2"
    tab.results.setFocus()
    wedge(clock, "NOPE-404")
    assert "NOPE-404" in desk.message.text() and tab.current.order_no == "T2"


def test_a_chinese_screen_shows_no_raw_value(qtbot, qapp, shop):
    from app.ui.app import install_translations
    from tests.ui.test_screens_zh import data_words, english

    install_translations("zh_CN")
    try:
        with shop.session() as s:
            sup = auth.authenticate(s, "B9001", "999999")
        from app.services import supervisor as sv
        sv.add_note(shop, sup, "T2", "周五发")
        st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
        st.sign_on("B1001")
        st.scan("T1")
        st.scan("6900000000028")  # wrong size: a refused scan in the history
        st.acknowledge()
        st.scan("6900000000011")
        st.weight(0, True)
        st.weight(st.state.expected_g + 400, True)
        st.override("B9001", "999999", "厚包装")
        waybill = st.sign_off().waybill_no
        sv.reprint(shop, sup, waybill, "卡纸")
        sv.void_waybill(shop, sup, waybill, "面单污损")
        w = DeskWindow(shop, sup)
        qtbot.addWidget(w)
        w.show()
        tab = w.show_tab("orders")
        tab.open("HOLD")
        data = data_words(shop) | {"NOPE"}
        problems = english(tab, data)
        for combo in (tab.f_status, tab.f_flag, tab.f_note, tab.f_date, tab.o_flag):
            for i in range(combo.count()):
                assert combo.itemText(i) not in ("none", "green", "yellow", "open", "shipped", "intact", "")
        for r in range(tab.model.rowCount()):
            for c in range(tab.model.columnCount()):
                text = tab.model.data(tab.model.index(r, c)) or ""
                problems += [f"list cell {text!r}" for word in __import__("re").findall(r"[A-Za-z]{3,}", text)
                             if word not in data]
        for c in range(tab.model.columnCount()):
            header = tab.model.headerData(c, Qt.Orientation.Horizontal)
            problems += [f"header {header!r}" for word in __import__("re").findall(r"[A-Za-z]{3,}", header)
                         if word not in ("SKU",)]
        tab.open("T2")
        problems += english(tab, data)
        tab.open("T1")
        assert tab.history.rowCount() >= 10
        for i in range(tab.detail_tabs.count()):
            tab.detail_tabs.setCurrentIndex(i)
            problems += english(tab, data)
        assert not problems, "\n".join(problems)
    finally:
        install_translations("en")


def test_intercept_address_and_repack_from_the_opened_order(desk, shop):
    tab = desk.tab("orders")
    tab.query.setFocus()
    type_keys(tab.query, "T3")
    assert tab.current.order_no == "T3"
    tab.o_reason.setText("客户改地址")
    tab.o_address.setText("文三路100号")
    QTest.mouseClick(tab.action_buttons["address"], Qt.MouseButton.LeftButton)
    tab.o_reason.setText("买家退款")
    QTest.mouseClick(tab.action_buttons["intercept"], Qt.MouseButton.LeftButton)
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T3"))
        assert o.address == "文三路100号" and o.refund_requested
    assert tab.tr("refund asked") in tab.head.text()
    assert tab.open("T1")
    tab.o_reason.setText("重新装")
    assert not tab.act(lambda no: __import__("app.services.supervisor", fromlist=["x"]).repack(
        shop, tab.actor, no, tab.o_reason.text()), "")  # shipped: refused, said in words
    assert desk.message.text()
