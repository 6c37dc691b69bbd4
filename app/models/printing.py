"""The print log: one row per label job, so that a resend of the same job is idempotent.

A job is what the station hands to a printer under a job id (``<order_no>-<waybill_no>``): the waybill number
must appear on one label only, unless a reprint is asked for and logged (a reprint is a row of its own, with
``reprint`` set and a job id derived from the original). ``status`` is where the job stands:

* ``sending`` — claimed, bytes being handed to the printer (a crash here leaves it in doubt, as ``unknown``);
* ``sent``    — the printer took every byte and (where it can say so) reported itself fine afterwards, or the
  packer scanned the label that came out after a fault (``error`` says so);
* ``failed``  — refused before any byte went out (or the packer said no label came out): it did not print
  and may be sent again;
* ``unknown`` — some or all bytes went out, then the printer failed: a label may have come out. It is never
  sent again until the packer settles it (scans the label: ``sent``; or says "not printed": ``failed``).
"""
from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, Enum, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PrintJobStatus(str, enum.Enum):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"


class PrintJob(Base):
    __tablename__ = "print_job"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(120), unique=True)
    waybill_no: Mapped[str] = mapped_column(String(64), default="", index=True)
    printer_url: Mapped[str] = mapped_column(String(300), default="")  # the printer that took it (or last tried)
    sha256: Mapped[str] = mapped_column(String(64))                   # of the bytes last sent
    size: Mapped[int] = mapped_column(Integer, default=0)              # bytes
    status: Mapped[PrintJobStatus] = mapped_column(
        Enum(PrintJobStatus, values_callable=lambda e: [m.value for m in e], native_enum=False,
             create_constraint=True, length=16, name="printjobstatus"),
        default=PrintJobStatus.SENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    reprint_of: Mapped[str | None] = mapped_column(String(120))       # job id of the original label
    backup: Mapped[bool] = mapped_column(Boolean, default=False)      # printed by the backup printer
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
