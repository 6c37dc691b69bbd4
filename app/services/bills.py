"""Month-end courier bill (对账): import the courier's bill, check it line by line against what was shipped.

* The bill is an XLSX or a CSV (UTF-8 or GBK); its columns are mapped once per courier and the mapping is
  saved as a setting (``bill_mapping:<COURIER>``). A bad bill is refused whole, naming file, row and column.
* Lines are matched by waybill number. Billed weight is compared with our weighed weight, billed price with
  the rate card (``rate_card:<COURIER>``: first weight + each additional kg, per province or zone).
* Reconciliation lists differences over tolerance (``bill_tolerance``), billed parcels we never shipped,
  parcels shipped in the month and not billed, waybills billed twice, and deductions due for parcels lost,
  damaged or not delivered (app.services.claims). Exports: the dispute list (XLSX) and a summary (PDF).
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..models import (
    BillLine, Claim, ClaimKind, ClaimStatus, Courier, CourierBill, Order, Parcel, ParcelStatus, utcnow,
)
from .reporting import (
    LedgerError, day_range, get_setting, month_days, need_reason, phone_for, put_setting, today, xlsx_bytes,
)
from .audit import audit
from .rows import locked
from .auth import authorized

MAPPING_SETTING = "bill_mapping:{}"
RATE_SETTING = "rate_card:{}"
TOLERANCE_SETTING = "bill_tolerance"
DEFAULT_TOLERANCE = {"weight_g": 100, "amount": "0.50"}
WAYBILL_RE = re.compile(r"^[A-Za-z0-9]{6,40}$")
TOTAL_ROWS = ("合计", "总计", "小计", "total")
CENT = Decimal("0.01")


class BillError(LedgerError):
    """The bill is refused whole; ``file``, ``row`` (1-based, as the spreadsheet shows it) and ``column``
    (its header text) say where."""

    def __init__(self, file: str, row: int | None, column: str | None, problem: str, letter: str = "",
                 **params: object):
        super().__init__(problem, **params)   # `problem` is the template a screen translates
        self.problem = str(self)
        where = [file]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column '{column}'" + (f" ({letter})" if letter else ""))
        self.args = (f"{', '.join(where)}: {self.problem}",)
        self.file, self.row, self.column, self.letter = file, row, column, letter
        self.where = {"file": file, "row": row, "column": column, "letter": letter}


# ------------------------------------------------------------------------------------------- rate card
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


def province_key(name: str) -> str:
    """'浙江省' / '浙江' / ' 广西壮族自治区 ' → '浙江' / '浙江' / '广西'."""
    name = (name or "").strip()
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class Rate:
    first_g: int
    first: Decimal
    per_kg: Decimal


@dataclass(frozen=True)
class RateCard:
    """First weight (``first_g`` grams for ``first`` yuan) + each additional started kg (``step_g``) at
    ``per_kg``; a zone (a list of provinces) or a single province may have its own rate."""
    default: Rate
    zones: dict[str, Rate] = field(default_factory=dict)   # province key → rate
    step_g: int = 1000

    def rate_for(self, province: str) -> Rate:
        return self.zones.get(province_key(province), self.default)

    def price(self, weight_g: int, province: str) -> Decimal:
        r = self.rate_for(province)
        if weight_g <= r.first_g:
            return r.first
        steps = math.ceil((weight_g - r.first_g) / self.step_g)
        return (r.first + r.per_kg * steps * Decimal(self.step_g) / Decimal(1000)).quantize(CENT)


def _rate(d: dict, where: str) -> Rate:
    try:
        r = Rate(int(d.get("first_g", 1000)), Decimal(str(d["first"])), Decimal(str(d["per_kg"])))
    except (KeyError, InvalidOperation, TypeError, ValueError):
        raise LedgerError("rate card {where}: needs first (yuan), per_kg (yuan) and first_g (grams)", where=where) from None
    if r.first_g <= 0 or r.first < 0 or r.per_kg < 0:
        raise LedgerError("rate card {where}: weights and prices cannot be negative", where=where)
    return r


def parse_rate_card(data: dict) -> RateCard:
    """{"default": {...}, "zones": [{"name": "江浙沪", "provinces": ["浙江省", …], "first_g": 1000,
    "first": "3.00", "per_kg": "1.00"}, …], "step_g": 1000}"""
    if not isinstance(data, dict) or "default" not in data:
        raise LedgerError("a rate card needs a default rate")
    zones: dict[str, Rate] = {}
    for z in data.get("zones") or []:
        r = _rate(z, f"zone {z.get('name', '?')}")
        for p in z.get("provinces") or []:
            zones[province_key(p)] = r
    step = int(data.get("step_g", 1000))
    if step <= 0:
        raise LedgerError("rate card: step_g must be positive")
    return RateCard(_rate(data["default"], "default"), zones, step)


# ------------------------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class BillRow:
    row_no: int
    waybill_no: str
    weight_g: int
    amount: Decimal
    province: str
    shipped_on: str


REQUIRED = ("waybill", "weight", "amount")
OPTIONAL = ("province", "date")


def check_mapping(mapping: dict) -> dict:
    if not isinstance(mapping, dict):
        raise LedgerError("a column mapping is a dict of field → column header")
    for key in REQUIRED:
        if not str(mapping.get(key) or "").strip():
            raise LedgerError("the column mapping needs the '{key}' column", key=key)
    unit = mapping.get("weight_unit", "kg")
    if unit not in ("kg", "g"):
        raise LedgerError("weight_unit is kg or g")
    hr = mapping.get("header_row")
    if hr is not None and (not isinstance(hr, int) or hr < 1):
        raise LedgerError("header_row is a row number from 1")
    return mapping


def _rows_of(data: bytes, filename: str, sheet: str | None) -> list[list]:
    suffix = Path(filename).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # a corrupt or renamed file
            raise BillError(filename, None, None, "not a readable XLSX workbook ({what})",
                            what=exc.__class__.__name__) from None
        try:
            if sheet and sheet not in wb.sheetnames:
                raise BillError(filename, None, None, "no sheet '{sheet}' (sheets: {sheets})", sheet=sheet,
                                sheets=", ".join(wb.sheetnames))
            ws = wb[sheet] if sheet else wb.worksheets[0]
            return [list(r) for r in ws.iter_rows(values_only=True)]
        finally:
            wb.close()
    if suffix in (".csv", ".txt"):
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise BillError(filename, None, None, "the text is neither UTF-8 nor GBK")
        return [list(r) for r in csv.reader(io.StringIO(text))]
    raise BillError(filename, None, None, "a bill is an .xlsx or a .csv file, not '{suffix}' (save an old .xls as .xlsx)",
                    suffix=suffix or "—")


def _blank(v) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v).strip()


def _number(v) -> Decimal:
    if isinstance(v, bool):
        raise InvalidOperation
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    text = str(v).strip().replace(",", "").replace("，", "")
    for junk in ("¥", "￥", "元", "RMB", "kg", "KG", "公斤"):
        text = text.replace(junk, "")
    return Decimal(text.strip())


def read_bill(data: bytes, filename: str, mapping: dict) -> list[BillRow]:
    """Parses a bill with a column mapping. Pure: bytes in, rows out; raises BillError on the first problem."""
    from openpyxl.utils import get_column_letter

    mapping = check_mapping(mapping)
    rows = _rows_of(data, filename, mapping.get("sheet"))
    want = {k: str(mapping[k]).strip() for k in REQUIRED + OPTIONAL if str(mapping.get(k) or "").strip()}
    if mapping.get("header_row"):
        header_at = mapping["header_row"] - 1
        if header_at >= len(rows):
            raise BillError(filename, mapping["header_row"], None, "the header row is past the end of the file")
    else:
        header_at = next((i for i, r in enumerate(rows[:20]) if want["waybill"] in [_text(c) for c in r]), None)
        if header_at is None:
            raise BillError(filename, None, want["waybill"], "column not found in the first 20 rows")
    header = [_text(c) for c in rows[header_at]]
    col: dict[str, int] = {}
    for key, name in want.items():
        if name not in header:
            raise BillError(filename, header_at + 1, name, "column not found (the header has: {header})",
                            header=", ".join(h for h in header if h))
        col[key] = header.index(name)
    grams_per = 1000 if mapping.get("weight_unit", "kg") == "kg" else 1
    out: list[BillRow] = []
    for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
        if all(_blank(c) for c in r):
            continue

        def cell(key):
            j = col[key]
            return r[j] if j < len(r) else None

        def bad(key, problem, **params):
            return BillError(filename, i, want[key], problem, get_column_letter(col[key] + 1), **params)

        waybill = _text(cell("waybill"))
        if waybill.lower().startswith(TOTAL_ROWS):
            continue  # the bill's own total line
        if not WAYBILL_RE.match(waybill):
            raise (bad("waybill", "'{value}' is not a waybill number", value=waybill) if waybill
                   else bad("waybill", "empty waybill number"))
        w, a = cell("weight"), cell("amount")
        if _blank(w):
            raise bad("weight", "empty weight")
        try:
            kg = _number(w)
        except (InvalidOperation, ValueError):
            raise bad("weight", "'{value}' is not a number", value=_text(w)) from None
        if not kg.is_finite() or kg < 0:
            raise bad("weight", "'{value}' is not a weight", value=_text(w))
        if _blank(a):
            raise bad("amount", "empty amount")
        try:
            amount = _number(a)
        except (InvalidOperation, ValueError):
            raise bad("amount", "'{value}' is not an amount", value=_text(a)) from None
        if not amount.is_finite() or amount < 0:
            raise bad("amount", "'{value}' is not an amount", value=_text(a))
        out.append(BillRow(i, waybill, int((kg * grams_per).to_integral_value(ROUND_HALF_UP)),
                           amount.quantize(CENT, ROUND_HALF_UP),
                           _text(cell("province")) if "province" in col else "",
                           _text(cell("date"))[:20] if "date" in col else ""))
    if not out:
        raise BillError(filename, None, None, "the bill has no lines")
    return out


def peek(data: bytes, filename: str, rows: int = 8, sheet: str | None = None) -> list[list[str]]:
    """The first rows as text, for the mapping screen to show the columns."""
    return [[_text(c) for c in r] for r in _rows_of(data, filename, sheet)[:rows]]


# ------------------------------------------------------------------------------------------- settings
def _courier(s: Session, code: str) -> Courier:
    c = s.scalar(select(Courier).where(Courier.code == (code or "").strip().upper()))
    if c is None:
        raise LedgerError("unknown courier '{code}'", code=code)
    return c


def _save_courier_setting(db: Database, actor: Actor, template: str, courier_code: str, value: dict,
                          reason: str, check) -> None:
    """One courier's bill setting (mapping or rate card): role, reason, `check(value)`, then saved and
    audited with before and after."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        reason = need_reason(reason)
        check(value)
        key = template.format(_courier(s, courier_code).code)
        before = put_setting(s, key, value)
        audit(s, actor, "change_setting", "setting", key, reason, {"value": before}, {"value": value})


def save_mapping(db: Database, actor: Actor, courier_code: str, mapping: dict, reason: str = "bill format") -> None:
    """Saves the courier's bill column mapping: {"waybill": header, "weight": header, "amount": header,
    "weight_unit": "kg"|"g", optional "province", "date", "header_row", "sheet"}."""
    _save_courier_setting(db, actor, MAPPING_SETTING, courier_code, mapping, reason, check_mapping)


def get_mapping(db: Database, courier_code: str) -> dict | None:
    with db.session() as s:
        return get_setting(s, MAPPING_SETTING.format(_courier(s, courier_code).code))


def save_rate_card(db: Database, actor: Actor, courier_code: str, card: dict, reason: str) -> None:
    _save_courier_setting(db, actor, RATE_SETTING, courier_code, card, reason, parse_rate_card)


def get_rate_card(db: Database, courier_code: str) -> dict | None:
    with db.session() as s:
        return get_setting(s, RATE_SETTING.format(_courier(s, courier_code).code))


def save_tolerance(db: Database, actor: Actor, weight_g: int, amount, reason: str) -> None:
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        reason = need_reason(reason)
        if int(weight_g) < 0 or Decimal(str(amount)) < 0:
            raise LedgerError("a tolerance cannot be negative")
        value = {"weight_g": int(weight_g), "amount": str(Decimal(str(amount)).quantize(CENT))}
        before = put_setting(s, TOLERANCE_SETTING, value)
        audit(s, actor, "change_setting", "setting", TOLERANCE_SETTING, reason, {"value": before}, {"value": value})


# ------------------------------------------------------------------------------------------- import
@dataclass(frozen=True)
class BillView:
    id: int
    courier: str
    month: str
    filename: str
    rows: int
    total_amount: Decimal
    status: str
    imported_at: datetime


def _bill_view(s: Session, b: CourierBill) -> BillView:
    return BillView(b.id, s.get(Courier, b.courier_id).code, b.month, b.filename, b.rows, b.total_amount, b.status,
                    b.imported_at)


def import_bill(db: Database, actor: Actor, courier_code: str, path: str | Path, month: str | None = None,
                data: bytes | None = None) -> BillView:
    """Reads the courier's bill with its saved mapping and stores it (all lines or nothing)."""
    with authorized(db, actor, Action.RECONCILE) as (s, _op):  # who may, before the file is even read
        if month is None:
            t = today()
            month = f"{t.year - (t.month == 1)}-{(t.month - 2) % 12 + 1:02d}"  # the month before
        month_days(month)
        c = _courier(s, courier_code)
        mapping = get_setting(s, MAPPING_SETTING.format(c.code))
    if mapping is None:
        raise LedgerError("no column mapping saved for {code}: map the bill's columns first", code=c.code)
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    rows = read_bill(data, path.name, mapping)
    sha = hashlib.sha256(data).hexdigest()
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        c = _courier(s, courier_code)
        dup = s.scalar(select(CourierBill).where(CourierBill.courier_id == c.id, CourierBill.sha256 == sha))
        if dup is not None:
            raise LedgerError("{name} was already imported (bill {id}, {month})", name=path.name, id=dup.id, month=dup.month)
        bill = CourierBill(courier_id=c.id, month=month, filename=path.name[:300], sha256=sha, rows=len(rows),
                           total_amount=sum((r.amount for r in rows), Decimal("0")), imported_by=actor.id)
        s.add(bill)
        s.flush()
        for i in range(0, len(rows), 5000):
            s.execute(insert(BillLine), [
                {"bill_id": bill.id, "row_no": r.row_no, "waybill_no": r.waybill_no, "weight_g": r.weight_g,
                 "amount": r.amount, "province": r.province[:32], "shipped_on": r.shipped_on}
                for r in rows[i:i + 5000]])
        audit(s, actor, "import_bill", "courier_bill", str(bill.id), "", None,
              {"courier": c.code, "month": month, "file": path.name, "rows": len(rows),
               "total": str(bill.total_amount)})
        return _bill_view(s, bill)


def list_bills(db: Database, courier_code: str | None = None) -> list[BillView]:
    with db.session() as s:
        q = select(CourierBill).order_by(CourierBill.month, CourierBill.id)
        if courier_code:
            q = q.where(CourierBill.courier_id == _courier(s, courier_code).id)
        return [_bill_view(s, b) for b in s.scalars(q)]


# ------------------------------------------------------------------------------------------- reconcile
WEIGHT = "weight"            # billed weight differs from ours beyond tolerance
PRICE = "price"              # billed price differs from the rate card at the billed weight
NOT_SHIPPED = "not_shipped"  # billed, never shipped by us (unknown or void waybill)
NOT_BILLED = "not_billed"    # shipped in the month, not on the bill
DUPLICATE = "duplicate"      # billed more than once
DEDUCTION = "deduction"      # lost / damaged / undeliverable: to be deducted


@dataclass(frozen=True)
class Difference:
    kind: str
    waybill_no: str
    order_no: str
    row_no: int | None
    province: str
    our_weight_g: int | None
    billed_weight_g: int | None
    weight_diff_g: int | None
    expected_amount: Decimal | None   # rate card at our weight (what we think is fair)
    billed_amount: Decimal | None
    amount_diff: Decimal               # billed − expected (positive: billed too much); deductions: the amount
    note: str
    claim_id: int | None = None


@dataclass(frozen=True)
class Reconciliation:
    bill_id: int
    courier: str
    courier_name: str
    month: str
    filename: str
    rows: int
    billed_total: Decimal
    matched: int
    expected_total: Decimal | None   # rate card at our weights, matched lines (None without a rate card)
    tolerance_g: int
    tolerance_amount: Decimal
    rate_card: bool
    differences: tuple[Difference, ...]
    overbilled: Decimal              # Σ positive amount differences (weight, price, duplicates, not shipped)
    deductions: Decimal
    payable: Decimal                 # billed − overbilled − deductions

    def of(self, kind: str) -> list[Difference]:
        return [d for d in self.differences if d.kind == kind]


def _tolerance(s: Session) -> tuple[int, Decimal]:
    t = get_setting(s, TOLERANCE_SETTING, DEFAULT_TOLERANCE) or DEFAULT_TOLERANCE
    return int(t.get("weight_g", 100)), Decimal(str(t.get("amount", "0.50")))


def reconcile(db: Database, bill_id: int) -> Reconciliation:
    """Checks the bill line by line against the parcels shipped; nothing is changed."""
    with db.session() as s:
        return _reconcile(s, bill_id)[0]


def _reconcile(s: Session, bill_id: int) -> tuple[Reconciliation, dict[str, int]]:
    bill = s.get(CourierBill, bill_id)
    if bill is None:
        raise LedgerError("no bill {bill_id}", bill_id=bill_id)
    courier = s.get(Courier, bill.courier_id)
    raw_card = get_setting(s, RATE_SETTING.format(courier.code))
    card = parse_rate_card(raw_card) if raw_card else None
    tol_g, tol_amount = _tolerance(s)
    lines = s.scalars(select(BillLine).where(BillLine.bill_id == bill.id).order_by(BillLine.row_no)).all()
    billed_numbers = {ln.waybill_no for ln in lines}
    parcels: dict[str, tuple] = {}
    numbers = sorted(billed_numbers)
    for i in range(0, len(numbers), 900):
        for row in s.execute(select(Parcel.waybill_no, Parcel.id, Parcel.status, Parcel.weight_g, Order.order_no,
                                    Order.province, Parcel.order_id)
                             .join(Order, Order.id == Parcel.order_id)
                             .where(Parcel.courier_id == courier.id, Parcel.waybill_no.in_(numbers[i:i + 900]))):
            parcels[row[0]] = row
    first, last = month_days(bill.month)
    start, end = day_range(first, last)
    shipped = s.execute(select(Parcel.waybill_no, Parcel.weight_g, Order.order_no, Order.province)
                        .join(Order, Order.id == Parcel.order_id)
                        .where(Parcel.courier_id == courier.id, Parcel.status == ParcelStatus.PRINTED,
                               Parcel.printed_at >= start, Parcel.printed_at < end)
                        .order_by(Parcel.waybill_no)).all()
    diffs: list[Difference] = []
    seen: Counter[str] = Counter()
    matched = 0
    expected_total = Decimal("0")
    billed_by_waybill: dict[str, Decimal] = {}
    for ln in lines:
        seen[ln.waybill_no] += 1
        p = parcels.get(ln.waybill_no)
        province = (p[5] if p else "") or ln.province
        if seen[ln.waybill_no] > 1:
            diffs.append(Difference(DUPLICATE, ln.waybill_no, p[4] if p else "", ln.row_no, province,
                                    p[3] if p else None, ln.weight_g, None, Decimal("0"), ln.amount, ln.amount,
                                    f"billed {seen[ln.waybill_no]} times"))
            continue
        billed_by_waybill[ln.waybill_no] = ln.amount
        if p is None or p[2] is not ParcelStatus.PRINTED:
            diffs.append(Difference(NOT_SHIPPED, ln.waybill_no, p[4] if p else "", ln.row_no, province, None,
                                    ln.weight_g, None, Decimal("0"), ln.amount, ln.amount,
                                    "waybill void: never handed over" if p else "no parcel of ours"))
            continue
        matched += 1
        ours = p[3]
        fair = card.price(ours, province) if card else None
        if fair is not None:
            expected_total += fair
        wdiff = ln.weight_g - ours
        if abs(wdiff) > tol_g:
            diffs.append(Difference(WEIGHT, ln.waybill_no, p[4], ln.row_no, province, ours, ln.weight_g, wdiff, fair,
                                    ln.amount, (ln.amount - fair) if fair is not None else Decimal("0"),
                                    "billed heavier than weighed" if wdiff > 0 else "billed lighter than weighed"))
            continue
        if card is not None:
            at_billed = card.price(ln.weight_g, province)
            if abs(ln.amount - at_billed) > tol_amount:
                diffs.append(Difference(PRICE, ln.waybill_no, p[4], ln.row_no, province, ours, ln.weight_g, wdiff,
                                        fair, ln.amount, ln.amount - fair,
                                        f"rate card {at_billed} at {ln.weight_g} g"))
    for wb, weight, order_no, province in shipped:
        if wb not in billed_numbers:
            diffs.append(Difference(NOT_BILLED, wb, order_no, None, province, weight, None, None,
                                    card.price(weight, province) if card else None, None, Decimal("0"),
                                    "shipped in the month, not on the bill"))
    claims = s.execute(select(Claim, Order.order_no, Order.province).join(Order, Order.id == Claim.order_id)
                       .where(Claim.courier_id == courier.id,
                              Claim.status.not_in((ClaimStatus.REJECTED, ClaimStatus.CLOSED)),
                              (Claim.deducted_bill_id.is_(None)) | (Claim.deducted_bill_id == bill.id))
                       .order_by(Claim.id)).all()
    claim_ids: dict[str, int] = {}
    deductions = Decimal("0")
    for c, order_no, province in claims:
        if c.kind is ClaimKind.UNDELIVERABLE:
            amount = billed_by_waybill.get(c.waybill_no, c.amount_claimed - c.amount_recovered)
            note = "undeliverable: freight back"
        else:
            amount = c.amount_claimed - c.amount_recovered
            note = f"{c.kind.value}: claimed {c.amount_claimed}, recovered {c.amount_recovered}"
        if amount <= 0:
            continue
        deductions += amount
        claim_ids[c.waybill_no] = c.id
        diffs.append(Difference(DEDUCTION, c.waybill_no, order_no, None, province, None, None, None, None,
                                billed_by_waybill.get(c.waybill_no), amount, note, c.id))
    over = sum((d.amount_diff for d in diffs if d.kind != DEDUCTION and d.amount_diff > 0), Decimal("0"))
    billed_total = sum((ln.amount for ln in lines), Decimal("0"))
    rec = Reconciliation(bill.id, courier.code, courier.name, bill.month, bill.filename, len(lines), billed_total,
                         matched, expected_total if card else None, tol_g, tol_amount, card is not None,
                         tuple(diffs), over, deductions, billed_total - over - deductions)
    return rec, claim_ids


def close_bill(db: Database, actor: Actor, bill_id: int, reason: str) -> Reconciliation:
    """Settles the month: the bill is closed and the claims deducted on it are marked so (not deducted twice)."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        reason = need_reason(reason)
        bill = locked(s, CourierBill, CourierBill.id == bill_id)
        if bill is None:
            raise LedgerError("no bill {bill_id}", bill_id=bill_id)
        # the courier's claims are deducted on one bill only: two of its bills closed at once take turns
        locked(s, Courier, Courier.id == bill.courier_id)
        rec, claim_ids = _reconcile(s, bill_id)
        if bill.status == "closed":
            raise LedgerError("bill {bill_id} is already closed", bill_id=bill_id)
        bill.status, bill.closed_at, bill.closed_by = "closed", utcnow(), actor.id
        for cid in claim_ids.values():
            s.get(Claim, cid).deducted_bill_id = bill.id
        audit(s, actor, "close_bill", "courier_bill", str(bill.id), reason, {"status": "open"},
              {"status": "closed", "payable": str(rec.payable), "overbilled": str(rec.overbilled),
               "deductions": str(rec.deductions), "claims": sorted(claim_ids.values())})
        return rec


# ------------------------------------------------------------------------------------------- exports
KIND_ZH = {WEIGHT: "重量差异 weight", PRICE: "价格差异 price", NOT_SHIPPED: "未发货 not shipped",
           NOT_BILLED: "未计费 not billed", DUPLICATE: "重复计费 billed twice", DEDUCTION: "扣款 deduction"}
DISPUTE_HEADERS = ["类型 Kind", "运单号 Waybill", "订单号 Order", "账单行 Row", "省份 Province", "我方重量 kg",
                   "账单重量 kg", "重量差 g", "应收 Expected ¥", "账单 Billed ¥", "差额 Difference ¥", "说明 Note",
                   "收件人 Recipient", "电话 Phone"]


def _kg(g: int | None) -> float | None:
    return None if g is None else round(g / 1000, 3)


def disputes_xlsx(db: Database, actor: Actor, bill_id: int) -> bytes:
    """The dispute list for the courier: a summary sheet and every difference, formulas neutralised, phones
    masked unless the actor may see them."""
    with authorized(db, actor, Action.RECONCILE) as (s, actor):
        rec, _ = _reconcile(s, bill_id)
        people = {}
        numbers = [d.order_no for d in rec.differences if d.order_no]
        for i in range(0, len(numbers), 900):
            for no, name, phone in s.execute(select(Order.order_no, Order.recipient_name, Order.phone)
                                             .where(Order.order_no.in_(numbers[i:i + 900]))):
                people[no] = (name, phone_for(actor.role.value, phone))
    summary = [["快递 Courier", f"{rec.courier} {rec.courier_name}"], ["月份 Month", rec.month],
               ["文件 File", rec.filename], ["账单行数 Lines", rec.rows], ["账单金额 Billed ¥", rec.billed_total],
               ["匹配 Matched", rec.matched],
               ["按价目表 Expected ¥", rec.expected_total if rec.expected_total is not None else "no rate card"],
               ["多收 Overbilled ¥", rec.overbilled], ["扣款 Deductions ¥", rec.deductions],
               ["应付 Payable ¥", rec.payable]]
    summary += [[KIND_ZH[k], len(rec.of(k))] for k in KIND_ZH]
    rows = [[KIND_ZH[d.kind], d.waybill_no, d.order_no, d.row_no, d.province, _kg(d.our_weight_g),
             _kg(d.billed_weight_g), d.weight_diff_g, d.expected_amount, d.billed_amount, d.amount_diff, d.note,
             *people.get(d.order_no, ("", ""))] for d in rec.differences]
    return xlsx_bytes([("汇总 Summary", ["项目 Item", "值 Value"], summary), ("差异 Disputes", DISPUTE_HEADERS, rows)])


def summary_pdf(db: Database, actor: Actor, bill_id: int) -> bytes:
    """The month's reconciliation on paper: totals, counts per kind, and the differences."""
    from .reports_pdf import table_pdf

    with authorized(db, actor, Action.RECONCILE) as (s, _op):
        rec, _ = _reconcile(s, bill_id)
    facts = [("快递 Courier", f"{rec.courier} {rec.courier_name}"), ("月份 Month", rec.month),
             ("文件 File", rec.filename), ("账单行数 Lines", rec.rows), ("账单金额 Billed", f"¥{rec.billed_total}"),
             ("匹配 Matched", rec.matched),
             ("按价目表 Expected", f"¥{rec.expected_total}" if rec.expected_total is not None else "—"),
             ("多收 Overbilled", f"¥{rec.overbilled}"), ("扣款 Deductions", f"¥{rec.deductions}"),
             ("应付 Payable", f"¥{rec.payable}"),
             ("容差 Tolerance", f"{rec.tolerance_g} g / ¥{rec.tolerance_amount}")]
    counts = [[KIND_ZH[k], len(rec.of(k)), sum((d.amount_diff for d in rec.of(k)), Decimal("0"))] for k in KIND_ZH]
    rows = [[KIND_ZH[d.kind], d.waybill_no, d.order_no, _kg(d.our_weight_g), _kg(d.billed_weight_g),
             d.billed_amount, d.amount_diff, d.note] for d in rec.differences]
    return table_pdf(f"{rec.courier_name} {rec.month} 对账单 Bill reconciliation", facts,
                     [("分类 By kind", ["类型 Kind", "条数 Count", "金额 Amount ¥"], counts),
                      ("差异明细 Differences", ["类型", "运单号", "订单号", "我方 kg", "账单 kg", "账单 ¥", "差额 ¥",
                                             "说明"], rows)],
                     signatures=["对账人 Checked by", "快递确认 Courier"])
