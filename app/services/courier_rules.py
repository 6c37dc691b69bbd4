"""The courier of every order, chosen by the warehouse's rules, and why (no Qt).

The rules themselves are in app.domain.courier_choice: the notes (请发顺丰 / 不要发圆通), then the courier rules
kept here (places — the remote areas 偏远地区 — and weight bands, for every shop or one), then the shop's
default courier, then the site's (setting ``default_courier``); a courier that is retired, does not deliver
to the order's place (``Courier.no_service``) or that a note refuses is passed over.

When the choice is made: at the import (in the writer, with the order: no second pass over the file), when
an order changes (its address, lines, notes: :func:`decide_at_commit` from ``supervisor.changed``), and for
every open order when a rule, a courier's places or note words, a shop's or the site's default changes
(:func:`reapply`). An order's choice stops changing once a label is printed, once it is at a station, or once
a supervisor chose its courier (``courier_reason`` ``{"by": "supervisor"}``).

The order keeps its courier (``Order.courier_id``) and why (``Order.courier_reason``, the choice's reason as
JSON) — the desk says it in words. A note asking for a courier the rules did not pick opens a case of kind
``courier`` with the question: the station will not start the order (Err.ORDER_COURIER_QUESTION) until a
supervisor decides (order_changes.change_courier, which also takes "keep the one chosen").
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, event, func, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain import courier_choice as cc
from ..domain.errors import ServiceError
from ..domain.permissions import Action
from ..models import (
    CaseKind, CaseStatus, Courier, CourierRule, ExceptionCase, Order, OrderLine, OrderStatus, Parcel, ParcelStatus,
    PendingLine, Product, Setting, Shop, WaybillNumber, WaybillStatus, utcnow,
)
from .audit import audit
from .auth import authorized

KINDS = ("place", "weight")
DECIDABLE = (OrderStatus.OPEN, OrderStatus.WAITING)
MAX_PLACES = 100
MAX_WEIGHT_G = 1_000_000
_BATCH = 2000
SUPERVISOR = {"by": "supervisor"}


class RuleError(ServiceError):
    pass


# --------------------------------------------------------------------------------------------- the book


@dataclass
class Book:
    """Everything a choice needs, read once: an import decides thousands of orders with one book."""

    couriers: dict[str, cc.CourierInfo]
    ids: dict[str, int]
    codes: dict[int, str]
    rules: list[cc.Rule]
    shop_defaults: dict[str, str]      # shop name -> its default courier code ("" -> the default shop's)
    site_default: str
    reader: cc.Reader

    def choose(self, f: cc.OrderFacts) -> cc.Choice:
        return cc.choose(f, self.couriers, self.rules, self.shop_defaults.get(f.shop, ""), self.site_default,
                         self.reader)


def _list(raw: str | None) -> tuple[str, ...]:
    try:
        v = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(x) for x in v) if isinstance(v, list) else ()


def book(s: Session) -> Book:
    couriers: dict[str, cc.CourierInfo] = {}
    ids: dict[str, int] = {}
    for c in s.scalars(select(Courier)):
        couriers[c.code] = cc.CourierInfo(c.code, c.name, bool(c.active), _list(c.note_words), _list(c.no_service))
        ids[c.code] = c.id
    rules = [cc.Rule(r.id, r.kind, r.courier_code, r.shop, _list(r.places), r.min_g, r.max_g)
             for r in s.scalars(select(CourierRule).where(CourierRule.active.is_(True))
                                .order_by(CourierRule.position, CourierRule.id))]
    defaults: dict[str, str] = {}
    for name, code, is_default, active in s.execute(select(Shop.name, Shop.default_courier, Shop.is_default,
                                                           Shop.active).order_by(Shop.id)):
        defaults[name] = code or ""
        if is_default and active and "" not in defaults:
            defaults[""] = code or ""
    raw = s.get(Setting, "default_courier")
    site = json.loads(raw.value) if raw is not None and raw.value else ""
    return Book(couriers, ids, {v: k for k, v in ids.items()}, rules, defaults, site or "", cc.Reader(couriers))


def facts(o, weight_g: int | None) -> cc.OrderFacts:
    """The facts of an order (an Order, or an import's dict of values)."""
    g = o.get if isinstance(o, dict) else (lambda k: getattr(o, k))
    return cc.OrderFacts(g("shop") or "", g("province") or "", g("city") or "", g("district") or "",
                         g("seller_note") or "", g("buyer_note") or "", weight_g)


def expected_weight(lines: Iterable[tuple[int, int]], weights: dict[int, int], pending: bool = False) -> int | None:
    """Sum of the products' weights × quantities; None when one is not known (a weight of 0, a pending line)."""
    if pending:
        return None
    total = 0
    for pid, qty in lines:
        w = weights.get(pid) or 0
        if w <= 0:
            return None
        total += w * qty
    return total


def reason_json(choice: cc.Choice) -> str:
    """What the order keeps: the choice's reason, with ``ask`` when it waits for a supervisor's decision."""
    reason = choice.reason if choice.question is None else choice.reason | {"ask": choice.question["ask"]}
    return json.dumps(reason, ensure_ascii=False, separators=(",", ":"))


def by_supervisor(reason: str) -> bool:
    return reason.startswith('{"by":"supervisor"')


def was_asked(reason: str) -> bool:
    return '"ask":' in reason


def reason_of(o: Order) -> dict:
    try:
        return json.loads(o.courier_reason) if o.courier_reason else {}
    except ValueError:
        return {}


# --------------------------------------------------------------------------------------------- deciding


def ask(s: Session, order_id: int, question: dict) -> None:
    """Opens the order's courier case with this question, or puts the new question in its open case."""
    from .supervisor import open_case

    params = {"wanted": asked_names(s, question),
              "picked": asked_names(s, {"wanted": question.get("picked") or ""}) or "—"}
    if question["ask"] == "none":
        template = "no courier can take this order: a supervisor chooses one"
    elif question["ask"] == "conflict":
        template = "the note asks for {wanted}: a supervisor chooses the courier"
    else:
        template = "the note asks for {wanted}, the rules chose {picked}: a supervisor decides"
    case = s.scalar(select(ExceptionCase).where(ExceptionCase.order_id == order_id,
                                                ExceptionCase.kind == CaseKind.COURIER,
                                                ExceptionCase.status == CaseStatus.OPEN))
    if case is None:
        open_case(s, CaseKind.COURIER, order_id, template, detail={"question": question}, params=params)
        return
    detail = json.loads(case.detail or "{}")
    if detail.get("question") != question:
        detail |= {"question": question, "reason_template": template, "reason_params": params}
        case.detail = json.dumps(detail, ensure_ascii=False)
        case.reason = ServiceError(template, **params).args[0]


def answered(s: Session, order_ids: list[int], outcome: str, actor_id: int | None = None) -> None:
    for i in range(0, len(order_ids), 500):
        s.execute(update(ExceptionCase).where(ExceptionCase.order_id.in_(order_ids[i:i + 500]),
                                              ExceptionCase.kind == CaseKind.COURIER,
                                              ExceptionCase.status == CaseStatus.OPEN)
                  .values(status=CaseStatus.RESOLVED, outcome=outcome, resolved_at=utcnow(), resolved_by=actor_id))


def ask_new(s: Session, decided: list[tuple[int, cc.Choice]]) -> None:
    """The questions of orders just imported (no case to look for yet)."""
    for oid, choice in decided:
        if choice.question is not None:
            ask(s, oid, choice.question)


def _weights(s: Session, order_ids: list[int]) -> dict[int, int | None]:
    out: dict[int, int | None] = {oid: 0 for oid in order_ids}
    for oid, w, qty in s.execute(select(OrderLine.order_id, Product.weight_g, OrderLine.qty)
                                 .join(Product, Product.id == OrderLine.product_id)
                                 .where(OrderLine.order_id.in_(order_ids))):
        if out[oid] is None or not w:
            out[oid] = None
        else:
            out[oid] += w * qty
    for oid in s.scalars(select(PendingLine.order_id).where(PendingLine.order_id.in_(order_ids))):
        out[oid] = None
    return {oid: (w or None) for oid, w in out.items()}


def decide(s: Session, order_ids: Iterable[int], bk: Book | None = None) -> int:
    """Choose again for these orders (those whose choice may still change). Returns how many now go with
    another courier. Read and written with plain statements (a rule change chooses again for every open
    order); the session's Order objects of those orders are refreshed."""
    ids = sorted(set(order_ids))
    if not ids:
        return 0
    s.flush()
    bk = bk or book(s)
    ot = Order.__table__
    cols = (ot.c.id, ot.c.courier_id, ot.c.courier_reason, ot.c.shop, ot.c.province, ot.c.city, ot.c.district,
            ot.c.seller_note, ot.c.buyer_note)
    moved, touched = 0, set()
    stmt = update(ot).where(ot.c.id == bindparam("_id")).values(courier_id=bindparam("cid"),
                                                                  courier_reason=bindparam("why"))
    for i in range(0, len(ids), _BATCH):
        chunk = ids[i:i + _BATCH]
        labelled = set(s.scalars(select(Parcel.order_id).where(Parcel.order_id.in_(chunk),
                                                               Parcel.status != ParcelStatus.VOID)))
        rows = [r for r in s.execute(select(*cols).where(ot.c.id.in_(chunk), ot.c.status.in_(DECIDABLE)))
                if r.id not in labelled and not by_supervisor(r.courier_reason)]
        if not rows:
            continue
        weights = _weights(s, [r.id for r in rows]) if any(r.kind == "weight" for r in bk.rules) else {}
        changes, settled = [], []
        for r in rows:
            choice = bk.choose(cc.OrderFacts(r.shop or "", r.province or "", r.city or "", r.district or "",
                                             r.seller_note or "", r.buyer_note or "", weights.get(r.id)))
            cid = bk.ids.get(choice.courier) if choice.courier else None
            text = reason_json(choice)
            if choice.question is not None:
                ask(s, r.id, choice.question)
            elif was_asked(r.courier_reason):
                settled.append(r.id)
            if (r.courier_id, r.courier_reason) != (cid, text):
                moved += r.courier_id != cid
                changes.append({"_id": r.id, "cid": cid, "why": text})
        if changes:
            s.execute(stmt, changes)
            touched.update(c["_id"] for c in changes)
        answered(s, settled, "the rules no longer ask (the order or the rules changed)")
    for obj in list(s.identity_map.values()):
        if isinstance(obj, Order) and obj.id in touched:
            s.expire(obj, ["courier_id", "courier_reason", "courier"])
    return moved


def decide_at_commit(s: Session, order_id: int) -> None:
    """Choose again for this order just before the session commits, after whatever else the change does."""
    pending: set[int] | None = s.info.get("courier_decide")
    if pending is None:
        pending = s.info["courier_decide"] = set()

        def before_commit(session: Session) -> None:
            ids = session.info.pop("courier_decide", set())
            session.flush()
            decide(session, ids)

        event.listen(s, "before_commit", before_commit, once=True)
    pending.add(order_id)


def reapply(s: Session) -> int:
    """Choose again for every order whose choice may still change (after the rules changed). Returns how many
    now go with another courier."""
    bk = book(s)
    moved, last = 0, 0
    while True:
        ids = list(s.scalars(select(Order.id).where(Order.id > last, Order.status.in_(DECIDABLE))
                             .order_by(Order.id).limit(_BATCH)))
        if not ids:
            return moved
        moved += decide(s, ids, bk)
        last = ids[-1]


def reapply_at_commit(s: Session) -> None:
    """Choose again for every open order just before this session commits (a shop's or the site's default
    courier changed, a courier was retired or brought back)."""
    if s.info.get("courier_reapply"):
        return
    s.info["courier_reapply"] = True

    def before_commit(session: Session) -> None:
        session.info.pop("courier_reapply", None)
        session.flush()
        reapply(session)

    event.listen(s, "before_commit", before_commit, once=True)


def chosen_by_supervisor(s: Session, o: Order, actor_id: int | None) -> None:
    """A supervisor chose (or confirmed) the order's courier: the rules leave it alone, the question is
    answered."""
    o.courier_reason = json.dumps(SUPERVISOR | {"actor": actor_id}, separators=(",", ":"))
    answered(s, [o.id], "a supervisor chose the courier", actor_id)


def question(s: Session, order_id: int) -> dict | None:
    """The open courier question of an order, or None."""
    detail = s.scalar(select(ExceptionCase.detail).where(ExceptionCase.order_id == order_id,
                                                         ExceptionCase.kind == CaseKind.COURIER,
                                                         ExceptionCase.status == CaseStatus.OPEN))
    return json.loads(detail or "{}").get("question") if detail is not None else None


def asked_names(s: Session, q: dict) -> str:
    """The couriers a question is about, by name ("" when no courier can take the order)."""
    wanted = q.get("wanted") or []
    codes = wanted if isinstance(wanted, list) else [wanted] if wanted else []
    names = ({c: n for c, n in s.execute(select(Courier.code, Courier.name).where(Courier.code.in_(codes)))}
             if codes else {})
    return " / ".join(names.get(c, c) for c in codes)


def courier_for(s: Session, o: Order) -> Courier | None:
    """The order's courier: the one chosen, else chosen now (an order from before the rules) and kept with
    the order; else the first active courier that has numbers to give (a site with nothing set up yet)."""
    if o.courier_id is not None:
        return s.get(Courier, o.courier_id)
    if not o.courier_reason and o.status in DECIDABLE:
        decide(s, [o.id])
        if o.courier_id is not None:
            return s.get(Courier, o.courier_id)
    bk = book(s)
    code = bk.choose(facts(o, None)).courier
    if code is not None:
        return s.get(Courier, bk.ids[code])
    return s.scalar(select(Courier).join(WaybillNumber, WaybillNumber.courier_id == Courier.id)
                    .where(Courier.active.is_(True), WaybillNumber.status == WaybillStatus.FREE)
                    .order_by(Courier.id).limit(1))


# --------------------------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class RuleView:
    id: int
    position: int
    kind: str
    courier: str
    courier_name: str
    shop: str
    places: tuple[str, ...]
    min_g: int | None
    max_g: int | None
    active: bool
    note: str


@dataclass(frozen=True)
class CourierPlaces:
    code: str
    name: str
    active: bool
    no_service: tuple[str, ...]
    note_words: tuple[str, ...]
    read_as: tuple[str, ...]   # every word a note names it by (its own and the common ones)


@dataclass(frozen=True)
class RuleChange:
    rule: RuleView | None
    moved: int      # open orders that now go with another courier


def _view(s: Session, r: CourierRule) -> RuleView:
    name = s.scalar(select(Courier.name).where(Courier.code == r.courier_code)) or r.courier_code
    return RuleView(r.id, r.position, r.kind, r.courier_code, name, r.shop, _list(r.places), r.min_g, r.max_g,
                    bool(r.active), r.note)


def list_rules(db: Database) -> list[RuleView]:
    with db.session() as s:
        return [_view(s, r) for r in s.scalars(select(CourierRule).order_by(CourierRule.position, CourierRule.id))]


def list_places(db: Database) -> list[CourierPlaces]:
    with db.session() as s:
        out = []
        for c in s.scalars(select(Courier).order_by(Courier.active.desc(), Courier.id)):
            words = _list(c.note_words)
            read = tuple(dict.fromkeys((c.name, c.code, *cc.NOTE_WORDS.get(c.code, ()), *words)))
            out.append(CourierPlaces(c.code, c.name, bool(c.active), _list(c.no_service), words, read))
        return out


def _places(raw: Iterable[str] | str | None, field: str = "places") -> list[str]:
    if raw is None:
        return []
    items = raw.replace("，", ",").replace("、", ",").replace("\n", ",").split(",") if isinstance(raw, str) else raw
    out: list[str] = []
    for p in items:
        p = str(p).strip()
        if not p:
            continue
        if len(p) > 32 or any(ch in p for ch in "[]{}\"'<>"):
            raise RuleError("“{place}” is not a place name (a province, city or district, up to 32 characters)",
                            place=p[:40], field=field)
        if p not in out:
            out.append(p)
    if len(out) > MAX_PLACES:
        raise RuleError("at most {n} places", n=MAX_PLACES, field=field)
    return out


def _weight(v, field: str) -> int | None:
    if v is None or v == "":
        return None
    try:
        g = int(str(v).strip())
    except ValueError:
        raise RuleError("the weight is grams, a whole number: not “{value}”", value=str(v)[:20], field=field) from None
    if not 0 <= g <= MAX_WEIGHT_G:
        raise RuleError("the weight is between 0 and {max} g", max=MAX_WEIGHT_G, field=field)
    return g


def _checked(s: Session, kind: str, courier: str, shop: str, places, min_g, max_g) -> dict:
    if kind not in KINDS:
        raise RuleError("a rule is by place or by weight", field="kind")
    code = (courier or "").strip().upper()
    c = s.scalar(select(Courier).where(Courier.code == code))
    if c is None or not c.active:
        raise RuleError("no courier {courier}", courier=courier or "—", field="courier")
    shop = (shop or "").strip()
    if shop and s.scalar(select(Shop.id).where(Shop.name == shop)) is None:
        raise RuleError("there is no shop “{shop}”", shop=shop, field="shop")
    out = {"kind": kind, "courier_code": code, "shop": shop, "places": "[]", "min_g": None, "max_g": None}
    if kind == "place":
        ps = _places(places)
        if not ps:
            raise RuleError("name at least one place (a province, city or district)", field="places")
        out["places"] = json.dumps(ps, ensure_ascii=False)
    else:
        lo, hi = _weight(min_g, "min_g"), _weight(max_g, "max_g")
        if lo is None and hi is None:
            raise RuleError("give the band's lower or upper weight", field="min_g")
        if lo is not None and hi is not None and lo >= hi:
            raise RuleError("the band's lower weight ({min} g) must be below its upper weight ({max} g)",
                            min=lo, max=hi, field="max_g")
        out["min_g"], out["max_g"] = lo, hi
    return out


def _state(r: CourierRule) -> dict:
    return {"position": r.position, "kind": r.kind, "courier": r.courier_code, "shop": r.shop,
            "places": _list(r.places), "min_g": r.min_g, "max_g": r.max_g, "active": bool(r.active), "note": r.note}


def _rule(s: Session, rule_id: int) -> CourierRule:
    r = s.get(CourierRule, int(rule_id))
    if r is None:
        raise RuleError("there is no courier rule {id}", id=rule_id)
    return r


def add_rule_in(s: Session, actor, kind: str, courier: str, *, shop: str = "", places=None, min_g=None,
                max_g=None, note: str = "") -> RuleChange:
    values = _checked(s, kind, courier, shop, places, min_g, max_g)
    last = s.scalar(select(func.max(CourierRule.position))) or 0
    r = CourierRule(position=last + 1, active=True, note=(note or "").strip()[:200], **values)
    s.add(r)
    s.flush()
    audit(s, actor, "add_courier_rule", "courier_rule", str(r.id), "", None, _state(r))
    return RuleChange(_view(s, r), reapply(s))


def edit_rule_in(s: Session, actor, rule_id: int, kind: str, courier: str, *, shop: str = "", places=None,
                 min_g=None, max_g=None, note: str = "", active: bool = True) -> RuleChange:
    r = _rule(s, rule_id)
    before = _state(r)
    for k, v in _checked(s, kind, courier, shop, places, min_g, max_g).items():
        setattr(r, k, v)
    r.note, r.active = (note or "").strip()[:200], bool(active)
    after = _state(r)
    if after == before:
        return RuleChange(_view(s, r), 0)
    audit(s, actor, "edit_courier_rule", "courier_rule", str(r.id), "",
          {k: v for k, v in before.items() if after[k] != v}, {k: v for k, v in after.items() if before[k] != v})
    return RuleChange(_view(s, r), reapply(s))


def remove_rule_in(s: Session, actor, rule_id: int, reason: str = "") -> RuleChange:
    r = _rule(s, rule_id)
    audit(s, actor, "remove_courier_rule", "courier_rule", str(r.id), (reason or "").strip(), _state(r), None)
    s.delete(r)
    s.flush()
    return RuleChange(None, reapply(s))


def move_rule_in(s: Session, actor, rule_id: int, step: int) -> RuleChange:
    rules = list(s.scalars(select(CourierRule).order_by(CourierRule.position, CourierRule.id)))
    r = _rule(s, rule_id)
    i = rules.index(r)
    j = i + (1 if step > 0 else -1)
    if not 0 <= j < len(rules):
        return RuleChange(_view(s, r), 0)
    rules[i], rules[j] = rules[j], rules[i]
    for n, x in enumerate(rules, 1):
        x.position = n
    audit(s, actor, "move_courier_rule", "courier_rule", str(r.id), "", {"position": i + 1}, {"position": j + 1})
    s.flush()
    return RuleChange(_view(s, r), reapply(s))


def set_courier_places_in(s: Session, actor, courier: str, no_service=None, note_words=None) -> RuleChange:
    c = s.scalar(select(Courier).where(Courier.code == (courier or "").strip().upper()))
    if c is None:
        raise RuleError("no courier {courier}", courier=courier or "—")
    before = {"no_service": _list(c.no_service), "note_words": _list(c.note_words)}
    if no_service is not None:
        c.no_service = json.dumps(_places(no_service, "no_service"), ensure_ascii=False)
    if note_words is not None:
        words = _places(note_words, "note_words")
        short = next((w for w in words if len(w) < 2), None)
        if short is not None:
            raise RuleError("“{word}” is too short to find in a note (two characters or more)", word=short,
                            field="note_words")
        c.note_words = json.dumps(words, ensure_ascii=False)
    after = {"no_service": _list(c.no_service), "note_words": _list(c.note_words)}
    if after == before:
        return RuleChange(None, 0)
    audit(s, actor, "edit_courier_places", "courier", c.code, "",
          {k: v for k, v in before.items() if after[k] != v}, {k: v for k, v in after.items() if before[k] != v})
    s.flush()
    return RuleChange(None, reapply(s))


# the desk's: a supervisor or admin (Action.MANAGE_COURIERS); the command line calls the *_in forms with no actor
def add_rule(db: Database, actor, kind: str, courier: str, **kw) -> RuleChange:
    """A rule at the end of the list (the last tried); the open orders are chosen again."""
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, actor):
        return add_rule_in(s, actor, kind, courier, **kw)


def edit_rule(db: Database, actor, rule_id: int, kind: str, courier: str, **kw) -> RuleChange:
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, actor):
        return edit_rule_in(s, actor, rule_id, kind, courier, **kw)


def remove_rule(db: Database, actor, rule_id: int, reason: str = "") -> RuleChange:
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, actor):
        return remove_rule_in(s, actor, rule_id, reason)


def move_rule(db: Database, actor, rule_id: int, step: int) -> RuleChange:
    """Earlier (step -1) or later (+1) in the list: the first rule that matches decides."""
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, actor):
        return move_rule_in(s, actor, rule_id, step)


def set_courier_places(db: Database, actor, courier: str, no_service=None, note_words=None) -> RuleChange:
    """A courier's places it does not deliver to and the extra words a note names it by (None: unchanged)."""
    with authorized(db, actor, Action.MANAGE_COURIERS) as (s, actor):
        return set_courier_places_in(s, actor, courier, no_service, note_words)


def try_rules(db: Database, f: cc.OrderFacts) -> cc.Choice:
    """What the rules would choose for an order like this (the desk's "try an address")."""
    with db.session() as s:
        return book(s).choose(f)


@dataclass(frozen=True)
class Decision:
    """What a supervisor decides from: the order's courier now, the question, the couriers to choose from."""
    order_no: str
    courier: str                        # the courier chosen now ('' none)
    question: dict | None
    couriers: tuple[tuple[str, str], ...]   # (code, name) of the active couriers, the asked ones first


def courier_names(db: Database) -> dict[str, str]:
    with db.session() as s:
        return {c: n for c, n in s.execute(select(Courier.code, Courier.name))}


def decision(db: Database, order_no: str) -> Decision:
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == (order_no or "").strip()))
        if o is None:
            raise RuleError("no order {order_no}", order_no=order_no)
        q = question(s, o.id)
        wanted = (q or {}).get("wanted") or []
        first = wanted if isinstance(wanted, list) else [wanted]
        active = [(c.code, c.name) for c in s.scalars(select(Courier).where(Courier.active.is_(True))
                                                          .order_by(Courier.id))]
        active.sort(key=lambda cn: (cn[0] not in first, cn[0] != (o.courier.code if o.courier else "")))
        return Decision(o.order_no, o.courier.code if o.courier else "", q, tuple(active))
