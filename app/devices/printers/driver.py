"""The printer driver: frame the job with the profile, make sure the printer is there and ready, hand it
every byte, and (where the link is two-way) have the printer confirm it is still fine afterwards.

A job counts as printed only when ``send`` returns. When it does not, ``send`` says which of two things
happened (app.devices.printers.errors):

* ``PrinterRefused`` — the job was refused before any of its bytes went out: the label is wider than the
  head, the link would not open, the printer said offline / paper out / cover open when asked first. Safe
  to send again, or to the backup printer.
* ``PrinterOutcomeUnknown`` — some or all of the bytes went out, then the link failed, or the printer
  reported a fault when asked afterwards (paper out while the label was arriving: many printers hold the job
  and print it when the paper is changed), or it never confirmed. The label may come out: not "not printed".

``last_status`` is what the printer said after the last job that printed (``paper_low`` there is a warning
for the packer, never a refusal).

Recovery: a stale connection (the printer was switched off and on while idle) is found by the status
question *before* the job, closed and opened again once, so no job bytes go down a dead link. A link lost
*during* a job is closed and reported; the next ``send`` opens a new one.
"""
from __future__ import annotations

import logging
import threading
import time

from .errors import PrinterError, PrinterOutcomeUnknown, PrinterRefused, PrinterStatus, reason_of_exception
from .profile import HeadTooNarrow, PrinterProfile, ProfileError
from .status import DLE_EOT, TSPL_STATUS, escpos_status, escpos_valid, port_status, tspl_status
from .transports import FileTransport, Transport, TransportError

log = logging.getLogger(__name__)


class RawPrinter:
    """A printer on a byte transport (TCP, serial, USB, device file)."""

    def __init__(self, url: str, transport: Transport, profile: PrinterProfile, *, status_timeout: float = 1.0):
        self.url = url
        self.transport = transport
        self.profile = profile
        self.status_timeout = status_timeout
        self.per_job = isinstance(transport, FileTransport)  # device files: open per job (found again on replug)
        self.last_write_done: float | None = None  # perf_counter when the job's last byte was handed over
        self.jobs_sent = 0
        self.last_status: PrinterStatus | None = None
        self._lock = threading.Lock()
        self._answers: bool | None = None
        self._logged = ""  # the reason of the last failure told to the log ("" while it prints)  # None: not yet known whether the printer answers status questions

    # ------------------------------------------------------------------ public
    def send(self, job_id: str, data: bytes) -> None:
        """Print ``data`` or raise PrinterRefused / PrinterOutcomeUnknown (see the module's notes). The
        printer coming back, or failing with a new reason, goes to the log (once per change)."""
        try:
            self._send(job_id, data)
        except PrinterError as exc:
            if exc.code != self._logged:
                log.warning("printer %s: %s (%s)", self.url, exc, exc.code)
                self._logged = exc.code
            raise
        if self._logged:
            log.info("printer %s: printing again", self.url)
            self._logged = ""

    def _send(self, job_id: str, data: bytes) -> None:
        check_head(self.url, self.profile, data, job_id)
        wire = self.profile.frame(data)
        with self._lock:
            try:
                before = self._ready(job_id)
                if not before.ready:
                    raise PrinterRefused(f"{self.url}: {before.describe()} — job {job_id} not printed",
                                         before.blocking_reason, printer_url=self.url)
                try:
                    self.transport.write(wire)
                except TransportError as exc:
                    code = reason_of_exception(exc, "connection_lost")
                    if exc.sent == 0:
                        raise PrinterRefused(f"{self.url}: {exc} — job {job_id} not printed (nothing was sent)",
                                             code, printer_url=self.url) from exc
                    raise PrinterOutcomeUnknown(
                        f"{self.url}: {exc} — job {job_id} may or may not have printed (the printer had "
                        f"{'some' if exc.sent else 'perhaps some'} of it)", code, printer_url=self.url) from exc
                self.last_write_done = time.perf_counter()
                after = None
                if self._can_ask():
                    try:
                        after = self._query()
                    except TransportError as exc:
                        raise PrinterOutcomeUnknown(
                            f"{self.url}: {exc} before the printer confirmed job {job_id}: it may or may not "
                            "have printed", reason_of_exception(exc, "no_reply"), printer_url=self.url) from exc
                    if after is not None and (after.paper_out or after.cover_open or after.error):
                        raise PrinterOutcomeUnknown(
                            f"{self.url}: {after.describe()} while printing job {job_id}: the printer had the "
                            "job and may print it when the fault is cleared", after.blocking_reason,
                            printer_url=self.url)
                self.last_status = after if after is not None else before
                self.jobs_sent += 1
            finally:
                if self.per_job:
                    self.transport.close()

    def status(self) -> PrinterStatus:
        with self._lock:
            try:
                if not self.transport.is_open:
                    self.transport.open()
                st = self._query() if self._can_ask() else None
                if st is None:
                    st = port_status(self.transport.port_status())
                return st
            except TransportError as exc:
                self.transport.close()
                return PrinterStatus.offline(str(exc), reason_of_exception(exc, "no_reply"))
            finally:
                if self.per_job:
                    self.transport.close()

    def close(self) -> None:
        with self._lock:
            self.transport.close()
            shutdown = getattr(self.transport, "shutdown", None)
            if shutdown is not None:
                shutdown()

    # ------------------------------------------------------------------ inside
    def _can_ask(self) -> bool:
        return (self.profile.status and self.transport.bidirectional and self._answers is not False
                and self.profile.language in ("escpos", "tspl"))

    def _ready(self, job_id: str = "") -> PrinterStatus:
        """Open if needed and ask; a link that fails here is reopened once (stale after a printer restart).
        Nothing of the job has gone out yet: a failure here is PrinterRefused."""
        for attempt in (1, 2):
            try:
                if not self.transport.is_open:
                    self.transport.open()
                st = self._query() if self._can_ask() else None
                if st is None:
                    st = port_status(self.transport.port_status())
                return st
            except TransportError as exc:
                self.transport.close()
                if attempt == 2:
                    raise PrinterRefused(f"{self.url}: {exc}" + (f" — job {job_id} not printed" if job_id else ""),
                                         reason_of_exception(exc, "no_reply"), printer_url=self.url) from exc
        raise AssertionError("unreachable")

    def _query(self) -> PrinterStatus | None:
        """Ask the printer; None when it never answers status questions (treated as a one-way link)."""
        if self.profile.language == "tspl":
            self.transport.drain_input()
            self.transport.write(TSPL_STATUS)
            reply = self._read_bytes(1, lambda b: True)
            if not reply:
                return self._no_answer()
            self._answers = True
            return tspl_status(reply[0])
        self.transport.drain_input()
        self.transport.write(DLE_EOT + b"\x01" + DLE_EOT + b"\x02" + DLE_EOT + b"\x04")
        reply = self._read_bytes(3, escpos_valid)
        if not reply:
            return self._no_answer()
        self._answers = True
        b1 = reply[0]
        b2 = reply[1] if len(reply) > 1 else None
        b4 = reply[2] if len(reply) > 2 else None
        b3 = None
        if b2 is not None and b2 & 0x40:
            self.transport.write(DLE_EOT + b"\x03")
            got = self._read_bytes(1, escpos_valid)
            b3 = got[0] if got else None
        return escpos_status(b1, b2, b3, b4)

    def _no_answer(self) -> None:
        if self._answers is None:
            self._answers = False  # a printer that does not speak status: stop asking
        elif self._answers:
            raise TransportError("the printer stopped answering", code="no_reply")
        return None

    def _read_bytes(self, n: int, valid) -> bytes:
        out = bytearray()
        end = time.monotonic() + self.status_timeout
        while len(out) < n:
            left = end - time.monotonic()
            if left <= 0:
                break
            chunk = self.transport.read(n - len(out), left)
            out += bytes(b for b in chunk if valid(b))
        return bytes(out)


def check_head(url: str, profile: PrinterProfile, data: bytes, job_id: str = "") -> None:
    """PrinterRefused (code ``head_too_narrow``) for a job wider than the head, before anything is opened."""
    try:
        profile.check_width(data)
    except HeadTooNarrow as exc:
        raise PrinterRefused(f"{url}: {exc}" + (f" — job {job_id} not printed" if job_id else ""),
                             "head_too_narrow", printer_url=url) from exc
    except ProfileError as exc:
        raise PrinterRefused(f"{url}: {exc}", "error", printer_url=url) from exc
