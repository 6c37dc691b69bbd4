"""The issue's acceptance run: on the demo, sign on and pack three orders with scanner-style keys only —
one with a wrong-item scan, one weighed out of tolerance and overridden — then read the database."""
import json

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from app.config import Config
from app.domain.packflow import Phase
from app.models import AuditLog, Order, OrderStatus, Parcel, ScanEvent
from app.ui.app import build_station
from app.ui.dialogs import OverrideDialog
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer


class Clock:
    t = 0.0

    def __call__(self):
        return self.t


@pytest.fixture
def demo(qtbot, qapp, tmp_path):
    station, scale, printer, card = build_station(
        Config(station_name="PACK-01", database_url=f"sqlite:///{tmp_path / 'demo.db'}"), demo=True)
    scale.settle_s = 0
    clock = Clock()
    scanner = ScannerFilter(40, 4, clock=clock)
    qapp.installEventFilter(scanner)
    win = MainWindow(station, scanner, SoundPlayer(enabled=False), scale=scale, demo=card, poll_ms=10**6)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, clock, scale, printer, card
    qapp.removeEventFilter(scanner)


def test_three_orders_from_the_demo_card(demo, monkeypatch, qtbot):
    win, clock, scale, printer, card = demo
    from app.devices.scales.serial_scale import SerialScale

    assert isinstance(scale.driver, SerialScale), "the demo weighs through the real serial driver"

    def keys(text, gap):
        for ch in text:
            clock.t += gap
            QTest.keyClick(QApplication.focusWidget() or win, ch)
        clock.t += gap
        QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Return)

    def scan(code):
        keys(code, 3)

    def weigh(grams):
        """The parcel goes on the demo scale: a CAS simulator on a pty, read by the real serial driver."""
        scale.place(grams)
        qtbot.waitUntil(lambda: scale.read().stable and scale.read().grams == grams, timeout=3000)
        win.poll_scale()

    def pack(order, wrong=None, extra_g=0):
        scan(order.order_no)
        assert win.station.state.order.order_no == order.order_no
        if wrong:
            scan(wrong)
            assert win.pack.error_frame.isVisible()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
            assert win.station.state.error is None
        for bc, _what, qty in order.items:
            for _ in range(qty):
                scan(bc)
                if win.station.state.phase is Phase.CHECK:
                    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert win.station.state.phase is Phase.WEIGHING
        weigh(0)
        weigh(win.station.state.expected_g + extra_g)

    def sign_off():
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
        assert win.station.state.phase is Phase.DONE
        return win.station.state.waybill_no

    scan("B1001")
    assert win.station.state.operator.name == "王芳"
    plain = [o for o in card.orders if o.items]
    pack(plain[0], wrong=card.wrong_items[0][0])
    first = sign_off()
    pack(plain[1], extra_g=400)
    assert win.station.state.phase is Phase.WEIGHT_OUT

    def supervisor_at_the_station(dialog):
        dialog.show()
        dialog.ident.setFocus()
        scan("B9001")                      # the supervisor's badge, scanned into the dialog
        assert dialog.ident.text() == "B9001"
        QTest.keyClicks(dialog.pin, "999999")
        dialog.reason.setCurrentIndex(1)
        dialog.hide()  # as exec() leaves it on OK
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OverrideDialog, "exec", supervisor_at_the_station)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    assert win.station.state.phase is Phase.READY
    second = sign_off()
    weigh(0)
    pack(plain[2])
    third = scan("B1001") or win.station.state.waybill_no  # sign off with the packer's own badge
    assert win.station.state.phase is Phase.DONE

    with win.station.db.session() as s:
        shipped = s.scalars(select(Order).where(Order.order_no.in_([o.order_no for o in plain[:3]]))).all()
        assert all(o.status is OrderStatus.SHIPPED for o in shipped)
        waybills = {p.waybill_no for p in s.scalars(select(Parcel))}
        assert waybills == {first, second, third}
        results = [r for r, in s.execute(select(ScanEvent.result).where(ScanEvent.kind == "item"))]
        assert results.count("ok") == sum(q for o in plain[:3] for _b, _w, q in o.items)
        assert any(r in ("wrong_variant", "not_in_order") for r in results)
        weights = [r for r, in s.execute(select(ScanEvent.result).where(ScanEvent.kind == "weight")
                                         .order_by(ScanEvent.id))]
        assert weights == ["ok", "out_of_tolerance", "ok"]  # the second was accepted by override
        audit = s.scalar(select(AuditLog).where(AuditLog.action == "override_weight"))
        assert audit.reason and json.loads(audit.before)["weight_g"] > json.loads(audit.before)["expected_g"]

    # The label the simulated printer received decodes back to the waybill number.
    image = printer.last_image.convert("L")
    decoded = {r.text for r in zxingcpp.read_barcodes(image)}
    assert third in decoded
