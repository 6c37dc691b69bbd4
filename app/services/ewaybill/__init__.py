"""E-waybill services (电子面单): a courier's numbers ordered through a provider's account instead of loaded as a
range. ``kuaidi100`` is the one provider so far (app.services.ewaybill.kuaidi100); ``pool`` keeps numbers fetched
ahead of need so the line never waits on the network.

What every provider takes and gives is here: a :class:`Shipment` in, an :class:`Issued` number out, and a
:class:`ProviderError` (a refusal a person can act on, translated on screen) otherwise."""
from __future__ import annotations

from dataclasses import dataclass

from ...domain.errors import ServiceError


@dataclass(frozen=True)
class Party:
    name: str
    mobile: str
    address: str          # the whole address as printed: province city district street
    company: str = ""


@dataclass(frozen=True)
class Shipment:
    order_no: str
    recipient: Party
    sender: Party
    cargo: str = ""       # 物品名称
    count: int = 1        # 包裹数
    weight_kg: str = ""   # 重量 (kg), '' when not known yet
    remark: str = ""
    exp_type: str = ""    # 产品类型 (标准快递 …), '' = the account's


@dataclass(frozen=True)
class Issued:
    """A number the provider issued, with what its answer gave for the label."""
    number: str
    sort_code: str = ""       # 大头笔 / 三段码
    hub: str = ""             # 集包地名称
    hub_code: str = ""        # 集包编码
    virtual_phone: str = ""   # privacy (virtual) number of the recipient, when the answer has one
    task_id: str = ""         # for 复打
    kd_order_num: str = ""    # the courier's order number, needed to cancel when given


class ProviderError(ServiceError):
    """``kind``: sign, account, balance, address, not_open, params, not_found, server, network, answer.
    ``retry``: the same request may work later (network, server); the others need a person."""

    def __init__(self, template: str, kind: str, retry: bool = False, **params: object):
        super().__init__(template, **params)
        self.kind = kind
        self.retry = retry
