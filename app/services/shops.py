"""The shops (店铺) the warehouse ships for: add, edit, retire; and the sender a label of an order prints.

Every label's sender comes from the order's shop (`sender_for`): there is no built-in sender. An order whose
shop is not set up, or has no complete sender (name, phone, return address), is stopped at the scan with the
shop's name (app.services.station), so a parcel never leaves with someone else's return address on it.

The order names its shop by name (`Order.shop`); orders that name none (a file without a shop column) belong
to the default shop (at most one). Managing shops is the supervisors' and the admin's (Action.MANAGE_SHOPS):
it is set-up work done from the desk on the day a shop is taken on, audited with before and after.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.errors import ServiceError
from ..domain.packflow import Operator as Actor
from ..domain.permissions import Action
from ..labels.content import full_address
from ..models import Courier, Order, OrderStatus, Platform, Shop
from . import courier_rules
from .audit import audit
from .auth import authorized
from .import_values import parse_phone
from .rows import locked

PLATFORMS = tuple(p.value for p in Platform)
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_SERVICE_NUMBER = re.compile(r"[48]00-?[0-9]{3}-?[0-9]{4}")  # 400/800 customer-service numbers
_PROVINCE_ENDS = ("省", "市", "自治区", "特别行政区")
MAX_HEADER = 200
MAX_HEADER_LINES = 3


class ShopError(ServiceError):
    """The shop cannot be saved or found as asked; the message says why (and `field` which field)."""

    def __init__(self, template: str, field: str = "", **params: object):
        super().__init__(template, **params)
        self.field = field


class NoSender(ServiceError):
    """No label can print for this order: its shop is not set up, retired, or has no complete sender. `why`:
    no_shop (the order names none and there is no default shop), unknown (no shop of that name), retired,
    no_sender."""

    def __init__(self, template: str, why: str, shop: str):
        super().__init__(template, shop=shop)
        self.why = why
        self.shop = shop


@dataclass(frozen=True)
class Sender:
    name: str
    phone: str
    address: str          # one line, the region once (as the label prints it)
    shop: str             # the shop's name


@dataclass(frozen=True)
class ShopFields:
    """What a person types for a shop (add, or the whole form of an edit)."""

    code: str
    name: str
    platform: str = "other"
    sender_name: str = ""
    sender_phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    slip_header: str = ""
    default_courier: str = ""
    is_default: bool = False


@dataclass(frozen=True)
class ShopView:
    code: str
    name: str
    platform: str
    sender_name: str
    sender_phone: str
    province: str
    city: str
    district: str
    address: str
    slip_header: str
    default_courier: str
    is_default: bool
    active: bool
    has_sender: bool
    open_orders: int

    def fields(self) -> ShopFields:
        return ShopFields(**{f.name: getattr(self, f.name) for f in fields(ShopFields)})

    @property
    def return_address(self) -> str:
        return full_address(self.province, self.city, self.district, self.address)


@dataclass(frozen=True)
class UnknownShop:
    """A shop name that orders give but no shop has: its orders wait at the scan until it is added."""

    name: str
    open_orders: int


# ------------------------------------------------------------------------------------------------ reading
def _complete(shop: Shop) -> bool:
    return bool(shop.sender_name.strip() and shop.sender_phone.strip() and shop.address.strip())


def shop_of(s: Session, shop_name: str | None) -> Shop | None:
    """The shop an order belongs to: the one of that name, or the default shop for an order naming none."""
    name = (shop_name or "").strip()
    if name:
        return s.scalar(select(Shop).where(Shop.name == name))
    return s.scalar(select(Shop).where(Shop.is_default.is_(True), Shop.active.is_(True)).order_by(Shop.id).limit(1))


def sender_for(s: Session, shop_name: str | None) -> Sender:
    """The sender on the label of an order of `shop_name`. Raises NoSender: never a made-up sender."""
    name = (shop_name or "").strip()
    shop = shop_of(s, name)
    if shop is None:
        if not name:
            raise NoSender("the order names no shop and no shop is the default: set its shop, or make one "
                           "shop the default (Shops)", "no_shop", "")
        raise NoSender("shop {shop} is not set up: add it with its sender (Shops)", "unknown", name)
    if not shop.active:
        raise NoSender("shop {shop} is retired: bring it back (Shops) to ship its orders", "retired", shop.name)
    if not _complete(shop):
        raise NoSender("shop {shop} has no sender: set its sender name, phone and return address (Shops)",
                       "no_sender", shop.name)
    return Sender(shop.sender_name.strip(), shop.sender_phone.strip(),
                  full_address(shop.province, shop.city, shop.district, shop.address), shop.name)


def _view(shop: Shop, open_orders: int) -> ShopView:
    return ShopView(shop.code, shop.name, shop.platform.value, shop.sender_name, shop.sender_phone, shop.province,
                    shop.city, shop.district, shop.address, shop.slip_header, shop.default_courier, shop.is_default,
                    shop.active, _complete(shop), open_orders)


def _open_counts(s: Session) -> dict[str, int]:
    return {name: int(n) for name, n in s.execute(
        select(Order.shop, func.count(Order.id)).where(Order.status.in_((OrderStatus.OPEN, OrderStatus.PACKING)))
        .group_by(Order.shop))}


def list_shops(db: Database, include_retired: bool = True) -> list[ShopView]:
    with db.session() as s:
        counts = _open_counts(s)
        q = select(Shop).order_by(Shop.active.desc(), Shop.code)
        if not include_retired:
            q = q.where(Shop.active.is_(True))
        out = []
        for shop in s.scalars(q):
            n = counts.get(shop.name, 0) + (counts.get("", 0) if shop.is_default else 0)
            out.append(_view(shop, n))
        return out


def get_shop(db: Database, code: str) -> ShopView:
    with db.session() as s:
        shop = _by_code(s, code)
        counts = _open_counts(s)
        return _view(shop, counts.get(shop.name, 0) + (counts.get("", 0) if shop.is_default else 0))


def unknown_shops(db: Database) -> list[UnknownShop]:
    """Shop names that open orders give and no shop has (an import named a shop not set up yet)."""
    with db.session() as s:
        known = set(s.scalars(select(Shop.name)))
        return [UnknownShop(name, n) for name, n in sorted(_open_counts(s).items())
                if name and name not in known]


def known_shop_names(s: Session) -> set[str]:
    """Names of the active shops: what an import may name."""
    return set(s.scalars(select(Shop.name).where(Shop.active.is_(True))))


# ------------------------------------------------------------------------------------------------ checks
def _text(value: str, field: str, limit: int, what: str) -> str:
    value = (value or "").strip()
    if any(ord(ch) < 32 for ch in value):
        raise ShopError("the {what} has a control character in it", field, what=what)
    if len(value) > limit:
        raise ShopError("the {what} is longer than {limit} characters", field, what=what, limit=limit)
    return value


def check_phone(raw: str) -> str:
    """A sender's phone: a mobile, a landline with its area code, or a 400/800 service number."""
    raw = (raw or "").strip()
    if _SERVICE_NUMBER.fullmatch(raw):
        return raw
    phone = parse_phone(raw) if raw else None
    if phone is None:
        raise ShopError("the sender's phone “{phone}” is not a phone number: a mobile 1xxxxxxxxxx, a landline "
                        "0xxx-xxxxxxxx or a 400 number", "sender_phone", phone=raw)
    return phone


def _checked(s: Session, f: ShopFields) -> dict:
    code = (f.code or "").strip()
    if not _CODE.fullmatch(code):
        raise ShopError("the shop code “{code}” must be 1 to 32 letters, digits, - or _", "code", code=code)
    name = _text(f.name, "name", 64, "shop name")
    if not name:
        raise ShopError("the shop needs a name (as the orders name it: 店铺名称)", "name")
    if f.platform not in PLATFORMS:
        raise ShopError("unknown platform “{platform}” (one of {known})", "platform", platform=f.platform,
                        known=", ".join(PLATFORMS))
    out = {"code": code, "name": name, "platform": Platform(f.platform),
           "sender_name": _text(f.sender_name, "sender_name", 64, "sender's name"),
           "province": _text(f.province, "province", 32, "province"),
           "city": _text(f.city, "city", 32, "city"),
           "district": _text(f.district, "district", 32, "district"),
           "address": _text(f.address, "address", 300, "return address"),
           "slip_header": (f.slip_header or "").strip(),
           "default_courier": (f.default_courier or "").strip().upper(),
           "is_default": bool(f.is_default)}
    phone = (f.sender_phone or "").strip()
    out["sender_phone"] = check_phone(phone) if phone else ""
    words = {"sender_name": "sender's name", "sender_phone": "sender's phone", "address": "return address"}
    given = [k for k in words if out[k]]
    if given and len(given) < 3:  # a half sender would print a label nobody can send back to
        first = next(k for k in words if not out[k])
        raise ShopError("a sender needs its name, phone and return address together: the {missing} is empty",
                        first, missing=words[first])
    if out["province"] and not out["province"].endswith(_PROVINCE_ENDS):
        raise ShopError("“{province}” is not a province (省, 自治区 or a city like 上海市)", "province",
                        province=out["province"])
    if out["address"] and len(full_address(out["province"], out["city"], out["district"], out["address"])) < 6:
        raise ShopError("the return address “{address}” is too short to find: give the street and number",
                        "address", address=out["address"])
    header = out["slip_header"]
    if len(header) > MAX_HEADER or header.count("\n") >= MAX_HEADER_LINES:
        raise ShopError("the packing-slip header is at most {lines} lines and {limit} characters", "slip_header",
                        lines=MAX_HEADER_LINES, limit=MAX_HEADER)
    if any(ord(ch) < 32 and ch != "\n" for ch in header):
        raise ShopError("the {what} has a control character in it", "slip_header", what="packing-slip header")
    if out["default_courier"] and s.scalar(select(Courier.id).where(Courier.code == out["default_courier"])) is None:
        raise ShopError("no courier {courier}", "default_courier", courier=out["default_courier"])
    return out


def _by_code(s: Session, code: str, lock: bool = False) -> Shop:
    code = (code or "").strip()
    shop = locked(s, Shop, Shop.code == code) if lock else s.scalar(select(Shop).where(Shop.code == code))
    if shop is None:
        raise ShopError("no shop {code}", "code", code=code)
    return shop


def _record(shop: Shop) -> dict:
    return {"code": shop.code, "name": shop.name, "platform": shop.platform.value, "sender_name": shop.sender_name,
            "sender_phone": shop.sender_phone, "province": shop.province, "city": shop.city,
            "district": shop.district, "address": shop.address, "slip_header": shop.slip_header,
            "default_courier": shop.default_courier, "is_default": shop.is_default, "active": shop.active}


def _clash(s: Session, values: dict, shop_id: int | None) -> None:
    other = s.scalar(select(Shop).where(Shop.code == values["code"]))
    if other is not None and other.id != shop_id:
        raise ShopError("there is a shop with the code {code} already", "code", code=values["code"])
    other = s.scalar(select(Shop).where(Shop.name == values["name"]))
    if other is not None and other.id != shop_id:
        raise ShopError("shop {other} already has the name “{value}”", "name", other=other.code, value=values["name"])


def _only_default(s: Session, shop: Shop) -> None:
    if shop.is_default:
        s.execute(update(Shop).where(Shop.id != shop.id, Shop.is_default.is_(True)).values(is_default=False)
                  .execution_options(synchronize_session=False))


# ------------------------------------------------------------------------------------------------ actions
def add_shop(db: Database, actor: Actor, f: ShopFields) -> ShopView:
    with authorized(db, actor, Action.MANAGE_SHOPS) as (s, actor):
        values = _checked(s, f)
        _clash(s, values, None)
        shop = Shop(**values, active=True)
        s.add(shop)
        s.flush()
        _only_default(s, shop)
        courier_rules.reapply_at_commit(s)  # its orders may have waited with another shop's courier
        audit(s, actor, "add_shop", "shop", shop.code, "", None, _record(shop))
        return _view(shop, _open_counts(s).get(shop.name, 0))


def edit_shop(db: Database, actor: Actor, code: str, f: ShopFields, reason: str = "") -> ShopView:
    """Saves the whole form of shop `code` (its code may change too). A new name carries the shop's orders
    with it, in the same transaction."""
    with authorized(db, actor, Action.MANAGE_SHOPS) as (s, actor):
        shop = _by_code(s, code, lock=True)
        values = _checked(s, f)
        _clash(s, values, shop.id)
        before = _record(shop)
        old_name = shop.name
        for k, v in values.items():
            setattr(shop, k, v)
        if shop.is_default and not shop.active:
            raise ShopError("a retired shop cannot be the default: bring it back first", "is_default")
        moved = 0
        if old_name != shop.name:
            moved = s.execute(update(Order).where(Order.shop == old_name)
                              .values(shop=shop.name, revision=Order.revision + 1)
                              .execution_options(synchronize_session=False)).rowcount
        s.flush()
        _only_default(s, shop)
        after = _record(shop)
        changed = {k: v for k, v in after.items() if before[k] != v}
        if changed.keys() & {"default_courier", "is_default", "name", "active"}:
            courier_rules.reapply_at_commit(s)
        if changed:
            audit(s, actor, "edit_shop", "shop", shop.code, (reason or "").strip(),
                  {k: before[k] for k in changed}, changed | ({"orders_renamed": moved} if moved else {}))
        return _view(shop, _open_counts(s).get(shop.name, 0))


def retire_shop(db: Database, actor: Actor, code: str, reason: str) -> ShopView:
    """The warehouse no longer ships for this shop: its orders are stopped at the scan (nothing leaves with its
    sender unnoticed) and an import naming it reports it as not set up, until it is brought back."""
    with authorized(db, actor, Action.MANAGE_SHOPS) as (s, actor):
        reason = (reason or "").strip()
        if len(reason) < 2:
            raise ShopError("a reason is required", "reason")
        shop = _by_code(s, code, lock=True)
        if not shop.active:
            raise ShopError("shop {code} is already retired", "code", code=shop.code)
        before = {"active": True, "is_default": shop.is_default}
        shop.active, shop.is_default = False, False
        audit(s, actor, "retire_shop", "shop", shop.code, reason, before, {"active": False, "is_default": False})
        return _view(shop, _open_counts(s).get(shop.name, 0))


def restore_shop(db: Database, actor: Actor, code: str, reason: str) -> ShopView:
    with authorized(db, actor, Action.MANAGE_SHOPS) as (s, actor):
        reason = (reason or "").strip()
        if len(reason) < 2:
            raise ShopError("a reason is required", "reason")
        shop = _by_code(s, code, lock=True)
        if shop.active:
            raise ShopError("shop {code} is not retired", "code", code=shop.code)
        shop.active = True
        audit(s, actor, "restore_shop", "shop", shop.code, reason, {"active": False}, {"active": True})
        return _view(shop, _open_counts(s).get(shop.name, 0))
