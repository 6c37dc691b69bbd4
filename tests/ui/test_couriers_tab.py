"""The desk's Couriers tab and the packing screen's pool line, driven with real key events: add a courier in
the dialog, edit it, retire it; the levels and their warning shown; the station says how many numbers are left."""
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.devices.scales import SimScale
from app.services import couriers as cs
from app.services.station import StationService
from app.ui.desk import DeskWindow
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who


@pytest.fixture
def desk(qtbot, shop):
    w = DeskWindow(shop, who(shop, "B9001"))
    qtbot.addWidget(w)
    w.show()
    return w


def rows(tab):
    t = tab.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())}


def select(tab, code):
    t = tab.table
    t.setCurrentCell(next(r for r in range(t.rowCount()) if t.item(r, 0).text() == code), 0)


def type_into(qtbot, widget, text):
    if hasattr(widget, "lineEdit"):  # a spin box: its text field takes the keys
        widget = widget.lineEdit()
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:  # QTest types ASCII only: a key event carrying the character, as an input method sends it
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_add_edit_retire_a_courier_from_the_desk(desk, qtbot, shop, monkeypatch):
    tab = desk.show_tab("couriers")
    got = rows(tab)
    assert {"ZTO", "YTO", "STO", "YUNDA", "SF", "JTSD", "EMS", "JD", "DBL"} <= set(got)
    assert got["ZTO"][2:8] == ["number range", "50", "—", "200", "active", "running low"]
    assert got["STO"][7] == "no numbers left"
    assert "Running low:" in tab.summary.text() and "中通快递" in tab.summary.text()

    def add(dlg):
        dlg.show()
        type_into(qtbot, dlg.code, "zjs")
        type_into(qtbot, dlg.name, "宅急送")
        type_into(qtbot, dlg.services, "标快，特快")
        dlg.source.setFocus()
        qtbot.keyClick(dlg.source, Qt.Key.Key_Down)  # e-waybill account (快递100)
        type_into(qtbot, dlg.warn, "30")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)  # Enter: Save
        return dlg.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab, "run_dialog", add)
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "Courier ZJS added" in desk.message.text()
    zjs = cs.courier(shop, "ZJS")
    assert (zjs.name, zjs.service_types, zjs.waybill_source, zjs.warn_level) == ("宅急送", ("标快", "特快"),
                                                                             "kuaidi100", 30)
    row = rows(tab)["ZJS"]
    assert row[2] == "e-waybill (快递100)" and row[7] == "ZJS has no e-waybill account yet"

    def edit(dlg):
        dlg.show()
        assert dlg.code.isReadOnly() and dlg.name.text() == "宅急送"
        type_into(qtbot, dlg.warn, "80")
        dlg.source.setFocus()
        qtbot.keyClick(dlg.source, Qt.Key.Key_Up)  # back to the number range
        qtbot.keyClick(dlg.warn, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted

    select(tab, "ZJS")
    monkeypatch.setattr(tab, "run_dialog", edit)
    QTest.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert (cs.courier(shop, "ZJS").warn_level, cs.courier(shop, "ZJS").waybill_source) == (80, "range")

    def cancel(dlg):
        dlg.show()
        type_into(qtbot, dlg.name, "NOT SAVED")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Escape)
        return dlg.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab, "run_dialog", cancel)
    QTest.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert cs.courier(shop, "ZJS").name == "宅急送"

    monkeypatch.setattr(desk, "ask", lambda *_a: "合同到期 contract ended")
    QTest.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert rows(tab)["ZJS"][6] == "retired" and cs.courier(shop, "ZJS").active is False
    QTest.mouseClick(tab.reactivate_button, Qt.MouseButton.LeftButton)
    assert rows(tab)["ZJS"][6] == "active"


def test_a_refusal_is_said_and_a_packer_may_not(qtbot, shop, monkeypatch):
    w = DeskWindow(shop, who(shop, "B1001"))
    qtbot.addWidget(w)
    tab = w.show_tab("couriers")

    def add(dlg):
        dlg.show()
        type_into(qtbot, dlg.code, "ZJS")
        type_into(qtbot, dlg.name, "宅急送")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab, "run_dialog", add)
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert w.message.text() == "Your role may not do this"
    QTest.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)  # nothing chosen
    assert "Choose a courier" in w.message.text()


def test_the_account_dialog_saves_an_account(desk, qtbot, shop, monkeypatch):
    from app.models import Role
    from app.services import auth

    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", "000000", Role.ADMIN, "B9999")
    admin_desk = DeskWindow(shop, who(shop, "B9999"))
    qtbot.addWidget(admin_desk)
    tab = admin_desk.show_tab("couriers")

    def fill(dlg):
        dlg.show()
        assert dlg.edits["kuaidicom"].text() == "yuantong"
        type_into(qtbot, dlg.edits["api_key"], "KEY1")
        type_into(qtbot, dlg.edits["api_secret"], "SECRET1")
        type_into(qtbot, dlg.edits["partner_id"], "yto-acc")
        type_into(qtbot, dlg.prefetch, "5")
        qtbot.keyClick(dlg.edits["partner_id"], Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted

    select(tab, "YTO")
    monkeypatch.setattr(tab, "run_dialog", fill)
    QTest.mouseClick(tab.account_button, Qt.MouseButton.LeftButton)
    acc, = cs.courier(shop, "YTO").accounts
    assert (acc.shop, acc.partner_id, acc.prefetch, acc.has_secret) == ("", "yto-acc", 5, True)


def test_the_packing_screen_says_how_many_numbers_are_left(qtbot, shop):
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    win = MainWindow(st, ScannerFilter(40, 2), SoundPlayer(enabled=False), scale=SimScale(settle_s=0), poll_ms=10**6)
    qtbot.addWidget(win)
    win.show()
    win.on_sign_on("B1001", "")
    win.on_scan("T1")
    assert win.pack.pool_label.full_text() == "中通快递: 50 waybill numbers left — running low, tell the supervisor"
    with shop.session() as s:
        cs.edit_in(s, None, "ZTO", {"warn_level": 10})
    win.on_scan("6900000000011")
    assert "running low" in win.pack.pool_label.full_text(), "read once per order, not at every scan"
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    st.sign_off()
    win.refresh()
    assert win.pack.pool_label.full_text() == "中通快递: 49 waybill numbers left"


def test_a_range_is_loaded_from_the_tab(desk, qtbot, shop, monkeypatch):
    tab = desk.show_tab("couriers")

    def fill(dlg):
        dlg.show()
        type_into(qtbot, dlg.prefix, "sto")
        type_into(qtbot, dlg.first, "1")
        type_into(qtbot, dlg.count, "300")
        type_into(qtbot, dlg.digits, "10")
        qtbot.keyClick(dlg.first, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted

    select(tab, "STO")
    monkeypatch.setattr(tab, "run_dialog", fill)
    QTest.mouseClick(tab.range_button, Qt.MouseButton.LeftButton)
    assert desk.message.text() == "STO: 300 numbers added, 0 already known"
    assert rows(tab)["STO"][3] == "300" and rows(tab)["STO"][7] == ""

    def bad(dlg):
        dlg.show()
        type_into(qtbot, dlg.first, "abc")
        qtbot.keyClick(dlg.first, Qt.Key.Key_Return)
        return dlg.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab, "run_dialog", bad)
    QTest.mouseClick(tab.range_button, Qt.MouseButton.LeftButton)
    assert "whole numbers" in desk.message.text() and rows(tab)["STO"][3] == "300"
