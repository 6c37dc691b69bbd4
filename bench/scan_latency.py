"""Scan latency at the station: scanner keys in → the line's count redrawn on screen.

Builds a SQLite database with 100,000 orders and 300,000 lines (bulk inserts), opens the real station
window offscreen with the real keyboard-wedge filter, and sends every scan as a scanner does: key events
for each character, then Enter. Each sample is the wall time from the first key to the table cell showing
the new count (the whole path: filter, pack flow, database commit, redraw).

    .venv/bin/python bench/scan_latency.py [scans]

Target: p99 ≤ 16 ms (one frame at 60 Hz), for item scans and for order scans (the order scan also looks up
what earlier parcels of the same items weighed).
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from app.db import Database  # noqa: E402
from app.models import Barcode, Order, OrderLine, Product, Role, Shop  # noqa: E402
from app.services import auth, waybills  # noqa: E402
from app.services.demo import ensure_reference_data  # noqa: E402

TARGET_MS = 16.0
N_ORDERS = 100_000
LINES_PER_ORDER = 3


def build(db: Database) -> None:
    rng = random.Random(5)
    with db.session() as s:
        ensure_reference_data(s)
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
        waybills.load_numbers(s, "ZTO", waybills.expand_range("7731", 1, 5000, 10))
        s.add(Shop(code="T", name="测试店", sender_name="测试店", sender_phone="13800000000", province="浙江省",
                   city="杭州市", address="文三路1号", is_default=True))  # the orders name none: the default's
        s.execute(insert(Product), [
            {"id": i, "sku": f"SKU{i:05d}", "name": f"商品{i}", "style": f"ST{i // 12}", "colour": "黑色",
             "size": ["S", "M", "L", "XL"][i % 4], "weight_g": 100 + i % 400, "stock": 100, "active": True}
            for i in range(1, 3001)])
        s.execute(insert(Barcode), [{"code": f"69{i:011d}", "product_id": i} for i in range(1, 3001)])
        for start in range(0, N_ORDERS, 20_000):
            ids = range(start + 1, start + 20_001)
            s.execute(insert(Order), [
                {"id": i, "order_no": f"2024{i:014d}", "recipient_name": "陈小明", "phone": "13812345678",
                 "province": "浙江省", "city": "杭州市", "district": "西湖区", "address": f"文三路{i % 900}号"}
                for i in ids])
            s.execute(insert(OrderLine), [
                {"order_id": i, "line_no": n + 1, "product_id": 1 + (i * 7 + n * 13) % 3000,
                 "qty": 1 + (n == 0 and rng.random() < 0.3)}
                for i in ids for n in range(LINES_PER_ORDER)])


def main() -> None:
    scans = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.devices.printers import SimPrinter
    from app.devices.scales import SimScale
    from app.services.station import StationService
    from app.ui.app import ensure_qapp, load_font
    from app.ui.main_window import MainWindow
    from app.ui.scanner import ScannerFilter
    from app.ui.sound import SoundPlayer

    tmp = Path(tempfile.mkdtemp(prefix="ps-bench-"))
    os.environ["PACKSTATION_HOME"] = str(tmp)
    db = Database(f"sqlite:///{tmp / 'bench.db'}")
    db.upgrade()
    t0 = time.perf_counter()
    build(db)
    print(f"built {N_ORDERS:,} orders / {N_ORDERS * LINES_PER_ORDER:,} lines in {time.perf_counter() - t0:.1f} s")

    app = ensure_qapp()
    load_font()
    scanner = ScannerFilter(40, 4)
    app.installEventFilter(scanner)
    station = StationService(db, "BENCH", SimPrinter())
    win = MainWindow(station, scanner, SoundPlayer(enabled=False), scale=SimScale(settle_s=0), poll_ms=10**6)
    win.resize(1366, 860)
    win.show()
    app.processEvents()

    def scan(code: str) -> None:
        for ch in code:
            QTest.keyClick(QApplication.focusWidget() or win, ch)
        QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Return)

    scan("B1001")
    rng = random.Random(9)
    samples: list[float] = []
    order_samples: list[float] = []
    while len(samples) < scans:
        oid = rng.randint(1, N_ORDERS)
        t = time.perf_counter()
        scan(f"2024{oid:014d}")
        order_samples.append((time.perf_counter() - t) * 1000)
        state = station.state
        if state.order is None:
            win.on_space()
            continue
        for row, line in enumerate(state.order.lines):
            for n in range(line.qty):
                code = f"69{line.product.id:011d}"
                t = time.perf_counter()
                scan(code)
                cell = win.pack.table.item(row, 4).text()
                samples.append((time.perf_counter() - t) * 1000)
                assert cell == str(n + 1), (cell, n + 1)
        station.abandon(confirmed=True)  # put it back (Esc would ask): the next sample starts from a fresh order
        win.refresh()

    samples.sort()
    p50 = statistics.median(samples)
    p99 = samples[int(len(samples) * 0.99) - 1]
    order_samples.sort()
    print(f"item scans: {len(samples)}  p50 {p50:.1f} ms  p99 {p99:.1f} ms  max {samples[-1]:.1f} ms")
    order_p99 = order_samples[int(len(order_samples) * 0.99) - 1]
    print(f"order scans: {len(order_samples)}  p50 {statistics.median(order_samples):.1f} ms  "
          f"p99 {order_p99:.1f} ms  max {order_samples[-1]:.1f} ms")
    worst = max(p99, order_p99)
    print(f"scan_latency p99 = {worst:.1f} ms, item and order scans (target ≤ {TARGET_MS:.0f} ms): "
          f"{'OK' if worst <= TARGET_MS else 'OVER'}")


if __name__ == "__main__":
    main()
