"""Printer status replies to PrinterStatus (pure functions, tested on the bytes the manuals give).

ESC/POS real-time status, ``DLE EOT n`` (``10 04 n``), answered with one byte whose bits 1 and 4 are always 1
and bits 0 and 7 always 0 (so ``b & 0x93 == 0x12`` tells a status byte from stray data):

* n = 1 printer status: bit 3 offline;
* n = 2 offline cause: bit 2 cover open, bit 3 paper being fed by the button, bit 5 printing stopped by
  paper end, bit 6 an error;
* n = 3 error cause: bit 2 mechanical, bit 3 auto-cutter, bit 5 unrecoverable, bit 6 auto-recoverable;
* n = 4 roll paper sensor: bits 2–3 paper near end, bits 5–6 paper end.

TSPL ``<ESC>!?`` (``1B 21 3F``) answers one byte: 0 ready; bit 0 head open, bit 1 paper jam, bit 2 out of
paper, bit 3 out of ribbon, bit 4 paused, bit 5 printing (fine), bit 7 other error.

USB printer class GET_PORT_STATUS (and Linux ``LPGETSTATUS`` on /dev/usb/lp*): bit 3 not-error, bit 4
selected, bit 5 paper empty.
"""
from __future__ import annotations

from .errors import PrinterStatus

DLE_EOT = b"\x10\x04"
TSPL_STATUS = b"\x1b!?"


def _bits(value: int, table) -> tuple[list[str], list[str]]:
    """(English words, reason codes) of the bits of ``value`` that ``table`` — (bit, words, code) — names."""
    hits = [(what, code) for bit, what, code in table if value & bit]
    return [w for w, _ in hits], [c for _, c in hits]


def escpos_valid(b: int) -> bool:
    return b & 0x93 == 0x12


def escpos_status(printer: int | None, offline_cause: int | None = None, error_cause: int | None = None,
                  paper: int | None = None) -> PrinterStatus:
    """From the answers to DLE EOT 1, 2, 3 and 4 (None: not asked or not answered)."""
    if printer is None or not escpos_valid(printer):
        return PrinterStatus.offline("no status reply", "no_reply")
    online = not printer & 0x08
    cover = bool(offline_cause is not None and escpos_valid(offline_cause) and offline_cause & 0x04)
    paper_out = False
    paper_low = False
    errors, codes = [], []
    if offline_cause is not None and escpos_valid(offline_cause):
        paper_out = bool(offline_cause & 0x20)
        if offline_cause & 0x40:
            errors.append("error")
            codes.append("printer_error")
    if paper is not None and escpos_valid(paper):
        paper_out = paper_out or bool(paper & 0x60)
        paper_low = bool(paper & 0x0C)
    if error_cause is not None and escpos_valid(error_cause):
        words, found = _bits(error_cause, ((0x04, "mechanical error", "mechanical_error"),
                                           (0x08, "cutter error", "cutter_error"),
                                           (0x20, "unrecoverable error", "printer_error"),
                                           (0x40, "auto-recoverable error", "printer_error")))
        errors += words
        codes += found
        if len(errors) > 1 and "error" in errors:
            errors.remove("error")
            codes.remove("printer_error")
    return PrinterStatus(online=online, paper_out=paper_out, cover_open=cover, error=", ".join(errors),
                         paper_low=paper_low, codes=tuple(dict.fromkeys(codes)))


def tspl_status(b: int | None) -> PrinterStatus:
    if b is None:
        return PrinterStatus.offline("no status reply", "no_reply")
    errors, codes = _bits(b, ((0x02, "paper jam", "paper_jam"), (0x08, "ribbon out", "ribbon_out"),
                              (0x80, "error", "printer_error")))
    if b & 0x10:
        codes.append("paused")
    return PrinterStatus(online=not b & 0x10, paper_out=bool(b & 0x04), cover_open=bool(b & 0x01),
                         error=", ".join(errors), codes=tuple(codes))


def port_status(b: int | None) -> PrinterStatus:
    """USB printer class GET_PORT_STATUS / Linux LPGETSTATUS byte."""
    if b is None:
        return PrinterStatus(online=True, known=False)
    paper_out = bool(b & 0x20)
    error = not (b & 0x08 or paper_out)
    return PrinterStatus(online=bool(b & 0x10), paper_out=paper_out, error="error" if error else "",
                         codes=("printer_error",) if error else ())


def win32_status(flags: int) -> PrinterStatus:
    """The Status field of win32print.GetPrinter(h, 2)."""
    paper_out = bool(flags & 0x10 or flags & 0x40)          # PAPER_OUT, PAPER_PROBLEM
    offline = bool(flags & 0x80 or flags & 0x1000 or flags & 0x1)  # OFFLINE, NOT_AVAILABLE, PAUSED
    cover = bool(flags & 0x400000)                            # DOOR_OPEN
    errors, codes = _bits(flags, ((0x2, "error", "printer_error"), (0x8, "paper jam", "paper_jam"),
                                  (0x100000, "user intervention needed", "printer_error")))
    if flags & 0x1:
        codes.append("paused")
    return PrinterStatus(online=not offline, paper_out=paper_out, cover_open=cover, error=", ".join(errors),
                         codes=tuple(dict.fromkeys(codes)))


def cups_status(lpstat_output: str) -> PrinterStatus:
    """``lpstat -p QUEUE`` output: "printer X is idle.  enabled since …" / "printer X disabled since …"."""
    text = lpstat_output.strip()
    if not text:
        return PrinterStatus.offline("queue not found", "not_found")
    first = text.splitlines()[0].lower()
    if "disabled" in first:
        reason = " ".join(line.strip() for line in text.splitlines()[1:]).strip()
        return PrinterStatus(online=False, error=reason or "queue disabled", known=True, codes=("queue_disabled",))
    return PrinterStatus(online=True, known=False)
