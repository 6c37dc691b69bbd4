"""What is attached, and a test for each device, for IT (``packstation devices list`` / ``devices test URL``)
and the Devices screen.

``list_devices()`` lists serial ports (serial.tools.list_ports) and USB devices (pyusb) with VID:PID, the
names the device gives, a guess of what it is (from the vendor table below and the USB interface classes)
and a URL to start from. The guess is only a guess: clone printers ship with the chip maker's VID.
``devices_test(url)`` reads the scale, waits for a scan, or prints a test label, and says what happened.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone

# VID → (vendor, what their USB devices usually are at a packing station)
KNOWN_VENDORS: dict[int, tuple[str, str]] = {
    0x0A5F: ("Zebra Technologies", "label printer"),
    0x05E0: ("Zebra (Symbol)", "barcode scanner"),
    0x0C2E: ("Honeywell (Metrologic)", "barcode scanner"),
    0x0536: ("Honeywell (Hand Held Products)", "barcode scanner"),
    0x05F9: ("Datalogic", "barcode scanner"),
    0x1EAB: ("Newland", "barcode scanner"),
    0x1203: ("TSC", "label printer (TSPL)"),
    0x6868: ("Gprinter (佳博)", "label / receipt printer"),
    0x1504: ("Xprinter (芯烨)", "label / receipt printer"),
    0x0416: ("Winbond chip", "POS printer (Xprinter, Gprinter and other clones)"),
    0x0483: ("STMicroelectronics chip", "printer or scanner clone"),
    0x1FC9: ("NXP chip", "printer clone"),
    0x04B8: ("Epson", "receipt / label printer"),
    0x0519: ("Star Micronics", "receipt printer"),
    0x1D90: ("Citizen", "label / receipt printer"),
    0x04F9: ("Brother", "label printer"),
    0x0922: ("Dymo", "scale or label printer"),
    0x0EB8: ("Mettler Toledo", "scale"),
    0x0403: ("FTDI", "USB-serial adapter (scale or scanner behind it)"),
    0x067B: ("Prolific", "USB-serial adapter (scale or scanner behind it)"),
    0x1A86: ("QinHeng (CH340)", "USB-serial adapter (scale or scanner behind it)"),
    0x10C4: ("Silicon Labs (CP210x)", "USB-serial adapter (scale or scanner behind it)"),
}
KNOWN_DEVICES: dict[tuple[int, int], str] = {
    (0x0922, 0x8003): "Dymo M10 scale",
    (0x0922, 0x8004): "Dymo M25 scale",
    (0x0416, 0x5011): "POS printer (Winbond chip: Xprinter / Gprinter clones)",
    (0x6868, 0x0500): "Gprinter label printer",
}
USB_CLASSES = {7: "printer", 3: "HID", 2: "serial (CDC)", 10: "serial (CDC data)", 8: "mass storage", 9: "hub"}


@dataclass(frozen=True)
class DeviceInfo:
    kind: str              # serial or usb
    url: str               # a URL to start from (check the options)
    name: str              # what the device calls itself
    guess: str             # printer, scanner, scale … (a guess)
    vid: int | None = None
    pid: int | None = None
    detail: str = ""

    @property
    def ids(self) -> str:
        return f"{self.vid:04x}:{self.pid:04x}" if self.vid is not None and self.pid is not None else ""


def guess(vid: int | None, pid: int | None, classes: tuple[int, ...] = ()) -> str:
    if vid is not None and pid is not None and (vid, pid) in KNOWN_DEVICES:
        return KNOWN_DEVICES[(vid, pid)]
    what = KNOWN_VENDORS.get(vid or -1)
    if 7 in classes:
        return f"{what[0]} printer" if what else "printer"
    if what:
        return f"{what[0]} {what[1]}"
    if 3 in classes:
        return "HID device (scanner in HID-POS mode, scale, or keyboard)"
    if 2 in classes or 10 in classes:
        return "USB serial device (scanner or scale)"
    return "unknown"


def list_serial_ports() -> list[DeviceInfo]:
    try:
        from serial.tools import list_ports
    except ImportError:  # pragma: no cover - pyserial is a dependency
        return []
    out = []
    for p in sorted(list_ports.comports(), key=lambda p: p.device):
        path = p.device
        url = f"serial://{path}"  # serial:///dev/ttyUSB0, serial://COM3
        name = " ".join(x for x in (p.manufacturer, p.product) if x) or (p.description if p.description != "n/a"
                                                                          else "")
        out.append(DeviceInfo("serial", url, name or path, guess(p.vid, p.pid) if p.vid else "serial port",
                              p.vid, p.pid, p.hwid if p.hwid != "n/a" else ""))
    return out


def list_usb_devices(backend=None) -> list[DeviceInfo]:
    try:
        import usb.core
        import usb.util
    except ImportError:  # pragma: no cover
        return []
    try:
        found = list(usb.core.find(find_all=True, backend=backend))
    except (usb.core.NoBackendError, usb.core.USBError, ValueError):
        return []
    out = []
    for d in found:
        classes: tuple[int, ...] = ()
        try:
            cfg = d[0]
            classes = tuple(sorted({i.bInterfaceClass for i in cfg}))
        except (usb.core.USBError, IndexError, ValueError, NotImplementedError):
            pass
        if d.bDeviceClass == 9 or classes == (9,):
            continue  # hubs
        name = " ".join(x for x in (_string(d, d.iManufacturer), _string(d, d.iProduct)) if x)
        kind_guess = guess(d.idVendor, d.idProduct, classes)
        url = f"usb://0x{d.idVendor:04x}:0x{d.idProduct:04x}"
        if KNOWN_DEVICES.get((d.idVendor, d.idProduct), "").endswith("scale") or "scale" in kind_guess and \
                3 in classes:
            url = f"hid://0x{d.idVendor:04x}:0x{d.idProduct:04x}"
        detail = ", ".join(USB_CLASSES.get(c, f"class {c}") for c in classes)
        if d.bus is not None:
            detail += f"{'; ' if detail else ''}bus {d.bus} address {d.address}"
        out.append(DeviceInfo("usb", url, name, kind_guess, d.idVendor, d.idProduct, detail))
    return out


def _string(dev, index) -> str:
    if not index:
        return ""
    try:
        import usb.util

        return usb.util.get_string(dev, index) or ""
    except Exception:  # noqa: BLE001 - no permission, or the device answers badly: no name
        return ""


def list_devices(*, usb_backend=None, serial: bool = True, usb: bool = True) -> list[DeviceInfo]:
    out: list[DeviceInfo] = []
    if serial:
        out += list_serial_ports()
    if usb:
        out += list_usb_devices(usb_backend)
    return out


def devices_list_text(devices: list[DeviceInfo] | None = None, *, usb_backend=None) -> str:
    devices = list_devices(usb_backend=usb_backend) if devices is None else devices
    if not devices:
        return "No serial ports or USB devices found (USB needs libusb and permission to read the devices)."
    rows = [("KIND", "ID", "GUESS", "NAME", "URL")]
    for d in devices:
        rows.append((d.kind, d.ids or "-", d.guess, d.name or "-", d.url))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    return "\n".join(line.rstrip() for line in lines)


# ---------------------------------------------------------------------------- tests for IT
def device_kind(url: str) -> str:
    """printer, scanner or scale, from the URL: ``kind=`` says it; else the scheme and options tell."""
    from .printers.url import parse_url

    dev = parse_url(url)
    kind = dev.opt("kind")
    if kind in ("printer", "scanner", "scale"):
        return kind
    if dev.scheme == "sim":
        return {"scale": "scale", "scanner": "scanner"}.get(dev.target, "printer")
    if dev.scheme == "hid" or "protocol" in dev.options:
        return "scale"
    if dev.scheme == "usb":
        from .printers.url import usb_ids

        vid, _ = usb_ids(dev)
        if "scanner" in KNOWN_VENDORS.get(vid, ("", ""))[1]:
            return "scanner"
        return "printer"
    if dev.scheme == "serial" and any(k in dev.options for k in ("prefix", "suffix", "window_ms", "aim")):
        return "scanner"
    return "printer"


def _strip_kind(url: str) -> str:
    if "kind=" not in url:
        return url
    base, _, query = url.partition("?")
    rest = "&".join(p for p in query.split("&") if not p.startswith("kind="))
    return base + ("?" + rest if rest else "")


def devices_test(url: str, *, kind: str | None = None, timeout_s: float = 15.0, usb_backend=None,
                 label: bytes | None = None) -> str:
    """Read the scale, wait for a scan, or print a test label on the device ``url``; a line saying what
    happened. Never raises for a device problem: the answer says it."""
    try:
        kind = kind or device_kind(url)
    except ValueError as exc:
        return f"FAIL: {exc}"
    url = _strip_kind(url)
    if kind == "printer":
        return _test_printer(url, usb_backend, label)
    if kind == "scanner":
        return _test_scanner(url, usb_backend, timeout_s)
    return _test_scale(url, usb_backend, timeout_s)


def sample_label_bytes(text: str = "PackStation test label") -> bytes:
    """A small ESC/POS raster test label: a border, a ruler every 10 mm and a black box."""
    from PIL import Image, ImageDraw

    from ..labels.escpos import escpos_raster

    w, h = 800, 240
    img = Image.new("1", (w, h), 1)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, h - 1), outline=0, width=4)
    for x in range(0, w, 80):
        d.line((x, 0, x, 30), fill=0, width=2)
    d.rectangle((20, 60, 140, 180), fill=0)
    d.text((170, 80), text, fill=0)
    d.text((170, 120), datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S"), fill=0)
    return escpos_raster(img)


def _test_printer(url: str, usb_backend, label: bytes | None) -> str:
    from .printers import PrinterError
    from .printers import open_printer

    try:
        p = open_printer(url, usb_backend=usb_backend)
    except PrinterError as exc:
        return f"FAIL: {exc}"
    try:
        before = p.status()
        data = label if label is not None else sample_label_bytes()
        t0 = time.perf_counter()
        p.send(f"test-{int(time.time())}", data)
        ms = (time.perf_counter() - t0) * 1000
        return f"OK: printed a test label on {url} ({len(data)} bytes, {ms:.0f} ms); status: {before.describe()}"
    except PrinterError as exc:
        return f"FAIL: {exc}"
    finally:
        p.close()


def _test_scanner(url: str, usb_backend, timeout_s: float) -> str:
    from .scanners import ScannerError, open_scanner

    got: list = []
    states: list[tuple[bool, str]] = []
    done = threading.Event()

    def on_scan(data):
        got.append(data)
        done.set()

    try:
        sc = open_scanner(url, on_scan, on_status=lambda up, why: states.append((up, why)), usb_backend=usb_backend)
    except ScannerError as exc:
        return f"FAIL: {exc}"
    try:
        done.wait(timeout_s)
    finally:
        sc.stop()
    if got:
        d = got[0]
        extra = f" [{d.symbology} {d.symbology_name}]" if d.symbology else ""
        if d.gs1:
            extra += " GS1 " + "".join(f"({k}){v}" for k, v in d.gs1.items())
        return f"OK: scanned {d.text!r}{extra}"
    why = next((w for up, w in reversed(states) if not up), "")
    return f"FAIL: no scan within {timeout_s:g} s" + (f" ({why})" if why else "")


def _test_scale(url: str, usb_backend, timeout_s: float) -> str:
    try:
        from .scales import ScaleError, open_scale
    except ImportError:
        from .scales import SimScale

        if url.startswith("sim://scale"):
            r = SimScale(settle_s=0).read()
            return f"OK: {r.grams} g, {'stable' if r.stable else 'moving'}"
        return "FAIL: no scale drivers in this build"
    try:
        scale = open_scale(url, usb_backend=usb_backend)
    except (ScaleError, ValueError) as exc:
        return f"FAIL: {exc}"
    try:
        end = time.monotonic() + min(timeout_s, 5.0)
        r = scale.read()
        while time.monotonic() < end and not r.online:
            time.sleep(0.1)
            r = scale.read()
        if not r.online:
            return f"FAIL: the scale at {url} does not answer ({r.status})"
        return f"OK: {r.grams} g, {'stable' if r.stable else 'moving'}" + (f", {r.status}" if r.status != "ok" else "")
    finally:
        scale.close()
