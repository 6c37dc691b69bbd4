"""The values in an import file's cells, read strictly (no Qt, no database).

Each reader takes the text of one cell and returns the value, or None when the cell does not hold one;
the caller names the file, row and column. The rules, the same for every kind of file:

* **Text** (names, addresses, notes, titles, SKUs) loses what cannot be seen or printed: control
  characters (ESC, CR/LF, tab: line breaks and tabs become a space), Unicode format characters (zero-width
  space and joiners, the right-to-left override, the BOM, soft hyphens) and the blank "filler" letters that
  look like nothing (U+3164 …); runs of spaces of any kind become one space.
* **Numbers** (quantities, stock, weights, money, phone numbers, postcodes, times) are ASCII digits. Full-width
  digits ０-９ (what a Chinese input method types in full-width mode) are read as 0-9 on purpose: they can only
  mean that. Every other digit (Arabic-Indic ٣, superscript ², circled ①, Chinese 三) is refused, and so are
  exponents (1e5), digit separators (1_0), signs and fractions where a whole number is asked for.
* **Codes** (order numbers, SKUs, barcodes, phone numbers) that a spreadsheet turned into a number are refused:
  `3.91E+15` and `6.9E+12` have lost their last digits, `13812345678.0` was written as a decimal number.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from ..domain.commands import PREFIX, is_reserved

CHINA_TZ = timezone(timedelta(hours=8))  # Asia/Shanghai, no daylight saving

MAX_QTY = 9_999              # units of one SKU in one order: each one is scanned by hand
MAX_STOCK = 1_000_000        # the desk's stocktake takes the same range
MAX_WEIGHT_G = 100_000       # 100 kg: nothing heavier goes over a packing table
MAX_MONEY_DIGITS = 10        # ¥9,999,999,999.99 at most
YEARS = (2000, 2100)         # a payment time outside these is a broken cell, not a date
LOST_DIGITS = "≈"            # marks an XLSX number of 16+ digits: Excel kept only 15 of them

# --------------------------------------------------------------------------------------------- text

# One space for what separates words; nothing for what is invisible. Anything else that is not printable
# is looked up in the Unicode database (format characters of newer scripts, unassigned controls).
_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" \
         "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b" \
             "\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c" \
             "\u206d\u206e\u206f\u2800\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09" \
             "\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
_TEXT_TABLE = ({ord(c): " " for c in _SPACE} | {ord(c): None for c in _INVISIBLE}
               | {c: None for c in [*range(0x00, 0x09), *range(0x0e, 0x1c), *range(0x7f, 0x85), *range(0x86, 0xa0)]})
# printable, but blank: the Hangul fillers, braille blank, and the invisible marks
_LOOKALIKE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\ufe00-\ufe0f\uffa0]")


def clean_text(s: str) -> str:
    """Text as a person sees it: see the module docstring. Leading and trailing spaces go too."""
    if s.isprintable() and "  " not in s and (s.isascii() or not _LOOKALIKE.search(s)):
        return s.strip()
    t = s.translate(_TEXT_TABLE)
    if not t.isprintable():
        out = []
        for ch in t:
            if ch.isprintable():
                out.append(ch)
            else:
                cat = unicodedata.category(ch)
                if cat[0] == "Z":
                    out.append(" ")
                elif cat not in ("Cc", "Cf", "Cs"):
                    out.append(ch)  # private use and not yet assigned: rare name characters live there
        t = "".join(out)
    return " ".join(t.split())


def drop_lookalikes(s: str) -> str:
    """Text without the blank look-alike letters clean_cells leaves in."""
    if s.isascii() or not _LOOKALIKE.search(s):
        return s
    return " ".join(_LOOKALIKE.sub("", s).split())


def shown(v: str, width: int = 40) -> str:
    """A cell's text as an error message quotes it: a long one cut short, with its length."""
    return v if len(v) <= width + 10 else f"{v[:width]}… ({len(v):,} characters)"


def clean_cell(v: str) -> str:
    """A cell as read: visible text, without the tricks exports use to keep long numbers as text
    (="123", a leading ' or a tab)."""
    return _unquote(clean_text(v))


# --------------------------------------------------------------------------------------------- codes

_SCIENTIFIC = re.compile(r"[0-9]+(?:\.[0-9]+)?[eE][+-][0-9]+|[0-9]+\.[0-9]+[eE][0-9]+")
_DECIMAL_INT = re.compile(r"[0-9]+\.0+")


def clean_cells(cells: tuple[str, ...] | list[str]) -> list[str]:
    """clean_cell for each cell of a row, with a fast path for the usual row of plain text. The blank
    look-alike letters (printable, so rare that looking for them in every cell of every row would cost more
    than all the rest) are left to drop_lookalikes, for the text that is kept (names, addresses, notes, titles);
    in a number or a code they make it fail its check anyway."""
    joined = "|".join(cells)  # a printable separator that makes no double space
    if joined.isprintable() and "  " not in joined:
        if "'" in joined or '="' in joined:
            return [_unquote(x) if x[:1] in "='" else x for x in map(str.strip, cells)]
        return [x.strip() for x in cells]
    return [clean_cell(x) for x in cells]


def _unquote(v: str) -> str:
    if v[:2] == '="' and v[-1:] == '"':
        return v[2:-1].strip()
    if v[:1] == "'":
        return v[1:].strip()
    return v


def code_problem(s: str) -> str | None:
    """Why a code (order number, SKU, barcode, phone) cannot be trusted, or None.

    A code in scientific notation is what Excel shows of a long number, and what it writes to CSV: the last
    digits are gone, and two orders can become one. A code ending in ".0" was written as a decimal number.
    (A plain "12E34" without a sign or a point is left alone: no program writes a number like that.)
    """
    if is_reserved(s):  # the scanner's command barcodes (app.domain.commands): never a product or an order
        return f"“{shown(s)}” starts with {PREFIX}, which is kept for the packers' command barcodes"
    if not s or not (s[0].isdigit() or s[0] == LOST_DIGITS):
        return None
    if s[0] == LOST_DIGITS:
        return (f"{shown(s[1:])} was saved as a number and lost its last digits (Excel keeps 15): format the "
                "column as text, or import the platform's CSV export")
    if _SCIENTIFIC.fullmatch(s):
        return (f"“{shown(s)}” is a number in scientific notation, as Excel shows a long number: its last digits are "
                "lost — format the column as text, or import the platform's CSV export")
    if _DECIMAL_INT.fullmatch(s):
        return (f"“{shown(s)}” was written as a decimal number, not as a code: save the column as text")
    return None


_BARCODE_OK = re.compile(r"[0-9A-Za-z\-_.:/+]{1,64}")
_EAN13 = re.compile(r"[0-9]{13}")


def barcode_problem(code: str) -> str | None:
    problem = code_problem(code)
    if problem:
        return f"the barcode {problem}"
    if not _BARCODE_OK.fullmatch(code):
        return f"the barcode “{shown(code)}” has characters a scanner cannot send"
    if _EAN13.fullmatch(code) and not ean13_ok(code):
        return f"the barcode “{shown(code)}” is not a valid EAN-13 (wrong check digit)"
    return None


def ean13_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == digits[12]


_ORDER_NO_OK = re.compile(r"[!-~]{1,64}")  # printable ASCII without spaces: what a scanner sends


def order_no_problem(no: str) -> str | None:
    if no.isascii() and no.isdigit() and len(no) <= 64:
        return None
    problem = code_problem(no)
    if problem:
        return f"the order number {problem}"
    if len(no) > 64:
        return f"the order number is longer than 64 characters: {no[:70]}…"
    if not _ORDER_NO_OK.fullmatch(no):
        return (f"the order number “{shown(no)}” has characters a scanner cannot send "
                "(letters, digits and punctuation without spaces)")
    return None


# --------------------------------------------------------------------------------------------- numbers

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋：／（）　ｇｋＧＫ", "0123456789.,-+:/() gkGK")


def ascii_digits(s: str) -> str:
    """Full-width digits and the signs typed with them as ASCII; every other character unchanged."""
    return s if s.isascii() else s.translate(_FULLWIDTH)


def parse_count(raw: str, lo: int, hi: int) -> int | None:
    """A whole number lo…hi written with plain digits ("3", "０３"); None for anything else ("3.0", "1e5",
    "1_0", "+3", "٣", "²", "三")."""
    s = ascii_digits(raw)
    if not (0 < len(s) <= 9 and s.isascii() and s.isdigit()):
        return None
    n = int(s)
    return n if lo <= n <= hi else None


_WEIGHT = re.compile(r"([0-9]{1,6})(?:\.([0-9]{1,3}))?\s*(g|克|kg|千克|公斤)?")


def parse_weight_g(raw: str) -> tuple[int | None, str]:
    """Grams from "620", "620 g", "620克", "0.62 kg", "0.62千克": (grams, "") or (None, why not).

    The column is in grams unless the cell names kilograms; at most three decimals; rounded to the gram.
    A weight that is not zero but rounds to 0 g is refused (it was meant in another unit).
    """
    s = ascii_digits(raw).lower()
    m = _WEIGHT.fullmatch(s)
    if not m:
        return None, f"the weight “{shown(raw)}” is not a number of grams (e.g. 620, 620 g or 0.62 kg)"
    value = Decimal(f"{m.group(1)}.{m.group(2) or '0'}")
    if m.group(3) in ("kg", "千克", "公斤"):
        value *= 1000
    grams = int(value.to_integral_value(ROUND_HALF_UP))
    if value and not grams:
        return None, f"the weight “{shown(raw)}” is less than 1 g: weights are whole grams (was it meant in kg?)"
    if grams > MAX_WEIGHT_G:
        return None, f"the weight “{shown(raw)}” is more than {MAX_WEIGHT_G // 1000} kg: is it in grams?"
    return grams, ""


_MONEY_JUNK = re.compile(r"[¥￥元\s]|RMB|CNY", re.I)
_MONEY = re.compile(rf"(?:[0-9]{{1,{MAX_MONEY_DIGITS}}}|[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,3}})(?:\.[0-9]{{1,2}}0*)?")


def parse_money(raw: str) -> Decimal | None:
    """An amount in yuan: "49", "49.00", "¥1,299.50", "RMB 49"; at most two decimals (trailing zeros aside)."""
    s = _MONEY_JUNK.sub("", ascii_digits(raw))
    if not _MONEY.fullmatch(s):
        return None
    return Decimal(s.replace(",", "")).quantize(Decimal("0.01"))


_TIME = re.compile(r"([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})"
                   r"(?:[ T]+([0-9]{1,2}):([0-9]{1,2})(?::([0-9]{1,2})(?:\.[0-9]{1,6})?)?)?")


def parse_time(raw: str) -> datetime | None:
    """China local time as the platforms export it ("2024-11-11 09:30:00", "2024/11/11 9:30") -> aware UTC.
    An ISO time with an offset keeps its offset. Years outside 2000–2100 are refused."""
    s = ascii_digits(raw.strip())
    if not s.isascii():
        return None
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        m = _TIME.fullmatch(s)
        if not m:
            return None
        try:
            dt = datetime(*(int(g) for g in m.groups(default="0")))
        except ValueError:
            return None
    if not YEARS[0] <= dt.year <= YEARS[1]:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=CHINA_TZ)
    return dt.astimezone(timezone.utc)


# --------------------------------------------------------------------------------------------- phone

_MOBILE = re.compile(r"1[3-9][0-9]{9}(?:-[0-9]{1,6})?")   # with the extension of a platform's privacy number
_MOBILE_DASHED = re.compile(r"1[0-9]{2}-[0-9]{4}-[0-9]{4}(?:-[0-9]{1,6})?")
_LANDLINE = re.compile(r"0[0-9]{2,3}-?[0-9]{7,8}(?:-[0-9]{1,6})?")
_PHONE_JUNK = re.compile(r"[\s()]")


def parse_phone(raw: str) -> str | None:
    """A mainland mobile (138…, with an optional privacy-number extension) or landline (0571-88886666)."""
    if len(raw) == 11 and raw.isdigit() and raw.isascii() and raw[0] == "1" and raw[1] in "3456789":
        return raw  # the usual case, as the platforms export it
    p = _PHONE_JUNK.sub("", ascii_digits(raw)).replace("—", "-")
    if p.startswith("+86"):
        p = p[3:].lstrip("-")
    elif p.startswith("0086"):
        p = p[4:].lstrip("-")
    elif p.startswith("86") and len(p) >= 13:
        p = p[2:].lstrip("-")
    if p.startswith("1"):
        mobile = p.replace("-", "", 2) if _MOBILE_DASHED.fullmatch(p) else p
        return mobile if _MOBILE.fullmatch(mobile) else None
    return p if _LANDLINE.fullmatch(p) else None


def phone_problem(raw: str) -> str:
    """What to say about a phone number parse_phone refused."""
    problem = code_problem(raw)
    if problem:
        return f"the phone number {problem}"
    why = " (it is masked: export the orders with the full number)" if "*" in raw else ""
    return (f"cannot read the phone number “{shown(raw)}”: expected a mobile 1xxxxxxxxxx or a landline "
            f"0xxx-xxxxxxxx{why}")


_POSTCODE = re.compile(r"[0-9]{6}")


def parse_postcode(raw: str) -> str | None:
    s = ascii_digits(raw)
    return s if _POSTCODE.fullmatch(s) else None


# --------------------------------------------------------------------------------------------- address

_POSTCODE_TAIL = re.compile(r"^(.*?)[\s,，]*[(（]\s*([0-9０-９]{6})\s*[)）]\s*$", re.S)
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCE_SUFFIX = ("省", "自治区", "特别行政区")
_PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
              "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
              "广西", "西藏", "宁夏", "新疆", "香港", "澳门") + _MUNICIPALITIES
_CITY_SUFFIX = ("市", "州", "盟", "地区", "城区", "郊县", "县")
_DISTRICT_SUFFIX = ("区", "县", "市", "旗", "林区", "特区")
_COMPACT_ADDRESS = re.compile(
    r"^(?P<p>(?:北京|天津|上海|重庆)市?|[^省市]{2,3}省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|"
    r"新疆维吾尔自治区|香港特别行政区|澳门特别行政区|"
    # a province without 省 when a city follows (京东 writes 客户地址 so: 浙江杭州市西湖区…)
    r"(?:" + "|".join(p for p in _PROVINCES if p not in _MUNICIPALITIES) + r")(?=[^区县]{1,9}?(?:市|自治州|地区|盟)))"
    r"(?P<c>[^区县]{1,9}?(?:市|自治州|地区|盟))?"
    r"(?P<d>.{1,9}?(?:区|县|市|旗))?(?P<s>.*)$", re.S)


@dataclass(frozen=True)
class Address:
    province: str
    city: str
    district: str
    street: str
    postcode: str


def parse_address(raw: str) -> Address:
    """Split "浙江省 杭州市 西湖区 文三路478号华星科技大厦1502室(310012)"; missing parts are left empty."""
    text = raw.strip()
    postcode = ""
    m = _POSTCODE_TAIL.match(text)
    if m:
        text, postcode = m.group(1).strip(), ascii_digits(m.group(2))
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


# --------------------------------------------------------------------------------------------- status

def parse_status(raw: str) -> tuple[str | None, bool, bool]:
    """订单状态 -> (status: "open" / "shipped" / "cancelled", refund requested, unpaid). status None = not
    understood (or not paid yet)."""
    s = raw.strip().lower()
    refund = "退款" in s and "退款关闭" not in s and "没有申请退款" not in s
    if not s:
        return "open", False, False
    if "等待买家付款" in s or "未付款" in s or s in ("unpaid", "pending payment"):
        return None, refund, True
    if "关闭" in s or "取消" in s or s in ("cancelled", "canceled", "closed"):
        return "cancelled", refund, False
    # 抖店: 已完成; 京东: 等待确认收货, 完成 (import_presets)
    if (("已发货" in s and "部分" not in s) or "交易成功" in s or "已签收" in s or "等待确认收货" in s
            or s in ("已完成", "完成", "shipped", "completed")):
        return "shipped", refund, False
    # 抖店: 备货中; 京东: 等待出库
    if ("等待卖家发货" in s or "已付款" in s or "待发货" in s or "部分发货" in s or "等待出库" in s or "备货中" in s
            or refund or s in ("open", "paid", "awaiting shipment")):
        return "open", refund, False
    return None, refund, False


BANK_TRANSFER = ("银行汇款", "银行转账", "汇款", "转账", "bank transfer", "wire transfer")


def bank_transfer(*notes: str) -> bool:
    """Does an unpaid order say it is paid by bank transfer (seed 000 §18: the note names the bank and the sum)?
    Then it is kept, waiting for the money, instead of dropped."""
    text = " ".join(n or "" for n in notes).lower()
    return any(w in text for w in BANK_TRANSFER)


def refund_from_column(raw: str) -> bool:
    s = raw.strip()
    # 拼多多's 售后状态 says 无售后或售后取消 when there is none; 抖店's says 售后关闭 for one that was withdrawn
    return bool(s) and s not in ("没有申请退款", "无", "无退款", "退款关闭", "无售后或售后取消", "无售后", "售后取消",
                                 "售后关闭", "none", "no", "-")


# --------------------------------------------------------------------------------------------- lengths

# Longest stored lengths (PostgreSQL enforces them; SQLite would not). A longer cell is refused, not cut.
MAXLEN = {"order_no": 64, "buyer_id": 64, "recipient_name": 64, "phone": 32, "address": 300, "province": 32,
          "city": 32, "district": 32, "postcode": 12, "shop": 64, "channel": 32, "sku": 64, "title": 200,
          "seller_note": 2000, "buyer_note": 2000, "name": 200, "style": 64, "colour": 64, "size": 32,
          "manual_check": 200}
