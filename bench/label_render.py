"""Bench: render one 100×150 mm waybill at 203 dpi and encode it as ESC/POS GS v 0 raster.

Run with ``.venv/bin/python bench/label_render.py [runs]``. Prints the median and p95 milliseconds over the
runs (after one warm-up render that loads the font and the layout), the target, and the bytes per label.
Each run uses a fresh waybill and order number so per-value caches (barcode patterns, QR matrices) miss, as
they would on a real line; font glyph widths stay cached, as they do in the running program.
"""
from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.labels.data import LabelItem, WaybillLabel  # noqa: E402
from app.labels.escpos import escpos_raster  # noqa: E402
from app.labels.render import render_pdf, render_raster  # noqa: E402

TARGET_MS = 30.0
LAYOUT = "generic-100x150"
DPI = 203


def sample_label() -> WaybillLabel:
    return WaybillLabel(
        courier_code="ZTO", courier_name="中通快递", waybill_no="75312345678901", order_no="TB20241111000123456",
        recipient_name="欧阳娜娜", phone="13812345678", province="浙江省", city="杭州市", district="西湖区",
        address="古墩路88号嘉绿苑3号楼2单元1502室", postcode="310012", sender_name="小美服饰旗舰店",
        sender_phone="0571-88123456", sender_address="浙江省杭州市余杭区仓前街道良睦路1399号梦想小镇互联网村3幢201",
        items=(LabelItem("JN-2041", "浅蓝", "29", 1), LabelItem("TS-880", "白色", "L", 2),
               LabelItem("SK-1107", "黑色", "M", 1)),
        weight_g=1250, packer="李小龙", station="ST-03", printed_at=datetime(2024, 11, 11, 10, 32),
        privacy=True, route_code="310-W02 00")


def main(runs: int = 50) -> int:
    base = sample_label()
    data = escpos_raster(render_raster(base, LAYOUT, DPI))          # warm-up: font, layout, glyph widths
    times = []
    for i in range(runs):
        label = replace(base, waybill_no=f"7531234{5678901 + i:07d}", order_no=f"TB2024111100{i:07d}")
        t0 = time.perf_counter()
        image = render_raster(label, LAYOUT, DPI)
        data = escpos_raster(image)
        times.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    render_only = []
    for i in range(runs):
        label = replace(base, waybill_no=f"7541234{5678901 + i:07d}")
        t0 = time.perf_counter()
        render_raster(label, LAYOUT, DPI)
        render_only.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    pdf = render_pdf(base, LAYOUT, DPI)
    pdf_ms = (time.perf_counter() - t0) * 1000
    w, h = image.size
    print(f"label {LAYOUT} at {DPI} dpi: {w}×{h} dots, {runs} runs")
    print(f"render + ESC/POS encode: median {median:.1f} ms, p95 {p95:.1f} ms (target ≤ {TARGET_MS:.0f} ms) "
          f"-> {'OK' if median <= TARGET_MS else 'OVER TARGET'}")
    print(f"render only: median {statistics.median(render_only):.1f} ms")
    print(f"ESC/POS GS v 0 bytes per label: {len(data):,}")
    print(f"PDF: {pdf_ms:.0f} ms, {len(pdf):,} bytes")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
