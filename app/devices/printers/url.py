"""Device URLs: one string per device, split into scheme, target and options (pure).

    tcp://10.0.0.20:9100?timeout=5
    serial:///dev/ttyUSB0?baud=115200&bytesize=8&parity=N&stopbits=1&rtscts=1     (serial://COM3 on Windows)
    socket://host:port, rfc2217://host:port, loop://, hwgrep://… (any other pyserial URL, passed through)
    usb://0x0416:0x5011?out=0x01&in=0x82&iface=0&serial=ABC123
    file:///dev/usb/lp0
    cups://QueueName
    win32://Printer Name            (spaces may be written %20)
    sim://printer
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

PYSERIAL_SCHEMES = ("socket", "rfc2217", "loop", "hwgrep", "spy", "alt", "cp2110")


class UrlError(ValueError):
    pass


@dataclass(frozen=True)
class DeviceUrl:
    url: str
    scheme: str
    target: str                    # host:port, a path, a queue name, "VID:PID", "printer" …
    options: dict[str, str] = field(default_factory=dict)

    def opt(self, name: str, default: str | None = None) -> str | None:
        return self.options.get(name, default)

    def int_opt(self, name: str, default: int | None = None) -> int | None:
        value = self.options.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value, 0)
        except ValueError:
            raise UrlError(f"{self.url}: {name}={value!r} is not a number") from None

    def float_opt(self, name: str, default: float) -> float:
        value = self.options.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except ValueError:
            raise UrlError(f"{self.url}: {name}={value!r} is not a number") from None

    def bool_opt(self, name: str, default: bool = False) -> bool:
        value = self.options.get(name)
        if value is None:
            return default
        return value.lower() not in ("0", "no", "false", "off")


def parse_url(url: str) -> DeviceUrl:
    url = url.strip()
    if "://" not in url:
        raise UrlError(f"not a device URL (scheme://…): {url!r}")
    scheme, rest = url.split("://", 1)
    scheme = scheme.lower()
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    options = {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=True)}
    if scheme in ("serial", "file"):
        # serial:///dev/ttyUSB0 → /dev/ttyUSB0, serial://COM3 → COM3
        target = unquote(rest)
    elif scheme in ("tcp", "socket", "rfc2217"):
        parts = urlsplit(f"//{rest}")
        if not parts.hostname:
            raise UrlError(f"{url}: no host")
        try:
            port = parts.port
        except ValueError:
            raise UrlError(f"{url}: bad port") from None
        target = f"{parts.hostname}:{port or 9100}"
    else:
        target = unquote(rest).rstrip("/")
    if not target and scheme not in PYSERIAL_SCHEMES:
        raise UrlError(f"{url}: nothing after {scheme}://")
    return DeviceUrl(url=url, scheme=scheme, target=target, options=options)


def usb_ids(dev: DeviceUrl) -> tuple[int, int]:
    """``usb://0x0416:0x5011`` (hex with or without 0x) → (0x0416, 0x5011)."""
    try:
        vid_s, pid_s = dev.target.split(":", 1)
        return int(vid_s, 16), int(pid_s, 16)
    except ValueError:
        raise UrlError(f"{dev.url}: expected usb://VID:PID, e.g. usb://0x0416:0x5011") from None


SERIAL_KEYS = ("baud", "baudrate", "bytesize", "parity", "stopbits", "rtscts", "xonxoff", "dsrdtr")


def serial_kwargs(dev: DeviceUrl, default_baud: int = 9600) -> dict:
    """pyserial keyword arguments from ``baud``, ``bytesize``, ``parity`` (N/E/O/M/S), ``stopbits``,
    ``rtscts``, ``xonxoff``, ``dsrdtr``."""
    import serial

    kw: dict = {"baudrate": dev.int_opt("baud", dev.int_opt("baudrate", default_baud))}
    bytesize = dev.int_opt("bytesize", 8)
    if bytesize not in (5, 6, 7, 8):
        raise UrlError(f"{dev.url}: bytesize must be 5…8")
    kw["bytesize"] = bytesize
    parity = (dev.opt("parity", "N") or "N").upper()[:1]
    if parity not in serial.PARITY_NAMES:
        raise UrlError(f"{dev.url}: parity must be N, E, O, M or S")
    kw["parity"] = parity
    stop = dev.float_opt("stopbits", 1)
    if stop not in (1, 1.5, 2):
        raise UrlError(f"{dev.url}: stopbits must be 1, 1.5 or 2")
    kw["stopbits"] = int(stop) if stop in (1, 2) else 1.5
    for flag in ("rtscts", "xonxoff", "dsrdtr"):
        kw[flag] = dev.bool_opt(flag)
    return kw


def open_serial(dev: DeviceUrl, *, timeout: float | None, write_timeout: float | None = None,
                default_baud: int = 9600):
    """A pyserial port for ``serial://…`` or any pyserial URL (``socket://``, ``rfc2217://``, ``loop://`` …).
    Opened exclusively where the OS allows it, so two programs never read the same scanner."""
    import serial

    kw = serial_kwargs(dev, default_baud)
    if dev.scheme == "serial":
        port = serial.Serial(port=None, timeout=timeout, write_timeout=write_timeout, **kw)
        port.port = dev.target
        try:
            port.exclusive = True
        except (ValueError, AttributeError):  # not on this platform
            pass
        port.open()
        return port
    raw = dev.url.split("?", 1)[0]
    extra = [f"{k}={v}" for k, v in dev.options.items() if k not in SERIAL_KEYS and k not in _OURS]
    return serial.serial_for_url(raw + ("?" + "&".join(extra) if extra else ""), timeout=timeout,
                                 write_timeout=write_timeout, **kw)


_OURS = {"profile", "timeout", "darkness", "density", "cutter", "media", "dots", "dots_per_line", "feed",
         "feed_dots", "gap", "gap_mm", "status", "language", "dpi", "prefix", "suffix", "window_ms", "aim",
         "gs1", "encoding", "min_length", "frame_ms", "kind", "backup"}
