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
PRINTER_OPTIONS = ("profile", "model", "dots", "dots_per_line", "width_mm", "darkness", "density", "cutter",
                   "media", "feed", "feed_dots", "gap", "gap_mm")
SCANNER_OPTIONS = ("prefix", "suffix", "window_ms", "aim")


def identify(url: str) -> tuple[str, bool]:
    """(kind, certain): printer, scanner or scale, and whether the URL says so or it is only a guess.

    Certain: ``kind=`` in the URL; a scheme only one kind uses (tcp, file, cups, win32: printers — a scale is
    never on them; hid: a scale; sim://…); options only one kind takes (``protocol=``: a scale; ``prefix=``:
    a scanner; ``profile=``, ``dots=``, ``darkness=`` …: a printer). A bare serial port, pyserial URL or USB
    device is a guess (a serial port could be a scale, a USB id a scanner's clone chip)."""
    from .printers.url import parse_url

    dev = parse_url(url)
    kind = dev.opt("kind")
    if kind in ("printer", "scanner", "scale"):
        return kind, True
    if dev.scheme == "sim":
        return {"scale": "scale", "scanner": "scanner"}.get(dev.target, "printer"), True
    if dev.scheme == "hid" or "protocol" in dev.options:
        return "scale", True
    if dev.scheme in ("tcp", "file", "cups", "win32"):
        return "printer", True
    if any(k in dev.options for k in SCANNER_OPTIONS) and dev.scheme != "usb":
        return "scanner", True
    if any(k in dev.options for k in PRINTER_OPTIONS):
        return "printer", True
    if dev.scheme == "usb":
        from .printers.url import usb_ids

        vid, _ = usb_ids(dev)
        if "scanner" in KNOWN_VENDORS.get(vid, ("", ""))[1]:
            return "scanner", False
    return "printer", False


def device_kind(url: str) -> str:
    """printer, scanner or scale, from the URL (see :func:`identify`, which also says how sure it is)."""
    return identify(url)[0]


def _strip_kind(url: str) -> str:
    if "kind=" not in url:
        return url
    base, _, query = url.partition("?")
    rest = "&".join(p for p in query.split("&") if not p.startswith("kind="))
    return base + ("?" + rest if rest else "")


def devices_test(url: str, *, kind: str | None = None, timeout_s: float = 15.0, usb_backend=None,
                 label: bytes | None = None, label_size: str | None = None) -> str:
    """Read the scale, wait for a scan, or print a test label on the device ``url``; a line saying what
    happened, "OK: …" or "FAIL: …" with the driver's own words for the cause and ``[code]`` (a reason code).
    Never raises for a device problem: the answer says it.

    A device only *guessed* to be a printer (a bare serial port, a USB id: :func:`identify`) is asked for
    its status but gets no test label — it could be a scale; ``kind="printer"`` (``--kind printer``) or
    ``?kind=printer`` prints one. ``label_size`` ("100x150" …, the station's setting): a FAIL naming head and
    label width when that label does not fit the printer's head, before anything is printed."""
    try:
        guessed, certain = identify(url)
    except ValueError as exc:
        return f"FAIL: {exc} [bad_url]"
    explicit = kind is not None or certain
    kind = kind or guessed
    url = _strip_kind(url)
    if kind == "printer":
        return _test_printer(url, usb_backend, label, label_size, print_label=explicit)
    if kind == "scanner":
        return _test_scanner(url, usb_backend, timeout_s)
    return _test_scale(url, usb_backend, timeout_s)


def sample_label_bytes(text: str = "PackStation test label", width: int = 800) -> bytes:
    """A small ESC/POS raster test label ``width`` dots wide (the printer's head, at most 800): a border,
    a ruler every 10 mm and a black box."""
    from PIL import Image, ImageDraw

    from ..labels.escpos import escpos_raster

    w, h = max(64, min(800, width) // 8 * 8), 240
    img = Image.new("1", (w, h), 1)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, h - 1), outline=0, width=4)
    for x in range(0, w, 80):
        d.line((x, 0, x, 30), fill=0, width=2)
    d.rectangle((20, 60, 140, 180), fill=0)
    d.text((170, 80), text, fill=0)
    d.text((170, 120), datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S"), fill=0)
    d.text((170, 160), f"head {width} dots", fill=0)
    return escpos_raster(img)


def _fit_problem(profile, label_size: str | None) -> str:
    """"" when ``label_size`` fits the head (or none is given); else the FAIL line's words."""
    if not label_size:
        return ""
    from ..labels.render import LabelRenderError, check_label_fits

    try:
        check_label_fits(profile, label_size)
    except LabelRenderError as exc:
        return str(exc)
    return ""


def _test_printer(url: str, usb_backend, label: bytes | None, label_size: str | None = None,
                  print_label: bool = True) -> str:
    from .printers import PrinterError, open_printer

    try:
        p = open_printer(url, usb_backend=usb_backend)
    except PrinterError as exc:
        return f"FAIL: {exc} [{exc.code}]"
    try:
        head = p.profile
        problem = _fit_problem(head, label_size)
        if problem:
            return f"FAIL: {url}: {problem}; nothing printed [head_too_narrow]"
        before = p.status()
        fits = _sizes_text(head)
        if not print_label:
            if not before.online:
                return (f"FAIL: {url} does not answer as a printer: {before.describe()} "
                        f"[{before.blocking_reason or 'offline'}]")
            return (f"OK: {url} answers printer status ({before.describe()}); head {head.dots_per_line} dots{fits}. "
                    "No test label printed: the URL does not say this is a printer (it could be a scale) — "
                    "run again with --kind printer, or add ?kind=printer to the URL, to print one")
        data = label if label is not None else sample_label_bytes(width=head.dots_per_line)
        t0 = time.perf_counter()
        p.send(f"test-{int(time.time())}", data)
        ms = (time.perf_counter() - t0) * 1000
        after = getattr(p, "last_status", None) or before
        warn = " [paper_low]" if after.paper_low else ""
        return (f"OK: printed a test label on {url} ({len(data)} bytes, {ms:.0f} ms); status: {after.describe()}; "
                f"head {head.dots_per_line} dots{fits}{warn}")
    except PrinterError as exc:
        return f"FAIL: {exc} [{exc.code}]"
    finally:
        p.close()


def _sizes_text(head) -> str:
    from ..labels.render import fitting_sizes

    sizes = fitting_sizes(head)
    return f", label sizes that fit: {', '.join(sizes)}" if sizes else ", no label size fits it"


@dataclass(frozen=True)
class PrinterCheck:
    """One line of ``doctor``'s printer section: ``ok`` False is a problem; ``code`` a reason code."""
    name: str
    ok: bool
    detail: str
    code: str = ""


LANGUAGE_FAMILY = {"escpos-raster": "escpos", "escpos-compact": "escpos", "tspl": "tspl", "tspl-raster": "tspl",
                   "zpl": "zpl", "zpl-raster": "zpl"}


def check_configured_printer(url: str, label_size: str, language: str, *, backup_url: str = "",
                             usb_backend=None, name: str = "printer") -> list[PrinterCheck]:
    """What ``doctor`` says about the configured printer (and backup), printing nothing: the URL opens a
    printer, it answers status (ready; paper low is a warning, ``ok`` stays True), its profile speaks the
    label language, and the label size fits its head (head N dots, label M dots)."""
    from .printers import PrinterError, open_printer

    checks: list[PrinterCheck] = []
    try:
        p = open_printer(url, usb_backend=usb_backend)
    except PrinterError as exc:
        return [PrinterCheck(f"{name} URL", False, str(exc), exc.code)]
    try:
        head = p.profile
        checks.append(PrinterCheck(f"{name} URL", True, f"{url} ({head.name}, {head.language}, "
                                                       f"{head.dots_per_line} dots at {head.dpi} dpi)"))
        st = p.status()
        if st.ready:
            checks.append(PrinterCheck(f"{name} status", True, st.describe(), "paper_low" if st.paper_low else ""))
        else:
            checks.append(PrinterCheck(f"{name} status", False, st.describe(), st.blocking_reason))
        family = LANGUAGE_FAMILY.get(language)
        if family is None:
            checks.append(PrinterCheck(f"{name} language", False, f"unknown label language {language!r}",
                                       "bad_url"))
        elif head.language not in (family, "raw"):
            checks.append(PrinterCheck(f"{name} language", False,
                                       f"labels are made in {language} but the printer's profile speaks "
                                       f"{head.language}: set profile= in the URL or devices.label_language",
                                       "wrong_language"))
        else:
            checks.append(PrinterCheck(f"{name} language", True, f"{language} on a {head.language} profile"))
        problem = _fit_problem(head, label_size)
        if problem:
            checks.append(PrinterCheck(f"{name} label size", False, problem, "head_too_narrow"))
        else:
            from ..labels.render import size_width_dots

            checks.append(PrinterCheck(f"{name} label size", True,
                                       f"head {head.dots_per_line} dots, label {size_width_dots(label_size, head.dpi)}"
                                       f" dots ({label_size})"))
    finally:
        p.close()
    if backup_url:
        checks += check_configured_printer(backup_url, label_size, language, usb_backend=usb_backend,
                                           name="backup printer")
    return checks


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


def _reason_words(text: str) -> str:
    from .printers.errors import reason_of_text

    return reason_of_text(text, "error")


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
            why = getattr(scale, "last_error", "") or ""
            if why and why != "closed":      # the driver's own words: Permission denied, Invalid argument …
                return f"FAIL: the scale at {url} cannot be read: {why} [{_reason_words(why)}]"
            return (f"FAIL: the scale at {url} sends nothing it understands ({r.status}): check the line "
                    "settings (baud, bytesize, parity) and protocol= [no_reply]")
        return f"OK: {r.grams} g, {'stable' if r.stable else 'moving'}" + (f", {r.status}" if r.status != "ok" else "")
    finally:
        scale.close()


def check_configured_devices(cfg, *, usb_backend=None, timeout_s: float = 3.0) -> list[PrinterCheck]:
    """What ``doctor`` checks of this station's configured devices: the printer (and backup) as
    :func:`check_configured_printer` does, the scale opens and answers with a reading, the device scanner
    (when there is one) opens and reports itself connected. Nothing is printed and nothing is weighed."""
    checks = check_configured_printer(cfg.printer, cfg.label_size, cfg.label_language,
                                      backup_url=getattr(cfg, "backup_printer", ""), usb_backend=usb_backend)
    line = _test_scale(cfg.scale, usb_backend, timeout_s)
    checks.append(PrinterCheck("scale", line.startswith("OK"), line.split(": ", 1)[-1],
                               "" if line.startswith("OK") else _reason_words(line)))
    if getattr(cfg, "scanner_url", ""):
        checks.append(_check_scanner(cfg.scanner_url, usb_backend, timeout_s))
    return checks


def _check_scanner(url: str, usb_backend, timeout_s: float) -> PrinterCheck:
    from .scanners import ScannerError, open_scanner

    states: list[tuple[bool, str]] = []
    seen = threading.Event()

    def status(up: bool, why: str) -> None:
        states.append((up, why))
        seen.set()

    try:
        sc = open_scanner(url, lambda data: None, on_status=status, usb_backend=usb_backend)
    except ScannerError as exc:
        return PrinterCheck("scanner", False, str(exc), "bad_url")
    try:
        seen.wait(timeout_s)
    finally:
        sc.stop()
    if states and states[-1][0]:
        return PrinterCheck("scanner", True, f"{url}: connected")
    why = states[-1][1] if states else "no_data"
    return PrinterCheck("scanner", False, f"{url}: not connected ({why})", why)
