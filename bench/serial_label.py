"""Bench: time to send one 100×150 mm waybill to a serial printer at 115,200 baud, per printer language.

Run with ``.venv/bin/python bench/serial_label.py [language …]``. The label is encoded (layout + render +
encode, timed too), then written through pyserial to one end of a pseudo-terminal while a "printer" thread
reads the other end. A pty does not enforce the baud rate, so the writer paces itself: 8N1 is 10 bits per
byte, 11,520 bytes/s, and every chunk waits until the wire would have carried the bytes before it. The time
is from the first byte written to the last byte received. Target: compact modes ≤ 1.5 s (the raster alone is
about 120 kB, ≈ 10.5 s).
"""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import serial  # noqa: E402

from app.labels.decode import decode_stream  # noqa: E402
from app.labels.printers import LANGUAGES, RASTER_LANGUAGES, PrinterProfile, encode_label  # noqa: E402
from label_render import sample_label  # noqa: E402

BAUD = 115_200
BITS_PER_BYTE = 10                 # start + 8 data + stop
CHUNK = 64
TARGET_COMPACT_S = 1.5


def send_paced(data: bytes, baud: int = BAUD) -> tuple[float, bytes]:
    """Write ``data`` into a pty at ``baud`` (paced), read it at the other end; (seconds, bytes received)."""
    master, slave = os.openpty()
    port = serial.Serial(os.ttyname(slave), baudrate=baud, timeout=1, write_timeout=5)   # raw mode, like a printer port
    received = bytearray()
    done = threading.Event()

    def printer() -> None:
        while len(received) < len(data):
            chunk = os.read(master, 65536)
            if not chunk:
                break
            received.extend(chunk)
        done.set()

    reader = threading.Thread(target=printer, daemon=True)
    reader.start()
    per_byte = BITS_PER_BYTE / baud
    t0 = time.perf_counter()
    for start in range(0, len(data), CHUNK):
        due = t0 + start * per_byte           # the wire is busy until the bytes before this chunk are out
        now = time.perf_counter()
        if due > now:
            time.sleep(due - now)
        port.write(data[start:start + CHUNK])
    port.flush()
    last = t0 + len(data) * per_byte          # the last chunk still takes its time on the wire
    now = time.perf_counter()
    if last > now:
        time.sleep(last - now)
    done.wait(30)
    elapsed = time.perf_counter() - t0
    port.close()
    os.close(slave)
    os.close(master)
    return elapsed, bytes(received)


def main(languages: list[str]) -> int:
    profile = PrinterProfile(darkness=10)
    label = sample_label("ZTO")
    ok = True
    print(f"ZTO 100x150 at {profile.dpi} dpi, {BAUD:,} baud 8N1 through a pty (paced)")
    print(f"{'language':<16}{'bytes':>10}{'encode ms':>11}{'send s':>9}   check")
    for language in languages:
        t0 = time.perf_counter()
        data = encode_label(label, "ZTO", "100x150", language, profile)
        encode_ms = (time.perf_counter() - t0) * 1000
        seconds, got = send_paced(data)
        intact = got == data and label.waybill_no in {b.data for b in decode_stream(got, language).barcodes} \
            if language not in RASTER_LANGUAGES else got == data
        verdict = "bytes intact" if intact else "BYTES DIFFER"
        if language not in RASTER_LANGUAGES:
            good = seconds <= TARGET_COMPACT_S
            ok &= good and intact
            verdict += f", target ≤ {TARGET_COMPACT_S} s {'OK' if good else 'MISSED'}"
        print(f"{language:<16}{len(data):>10,}{encode_ms:>11.1f}{seconds:>9.2f}   {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(LANGUAGES)))
