"""Scales opened by URL: `open_scale(url) -> ScaleDevice`.

Every device answers `read() -> Reading` at once (the UI polls it at 10 Hz); the real drivers read on their
own thread and `close()` stops it. `zero()` / `tare()` exist where the protocol has them (else ScaleError).
For the Devices screen and tests a real driver also has `wait_for(predicate, timeout)`, `connected`,
`last_error` (why it is offline), `last_reply` (the answer to the last zero/tare) and `sessions`.

URL forms
---------
    sim://scale                                   the simulated scale of the demo (SimScale)
    serial:///dev/ttyUSB0?protocol=toledo8217&baud=9600&bytesize=7&parity=E&stopbits=1&mode=poll
    serial://COM3?protocol=cas                    a Windows port
    serial:?url=socket://10.0.0.30:4001&protocol=mtsics     any pyserial URL (loop://, socket://, rfc2217://)
    hid://0x0922:0x8003                           a USB HID scale (here a Dymo M10) by VID:PID

Serial parameters (each checked; an unknown or bad one raises ScaleError naming it)
    protocol      required: mtsics, toledo8217, toledo, cas, and, nci, sma (see below)
    mode          poll or continuous (default: the protocol's usual one)
    baud          line speed (default: the protocol's factory setting, e.g. 9600; A&D 2400)
    bytesize      5, 6, 7 or 8 · parity N, E, O, M, S · stopbits 1, 1.5, 2 (factory settings by default)
    url           a pyserial URL instead of a device path
    unit          kg, g, lb, oz: what the digits mean when the frame carries no unit (toledo8217, CAS 10-byte
                  format); default kg
    checksum      1 or 0: Toledo continuous frames end with a checksum byte (default 1)
    interval_ms   poll period, or the expected frame interval in continuous mode (default 100)
    timeout_ms    how long a poll waits for its answer before asking again (default 500)
    stale_ms      a reading older than this reads as offline (default 3 × interval_ms, at least 1000)
    stable_n      equal readings in a row that count as stable when the frame has no motion flag (default 3)
    retry_ms, retry_max_ms   reconnect backoff: first wait and longest wait (default 50 and 2000)
HID parameters: interval_ms, stale_ms, retry_ms, retry_max_ms. sim parameters: settle_ms, noise_g.

Protocols (module docstrings give the byte formats)
    mtsics      Mettler Toledo MT-SICS: SI poll / SIR continuous; S S stable, S D dynamic, S I/+/-, ES/ET/EL
    toledo8217  Toledo 8217 / ECR: W poll; weight or ?status byte; Z zero
    toledo      Toledo continuous output: STX, status words A/B/C, weight, tare, CR, checksum; Z, T
    cas         CAS: ST/US/OL,GS/NT, the 22-byte frame with id and lamp byte, 18- and 10-byte formats
    and         A&D standard format: ST/US/OL headers, stream or Q poll; Z, T
    nci         Avery Weigh-Tronix NCI: W<CR> poll, weight line and status bytes, ETX; Z
    sma         SMA SCP-0499: <LF>W<CR> poll, <LF>R<CR> continuous, status/range/gross-net/motion chars; Z, T
    hid://      USB HID POS scales (Dymo, Mettler PS): report 3, status, unit, exponent, weight
"""
from __future__ import annotations

import os

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .reading import Reading
from .sim import SimScale
from .base import ScaleDevice, ScaleError
from .core import UNITS
from .registry import PROTOCOLS, SerialProtocol

__all__ = ["PROTOCOLS", "Reading", "ScaleDevice", "ScaleError", "SimScale", "open_scale", "parse_scale_url"]

PARITIES = {"N": "N", "E": "E", "O": "O", "M": "M", "S": "S", "NONE": "N", "EVEN": "E", "ODD": "O",
            "MARK": "M", "SPACE": "S"}
SERIAL_PARAMS = {"protocol", "mode", "baud", "bytesize", "parity", "stopbits", "url", "unit", "checksum",
                 "interval_ms", "timeout_ms", "stale_ms", "stable_n", "retry_ms", "retry_max_ms"}
HID_PARAMS = {"interval_ms", "stale_ms", "retry_ms", "retry_max_ms"}
SIM_PARAMS = {"settle_ms", "noise_g", "protocol"}


def _query(url: str, query: str, allowed: set[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key not in allowed:
            raise ScaleError(f"{url}: unknown parameter '{key}' (allowed: {', '.join(sorted(allowed))})")
        if key in params:
            raise ScaleError(f"{url}: parameter '{key}' given twice")
        params[key] = value
    return params


def _int(url: str, params: dict[str, str], name: str, lo: int, hi: int, default: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw, 0) if raw.strip().lower().startswith("0x") else int(raw)
    except ValueError:
        raise ScaleError(f"{url}: parameter '{name}' must be a whole number, not '{raw}'") from None
    if not lo <= value <= hi:
        raise ScaleError(f"{url}: parameter '{name}' must be between {lo} and {hi}, not {value}")
    return value


def _timing(url: str, params: dict[str, str]) -> dict[str, Any]:
    interval = _int(url, params, "interval_ms", 10, 60_000, 100)
    stale = _int(url, params, "stale_ms", 50, 600_000, max(1000, 3 * interval))
    retry = _int(url, params, "retry_ms", 1, 60_000, 50)
    retry_max = _int(url, params, "retry_max_ms", retry, 600_000, max(2000, retry))
    return {"interval_s": interval / 1000, "stale_s": stale / 1000, "retry_s": retry / 1000,
            "retry_max_s": retry_max / 1000}


def _serial(url: str, target: str, params: dict[str, str]) -> dict[str, Any]:
    name = params.get("protocol")
    if not name:
        raise ScaleError(f"{url}: parameter 'protocol' is required (one of {', '.join(PROTOCOLS)})")
    proto: SerialProtocol | None = PROTOCOLS.get(name.lower())
    if proto is None:
        raise ScaleError(f"{url}: parameter 'protocol' must be one of {', '.join(PROTOCOLS)}, not '{name}'")
    port = params.get("url")
    if port is not None and target:
        raise ScaleError(f"{url}: give either a device path or parameter 'url', not both")
    port = port if port is not None else target
    if not port:
        raise ScaleError(f"{url}: no device: give a path (serial:///dev/ttyUSB0) or parameter 'url'")
    mode = params.get("mode", proto.modes[0])
    if mode not in proto.modes:
        raise ScaleError(f"{url}: parameter 'mode' must be {' or '.join(proto.modes)} for {proto.name}, "
                         f"not '{mode}'")
    line = dict(proto.line)
    line["baudrate"] = _int(url, params, "baud", 50, 4_000_000, line["baudrate"])
    line["bytesize"] = _int(url, params, "bytesize", 5, 8, line["bytesize"])
    if "parity" in params:
        p = PARITIES.get(params["parity"].upper())
        if p is None:
            raise ScaleError(f"{url}: parameter 'parity' must be N, E, O, M or S, not '{params['parity']}'")
        line["parity"] = p
    if "stopbits" in params:
        sb = {"1": 1, "1.5": 1.5, "2": 2}.get(params["stopbits"])
        if sb is None:
            raise ScaleError(f"{url}: parameter 'stopbits' must be 1, 1.5 or 2, not '{params['stopbits']}'")
        line["stopbits"] = sb
    unit = params.get("unit", "kg")
    if "unit" in params and not proto.unit_param:
        raise ScaleError(f"{url}: parameter 'unit' does not apply: {proto.name} frames carry their unit")
    if unit not in UNITS:
        raise ScaleError(f"{url}: parameter 'unit' must be one of {', '.join(UNITS)}, not '{unit}'")
    if "checksum" in params and not proto.checksum_param:
        raise ScaleError(f"{url}: parameter 'checksum' only applies to protocol=toledo")
    checksum = _int(url, params, "checksum", 0, 1, 1) == 1
    timing = _timing(url, params)
    timeout = _int(url, params, "timeout_ms", 10, 60_000, 500)
    return {"port": port, "protocol": proto, "mode": mode, "line": line, "unit": unit, "checksum": checksum,
            "poll_timeout_s": timeout / 1000, "stable_n": _int(url, params, "stable_n", 1, 50, 3), **timing}


def _vid_pid(url: str, netloc: str) -> tuple[int, int]:
    try:
        vid_s, pid_s = netloc.split(":")
        vid, pid = int(vid_s, 16), int(pid_s, 16)
    except ValueError:
        raise ScaleError(f"{url}: a HID scale is hid://VID:PID in hex, e.g. hid://0x0922:0x8003") from None
    if not (0 <= vid <= 0xFFFF and 0 <= pid <= 0xFFFF):
        raise ScaleError(f"{url}: VID and PID are 16-bit numbers")
    return vid, pid


def parse_scale_url(url: str) -> tuple[str, dict[str, Any]]:
    """Check a scale URL without opening anything: (kind, settings) with kind sim, serial or hid."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "sim":
        if parts.netloc != "scale":
            raise ScaleError(f"{url}: the simulated scale is sim://scale")
        params = _query(url, parts.query, SIM_PARAMS)
        protocol = params.get("protocol", "")
        if protocol and protocol not in PROTOCOLS:
            raise ScaleError(f"{url}: protocol {protocol!r} is not one of {', '.join(sorted(PROTOCOLS))}")
        return "sim", {"settle_s": _int(url, params, "settle_ms", 0, 60_000, 600) / 1000,
                       "noise_g": _int(url, params, "noise_g", 0, 10_000, 0), "protocol": protocol}
    if scheme == "serial":
        params = _query(url, parts.query, SERIAL_PARAMS)
        target = parts.netloc + parts.path if parts.netloc else parts.path
        return "serial", _serial(url, target, params)
    if scheme == "hid":
        params = _query(url, parts.query, HID_PARAMS)
        vid, pid = _vid_pid(url, parts.netloc)
        return "hid", {"vid": vid, "pid": pid, **_timing(url, params)}
    raise ScaleError(f"{url}: unknown scale URL scheme '{parts.scheme}' (sim, serial or hid)")


def open_scale(url: str, *, usb_backend: Any = None, clock: Callable[[], float] | None = None,
               start: bool = True) -> ScaleDevice | SimScale:
    """Open the scale a URL names. The real drivers start their reader thread here (not at import, not in
    a constructor): `start=False` leaves that to the caller. `usb_backend` is a pyusb backend object."""
    kind, cfg = parse_scale_url(url)
    extra: dict[str, Any] = {} if clock is None else {"clock": clock}
    if kind == "sim":
        if cfg["protocol"] and hasattr(os, "openpty"):
            # a protocol simulator on a pseudo-terminal behind the real serial driver (the demo's scale)
            from .simulator import DemoSerialScale

            return DemoSerialScale(cfg["protocol"], settle_s=cfg["settle_s"])
        return SimScale(settle_s=cfg["settle_s"], noise_g=cfg["noise_g"], **extra)
    device: ScaleDevice
    if kind == "serial":
        from .serial_scale import SerialScale

        device = SerialScale(url, **cfg, **extra)
    else:
        from .hid_scale import HidScale

        device = HidScale(url, backend=usb_backend, **cfg, **extra)
    return device.start() if start else device
