"""Reading an import file row by row (no Qt): CSV and XLSX.

Nothing is read whole. A CSV is decoded a line at a time (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with
BOM; comma or tab), an XLSX with openpyxl's read-only mode, which streams the sheet. Rows are numbered as a
spreadsheet shows them (first row = 1); blank rows count but are not returned. Whatever is wrong with the
file itself (a bad byte, a damaged workbook, a line of a megabyte) is raised as ImportRejected naming the
file and, where it is known, the row.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
from itertools import chain
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from .import_values import LOST_DIGITS, clean_cell, clean_text

MAX_ERRORS = 20
MAX_LINE_BYTES = 1 << 20   # one line of a CSV: no order or product row comes near a megabyte
_SAMPLE = 1 << 16


# --------------------------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class RowError:
    """One problem in a file. ``row`` is the spreadsheet row (header = 1), ``column`` e.g. "购买数量 (H)"."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class ImportRejected(Exception):
    """The file was refused as a whole; nothing was written. ``errors`` lists the first problems found."""

    def __init__(self, errors: list[RowError], more: bool = False):
        self.errors = list(errors)
        self.more = more  # True when there were more than MAX_ERRORS problems
        super().__init__(str(self))

    @property
    def filename(self) -> str:
        return self.errors[0].file if self.errors else ""

    def __str__(self) -> str:
        n = len(self.errors)
        head = (f"{self.filename} was not imported (nothing was changed): "
                f"{'the first ' if self.more else ''}{n} problem{'s' if n != 1 else ''}")
        if self.more:
            head += " shown, there are more"
        return head + ":\n" + "\n".join(f"  {e}" for e in self.errors)


def rejected(filename: str, row: int | None, message: str) -> ImportRejected:
    return ImportRejected([RowError(filename, row, None, message)])


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


# --------------------------------------------------------------------------------------------- files


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except OSError as e:
        raise rejected(path.name, None, f"cannot read the file: {e.strerror or e}") from None
    return h.hexdigest()


@dataclass
class Table:
    """The header and an iterator over the data rows after it: (spreadsheet row, cells as text)."""

    filename: str
    headers: list[str]
    header_row: int
    rows: Iterator[tuple[int, list[str]]]
    # problems the reader itself found while giving the rows (a table made of two files: a row of one that
    # the other lacks); raised with the checks' own
    problems: list[RowError] = field(default_factory=list)

    def col(self, index: int) -> str:
        name = self.headers[index].strip() if index < len(self.headers) else ""
        return f"{name} ({column_letter(index)})" if name else column_letter(index)

    def error(self, row: int | None, index: int | None, message: str) -> RowError:
        """A problem at a row and column of this table, as the user finds it in the file."""
        return RowError(self.filename, row, None if index is None else self.col(index), message)


@contextmanager
def open_table(path: Path, is_header: Callable[[list[str]], bool]) -> Iterator[Table]:
    """The header is the first non-empty row, or, when a title sits above it, the first of the first ten
    non-empty rows for which ``is_header(cells)`` says yes."""
    filename = path.name
    try:
        f = open(path, "rb")
    except OSError as e:
        raise rejected(filename, None, f"cannot read the file: {e.strerror or e}") from None
    with f:
        magic = f.read(8)
        f.seek(0)
        if magic.startswith(b"PK\x03\x04"):
            records = _xlsx_rows(f, filename)
        elif magic.startswith(b"\xd0\xcf\x11\xe0"):
            raise rejected(filename, None, "old Excel .xls files are not read: save it as .xlsx or CSV")
        else:
            records = _csv_rows(f, filename)
        try:
            first: list[tuple[int, list[str]]] = []
            for item in records:
                first.append(item)
                if len(first) == 10:
                    break
            if not first:
                raise rejected(filename, None, "the file is empty")
            at = next((k for k, (_, rec) in enumerate(first) if is_header(rec)), 0)
            header_row, headers = first[at]
            yield Table(filename, [clean_cell(h) for h in headers], header_row, chain(first[at + 1:], records))
        finally:
            records.close()


# --------------------------------------------------------------------------------------------- CSV


class _Bad(Exception):
    """A line that cannot be read; the CSV loop adds the row number."""


def _csv_rows(f: BinaryIO, filename: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a CSV that are not blank: (row number, cells)."""
    sample = f.read(_SAMPLE)
    f.seek(0)
    text_mode = False
    if sample.startswith(codecs.BOM_UTF8):
        encoding, switchable = "utf-8", False
        f.seek(3)
    elif sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, switchable, text_mode = "utf-16", False, True
    else:
        if b"\x00" in sample:
            raise rejected(filename, _line_of(sample, sample.index(b"\x00")),
                           "the file is binary, not a CSV text file")
        encoding = _guess_encoding(sample, filename)
        switchable = encoding == "utf-8" and sample.isascii()  # only ASCII so far: it may still be GBK
    text_mode = text_mode or (b"\r" in sample and b"\n" not in sample)  # UTF-16, or old Mac line ends
    if text_mode:
        lines = _text_lines(io.TextIOWrapper(f, encoding=encoding, newline=""), encoding)
    else:
        lines = _byte_lines(f, encoding, switchable)
    n = 0
    try:
        try:
            first = next(lines)
        except StopIteration:
            return
        except _Bad as e:
            raise rejected(filename, 1, str(e)) from None
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
        # strict: a quote left open at the end, or text after a closing quote, is an error, not a guess
        reader = csv.reader(chain([first], lines), delimiter=delimiter, strict=True)
        line_no = width = 0
        while True:
            try:
                rec = next(reader)
            except StopIteration:
                return
            except _Bad as e:
                raise rejected(filename, n + 1, str(e)) from None
            except csv.Error as e:
                raise rejected(filename, n + 1, f"cannot read the CSV: {e}") from None
            n += 1
            width = max(width, len(rec))
            if reader.line_num - line_no > 1:  # a cell with line breaks: or rows swallowed by a stray quote?
                _swallowed_rows(rec, delimiter, width, filename, n)
            line_no = reader.line_num
            if any(rec) and "".join(rec).strip():  # blank rows count, but are not returned
                yield n, rec
    finally:
        lines.close()


def _swallowed_rows(rec: list[str], delimiter: str, width: int, filename: str, n: int) -> None:
    """A quote opened in one row and closed rows later makes those rows one cell, silently. A cell whose
    lines look like rows of the file (as many separators as a row has) is taken for that."""
    for i, cell in enumerate(rec):
        if "\n" in cell and any(line.count(delimiter) >= max(2, width // 2) for line in cell.split("\n")[1:]):
            raise ImportRejected([RowError(
                filename, n, column_letter(i),
                "a quote (\") opened in this cell is closed only rows later, so the rows in between were read as "
                "part of this cell: remove the stray quote")])


def _guess_encoding(sample: bytes, filename: str) -> str:
    """UTF-8 if the sample decodes as UTF-8, else GB18030 (a superset of GBK and GB2312)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e.start
    try:
        codecs.getincrementaldecoder("gb18030")().decode(sample, final=False)
        return "gb18030"
    except UnicodeDecodeError as e:
        at = max(utf8_error, e.start)  # where the likelier of the two went wrong
        raise rejected(filename, _line_of(sample, at), _encoding_message(sample[at])) from None


def _encoding_message(byte: int) -> str:
    return (f"the text encoding is neither UTF-8 nor GBK/GB18030 (bad byte 0x{byte:02X}); "
            "save the file as CSV UTF-8 or as .xlsx")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _byte_lines(f: BinaryIO, encoding: str, switchable: bool) -> Iterator[str]:
    """One decoded line at a time, exactly: a bad byte is reported on its own row."""
    while True:
        raw = f.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE_BYTES:
            raise _Bad("a line is longer than 1 MB: this is not an order or product list")
        if b"\x00" in raw:
            raise _Bad("the file is binary, not a CSV text file")
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as e:
            if not switchable:
                name = "UTF-8" if encoding == "utf-8" else "GBK/GB18030"
                raise _Bad(f"the file is {name} up to this row, then not (bad byte 0x{raw[e.start]:02X}); "
                           "save the file as CSV UTF-8 or as .xlsx") from None
            try:
                text = raw.decode("gb18030")
            except UnicodeDecodeError:
                raise _Bad(_encoding_message(raw[e.start])) from None
            encoding = "gb18030"
        if switchable and not raw.isascii():
            switchable = False
        yield text


def _text_lines(f: io.TextIOWrapper, encoding: str) -> Iterator[str]:
    while True:
        try:
            line = f.readline(MAX_LINE_BYTES + 1)
        except UnicodeDecodeError as e:
            raise _Bad(f"the text is not valid {encoding.upper()} here or in the rows after it ({e.reason}); "
                       "save the file as CSV UTF-8 or as .xlsx") from None
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            raise _Bad("a line is longer than 1 MB: this is not an order or product list")
        if "\x00" in line:
            raise _Bad("the file is binary, not a CSV text file")
        yield line


# --------------------------------------------------------------------------------------------- XLSX


def _xlsx_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"  # as Excel shows it: a tick box is not the number 1
    if isinstance(v, int):  # Excel keeps every number as a double: 16 digits and more were rounded
        return str(v) if abs(v) < 10**15 else LOST_DIGITS + str(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")) or abs(v) >= 1e15:
            return LOST_DIGITS + repr(v)  # Excel keeps 15 digits: a longer number stored as a number is damaged
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, (time, timedelta)):
        return str(v)
    return str(v)


def _xlsx_rows(f: BinaryIO, filename: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of the first worksheet that are not blank: (row number, cells as text)."""
    import openpyxl  # only when needed: it is slow to import

    # openpyxl reads a workbook with zipfile and an XML parser; a damaged or hostile file fails in either, with
    # any of a dozen exception types. They all mean the same to the user: this workbook cannot be read.
    try:
        wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - see above
        raise rejected(filename, None, f"cannot open the Excel file: it is damaged or not an .xlsx workbook "
                                       f"({type(e).__name__}: {clean_text(str(e))[:200]})") from None
    try:
        sheets = wb.worksheets
        if not sheets:
            raise rejected(filename, None, "the Excel file has no worksheet")
        ws = sheets[0]
        ws.reset_dimensions()  # a wrong <dimension> would cut rows off or pad every row to thousands of cells
        it = ws.iter_rows(values_only=True)
        n = 0
        while True:
            try:
                values = next(it)
            except StopIteration:
                return
            except Exception as e:  # noqa: BLE001 - as above: the sheet's XML or its compressed data is broken
                raise rejected(filename, n + 1, f"the Excel file is damaged from about this row on "
                                                f"({type(e).__name__}: {clean_text(str(e))[:200]})") from None
            n += 1
            if any(v is not None for v in values):
                cells = [_xlsx_text(v) for v in values]
                if "".join(cells).strip():
                    yield n, cells
    finally:
        wb.close()


# --------------------------------------------------------------------------------------------- results


class ErrorList(list):
    """Collects RowErrors for one table; `full` once MAX_ERRORS + 1 are in (so we know there are more)."""

    def __init__(self, table: Table):
        super().__init__()
        self.table = table

    def add(self, row: int | None, col: int | None, message: str) -> None:
        if len(self) <= MAX_ERRORS:
            self.append(self.table.error(row, col, message))

    @property
    def full(self) -> bool:
        return len(self) > MAX_ERRORS

    def raise_if_any(self) -> None:
        raise_if(self + self.table.problems)


def raise_if(errors: list[RowError]) -> None:
    if errors:
        errors = sorted(errors, key=lambda e: (e.file, e.row or 0))  # a pair of files: each file's in turn
        raise ImportRejected(errors[:MAX_ERRORS], more=len(errors) > MAX_ERRORS)


@dataclass(frozen=True)
class ImportResult:
    """What one import did. Orders "queued" were changed in the file after they reached a packing station (or
    were shipped or cancelled): the change is in the supervisor's exceptions queue, not in the order."""

    kind: str                 # taobao, generic, products
    filename: str
    orders_added: int = 0
    orders_updated: int = 0   # open orders changed as the file says (lines added or changed, never removed)
    orders_skipped: int = 0   # already in the database, identical
    conflicts: list[str] = field(default_factory=list)  # changed after packing started: queued (ORDER_CHANGED)
    held: list[str] = field(default_factory=list)       # open, but which line changed is unclear: held, queued
    products_added: int = 0
    products_updated: int = 0
    already_imported: bool = False
    rows: int = 0             # data rows read
    orders_ignored: int = 0   # not paid yet (等待买家付款): nothing to pack
    orders_waiting: int = 0   # not paid yet, by bank transfer: kept waiting for the money (flag green to pack)
    refund_alerts: list[str] = field(default_factory=list)  # refund/close on an order at a station or shipped
    waiting: dict[str, list[str]] = field(default_factory=dict)  # SKU not in the product list -> orders held
    no_sku: list[str] = field(default_factory=list)   # orders held for a line whose SKU (商家编码) is blank
    released: list[str] = field(default_factory=list)  # products import: orders that waited for them, released
    oversold: list[str] = field(default_factory=list)  # orders import: held, the stock does not cover them (超卖)
    # shop name → its orders in this file, for shops not set up (or retired; "" = the orders name none and no
    # shop is the default): imported, and stopped at the scan until the shop is added (app.services.shops)
    unknown_shops: dict[str, list[str]] = field(default_factory=dict)
    # a preview (dry run): the import was done and rolled back, nothing is kept
    preview: bool = False
    # the first PREVIEW_ORDERS orders added, and the first PREVIEW_ORDERS changed ones with what changes:
    # (order number, "updated" | "held" | "queued", [{"what": field, "from": …, "to": …} or a line change as
    # the ORDER_CHANGED case keeps it: {"what": "line" | "variant" | "add", "line", "sku", "qty", …}])
    added_orders: list[str] = field(default_factory=list)
    changes: list[tuple[str, str, list[dict]]] = field(default_factory=list)
    # the new orders per courier the rules chose (code; "" = none could be chosen), and the orders whose courier
    # waits for a supervisor's decision (a note asks for one the rules did not pick: app.services.courier_rules)
    couriers: dict[str, int] = field(default_factory=dict)
    courier_asks: list[str] = field(default_factory=list)


PREVIEW_ORDERS = 50  # how many new and changed orders an import result names one by one
