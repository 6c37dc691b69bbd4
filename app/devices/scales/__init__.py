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
    confirm_n     consecutive frames flagged stable that must agree before the weight is stable (default 2;
                  1 turns the check off). In poll mode the confirming frame is asked for at once.
    capacity_kg or capacity_g   the scale's capacity: a reading above it is status overload (reason
                  over_capacity), never a weight (default 300 kg; at most 10 000 kg)
    retry_ms, retry_max_ms   reconnect backoff: first wait and longest wait (default 50 and 2000)
HID parameters: interval_ms, stale_ms, retry_ms, retry_max_ms, capacity_kg/capacity_g, confirm_n (default 1:
USB checks its own transfers). sim parameters: settle_ms, noise_g.

What the driver guarantees
    Parity is checked where the line has one (a 7E1 line is read as 8N1 and each byte's parity bit checked;
    see line.py), checksums where the protocol has them (toledo); a frame with a bad byte, a frame longer
    than the protocol's longest and a number longer than its field are dropped. A weight is stable only
    after `confirm_n` consecutive stable frames agree. No reading beyond the capacity and no negative gross
    weight is ever a weight. Every frame is parsed in time linear in its length.

Reading.status and Reading.reason (machine-readable; the UI translates them, `detail` has English for IT)
    ok          ""                 a weight (stable or moving); "busy": the scale cannot weigh now (MT-SICS S I)
    overload    overload           the scale says it is over its range
                over_capacity      the reading is above the capacity (URL or default)
    underzero   underzero          the scale says it is under zero
                negative_gross     a gross weight below zero: zero the scale
    error       parity_error       a byte failed its parity check on the line
                checksum_error     the frame's checksum is wrong
                frame_too_long     a frame longer than the protocol allows (noise, wrong protocol)
                bad_frame          the weight cannot be read (too many digits, not a number, unknown unit)
                no_unit            the frame has no unit
                scale_error        the scale reports a fault of its own (zero error, RAM error …: see detail)
                unrecognised_command   the scale did not understand the driver (wrong protocol?)
    offline     not_started, connecting (the port is being opened), closed
                port_missing       no such port (unplugged, wrong name) or USB device
                not_a_port         the path is not a serial port (HID: the USB device has no scale endpoint)
                permission         no permission to open the port (Linux: the dialout group)
                port_busy          another program has the port open
                bad_line_settings  the port refused the line settings (baud, bytesize …)
                unreachable        socket:// / rfc2217://: the device server does not answer
                disconnected       the port went away while in use
                io_error           any other failure of the port (see detail)
                no_data            the port is open but nothing comes (cable, scale off, not polled right)
                unrecognised_data  bytes come but no frame of the protocol (protocol, baud, parity?)
                thread_died        the reader thread ended: the driver must be opened again

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

#: Reading.reason codes → English for IT (the UI translates the codes; see the table above).
SCALE_REASONS: dict[str, str] = {
    "": "weighing", "busy": "the scale cannot weigh now", "overload": "over its range",
    "over_capacity": "above the capacity", "underzero": "under zero", "negative_gross": "gross weight below zero",
    "parity_error": "parity error on the line", "checksum_error": "checksum wrong", "frame_too_long": "frame too long",
    "bad_frame": "weight unreadable", "no_unit": "no unit in the frame", "scale_error": "the scale reports a fault",
    "unrecognised_command": "the scale did not understand the driver", "not_started": "not started",
    "connecting": "connecting", "closed": "closed", "port_missing": "no such port", "not_a_port": "not a serial port",
    "permission": "no permission to open the port", "port_busy": "port in use by another program",
    "bad_line_settings": "line settings refused", "unreachable": "device server does not answer",
    "disconnected": "the port went away", "io_error": "port failure", "no_data": "nothing comes from the scale",
    "unrecognised_data": "bytes but no frame of the protocol", "thread_died": "the reader thread ended",
}

import os

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .reading import Reading
from .sim import SimScale
from .base import ScaleDevice, ScaleError
from .core import DEFAULT_CAPACITY_G, MAX_CAPACITY_G, UNITS, number, whole
from .line import line_settings
from .registry import PROTOCOLS, SerialProtocol

__all__ = ["PROTOCOLS", "Reading", "ScaleDevice", "ScaleError", "SimScale", "open_scale", "parse_scale_url"]

WEIGHT_PARAMS = {"capacity_kg", "capacity_g", "confirm_n"}
SERIAL_PARAMS = {"protocol", "mode", "baud", "bytesize", "parity", "stopbits", "url", "unit", "checksum",
                 "interval_ms", "timeout_ms", "stale_ms", "stable_n", "retry_ms", "retry_max_ms"} | WEIGHT_PARAMS
HID_PARAMS = {"interval_ms", "stale_ms", "retry_ms", "retry_max_ms"} | WEIGHT_PARAMS
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
        return whole(name, raw, lo, hi)
    except ValueError as exc:
        raise ScaleError(f"{url}: {exc}") from None


def _capacity(url: str, params: dict[str, str], confirm_default: int) -> dict[str, Any]:
    """capacity_kg (a decimal number) or capacity_g (whole grams), and confirm_n."""
    if "capacity_kg" in params and "capacity_g" in params:
        raise ScaleError(f"{url}: give parameter 'capacity_kg' or 'capacity_g', not both")
    grams = DEFAULT_CAPACITY_G
    if "capacity_kg" in params:
        raw = params["capacity_kg"]
        kg = number(raw, 12)
        if kg is None or not 0 < kg * 1000 <= MAX_CAPACITY_G:
            raise ScaleError(f"{url}: parameter 'capacity_kg' must be a number of kg above 0 and at most "
                             f"{MAX_CAPACITY_G // 1000}, not '{raw}'")
        grams = int(kg * 1000)
    elif "capacity_g" in params:
        grams = _int(url, params, "capacity_g", 1, MAX_CAPACITY_G, DEFAULT_CAPACITY_G)
    return {"capacity_g": max(1, grams), "confirm_n": _int(url, params, "confirm_n", 1, 10, confirm_default)}


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
    try:
        line = line_settings(params, proto.line)
    except ValueError as exc:
        raise ScaleError(f"{url}: {exc}") from None
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
            "poll_timeout_s": timeout / 1000, "stable_n": _int(url, params, "stable_n", 1, 50, 3), **timing,
            **_capacity(url, params, 2)}


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
        return "hid", {"vid": vid, "pid": pid, **_timing(url, params), **_capacity(url, params, 1)}
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
