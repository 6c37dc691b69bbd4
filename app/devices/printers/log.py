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
* a ``failed`` job — refused before any byte went out — is sent again (``attempts`` counts the tries);
* a job whose outcome is ``unknown`` — bytes went out, then the printer failed — is never sent again by
  itself: many printers hold the job and print it when the fault clears, so a blind resend gives two labels
  with one waybill number. ``send_logged`` raises ``PrintInDoubt`` until someone settles it:
  ``confirm_printed`` (the label is there: the packer scanned it) or ``mark_not_printed`` (no label came out:
  the next send resends it, logged);
* a job left ``sending`` (the program died while handing it over) is the same doubt: ``unknown``;
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
from .errors import PrinterError, PrinterOutcomeUnknown, PrinterRefused

REPRINT_SEP = "~R"


class PrintInDoubt(PrinterOutcomeUnknown):
    """The job's outcome is unknown (an earlier try failed after bytes went out, or the program died while
    sending): it is not sent again until it is settled (confirm_printed / mark_not_printed)."""


@dataclass(frozen=True)
class Claim:
    job_id: str
    send: bool            # False: already printed (or in doubt), do not send
    attempt: int          # this try's number (1 = first)
    reason: str = ""      # why not sent, or what an earlier try left behind
    in_doubt: bool = False  # not sent because an earlier try's outcome is unknown


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


def _get(s: Session, job_id: str, lock: bool = False) -> PrintJob | None:
    """The job's row; ``lock``: read as last committed and held until commit (SELECT … FOR UPDATE), so two
    stations deciding whether to send the same job decide one after the other."""
    q = select(PrintJob).where(PrintJob.job_id == job_id)
    if lock:
        q = q.with_for_update().execution_options(populate_existing=True)
    return s.scalar(q)


def claim(s: Session, job_id: str, data: bytes, *, waybill_no: str = "", printer_url: str = "") -> Claim:
    """Decide whether to send ``job_id`` and mark it ``sending``. Flushes, never commits."""
    if not job_id or len(job_id) > 120:
        raise ValueError("job_id must be 1…120 characters")
    now = utcnow()
    row = _get(s, job_id, lock=True)  # a failed job retried at two stations at once is sent by one
    if row is None:
        row = PrintJob(job_id=job_id, waybill_no=waybill_no, printer_url=printer_url, sha256=digest(data),
                       size=len(data), status=PrintJobStatus.SENDING, attempts=1, created_at=now, updated_at=now)
        s.add(row)
        s.flush()
        return Claim(job_id, True, 1)
    if row.status is PrintJobStatus.SENT:
        return Claim(job_id, False, row.attempts, f"already printed on {row.printer_url}")
    if row.status in (PrintJobStatus.SENDING, PrintJobStatus.UNKNOWN):
        if row.status is PrintJobStatus.SENDING:  # the program died while handing it over
            row.status = PrintJobStatus.UNKNOWN
            row.error = _note(row.error, "the program stopped while sending: a label may have come out")
            row.updated_at = now
            s.flush()
        return Claim(job_id, False, row.attempts, row.error or "outcome unknown", in_doubt=True)
    note = ""
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
    original = _get(s, base, lock=True)  # two reprints at once are numbered one after the other
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
    """Refused before any byte went out: it did not print; the next claim sends it again."""
    row = _need(s, job_id)
    row.status = PrintJobStatus.FAILED
    row.error = _note(row.error, f"refused: {error}")
    if printer_url:
        row.printer_url = printer_url
    row.updated_at = utcnow()
    s.flush()


def mark_unknown(s: Session, job_id: str, error: str, printer_url: str = "") -> None:
    """Bytes went out, then the printer failed: a label may have come out. Not sent again until settled."""
    row = _need(s, job_id)
    row.status = PrintJobStatus.UNKNOWN
    row.error = _note(row.error, f"outcome unknown: {error}")
    if printer_url:
        row.printer_url = printer_url
    row.updated_at = utcnow()
    s.flush()


def confirm_printed(s: Session, job_id: str, how: str = "the packer scanned the label") -> None:
    """A job in doubt turned out printed: it counts as sent (and is never sent again)."""
    row = _need(s, job_id)
    if row.status is PrintJobStatus.SENT:
        return
    if row.status not in (PrintJobStatus.UNKNOWN, PrintJobStatus.SENDING):
        raise ValueError(f"job {job_id} is {row.status.value}, not in doubt")
    now = utcnow()
    row.status, row.sent_at, row.updated_at = PrintJobStatus.SENT, now, now
    row.error = _note(row.error, f"confirmed printed: {how}")
    s.flush()


def mark_not_printed(s: Session, job_id: str, who: str = "the packer") -> None:
    """A job in doubt did not print (someone looked): the next send sends it again, and the log keeps why."""
    row = _need(s, job_id)
    if row.status not in (PrintJobStatus.UNKNOWN, PrintJobStatus.SENDING):
        raise ValueError(f"job {job_id} is {row.status.value}, not in doubt")
    row.status = PrintJobStatus.FAILED
    row.error = _note(row.error, f"no label came out ({who}): to be sent again")
    row.updated_at = utcnow()
    s.flush()


def in_doubt(s: Session, job_id: str) -> bool:
    row = _get(s, job_id)
    return row is not None and row.status in (PrintJobStatus.UNKNOWN, PrintJobStatus.SENDING)


def _note(before: str, what: str) -> str:
    return (f"{before}; {what}" if before else what)[-2000:]


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
    PrinterRefused when it was not sent (the log says ``failed``; calling again sends it), and
    PrinterOutcomeUnknown when a label may have come out (the log says ``unknown``; PrintInDoubt on every
    call after, until it is settled)."""
    url = getattr(printer, "url", "")
    doubt: PrintInDoubt | None = None
    try:
        with sessions() as s:
            if reprint:
                c = claim_reprint(s, job_id, data, waybill_no=waybill_no, printer_url=url, reason=reason)
            else:
                c = claim(s, job_id, data, waybill_no=waybill_no, printer_url=url)
                if not c.send:
                    row = _need(s, job_id)
                    if not c.in_doubt:
                        return LoggedPrint(job_id, False, True, row.printer_url, row.backup, row.attempts)
                    doubt = PrintInDoubt(f"job {job_id}: {c.reason}", printer_url=row.printer_url)
    except IntegrityError as exc:  # another station claimed the same job id at the same moment
        raise PrinterRefused(f"job {job_id} is being printed elsewhere", "busy") from exc
    if doubt is not None:  # committed: a job left "sending" now reads "unknown"
        raise doubt
    try:
        result = printer.send(c.job_id, data)
    except PrinterRefused as exc:
        with sessions() as s:
            mark_failed(s, c.job_id, str(exc), exc.printer_url)
        raise
    except PrinterError as exc:  # bytes went out (or a printer that cannot tell): a label may be out
        with sessions() as s:
            mark_unknown(s, c.job_id, str(exc), exc.printer_url)
        if isinstance(exc, PrinterOutcomeUnknown):
            raise
        raise PrinterOutcomeUnknown(str(exc), exc.code, printer_url=exc.printer_url) from exc
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, nobody knows what came out
        with sessions() as s:
            mark_unknown(s, c.job_id, f"{type(exc).__name__}: {exc}")
        raise PrinterOutcomeUnknown(f"{type(exc).__name__}: {exc}") from exc
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
