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
    """One parcel's waybill.

    Multi-parcel shipments (子母件): every parcel has a label of its own. ``items`` are the items packed in
    THIS parcel (the caller passes only those), ``parcel_no`` is its number (1 = the first, the master),
    ``parcel_count`` the number of parcels when known (None while parcels are closed one by one: the label
    then prints "n" instead of "n/m"), and ``master_waybill_no`` the first parcel's waybill number, printed
    on every child label. ``parcel_no`` 0 (the default) is an ordinary one-parcel shipment."""

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
    items: tuple[LabelItem, ...]   # what is in this parcel
    weight_g: int
    packer: str
    station: str
    printed_at: datetime
    privacy: bool = True       # mask the recipient's name/phone/unit per GB/T 41833-2022
    reprint: bool = False
    route_code: str = ""       # the courier's sort code for the destination (三段码 / 大头笔 / 目的地代码)
    extra: dict[str, str] = field(default_factory=dict)
    hub: str = ""              # the courier's consolidation hub (集包地 / 集包编码), printed under the sort code
    parcel_no: int = 0         # 子母件: this parcel's number, 1 = the master; 0 = a one-parcel shipment
    parcel_count: int | None = None   # 子母件: how many parcels; None = not known yet
    master_waybill_no: str = ""       # 子母件: the first parcel's waybill number (母单号)
    weight_override: bool = False     # the weight was accepted by a supervisor out of tolerance (主管核准)
    layout: str = ""           # the courier's layout overlay when not named like its code ('' = courier_code)
    virtual_phone: str = ""    # the provider's privacy (virtual) number for the recipient, printed instead

    def __post_init__(self):
        if self.parcel_no < 0:
            raise ValueError(f"parcel_no must be 0 (one parcel) or 1, 2, …; got {self.parcel_no}")
        if self.parcel_count is not None and not (self.parcel_count >= max(1, self.parcel_no)):
            raise ValueError(f"parcel_count {self.parcel_count} is less than parcel_no {self.parcel_no}")
        if self.parcel_no > 1 and not self.master_waybill_no:
            raise ValueError(f"parcel {self.parcel_no} of a multi-parcel shipment needs master_waybill_no "
                             "(the first parcel's waybill number)")

    def items_text(self) -> str:
        return ";".join(i.text() for i in self.items)
