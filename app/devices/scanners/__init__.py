"""Barcode scanners opened by URL; each runs a reader thread and hands ``ScanData`` to a callback.

    serial:///dev/ttyACM0?baud=9600&suffix=%0D&window_ms=300     serial and USB-CDC scanners (pyserial)
    socket://10.0.0.31:4001, rfc2217://…, loop://                 any other pyserial URL
    usb://0x0c2e:0x0b87?iface=0&in=0x81                           HID-POS scanners (usage page 0x8C, pyusb)
    sim://scanner                                                 the simulated scanner (``.scan(text)``)

Keyboard-wedge scanners need no URL: the Qt event filter (app.ui.scanner) reads them with the pure
app.devices.wedge assembler. Options for every scanner: ``prefix``, ``suffix``, ``aim``, ``gs1``,
``gs_char``, ``min_length``, ``max_length`` (longest code, default 4096 bytes: a longer one is discarded
and reported), ``window_ms`` (same code twice within it counts once), ``frame_ms`` (half-read code
timeout), ``encoding`` (auto, or a text encoding such as gb18030). Serial: ``baud``, ``bytesize``,
``parity``, ``stopbits``, ``rtscts``, ``xonxoff``, ``dsrdtr`` (parity is checked, see scales/line.py).
USB: ``iface``, ``in``. Every option is checked when the scanner is opened: an unknown or bad one raises
ScannerError naming it. The status codes ``on_status(connected, why)`` reports are listed in reader.py.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..scales.core import whole
from ..scales.line import line_settings
from .decode import SCAN_OPTIONS, CodeFramer, Deduper, ScanConfig, ScanData, ScanPipeline, decode_scan, parse_gs1, \
    split_aim
from .reader import ScannerError

__all__ = ["open_scanner", "parse_scanner_url", "ScanData", "ScanConfig", "ScanPipeline", "CodeFramer",
           "Deduper", "decode_scan", "parse_gs1", "split_aim", "SimScanner", "ScannerError", "SCANNER_SCHEMES",
           "STATUS_CODES"]

SCANNER_SCHEMES = ("serial", "usb", "sim", "socket", "rfc2217", "loop")
LINE_OPTIONS = ("baud", "baudrate", "bytesize", "parity", "stopbits", "rtscts", "xonxoff", "dsrdtr")
USB_OPTIONS = ("iface", "in")
PYSERIAL_URL_OPTIONS = ("logging", "timeout", "poll_modem", "ign_set_control")  # pyserial's own, passed on

STATUS_CODES = {  # why → what it means (English, for IT; the UI has its own translated sentences)
    "": "connected",
    "port_missing": "no such port or USB device (unplugged, or a wrong name)",
    "not_a_port": "the path is not a serial port",
    "permission": "no permission to open the port (Linux: add the user to the dialout group)",
    "port_busy": "another program has the port open",
    "bad_line_settings": "the port refused the line settings (baud, bytesize …)",
    "unreachable": "the serial device server does not answer",
    "disconnected": "the scanner went away while in use",
    "io_error": "another failure of the port",
    "keyboard_mode": "the USB scanner is a keyboard, not HID-POS: scan its 'USB HID-POS' setup code",
    "no_interface": "the USB device has no HID-POS interface or endpoint",
    "thread_died": "the reader failed and is being started again",
    "code_too_long": "a code longer than max_length was discarded",
    "parity_error": "a code with a parity error on the line was discarded",
    "callback_error": "the program could not take a scanned code: it is lost",
}


@dataclass(frozen=True)
class ScannerUrl:
    """A checked scanner URL: scheme, the port to open (serial) or VID/PID (usb), line, decoding."""

    url: str
    scheme: str
    cfg: ScanConfig
    port: str = ""
    line: dict[str, Any] = field(default_factory=dict)
    vid: int = 0
    pid: int = 0
    iface: int | None = None
    ep_in: int | None = None


def parse_scanner_url(url: str) -> ScannerUrl:
    """Check a scanner URL without opening anything; ScannerError names what is wrong."""
    from ..printers.url import UrlError, parse_url, usb_ids

    try:
        dev = parse_url(url)
    except UrlError as exc:
        raise ScannerError(f"bad scanner URL {url!r}: {exc}") from None
    scheme = dev.scheme
    if scheme not in SCANNER_SCHEMES:
        raise ScannerError(f"{url}: no scanner transport for {scheme}:// (one of {', '.join(SCANNER_SCHEMES)})")
    allowed = set(SCAN_OPTIONS)
    if scheme in ("serial", "socket", "rfc2217", "loop"):
        allowed |= set(LINE_OPTIONS)
    if scheme in ("socket", "rfc2217", "loop"):
        allowed |= set(PYSERIAL_URL_OPTIONS)
    if scheme == "usb":
        allowed |= set(USB_OPTIONS)
    for key in dev.options:
        if key not in allowed:
            raise ScannerError(f"{url}: unknown parameter '{key}' (allowed: {', '.join(sorted(allowed))})")
    try:
        cfg = ScanConfig.from_options(dev.options, window_ms=300.0)
        if scheme == "sim":
            if dev.target != "scanner":
                raise ValueError("the simulated scanner is sim://scanner")
            return ScannerUrl(url, scheme, cfg)
        if scheme == "usb":
            vid, pid = usb_ids(dev)
            iface = whole("iface", dev.options["iface"], 0, 255) if dev.options.get("iface") else None
            ep_in = whole("in", dev.options["in"], 0x81, 0x8F) if dev.options.get("in") else None
            return ScannerUrl(url, scheme, cfg, vid=vid, pid=pid, iface=iface, ep_in=ep_in)
        line = line_settings(dev.options, {"baudrate": 9600, "bytesize": 8, "parity": "N", "stopbits": 1})
    except (ValueError, UrlError) as exc:
        raise ScannerError(f"{url}: {exc}") from None
    if scheme == "serial":
        port = dev.target
    else:  # the pyserial URL, with only pyserial's own options
        extra = [f"{k}={v}" for k, v in dev.options.items() if k in PYSERIAL_URL_OPTIONS]
        port = dev.url.split("?", 1)[0] + ("?" + "&".join(extra) if extra else "")
    return ScannerUrl(url, scheme, cfg, port=port, line=line)


class SimScanner:
    """The simulated scanner: ``scan(text)`` reads a code (through the same decoding as a real one)."""

    def __init__(self, on_scan: Callable[[ScanData], None], cfg: ScanConfig | None = None, url: str = "sim://scanner"):
        self.url = url
        self.pipeline = ScanPipeline(cfg or ScanConfig(), on_scan)
        self.connected = True
        self.last_error = ""
        self.last_detail = ""

    def scan(self, text: str) -> ScanData | None:
        return self.pipeline.code(text, time.monotonic() * 1000)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    close = stop


def open_scanner(url: str, on_scan: Callable[[ScanData], None], *, on_status=None, usb_backend=None,
                 start: bool = True):
    """The scanner for ``url``, its reader thread started (unless ``start=False``). Every option is checked
    first: ScannerError names a bad one."""
    u = parse_scanner_url(url)
    if u.scheme == "sim":
        scanner: Any = SimScanner(on_scan, u.cfg, url)
    elif u.scheme == "usb":
        from .hidpos import HidPosScanner

        scanner = HidPosScanner(u.vid, u.pid, on_scan, cfg=u.cfg, iface=u.iface, ep_in=u.ep_in,
                                backend=usb_backend, on_status=on_status, url=url)
    else:
        from .serial_scanner import SerialScanner

        scanner = SerialScanner(u.port, u.line, on_scan, cfg=u.cfg, on_status=on_status, url=url)
    if start:
        scanner.start()
    return scanner
