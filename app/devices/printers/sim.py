"""The simulated label printer of the demo and the tests: it decodes the ESC/POS raster it receives back to
the image a thermal printer would print and keeps it."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .errors import PrinterOutcomeUnknown, PrinterRefused, PrinterStatus
from .profile import PrinterProfile


@dataclass(frozen=True)
class PrintedJob:
    job_id: str
    data: bytes
    image: Image.Image | None


class SimPrinter:
    """Receives ESC/POS raster jobs like a thermal printer, decodes them back to the image it would print
    and keeps them (in memory and, when `folder` is set, as PNG files) for the on-screen preview.

    Its head is the profile's (``sim://printer?profile=escpos-80`` or ``?dots=576``): a wider job is refused.
    ``paper_out`` / ``online`` make every job fail before it is sent (PrinterRefused) until put right;
    ``fail_next`` refuses one job with that message; ``fault_mid_job`` is a fault while the next job arrives
    (PrinterOutcomeUnknown) — the printer held the job and printed it when the fault was cleared, so it is
    among ``jobs`` all the same, as with a real printer."""

    url = "sim://printer"

    def __init__(self, folder: Path | None = None, url: str | None = None, profile: PrinterProfile | None = None):
        self.folder = folder
        if url:
            self.url = url
        self.profile = profile or PrinterProfile()
        self.jobs: list[PrintedJob] = []
        self.fail_next: str | None = None  # set to a message to make the next job fail (paper out …)
        self.fault_mid_job: str | None = None  # reason code of a fault while the next job arrives
        self.paper_out = False
        self.paper_low = False
        self.online = True
        self.last_status: PrinterStatus | None = None
        self._lock = threading.Lock()

    def send(self, job_id: str, data: bytes) -> None:
        from ...labels.escpos import decode_escpos_raster
        from .driver import check_head

        check_head(self.url, self.profile, data, job_id)
        with self._lock:
            if self.fail_next:
                message, self.fail_next = self.fail_next, None
                raise PrinterRefused(message, "printer_error", printer_url=self.url)
            st = self.status()
            if not st.ready:
                raise PrinterRefused(f"{self.url}: {st.describe()} — job {job_id} not printed",
                                     st.blocking_reason, printer_url=self.url)
            image = decode_escpos_raster(data)
            self.jobs.append(PrintedJob(job_id, data, image))
            if self.folder is not None and image is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
                image.save(self.folder / f"{job_id}.png")
            if self.fault_mid_job:
                code, self.fault_mid_job = self.fault_mid_job, None
                raise PrinterOutcomeUnknown(f"{self.url}: {code.replace('_', ' ')} while printing job {job_id}",
                                            code, printer_url=self.url)
            self.last_status = self.status()

    def status(self) -> PrinterStatus:
        return PrinterStatus(online=self.online, paper_out=self.paper_out, paper_low=self.paper_low)

    @property
    def last_image(self) -> Image.Image | None:
        return self.jobs[-1].image if self.jobs else None

    def close(self) -> None:
        pass
