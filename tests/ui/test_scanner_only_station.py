"""The acceptance run of issue #10: a station with only a serial scanner, a serial scale and an 80 mm ESC/POS
printer packs the demo's orders — a wrong item, manual checks and quantities included — with no key
pressed. The scanner is a pseudo-terminal read by the real serial scanner driver, the scale a Toledo 8217
on a pseudo-terminal read by the real serial scale driver, the printer a TCP ESC/POS printer on 127.0.0.1
whose head is 576 dots (python-escpos' profile of an 80 mm printer): every label is the 72 mm layout,
no wider than the head, and every waybill comes out once."""
from __future__ import annotations

import sys

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.devices.printers import open_printer
from app.devices.scales import open_scale
from app.devices.scales.simulator import PtyScale
from app.devices.scanners import open_scanner
from app.domain.commands import Command, barcode
from app.domain.packflow import Phase
from app.labels.printers import PrinterProfile
from app.models import Flag, Order, OrderLine, OrderStatus, Parcel, ParcelStatus, Product
from app.services import demo as demo_svc
from app.services.station import StationService, label_renderer
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerBridge, ScannerFilter
from app.ui.sound import SoundPlayer
from tests.devices.printer_sim import Pty, TcpPrinterServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty")
WAIT = 8000


@pytest.fixture
def floor(qtbot, db, tmp_path):
    demo_svc.seed_demo(db)
    srv = TcpPrinterServer()
    printer = open_printer(f"{srv.url}?profile=escpos-80")
    assert printer.profile.dots_per_line == 576
    scale_sim = PtyScale("toledo8217", tmp_path / "ttyScale")
    scale_sim.plug()
    scale = open_scale(f"serial://{tmp_path / 'ttyScale'}?protocol=toledo8217&interval_ms=20&retry_ms=5")
    station = StationService(db, "PACK-80", printer,
                             render_label=label_renderer("escpos-raster", "72x130", PrinterProfile.for_head(printer.profile)))
    win = MainWindow(station, ScannerFilter(), SoundPlayer(enabled=False), scale=scale, poll_ms=20)
    qtbot.addWidget(win)
    win.show()
    pty = Pty()
    bridge = ScannerBridge(win)
    bridge.scanned.connect(win.on_scan)
    bridge.status.connect(win.on_scanner_status)
    win.handled = []
    bridge.scanned.connect(win.handled.append)  # after on_scan: the window has acted on this scan
    scanner = open_scanner(f"serial://{pty.path}?baud=9600&window_ms=0", bridge.deliver, on_status=bridge.report)
    yield win, station, pty, scale_sim, srv, db
    scanner.stop()
    pty.close()
    scale.close()
    scale_sim.unplug()
    printer.close()
    srv.close()


def test_a_day_of_demo_orders_from_the_scanner_alone(qtbot, floor):
    win, st, pty, scale_sim, srv, db = floor
    scans: list[str] = []

    def scan(code: str, until):
        """The packer pulls the trigger: the code goes down the serial line, the window acts on it."""
        scans.append(code)
        pty.write(code.encode() + b"\r\n")
        qtbot.waitUntil(lambda: len(win.handled) == len(scans), timeout=WAIT)
        assert win.handled[-1] == code
        qtbot.waitUntil(until, timeout=WAIT)

    def settle(grams: int):
        scale_sim.set(grams)
        qtbot.waitUntil(lambda: st.state.last_reading_g == grams and st.state.last_stable, timeout=WAIT)

    with db.session() as s:
        todo = s.scalars(select(Order).where(Order.status == OrderStatus.OPEN, Order.refund_requested.is_(False),
                                             Order.flag != Flag.YELLOW)
                         .options(selectinload(Order.lines).selectinload(OrderLine.product)
                                  .selectinload(Product.barcodes)).order_by(Order.order_no)).all()
        plan = [(o.order_no, [(ln.product.barcodes[0].code, ln.qty, bool(ln.product.manual_check))
                              for ln in o.lines]) for o in todo]
        other = s.scalars(select(Product).options(selectinload(Product.barcodes))).all()
    assert len(plan) >= 30, "the demo has a day of orders"
    settle(0)
    scan("B1001", lambda: st.state.phase is Phase.IDLE)
    wrong_done = checks = quantities = 0
    for order_no, lines in plan:
        scan(order_no, lambda: st.state.order is not None and st.state.order.order_no == order_no)
        if not wrong_done:  # a wrong item: loud, acknowledged from the scanner
            mine = {bc for bc, _, _ in lines}
            stranger = next(p.barcodes[0].code for p in other if p.barcodes and p.barcodes[0].code not in mine)
            scan(stranger, lambda: st.state.error is not None)
            scan(barcode(Command.ACK), lambda: st.state.error is None)
            wrong_done = 1
        for code, qty, check in lines:
            scan(code, lambda: st.state.phase in (Phase.CHECK, Phase.PACKING, Phase.WEIGHING))
            if check:
                scan(barcode(Command.CHECK), lambda: st.state.phase is not Phase.CHECK)
                checks += 1
            if qty > 1:  # the line's total from the command card (a check asks again for the rest)
                scan(barcode(Command.QTY, qty), lambda: st.state.phase in (Phase.CHECK, Phase.PACKING, Phase.WEIGHING))
                if st.state.phase is Phase.CHECK:
                    scan(barcode(Command.CHECK), lambda: st.state.phase is not Phase.CHECK)
                quantities += 1
        qtbot.waitUntil(lambda: st.state.phase is Phase.WEIGHING, timeout=WAIT)
        settle(st.state.expected_g)
        qtbot.waitUntil(lambda: st.state.phase is Phase.READY, timeout=WAIT)
        scan(barcode(Command.SIGN_OFF), lambda: st.state.phase is Phase.DONE)
        settle(0)  # the parcel comes off the scale
    assert wrong_done and checks and quantities, (wrong_done, checks, quantities)
    scan(barcode(Command.SIGN_OUT), lambda: st.state.phase is Phase.SIGNED_OUT)
    with db.session() as s:
        parcels = s.scalars(select(Parcel).where(Parcel.status == ParcelStatus.PRINTED)).all()
        assert len(parcels) == len(plan) and len({p.waybill_no for p in parcels}) == len(plan)
        shipped = s.scalars(select(Order.order_no).where(Order.status == OrderStatus.SHIPPED,
                                                         Order.order_no.in_([no for no, _ in plan]))).all()
        assert len(shipped) == len(plan)
    qtbot.waitUntil(lambda: len(srv.labels) == len(plan), timeout=WAIT)
    # every label is a 72 mm raster no wider than the 576-dot head: GS v 0 bands of at most 72 bytes a row
    raw = bytes(srv.received)
    widths = set()
    at = raw.find(b"\x1dv0")
    while at >= 0:
        widths.add(raw[at + 4] + 256 * raw[at + 5])
        at = raw.find(b"\x1dv0", at + 8)
    assert widths and max(widths) <= 72, widths
