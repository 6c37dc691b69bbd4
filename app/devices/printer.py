"""Label printers take bytes (built once by app.labels) and send them; the simulated one keeps the image.

Real printers are opened by URL with ``open_printer`` (app.devices.printers): TCP 9100, serial, USB, a
device file, CUPS, the Windows spooler or ``sim://printer``. Every printer has ``send(job_id, data)`` (raises
``PrinterError`` when the job did not print) and ``status() -> PrinterStatus``.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image


class PrinterError(Exception):
    """The job did not print (offline, paper out, …): it must not count as printed."""


@dataclass(frozen=True)
class PrinterStatus:
    """What a printer says about itself. ``known`` is False when the transport cannot ask (a one-way link):
    the other fields are then only what the program could see (it opened, it took the bytes)."""

    online: bool
    paper_out: bool = False
    cover_open: bool = False
    error: str = ""
    paper_low: bool = False
    known: bool = True

    @property
    def ready(self) -> bool:
        return self.online and not self.paper_out and not self.cover_open and not self.error

    def describe(self) -> str:
        """A short English reason, e.g. "paper out, cover open"; "ready" when nothing is wrong."""
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
    def offline(cls, error: str = "not answering") -> PrinterStatus:
        return cls(online=False, error=error)


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
        from ..labels.escpos import decode_escpos_raster

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


def open_printer(url: str, profile=None, **kwargs):
    """See app.devices.printers.open_printer."""
    from .printers import open_printer as _open

    return _open(url, profile=profile, **kwargs)
