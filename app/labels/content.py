"""What each layout ``source`` name means for a given waybill: strings, masked when the label is private."""
from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import Decimal

from app.domain.privacy import mask_address, mask_name, mask_phone

from .data import WaybillLabel

REPRINT_MARK = "REPRINT 重打"
OVERRIDE_MARK = "核准"  # the weight was out of tolerance and a supervisor accepted it
PRIVACY_MARK = "隐私面单"
TIME_FORMAT = "%Y-%m-%d %H:%M"

#: Every name a layout may use as ``source``, ``when`` or inside a ``template``.
SOURCES: dict[str, str] = {
    "courier_name": "courier's display name (顺丰速运)",
    "courier_code": "courier's code (SF, ZTO …)",
    "waybill_no": "waybill number (运单号)",
    "order_no": "order number",
    "route_code": "the courier's sort code (三段码 / 大头笔 / 目的地代码); the destination city and district "
                  "when empty",
    "hub": "the courier's consolidation hub (集包地), empty when the courier gave none",
    "recipient_name": "recipient's name, masked on privacy waybills",
    "recipient_phone": "recipient's phone, masked on privacy waybills; the provider's virtual number (虚拟号) "
                       "instead when it gave one",
    "recipient_address": "province city district + address, unit/room masked on privacy waybills",
    "recipient_region": "province city district, a municipality once (北京市朝阳区, not 北京北京市朝阳区)",
    "postcode": "postcode",
    "sender_name": "sender's name (the shop)",
    "sender_phone": "sender's phone, never masked (GB/T 41833 protects the recipient; the courier calls the "
                    "shop)",
    "sender_address": "sender's address",
    "items": "this parcel's items as model/colour/size;… shortened to '…等N件' when it does not fit",
    "item_count": "total quantity of items in this parcel",
    "weight": "weight in kg to the gram (1.250 kg), as the bill reconciliation compares it",
    "parcel_of": "子母件: '2/3' (parcel 2 of 3), '2' while the count is not known; empty for one parcel",
    "master_waybill_no": "子母件: the first parcel's waybill number on a child label; empty otherwise",
    "route_note": "the line under the sort code: '集包地 <hub>' and '母单号 <master>' when there are any",
    "packer": "packer's name (打包员)",
    "station": "packing station",
    "printed_at": "print time (YYYY-MM-DD HH:MM)",
    "reprint": "'REPRINT 重打' on a reprint, empty otherwise",
    "privacy": "'1' on a privacy waybill, empty otherwise",
    "privacy_mark": "'隐私面单' on a privacy waybill, empty otherwise",
    "extra": "label.extra, used in templates as {extra[key]}",
}

# A value is a string, or a tuple of candidate strings, best first, tried in turn until one fits its box
# (only "items" has candidates); "extra" is a dict for templates.


def weight_text(weight_g: int) -> str:
    """Grams as kilograms to the gram: 1250 → "1.250 kg", 75 → "0.075 kg".

    The one weight format of every label and document: the scale weighs to the gram, the parcel keeps grams,
    and the courier bill reconciliation (app.services.bills) compares grams, so nothing printed is rounded
    away from the figure a dispute is argued on."""
    kg = Decimal(int(weight_g)).scaleb(-3).quantize(Decimal("0.001"))
    return f"{kg} kg"


# ---------------------------------------------------------------------------------------- clean text
_LINE_BREAKS = {"\r", "\n", "\t", "\v", "\f", "\x85", "\u2028", "\u2029"}


def printable(text: str) -> str:
    """``text`` without what a printer could read as a command: control characters (C0, DEL, C1), line and
    paragraph separators and invisible format characters (bidi overrides …). Line breaks and tabs become a
    space; everything else of that kind is dropped. Every value printed on a label passes through here, so
    no language (ESC/POS, TSPL, ZPL, PDF) ever gets ``\\r\\nPRINT 9`` or ``ESC @`` from a buyer's name;
    each language's writer still escapes its own syntax (TSPL quotes, ZPL ``^`` ``~``)."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in _LINE_BREAKS:
            out.append(" ")
        elif ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------ addresses
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_MUNICIPAL_CITY_PLACEHOLDERS = ("市辖区", "县", "市", "城区", "郊县")


def region_text(province: str, city: str, district: str) -> str:
    """Province, city and district as printed: a municipality once — 北京 / 北京市 with city 北京市 (or the
    statistical placeholders 市辖区, 县) → 北京市朝阳区, never 北京北京市朝阳区 or 北京市北京市朝阳区."""
    province, city, district = province.strip(), city.strip(), district.strip()
    base = province[:-1] if province.endswith("市") else province
    if base in MUNICIPALITIES:
        province = base + "市"
        city_base = city[:-1] if city.endswith("市") else city
        if city_base == base or city in _MUNICIPAL_CITY_PLACEHOLDERS:
            city = ""
    if district and district == city:
        district = ""
    return "".join(p for p in (province, city, district) if p)


def street_part(province: str, city: str, district: str, address: str) -> str:
    """``address`` without the province/city/district it may repeat at its start (shops often export the
    whole address in the street column): 北京市朝阳区建国路88号 with region 北京市朝阳区 → 建国路88号."""
    address = address.strip()
    region = region_text(province, city, district)
    municipal = region_text(province, "", "") if province else ""
    candidates = sorted({c for c in (region, province + city + district, city + district,
                                     municipal + district, district) if c}, key=len, reverse=True)
    for prefix in candidates:
        if address.startswith(prefix) and len(address) > len(prefix):
            return address[len(prefix):].lstrip()
    return address


def full_address(province: str, city: str, district: str, address: str) -> str:
    """The address as one line, the region once: what the label, the packing slip and the claim sheet show."""
    return region_text(province, city, district) + street_part(province, city, district, address)


def parcel_of_text(parcel_no: int, parcel_count: int | None) -> str:
    """子母件 numbering: "2/3", or "2" while the count is not known; "" for a one-parcel shipment."""
    if parcel_no <= 0 or parcel_count == 1:
        return ""
    return f"{parcel_no}/{parcel_count}" if parcel_count else str(parcel_no)


def content_value(content: dict, name: str) -> object:
    """A source name or ``extra[key]`` looked up in a content dict (for ``when`` / ``unless``)."""
    if name.startswith("extra[") and name.endswith("]"):
        return content["extra"].get(name[6:-1], "")
    return content.get(name, "")


def print_time_text(when: datetime) -> str:
    """The print time in the station's local time: an aware time (the services pass UTC) is converted,
    a naive one is taken as local already."""
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime(TIME_FORMAT)


def items_candidates(label: WaybillLabel) -> tuple[str, ...]:
    """The items text, then ever shorter versions ending in '…等N件' (N = total quantity)."""
    texts = [i.text() for i in label.items]
    full = ";".join(texts)
    total = sum(max(1, i.qty) for i in label.items)
    out = [full]
    for keep in range(len(texts) - 1, 0, -1):
        out.append(";".join(texts[:keep]) + f"…等{total}件")
    return tuple(dict.fromkeys(out))


class _Extra(dict):
    """label.extra for templates: a key the label does not carry prints as nothing instead of failing."""

    def __missing__(self, key: str) -> str:
        return ""


def label_content(label: WaybillLabel, privacy: bool | None = None,
                  extra_defaults: dict[str, str] | None = None) -> dict[str, object]:
    """Every source value for ``label``, cleaned of control characters (:func:`printable`). ``privacy``
    overrides the label's own flag (a courier layout that always or never masks); ``extra_defaults`` are
    the layout's values for ``{extra[...]}`` that the label does not set itself."""
    private = label.privacy if privacy is None else privacy
    region = region_text(label.province, label.city, label.district)
    street = street_part(label.province, label.city, label.district, label.address)
    address = mask_address(street) if private else street
    route = label.route_code.strip() or " ".join(p for p in (label.city, label.district) if p)
    child = label.parcel_no > 0 and label.master_waybill_no.strip() not in ("", label.waybill_no.strip())
    values: dict[str, object] = {
        "courier_name": label.courier_name,
        "courier_code": label.courier_code,
        "waybill_no": label.waybill_no,
        "order_no": label.order_no,
        "route_code": route,
        "hub": label.hub.strip(),
        "recipient_name": mask_name(label.recipient_name) if private else label.recipient_name,
        "recipient_phone": (label.virtual_phone.strip() or (mask_phone(label.phone) if private else label.phone)),
        "recipient_address": region + address,
        "recipient_region": region,
        "postcode": label.postcode,
        "sender_name": label.sender_name,
        "sender_phone": label.sender_phone,
        "sender_address": label.sender_address,
        "items": items_candidates(label),
        "item_count": str(sum(max(1, i.qty) for i in label.items)),
        "weight": weight_text(label.weight_g) + (f" {OVERRIDE_MARK}" if label.weight_override else ""),
        "packer": label.packer,
        "station": label.station,
        "printed_at": print_time_text(label.printed_at),
        "reprint": REPRINT_MARK if label.reprint else "",
        "privacy": "1" if private else "",
        "privacy_mark": PRIVACY_MARK if private else "",
        "parcel_of": parcel_of_text(label.parcel_no, label.parcel_count),
        "master_waybill_no": label.master_waybill_no.strip() if child else "",
    }
    values["route_note"] = "  ".join(t for t in ((f"集包地 {values['hub']}" if values["hub"] else ""),
                                               (f"母单号 {values['master_waybill_no']}"
                                                if values["master_waybill_no"] else "")) if t)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = printable(value)
        elif isinstance(value, tuple):
            values[key] = tuple(printable(v) for v in value)
    values["extra"] = _Extra({printable(k): printable(v) for k, v in {**(extra_defaults or {}),
                                                                    **label.extra}.items()})
    return values
