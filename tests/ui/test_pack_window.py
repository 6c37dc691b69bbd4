"""The station window driven as a packer drives it: keys at scanner speed, a few function keys, the scale."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.devices.printers import SimPrinter
from app.devices.scales import SimScale
from app.domain.packflow import Phase, Sound
from app.models import Order, OrderStatus, Parcel
from app.services.station import StationService
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer
from tests.fakes import fake_render


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def ui(qtbot, qapp, shop):
    clock = Clock()
    scanner = ScannerFilter(40, 2, clock=clock)  # the fixture has short order numbers
    qapp.installEventFilter(scanner)
    scale = SimScale(settle_s=0)
    station = StationService(shop, "PACK-01", _PngPrinter(), render_label=fake_render)
    win = MainWindow(station, scanner, SoundPlayer(enabled=False), scale=scale, demo=None, poll_ms=10_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield _Driver(qtbot, win, clock, scale)
    qapp.removeEventFilter(scanner)


class _PngPrinter(SimPrinter):
    def send(self, job_id, data):  # fake_render gives text, not ESC/POS: keep it as it came
        self.jobs.append(job_id)


class _Driver:
    def __init__(self, qtbot, win, clock, scale):
        self.qtbot, self.win, self.clock, self.scale = qtbot, win, clock, scale

    def target(self):
        return QApplication.focusWidget() or self.win

    def keys(self, text, gap_ms):
        for ch in text:
            self.clock.t += gap_ms
            QTest.keyClick(self.target(), ch)

    def scan(self, code):
        """As a wedge scanner types: 3 ms a key, then Enter."""
        self.keys(code, 3)
        self.clock.t += 3
        QTest.keyClick(self.target(), Qt.Key.Key_Return)

    def type(self, text, enter=True):
        """As a person types: 150 ms a key."""
        self.keys(text, 150)
        if enter:
            self.clock.t += 150
            QTest.keyClick(self.target(), Qt.Key.Key_Return)

    def key(self, k):
        QTest.keyClick(self.target(), k)

    def weigh(self, grams):
        self.scale.place(grams)
        self.win.poll_scale()

    @property
    def state(self):
        return self.win.station.state

    def cell(self, row, col):
        return self.win.pack.table.item(row, col).text()


def test_pack_an_order_with_the_scanner_only(ui):
    ui.scan("B1001")
    assert ui.state.phase is Phase.IDLE
    assert ui.win.stack.currentWidget() is ui.win.pack
    ui.scan("T2")
    assert ui.win.pack.table.rowCount() == 2
    assert ui.cell(0, 2) == "TS01/黑色/L" and ui.cell(0, 3) == "2"
    ui.scan("6900000000028")
    assert ui.cell(0, 4) == "1"
    ui.scan("6900000000028")
    assert ui.cell(0, 4) == "2"
    ui.scan("6900000000042")
    ui.key(Qt.Key.Key_F2)
    assert ui.win.pack.qty_edit.hasFocus()
    ui.type("6")  # the line's total
    assert ui.cell(1, 4) == "6"
    assert ui.state.phase is Phase.WEIGHING
    ui.weigh(0)
    ui.weigh(ui.state.expected_g + 10)
    assert ui.state.phase is Phase.READY
    ui.key(Qt.Key.Key_F12)
    assert ui.state.phase is Phase.DONE
    assert ui.state.waybill_no in ui.win.pack.instruction.text()
    with ui.win.station.db.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T2")) is OrderStatus.SHIPPED
        assert s.scalar(select(Parcel.waybill_no)) == ui.state.waybill_no
    ui.scan("T1")
    assert ui.state.order.order_no == "T1", "the next scan starts the next order"


def test_wrong_size_is_loud_and_must_be_acknowledged(ui):
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000011")  # M; the order wants L
    assert ui.win.pack.error_frame.isVisible()
    assert "M" in ui.win.pack.error_title.text() and "L" in ui.win.pack.error_title.text()
    assert ui.win.sounds.played[-1] is Sound.ERROR
    ui.scan("6900000000028")
    assert ui.cell(0, 4) == "0", "no scan counts before the error is acknowledged"
    ui.key(Qt.Key.Key_Space)
    assert not ui.win.pack.error_frame.isVisible()
    ui.scan("6900000000028")
    assert ui.cell(0, 4) == "1"


def test_slow_typing_is_not_a_scan(ui):
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000028")
    ui.key(Qt.Key.Key_F2)
    ui.type("6900000000042", enter=False)
    ui.clock.t += 150  # the last key is held back until the gap shows it was typed
    ui.qtbot.waitUntil(lambda: ui.win.pack.qty_edit.text() == "6900000000042", timeout=2000)
    assert ui.cell(1, 4) == "0"
    ui.clock.t += 150
    QTest.keyClick(ui.target(), Qt.Key.Key_Return)
    assert ui.state.error is not None and ui.state.error.code.value == "qty_barcode"


def test_barcode_scanned_into_quantity_field_is_a_scan(ui):
    ui.scan("B1001")
    ui.scan("T2")
    ui.scan("6900000000028")
    ui.key(Qt.Key.Key_F2)
    ui.scan("6900000000042")
    assert ui.win.pack.qty_edit.text() == ""
    assert ui.cell(1, 4) == "1"


def test_out_of_tolerance_blocks_print(ui, monkeypatch):
    ui.scan("B1001")
    ui.scan("T1")
    ui.scan("6900000000011")
    ui.weigh(0)
    ui.weigh(900)
    assert ui.state.phase is Phase.WEIGHT_OUT
    assert "missing or extra" in ui.win.pack.instruction.text()
    ui.key(Qt.Key.Key_F12)
    assert ui.state.phase is Phase.WEIGHT_OUT
    # re-weigh: lift the parcel, put it back with the missing item found
    ui.weigh(0)
    ui.weigh(222)
    assert ui.state.phase is Phase.READY


def test_sign_on_with_code_and_pin_typed(ui):
    ui.win.signon.code.setFocus()
    ui.type("P01")
    assert ui.win.signon.pin.hasFocus()
    ui.type("0000")
    assert ui.state.phase is Phase.SIGNED_OUT
    assert ui.win.signon.message.text()
    ui.type("P01")
    ui.type("1234")
    assert ui.state.phase is Phase.IDLE


def test_held_order_is_stopped_with_its_reason(ui):
    ui.scan("B1001")
    ui.scan("HOLD")
    assert ui.win.pack.error_frame.isVisible()
    assert "缺货" in ui.win.pack.error_detail.text()
