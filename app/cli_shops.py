"""`packstation shops list|add|edit|retire` and `packstation shipments export`: for IT at the console.

Changes are made as a supervisor or admin (`--by CODE`, the PIN asked for or `--pin`), through the same
services and audit as the desk; the console speaks English (the IT console is English everywhere).
"""
from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

SHOP_FIELDS = (
    ("name", "the shop's name as the orders give it (店铺名称)"),
    ("platform", "taobao (Taobao/Tmall), pdd, douyin, jd or other"),
    ("sender_name", "the sender's name on the label"),
    ("sender_phone", "the sender's phone"),
    ("province", "return address: province"),
    ("city", "return address: city"),
    ("district", "return address: district"),
    ("address", "return address: street and number"),
    ("slip_header", "the packing slip's heading (\\n between lines)"),
    ("default_courier", "courier code for this shop's orders that name none"),
)


def add_parsers(sub) -> None:
    p = sub.add_parser("shops", help="the shops the warehouse ships for: their senders, return addresses, "
                                     "slip headers")
    acts = p.add_subparsers(dest="shops_action", required=True)
    p_list = acts.add_parser("list", help="every shop, and shop names orders give that are not set up")
    _common(p_list, by=False)
    for name in ("add", "edit"):
        pa = acts.add_parser(name, help="add a shop" if name == "add" else "change a shop (only what is given)")
        pa.add_argument("code", help="the shop's code, e.g. CG-TM")
        for field, text in SHOP_FIELDS:
            pa.add_argument(f"--{field.replace('_', '-')}", dest=field, help=text)
        if name == "edit":
            pa.add_argument("--new-code", help="give the shop another code")
            pa.add_argument("--reason", default="", help="why (kept in the audit log)")
        pa.add_argument("--default", dest="is_default", action="store_const", const=True,
                        help="orders that name no shop are this shop's")
        if name == "edit":
            pa.add_argument("--not-default", dest="is_default", action="store_const", const=False)
        _common(pa)
    p_ret = acts.add_parser("retire", help="stop shipping for a shop (its orders already here still pack)")
    p_ret.add_argument("code")
    p_ret.add_argument("--reason", required=True, help="why (kept in the audit log)")
    _common(p_ret)

    p_sh = sub.add_parser("shipments", help="the shipped orders of a shop, for its platform's batch-shipping "
                                            "upload (发货回传)")
    sh = p_sh.add_subparsers(dest="shipments_action", required=True)
    p_ex = sh.add_parser("export", help="write the shop's shipped orders not exported yet (and changed waybills)")
    p_ex.add_argument("--shop", required=True, help="the shop's code or name")
    p_ex.add_argument("--date", type=date.fromisoformat, help="the day shipped, YYYY-MM-DD (default: today)")
    p_ex.add_argument("--from", dest="first", type=date.fromisoformat, help="first day of a range, YYYY-MM-DD")
    p_ex.add_argument("--to", dest="last", type=date.fromisoformat, help="last day of a range, YYYY-MM-DD")
    p_ex.add_argument("--out", type=Path, required=True, help="the file to write (.csv, or .xlsx)")
    p_ex.add_argument("--again", action="store_true", help="also what was exported before (a lost file)")
    _common(p_ex)


def _common(p, by: bool = True) -> None:
    if by:
        p.add_argument("--by", required=True, metavar="CODE", help="your operator code (a supervisor or admin)")
        p.add_argument("--pin", help="your PIN (asked for when not given)")
    p.add_argument("--demo", action="store_true", help="the demo database")


def run(cfg, args, ready_db) -> int:
    from .domain.errors import ServiceError
    from .domain.permissions import Forbidden
    from .services import auth

    db = ready_db(cfg, args.demo)
    try:
        if args.command == "shops" and args.shops_action == "list":
            return _list(db)
        actor = _actor(db, args)
        if actor is None:
            return 1
        if args.command == "shipments":
            return _export(db, actor, args)
        return _change(db, actor, args)
    except (ServiceError, Forbidden, auth.AuthError) as exc:
        detail = getattr(exc, "detail", "") if isinstance(exc, auth.AuthError) else ""
        print(f"packstation: {exc.code if isinstance(exc, auth.AuthError) else exc}"
              f"{': ' + detail if detail else ''}", file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _actor(db, args):
    import getpass

    from .services import auth

    pin = args.pin or getpass.getpass("PIN: ")
    try:
        with db.session() as s:
            try:
                return auth.authenticate_supervisor(s, args.by, pin)
            except auth.AuthError:
                s.commit()  # the failed try counts
                raise
    except auth.AuthError as exc:
        print(f"packstation: not signed on as {args.by}: {exc.code}", file=sys.stderr)
        return None


def _list(db) -> int:
    from .services import shops

    rows = shops.list_shops(db)
    if not rows:
        print("no shops yet: add one with `packstation shops add CODE --name … --by YOUR-CODE`")
    for v in rows:
        flags = [f for f, on in (("default", v.is_default), ("retired", not v.active),
                                 ("NO SENDER: its orders stop at the scan", not v.has_sender)) if on]
        print(f"{v.code:<10} {v.name}  [{v.platform}]{'  (' + ', '.join(flags) + ')' if flags else ''}")
        if v.has_sender:
            print(f"{'':<10} sender: {v.sender_name}, {v.sender_phone}, {v.return_address}")
        if v.slip_header:
            print(f"{'':<10} slip header: {v.slip_header.replace(chr(10), ' / ')}")
        if v.default_courier:
            print(f"{'':<10} default courier: {v.default_courier}")
        print(f"{'':<10} open orders: {v.open_orders}")
    for u in shops.unknown_shops(db):
        print(f"not set up: {u.name}  ({u.open_orders} open order{'s' if u.open_orders != 1 else ''} wait at the "
              "scan: add the shop)")
    return 0


def _change(db, actor, args) -> int:
    from .services import shops

    if args.shops_action == "retire":
        v = shops.retire_shop(db, actor, args.code, args.reason)
        print(f"shop {v.code} ({v.name}) retired")
        return 0
    given = {f: getattr(args, f) for f, _ in SHOP_FIELDS if getattr(args, f) is not None}
    if "slip_header" in given:
        given["slip_header"] = given["slip_header"].replace("\\n", "\n")
    if args.is_default is not None:
        given["is_default"] = args.is_default
    if args.shops_action == "add":
        if "name" not in given:
            print("packstation: give the shop's --name (as its orders name it)", file=sys.stderr)
            return 2
        v = shops.add_shop(db, actor, shops.ShopFields(code=args.code, **given))
        print(f"shop {v.code} ({v.name}) added" + ("" if v.has_sender else
                                                    ": it has no sender yet, its orders stop at the scan"))
        return 0
    now = shops.get_shop(db, args.code).fields()  # edit: only what is given changes
    v = shops.edit_shop(db, actor, args.code, replace(now, **given, code=args.new_code or now.code), args.reason)
    print(f"shop {v.code} ({v.name}) saved")
    return 0


def _export(db, actor, args) -> int:
    from .services import shipments_export as sx

    if args.date and (args.first or args.last):
        print("packstation: give --date, or --from and --to, not both", file=sys.stderr)
        return 2
    first = args.first or args.date or date.today()
    last = args.last or args.date or first
    result = sx.export_shipments(db, actor, args.shop, first, last, args.out, again=args.again)
    print(sx.summary(result))
    return 0


def is_command(name: str) -> bool:
    return name in ("shops", "shipments")

