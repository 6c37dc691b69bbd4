"""Serial lines for scales and scanners: open a port so that parity is really checked, and say in one
machine-readable word why a port could not be opened or went away.

Parity. pyserial clears INPCK, so with `parity=E` the OS never checks the parity bit, and at 7 data bits
the bit is simply dropped: one flipped bit gives another character. So:

- a line of 5-7 data bits with parity E/O/M/S on a real port (a device path, COM3, rfc2217://, hwgrep://)
  is opened with one data bit more and no parity: the parity bit arrives as the top bit of each byte and
  `SoftParity` checks it. A 7E1 line read as 8N1 is the same 10 bits on the wire, so this works with
  every UART, USB adapter and OS;
- an 8-bit line with parity on a local POSIX port is opened as asked and then set to INPCK | PARMRK: the
  kernel marks each bad byte (FF 00 x) and `MarkedParity` flags it. On Windows (and rfc2217://) pyserial
  offers no way to see parity errors of 8-bit lines (pyserial issue #357): there, the protocol's checksum
  and the agreement of consecutive frames remain;
- socket:// and loop:// have no line here (a serial device server checks its own UART): nothing to check.

Reasons (`reason_of`): port_missing, not_a_port, permission, port_busy, bad_line_settings, unreachable,
disconnected, io_error. The UI translates them; the exception's text stays in the driver's `last_error` for IT.
"""
from __future__ import annotations

import errno
import sys
from typing import Any

from .core import MarkedParity, PlainLine, SoftParity, flag, whole

NO_LINE_SCHEMES = ("socket://", "loop://")  # pyserial URLs whose line settings go nowhere

PORT_REASONS = ("port_missing", "not_a_port", "permission", "port_busy", "bad_line_settings", "unreachable",
                "disconnected", "io_error")

_ERRNO = {
    errno.ENOENT: "port_missing", errno.ENODEV: "port_missing", errno.ENXIO: "port_missing",
    errno.EACCES: "permission", errno.EPERM: "permission",
    errno.EBUSY: "port_busy", errno.EAGAIN: "port_busy",
    errno.EINVAL: "bad_line_settings", errno.ENOTTY: "not_a_port",
    errno.EIO: "disconnected", errno.EPIPE: "disconnected", errno.ECONNRESET: "disconnected",
    errno.ECONNREFUSED: "unreachable", errno.EHOSTUNREACH: "unreachable", errno.ENETUNREACH: "unreachable",
    errno.ETIMEDOUT: "unreachable", errno.EHOSTDOWN: "unreachable",
}
# pyserial on Windows (and for socket:// look-ups) puts the cause only in the message
_WORDS = (
    ("FileNotFoundError", "port_missing"), ("cannot find the file", "port_missing"),
    ("No such file", "port_missing"), ("Name or service not known", "unreachable"),
    ("getaddrinfo failed", "unreachable"), ("PermissionError", "port_busy"), ("Access is denied", "port_busy"),
    ("exclusively lock", "port_busy"), ("Invalid argument", "bad_line_settings"),
    ("baud rate", "bad_line_settings"), ("Not a valid", "bad_line_settings"),
    ("readiness to read but returned no data", "disconnected"), ("write failed", "disconnected"),
    ("ClearCommError", "disconnected"), ("Connection refused", "unreachable"),
)


PARITIES = {"N": "N", "E": "E", "O": "O", "M": "M", "S": "S", "NONE": "N", "EVEN": "E", "ODD": "O",
            "MARK": "M", "SPACE": "S"}


def line_settings(options: dict[str, str], defaults: dict[str, Any]) -> dict[str, Any]:
    """pyserial's line settings from URL parameters baud (or baudrate), bytesize, parity (N/E/O/M/S or the
    names), stopbits, and rtscts / xonxoff / dsrdtr where given; ValueError names a bad one."""
    line = dict(defaults)
    for name in ("baud", "baudrate"):
        if name in options:
            line["baudrate"] = whole(name, options[name], 50, 4_000_000)
    if "bytesize" in options:
        line["bytesize"] = whole("bytesize", options["bytesize"], 5, 8)
    if "parity" in options:
        p = PARITIES.get(options["parity"].strip().upper())
        if p is None:
            raise ValueError(f"parameter 'parity' must be N, E, O, M or S, not {options['parity']!r}")
        line["parity"] = p
    if "stopbits" in options:
        sb = {"1": 1, "1.5": 1.5, "2": 2}.get(options["stopbits"].strip())
        if sb is None:
            raise ValueError(f"parameter 'stopbits' must be 1, 1.5 or 2, not {options['stopbits']!r}")
        line["stopbits"] = sb
    for name in ("rtscts", "xonxoff", "dsrdtr"):
        if name in options:
            line[name] = flag(name, options[name])
    return line


def reason_of(exc: BaseException) -> str:
    """What a port error means, in one word: the errno where there is one (also inside pyserial's
    SerialException and its causes), else the words pyserial puts in the message."""
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(seen, "errno", None)
        if isinstance(code, int) and code in _ERRNO:
            return _ERRNO[code]
        if seen.args and isinstance(seen.args[0], int) and seen.args[0] in _ERRNO:
            return _ERRNO[seen.args[0]]
        seen = seen.__cause__ or seen.__context__
    message = str(exc)
    for words, reason in _WORDS:
        if words in message:
            return reason
    if isinstance(exc, ValueError):  # pyserial's own checks of the settings
        return "bad_line_settings"
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return "unreachable"
    return "io_error"


def has_line(port: str) -> bool:
    """Whether the line settings reach a UART: a device path, or a pyserial URL other than socket:// and
    loop://."""
    return not port.lower().startswith(NO_LINE_SCHEMES)


def plan(port: str, line: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(the settings to open the port with, the parity check: "soft", "marked" or "none")."""
    parity = line.get("parity", "N")
    bits = int(line.get("bytesize", 8))
    if parity == "N" or not has_line(port):
        return dict(line), "none"
    if bits < 8:
        return {**line, "bytesize": bits + 1, "parity": "N"}, "soft"
    if sys.platform != "win32" and "://" not in port:
        return dict(line), "marked"
    return dict(line), "none"


def decoder(check: str, line: dict[str, Any]) -> SoftParity | MarkedParity | PlainLine:
    if check == "soft":
        return SoftParity(int(line["bytesize"]), line["parity"])
    if check == "marked":
        return MarkedParity()
    return PlainLine()


def open_port(port: str, line: dict[str, Any], *, timeout: float, write_timeout: float | None = 1.0,
              exclusive: bool = True):
    """(the open pyserial port, its line decoder). A device path is opened exclusively where the OS allows it
    (two programs never read the same scale or scanner)."""
    import serial

    settings, check = plan(port, line)
    if "://" in port:
        ser = serial.serial_for_url(port, do_not_open=True, timeout=timeout, write_timeout=write_timeout,
                                    **settings)
    else:
        ser = serial.Serial(port=None, timeout=timeout, write_timeout=write_timeout, **settings)
        ser.port = port
        if exclusive:
            try:
                ser.exclusive = True
            except (ValueError, AttributeError):  # not on this platform
                pass
    ser.open()
    try:
        if check == "marked":
            _mark_parity_errors(ser)
    except Exception:
        ser.close()
        raise
    return ser, decoder(check, line)


def _mark_parity_errors(ser) -> None:
    """POSIX: check parity on input and mark bad bytes FF 00 x (a real FF arrives as FF FF)."""
    import termios

    fd = ser.fileno()
    attrs = termios.tcgetattr(fd)
    attrs[0] |= termios.INPCK | termios.PARMRK
    attrs[0] &= ~(termios.IGNPAR | termios.ISTRIP)
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
