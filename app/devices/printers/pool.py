"""A primary printer and a backup that takes over when the primary cannot print a job.

``PrinterPool.send`` returns a ``PrintResult`` naming the printer that printed, so the screen can say
"printed on the backup printer". After the primary failed, the backup goes first for
``prefer_backup_s`` seconds (a gone network printer costs a connect timeout per job otherwise); then the
primary is tried first again.

Only a job the primary *refused* (PrinterRefused: nothing of it was sent) goes to the backup. A job whose
outcome on the primary is unknown (PrinterOutcomeUnknown: its bytes went out, then paper out or a dropped
link) is not sent again: the primary may print it when its fault is cleared, and two labels with one waybill
number would come out. That exception is raised as it is, ``errors`` telling what came before.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import PrinterError, PrinterOutcomeUnknown, PrinterRefused, PrinterStatus


@dataclass(frozen=True)
class PrintResult:
    job_id: str
    printer_url: str
    backup: bool                         # the backup printer printed it
    errors: tuple[str, ...] = ()         # what the printers tried before said


class PrinterPool:
    last_status = None  # what the printer that printed the last job said after it (paper low …)

    def __init__(self, primary, backup=None, *, prefer_backup_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic):
        self.primary = primary
        self.backup = backup
        self.prefer_backup_s = prefer_backup_s
        self._clock = clock
        self._primary_failed_at: float | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.primary.url

    @property
    def profile(self):
        """The primary's profile (its head width is what labels are made for; ``check_configured_printer``
        checks the backup's head too)."""
        return self.primary.profile

    def _order(self) -> list:
        if self.backup is None:
            return [self.primary]
        failed = self._primary_failed_at
        if failed is not None and self._clock() - failed < self.prefer_backup_s:
            return [self.backup, self.primary]
        return [self.primary, self.backup]

    def send(self, job_id: str, data: bytes) -> PrintResult:
        """Print on the first printer that can. PrinterRefused (every printer's reason in the message and in
        ``errors``) when none took it; PrinterOutcomeUnknown from the printer that may have printed it."""
        with self._lock:
            errors: list[str] = []
            last: PrinterError | None = None
            for printer in self._order():
                try:
                    printer.send(job_id, data)
                except PrinterOutcomeUnknown as exc:
                    if printer is self.primary:
                        self._primary_failed_at = self._clock()
                    exc.printer_url = exc.printer_url or printer.url
                    exc.errors = tuple(errors) + (str(exc),)
                    raise
                except PrinterError as exc:          # refused (or a printer that cannot tell): try the next
                    errors.append(str(exc))
                    last = exc
                    if printer is self.primary:
                        self._primary_failed_at = self._clock()
                    continue
                if printer is self.primary:
                    self._primary_failed_at = None
                self.last_status = getattr(printer, "last_status", None)  # paper low on the one that printed
                return PrintResult(job_id, printer.url, printer is not self.primary, tuple(errors))
            err = PrinterRefused("; ".join(errors), last.code if last is not None else "error",
                                 printer_url=self.primary.url)
            err.errors = tuple(errors)
            raise err

    def status(self) -> PrinterStatus:
        return self.primary.status()

    def statuses(self) -> dict[str, PrinterStatus]:
        out = {self.primary.url: self.primary.status()}
        if self.backup is not None:
            out[self.backup.url] = self.backup.status()
        return out

    def close(self) -> None:
        for p in (self.primary, self.backup):
            if p is not None:
                p.close()
