"""Test doubles for the edges of the system (never for our own drivers)."""
from dataclasses import dataclass, field

from app.devices.printers import PrinterOutcomeUnknown, PrinterRefused


@dataclass
class RecordingPrinter:
    """Keeps every job it is sent. `fail` makes the next send refused before any byte goes out (as a printer
    that is out of paper before the job); `fail_mid` makes it fail after the bytes went out (paper out
    while printing): the job is kept, as a printer holds it and prints it when the fault clears."""

    jobs: list[tuple[str, bytes]] = field(default_factory=list)
    fail: str | None = None
    fail_mid: str | None = None

    def send(self, job_id: str, data: bytes) -> None:
        if self.fail:
            msg, self.fail = self.fail, None
            raise PrinterRefused(msg, "paper_out")
        if self.fail_mid:
            msg, self.fail_mid = self.fail_mid, None
            self.jobs.append((job_id, data))
            raise PrinterOutcomeUnknown(msg, "paper_out")
        self.jobs.append((job_id, data))


def fake_render(label):
    return (f"LABEL {label.waybill_no} {label.items_text()} {label.packer}{' REPRINT' if label.reprint else ''}".encode(),
            b"png")


def line_counts(db, order_no: str) -> list[int]:
    """What the database has counted of each line of an order, in line order."""
    from sqlalchemy import select

    from app.models import Order, OrderLine

    with db.session() as s:
        oid = s.scalar(select(Order.id).where(Order.order_no == order_no))
        return [ln.scanned_qty for ln in s.scalars(select(OrderLine).where(OrderLine.order_id == oid)
                                                     .order_by(OrderLine.line_no))]
