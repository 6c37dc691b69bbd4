"""What the supervisor's ledger services share: local days, settings, reasons, and safe exports.

Days are calendar days of the warehouse's local time (the computer's time zone, as the station shows times);
the database keeps UTC, so a day is turned into a UTC range [start, end) and queried by range, which uses the
indexes on both SQLite and PostgreSQL. Exports neutralise cells that a spreadsheet would run as a formula.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.errors import ServiceError
from ..domain.permissions import Action, allowed
from ..domain.privacy import mask_phone
from ..models import Setting, utcnow


class LedgerError(ServiceError):
    """The action cannot be done as asked; the message says why."""


# ------------------------------------------------------------------------------------------------ days
def local_tz():
    return datetime.now().astimezone().tzinfo


def day_start(day: date) -> datetime:
    """Local midnight of ``day`` as an aware UTC datetime."""
    return datetime.combine(day, time.min).astimezone().astimezone(timezone.utc)


def day_range(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """UTC [start, end) of the local days ``first`` to ``last`` (inclusive)."""
    return day_start(first), day_start((last or first) + timedelta(days=1))


def local_day(ts: datetime) -> date:
    return ts.astimezone().date()


def today() -> date:
    return local_day(utcnow())


def month_days(month: str) -> tuple[date, date]:
    """'2025-11' → (2025-11-01, 2025-11-30)."""
    try:
        y, m = (int(x) for x in month.split("-"))
        first = date(y, m, 1)
    except (ValueError, TypeError):
        raise LedgerError("a month is written YYYY-MM, not '{month}'", month=month) from None
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


# ------------------------------------------------------------------------------------------------ input
def need_reason(text: str) -> str:
    text = (text or "").strip()
    if len(text) < 2:
        raise LedgerError("a reason is required")
    return text


# --------------------------------------------------------------------------------------------- settings
def get_setting(s: Session, key: str, default=None):
    row = s.get(Setting, key)
    return json.loads(row.value) if row else default


def put_setting(s: Session, key: str, value) -> object:
    """Stores a JSON setting; returns what it was before (None if unset). The row is locked (or made) first:
    two desks changing it at once go one after the other, each audit's "before" being the other's "after"."""
    from .rows import get_or_create

    text = json.dumps(value, ensure_ascii=False, default=str)
    row, created = get_or_create(s, Setting, {"key": key}, {"value": text})
    before = None if created else json.loads(row.value)
    row.value = text
    return before


# ---------------------------------------------------------------------------------------------- exports
# What a spreadsheet may run as a formula: = + - @ (OWASP's CSV-injection list, with tab and CR), the full-width
# forms a Chinese or Japanese Excel turns into them, and any of these behind leading blanks or line breaks
# (Excel and LibreOffice skip those before looking for a formula).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_BLANKS = " \t\r\n\v\f\u00a0\u3000\ufeff\u200b"


def neutralise(value):
    """A text cell a spreadsheet would read as a formula gets a leading apostrophe (shown as text, the value
    kept). Numbers, dates and None pass through as they are (a negative number is a number, not a formula)."""
    if isinstance(value, str) and (value.startswith(FORMULA_START) or value.lstrip(_BLANKS).startswith(FORMULA_START)):
        return "'" + value
    return value


def phone_for(role: str, phone: str) -> str:
    """The phone as this role may see it: whole with VIEW_PHONES, masked (GB/T 41833) otherwise."""
    return phone if allowed(role, Action.VIEW_PHONES) else mask_phone(phone)


def _cell(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None)
    return neutralise(value)


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence]]]) -> bytes:
    """An XLSX workbook of (sheet title, headers, rows), every text cell neutralised."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title=str(title)[:31] or "Sheet")
        ws.append([neutralise(h) for h in headers])
        for c in ws[1]:
            c.font = Font(bold=True)
        for row in rows:
            ws.append([_cell(v) for v in row])
        for i, h in enumerate(headers, 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(10, min(40, len(str(h)) * 2 + 2))
        ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence], encoding: str = "utf-8-sig") -> bytes:
    """CSV (UTF-8 with BOM by default so that Excel reads the Chinese; 'gb18030' for old Excel)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([neutralise(h) for h in headers])
    for row in rows:
        w.writerow(["" if v is None else _cell(v) for v in row])
    return buf.getvalue().encode(encoding)


def table_rows(items: Iterable[object], fields: Sequence[str]) -> list[list]:
    """Rows of plain dataclasses as lists, in ``fields`` order."""
    return [[getattr(it, f) for f in fields] for it in items]
