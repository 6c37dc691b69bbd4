"""Barcode scanners opened by URL; each runs a reader thread and hands ``ScanData`` to a callback.

    serial:///dev/ttyACM0?baud=9600&suffix=%0D&window_ms=300     serial and USB-CDC scanners (pyserial)
    usb://0x0c2e:0x0b87?iface=0&in=0x81                           HID-POS scanners (usage page 0x8C, pyusb)
    sim://scanner                                                 the simulated scanner (``.scan(text)``)

Keyboard-wedge scanners need no URL: the Qt event filter (app.ui.scanner) reads them with the pure
app.devices.wedge assembler. Options for every scanner: ``prefix``, ``suffix``, ``aim``, ``gs1``,
``gs_char``, ``min_length``, ``window_ms`` (same code twice within it counts once), ``frame_ms``
(half-read code timeout), ``encoding``.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from .decode import CodeFramer, Deduper, ScanConfig, ScanData, ScanPipeline, decode_scan, parse_gs1, split_aim

__all__ = ["open_scanner", "ScanData", "ScanConfig", "ScanPipeline", "CodeFramer", "Deduper", "decode_scan",
           "parse_gs1", "split_aim", "SimScanner", "ScannerError", "SCANNER_SCHEMES"]

SCANNER_SCHEMES = ("serial", "usb", "sim", "socket", "rfc2217", "loop")


class ScannerError(Exception):
    pass


class SimScanner:
    """The simulated scanner: ``scan(text)`` reads a code (through the same decoding as a real one)."""

    def __init__(self, on_scan: Callable[[ScanData], None], cfg: ScanConfig | None = None, url: str = "sim://scanner"):
        self.url = url
        self.pipeline = ScanPipeline(cfg or ScanConfig(), on_scan)
        self.connected = True
        self.last_error = ""

    def scan(self, text: str) -> ScanData | None:
        return self.pipeline.code(text, time.monotonic() * 1000)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    close = stop


def open_scanner(url: str, on_scan: Callable[[ScanData], None], *, on_status=None, usb_backend=None,
                 start: bool = True):
    """The scanner for ``url``, its reader thread started (unless ``start=False``)."""
    from ..printers.url import UrlError, parse_url, usb_ids

    try:
        dev = parse_url(url)
        cfg = ScanConfig.from_options(dev.options, window_ms=300.0)
    except (UrlError, ValueError, TypeError) as exc:
        raise ScannerError(f"bad scanner URL {url!r}: {exc}") from exc
    if dev.scheme == "sim":
        scanner = SimScanner(on_scan, cfg, url)
    elif dev.scheme == "usb":
        from .hidpos import HidPosScanner

        try:
            vid, pid = usb_ids(dev)
            scanner = HidPosScanner(vid, pid, on_scan, cfg=cfg, iface=dev.int_opt("iface"),
                                    ep_in=dev.int_opt("in"), backend=usb_backend, on_status=on_status, url=url)
        except UrlError as exc:
            raise ScannerError(str(exc)) from exc
    elif dev.scheme in ("serial", "socket", "rfc2217", "loop"):
        from .serial_scanner import SerialScanner

        scanner = SerialScanner(dev, on_scan, cfg=cfg, on_status=on_status)
    else:
        raise ScannerError(f"no scanner transport for {dev.scheme}:// (one of {', '.join(SCANNER_SCHEMES)})")
    if start:
        scanner.start()
    return scanner
