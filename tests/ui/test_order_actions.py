"""The order actions widget (app/ui/desk/order_actions.py) driven by keys: every dialog picks what it changes
from a table, a list or a combo (nothing typed that the program knows), Enter applies it, the widget says the
outcome and emits `changed`; a refusal is said, nothing changes; blue and purple open the returns flow; the
Chinese screen shows no English and no raw value."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from app.models import Flag, Order, OrderLine, OrderStatus, Product
from app.services import order_changes as oc
from app.services.station import StationService
from app.ui.app import install_translations
from app.ui.desk.order_actions import OrderActions
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who
from tests.ui.test_screens_zh import clipped, data_words, english


@pytest.fixture
def widget(qtbot, shop):
    w = OrderActions(shop, who(shop, "B9001"))
    qtbot.addWidget(w)
    w.resize(900, 500)
    w.show()
    return w


def status(db, no):
    with db.session() as s:
        return s.scalar(select(Order.status).where(Order.order_no == no))


def skus(db, no):
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == no))
        return [(ln.product.sku, ln.qty) for ln in o.lines]


def ship(db, no, barcodes):
    st = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan(no)
    for b in barcodes:
        st.scan(b)
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    return st.sign_off().waybill_no


def ok(qtbot, dlg, reason="the buyer asked"):
    """Types the reason and presses Enter: the dialog's default button applies the change."""
    dlg.reason.setFocus()
    qtbot.keyClicks(dlg.reason, reason)
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)


def test_swap_a_line_for_another_size_picked_from_the_style_list(qtbot, widget, shop):
    seen = []
    widget.changed.connect(seen.append)
    widget.set_order("T2")
    assert widget.lines.rowCount() == 2 and widget.buttons["swap"].isEnabled()
    assert not widget.buttons["reship"].isEnabled(), "an order not shipped is not reshipped"
    dlg = widget.start("swap")
    assert dlg.isVisible() and dlg.picked_line().sku == "TS-BLK-L"
    assert [dlg.variants.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dlg.variants.count())] == ["TS-BLK-M"]
    ok(qtbot, dlg, "buyer wants M")
    assert not dlg.isVisible()
    assert skus(shop, "T2")[0] == ("TS-BLK-M", 2) and seen == ["T2"]
    assert "TS-BLK-M" in widget.message.text() and widget.lines.item(0, 1).text() == "TS-BLK-M"


def test_a_line_without_other_sizes_offers_nothing_and_nothing_changes(qtbot, widget, shop):
    widget.set_order("T2")
    dlg = widget.start("swap")
    dlg.lines.setFocus()
    qtbot.keyClick(dlg.lines, Qt.Key.Key_Down)  # the socks: one size only
    assert dlg.picked_line().sku == "SK-GRY" and dlg.variants.count() == 0
    ok(qtbot, dlg)
    assert skus(shop, "T2") == [("TS-BLK-L", 2), ("SK-GRY", 6)]
    assert "Pick a line" in widget.message.text()


def test_courier_from_a_combo_of_names_and_a_refusal_is_said(qtbot, widget, shop):
    widget.set_order("T1")
    dlg = widget.start("courier")
    names = [dlg.courier.itemText(i) for i in range(dlg.courier.count())]
    assert "SF Express" in names and all(n != "SF" for n in names)
    dlg.courier.setFocus()
    dlg.courier.setCurrentIndex(dlg.courier.findData("SF"))
    ok(qtbot, dlg, "x")  # one letter is no reason
    assert "reason" in widget.message.text()
    assert oc.order_sheet(shop, "T1").courier == ""
    dlg = widget.start("courier")
    dlg.courier.setCurrentIndex(dlg.courier.findData("SF"))
    ok(qtbot, dlg, "buyer pays for SF")
    assert oc.order_sheet(shop, "T1").courier == "SF" and "SF Express" in widget.title.text()


def test_recipient_cancel_and_gift_by_keys(qtbot, widget, shop):
    widget.set_order("T1")
    dlg = widget.start("recipient")
    assert dlg.phone.text() == "" and "5678" in dlg.phone.placeholderText() and "1234" not in dlg.phone.placeholderText()
    dlg.phone.setFocus()
    qtbot.keyClicks(dlg.phone, "13900001111")
    ok(qtbot, dlg, "new phone")
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        assert (o.phone, o.recipient_name) == ("13900001111", "陈小明"), "what was not typed stays"
    assert oc.order_sheet(shop, "T1").phone != "13900001111", "the desk sees the phone masked"
    dlg = widget.start("gift")
    dlg.products.setFocus()
    qtbot.keyClick(dlg.products, Qt.Key.Key_End)
    dlg.count.setFocus()
    dlg.count.selectAll()
    qtbot.keyClicks(dlg.count, "2")
    ok(qtbot, dlg, "promotion insert")
    sheet = oc.order_sheet(shop, "T1")
    assert sheet.lines[-1].gift and sheet.lines[-1].qty == 2 and widget.lines.item(1, 6).text() == "gift"
    dlg = widget.start("cancel")
    ok(qtbot, dlg, "buyer cancelled")
    assert status(shop, "T1") is OrderStatus.CANCELLED
    assert not widget.buttons["cancel"].isEnabled() and not widget.buttons["swap"].isEnabled()


def test_merge_ticks_orders_with_space_and_other_buyers_need_the_override(qtbot, widget, shop):
    with shop.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == "CAP-RED"))
        for no, buyer in (("M1", "tb_chen"), ("M2", "tb_chen"), ("M3", "tb_zhao")):
            o = Order(order_no=no, buyer_id=buyer, recipient_name="陈小明", phone="13812345678", province="浙江省",
                      city="杭州市", district="西湖区", address="文三路478号华星科技大厦3号楼1502室")
            o.lines.append(OrderLine(line_no=1, product_id=pid, qty=1))
            s.add(o)
    widget.set_order("M1")
    dlg = widget.start("merge")
    rows = [dlg.orders.item(r, 1).text() for r in range(dlg.orders.rowCount())]
    assert "M2" in rows and "M3" in rows
    r3 = rows.index("M3")
    dlg.orders.setFocus()
    dlg.orders.selectRow(r3)
    qtbot.keyClick(dlg.orders, Qt.Key.Key_Space)  # tick the other buyer's order too
    assert dlg.chosen() == sorted(["M2", "M3"], key=rows.index)
    ok(qtbot, dlg, "one parcel")
    assert "tb_zhao" in widget.message.text() and status(shop, "M3") is OrderStatus.OPEN
    dlg = widget.start("merge")
    dlg.orders.selectRow(r3)
    qtbot.keyClick(dlg.orders, Qt.Key.Key_Space)
    dlg.other_buyers.setFocus()
    qtbot.keyClick(dlg.other_buyers, Qt.Key.Key_Space)
    assert dlg.other_buyers.isChecked()
    ok(qtbot, dlg, "promotion items")
    assert status(shop, "M2") is status(shop, "M3") is OrderStatus.MERGED
    assert widget.buttons["unmerge"].isEnabled()
    ok(qtbot, widget.start("unmerge"), "separately after all")
    assert status(shop, "M2") is OrderStatus.OPEN


def test_split_and_reship_pick_quantities_per_line(qtbot, widget, shop):
    widget.set_order("T2")
    dlg = widget.start("split")
    spin = dlg.qty[1]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    ok(qtbot, dlg, "socks later")
    assert skus(shop, "T2") == [("TS-BLK-L", 2), ("SK-GRY", 4)] and skus(shop, "T2-S1") == [("SK-GRY", 2)]
    assert "T2-S1" in widget.message.text()
    with shop.session() as s:
        s.execute(update(Order).where(Order.order_no == "T2-S1").values(flag=Flag.NONE))
    ship(shop, "T2", ["6900000000028"] * 2 + ["6900000000042"] * 4)
    widget.set_order("T2")
    assert widget.buttons["reship"].isEnabled() and not widget.buttons["swap"].isEnabled()
    dlg = widget.start("reship")
    dlg.qty[0].setFocus()
    qtbot.keyClick(dlg.qty[0], Qt.Key.Key_Up)
    dlg.cause.setCurrentIndex(dlg.cause.findData("courier"))
    dlg.cost.setFocus()
    qtbot.keyClicks(dlg.cost, "15.5")
    ok(qtbot, dlg, "one shirt lost")
    rows = oc.reships(shop)
    assert [(r.reship_no, r.cause, r.cost, r.items) for r in rows] == [("T2-R1", "courier", Decimal("15.50"), 1)]
    assert "reshipped as T2-R1" in widget.linked.text() and "the rest ships as T2-S1" in widget.linked.text()
    widget.set_order("T2-R1")
    assert "reship of T2" in widget.linked.text() and not widget.buttons["close_reship"].isEnabled()
    ship(shop, "T2-R1", ["6900000000028"])
    widget.set_order("T2-R1")
    assert widget.buttons["close_reship"].isEnabled()
    ok(qtbot, widget.start("close_reship"), "buyer has the shirt")
    assert oc.reships(shop)[0].state == "closed" and "reship closed" in widget.linked.text()
    assert not widget.buttons["close_reship"].isEnabled()


def test_blue_and_purple_open_the_returns_flow(qtbot, widget, shop):
    opened = []
    widget.open_return.connect(lambda no, kind: opened.append((no, kind)))
    widget.set_order("T1")
    dlg = widget.start("flag")
    dlg.flag.setFocus()
    dlg.flag.setCurrentIndex(dlg.flag.findData("blue"))
    ok(qtbot, dlg, "another size")
    dlg = widget.start("flag")
    dlg.flag.setCurrentIndex(dlg.flag.findData("purple"))
    ok(qtbot, dlg, "buyer returns it")
    dlg = widget.start("flag")
    dlg.flag.setCurrentIndex(dlg.flag.findData("green"))
    ok(qtbot, dlg, "money in")
    assert opened == [("T1", "exchange"), ("T1", "return")]


def test_escape_cancels_a_dialog_and_nothing_changes(qtbot, widget, shop):
    widget.set_order("T1")
    dlg = widget.start("cancel")
    qtbot.keyClicks(dlg.reason, "no")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and status(shop, "T1") is OrderStatus.OPEN


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_the_chinese_widget_and_dialogs_show_no_english_and_no_raw_value(qtbot, qapp, shop, lang, tmp_path):
    install_translations(lang)
    try:
        w = OrderActions(shop, who(shop, "B9001"))
        qtbot.addWidget(w)
        w.resize(1000, 520)
        w.show()
        w.set_order("T2")
        data = data_words(shop)
        problems = english(w, data) + clipped(w)
        w.grab().save(str(tmp_path / "order_actions_zh.png"))
        for key in ("courier", "swap", "recipient", "gift", "flag", "cancel", "merge", "split", "reship"):
            dlg = w.start(key)
            qapp.processEvents()
            problems += [f"{key}: {p}" for p in english(dlg, data) + clipped(dlg)]
            dlg.reject()
        ok(qtbot, w.start("swap"), "x")
        problems += english(w, data)
        assert not problems, problems
    finally:
        install_translations("en")
