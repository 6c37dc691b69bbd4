"""Test doubles for the edges of the system (never for our own drivers)."""
from dataclasses import dataclass, field

from app.devices.printers import PrinterError


@dataclass
class RecordingPrinter:
    """Keeps every job it is sent; `fail` makes the next send raise as a real printer would."""

    jobs: list[tuple[str, bytes]] = field(default_factory=list)
    fail: str | None = None

    def send(self, job_id: str, data: bytes) -> None:
        if self.fail:
            msg, self.fail = self.fail, None
            raise PrinterError(msg)
        self.jobs.append((job_id, data))


def fake_render(label):
    return (f"LABEL {label.waybill_no} {label.items_text()} {label.packer}{' REPRINT' if label.reprint else ''}".encode(),
            b"png")
