"""`packstation courier-rules list|add|edit|remove|move|places|try` — which courier each order goes with, for IT
at the command line (the desk's Courier rules tab does the same).

The same checks and audit rows as the desk (app.services.courier_rules), with no operator, as for every command
IT runs at the machine; every change chooses again for the orders still waiting and says how many moved."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("courier-rules", help="courier choice rules: by place and by weight; a courier's places")
    act = p.add_subparsers(dest="rules_action", required=True)
    lst = act.add_parser("list", help="the rules in the order tried, and each courier's places and note words")
    lst.add_argument("--demo", action="store_true", help="the demo database")
    for name in ("add", "edit"):
        q = act.add_parser(name, help=f"{name} a rule")
        if name == "edit":
            q.add_argument("id", type=int, help="the rule's number (courier-rules list)")
            q.add_argument("--off", action="store_true", help="keep the rule but do not use it")
        q.add_argument("kind", choices=["place", "weight"])
        q.add_argument("courier", help="courier code, e.g. EMS")
        q.add_argument("--places", help="province, city or district names, comma separated: 新疆,西藏")
        q.add_argument("--min-g", help="weight band from (grams)")
        q.add_argument("--max-g", help="weight band up to, not including (grams)")
        q.add_argument("--shop", default="", help="only this shop's orders ('' = every shop)")
        q.add_argument("--note", default="", help="what the rule is for")
        q.add_argument("--demo", action="store_true", help="the demo database")
    r = act.add_parser("remove", help="remove a rule")
    r.add_argument("id", type=int)
    r.add_argument("--reason", required=True, help="why (kept in the audit log)")
    r.add_argument("--demo", action="store_true", help="the demo database")
    m = act.add_parser("move", help="try a rule earlier (up) or later (down)")
    m.add_argument("id", type=int)
    m.add_argument("direction", choices=["up", "down"])
    m.add_argument("--demo", action="store_true", help="the demo database")
    pl = act.add_parser("places", help="a courier's places it does not deliver to, and its words in notes")
    pl.add_argument("courier")
    pl.add_argument("--no-service", help="places, comma separated ('' = delivers everywhere)")
    pl.add_argument("--words", help="more words a note names it by, comma separated")
    pl.add_argument("--demo", action="store_true", help="the demo database")
    t = act.add_parser("try", help="which courier an order like this goes with, and why")
    for field in ("province", "city", "district", "shop", "seller-note", "buyer-note"):
        t.add_argument(f"--{field}", default="")
    t.add_argument("--weight-g", type=int)
    t.add_argument("--demo", action="store_true", help="the demo database")


def _band(lo, hi) -> str:
    return f"{lo if lo is not None else 0}–{hi if hi is not None else '∞'} g"


def _rule_line(n: int, r) -> str:
    when = f"to {','.join(r.places)}" if r.kind == "place" else f"weighing {_band(r.min_g, r.max_g)}"
    return (f"{n}. [{r.id}] {when} -> {r.courier} ({r.courier_name}), {r.shop or 'every shop'}"
            f"{'  ' + r.note if r.note else ''}{'' if r.active else '  OFF'}")


def run(cfg, args, ready_db) -> int:
    from .domain.courier_choice import OrderFacts
    from .services import courier_rules as cr

    db = ready_db(cfg, args.demo)
    try:
        action = args.rules_action
        if action == "list":
            rules = cr.list_rules(db)
            print("\n".join(_rule_line(n, r) for n, r in enumerate(rules, 1)) or "no rules")
            for c in cr.list_places(db):
                print(f"{c.code:<6} {c.name}  does not deliver to: {','.join(c.no_service) or '-'}  "
                      f"read in notes as: {','.join(c.read_as)}{'' if c.active else '  RETIRED'}")
            return 0
        if action == "try":
            f = OrderFacts(args.shop, args.province, args.city, args.district, args.seller_note, args.buyer_note,
                           args.weight_g)
            c = cr.try_rules(db, f)
            print(f"{c.courier or 'no courier'}: {c.reason}")
            if c.question:
                print(f"a supervisor decides: {c.question}")
            return 0
        with db.session() as s:
            if action in ("add", "edit"):
                kw = dict(shop=args.shop, places=args.places, min_g=args.min_g, max_g=args.max_g, note=args.note)
                change = (cr.add_rule_in(s, None, args.kind, args.courier, **kw) if action == "add" else
                          cr.edit_rule_in(s, None, args.id, args.kind, args.courier, active=not args.off, **kw))
            elif action == "remove":
                change = cr.remove_rule_in(s, None, args.id, args.reason)
            elif action == "move":
                change = cr.move_rule_in(s, None, args.id, -1 if args.direction == "up" else 1)
            else:
                change = cr.set_courier_places_in(s, None, args.courier, args.no_service, args.words)
        if change.rule is not None:
            print(_rule_line(change.rule.position, change.rule))
        print(f"{change.moved} waiting order(s) now go with another courier")
        return 0
    except cr.RuleError as exc:
        print(f"packstation: {exc}; nothing changed", file=sys.stderr)
        return 1
    finally:
        db.dispose()
