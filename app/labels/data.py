"""What goes on a waybill: plain data handed from the services to the label renderers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class LabelItem:
    style: str   # 型号
    colour: str  # 颜色
    size: str    # 尺码
    qty: int

    def text(self) -> str:
        """`model/colour/size`, with ×qty when more than one (seed 000 §1)."""
        base = "/".join(p for p in (self.style, self.colour, self.size) if p)
        return f"{base}×{self.qty}" if self.qty > 1 else base


@dataclass(frozen=True)
class WaybillLabel:
    courier_code: str          # SF, ZTO, …
    courier_name: str          # 顺丰速运
    waybill_no: str
    order_no: str
    recipient_name: str
    phone: str
    province: str
    city: str
    district: str
    address: str               # street and unit/room
    postcode: str
    sender_name: str
    sender_phone: str
    sender_address: str
    items: tuple[LabelItem, ...]
    weight_g: int
    packer: str
    station: str
    printed_at: datetime
    privacy: bool = True       # mask name/phone/unit per GB/T 41833-2022
    reprint: bool = False
    route_code: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def items_text(self) -> str:
        return ";".join(i.text() for i in self.items)
