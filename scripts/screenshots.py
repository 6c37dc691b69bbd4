"""Drives the demo through the packing flow and saves a screenshot of each screen, in Chinese and English.

    .venv/bin/python scripts/screenshots.py [out/screens]

Runs offscreen (no display needed); the PNGs are what a packer sees (widget.grab() is byte-identical to a
screenshot under Xvfb)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["PACKSTATION_HOME"] = tempfile.mkdtemp(prefix="ps-shots-")
    from app.config import Config
    from app.ui.app import build_station, ensure_qapp, install_translations, load_font
    from app.ui.main_window import MainWindow
    from app.ui.scanner import ScannerFilter
    from app.ui.sound import SoundPlayer

    app = ensure_qapp()
    load_font()
    station, scale, printer, card = build_station(Config(station_name="PACK-01"), demo=True)
    for lang in ("zh_CN", "en"):
        install_translations(lang)
        scanner = ScannerFilter()
        win = MainWindow(station, scanner, SoundPlayer(enabled=False), scale=scale, demo=card, poll_ms=10**6)
        win.resize(1366, 768)
        win.show()
        app.processEvents()

        def shot(name: str) -> None:
            app.processEvents()
            win.grab().save(str(out / f"{lang}_{name}.png"))

        def weigh(grams: int) -> None:
            import time

            scale.place(grams)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not (scale.read().stable and scale.read().grams == grams):
                time.sleep(0.02)
            win.poll_scale()

        if station.state.phase.value != "signed_out":
            station.sign_out()
            win.refresh()
        shot("01_signon")
        win.on_scan("B1001")
        order = card.orders[2 if lang == "zh_CN" else 4]
        win.on_scan(order.order_no)
        shot("02_order_open")
        bc = order.items[0][0]
        win.on_scan(bc)
        if station.state.phase.value == "check":
            shot("06_manual_check")
            win.on_space()
        shot("03_mid_order")
        if card.wrong_items:
            win.on_scan(card.wrong_items[0][0])
            shot("04_error_wrong_variant")
            win.on_space()
            win.on_scan(card.wrong_items[1][0])
            shot("05_error_not_in_order")
            win.on_space()
        first = True
        for bc, _what, qty in order.items:
            for _ in range(qty - 1 if first else qty):
                win.on_scan(bc)
                if station.state.phase.value == "check":
                    shot("06_manual_check")
                    win.on_space()
            first = False
        weigh(0)
        shot("07_weighing")
        weigh((station.state.expected_g or 0) + 400)
        shot("08_weight_out")
        weigh(0)
        weigh(station.state.expected_g or 0)
        shot("09_ready")
        win.on_sign_off()
        shot("10_printed")
        weigh(0)
        held = next(o for o in card.orders if "hold" in o.note)
        win.on_scan(held.order_no)
        shot("11_on_hold")
        win.on_space()
        refund = next(o for o in card.orders if "refund" in o.note)
        win.on_scan(refund.order_no)
        shot("12_refund")
        win.on_space()
        from app.services import auth
        from app.ui.desk import DeskWindow

        with station.db.session() as s:
            sup = auth.authenticate(s, "B9001", "999999")
        desk = DeskWindow(station.db, sup, station.station_id, station=station)
        desk.show()
        app.processEvents()
        desk.grab().save(str(out / f"{lang}_13_desk_queue.png"))
        pk = desk.tab("pickups")
        desk.tabs.setCurrentWidget(pk)
        pk.courier.setText("ZTO")
        pk.open()
        if station.state.waybill_no:
            pk.on_scan(station.state.waybill_no)
        app.processEvents()
        desk.grab().save(str(out / f"{lang}_14_desk_pickup.png"))
        fig = desk.tab("figures")
        desk.tabs.setCurrentWidget(fig)
        fig.by.setCurrentIndex(fig.by.findData("courier"))
        fig.refresh()
        app.processEvents()
        desk.grab().save(str(out / f"{lang}_15_desk_figures.png"))
        desk.close()
        win.close()
        app.removeEventFilter(scanner)
    if printer.last_image is not None:
        printer.last_image.convert("L").save(out / "label_printed.png")
    print(f"screenshots in {out}")



if __name__ == "__main__":
    main()
