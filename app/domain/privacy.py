"""Privacy waybill masking (隐私面单) per GB/T 41833-2022 《快递电子运单》.

The standard asks a privacy waybill to hide

* at least one character of the recipient's name,
* at least six digits of the phone number (``138****5678`` hides only four: not enough),
* the unit/room part of the address (building, unit, floor, room), while the street and street number stay
  readable so the courier can still sort and deliver to the door.

Only the recipient is masked: the sender (the shop, whose number the courier calls) prints in full.

These are pure functions on strings: no database, no Qt. They never raise on odd input (empty strings, foreign
names, numbers with separators, virtual numbers with extensions); they only ever hide more, never less.
"""
from __future__ import annotations

import re

MASK = "*"
ADDRESS_MASK = "****"   # fixed width: the mask must not reveal how long the room number is

PHONE_KEEP_MAX = 4      # keep at most the last four digits …
PHONE_HIDE_MIN = 6      # … and hide at least six


# ---------------------------------------------------------------------------------------------------- name
def mask_name(name: str) -> str:
    """Keep the first character, mask every other one: 张三 → 张*, 欧阳娜娜 → 欧***, 王 → *.

    Whitespace is kept as it is (``John Smith`` → ``J*** *****``), so the shape of a foreign name survives but
    at least one character is always hidden.
    """
    if not name:
        return ""
    text = name.strip()
    if not text:
        return name
    chars = [c for c in text]
    visible = [i for i, c in enumerate(chars) if not c.isspace()]
    if len(visible) == 1:
        chars[visible[0]] = MASK
    else:
        for i in visible[1:]:
            chars[i] = MASK
    return "".join(chars)


# --------------------------------------------------------------------------------------------------- phone
def phone_digits_to_keep(n_digits: int) -> int:
    """How many trailing digits a number of ``n_digits`` digits may show: at most 4, and ≥ 6 stay hidden."""
    return max(0, min(PHONE_KEEP_MAX, n_digits - PHONE_HIDE_MIN))


def mask_phone(phone: str) -> str:
    """Hide all digits but the last few: 13812345678 → *******5678, 0571-88123456 → ****-****3456.

    Separators (spaces, dashes, brackets, ``+``, ``转``) are kept; only digits are replaced. A number with
    fewer than ten digits shows fewer trailing digits so that six are still hidden; one with six or fewer
    digits is hidden completely. Any Unicode digit (full-width ``１３８`` too) counts as a digit.
    """
    if not phone:
        return ""
    n = sum(1 for c in phone if c.isdigit())
    keep = phone_digits_to_keep(n)
    hide = n - keep
    out: list[str] = []
    for c in phone:
        if c.isdigit() and hide > 0:
            out.append(MASK)
            hide -= 1
        else:
            out.append(c)
    return "".join(out)


# ------------------------------------------------------------------------------------------------- address
_NUM = r"[0-9０-９一二三四五六七八九十百千零〇两]"
_ANUM = r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"
_DASH = r"[-－—–_＿#＃]"
_ROAD = r"(?:大道|大街|胡同|公路|路|街|道|巷|弄|里|条|村|屯|组|段)"

# The street number: a road, then its number (文三路478号, 建国路88号院, 长寿路100弄5号, 中山路12-3号).
_STREET_NO = re.compile(
    rf"{_ROAD}\s*[甲乙丙丁]?\s*{_NUM}+(?:{_DASH}{_NUM}+)?\s*"
    rf"(?:号院|号|弄(?:\s*{_NUM}+\s*号(?![楼房室]))?|巷)"
    rf"(?![楼房室幢栋座])"
)

# Where the unit/room part starts: the earliest of these after the street number.
_UNIT_PATTERNS = [
    # building: 3号楼, 5幢, 5栋, A座, 12座, 第3栋, 3#楼, 2号院楼
    rf"第?\s*{_ANUM}+\s*(?:号楼|號樓|号院楼|{_DASH}?楼(?=\s*{_NUM})|幢|栋|棟|座|号馆|期\s*{_NUM}+\s*[号栋幢])",
    rf"第?\s*{_NUM}+\s*(?:号楼|幢|栋|座|舍|号舍)",
    # unit / floor / room / household
    rf"第?\s*{_ANUM}+\s*(?:单元|單元|层|樓層|楼层|室|房|户|號房|号房)",
    rf"第?\s*{_NUM}+\s*(?:单元|层|楼(?![盘道宇阁群])|室|户)",
    # 3-2-501, 5-1203, 3#1502, 3＃501
    rf"{_ANUM}+\s*{_DASH}\s*{_ANUM}+(?:\s*{_DASH}\s*{_ANUM}+)*",
    # B1203 / 1502 / 1502A / 1502房间 at the end (a bare room number)
    rf"[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{{2,6}}[A-Za-zＡ-Ｚａ-ｚ]?\s*(?:房间|房)?\s*[,，。.\s]*$",
    # a further house number after the street number (小区12号, 村3组15号)
    rf"{_NUM}+\s*号(?![院路街道巷弄大线站口])",
]
_UNIT = re.compile("|".join(f"(?:{p})" for p in _UNIT_PATTERNS))


def _street_end(address: str) -> int:
    m = _STREET_NO.search(address)
    return m.end() if m else 0


def address_unit_span(address: str) -> tuple[int, int] | None:
    """Where the unit/room part of ``address`` is: ``(start, end)`` or None when it has none.

    The part starts at the first building/unit/floor/room marker after the street number and runs to the end
    of the string (anything after a room number — "放门口" — is as private as the room itself).
    """
    start = _street_end(address)
    m = _UNIT.search(address, start)
    if m is None:
        return None
    begin = m.start()
    # do not leave separators dangling in front of the mask
    while begin > start and address[begin - 1] in " \t":
        begin -= 1
    end = len(address.rstrip())
    return (begin, end) if end > begin else None


def mask_address(address: str) -> str:
    """Hide the unit/room part, keep the street and its number.

    文三路478号华星时代广场A座1203 → 文三路478号华星时代广场****;
    西湖区古墩路88号嘉绿苑3号楼2单元1502室 → 西湖区古墩路88号嘉绿苑****.
    An address with no unit/room part (a shop front, a village house with only its street number) is
    returned unchanged.
    """
    if not address:
        return ""
    span = address_unit_span(address)
    if span is None:
        return address
    begin, end = span
    return address[:begin] + ADDRESS_MASK + address[end:]
