"""What each layout ``source`` name means for a given waybill: strings, masked when the label is private."""
from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from app.domain.privacy import mask_address, mask_name, mask_phone

from .data import WaybillLabel

REPRINT_MARK = "REPRINT 重打"
PRIVACY_MARK = "隐私面单"
TIME_FORMAT = "%Y-%m-%d %H:%M"

#: Every name a layout may use as ``source``, ``when`` or inside a ``template``.
SOURCES: dict[str, str] = {
    "courier_name": "courier's display name (顺丰速运)",
    "courier_code": "courier's code (SF, ZTO …)",
    "waybill_no": "waybill number (运单号)",
    "order_no": "order number",
    "route_code": "sort/route code (大头笔/三段码); the destination city and district when empty",
    "recipient_name": "recipient's name, masked on privacy waybills",
    "recipient_phone": "recipient's phone, masked on privacy waybills",
    "recipient_address": "province city district + address, unit/room masked on privacy waybills",
    "recipient_region": "province city district",
    "postcode": "postcode",
    "sender_name": "sender's name (the shop)",
    "sender_phone": "sender's phone, masked on privacy waybills",
    "sender_address": "sender's address",
    "items": "items as model/colour/size;… shortened to '…等N件' when it does not fit",
    "item_count": "total quantity of items",
    "weight": "weight in kg with two decimals (1.25kg)",
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
    """Grams as kilograms with two decimals, rounded half up (75 g → 0.08kg)."""
    kg = (Decimal(int(weight_g)) / 1000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{kg}kg"


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
    """Every source value for ``label``. ``privacy`` overrides the label's own flag (a courier layout that
    always or never masks); ``extra_defaults`` are the layout's values for ``{extra[...]}`` that the label
    does not set itself."""
    private = label.privacy if privacy is None else privacy
    region = "".join(p for p in (label.province, label.city, label.district) if p)
    address = mask_address(label.address) if private else label.address
    route = label.route_code.strip() or " ".join(p for p in (label.city, label.district) if p)
    return {
        "courier_name": label.courier_name,
        "courier_code": label.courier_code,
        "waybill_no": label.waybill_no,
        "order_no": label.order_no,
        "route_code": route,
        "recipient_name": mask_name(label.recipient_name) if private else label.recipient_name,
        "recipient_phone": mask_phone(label.phone) if private else label.phone,
        "recipient_address": region + address,
        "recipient_region": region,
        "postcode": label.postcode,
        "sender_name": label.sender_name,
        "sender_phone": mask_phone(label.sender_phone) if private else label.sender_phone,
        "sender_address": label.sender_address,
        "items": items_candidates(label),
        "item_count": str(sum(max(1, i.qty) for i in label.items)),
        "weight": weight_text(label.weight_g),
        "packer": label.packer,
        "station": label.station,
        "printed_at": print_time_text(label.printed_at),
        "reprint": REPRINT_MARK if label.reprint else "",
        "privacy": "1" if private else "",
        "privacy_mark": PRIVACY_MARK if private else "",
        "extra": _Extra({**(extra_defaults or {}), **label.extra}),
    }
