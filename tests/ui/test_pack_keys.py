"""The keys and the screen never contradict each other (issue #10 item 7), with real key events."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.packflow import Err, Phase
from app.models import Order, OrderLine, OrderStatus
from app.ui import theme
from tests.ui.test_pack_window import ui  # noqa: F401 - the fixture


def test_space_acknowledges_even_from_the_quantity_field(ui):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000042")                     # socks, 6 in the order
    ui.key(Qt.Key.Key_F2)
    assert ui.win.pack.qty_edit.hasFocus()
    ui.type("9")                                 # more than the order has: a red banner
    assert ui.state.error is not None and ui.state.error.code is Err.QTY_TOO_MANY
    assert not ui.win.pack.qty_edit.hasFocus(), "the banner asks for Space: the quantity field lets go"
    ui.key(Qt.Key.Key_Space)
    assert ui.state.error is None and ui.win.pack.qty_edit.text() == ""
    ui.key(Qt.Key.Key_F2)
    ui.scan("6900000000011")                     # a wrong item scanned while the quantity field has focus
    assert ui.state.error is not None
    ui.win.pack.qty_edit.setFocus()              # even if the focus comes back to it
    ui.key(Qt.Key.Key_Space)
    assert ui.state.error is None and ui.win.pack.qty_edit.text() == ""


def test_a_red_banner_and_the_instruction_bar_say_the_same(ui):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000011")
    assert ui.win.pack.error_frame.isVisible()
    assert "Acknowledge" in ui.win.pack.instruction.text() and "Scan the items" not in ui.win.pack.instruction.text()
    ui.scan("6900000000028")
    assert "6900000000028 did not count" in ui.win.pack.error_ignored.text()


def test_a_sign_off_too_early_says_what_is_missing(ui):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.key(Qt.Key.Key_F12)
    assert ui.win.pack.notice.isVisible() and "8 item(s) still to scan" in ui.win.pack.notice.text()


def test_another_order_scanned_mid_order_names_both(ui):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("T1")
    assert ui.state.error.code is Err.ORDER_STILL_OPEN
    assert "T1" in ui.win.pack.error_detail.text() and "T2" in ui.win.pack.error_detail.text()


def test_esc_asks_then_clears_the_counts(ui, answers):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000028")
    answers.confirm = False
    ui.key(Qt.Key.Key_Escape)
    assert answers.asked == ["Put order T2 back?"] and ui.state.order is not None
    answers.confirm = True
    ui.key(Qt.Key.Key_Escape)
    assert ui.state.order is None and "counts are cleared" in ui.win.pack.notice.text()
    with ui.win.station.db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T2"))
        assert o.status is OrderStatus.OPEN
        assert [ln.scanned_qty for ln in s.scalars(select(OrderLine).where(OrderLine.order_id == o.id))] == [0, 0]


def test_closing_the_window_mid_order_asks_what_becomes_of_it(ui, answers):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000028")
    answers.close = ""                            # "do not close"
    assert not ui.win.close() and ui.win.isVisible()
    answers.close = "put_back"
    assert ui.win.close()
    assert answers.asked == ["An order is open", "An order is open"]
    with ui.win.station.db.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T2")) is OrderStatus.OPEN


def test_f2_outside_scanning_says_why_not(ui):  # noqa: F811
    ui.scan("B1001")
    ui.key(Qt.Key.Key_F2)
    assert not ui.win.pack.qty_edit.hasFocus()
    assert ui.win.pack.notice.isVisible() and "only while scanning" in ui.win.pack.notice.text()


def test_the_item_table_reads_as_big_as_the_status_line(ui):  # noqa: F811
    ui.scan("B1001")
    ui.scan("T2")
    table = ui.win.pack.table
    assert table.font().pointSize() == theme.BIG >= 28
    assert table.fontInfo().pointSize() >= 28
    assert ui.win.pack.instruction.font().pointSize() == theme.BIG


def test_the_screen_says_the_server_is_gone_counts_nothing_and_carries_on(ui, qtbot):  # noqa: F811
    import sqlite3

    from sqlalchemy import event

    down = {"on": False}

    def check(*_a):
        if down["on"]:
            raise sqlite3.OperationalError("server closed the connection unexpectedly")

    event.listen(ui.win.station.db.engine, "before_cursor_execute", check)
    ui.scan("B1001")
    ui.scan("T2")
    down["on"] = True
    ui.scan("6900000000028")
    assert ui.win.pack.offline_banner.isVisible() and ui.win.reconnect_timer.isActive()
    assert ui.cell(0, 4) == "0"
    ui.scan("6900000000028")                     # while it is gone: refused at the door, not counted
    assert ui.cell(0, 4) == "0" and "Not counted" in ui.win.statusBar().currentMessage()
    ui.win.try_reconnect()               # the probe (on its own thread) finds it still gone
    ui.win._probe.join(5)
    qtbot.wait(50)
    assert ui.win.pack.offline_banner.isVisible() and ui.win.reconnect_timer.isActive()
    down["on"] = False
    ui.win.try_reconnect()
    qtbot.waitUntil(lambda: not ui.win.pack.offline_banner.isVisible(), timeout=3000)
    assert not ui.win.reconnect_timer.isActive()
    ui.scan("6900000000028")
    assert ui.cell(0, 4) == "1"


def test_a_scan_into_a_desk_field_stays_in_the_desk(ui, qtbot):  # noqa: F811
    from app.services import auth
    from app.ui.desk import DeskWindow

    ui.scan("B1001")
    with ui.win.station.db.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    desk = DeskWindow(ui.win.station.db, sup, ui.win.station.station_id, station=ui.win.station)
    qtbot.addWidget(desk)
    ui.win.desk = desk
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=2000)
    desk.tabs.setCurrentIndex(1)                 # orders
    desk.tab("orders").query.setFocus()
    ui.scan("T2")                                # the scanner types an order number into the desk
    assert desk.tab("orders").query.text() == "T2"
    assert desk.tab("orders").current.order_no == "T2", "the order found is opened"
    assert ui.state.order is None, "the packing flow behind never saw it"
