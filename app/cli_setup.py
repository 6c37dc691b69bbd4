"""`packstation operators|cartons|products|settings …`: the warehouse's setup for IT at the console, through the
same services as the desk's Setup screen (app.services.operators, cartons, products, settings). The console
is asked for no PIN (whoever may open the database may change it: auth.CONSOLE); every change is audited as
"IT console". Each command says what it did in one line, or why not (exit 1), and changes nothing then."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

COMMANDS = ("operators", "cartons", "products", "settings")


def add_parsers(sub) -> None:
    """The four command groups, under `packstation`'s subparsers."""
    demo = argparse.ArgumentParser(add_help=False)
    demo.add_argument("--demo", action="store_true", help="the demo database")
    why = argparse.ArgumentParser(add_help=False)
    why.add_argument("--reason", default="", help="why (kept in the audit log)")

    p = sub.add_parser("operators", help="for IT: list, add, change, disable operators, reset a PIN, badge cards")
    ops = p.add_subparsers(dest="setup_action", required=True)
    x = ops.add_parser("list", parents=[demo], help="every operator (disabled ones last)")
    x.add_argument("--active", action="store_true", help="only the active ones")
    x = ops.add_parser("add", parents=[demo, why], help="add an operator")
    x.add_argument("code")
    x.add_argument("name")
    x.add_argument("--role", choices=["packer", "supervisor", "admin"], default="packer")
    x.add_argument("--badge", help="badge barcode")
    x.add_argument("--pin", help="packers 4–12 digits, supervisors and admins 6–12 (asked twice when not given)")
    x = ops.add_parser("edit", parents=[demo, why], help="change name, role or badge")
    x.add_argument("code")
    x.add_argument("--name")
    x.add_argument("--role", choices=["packer", "supervisor", "admin"])
    grp = x.add_mutually_exclusive_group()
    grp.add_argument("--badge", help="a new badge barcode")
    grp.add_argument("--no-badge", action="store_true", help="take the badge away")
    for name, text in (("disable", "the operator signs on nowhere"), ("enable", "the operator may sign on again")):
        x = ops.add_parser(name, parents=[demo], help=text)
        x.add_argument("code")
        x.add_argument("--reason", required=True, help="why (kept in the audit log)")
    x = ops.add_parser("reset-pin", parents=[demo], help="give an operator a new PIN")
    x.add_argument("code")
    x.add_argument("--pin", help="the new PIN (asked twice when not given)")
    x.add_argument("--reason", required=True, help="why (kept in the audit log)")
    x = ops.add_parser("badges", parents=[demo], help="badge cards as a PDF (A4, ten to a page)")
    x.add_argument("file", type=Path, help="where to write the PDF")
    x.add_argument("codes", nargs="*", metavar="CODE", help="these operators (default: every active one with a badge)")

    p = sub.add_parser("cartons", help="for IT: cartons and bags with their tare weights")
    cs = p.add_subparsers(dest="setup_action", required=True)
    x = cs.add_parser("list", parents=[demo], help="the cartons in use")
    x.add_argument("--all", action="store_true", help="retired ones too")
    x = cs.add_parser("add", parents=[demo, why], help="add a carton or bag")
    x.add_argument("code", help="the code the packer scans")
    x.add_argument("name")
    x.add_argument("grams", type=int, help="tare weight in grams")
    x.add_argument("--default", action="store_true", help="make it the default carton")
    x = cs.add_parser("edit", parents=[demo, why], help="change name or tare weight, or make it the default")
    x.add_argument("code")
    x.add_argument("--name")
    x.add_argument("--grams", type=int, help="tare weight in grams")
    x.add_argument("--default", action="store_true", help="make it the default carton")
    x = cs.add_parser("retire", parents=[demo], help="no longer scanned nor the default")
    x.add_argument("code")
    x.add_argument("--reason", required=True, help="why (kept in the audit log)")
    x.add_argument("--undo", action="store_true", help="bring a retired carton back")

    p = sub.add_parser("products", help="for IT: products and barcodes (list, change one, import a list)")
    ps = p.add_subparsers(dest="setup_action", required=True)
    x = ps.add_parser("list", parents=[demo], help="products whose SKU, name, style or barcode contains TEXT")
    x.add_argument("text", nargs="?", default="")
    x = ps.add_parser("edit", parents=[demo, why], help="change one product")
    x.add_argument("sku")
    for flag in ("name", "style", "colour", "size"):
        x.add_argument(f"--{flag}")
    x.add_argument("--grams", type=int, help="weight in grams")
    x.add_argument("--manual-check", help="what the packer checks by hand (\"\" for nothing)")
    x.add_argument("--active", choices=["yes", "no"], help="no: the product is no longer sold")
    x.add_argument("--add-barcode", action="append", default=[], metavar="CODE")
    x.add_argument("--remove-barcode", action="append", default=[], metavar="CODE")
    x = ps.add_parser("import", parents=[demo], help="import a products list (CSV/XLSX), all or nothing")
    x.add_argument("file", type=Path)

    p = sub.add_parser("settings", help="for IT: the settings every station shares")
    ss = p.add_subparsers(dest="setup_action", required=True)
    ss.add_parser("list", parents=[demo], help="each setting, its value and what applies when it is not set")
    x = ss.add_parser("set", parents=[demo], help="set one: weight_tolerance abs_g=60 pct=4 | default_courier ZTO (or JSON)")
    x.add_argument("key")
    x.add_argument("value", nargs="+")
    x.add_argument("--reason", required=True, help="why (kept in the audit log)")


def run(cfg, args, ready_db) -> int:
    from .domain.errors import ServiceError
    from .services.importing import ImportRejected

    db = ready_db(cfg, args.demo)
    try:
        line = HANDLERS[(args.command, args.setup_action)](db, args)
    except (ServiceError, ImportRejected) as exc:
        print(f"packstation: {exc}; nothing was changed", file=sys.stderr)
        return 1
    except _Refused as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(line)
    return 0


class _Refused(Exception):
    pass


def _pin(given: str | None) -> str:
    if given:
        return given
    first, second = getpass.getpass("PIN: "), getpass.getpass("PIN again: ")
    if first != second:
        raise _Refused("the two PINs differ; nothing was changed")
    return first


def _table(rows: list[list[str]], headers: list[str]) -> str:
    if not rows:
        return "(none)"
    cells = [headers, *rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]
    return "\n".join("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths)).rstrip() for r in cells)


def _width(text: str) -> int:
    """Columns on a terminal: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# ------------------------------------------------------------------------------------------ operators
def _ops_list(db, args) -> str:
    from .services import operators

    rows = operators.list_operators(db, include_disabled=not args.active)
    return _table([[o.code, o.name, o.role, o.badge or "-", "active" if o.active else "DISABLED"] for o in rows],
                  ["code", "name", "role", "badge", "state"])


def _ops_add(db, args) -> str:
    from .services import operators
    from .services.auth import CONSOLE

    o = operators.add_operator(db, CONSOLE, args.code, args.name, args.role, _pin(args.pin), args.badge, args.reason)
    return f"operator {o.code} ({o.name}, {o.role}) added"


def _ops_edit(db, args) -> str:
    from .services import operators
    from .services.auth import CONSOLE

    changes = {}
    if args.no_badge or args.badge is not None:
        changes["badge"] = None if args.no_badge else args.badge
    o = operators.edit_operator(db, CONSOLE, args.code, name=args.name, role=args.role, reason=args.reason, **changes)
    return f"operator {o.code}: {o.name}, {o.role}, badge {o.badge or '-'}"


def _ops_active(db, args) -> str:
    from .services import operators
    from .services.auth import CONSOLE

    o = operators.set_operator_active(db, CONSOLE, args.code, args.setup_action == "enable", args.reason)
    return f"operator {o.code} {'enabled' if o.active else 'disabled'}"


def _ops_pin(db, args) -> str:
    from .services import operators
    from .services.auth import CONSOLE

    o = operators.reset_pin(db, CONSOLE, args.code, _pin(args.pin), args.reason)
    return f"operator {o.code} ({o.name}, {o.role}) has a new PIN"


def _ops_badges(db, args) -> str:
    from .services import operators
    from .services.auth import CONSOLE

    pdf = operators.badge_cards_pdf(db, CONSOLE, args.codes or None)
    try:
        args.file.write_bytes(pdf)
    except OSError as exc:
        raise _Refused(f"cannot write {args.file}: {exc.strerror}") from None
    return f"badge cards written to {args.file} (A4, print at 100 %, cut along the grey lines)"


# ------------------------------------------------------------------------------------------ cartons
def _cartons_list(db, args) -> str:
    from .services import cartons

    rows = cartons.list_cartons(db, include_retired=args.all)
    return _table([[c.code, c.name, f"{c.weight_g} g", "default" if c.is_default else "",
                    "" if c.active else "RETIRED"] for c in rows], ["code", "name", "tare", "", ""])


def _cartons_add(db, args) -> str:
    from .services import cartons
    from .services.auth import CONSOLE

    c = cartons.add_carton(db, CONSOLE, args.code, args.name, args.grams, args.default, args.reason)
    return f"carton {c.code} ({c.name}, {c.weight_g} g{', default' if c.is_default else ''}) added"


def _cartons_edit(db, args) -> str:
    from .services import cartons
    from .services.auth import CONSOLE

    if args.name is None and args.grams is None and not args.default:
        raise _Refused("give --name, --grams or --default")
    known = {c.code: c for c in cartons.list_cartons(db, include_retired=True)}
    if args.default and args.code.strip() in known and not known[args.code.strip()].active:
        raise _Refused(f"carton {args.code.strip()} is retired: it cannot be the default; nothing was changed")
    if args.name is not None or args.grams is not None:
        cartons.edit_carton(db, CONSOLE, args.code, name=args.name, weight_g=args.grams, reason=args.reason)
    if args.default:
        cartons.set_default_carton(db, CONSOLE, args.code, args.reason)
    c = next(c for c in cartons.list_cartons(db, include_retired=True) if c.code == args.code.strip())
    return f"carton {c.code}: {c.name}, {c.weight_g} g{', default' if c.is_default else ''}"


def _cartons_retire(db, args) -> str:
    from .services import cartons
    from .services.auth import CONSOLE

    c = cartons.retire_carton(db, CONSOLE, args.code, args.reason, retired=not args.undo)
    return f"carton {c.code} {'in use again' if c.active else 'retired'}"


# ------------------------------------------------------------------------------------------ products
def _products_list(db, args) -> str:
    from .services import products

    rows = products.search_products(db, args.text)
    out = _table([[p.sku, p.name, p.style, p.colour, p.size, f"{p.weight_g} g", " ".join(p.barcodes) or "-",
                   "" if p.active else "INACTIVE"] for p in rows],
                 ["sku", "name", "style", "colour", "size", "weight", "barcodes", ""])
    if len(rows) == products.SEARCH_LIMIT:
        out += f"\n(the first {products.SEARCH_LIMIT}: narrow the search)"
    return out


def _products_edit(db, args) -> str:
    from .services import products
    from .services.auth import CONSOLE

    p = products.edit_product(db, CONSOLE, args.sku, name=args.name, style=args.style, colour=args.colour,
                              size=args.size, weight_g=args.grams, manual_check=args.manual_check,
                              active=None if args.active is None else args.active == "yes",
                              add_barcodes=args.add_barcode, remove_barcodes=args.remove_barcode, reason=args.reason)
    return (f"{p.sku}: {p.name} {p.style} {p.colour} {p.size}, {p.weight_g} g, barcodes "
            f"{' '.join(p.barcodes) or '-'}{'' if p.active else ', inactive'}")


def _products_import(db, args) -> str:
    from .cli import import_summary
    from .services import products
    from .services.auth import CONSOLE

    return import_summary(products.import_products(db, CONSOLE, args.file))


# ------------------------------------------------------------------------------------------ settings
def _settings_list(db, args) -> str:
    import json

    from .services import settings

    def shown(v) -> str:
        return json.dumps(v, ensure_ascii=False) if v is not None else "-"

    return _table([[r.key, shown(r.value) if r.value is not None else f"(not set: {shown(r.default)})",
                    r.description] for r in settings.list_settings(db)], ["key", "value", "what it is"])


def _settings_set(db, args) -> str:
    import json

    from .services import settings, supervisor
    from .services.auth import CONSOLE

    value = settings.parse_text(args.key, " ".join(args.value))
    supervisor.change_setting(db, CONSOLE, args.key, value, args.reason)
    now = next(r for r in settings.list_settings(db) if r.key == args.key)
    return f"{args.key} = {json.dumps(now.value, ensure_ascii=False)}"


HANDLERS = {
    ("operators", "list"): _ops_list, ("operators", "add"): _ops_add, ("operators", "edit"): _ops_edit,
    ("operators", "disable"): _ops_active, ("operators", "enable"): _ops_active,
    ("operators", "reset-pin"): _ops_pin, ("operators", "badges"): _ops_badges,
    ("cartons", "list"): _cartons_list, ("cartons", "add"): _cartons_add, ("cartons", "edit"): _cartons_edit,
    ("cartons", "retire"): _cartons_retire,
    ("products", "list"): _products_list, ("products", "edit"): _products_edit,
    ("products", "import"): _products_import,
    ("settings", "list"): _settings_list, ("settings", "set"): _settings_set,
}
