"""The simulated label printer of the demo and the tests: it decodes the ESC/POS raster it receives back to
the image a thermal printer would print and keeps it."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .errors import PrinterError, PrinterStatus


@dataclass(frozen=True)
class PrintedJob:
    job_id: str
    data: bytes
    image: Image.Image | None


class SimPrinter:
    """Receives ESC/POS raster jobs like a thermal printer, decodes them back to the image it would print
    and keeps them (in memory and, when `folder` is set, as PNG files) for the on-screen preview.

    `paper_out` / `online` make every job fail until they are put right; `fail_next` fails one job."""

    url = "sim://printer"

    def __init__(self, folder: Path | None = None, url: str | None = None):
        self.folder = folder
        if url:
            self.url = url
        self.jobs: list[PrintedJob] = []
        self.fail_next: str | None = None  # set to a message to make the next job fail (paper out …)
        self.paper_out = False
        self.online = True
        self._lock = threading.Lock()

    def send(self, job_id: str, data: bytes) -> None:
        from ...labels.escpos import decode_escpos_raster

        with self._lock:
            if self.fail_next:
                message, self.fail_next = self.fail_next, None
                raise PrinterError(message)
            if not self.online or self.paper_out:
                raise PrinterError(f"{self.url}: {self.status().describe()}")
            image = decode_escpos_raster(data)
            self.jobs.append(PrintedJob(job_id, data, image))
            if self.folder is not None and image is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
                image.save(self.folder / f"{job_id}.png")

    def status(self) -> PrinterStatus:
        return PrinterStatus(online=self.online, paper_out=self.paper_out)

    @property
    def last_image(self) -> Image.Image | None:
        return self.jobs[-1].image if self.jobs else None

    def close(self) -> None:
        pass
