"""Bench: sign-off → the label's last byte handed to the transport, 100×150 mm at 203 dpi over TCP.

Run with ``.venv/bin/python bench/print_path.py [runs]``. Each run renders a fresh waybill (new waybill and
order number, so per-value caches miss), encodes it as ESC/POS GS v 0 raster and sends it with the real
TCP driver (app.devices.printers, status question before the job included) to a raw-9100 printer simulated
on 127.0.0.1 (tests/devices/printer_sim.py). The clock stops when the driver's socket write of the job's
last byte returns (``RawPrinter.last_write_done``); the status reply that confirms the job comes after
and is reported separately. Not included: the station's database work before rendering (waybill number,
parcel row), measured by the station's own benches. Target ≤ 100 ms (median).
"""
from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.devices.printers import open_printer  # noqa: E402
from app.labels.data import LabelItem, WaybillLabel  # noqa: E402
from app.labels.escpos import escpos_raster  # noqa: E402
from app.labels.render import render_raster  # noqa: E402
from tests.devices.printer_sim import TcpPrinterServer  # noqa: E402

TARGET_MS = 100.0
LAYOUT = "generic-100x150"
DPI = 203


def sample_label() -> WaybillLabel:
    return WaybillLabel(
        courier_code="ZTO", courier_name="中通快递", waybill_no="75312345678901", order_no="TB20241111000123456",
        recipient_name="欧阳娜娜", phone="13812345678", province="浙江省", city="杭州市", district="西湖区",
        address="古墩路88号嘉绿苑3号楼2单元1502室", postcode="310012", sender_name="小美服饰旗舰店",
        sender_phone="0571-88123456", sender_address="浙江省杭州市余杭区仓前街道良睦路1399号梦想小镇互联网村3幢201",
        items=(LabelItem("JN-2041", "浅蓝", "29", 1), LabelItem("TS-880", "白色", "L", 2)),
        weight_g=1250, packer="李小龙", station="ST-03", printed_at=datetime(2024, 11, 11, 10, 32),
        privacy=True, route_code="310-W02 00")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(len(s) * q)) - 1))]


def main(runs: int = 50) -> int:
    server = TcpPrinterServer()
    printer = open_printer(server.url)
    try:
        base = sample_label()
        printer.send("warm-up", escpos_raster(render_raster(base, LAYOUT, DPI)))   # font, layout, connection
        to_last_byte, confirmed, render_ms, send_ms = [], [], [], []
        sizes = set()
        for i in range(runs):
            label = replace(base, waybill_no=f"7531234{5678901 + i:07d}", order_no=f"TB2024111100{i:07d}")
            t0 = time.perf_counter()                                     # sign-off
            data = escpos_raster(render_raster(label, LAYOUT, DPI))
            t1 = time.perf_counter()
            printer.send(f"{label.order_no}-{label.waybill_no}", data)
            t2 = time.perf_counter()
            to_last_byte.append((printer.last_write_done - t0) * 1000)
            confirmed.append((t2 - t0) * 1000)
            render_ms.append((t1 - t0) * 1000)
            send_ms.append((printer.last_write_done - t1) * 1000)
            sizes.add(len(printer.profile.frame(data)))
        deadline = time.monotonic() + 5
        while len(server.labels) < runs + 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        median = statistics.median(to_last_byte)
        print(f"label {LAYOUT} at {DPI} dpi over TCP to 127.0.0.1, {runs} runs, profile {printer.profile.name}")
        print(f"sign-off → last byte handed to the transport: median {median:.1f} ms, p95 "
              f"{pct(to_last_byte, 0.95):.1f} ms (target ≤ {TARGET_MS:.0f} ms) -> "
              f"{'OK' if median <= TARGET_MS else 'OVER TARGET'}")
        print(f"  render + encode: median {statistics.median(render_ms):.1f} ms; status check + send: median "
              f"{statistics.median(send_ms):.1f} ms")
        print(f"  … + printer's status reply confirming the job: median {statistics.median(confirmed):.1f} ms")
        print(f"bytes sent per label: {', '.join(f'{n:,}' for n in sorted(sizes))}")
        print(f"labels the printer printed: {len(server.labels)} of {runs + 1}")
        return 0 if median <= TARGET_MS and len(server.labels) == runs + 1 else 1
    finally:
        printer.close()
        server.close()


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
