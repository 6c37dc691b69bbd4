"""The print log: a resend of the same job is idempotent; a second label with the same waybill number is
printed only as a logged reprint.

Two layers, both service-free:

* ``claim`` / ``mark_sent`` / ``mark_failed`` / ``claim_reprint`` take a SQLAlchemy ``Session`` and never
  commit: the caller commits (one session per step, as the station does everything else).
* ``send_logged(sessions, printer, job_id, data, …)`` runs the whole round: claim and commit, send outside
  any session, record the outcome and commit. ``sessions`` is a callable returning a context manager that
  yields a Session and commits on exit — ``Database.session`` is one.

The rules:
* a job already ``sent`` is not sent again (``LoggedPrint.duplicate``), whatever bytes come with it;
* a ``failed`` job is sent again (``attempts`` counts the tries);
* a job left ``sending`` (the program died while handing it over) is sent again and the log says so in
  ``error``: whether that label came out cannot be known, and a missing label stops the parcel while a
  second copy of the same label does not;
* a reprint is its own row (``<job_id>~R1``, ``~R2`` …) with ``reprint`` set and ``reprint_of`` naming the
  original, so every label with a waybill number on it is in the log.
"""
from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import ContextManager

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...models import PrintJob, PrintJobStatus, utcnow
from .errors import PrinterError

REPRINT_SEP = "~R"


@dataclass(frozen=True)
class Claim:
    job_id: str
    send: bool            # False: already printed, do not send
    attempt: int          # this try's number (1 = first)
    reason: str = ""      # why not sent, or what an earlier try left behind


@dataclass(frozen=True)
class LoggedPrint:
    job_id: str
    printed: bool          # this call printed it
    duplicate: bool        # it had been printed before: nothing sent
    printer_url: str       # the printer that printed it (now or before)
    backup: bool = False   # the backup printer printed it
    attempt: int = 0
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintJobView:
    job_id: str
    waybill_no: str
    printer_url: str
    status: str
    attempts: int
    reprint: bool
    reprint_of: str | None
    backup: bool
    error: str
    sha256: str


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _get(s: Session, job_id: str) -> PrintJob | None:
    return s.scalar(select(PrintJob).where(PrintJob.job_id == job_id))


def claim(s: Session, job_id: str, data: bytes, *, waybill_no: str = "", printer_url: str = "") -> Claim:
    """Decide whether to send ``job_id`` and mark it ``sending``. Flushes, never commits."""
    if not job_id or len(job_id) > 120:
        raise ValueError("job_id must be 1…120 characters")
    now = utcnow()
    row = _get(s, job_id)
    if row is None:
        row = PrintJob(job_id=job_id, waybill_no=waybill_no, printer_url=printer_url, sha256=digest(data),
                       size=len(data), status=PrintJobStatus.SENDING, attempts=1, created_at=now, updated_at=now)
        s.add(row)
        s.flush()
        return Claim(job_id, True, 1)
    if row.status is PrintJobStatus.SENT:
        return Claim(job_id, False, row.attempts, f"already printed on {row.printer_url}")
    note = ""
    if row.status is PrintJobStatus.SENDING:
        note = "the previous try was cut off while sending: it may or may not have printed"
        row.error = note
    row.status = PrintJobStatus.SENDING
    row.attempts += 1
    row.sha256, row.size = digest(data), len(data)
    row.printer_url = printer_url or row.printer_url
    if waybill_no:
        row.waybill_no = waybill_no
    row.updated_at = now
    s.flush()
    return Claim(job_id, True, row.attempts, note)


def claim_reprint(s: Session, job_id: str, data: bytes, *, waybill_no: str = "", printer_url: str = "",
                  reason: str = "") -> Claim:
    """A new row for a reprint of ``job_id`` (``job_id~Rn``), always sent. Flushes, never commits."""
    base = job_id.split(REPRINT_SEP, 1)[0]
    original = _get(s, base)
    if not waybill_no and original is not None:
        waybill_no = original.waybill_no
    count = s.scalar(select(func.count()).select_from(PrintJob).where(PrintJob.reprint_of == base)) or 0
    new_id = f"{base}{REPRINT_SEP}{count + 1}"
    now = utcnow()
    s.add(PrintJob(job_id=new_id, waybill_no=waybill_no, printer_url=printer_url, sha256=digest(data),
                   size=len(data), status=PrintJobStatus.SENDING, attempts=1, reprint=True, reprint_of=base,
                   error=reason, created_at=now, updated_at=now))
    s.flush()
    return Claim(new_id, True, 1)


def mark_sent(s: Session, job_id: str, printer_url: str, *, backup: bool = False) -> None:
    row = _need(s, job_id)
    now = utcnow()
    row.status, row.printer_url, row.backup = PrintJobStatus.SENT, printer_url, backup
    row.sent_at = row.updated_at = now
    s.flush()


def mark_failed(s: Session, job_id: str, error: str, printer_url: str = "") -> None:
    row = _need(s, job_id)
    row.status = PrintJobStatus.FAILED
    row.error = error[:2000]
    if printer_url:
        row.printer_url = printer_url
    row.updated_at = utcnow()
    s.flush()


def _need(s: Session, job_id: str) -> PrintJob:
    row = _get(s, job_id)
    if row is None:
        raise KeyError(f"no print job {job_id!r} in the log")
    return row


def was_printed(s: Session, job_id: str) -> bool:
    row = _get(s, job_id)
    return row is not None and row.status is PrintJobStatus.SENT


def history(s: Session, *, waybill_no: str | None = None, job_id: str | None = None) -> list[PrintJobView]:
    q = select(PrintJob).order_by(PrintJob.id)
    if waybill_no is not None:
        q = q.where(PrintJob.waybill_no == waybill_no)
    if job_id is not None:
        base = job_id.split(REPRINT_SEP, 1)[0]
        q = q.where((PrintJob.job_id == base) | (PrintJob.reprint_of == base))
    return [PrintJobView(r.job_id, r.waybill_no, r.printer_url, r.status.value, r.attempts, r.reprint,
                         r.reprint_of, r.backup, r.error, r.sha256) for r in s.scalars(q)]


Sessions = Callable[[], ContextManager[Session]]


def send_logged(sessions: Sessions, printer, job_id: str, data: bytes, *, waybill_no: str = "",
                reprint: bool = False, reason: str = "") -> LoggedPrint:
    """Send ``data`` as ``job_id`` unless the log says it printed already; record what happened.

    ``printer`` is a printer or a ``PrinterPool`` (whose result names the printer that printed). Raises
    PrinterError when no printer printed it (the log then says ``failed``; calling again retries)."""
    url = getattr(printer, "url", "")
    try:
        with sessions() as s:
            if reprint:
                c = claim_reprint(s, job_id, data, waybill_no=waybill_no, printer_url=url, reason=reason)
            else:
                c = claim(s, job_id, data, waybill_no=waybill_no, printer_url=url)
                if not c.send:
                    row = _need(s, job_id)
                    return LoggedPrint(job_id, False, True, row.printer_url, row.backup, row.attempts)
    except IntegrityError as exc:  # another station claimed the same job id at the same moment
        raise PrinterError(f"job {job_id} is being printed elsewhere") from exc
    try:
        result = printer.send(c.job_id, data)
    except PrinterError as exc:
        with sessions() as s:
            mark_failed(s, c.job_id, str(exc))
        raise
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the job did not print
        with sessions() as s:
            mark_failed(s, c.job_id, f"{type(exc).__name__}: {exc}")
        raise PrinterError(str(exc)) from exc
    printed_on = getattr(result, "printer_url", None) or url
    backup = bool(getattr(result, "backup", False))
    with sessions() as s:
        mark_sent(s, c.job_id, printed_on, backup=backup)
    return LoggedPrint(c.job_id, True, False, printed_on, backup, c.attempt,
                       tuple(getattr(result, "errors", ()) or ()))


@contextlib.contextmanager
def session_scope(factory: Callable[[], Session]):
    """A ``sessions`` callable's context manager from a plain sessionmaker (commit, roll back, close)."""
    s = factory()
    try:
        yield s
        s.commit()
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()
