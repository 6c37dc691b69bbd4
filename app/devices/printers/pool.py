"""A primary printer and a backup that takes over when the primary cannot print a job.

``PrinterPool.send`` returns a ``PrintResult`` naming the printer that printed, so the screen can say
"printed on the backup printer". After the primary failed, the backup goes first for
``prefer_backup_s`` seconds (a gone network printer costs a connect timeout per job otherwise); then the
primary is tried first again.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import PrinterError, PrinterStatus


@dataclass(frozen=True)
class PrintResult:
    job_id: str
    printer_url: str
    backup: bool                         # the backup printer printed it
    errors: tuple[str, ...] = ()         # what the printers tried before said


class PrinterPool:
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

    def _order(self) -> list:
        if self.backup is None:
            return [self.primary]
        failed = self._primary_failed_at
        if failed is not None and self._clock() - failed < self.prefer_backup_s:
            return [self.backup, self.primary]
        return [self.primary, self.backup]

    def send(self, job_id: str, data: bytes) -> PrintResult:
        """Print on the first printer that can; PrinterError (with every printer's reason) when none could."""
        with self._lock:
            errors: list[str] = []
            for printer in self._order():
                try:
                    printer.send(job_id, data)
                except PrinterError as exc:
                    errors.append(str(exc))
                    if printer is self.primary:
                        self._primary_failed_at = self._clock()
                    continue
                if printer is self.primary:
                    self._primary_failed_at = None
                return PrintResult(job_id, printer.url, printer is not self.primary, tuple(errors))
            raise PrinterError("; ".join(errors))

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
