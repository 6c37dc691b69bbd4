"""Printers behind the operating system's spooler: CUPS (``lp -o raw``) and Windows (raw win32print jobs).

A spooler takes the job and prints it later, so "sent" here means the spooler accepted it; the queue's
state (disabled, paused, paper out where the Windows driver reports it) is checked first. A job the spooler
did not take raises PrinterRefused; one it may have taken (lp timed out, WritePrinter failed half way)
raises PrinterOutcomeUnknown.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

from .driver import check_head
from .errors import PrinterError, PrinterOutcomeUnknown, PrinterRefused, PrinterStatus, \
    reason_of_exception, reason_of_text
from .profile import PrinterProfile
from .status import cups_status, win32_status


class CupsPrinter:
    def __init__(self, url: str, queue: str, profile: PrinterProfile, *, lp: str = "lp", lpstat: str = "lpstat",
                 timeout: float = 30.0):
        if not queue or any(c in queue for c in "/ #\t"):
            raise PrinterRefused(f"{url}: not a CUPS queue name: {queue!r}", "bad_url", printer_url=url)
        self.url, self.queue, self.profile = url, queue, profile
        self.lp, self.lpstat, self.timeout = lp, lpstat, timeout
        self.jobs_sent = 0
        self._lock = threading.Lock()

    def send(self, job_id: str, data: bytes) -> None:
        check_head(self.url, self.profile, data, job_id)
        with self._lock:
            st = self.status()
            if st.known and not st.ready:
                raise PrinterRefused(f"{self.url}: {st.describe()} — job {job_id} not printed",
                                     st.blocking_reason, printer_url=self.url)
            lp = shutil.which(self.lp) or self.lp
            title = "".join(c for c in job_id if c.isprintable())[:100] or "label"
            try:
                done = subprocess.run([lp, "-d", self.queue, "-o", "raw", "-t", title],
                                      input=self.profile.frame(data), capture_output=True, timeout=self.timeout)
            except subprocess.TimeoutExpired as exc:
                raise PrinterOutcomeUnknown(f"{self.url}: lp did not finish within {self.timeout:g} s: job "
                                            f"{job_id} may or may not be queued", "timeout",
                                            printer_url=self.url) from exc
            except OSError as exc:
                raise PrinterRefused(f"{self.url}: lp failed: {exc}", reason_of_exception(exc, "spooler_error"),
                                     printer_url=self.url) from exc
            if done.returncode != 0:
                msg = done.stderr.decode(errors="replace").strip() or f"exit status {done.returncode}"
                raise PrinterRefused(f"{self.url}: lp refused job {job_id}: {msg}",
                                     reason_of_text(msg, "spooler_error"), printer_url=self.url)
            self.jobs_sent += 1

    def status(self) -> PrinterStatus:
        lpstat = shutil.which(self.lpstat)
        if lpstat is None:
            return PrinterStatus(online=True, known=False)
        try:
            done = subprocess.run([lpstat, "-p", self.queue], capture_output=True, timeout=10,
                                  env={**os.environ, "LC_ALL": "C"})
        except (OSError, subprocess.TimeoutExpired) as exc:
            return PrinterStatus.offline(f"lpstat failed: {exc}", reason_of_exception(exc, "spooler_error"))
        if done.returncode != 0:
            msg = done.stderr.decode(errors="replace").strip() or "queue not found"
            return PrinterStatus.offline(msg, reason_of_text(msg, "not_found"))
        return cups_status(done.stdout.decode(errors="replace"))

    def close(self) -> None:
        pass


def _win32print():
    if sys.platform != "win32":
        raise PrinterRefused("win32:// printers exist only on Windows", "bad_url")
    try:
        import win32print  # type: ignore[import-not-found]
    except ImportError as exc:
        raise PrinterRefused("win32:// needs pywin32 (win32print), which is not installed", "not_found") from exc
    return win32print


class Win32Printer:
    """Raw spooling: StartDocPrinter with the "RAW" data type, so the bytes reach the printer untouched."""

    def __init__(self, url: str, name: str, profile: PrinterProfile, *, win32print=None):
        self.url, self.name, self.profile = url, name, profile
        self._w = win32print or _win32print()
        self.jobs_sent = 0
        self._lock = threading.Lock()

    def send(self, job_id: str, data: bytes) -> None:
        check_head(self.url, self.profile, data, job_id)
        w = self._w
        wire = self.profile.frame(data)
        with self._lock:
            st = self.status()
            if not st.ready:
                raise PrinterRefused(f"{self.url}: {st.describe()} — job {job_id} not printed",
                                     st.blocking_reason, printer_url=self.url)
            try:
                h = w.OpenPrinter(self.name)
            except Exception as exc:  # noqa: BLE001 - pywintypes.error
                raise PrinterRefused(f"{self.url}: cannot open printer: {exc}", reason_of_text(str(exc), "offline"),
                                     printer_url=self.url) from exc
            try:
                try:
                    w.StartDocPrinter(h, 1, (job_id, None, "RAW"))
                except Exception as exc:  # noqa: BLE001 - no document, no bytes: refused
                    raise PrinterRefused(f"{self.url}: the spooler refused job {job_id}: {exc}",
                                         reason_of_text(str(exc), "spooler_error"), printer_url=self.url) from exc
                try:
                    w.StartPagePrinter(h)
                    written = w.WritePrinter(h, wire)
                    w.EndPagePrinter(h)
                finally:
                    w.EndDocPrinter(h)
                if written is not None and written != len(wire):
                    raise PrinterOutcomeUnknown(f"{self.url}: spooler took {written} of {len(wire)} bytes of job "
                                                f"{job_id}", "spooler_error", printer_url=self.url)
            except PrinterError:
                raise
            except Exception as exc:  # noqa: BLE001 - pywintypes.error, once the document was started
                raise PrinterOutcomeUnknown(f"{self.url}: spooling job {job_id} failed part way: {exc}",
                                            reason_of_text(str(exc), "spooler_error"), printer_url=self.url) from exc
            finally:
                w.ClosePrinter(h)
            self.jobs_sent += 1

    def status(self) -> PrinterStatus:
        w = self._w
        try:
            h = w.OpenPrinter(self.name)
        except Exception as exc:  # noqa: BLE001
            return PrinterStatus.offline(f"cannot open printer: {exc}", reason_of_text(str(exc), "offline"))
        try:
            info = w.GetPrinter(h, 2)
            st = win32_status(int(info.get("Status", 0)))
            if int(info.get("Attributes", 0)) & 0x400:  # PRINTER_ATTRIBUTE_WORK_OFFLINE ("Use printer offline")
                st = PrinterStatus(online=False, paper_out=st.paper_out, cover_open=st.cover_open, error=st.error,
                                   codes=st.codes + ("paused",))
            return st
        except Exception as exc:  # noqa: BLE001
            return PrinterStatus.offline(str(exc), reason_of_text(str(exc), "error"))
        finally:
            w.ClosePrinter(h)

    def close(self) -> None:
        pass
