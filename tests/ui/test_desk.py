"""The supervisor desk and the packer's exception keys, driven through their widgets."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton
from sqlalchemy import select

from app.domain.packflow import Phase
from app.models import AuditLog, Flag, Order, OrderStatus
from app.services import auth
from app.services import supervisor as sv
from app.services.station import StationService
from app.ui.desk import DeskWindow
from app.ui.desk.returns_tab import parse_items
from app.ui.dialogs import OverrideDialog
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer
from tests.fakes import RecordingPrinter, fake_render

pytestmark = pytest.mark.both_dbs  # every desk screen works on the shared server too


def actor(db, ident):
    with db.session() as s:
        return auth.authenticate(s, ident, "999999" if ident == "B9001" else None)


@pytest.fixture
def desk(qtbot, shop):
    w = DeskWindow(shop, actor(shop, "B9001"))
    qtbot.addWidget(w)
    return w


def test_set_flag_then_work_the_queue(desk, shop, monkeypatch):
    assert desk.tab("orders").open("T1")
    desk.tab("orders").o_flag.setCurrentIndex(desk.tab("orders").o_flag.findData("yellow"))
    desk.tab("orders").o_reason.setText("等补货")
    set_flag = next(b for b in desk.tabs.widget(1).findChildren(QPushButton) if b.text() == desk.tab("orders").tr("Set flag"))
    QTest.mouseClick(set_flag, Qt.MouseButton.LeftButton)
    assert desk.tab("exceptions").queue.rowCount() == 1 and desk.tab("exceptions").queue.item(0, 1).text() == "hold"
    desk.tab("exceptions").queue.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("stock arrived", True)))
    desk.tab("exceptions").release_selected()
    assert desk.tab("exceptions").queue.rowCount() == 0
    with shop.session() as s:
        assert s.scalar(select(Order.flag).where(Order.order_no == "T1")) is Flag.NONE
        assert s.scalar(select(AuditLog.reason).where(AuditLog.action == "set_flag")
                        .order_by(AuditLog.id.desc())) == "stock arrived"


def test_packer_cannot_use_the_desk_actions(qtbot, shop):
    w = DeskWindow(shop, actor(shop, "B1001"))
    qtbot.addWidget(w)
    assert not w.do(lambda: sv.count_stock(shop, w.actor, "TS-BLK-M", 1, "x1"), "ok")
    assert w.message.text() == "Your role may not do this"


def test_receive_a_return_from_the_desk(desk, shop):
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    wb = st.sign_off().waybill_no
    desk.tab("returns").r_code.setText(wb)
    desk.tab("returns").r_reason.setText("不合适")
    desk.tab("returns").r_items.setText("TS-BLK-M×1")
    desk.tab("returns").r_exchange.setText("TS-BLK-L×1")
    desk.tab("returns").receive_return()
    assert "-EX1" in desk.tab("returns").r_result.text()


def test_parse_items():
    assert parse_items("A×2, B x1!，C") == [("A", 2, False), ("B", 1, True), ("C", 1, False)]
    with pytest.raises(ValueError):
        parse_items("A×zero")


def test_packer_marks_a_line_short_with_f8(qtbot, qapp, shop, monkeypatch):
    station = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    win = MainWindow(station, ScannerFilter(), SoundPlayer(enabled=False))
    qtbot.addWidget(win)
    station.sign_on("B1001")
    station.scan("T2")
    win.refresh()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Shelf empty", True)))
    win.on_short()
    assert station.state.phase is Phase.IDLE
    assert sv.list_cases(shop, kind="short_pick")[0].order_no == "T2"


def test_supervisor_counts_a_line_without_scanning_with_f10(qtbot, shop, monkeypatch):
    station = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    win = MainWindow(station, ScannerFilter(), SoundPlayer(enabled=False))
    qtbot.addWidget(win)
    station.sign_on("B1001")
    station.scan("T1")
    win.refresh()

    def fill(dialog):
        dialog.accept_scan("B9001")
        dialog.pin.setText("999999")
        dialog.reason.setCurrentText("Barcode unreadable")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OverrideDialog, "exec", fill)
    win.on_force_verify()
    assert station.state.phase is Phase.WEIGHING
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is OrderStatus.PACKING


def test_the_desk_saves_the_command_card(desk):
    from pypdf import PdfReader

    from app.domain.commands import CARD, barcode
    from tests.pdfimage import pdf_page_image
    import zxingcpp

    desk.card_button.click()
    path = desk.last_document
    assert path.name == "command-card.pdf" and "打包指令条码卡" in PdfReader(str(path)).pages[0].extract_text()
    found = {r.text for r in zxingcpp.read_barcodes(pdf_page_image(path, 200))}
    assert found == {barcode(c, q) for c, q in CARD}


def test_a_desk_action_while_the_server_is_gone_says_so_and_changes_nothing(desk, shop):
    from sqlalchemy import event

    def down(*_a):  # what the driver raises when the connection is gone (sqlite3's or psycopg's own)
        raise shop.engine.dialect.loaded_dbapi.OperationalError("server closed the connection unexpectedly")

    event.listen(shop.engine, "before_cursor_execute", down)
    ok = desk.do(lambda: sv.set_flag(shop, desk.actor, "T1", Flag.YELLOW, "缺货"), "done")
    event.remove(shop.engine, "before_cursor_execute", down)
    assert not ok
    assert desk.message.text() == desk.tr("The server does not answer: nothing was changed. Try again in a moment.")
    with shop.session() as s:
        assert s.scalar(select(Order.flag).where(Order.order_no == "T1")) is Flag.NONE
