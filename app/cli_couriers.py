"""`packstation couriers list|add|edit|retire|reactivate|account` — couriers for IT at the command line.

The same checks and audit rows as the desk (app.services.couriers); the audit row has no operator, as for every
command IT runs at the machine. The English of the console, as the rest of the command line."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("couriers", help="list, add, edit, retire couriers; set a courier's e-waybill account")
    act = p.add_subparsers(dest="couriers_action", required=True)
    lst = act.add_parser("list", help="every courier with its source, pool level and warning")
    lst.add_argument("--demo", action="store_true", help="the demo database")
    for name in ("add", "edit"):
        q = act.add_parser(name, help=f"{name} a courier")
        q.add_argument("code", help="courier code, e.g. ZJS")
        if name == "add":
            q.add_argument("name", help="the name on the label, e.g. 宅急送")
        else:
            q.add_argument("--name", help="the name on the label")
        q.add_argument("--layout", help="label layout overlay (resources/labels/couriers), e.g. GENERIC")
        q.add_argument("--services", help="service types, comma separated: 标快,特快")
        q.add_argument("--source", choices=["range", "kuaidi100"], help="where waybill numbers come from")
        q.add_argument("--warn", type=int, metavar="N", help="warn when fewer numbers than N are left")
        q.add_argument("--privacy", choices=["yes", "no"], help="print privacy waybills (隐私面单)")
        q.add_argument("--demo", action="store_true", help="the demo database")
    for name in ("retire", "reactivate"):
        q = act.add_parser(name, help=f"{name} a courier")
        q.add_argument("code")
        q.add_argument("--reason", required=True, help="why (kept in the audit log)")
        q.add_argument("--demo", action="store_true", help="the demo database")
    a = act.add_parser("account", help="set a courier's 快递100 e-waybill account (per shop; default: all shops)")
    a.add_argument("code")
    a.add_argument("--shop", default="", help="the shop's name ('' = every shop without an account of its own)")
    for field in ("endpoint", "api-key", "api-secret", "kuaidicom", "partner-id", "partner-key", "partner-secret",
                  "partner-name", "net", "account-code", "check-man", "exp-type"):
        a.add_argument(f"--{field}")
    a.add_argument("--prefetch", type=int, help="numbers kept ready (0–500)")
    a.add_argument("--demo", action="store_true", help="the demo database")


def run(cfg, args, ready_db) -> int:
    from .services import couriers as cs

    db = ready_db(cfg, args.demo)
    try:
        action = args.couriers_action
        if action == "list":
            print(list_text(db))
            return 0
        with db.session() as s:
            if action == "add":
                c = cs.add_in(s, None, args.code, args.name, args.layout or "", args.services or (),
                              args.source or "range", 200 if args.warn is None else args.warn,
                              args.privacy != "no")
            elif action == "edit":
                c = cs.edit_in(s, None, args.code, {
                    "name": args.name, "layout": args.layout, "service_types": args.services,
                    "waybill_source": args.source, "warn_level": args.warn,
                    "privacy": None if args.privacy is None else args.privacy == "yes"})
            elif action in ("retire", "reactivate"):
                c = cs.retire_in(s, None, args.code, args.reason, active=action == "reactivate")
            else:
                values = {k.replace("-", "_"): getattr(args, k.replace("-", "_"))
                          for k in ("endpoint", "api-key", "api-secret", "kuaidicom", "partner-id", "partner-key",
                                    "partner-secret", "partner-name", "net", "check-man", "exp-type", "prefetch")}
                values["code"] = args.account_code
                acc = cs.set_account_in(s, None, args.code, args.shop, values)
                print(f"{args.code.upper()} account for {acc.shop or 'every shop'}: {acc.kuaidicom}, partner "
                      f"{acc.partner_id or '-'}, secret {'set' if acc.has_secret else 'NOT set'}, "
                      f"{acc.prefetch} kept ready")
                return 0
        print(_line(c))
        return 0
    except cs.CourierError as exc:
        print(f"packstation: {exc}; nothing changed", file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _line(c) -> str:
    return (f"{c.code:<6} {c.name}  layout {c.layout or c.code}  services {'/'.join(c.service_types) or '-'}  "
            f"source {c.waybill_source}  warn below {c.warn_level}  privacy {'yes' if c.privacy_waybill else 'no'}"
            f"{'' if c.active else '  RETIRED'}")


def list_text(db) -> str:
    from .services import couriers as cs
    from .services.ewaybill.pool import levels

    lv = {x.courier: x for x in levels(db)}
    out = []
    for c in cs.list_couriers(db):
        level = lv.get(c.code)
        tail = ""
        if level is not None:
            tail = f"  {level.ready} {'free' if level.source == 'range' else 'ready'}"
            if level.problem:
                tail += "  WARNING: " + level.problem.format(**(level.problem_params or {}))
            elif level.low:
                tail += "  LOW"
        out.append(_line(c) + tail)
    return "\n".join(out) or "no couriers"

