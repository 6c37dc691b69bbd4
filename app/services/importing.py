"""Import orders and products from CSV and XLSX files (no Qt).

Three kinds of file:

* ``taobao``   – the Taobao/Tmall seller-centre order export: Chinese headers (订单编号, 收货人姓名, 收货地址,
  联系手机, 购买数量, 商家编码 …), one row per order line, rows with the same 订单编号 form one order.
* ``generic``  – any order CSV/XLSX whose columns are named by a saved mapping (``save_mapping``).
* ``products`` – our own products list (商家编码/sku, 名称/name, 型号/style, …), upserted by SKU.

A file is imported whole or not at all: every row is checked first, up to ``MAX_ERRORS`` problems are
collected and raised together as ``ImportRejected``, naming the file, the row as the spreadsheet shows it
(header = row 1) and the column (header and letter). The same file (same bytes) imported twice changes nothing.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from operator import itemgetter
from typing import Any, Iterable

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..models import Barcode, ImportBatch, Order, OrderLine, OrderStatus, Product, Setting, utcnow

MAX_ERRORS = 20
CHINA_TZ = timezone(timedelta(hours=8))  # Asia/Shanghai, no daylight saving
MAPPING_KEY_PREFIX = "import_mapping:"
_CHUNK = 5000


# --------------------------------------------------------------------------------------------- results


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


# Kept for the name used in the issue.
ImportError_ = ImportRejected


@dataclass(frozen=True)
class ImportResult:
    kind: str                 # taobao, generic, products
    filename: str
    orders_added: int = 0
    orders_updated: int = 0
    orders_skipped: int = 0   # already in the database, identical
    conflicts: list[str] = field(default_factory=list)  # order numbers changed in the file but packing/shipped
    products_added: int = 0
    products_updated: int = 0
    already_imported: bool = False
    rows: int = 0             # data rows read
    orders_ignored: int = 0   # not paid yet (等待买家付款): nothing to pack
    refund_alerts: list[str] = field(default_factory=list)  # refund newly requested on an order being packed


# --------------------------------------------------------------------------------------------- fields

# Canonical field -> header aliases, in order of preference. Matching ignores case, spaces, "_" and
# full-width brackets.
ORDER_ALIASES: dict[str, tuple[str, ...]] = {
    "order_no": ("订单编号", "订单号", "主订单编号", "order_no", "order number", "order id"),
    "buyer_id": ("买家会员名", "买家昵称", "买家账号", "buyer_id", "buyer"),
    "recipient_name": ("收货人姓名", "收货人", "收件人", "recipient_name", "recipient"),
    "address": ("收货地址", "详细地址", "地址", "address"),
    "province": ("省", "省份", "province"),
    "city": ("市", "城市", "city"),
    "district": ("区", "区县", "district"),
    "postcode": ("邮编", "邮政编码", "postcode", "zip"),
    "phone": ("联系手机", "手机", "手机号", "联系电话", "电话", "phone", "mobile"),
    "title": ("宝贝标题", "商品标题", "标题", "商品名称", "title"),
    "attributes": ("颜色分类", "商品属性", "销售属性", "sku属性", "attributes"),
    "qty": ("购买数量", "宝贝数量", "数量", "qty", "quantity"),
    "price": ("价格", "单价", "宝贝单价", "商品单价", "price"),
    "status": ("订单状态", "status"),
    "refund_status": ("退款状态", "refund_status"),
    "seller_note": ("卖家备注", "订单备注", "商家备注", "seller_note"),
    "buyer_note": ("买家留言", "买家备注", "buyer_note"),
    "sku": ("商家编码", "外部系统编号", "商品编码", "sku编码", "sku"),
    "amount": ("实付款", "买家实际支付金额", "总金额", "订单金额", "amount"),
    "paid_at": ("付款时间", "支付时间", "paid_at"),
    "shop": ("店铺名称", "店铺", "shop"),
    "channel": ("渠道", "平台", "channel"),
}
ORDER_REQUIRED = ("order_no", "recipient_name", "address", "phone", "qty", "sku")
ORDER_LEVEL = ("buyer_id", "recipient_name", "address", "province", "city", "district", "postcode", "phone",
               "status", "seller_note", "buyer_note", "amount", "paid_at", "shop", "channel")

PRODUCT_ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("商家编码", "sku", "编码", "货号"),
    "name": ("名称", "商品名称", "品名", "name"),
    "style": ("型号", "款号", "style", "model"),
    "colour": ("颜色", "colour", "color"),
    "size": ("尺码", "size"),
    "weight_g": ("重量(g)", "重量(克)", "重量", "weight_g", "weight(g)", "weight"),
    "barcodes": ("条码", "条形码", "barcodes", "barcode"),
    "manual_check": ("人工核对", "manual_check"),
    "stock": ("库存", "stock"),
}
PRODUCT_REQUIRED = ("sku", "name")

MAPPABLE_FIELDS = frozenset(ORDER_ALIASES) | frozenset(PRODUCT_ALIASES)

# Longest stored lengths (PostgreSQL enforces them; SQLite would not).
_MAXLEN = {"order_no": 64, "buyer_id": 64, "recipient_name": 64, "phone": 32, "address": 300,
           "postcode": 12, "shop": 64, "channel": 32, "sku": 64, "name": 200, "style": 64, "colour": 64,
           "size": 32, "manual_check": 200}


def _clean(v: str) -> str:
    """Strip the tricks exports use to keep long numbers as text: ="123", a leading ' or a tab."""
    v = v.strip()
    if v[:2] == '="' and v[-1:] == '"':
        v = v[2:-1].strip()
    elif v[:1] == "'":
        v = v[1:].strip()
    return v


def _norm_header(h: str) -> str:
    h = _clean(h).lower().replace("（", "(").replace("）", ")")
    return re.sub(r"[\s_]+", "", h)


_ORDER_LOOKUP = {f: tuple(_norm_header(a) for a in al) for f, al in ORDER_ALIASES.items()}
_PRODUCT_LOOKUP = {f: tuple(_norm_header(a) for a in al) for f, al in PRODUCT_ALIASES.items()}


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


# --------------------------------------------------------------------------------------------- reading


@dataclass
class _Table:
    filename: str
    headers: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]]  # (spreadsheet row, cells)

    def col(self, index: int) -> str:
        name = self.headers[index] if index < len(self.headers) else ""
        return f"{name} ({column_letter(index)})" if name else column_letter(index)


def _decode(data: bytes, filename: str) -> str:
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[3:].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as e:
        raise ImportRejected([RowError(filename, _line_of(data, e.start), None,
                                       f"the file says it is Unicode but is not valid ({e.reason})")]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    try:
        return data.decode("gb18030")  # a superset of GBK and GB2312
    except UnicodeDecodeError as e:
        at = max(utf8_error, e.start)  # where the likelier of the two went wrong
        raise ImportRejected([RowError(
            filename, _line_of(data, at), None,
            f"the text encoding is neither UTF-8 nor GBK/GB18030 (bad byte 0x{data[at]:02X}); "
            "save the file as CSV UTF-8 or as .xlsx")]) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _read_csv(data: bytes, filename: str) -> list[tuple[int, list[str]]]:
    text = _decode(data, filename)
    if "\x00" in text:
        raise ImportRejected([RowError(filename, None, None, "the file is binary, not a CSV text file")])
    first = text[:text.find("\n")] if "\n" in text else text
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        return [(n, rec) for n, rec in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1)]
    except csv.Error as e:
        raise ImportRejected([RowError(filename, None, None, f"cannot read the CSV: {e}")]) from None


_LOST_DIGITS = "≈"


def _xlsx_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if abs(v) >= 1e15:  # Excel keeps 15 digits: a longer number stored as a number is damaged
            return _LOST_DIGITS + repr(v)
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.strftime("%Y-%m-%d")
    return str(v)


def _read_xlsx(data: bytes, filename: str) -> list[tuple[int, list[str]]]:
    import openpyxl  # only when needed: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as e:
        raise ImportRejected([RowError(filename, None, None, f"cannot open the Excel file: {e}")]) from None
    try:
        ws = wb.worksheets[0]
        # read-only sheets yield every row from min_row on, empty ones included, so counting gives the
        # row number the user sees
        return [(n, [_xlsx_text(v) for v in values])
                for n, values in enumerate(ws.iter_rows(min_row=1, values_only=True), 1)
                if any(v is not None for v in values)]
    finally:
        wb.close()


def _read_table(path: Path, data: bytes, expected: Iterable[str] = ()) -> _Table:
    """The header is the first non-empty row, or, when a title sits above it, the first of the first ten
    rows that names the columns we know (``expected``: the headers of a saved mapping)."""
    filename = path.name
    if data.startswith(b"PK\x03\x04"):
        records = _read_xlsx(data, filename)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRejected([RowError(filename, None, None,
                                       "old Excel .xls files are not read: save it as .xlsx or CSV")])
    else:
        records = _read_csv(data, filename)
    records = [(n, rec) for n, rec in records if any(c.strip() for c in rec)]
    if not records:
        raise ImportRejected([RowError(filename, None, None, "the file is empty")])
    wanted = {_norm_header(h) for h in expected}
    at = 0
    for k, (_, rec) in enumerate(records[:10]):
        names = [_clean(h) for h in rec]
        if (wanted and wanted <= {_norm_header(h) for h in names}) or (not wanted and detect_kind(names)):
            at = k
            break
    header_row, rec = records[at]
    return _Table(filename, [_clean(h) for h in rec], header_row, records[at + 1:])


# --------------------------------------------------------------------------------------------- columns


def _resolve(table: _Table, lookup: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """field -> column indexes present in the file, most preferred first."""
    positions: dict[str, int] = {}
    for i, h in enumerate(table.headers):
        positions.setdefault(_norm_header(h), i)
    cols: dict[str, list[int]] = {}
    for f, aliases in lookup.items():
        idx = [positions[a] for a in aliases if a in positions]
        if idx:
            cols[f] = list(dict.fromkeys(idx))
    return cols


def _resolve_mapping(table: _Table, mapping: dict[str, str], errors: list[RowError]) -> dict[str, list[int]]:
    positions: dict[str, int] = {}
    for i, h in enumerate(table.headers):
        positions.setdefault(_norm_header(h), i)
    cols: dict[str, list[int]] = {}
    for f, header in mapping.items():
        i = positions.get(_norm_header(header))
        if i is None:
            errors.append(RowError(table.filename, table.header_row, None,
                                   f"the mapping names column “{header}” for {f}, but the file has no such column"))
        else:
            cols[f] = [i]
    return cols


def detect_kind(headers: Iterable[str]) -> str | None:
    norm = {_norm_header(h) for h in headers}
    if any(a in norm for a in _ORDER_LOOKUP["order_no"]):
        return "taobao"
    if any(a in norm for a in _PRODUCT_LOOKUP["sku"]) and any(a in norm for a in _PRODUCT_LOOKUP["name"]):
        return "products"
    return None


def _check_required(table: _Table, cols: dict[str, list[int]], required: Iterable[str],
                    aliases: dict[str, tuple[str, ...]], errors: list[RowError]) -> None:
    for f in required:
        if f not in cols:
            names = " / ".join(aliases[f][:2])
            errors.append(RowError(table.filename, table.header_row, None,
                                   f"missing required column {names} ({f})"))


# --------------------------------------------------------------------------------------------- values

_MOBILE = re.compile(r"1[3-9]\d{9}(?:-\d{1,6})?")   # with the extension of a platform's privacy number
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(?:-\d{1,6})?")
_PHONE_JUNK = re.compile(r"[\s()（）]")
_POSTCODE_TAIL = re.compile(r"^(.*?)[\s,，]*[(（]\s*(\d{6}|000000)\s*[)）]\s*$", re.S)
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCE_SUFFIX = ("省", "自治区", "特别行政区")
_PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
              "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
              "广西", "西藏", "宁夏", "新疆", "香港", "澳门") + _MUNICIPALITIES
_CITY_SUFFIX = ("市", "州", "盟", "地区", "城区", "郊县", "县")
_DISTRICT_SUFFIX = ("区", "县", "市", "旗", "林区", "特区")
_COMPACT_ADDRESS = re.compile(
    r"^(?P<p>(?:北京|天津|上海|重庆)市?|[^省市]{2,3}省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|"
    r"新疆维吾尔自治区|香港特别行政区|澳门特别行政区)"
    r"(?P<c>[^区县]{1,9}?(?:市|自治州|地区|盟))?"
    r"(?P<d>.{1,9}?(?:区|县|市|旗))?(?P<s>.*)$", re.S)


def parse_phone(raw: str) -> str | None:
    """A mainland mobile (138…, with an optional privacy-number extension) or landline (0571-88886666)."""
    p = _PHONE_JUNK.sub("", raw).replace("—", "-").replace("－", "-")
    if p.startswith("+86"):
        p = p[3:].lstrip("-")
    elif p.startswith("0086"):
        p = p[4:].lstrip("-")
    elif p.startswith("86") and len(p) >= 13:
        p = p[2:].lstrip("-")
    if p.startswith("1"):
        mobile = p.replace("-", "", 2) if re.fullmatch(r"1\d{2}-\d{4}-\d{4}(?:-\d{1,6})?", p) else p
        return mobile if _MOBILE.fullmatch(mobile) else None
    return p if _LANDLINE.fullmatch(p) else None


@dataclass(frozen=True)
class Address:
    province: str
    city: str
    district: str
    street: str
    postcode: str


def parse_address(raw: str) -> Address:
    """Split "浙江省 杭州市 西湖区 文三路478号华星科技大厦1502室(310012)"; missing parts are left empty."""
    text = raw.strip().replace("\u3000", " ")
    postcode = ""
    m = _POSTCODE_TAIL.match(text)
    if m:
        text, postcode = m.group(1).strip(), m.group(2)
        if postcode == "000000":
            postcode = ""
    tokens = text.split()
    province = city = district = ""
    i = 0
    if len(tokens) > 1:
        t = tokens[0]
        if t.endswith(_PROVINCE_SUFFIX) or t.rstrip("市") in _PROVINCES or t in _PROVINCES:
            province, i = t, 1
        if i < len(tokens) - 1:
            t = tokens[i]
            if t.endswith(_CITY_SUFFIX) and not (province and t.endswith("区") and not t.endswith("城区")):
                city, i = t, i + 1
        if i < len(tokens) - 1:
            t = tokens[i]
            if t.endswith(_DISTRICT_SUFFIX) or t == "其它区":
                district, i = t, i + 1
        street = " ".join(tokens[i:])
    else:
        street = text
        m = _COMPACT_ADDRESS.match(text)
        if m and m.group("s").strip():
            province, city, district = m.group("p"), m.group("c") or "", m.group("d") or ""
            if province.rstrip("市") in _MUNICIPALITIES and not city:
                province, city = province.rstrip("市"), province.rstrip("市") + "市"
            street = m.group("s").strip()
    return Address(province, city, district, street, postcode)


_MONEY_JUNK = re.compile(r"[¥￥,，元\s]|RMB|CNY", re.I)


def parse_money(raw: str) -> Decimal | None:
    try:
        d = Decimal(_MONEY_JUNK.sub("", raw))
    except InvalidOperation:
        return None
    if not d.is_finite() or d < 0 or d >= Decimal("1e10"):
        return None
    return d.quantize(Decimal("0.01"))


def parse_time(raw: str) -> datetime | None:
    """China local time as the platforms export it ("2024-11-11 09:30:00", "2024/11/11 9:30") -> aware UTC."""
    s = raw.strip().replace("/", "-")
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        m = re.fullmatch(r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?", s)
        if not m:
            return None
        try:
            dt = datetime(*(int(g) for g in m.groups(default="0")))
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=CHINA_TZ)
    return dt.astimezone(timezone.utc)


def parse_whole(raw: str) -> int | None:
    """A whole number ("3", "3.0" as Excel gives it); None otherwise."""
    s = raw.strip()
    if s.isdigit():
        return int(s)
    try:
        f = float(s)
    except ValueError:
        return None
    return int(f) if f.is_integer() and abs(f) < 1e12 else None


def parse_positive_int(raw: str) -> int | None:
    n = parse_whole(raw)
    return n if n is not None and 0 < n < 1_000_000 else None


def _status(raw: str) -> tuple[OrderStatus | None, bool, bool]:
    """订单状态 -> (status, refund requested, unpaid). status None = not understood."""
    s = raw.strip().lower()
    refund = "退款" in s and "退款关闭" not in s and "没有申请退款" not in s
    if not s:
        return OrderStatus.OPEN, False, False
    if "等待买家付款" in s or "未付款" in s or s in ("unpaid", "pending payment"):
        return None, refund, True
    if "关闭" in s or "取消" in s or s in ("cancelled", "canceled", "closed"):
        return OrderStatus.CANCELLED, refund, False
    if ("已发货" in s and "部分" not in s) or "交易成功" in s or "已签收" in s or s in ("shipped", "completed"):
        return OrderStatus.SHIPPED, refund, False
    if ("等待卖家发货" in s or "已付款" in s or "待发货" in s or "部分发货" in s or refund
            or s in ("open", "paid", "awaiting shipment")):
        return OrderStatus.OPEN, refund, False
    return None, refund, False


def _refund_from_column(raw: str) -> bool:
    s = raw.strip()
    return bool(s) and s not in ("没有申请退款", "无", "无退款", "退款关闭", "none", "no", "-")


_EAN13 = re.compile(r"\d{13}")
_BARCODE_SPLIT = re.compile(r"[;|；｜,，、\s]+")
_BARCODE_OK = re.compile(r"[0-9A-Za-z\-_.:/+]{1,64}")


def ean13_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


# --------------------------------------------------------------------------------------------- mappings


def save_mapping(db, name: str, mapping: dict[str, str]) -> None:
    """Store a column mapping {field: column header} under ``name`` (setting "import_mapping:<name>")."""
    name = name.strip()
    if not name or len(MAPPING_KEY_PREFIX + name) > 64:
        raise ValueError("a mapping needs a name of at most "
                         f"{64 - len(MAPPING_KEY_PREFIX)} characters")
    unknown = sorted(set(mapping) - MAPPABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields in the mapping: {', '.join(unknown)}; "
                         f"known fields: {', '.join(sorted(MAPPABLE_FIELDS))}")
    if not all(isinstance(v, str) and v.strip() for v in mapping.values()):
        raise ValueError("every field of a mapping needs a column header")
    value = json.dumps({k: v.strip() for k, v in mapping.items()}, ensure_ascii=False, sort_keys=True)
    key = MAPPING_KEY_PREFIX + name
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def load_mapping(db, name: str) -> dict[str, str] | None:
    with db.session() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == MAPPING_KEY_PREFIX + name.strip()))
    return json.loads(value) if value is not None else None


def list_mappings(db) -> list[str]:
    with db.session() as s:
        keys = s.scalars(select(Setting.key).where(Setting.key.startswith(MAPPING_KEY_PREFIX))).all()
    return sorted(k[len(MAPPING_KEY_PREFIX):] for k in keys)


# --------------------------------------------------------------------------------------------- entry point


def import_file(db, path: str | Path, kind: str | None = None, mapping: str | None = None) -> ImportResult:
    """Import one file of orders or products, all or nothing.

    ``kind`` is "taobao", "generic" or "products"; None detects it from the headers ("generic" when a
    ``mapping`` name is given). Raises ImportRejected (nothing written) when the file has problems.
    """
    path = Path(path)
    filename = path.name
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportRejected([RowError(filename, None, None, f"cannot read the file: {e.strerror or e}")]) from None
    sha = hashlib.sha256(data).hexdigest()

    if kind not in (None, "taobao", "generic", "products"):
        raise ValueError(f"unknown import kind {kind!r}")
    mapping_fields: dict[str, str] | None = None
    if mapping is not None:
        mapping_fields = load_mapping(db, mapping)
        if mapping_fields is None:
            raise ImportRejected([RowError(filename, None, None, f"there is no saved column mapping “{mapping}”")])
        if kind is None:
            kind = "products" if "name" in mapping_fields and "qty" not in mapping_fields else "generic"

    with db.session() as s:
        done = s.scalar(select(ImportBatch.kind).where(ImportBatch.sha256 == sha))
    if done is not None:
        return ImportResult(kind="products" if done == "products" else (kind or ("generic" if mapping else "taobao")),
                            filename=filename, already_imported=True)

    table = _read_table(path, data, mapping_fields.values() if mapping_fields else ())
    errors: list[RowError] = []
    if kind is None:
        kind = detect_kind(table.headers)
        if kind is None:
            raise ImportRejected([RowError(
                filename, table.header_row, None,
                "cannot tell what this file is: a Taobao order export needs a 订单编号 column, a products "
                "list needs 商家编码/sku and 名称/name columns (or import it with a saved column mapping)")])
    if kind == "products":
        cols = (_resolve_mapping(table, mapping_fields, errors) if mapping_fields
                else _resolve(table, _PRODUCT_LOOKUP))
        _check_required(table, cols, PRODUCT_REQUIRED, PRODUCT_ALIASES, errors)
        _raise_if(errors)
        return _import_products(db, table, cols, sha)
    if kind == "generic":
        if not mapping_fields:
            raise ImportRejected([RowError(filename, None, None, "a generic file needs a saved column mapping")])
        cols = _resolve_mapping(table, mapping_fields, errors)
        channel = mapping or ""
    else:
        cols = (_resolve_mapping(table, mapping_fields, errors) if mapping_fields
                else _resolve(table, _ORDER_LOOKUP))
        channel = "taobao"
    _check_required(table, cols, ORDER_REQUIRED, ORDER_ALIASES, errors)
    _raise_if(errors)
    return _import_orders(db, table, cols, sha, kind, channel)


def _raise_if(errors: list[RowError]) -> None:
    if errors:
        raise ImportRejected(errors[:MAX_ERRORS], more=len(errors) > MAX_ERRORS)


class _Errors(list):
    """Collects RowErrors; `full` once MAX_ERRORS + 1 are in (so we know there are more)."""

    def __init__(self, table: _Table):
        super().__init__()
        self.table = table

    def add(self, row: int | None, col: int | None, message: str) -> None:
        if len(self) <= MAX_ERRORS:
            self.append(RowError(self.table.filename, row, None if col is None else self.table.col(col), message))

    @property
    def full(self) -> bool:
        return len(self) > MAX_ERRORS


# --------------------------------------------------------------------------------------------- orders


@dataclass
class _Line:
    row: int
    sku: str
    sku_col: int
    qty: int
    title: str
    price: Decimal
    product_id: int = 0


@dataclass
class _NewOrder:
    row: int
    values: dict[str, Any]
    lines: list[_Line]
    refund: bool
    unpaid: bool
    first_cells: tuple[str, ...]


def _import_orders(db, table: _Table, cols: dict[str, list[int]], sha: str, kind: str,
                   channel: str) -> ImportResult:
    errors = _Errors(table)
    orders: dict[str, _NewOrder] = {}
    present = set(cols)
    zero = Decimal("0.00")
    now = utcnow()

    # Only the columns we use are read: picked by one itemgetter, stripped and cleaned in one pass.
    used = sorted({i for idx in cols.values() for i in idx})
    width = used[-1] + 1
    pick = itemgetter(*used) if len(used) > 1 else (lambda cells: (cells[used[0]],))
    pos = {i: k for k, i in enumerate(used)}
    P = {f: tuple(pos[i] for i in cols[f]) for f in cols}
    col_of = used  # position in the picked row -> column index in the file
    NONE: tuple[int, ...] = ()

    def one(r: list[str], ps: tuple[int, ...]) -> tuple[str, int | None]:
        """The first non-empty value among a field's columns, and its column index."""
        for p in ps:
            if r[p]:
                return r[p], col_of[p]
        return "", (col_of[ps[0]] if ps else None)

    p_no = P["order_no"][0]
    ps_sku, ps_qty = P["sku"], P["qty"]
    ps_title, ps_attr = P.get("title", NONE), P.get("attributes", NONE)
    ps_price, ps_refund = P.get("price", NONE), P.get("refund_status", NONE)
    check = [(f, P[f][0]) for f in ("recipient_name", "address", "phone") if f in P]
    text_fields = [(f, P[f]) for f in ("buyer_id", "shop", "seller_note", "buyer_note") if f in P]
    template = {"order_no": "", "channel": channel, "source": table.filename[:200], "imported_at": now,
                "buyer_id": "", "shop": "", "seller_note": "", "buyer_note": "", "recipient_name": "",
                "phone": "", "province": "", "city": "", "district": "", "address": "", "postcode": "",
                "status": OrderStatus.OPEN, "refund_requested": False, "amount": zero, "paid_at": None}
    money_memo: dict[str, Decimal | None] = {}
    special = frozenset("='")

    def money(raw: str) -> Decimal | None:
        m = money_memo.get(raw, zero)
        if m is zero:
            m = money_memo[raw] = parse_money(raw)
        return m

    for rowno, cells in table.rows:
        if errors.full:
            break
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        r = [(_clean(x) if x[:1] in special else x) for x in map(str.strip, pick(cells))]
        order_no = r[p_no]
        if not order_no:
            errors.add(rowno, col_of[p_no], "the order number (订单编号) is empty")
            continue
        if order_no[0] == _LOST_DIGITS:
            errors.add(rowno, col_of[p_no], f"the order number {order_no[1:]} was saved as a number and lost its "
                                            "last digits: format the column as text, or import the CSV export")
            continue
        if len(order_no) > 64:
            errors.add(rowno, col_of[p_no], f"the order number is longer than 64 characters: {order_no[:70]}…")
            continue
        # --- the line
        sku = r[ps_sku[0]]
        sku_col = col_of[ps_sku[0]]
        if not sku and len(ps_sku) > 1:
            sku, sku_col = one(r, ps_sku)
        if not sku:
            errors.add(rowno, sku_col, "the SKU (商家编码) is empty")
        elif len(sku) > 64:
            errors.add(rowno, sku_col, "the SKU is longer than 64 characters")
        raw_qty = r[ps_qty[0]]
        qty = int(raw_qty) if raw_qty.isdigit() else parse_positive_int(raw_qty)
        if not qty or qty >= 1_000_000:
            errors.add(rowno, col_of[ps_qty[0]], f"the quantity “{raw_qty}” is not a positive whole number")
            qty = 1
        title = one(r, ps_title)[0] if ps_title else ""
        if ps_attr:
            attr = one(r, ps_attr)[0]
            if attr:
                title = f"{title} [{attr}]" if title else attr
        price = zero
        if ps_price:
            raw, pc = one(r, ps_price)
            if raw:
                pr = money(raw)
                if pr is None:
                    errors.add(rowno, pc, f"the price “{raw}” is not an amount of money")
                else:
                    price = pr
        line = _Line(rowno, sku, sku_col, qty, title[:200], price)
        line_refund = bool(ps_refund) and _refund_from_column(one(r, ps_refund)[0])

        order = orders.get(order_no)
        if order is not None:
            # a further line of an order: order-level cells may be blank, but must not disagree
            for k, (f, p) in enumerate(check):
                val = r[p]
                if val and order.first_cells[k] and val != order.first_cells[k]:
                    errors.add(rowno, col_of[p], f"differs from row {order.row} of the same order {order_no} "
                                                 f"(“{order.first_cells[k]}” there)")
            order.lines.append(line)
            order.refund = order.refund or line_refund
            continue

        # --- the first row of an order: the order-level fields
        v = dict(template)
        v["order_no"] = order_no
        for f, ps in text_fields:
            val, c = one(r, ps)
            if f in _MAXLEN and len(val) > _MAXLEN[f]:
                errors.add(rowno, c, f"longer than {_MAXLEN[f]} characters")
            v[f] = val
        if "channel" in P:
            val = one(r, P["channel"])[0]
            if val:
                v["channel"] = val[:32]
        name, c = one(r, P["recipient_name"])
        if not name:
            errors.add(rowno, c, "the recipient's name (收货人姓名) is empty")
        elif len(name) > 64:
            errors.add(rowno, c, "the recipient's name is longer than 64 characters")
        v["recipient_name"] = name
        raw_phone, c = one(r, P["phone"])
        phone = parse_phone(raw_phone) if raw_phone else None
        if not raw_phone:
            errors.add(rowno, c, "the phone number (联系手机/联系电话) is empty")
        elif phone is None:
            why = " (it is masked: export the orders with the full number)" if "*" in raw_phone else ""
            errors.add(rowno, c, f"cannot read the phone number “{raw_phone}”: expected a mobile "
                                 f"1xxxxxxxxxx or a landline 0xxx-xxxxxxxx{why}")
        v["phone"] = phone or ""
        raw_addr, c = one(r, P["address"])
        if not raw_addr:
            errors.add(rowno, c, "the address (收货地址) is empty")
        else:
            a = parse_address(raw_addr)
            if not a.street:
                errors.add(rowno, c, f"the address “{raw_addr}” has no street part")
            elif len(a.street) > 300:
                errors.add(rowno, c, "the address is longer than 300 characters")
            v["province"], v["city"], v["district"] = a.province[:32], a.city[:32], a.district[:32]
            v["address"], v["postcode"] = a.street, a.postcode
        for f in ("province", "city", "district", "postcode"):
            if f in P:
                val, c = one(r, P[f])
                if val:
                    if f == "postcode" and not re.fullmatch(r"\d{6}", val):
                        errors.add(rowno, c, f"the postcode “{val}” is not six digits")
                    v[f] = val[:32]
        refund = unpaid = False
        if "status" in P:
            raw, c = one(r, P["status"])
            st, refund, unpaid = _status(raw)
            if st is None and not unpaid:
                errors.add(rowno, c, f"unknown order status “{raw}”")
            v["status"] = st or OrderStatus.OPEN
        if "amount" in P:
            raw, c = one(r, P["amount"])
            amount = money(raw) if raw else zero
            if amount is None:
                errors.add(rowno, c, f"the amount “{raw}” is not an amount of money")
            v["amount"] = amount or zero
        if "paid_at" in P:
            raw, c = one(r, P["paid_at"])
            paid = parse_time(raw) if raw else None
            if raw and paid is None:
                errors.add(rowno, c, f"cannot read the time “{raw}” (expected 2024-11-11 09:30:00)")
            v["paid_at"] = paid
        orders[order_no] = _NewOrder(rowno, v, [line], refund or line_refund, unpaid,
                                     tuple(r[p] for _, p in check))

    if errors:
        with db.session() as s:
            _resolve_skus(s, orders, errors)
        errors.sort(key=lambda e: (e.row or 0))
        _raise_if(errors)

    ignored = [no for no, o in orders.items() if o.unpaid]
    for no in ignored:
        del orders[no]
    for o in orders.values():
        o.values["refund_requested"] = o.refund
        # one line per SKU: the packer counts scans against the SKU
        merged: dict[str, _Line] = {}
        for ln in o.lines:
            if ln.sku in merged:
                merged[ln.sku].qty += ln.qty
            else:
                merged[ln.sku] = ln
        o.lines = list(merged.values())

    compare = [f for f in ("buyer_id", "recipient_name", "phone", "province", "city", "district", "address",
                           "postcode", "buyer_note", "seller_note", "refund_requested", "amount", "paid_at",
                           "shop") if f in present or f in ("refund_requested", "province", "city", "district",
                                                            "address", "postcode")]
    added = updated = skipped = 0
    conflicts: list[str] = []
    refund_alerts: list[str] = []
    otable, ltable = Order.__table__, OrderLine.__table__

    with db.session() as s:
        if s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == sha)) is not None:
            return ImportResult(kind=kind, filename=table.filename, already_imported=True)
        _resolve_skus(s, orders, errors)
        _raise_if(errors)

        existing = _load_existing(s, list(orders))
        new_orders: list[_NewOrder] = []
        to_update: list[tuple[int, _NewOrder]] = []
        for no, o in orders.items():
            ex = existing.get(no)
            if ex is None:
                new_orders.append(o)
                continue
            same_content = (all(ex["values"].get(f) == o.values.get(f) for f in compare)
                            and ex["lines"] == _line_sig(o.lines))
            db_status = ex["values"]["status"]
            if db_status == OrderStatus.OPEN:
                if same_content and ("status" not in present or o.values["status"] == db_status):
                    skipped += 1
                else:
                    to_update.append((ex["id"], o))
            elif same_content:
                skipped += 1
            else:
                conflicts.append(no)
                if (db_status == OrderStatus.PACKING and o.values["refund_requested"]
                        and not ex["values"]["refund_requested"]):
                    # the one change that must still reach the packer: stop at the scan
                    s.execute(update(otable).where(otable.c.id == ex["id"]).values(refund_requested=True))
                    refund_alerts.append(no)

        conn = s.connection()
        if new_orders:
            rows = [o.values for o in new_orders]
            before = s.scalar(select(Order.id).order_by(Order.id.desc()).limit(1)) or 0
            _bulk_insert(conn, otable, rows)
            ids = dict((no, oid) for oid, no in conn.execute(
                select(otable.c.id, otable.c.order_no).where(otable.c.id > before)))
            missing = [o.values["order_no"] for o in new_orders if o.values["order_no"] not in ids]
            if missing:  # another writer took ids in between (PostgreSQL): look the rest up by number
                for i in range(0, len(missing), 500):
                    ids.update((no, oid) for oid, no in conn.execute(
                        select(otable.c.id, otable.c.order_no).where(otable.c.order_no.in_(missing[i:i + 500]))))
            _insert_lines(conn, [(ids[o.values["order_no"]], o.lines) for o in new_orders])
            added = len(new_orders)
        if to_update:
            fields = [f for f in compare if f not in ("refund_requested",)] + ["refund_requested"]
            if "status" in present:
                fields.append("status")
            stmt = update(otable).where(otable.c.id == bindparam("_id"))
            params = [{f: o.values[f] for f in fields} | {"source": table.filename[:200], "_id": oid}
                      for oid, o in to_update]
            for i in range(0, len(params), _CHUNK):
                conn.execute(stmt, params[i:i + _CHUNK])
            ids_ = [oid for oid, _ in to_update]
            for i in range(0, len(ids_), 500):
                conn.execute(delete(ltable).where(ltable.c.order_id.in_(ids_[i:i + 500])))
            _insert_lines(conn, [(oid, o.lines) for oid, o in to_update])
            updated = len(to_update)
        conn.execute(insert(ImportBatch.__table__).values(
            sha256=sha, filename=table.filename[:300], kind="orders", rows=len(table.rows), imported_at=now))

    return ImportResult(kind=kind, filename=table.filename, orders_added=added, orders_updated=updated,
                        orders_skipped=skipped, conflicts=conflicts, rows=len(table.rows),
                        orders_ignored=len(ignored), refund_alerts=refund_alerts)


def _resolve_skus(s: Session, orders: dict[str, _NewOrder], errors: _Errors) -> None:
    """Product ids for the lines; an unknown SKU is an error (the products must be imported first)."""
    skus = dict(s.execute(select(Product.sku, Product.id)).all())
    for o in orders.values():
        for ln in o.lines:
            pid = skus.get(ln.sku)
            if pid is not None:
                ln.product_id = pid
            elif ln.sku and not errors.full:
                errors.add(ln.row, ln.sku_col, f"unknown SKU “{ln.sku}”: it is not in the product list — "
                                               "import the products first")


def _bulk_insert(conn, table, rows: list[dict[str, Any]]) -> None:
    """executemany of one Core INSERT, compiled once for the connection's dialect, in chunks.

    The same SQL and the same bind processing as ``conn.execute(insert(table), rows)``, but done column by
    column and once per distinct value (most columns repeat: the import time, the status, the shop …),
    which makes a 100,000-order file several times faster to write. Every row has the same keys.
    """
    if not rows:
        return
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if not compiled.positional:  # named paramstyle (psycopg): the ordinary Core executemany
        for i in range(0, len(rows), _CHUNK):
            conn.execute(insert(table), rows[i:i + _CHUNK])
        return
    sql = str(compiled)
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i:i + _CHUNK]
        columns = []
        for name in compiled.positiontup:
            col = table.c[name]
            proc = col.type.dialect_impl(dialect).bind_processor(dialect)
            if name in keys:
                values = [row[name] for row in chunk]
            else:  # a Python-side default the rows do not give: one value for the whole batch
                default = col.default
                if default is None or not (default.is_scalar or default.is_callable):
                    raise ValueError(f"no value for {table.name}.{name}")
                values = [default.arg(None) if default.is_callable else default.arg] * len(chunk)
            if proc is not None:
                memo: dict[Any, Any] = {None: None}
                out = []
                for v in values:
                    try:
                        out.append(memo[v])
                    except KeyError:
                        memo[v] = p = proc(v)
                        out.append(p)
                values = out
            columns.append(values)
        conn.exec_driver_sql(sql, list(zip(*columns)))


def _line_sig(lines: list[_Line]) -> list[tuple]:
    return [(ln.product_id, ln.qty, ln.title, ln.price) for ln in lines]


def _insert_lines(conn, orders: list[tuple[int, list[_Line]]]) -> None:
    rows = [{"order_id": oid, "line_no": n, "product_id": ln.product_id, "title": ln.title, "qty": ln.qty,
             "scanned_qty": 0, "manual_checked": False, "price": ln.price}
            for oid, lines in orders for n, ln in enumerate(lines, 1)]
    _bulk_insert(conn, OrderLine.__table__, rows)


def _load_existing(s: Session, order_nos: list[str]) -> dict[str, dict]:
    """Orders of this file already in the database: their imported fields and lines."""
    if not order_nos:
        return {}
    ot, lt = Order.__table__, OrderLine.__table__
    cols = [ot.c[f] for f in ("id", "order_no", "status", "buyer_id", "recipient_name", "phone", "province",
                              "city", "district", "address", "postcode", "buyer_note", "seller_note",
                              "refund_requested", "amount", "paid_at", "shop")]
    found: dict[str, dict] = {}
    by_id: dict[int, dict] = {}
    names = [c.key for c in cols]
    for i in range(0, len(order_nos), 2000):
        for row in s.execute(select(*cols).where(ot.c.order_no.in_(order_nos[i:i + 2000]))):
            values = dict(zip(names, row))
            values["status"] = OrderStatus(values["status"])
            rec = {"id": row[0], "values": values, "lines": []}
            found[row[1]] = rec
            by_id[row[0]] = rec
    ids = list(by_id)
    for i in range(0, len(ids), 2000):
        for oid, pid, qty, title, price in s.execute(
                select(lt.c.order_id, lt.c.product_id, lt.c.qty, lt.c.title, lt.c.price)
                .where(lt.c.order_id.in_(ids[i:i + 2000])).order_by(lt.c.order_id, lt.c.line_no)):
            by_id[oid]["lines"].append((pid, qty, title, Decimal(price).quantize(Decimal("0.01"))))
    return found


# --------------------------------------------------------------------------------------------- products

_TRUE = {"是", "y", "yes", "true", "1", "需要", "要"}
_FALSE = {"否", "n", "no", "false", "0", "不需要", "不要", "无", "-"}


def _import_products(db, table: _Table, cols: dict[str, list[int]], sha: str) -> ImportResult:
    errors = _Errors(table)
    seen: dict[str, int] = {}
    items: list[tuple[int, dict[str, Any], list[str] | None, int | None]] = []

    def cell(cells: list[str], f: str) -> tuple[str, int | None]:
        idx = cols.get(f)
        if not idx:
            return "", None
        i = idx[0]
        return (_clean(cells[i]) if i < len(cells) else ""), i

    for rowno, cells in table.rows:
        if errors.full:
            break
        v: dict[str, Any] = {}
        sku, c = cell(cells, "sku")
        if not sku:
            errors.add(rowno, c, "the SKU (商家编码) is empty")
            continue
        if sku in seen:
            errors.add(rowno, c, f"SKU {sku} appears twice (first at row {seen[sku]})")
            continue
        seen[sku] = rowno
        v["sku"] = sku
        for f in ("sku", "name", "style", "colour", "size"):
            if f in cols:
                val, c = cell(cells, f)
                if len(val) > _MAXLEN[f]:
                    errors.add(rowno, c, f"longer than {_MAXLEN[f]} characters")
                v[f] = val
        if not v.get("name"):
            errors.add(rowno, cols["name"][0], "the name (名称) is empty")
        if "weight_g" in cols:
            raw, c = cell(cells, "weight_g")
            w = 0
            if raw:
                m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(g|克|kg|千克|公斤)?", raw.lower())
                if not m:
                    errors.add(rowno, c, f"the weight “{raw}” is not a number of grams")
                else:
                    w = float(m.group(1)) * (1000 if m.group(2) in ("kg", "千克", "公斤") else 1)
                    if w > 1_000_000:
                        errors.add(rowno, c, f"the weight “{raw}” is more than 1 tonne: is it in grams?")
                    w = round(w)
            v["weight_g"] = w
        if "manual_check" in cols:
            raw, c = cell(cells, "manual_check")
            low = raw.lower()
            if low in _TRUE:
                raw = "人工核对 check by hand"
            elif low in _FALSE:
                raw = ""
            if len(raw) > 200:
                errors.add(rowno, c, "longer than 200 characters")
            v["manual_check"] = raw or None
        if "stock" in cols:
            raw, c = cell(cells, "stock")
            if raw:
                n = parse_whole(raw)
                if n is None or n < 0:
                    errors.add(rowno, c, f"the stock “{raw}” is not a whole number ≥ 0")
                v["stock"] = n or 0
        codes: list[str] | None = None
        if "barcodes" in cols:
            raw, c = cell(cells, "barcodes")
            if raw:
                codes = list(dict.fromkeys(x for x in (_clean(p) for p in _BARCODE_SPLIT.split(raw)) if x))
                for code in codes:
                    if not _BARCODE_OK.fullmatch(code):
                        errors.add(rowno, c, f"the barcode “{code}” has characters a scanner cannot send")
                    elif _EAN13.fullmatch(code) and not ean13_ok(code):
                        errors.add(rowno, c, f"the barcode “{code}” is not a valid EAN-13 (wrong check digit)")
        items.append((rowno, v, codes, cols["barcodes"][0] if "barcodes" in cols else None))

    _raise_if(errors)

    added = updated = 0
    ptable, btable = Product.__table__, Barcode.__table__
    with db.session() as s:
        if s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == sha)) is not None:
            return ImportResult(kind="products", filename=table.filename, already_imported=True)
        existing = {r.sku: r for r in s.execute(select(ptable)).mappings()}
        code_owner: dict[str, str] = {}
        id_to_sku = {r["id"]: sku for sku, r in existing.items()}
        for code, pid in s.execute(select(btable.c.code, btable.c.product_id)):
            code_owner[code] = id_to_sku.get(pid, "")
        # barcodes of products given new ones are released first, so a code can move between products
        replaced = {v["sku"] for _, v, codes, _ in items if codes is not None}
        code_owner = {code: sku for code, sku in code_owner.items() if sku not in replaced}
        first_row: dict[str, int] = {}
        for rowno, v, codes, bc in items:
            for code in codes or ():
                owner = code_owner.get(code)
                if owner is not None and owner != v["sku"]:
                    where = f"row {first_row[code]}" if code in first_row else "the product list"
                    errors.add(rowno, bc, f"the barcode {code} already belongs to SKU {owner} ({where})")
                else:
                    code_owner[code] = v["sku"]
                    first_row.setdefault(code, rowno)
        _raise_if(errors)

        conn = s.connection()
        defaults = {"name": "", "style": "", "colour": "", "size": "", "weight_g": 0, "manual_check": None,
                    "stock": 0, "active": True}
        new = [v for _, v, _, _ in items if v["sku"] not in existing]
        if new:
            conn.execute(insert(ptable), [defaults | v for v in new])
            added = len(new)
        changed: set[str] = set()
        for _, v, _, _ in items:
            ex = existing.get(v["sku"])
            if ex is not None and any(ex[k] != val for k, val in v.items()):
                conn.execute(update(ptable).where(ptable.c.id == ex["id"]).values(v))
                changed.add(v["sku"])
        ids = dict(conn.execute(select(ptable.c.sku, ptable.c.id)).all())
        old_codes: dict[int, set[str]] = {}
        for code, pid in conn.execute(select(btable.c.code, btable.c.product_id)):
            old_codes.setdefault(pid, set()).add(code)
        recode = [(ids[v["sku"]], codes) for _, v, codes, _ in items
                  if codes is not None and old_codes.get(ids[v["sku"]], set()) != set(codes)]
        if recode:
            pids = [pid for pid, _ in recode]
            moving = [c for _, codes in recode for c in codes]
            for i in range(0, len(pids), 500):
                conn.execute(delete(btable).where(btable.c.product_id.in_(pids[i:i + 500])))
            for i in range(0, len(moving), 500):  # codes moving over from another product of this file
                conn.execute(delete(btable).where(btable.c.code.in_(moving[i:i + 500])))
            conn.execute(insert(btable), [{"code": c, "product_id": pid} for pid, codes in recode for c in codes])
            by_id = {pid: sku for sku, pid in ids.items()}
            changed |= {by_id[pid] for pid, _ in recode if by_id[pid] in existing}
        updated = len(changed)
        conn.execute(insert(ImportBatch.__table__).values(
            sha256=sha, filename=table.filename[:300], kind="products", rows=len(table.rows), imported_at=utcnow()))

    return ImportResult(kind="products", filename=table.filename, products_added=added,
                        products_updated=updated, rows=len(table.rows))
