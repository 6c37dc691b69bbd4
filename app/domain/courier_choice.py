"""Which courier an order goes with, and why (no database, no Qt).

The warehouse's rules, in the order they are tried (app.services.courier_rules keeps them and applies them):

1. **The notes.** The seller's note (卖家备注, the shop's own instruction) and the buyer's note (买家留言) may ask
   for a courier — "请发顺丰", "一定要用申通", "发韵达", "顺丰到付" — or refuse one — "不要发圆通", "别发极兔",
   "除了中通都行". The seller's request comes first, then the buyer's. A courier a note refuses is not chosen.
2. **The rules**, first match wins: a *place* rule (the province, city or district is one of its places —
   the remote areas 偏远地区 go with EMS, say) or a *weight* rule (the expected weight is in its band), each
   for every shop or one shop.
3. **The shop's default courier**, then **the site's**.

A courier is passed over when it is retired, does not deliver to the order's place (each courier lists the
places it does not serve) or a note refuses it; the next rule is tried and the choice says what was passed
over and why.

**A question for a supervisor** (the order waits for a decision, it is not shipped silently) when a note asks
for a courier the rules did not pick — it is retired, does not deliver there, the note names two couriers —
or when no courier can take the order at all. A buyer's request the seller's own note overrides is not a
question: the seller has answered it.

Reasons and questions are plain dicts (stored as JSON with the order) that the desk says in words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# The words a note names each common courier by (a courier's own name and code are always among them).
NOTE_WORDS: dict[str, tuple[str, ...]] = {
    "ZTO": ("中通",),
    "YTO": ("圆通",),
    "STO": ("申通",),
    "YUNDA": ("韵达",),
    "SF": ("顺丰",),
    "JTSD": ("极兔", "J&T"),
    "EMS": ("邮政", "EMS", "邮局"),
    "JD": ("京东快递", "京东物流"),
    "DBL": ("德邦",),
}

# 偏远地区: the provinces most couriers charge extra for or do not reach (offered as a place rule's preset)
REMOTE_AREAS: tuple[str, ...] = ("新疆", "西藏", "青海", "内蒙古", "宁夏", "甘肃", "海南")

_NEGATION_BEFORE = re.compile(r"(不要|不用|不发|不走|不寄|不选|不能|不想|不可|不许|禁止|拒绝|拒收|别|勿|除了|除)\S{0,3}$")
_NEGATION_AFTER = re.compile(r"^(的)?(不要|不行|不到|不送|送不到|到不了|不能|不可以|太慢|很慢|不好|除外|以外)")
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "区",
             "县", "盟")


@dataclass(frozen=True)
class CourierInfo:
    code: str
    name: str
    active: bool = True
    words: tuple[str, ...] = ()        # more words a note names it by
    no_service: tuple[str, ...] = ()   # places it does not deliver to (province, city or district names)


@dataclass(frozen=True)
class Rule:
    id: int
    kind: str                          # "place" | "weight"
    courier: str
    shop: str = ""                     # "" = every shop
    places: tuple[str, ...] = ()
    min_g: int | None = None           # weight band [min_g, max_g): None = open
    max_g: int | None = None


@dataclass(frozen=True)
class OrderFacts:
    shop: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    seller_note: str = ""
    buyer_note: str = ""
    weight_g: int | None = None        # expected (products × quantities); None when a weight is not known


@dataclass(frozen=True)
class Request:
    """What one note says: the couriers it asks for and those it refuses, with the words that said so."""

    wanted: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    words: dict[str, str] = field(default_factory=dict)   # courier code -> the phrase in the note


@dataclass(frozen=True)
class Choice:
    courier: str | None
    reason: dict
    question: dict | None = None


def _norm_place(p: str) -> str:
    p = (p or "").strip()
    for suf in _SUFFIXES:
        if len(p) > len(suf) + 1 and p.endswith(suf):
            return p[:-len(suf)]
    return p


def place_match(places: tuple[str, ...] | list[str], f: OrderFacts) -> str | None:
    """The first of ``places`` the order's province, city or district is (新疆 matches 新疆维吾尔自治区)."""
    parts = [x for x in (_norm_place(f.province), _norm_place(f.city), _norm_place(f.district)) if x]
    for w in places:
        nw = _norm_place(w)
        if nw and any(part == nw or part.startswith(nw) for part in parts):
            return w
    return None


class Reader:
    """Finds couriers in notes; built once for a set of couriers (an import reads thousands of notes)."""

    def __init__(self, couriers: dict[str, CourierInfo]):
        names: list[tuple[str, str]] = []
        for c in couriers.values():
            words = {c.code, c.name, *NOTE_WORDS.get(c.code, ()), *c.words}
            names += [(w, c.code) for w in words if w and len(w.strip()) >= 2]
        names.sort(key=lambda wc: -len(wc[0]))   # 顺丰速运 before 顺丰, 中国邮政 before 邮政
        self.code_of = {w.lower(): code for w, code in names}
        parts = []
        for w, _ in names:
            esc = re.escape(w)
            parts.append(rf"(?<![A-Za-z0-9]){esc}(?![A-Za-z0-9])" if w.isascii() else esc)
        self.pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        # a note without any courier's word is the common case: one substring test before the regex
        self.cheap = tuple(sorted({w.lower() for w, _ in names}))

    def read(self, note: str) -> Request:
        if not note or self.pattern is None:
            return Request()
        low = note.lower()
        if not any(w in low for w in self.cheap):
            return Request()
        wanted: list[str] = []
        refused: list[str] = []
        words: dict[str, str] = {}
        for m in self.pattern.finditer(note):
            code = self.code_of[m.group(0).lower()]
            before, after = note[max(0, m.start() - 6):m.start()], note[m.end():m.end() + 5]
            if after.startswith("编码"):   # 邮政编码 is a postcode, not the post office
                continue
            clause = re.split(r"[，,。.;；!！?？\s]", before)[-1]   # negation in the same clause only
            negative = bool(_NEGATION_BEFORE.search(clause) or _NEGATION_AFTER.search(after))
            target = refused if negative else wanted
            if code not in target:
                target.append(code)
            words.setdefault(code, note[max(0, m.start() - 4):m.end() + 2].strip())
        wanted = [c for c in wanted if c not in refused]
        return Request(tuple(wanted), tuple(refused), words)


def choose(f: OrderFacts, couriers: dict[str, CourierInfo], rules: list[Rule] | tuple[Rule, ...],
           shop_default: str = "", site_default: str = "", reader: Reader | None = None) -> Choice:
    """The courier for one order by the rules above, why, and the question for a supervisor if any."""
    reader = reader or Reader(couriers)
    seller, buyer = reader.read(f.seller_note), reader.read(f.buyer_note)
    refused_by = {c: "seller" for c in seller.refused} | {c: "buyer" for c in buyer.refused if c not in seller.refused}
    skipped: list[dict] = []

    def why_not(code: str) -> dict | None:
        c = couriers.get(code)
        if c is None or not c.active:
            return {"courier": code, "why": "retired"}
        if code in refused_by:
            who = refused_by[code]
            return {"courier": code, "why": "refused", "who": who,
                    "words": (seller if who == "seller" else buyer).words.get(code, "")}
        place = place_match(c.no_service, f) if c.no_service else None
        if place is not None:
            return {"courier": code, "why": "not_served", "place": place}
        return None

    def take(code: str, reason: dict) -> Choice | None:
        problem = why_not(code)
        if problem is None:
            return Choice(code, reason | ({"skipped": skipped} if skipped else {}))
        skipped.append(problem)
        return None

    choice: Choice | None = None
    asked: tuple[str, tuple[str, ...], Request] | None = None   # (who, the couriers asked for, the note)
    if seller.wanted:
        asked = ("seller", seller.wanted, seller)
    elif buyer.wanted:
        asked = ("buyer", buyer.wanted, buyer)
    if asked is not None and len(asked[1]) == 1:
        who, (code,), req = asked
        choice = take(code, {"by": "note", "who": who, "courier": code, "words": req.words.get(code, "")})
    if choice is None:
        for r in rules:
            if r.shop and r.shop != f.shop:
                continue
            if r.kind == "place":
                hit = place_match(r.places, f)
                if hit is None:
                    continue
                reason = {"by": "rule", "rule": r.id, "kind": "place", "place": hit, "courier": r.courier}
            elif r.kind == "weight":
                if f.weight_g is None or (r.min_g is not None and f.weight_g < r.min_g) or (
                        r.max_g is not None and f.weight_g >= r.max_g):
                    continue
                reason = {"by": "rule", "rule": r.id, "kind": "weight", "weight_g": f.weight_g, "min_g": r.min_g,
                          "max_g": r.max_g, "courier": r.courier}
            else:
                continue
            if (choice := take(r.courier, reason)) is not None:
                break
    if choice is None and shop_default:
        choice = take(shop_default, {"by": "shop", "shop": f.shop, "courier": shop_default})
    if choice is None and site_default and site_default != shop_default:
        choice = take(site_default, {"by": "site", "courier": site_default})
    if choice is None:
        if skipped:
            return Choice(None, {"by": "none", "skipped": skipped}, {"ask": "none", "skipped": skipped})
        return Choice(None, {"by": "none"})
    if seller.wanted and buyer.wanted and buyer.wanted != seller.wanted:  # the seller's note answered the buyer
        choice = Choice(choice.courier, choice.reason | {"buyer_asked": list(buyer.wanted)})
    if asked is not None:
        who, codes, req = asked
        if len(codes) > 1:
            return Choice(choice.courier, choice.reason,
                          {"ask": "conflict", "who": who, "wanted": list(codes), "picked": choice.courier,
                           "words": [req.words.get(c, "") for c in codes]})
        if codes[0] != choice.courier:
            problem = next((p for p in skipped if p["courier"] == codes[0]), {})
            return Choice(choice.courier, choice.reason,
                          {"ask": "note", "who": who, "wanted": codes[0], "picked": choice.courier,
                           "words": req.words.get(codes[0], "")}
                          | {k: v for k, v in problem.items() if k != "courier"})
    return choice
