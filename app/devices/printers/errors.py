"""What every printer raises and reports: ``PrinterError`` and its two kinds, and ``PrinterStatus``.

A failed job is one of two things, and the caller must tell them apart:

* ``PrinterRefused`` — nothing of the job was sent (the printer was out of paper before the job, the link
  would not open, the label is wider than the head …): safe to send again, or to another printer;
* ``PrinterOutcomeUnknown`` — some or all of the job went out, then the link failed or the printer reported
  a fault (paper out while the bytes were arriving, cover opened, no confirmation): the printer may print it
  — many hold the job and print it when the fault is cleared. Do not send it to another printer, and do not
  count it as not printed: ask the packer (look at the printer) or reprint as a logged reprint.

Both carry ``code``, a machine-readable reason (:data:`REASONS`) the UI translates, and ``printer_url``.
``PrinterStatus.reasons`` gives the same codes for a status; ``describe()`` stays English, for IT logs.
"""
from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

#: Reason codes (what the UI translates) → the English IT logs read.
REASONS: dict[str, str] = {
    "offline": "offline",
    "paper_out": "paper out",
    "paper_low": "paper low",                      # reported, never blocking
    "cover_open": "cover open",
    "paper_jam": "paper jam",
    "ribbon_out": "ribbon out",
    "cutter_error": "cutter error",
    "mechanical_error": "mechanical error",
    "printer_error": "printer error",
    "paused": "paused",
    "head_too_narrow": "label wider than the print head",
    "refused": "connection refused",
    "timeout": "timed out",
    "unreachable": "host unreachable",
    "connection_lost": "connection lost",
    "permission_denied": "permission denied",
    "not_found": "not found",
    "busy": "in use by another program",
    "invalid_setting": "invalid port setting",
    "no_reply": "no status reply",
    "queue_disabled": "print queue disabled",
    "spooler_error": "the spooler refused the job",
    "bad_url": "bad printer URL",
    "wrong_language": "the printer's profile speaks another language than the labels",
    "error": "error",
}

BLOCKING_ORDER = ("offline", "paper_out", "cover_open")


class PrinterError(Exception):
    """A job that did not (certainly) print. Prefer the two kinds below; this base is what callers catch."""

    def __init__(self, message: str = "", code: str = "error", *, printer_url: str = ""):
        super().__init__(message)
        self.code = code if code in REASONS else "error"
        self.printer_url = printer_url
        self.errors: tuple[str, ...] = ()      # a pool: what every printer it tried said


class PrinterRefused(PrinterError):
    """Nothing of the job was sent: safe to send it again, here or to another printer."""


class PrinterOutcomeUnknown(PrinterError):
    """Some or all of the job went out before the failure: it may print. Never resend it elsewhere."""


_ERRNO_CODES = {
    errno.ECONNREFUSED: "refused", errno.ETIMEDOUT: "timeout", errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied", errno.ENOENT: "not_found", errno.ENODEV: "not_found",
    errno.ENXIO: "not_found", errno.EBUSY: "busy", errno.EINVAL: "invalid_setting",
    errno.ENOTTY: "invalid_setting", errno.EHOSTUNREACH: "unreachable", errno.ENETUNREACH: "unreachable",
    errno.EHOSTDOWN: "unreachable", errno.ECONNRESET: "connection_lost", errno.EPIPE: "connection_lost",
    errno.ECONNABORTED: "connection_lost", errno.EIO: "connection_lost",
}


def reason_of(exc: BaseException | None, default: str = "error") -> str:
    """The reason code of an exception the OS, pyserial or pyusb raised (``errno`` where it has one, else
    the kind of exception, else the words of its message)."""
    seen = 0
    while exc is not None and seen < 5:
        code = getattr(exc, "code", None)
        if isinstance(code, str) and code in REASONS and code != "error":
            return code
        if isinstance(exc, (socket.timeout, TimeoutError)) or type(exc).__name__ in (
                "SerialTimeoutException", "USBTimeoutError"):
            return "timeout"
        num = getattr(exc, "errno", None)
        if isinstance(num, int) and num in _ERRNO_CODES:
            return _ERRNO_CODES[num]
        if isinstance(num, int) and -num in _ERRNO_CODES:      # libusb's own negative numbers
            return _ERRNO_CODES[-num]
        args = getattr(exc, "args", ())
        if args and isinstance(args[0], int) and args[0] in _ERRNO_CODES:   # termios.error: (errno, text)
            return _ERRNO_CODES[args[0]]
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return default


def reason_of_exception(exc: BaseException, default: str = "error") -> str:
    """:func:`reason_of`, then the exception's words (pyserial wraps termios errors in text only)."""
    code = reason_of(exc, "")
    if code:
        return code
    texts = []
    while exc is not None and len(texts) < 5:
        texts.append(str(exc))
        exc = exc.__cause__ or exc.__context__
    return reason_of_text(" ".join(texts), default)


def reason_of_text(text: str, default: str = "error") -> str:
    """A reason code from an error message (a spooler's or a driver's words)."""
    low = text.lower()
    for words, code in ((("permission denied", "access is denied"), "permission_denied"),
                        (("connection refused",), "refused"), (("timed out", "timeout"), "timeout"),
                        (("no such file", "not found", "does not exist", "no such device"), "not_found"),
                        (("invalid argument", "inappropriate ioctl", "could not configure port"),
                         "invalid_setting"), (("busy",), "busy"),
                        (("unreachable",), "unreachable")):
        if any(w in low for w in words):
            return code
    return default


@dataclass(frozen=True)
class PrinterStatus:
    """What a printer says about itself. ``known`` is False when the transport cannot ask (a one-way link):
    the other fields are then only what the program could see (it opened, it took the bytes). ``codes`` are
    the reason codes of ``error`` (paper_jam, cutter_error …) or, offline, of its cause (refused, timeout …)."""

    online: bool
    paper_out: bool = False
    cover_open: bool = False
    error: str = ""
    paper_low: bool = False
    known: bool = True
    codes: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        """Can take a job. Paper low is not a reason to stop (the roll has some way to go)."""
        return self.online and not self.paper_out and not self.cover_open and not self.error

    @property
    def reasons(self) -> tuple[str, ...]:
        """Machine-readable reasons, blocking ones first, ``paper_low`` last; () when ready and not low."""
        out = []
        if not self.online:
            out.append("offline")
        if self.paper_out:
            out.append("paper_out")
        if self.cover_open:
            out.append("cover_open")
        out += [c for c in self.codes if c not in out]
        if self.error and not self.codes:
            out.append("printer_error" if self.online else "error")
        if self.paper_low:
            out.append("paper_low")
        return tuple(out)

    @property
    def blocking_reason(self) -> str:
        """The reason a job is refused now: the most specific blocking code ("" when ready)."""
        if self.ready:
            return ""
        reasons = [r for r in self.reasons if r != "paper_low"]
        specific = [r for r in reasons if r != "offline"]
        return (specific or reasons or ["error"])[0]

    def describe(self) -> str:
        """A short English reason for IT logs, e.g. "paper out, cover open"; "ready" when nothing is wrong."""
        parts = []
        if not self.online:
            parts.append("offline")
        if self.paper_out:
            parts.append("paper out")
        if self.cover_open:
            parts.append("cover open")
        if self.error:
            parts.append(self.error)
        if not parts:
            parts.append("ready" if self.known else "ready (status not reported)")
        if self.paper_low:
            parts.append("paper low")
        return ", ".join(parts)

    @classmethod
    def offline(cls, error: str = "not answering", code: str = "no_reply") -> PrinterStatus:
        return cls(online=False, error=error, codes=(code,) if code else ())
