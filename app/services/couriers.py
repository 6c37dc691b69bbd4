"""Couriers as the warehouse's own data: add, edit, retire and reactivate one, each audited.

A courier has its code (ZTO, SF …), its name on the label, the label layout overlay it prints with
(resources/labels/couriers/<LAYOUT>.json; '' = the one named like its code, GENERIC when there is none), the
service types it offers (标快, 特快 …), where its waybill numbers come from — ``range`` (号段: numbers loaded by
the supervisor, app.services.waybills) or ``kuaidi100`` (an e-waybill account, 电子面单: app.services.ewaybill)
—, the free-number level below which the station and the desk warn, and whether it prints privacy waybills.

Who may: ``Action.MANAGE_COURIERS`` (supervisors and admins) adds, edits, retires; the e-waybill account's key
and secret (:func:`set_account`) are the site's credentials and also need ``Action.CHANGE_SETTINGS`` (admin).
The command line (app.cli_couriers) is IT at the machine: it writes the same audit rows with no operator.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import paths
from ..db import Database
from ..domain.errors import ServiceError
from ..domain.permissions import Action
from ..models import Courier, CourierAccount, Setting, utcnow
from . import waybills
from .audit import audit
from .auth import authorize, authorized

SOURCES = ("range", "kuaidi100")
CODE_RE = re.compile(r"^[A-Z0-9]{2,16}$")
MAX_SERVICE_TYPES = 10
DEFAULT_WARN = 200

#: The couriers ready at setup: code, name, 快递100 company code (参数字典), service types.
DEFAULTS: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("ZTO", "中通快递", "zhongtong", ("标快",)),
    ("YTO", "圆通速递", "yuantong", ("标快",)),
    ("STO", "申通快递", "shentong", ("标快",)),
    ("YUNDA", "韵达速递", "yunda", ("标快",)),
    ("SF", "顺丰速运", "shunfeng", ("顺丰标快", "顺丰特快")),
    ("JTSD", "极兔速递", "jtexpress", ("标快",)),
    ("EMS", "中国邮政 EMS", "ems", ("标快", "特快")),
    ("JD", "京东物流", "jd", ("特惠送", "特快送")),
    ("DBL", "德邦快递", "debangkuaidi", ("标准快递", "大件快递360")),
]
KUAIDICOM = {code: com for code, _n, com, _s in DEFAULTS}


class CourierError(ServiceError):
    pass


@dataclass(frozen=True)
class AccountView:
    """An e-waybill account as screens show it: never the secret, only whether one is set."""
    shop: str
    provider: str
    endpoint: str
    kuaidicom: str
    partner_id: str
    net: str
    exp_type: str
    prefetch: int
    has_secret: bool


@dataclass(frozen=True)
class CourierView:
    code: str
    name: str
    layout: str
    service_types: tuple[str, ...]
    waybill_source: str
    warn_level: int
    privacy_waybill: bool
    active: bool
    accounts: tuple[AccountView, ...] = ()


def available_layouts() -> list[str]:
    """The courier layout overlays there are (resources/labels/couriers/*.json)."""
    return sorted(p.stem for p in (paths.resource("labels") / "couriers").glob("*.json"))


def _view(s: Session, c: Courier) -> CourierView:
    accounts = s.scalars(select(CourierAccount).where(CourierAccount.courier_id == c.id)
                         .order_by(CourierAccount.shop)).all()
    return CourierView(c.code, c.name, c.layout or "", service_types_of(c), c.waybill_source or "range",
                       int(c.warn_level if c.warn_level is not None else DEFAULT_WARN), bool(c.privacy_waybill),
                       bool(c.active),
                       tuple(AccountView(a.shop, a.provider, a.endpoint, a.kuaidicom, a.partner_id, a.net,
                                         a.exp_type, a.prefetch, bool(a.api_secret)) for a in accounts))


def service_types_of(c: Courier) -> tuple[str, ...]:
    try:
        value = json.loads(c.service_types or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


# ------------------------------------------------------------------------------------------- checks
def _code(code: str) -> str:
    code = (code or "").strip().upper()
    if not CODE_RE.match(code):
        raise CourierError("a courier code is 2 to 16 letters or digits: '{code}'", code=code)
    return code


def _name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 64:
        raise CourierError("a courier needs a name of 1 to 64 characters")
    return name


def _layout(layout: str) -> str:
    layout = (layout or "").strip().upper()
    if layout and layout not in available_layouts():
        raise CourierError("no label layout '{layout}'; there are: {layouts}", layout=layout,
                           layouts=available_layouts())
    return layout


def _services(types) -> list[str]:
    if isinstance(types, str):
        types = [t for t in re.split(r"[,，、;；]", types)]
    out = list(dict.fromkeys(t.strip() for t in (types or ()) if t and t.strip()))
    if len(out) > MAX_SERVICE_TYPES or any(len(t) > 16 for t in out):
        raise CourierError("at most 10 service types of up to 16 characters each")
    return out


def _source(source: str) -> str:
    source = (source or "").strip().lower()
    if source not in SOURCES:
        raise CourierError("the waybill source is 'range' (号段) or 'kuaidi100' (电子面单), not '{source}'",
                           source=source)
    return source


def _warn(level) -> int:
    try:
        level = int(level)
    except (TypeError, ValueError):
        raise CourierError("the warning level is a whole number of waybill numbers") from None
    if not 0 <= level <= 1_000_000:
        raise CourierError("the warning level is 0 to 1,000,000 numbers")
    return level


def _courier(s: Session, code: str) -> Courier:
    c = s.scalar(select(Courier).where(Courier.code == (code or "").strip().upper()))
    if c is None:
        raise CourierError("unknown courier '{code}'", code=code)
    return c


def _state(c: Courier) -> dict:
    return {"name": c.name, "layout": c.layout or "", "service_types": list(service_types_of(c)),
            "waybill_source": c.waybill_source, "warn_level": c.warn_level, "privacy": bool(c.privacy_waybill),
            "active": bool(c.active)}


# ------------------------------------------------------------------------------- the changes, in a session
def add_in(s: Session, actor, code: str, name: str, layout: str = "", service_types=(), waybill_source: str = "range",
           warn_level: int = DEFAULT_WARN, privacy: bool = True) -> CourierView:
    """Adds a courier in ``s`` (``actor`` None: IT at the command line)."""
    code = _code(code)
    if s.scalar(select(Courier.id).where(Courier.code == code)) is not None:
        raise CourierError("courier {code} exists already", code=code)
    c = Courier(code=code, name=_name(name), layout=_layout(layout),
                service_types=json.dumps(_services(service_types), ensure_ascii=False),
                waybill_source=_source(waybill_source), warn_level=_warn(warn_level), privacy_waybill=bool(privacy),
                active=True)
    s.add(c)
    s.flush()
    audit(s, actor, "add_courier", "courier", code, "", None, _state(c))
    return _view(s, c)


EDITABLE = ("name", "layout", "service_types", "waybill_source", "warn_level", "privacy")


def edit_in(s: Session, actor, code: str, changes: dict) -> CourierView:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise CourierError("a courier has no field {fields}", fields=sorted(unknown))
    c = _courier(s, code)
    before = _state(c)
    checks = {"name": _name, "layout": _layout, "waybill_source": _source, "warn_level": _warn}
    for key, value in changes.items():
        if value is None:
            continue
        if key == "service_types":
            c.service_types = json.dumps(_services(value), ensure_ascii=False)
        elif key == "privacy":
            c.privacy_waybill = bool(value)
        else:
            setattr(c, key, checks[key](value))
    after = _state(c)
    if after != before:
        audit(s, actor, "edit_courier", "courier", c.code, "",
              {k: v for k, v in before.items() if after[k] != v}, {k: v for k, v in after.items() if before[k] != v})
    return _view(s, c)


def retire_in(s: Session, actor, code: str, reason: str, active: bool = False) -> CourierView:
    reason = (reason or "").strip()
    if not reason:
        raise CourierError("say why (a reason is kept with the change)")
    c = _courier(s, code)
    if not active:
        raw = s.get(Setting, "default_courier")
        if raw is not None and json.loads(raw.value) == c.code:
            raise CourierError("{code} is the default courier: choose another default before retiring it",
                               code=c.code)
    if bool(c.active) != active:
        c.active = active
        from . import courier_rules

        courier_rules.reapply_at_commit(s)  # its open orders go by the next rule (or come back to it)
        audit(s, actor, "reactivate_courier" if active else "retire_courier", "courier", c.code, reason,
              {"active": not active}, {"active": active})
    return _view(s, c)


def ensure_defaults(s: Session) -> None:
    """The common couriers, added once each (a courier a supervisor changed or retired stays as it is)."""
    have = set(s.scalars(select(Courier.code)))
    for code, name, _com, services in DEFAULTS:
        if code not in have:
            s.add(Courier(code=code, name=name, privacy_waybill=True, layout="",
                          service_types=json.dumps(list(services), ensure_ascii=False), waybill_source="range",
                          warn_level=DEFAULT_WARN, active=True))
    s.flush()


# --------------------------------------------------------------------------------------- the services
def list_couriers(db: Database, include_retired: bool = True) -> list[CourierView]:
    with db.session() as s:
        q = select(Courier).order_by(Courier.code)
        if not include_retired:
            q = q.where(Courier.active.is_(True))
        return [_view(s, c) for c in s.scalars(q)]


def courier(db: Database, code: str) -> CourierView:
    with db.session() as s:
        return _view(s, _courier(s, code))


def add_courier(db: Database, actor, code: str, name: str, layout: str = "", service_types=(),
                waybill_source: str = "range", warn_level: int = DEFAULT_WARN, privacy: bool = True) -> CourierView:
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        return add_in(s, op, code, name, layout, service_types, waybill_source, warn_level, privacy)


def edit_courier(db: Database, actor, courier_code: str, name: str | None = None, layout: str | None = None,
                 service_types=None, waybill_source: str | None = None, warn_level: int | None = None,
                 privacy: bool | None = None) -> CourierView:
    """Changes what is given (None: unchanged); only a real change is audited, with before and after."""
    changes = {"name": name, "layout": layout, "service_types": service_types, "waybill_source": waybill_source,
               "warn_level": warn_level, "privacy": privacy}
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        return edit_in(s, op, courier_code, changes)


def retire_courier(db: Database, actor, courier_code: str, reason: str) -> CourierView:
    """A retired courier is offered for no new order; its parcels, pickups and bills stay as they are."""
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        return retire_in(s, op, courier_code, reason)


def reactivate_courier(db: Database, actor, courier_code: str, reason: str) -> CourierView:
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        return retire_in(s, op, courier_code, reason, active=True)


# ------------------------------------------------------------------------------------ e-waybill account
ACCOUNT_FIELDS = ("endpoint", "api_key", "api_secret", "kuaidicom", "partner_id", "partner_key", "partner_secret",
                  "partner_name", "net", "code", "check_man", "exp_type", "prefetch")
SECRET_FIELDS = ("api_secret", "partner_key", "partner_secret")


def set_account_in(s: Session, actor, courier_code: str, shop: str, values: dict) -> AccountView:
    unknown = set(values) - set(ACCOUNT_FIELDS)
    if unknown:
        raise CourierError("an e-waybill account has no field {fields}", fields=sorted(unknown))
    c = _courier(s, courier_code)
    shop = (shop or "").strip()
    if len(shop) > 64:
        raise CourierError("a shop name has at most 64 characters")
    acc = s.scalar(select(CourierAccount).where(CourierAccount.courier_id == c.id, CourierAccount.shop == shop))
    created = acc is None
    if created:
        acc = CourierAccount(courier_id=c.id, shop=shop, provider="kuaidi100",
                             endpoint="https://api.kuaidi100.com/label/order", api_key="", api_secret="",
                             kuaidicom=KUAIDICOM.get(c.code, ""), partner_id="", partner_key="", partner_secret="",
                             partner_name="", net="", code="", check_man="", exp_type="", prefetch=20, active=True)
        s.add(acc)
    before = {k: getattr(acc, k) for k in ACCOUNT_FIELDS}
    for key, value in values.items():
        if value is None:
            continue
        if key == "prefetch":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise CourierError("numbers kept ready is a whole number from 0 to 500") from None
            if not 0 <= value <= 500:
                raise CourierError("numbers kept ready is a whole number from 0 to 500")
        else:
            value = str(value).strip()
            if key == "endpoint" and not re.match(r"^https?://[^\s]+$", value):
                raise CourierError("the e-waybill address is an http(s) URL: '{url}'", url=value)
            if len(value) > 200:
                raise CourierError("{field} is too long (at most 200 characters)", field=key)
        setattr(acc, key, value)
    if not acc.kuaidicom:
        raise CourierError("the 快递100 company code (kuaidicom) of {code} is needed, e.g. zhongtong",
                           code=c.code)
    acc.changed_at = utcnow()
    s.flush()
    after = {k: getattr(acc, k) for k in ACCOUNT_FIELDS}
    hide = {k: ("***" if v else "") for k, v in after.items() if k in SECRET_FIELDS}
    audit(s, actor, "set_courier_account", "courier", f"{c.code}/{shop}", "",
          None if created else {**before, **{k: ("***" if before[k] else "") for k in SECRET_FIELDS}},
          {**after, **hide})
    return AccountView(acc.shop, acc.provider, acc.endpoint, acc.kuaidicom, acc.partner_id, acc.net, acc.exp_type,
                       acc.prefetch, bool(acc.api_secret))


def set_account(db: Database, actor, courier_code: str, shop: str = "", endpoint: str | None = None,
                api_key: str | None = None, api_secret: str | None = None, kuaidicom: str | None = None,
                partner_id: str | None = None, partner_key: str | None = None, partner_secret: str | None = None,
                partner_name: str | None = None, net: str | None = None, code: str | None = None,
                check_man: str | None = None, exp_type: str | None = None,
                prefetch: int | None = None) -> AccountView:
    """Sets the e-waybill account of a courier for ``shop`` ('' = the default for every shop). Needs
    MANAGE_COURIERS and CHANGE_SETTINGS; the audit row keeps every value but the secrets."""
    values = {"endpoint": endpoint, "api_key": api_key, "api_secret": api_secret, "kuaidicom": kuaidicom,
              "partner_id": partner_id, "partner_key": partner_key, "partner_secret": partner_secret,
              "partner_name": partner_name, "net": net, "code": code, "check_man": check_man, "exp_type": exp_type,
              "prefetch": prefetch}
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        authorize(s, op, Action.CHANGE_SETTINGS)
        return set_account_in(s, op, courier_code, shop, values)


# ------------------------------------------------------------------------------------- number ranges
def load_range(db: Database, actor, courier_code: str, prefix: str, first: int, count: int,
               digits: int) -> waybills.PoolLoad:
    """Loads a number range (号段) into a range courier's pool from the desk: PREFIX + FIRST … FIRST+COUNT-1,
    zero-padded to DIGITS; a number seen before is never added again. Audited with what was loaded."""
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, op):
        c = _courier(s, courier_code)
        prefix = (prefix or "").strip().upper()
        try:
            first, count, digits = int(first), int(count), int(digits)
        except (TypeError, ValueError):
            raise CourierError("first number, count and digits are whole numbers") from None
        if not 1 <= digits <= 30:
            raise CourierError("a number has 1 to 30 digits after its prefix")
        numbers = waybills.expand_range(prefix, first, count, digits)
        result = waybills.load_numbers(s, c.code, numbers)
        audit(s, op, "load_waybill_range", "courier", c.code, "", None,
              {"first": numbers[0], "last": numbers[-1], "added": result.added, "duplicates": result.duplicates})
        return result
