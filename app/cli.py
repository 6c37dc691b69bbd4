"""The `packstation` command: run (default), import, doctor."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packstation", description="PackStation packing station")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="", help="language of the screens")
    parser.add_argument("--config", type=Path, help="config file (default: packstation.toml in the data dir)")
    sub = parser.add_subparsers(dest="command")
    p_run = sub.add_parser("run", help="start the station (default)")
    p_run.add_argument("--demo", action="store_true", help="simulated devices and sample orders")
    p_run.add_argument("--exit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    p_imp = sub.add_parser("import", help="import orders or products (CSV/XLSX)")
    p_imp.add_argument("file", type=Path, nargs="+",
                       help="the file; or Taobao's two (订单报表 ExportOrderList + 宝贝报表 ExportOrderDetailList, "
                            "in either order)")
    p_imp.add_argument("--preview", action="store_true",
                       help="say what the import would change, and write nothing")
    p_imp.add_argument("--mapping", help="saved column mapping for a generic file")
    p_imp.add_argument("--demo", action="store_true", help="into the demo database")
    p_imp.add_argument("--shop", help="the shop (code or name) of orders whose rows name none")
    p_doc = sub.add_parser("doctor", help="check the program's files, the database and the configured devices")
    p_doc.add_argument("--no-devices", action="store_true", help="skip the device checks (scale, printer, scanner)")
    p_cmd = sub.add_parser("commands", help="the command barcodes a packer scans instead of pressing keys")
    p_cmd.add_argument("action", choices=["card"])
    p_cmd.add_argument("file", type=Path, help="where to write the command card (PDF, A4)")
    p_bak = sub.add_parser("backup", help="back the database up now: SQLite online backup, or pg_dump for "
                                          "PostgreSQL (checked)")
    p_bak.add_argument("--to", type=Path, metavar="DIR", help="into DIR (default: the backup folder, rotated)")
    p_bak.add_argument("--demo", action="store_true", help="the demo database")
    p_res = sub.add_parser("restore", help="replace the database with a backup (stop the station first); "
                                           "PostgreSQL: pg_restore into an empty database only")
    p_res.add_argument("file", type=Path, help="a backup file (packstation-YYYYMMDD-HHMMSS.db, or .dump)")
    p_res.add_argument("--demo", action="store_true", help="the demo database")
    p_wb = sub.add_parser("waybills", help="load waybill numbers into a courier's pool")
    p_wb.add_argument("courier", help="courier code: SF, ZTO, YTO, STO, YUNDA, JD, EMS")
    grp = p_wb.add_mutually_exclusive_group(required=True)
    grp.add_argument("--range", nargs=4, metavar=("PREFIX", "FIRST", "COUNT", "DIGITS"),
                     help="PREFIX + FIRST … FIRST+COUNT-1, zero-padded to DIGITS")
    grp.add_argument("--file", type=Path, help="a text file with one number per line")
    p_wb.add_argument("--demo", action="store_true", help="into the demo database")
    p_dev = sub.add_parser("devices", help="for IT: list attached devices, or test one by URL")
    p_dev.add_argument("action", choices=["list", "test"])
    p_dev.add_argument("url", nargs="?", help="with test: the device URL (scale, printer or scanner)")
    p_dev.add_argument("--kind", choices=["scale", "printer", "scanner"], help="what the URL is, if unclear")
    p_dev.add_argument("--timeout", type=float, default=15.0, help="seconds to wait for a scan or a reading")
    p_map = sub.add_parser("mapping", help="save a column mapping for generic order or product files")
    p_map.add_argument("name", nargs="?", help="mapping name (omit to list the saved ones)")
    p_map.add_argument("pairs", nargs="*", metavar="FIELD=HEADER",
                       help="e.g. order_no=单号 recipient_name=收件人 address=地址 phone=电话 sku=货号 qty=数量")
    p_map.add_argument("--demo", action="store_true", help="into the demo database")
    p_op = sub.add_parser("operator", help="add an operator (packer, supervisor, admin), or set one's PIN")
    p_op.add_argument("code")
    p_op.add_argument("name", nargs="?", help="the operator's name (to add one)")
    p_op.add_argument("--role", choices=["packer", "supervisor", "admin"], default="packer")
    p_op.add_argument("--badge", help="badge barcode")
    p_op.add_argument("--pin", help="PIN (packers 4–12 digits, supervisors and admins 6–12); asked for when "
                                    "not given")
    p_op.add_argument("--set-pin", action="store_true", help="give the existing operator CODE a new PIN")
    p_op.add_argument("--demo", action="store_true", help="into the demo database")
    p_db = sub.add_parser("db", help="for IT: the shared PostgreSQL server (migrate to it, station role, "
                                     "upgrade)")
    db_sub = p_db.add_subparsers(dest="db_action", required=True)
    p_mt = db_sub.add_parser("migrate-to", help="copy this station's SQLite database into an empty PostgreSQL "
                                                "database (the SQLite file is not changed)")
    p_mt.add_argument("url", help="the target, e.g. postgresql://packstation_owner@db-host/packstation")
    p_mt.add_argument("--from", dest="source", type=Path, metavar="FILE",
                      help="the SQLite file (default: this station's database)")
    p_mt.add_argument("--force", action="store_true", help="replace what the target database holds")
    p_mt.add_argument("--demo", action="store_true", help="the demo database")
    p_gr = db_sub.add_parser("grant-station", help="print the GRANTs a station role needs (no UPDATE or DELETE "
                                                   "on the audit log); --apply runs them as the owner")
    p_gr.add_argument("role", help="the stations' role, e.g. packstation_station")
    p_gr.add_argument("--apply", action="store_true",
                      help="run them on database.url (connect as the owner of the tables)")
    db_sub.add_parser("upgrade", help="migrate database.url to this program's schema now (as the owner)")
    from .cli_setup import COMMANDS as SETUP_COMMANDS, add_parsers as add_setup_parsers

    add_setup_parsers(sub)  # operators, cartons, products, settings (app/cli_setup.py)
    from . import cli_couriers

    cli_couriers.register(sub)
    from . import cli_courier_rules

    cli_courier_rules.register(sub)
    sub.add_parser("selftest-pack", help=argparse.SUPPRESS)  # packaging/selfcheck: one demo order, packed
    from . import cli_shops

    cli_shops.add_parsers(sub)
    # `packstation --demo` is `packstation run --demo`
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not any(a in ("run", "import", "doctor", "commands", "waybills", "operator", "mapping", "devices", "backup", "restore", "db",
                     "couriers", "courier-rules", "selftest-pack", "shops", "shipments", *SETUP_COMMANDS, "-h",
                     "--help") for a in args_in):
        args_in = ["run", *args_in] if "--lang" not in args_in else _insert_run(args_in)
    args = parser.parse_args(args_in)
    _logging()

    from . import config

    try:
        cfg = config.load(args.config)
    except config.ConfigError as exc:
        print(f"packstation: configuration error: {exc}", file=sys.stderr)
        return 2
    from .maintenance import database_url, hide_password_in_logs

    hide_password_in_logs(database_url(cfg, getattr(args, "demo", False)))
    from .maintenance import MaintenanceError

    try:
        return _command(cfg, args)
    except MaintenanceError as exc:  # what IT must do, in words (a server not reached, a newer schema …)
        print(f"packstation: {exc}", file=sys.stderr)
        return 1


def _command(cfg, args) -> int:
    from . import cli_shops

    if cli_shops.is_command(args.command or ""):
        return cli_shops.run(cfg, args, _ready_db)
    if args.command == "import":
        return _import(cfg, args.file, args.mapping, args.demo, args.shop, args.preview)
    if args.command == "db":
        return _db(cfg, args)
    if args.command == "selftest-pack":
        return _selftest_pack(cfg)
    if args.command == "doctor":
        return _doctor(cfg, args.no_devices)
    if args.command == "commands":
        return _commands(cfg, args)
    if args.command == "waybills":
        return _waybills(cfg, args)
    if args.command == "couriers":
        from . import cli_couriers

        return cli_couriers.run(cfg, args, _ready_db)
    if args.command == "courier-rules":
        from . import cli_courier_rules

        return cli_courier_rules.run(cfg, args, _ready_db)
    if args.command == "operator":
        return _operator(cfg, args)
    if args.command == "mapping":
        return _mapping(cfg, args)
    if args.command in ("operators", "cartons", "products", "settings"):
        from .cli_setup import run as run_setup

        return run_setup(cfg, args, _ready_db)
    if args.command == "devices":
        return _devices(cfg, args)
    if args.command in ("backup", "restore"):
        return _backup(cfg, args) if args.command == "backup" else _restore(cfg, args)
    from .ui.app import run

    return run(cfg, demo=args.demo, lang=args.lang, exit_after_ms=args.exit_after)


def _insert_run(args: list[str]) -> list[str]:
    out = list(args)
    i = out.index("--lang")
    return out[:i + 2] + ["run"] + out[i + 2:]


def _database(cfg, demo: bool):
    from .db import Database, default_url

    url = cfg.database_url or (default_url().replace("packstation.db", "demo.db") if demo else default_url())
    return Database(url)


def _import(cfg, files: list[Path] | Path, mapping: str | None, demo: bool, shop: str | None = None,
            preview: bool = False) -> int:
    from .services import importing

    from .services.import_pair import import_files

    files = [files] if isinstance(files, Path) else list(files)
    if len(files) > 2:
        print("packstation: import takes one file, or Taobao's two (订单报表 + 宝贝报表)", file=sys.stderr)
        return 2
    path = files[0]
    db = _ready_db(cfg, demo)
    try:
        result = import_files(db, files, shop=shop, preview=preview, mapping=mapping)
    except importing.ImportRejected as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return 1
    except Exception:  # a bug, not the file: the user gets a sentence, the log gets the traceback
        logging.getLogger("packstation.import").info("import of %s failed", path, exc_info=True)
        print(f"packstation: {path.name} was not imported (nothing was changed): the program failed on it; "
              "the details are in the log file", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(import_summary(result))
    return 0


def import_summary(r) -> str:
    """What an import did, in a few lines for the person who ran it (the IT console is English)."""
    if r.already_imported:
        return f"{r.filename}: already imported (the same file, byte for byte): nothing changed"
    lines = [f"{r.filename}: {r.rows:,} row{'s' if r.rows != 1 else ''} read"
             + (" — PREVIEW: nothing was written; this is what the import would do" if r.preview else "")]
    if r.kind == "products":
        lines.append(f"products: {r.products_added:,} new, {r.products_updated:,} updated")
        if r.released:
            lines.append(f"released (their products arrived): {_some(r.released)}")
        return "\n".join(lines)
    parts = [f"{r.orders_added:,} new", f"{r.orders_updated:,} updated", f"{r.orders_skipped:,} unchanged"]
    if r.conflicts:
        parts.append(f"{len(r.conflicts):,} queued for the supervisor (changed after reaching a packing station, "
                     "shipped or cancelled: not applied)")
    if r.held:
        parts.append(f"{len(r.held):,} held and queued (a size or colour change that needs a person)")
    if r.orders_waiting:
        parts.append(f"{r.orders_waiting:,} waiting for a bank transfer (flag green when it arrives)")
    if r.orders_ignored:
        parts.append(f"{r.orders_ignored:,} not paid yet (ignored)")
    lines.append("orders: " + ", ".join(parts))
    for name, numbers in sorted(r.unknown_shops.items()):
        what = f"shop “{name}” is not set up (or retired)" if name else "no shop named, and no shop is the default"
        shown = ", ".join(numbers[:10]) + (f" and {len(numbers) - 10:,} more" if len(numbers) > 10 else "")
        lines.append(f"{what}: {len(numbers):,} order{'s' if len(numbers) != 1 else ''} imported but stopped at "
                     f"the scan until it is added (packstation shops add): {shown}")
    for label, numbers in (("queued", r.conflicts), ("held", r.held),
                           ("intercepted (refund or closed on the platform: the packer is stopped)",
                            r.refund_alerts),
                           ("waiting for a line without SKU (商家编码): give it its SKU or drop it at the desk",
                            r.no_sku),
                           ("oversold (超卖: held, the stock does not cover them after the orders paid before)",
                            r.oversold)):
        if numbers:
            lines.append(f"{label}: {_some(numbers)}")
    if r.waiting:
        n = len({no for nos in r.waiting.values() for no in nos})
        lines.append(f"waiting for products not in the product list ({n:,} orders held until they are added):")
        for sku, nos in sorted(r.waiting.items()):
            lines.append(f"  {sku}: {_some(nos)}")
    if r.preview and r.added_orders:
        more = r.orders_added - min(10, len(r.added_orders))
        lines.append(f"new: {', '.join(r.added_orders[:10])}" + (f" and {more:,} more" if more > 0 else ""))
    if r.preview and r.changes:
        lines.append("what changes:")
        for no, outcome, changes in r.changes[:20]:
            lines.append(f"  {no} ({outcome}): {'; '.join(change_text(c) for c in changes) or 'no field'}")
        if len(r.changes) > 20:
            lines.append(f"  … and more ({r.orders_updated + len(r.held) + len(r.conflicts):,} orders change)")
    return "\n".join(lines)


def change_text(c: dict) -> str:
    """One change an import makes to an order already here, in a few English words (the IT console)."""
    what = c.get("what")
    if what == "line":
        parts = [f"{k} {c[k][0]} → {c[k][1]}" for k in ("qty", "title", "price") if k in c]
        return f"line {c['line']} {c['sku']}: {', '.join(parts)}"
    if what == "variant":
        old = c["sku"][0] if isinstance(c["sku"][0], str) else " or ".join(c["sku"][0])
        return f"line {c['line'] or '?'} {old} → {c['sku'][1]} × {c['qty'][1]}"
    if what == "add":
        return f"new line {c['line']} {c['sku']} × {c['qty']}"
    if what == "waiting":
        return f"waits for {', '.join(s or '(no SKU)' for s in c['to'])}"
    return f"{what} “{c.get('from')}” → “{c.get('to')}”"


def _some(numbers: list[str], n: int = 10) -> str:
    return ", ".join(numbers[:n]) + (f" and {len(numbers) - n:,} more" if len(numbers) > n else "")


def _ready_db(cfg, demo: bool):
    """The database at this program's schema with its reference data; MaintenanceError (said in words) for a
    server that cannot be reached or a schema a newer program made."""
    from sqlalchemy import exc as sa_exc

    from .maintenance import MaintenanceError
    from .pgserver import explain, refuse_ahead
    from .services import demo as demo_svc

    db = _database(cfg, demo)
    try:
        refuse_ahead(db.engine)
        db.upgrade()
        with db.session() as s:
            demo_svc.ensure_reference_data(s)
    except sa_exc.OperationalError as exc:
        db.dispose()
        if db.engine.dialect.name != "postgresql":
            raise
        raise MaintenanceError(explain(exc, db.url)) from None
    except BaseException:
        db.dispose()
        raise
    return db


def _waybills(cfg, args) -> int:
    from .services import waybills

    db = _ready_db(cfg, args.demo)
    try:
        if args.range:
            prefix, first, count, digits = args.range
            try:
                numbers = waybills.expand_range(prefix, int(first), int(count), int(digits))
            except ValueError:
                raise waybills.PoolError("FIRST, COUNT and DIGITS must be whole numbers") from None
        else:
            lines = args.file.read_text(encoding="utf-8-sig").splitlines()
            numbers = [ln.strip() for ln in lines if ln.strip()]
            for i, ln in enumerate(lines, 1):
                if ln.strip() and not waybills.NUMBER_RE.match(ln.strip()):
                    raise waybills.PoolError(f"{args.file}, line {i}: not a waybill number: {ln.strip()!r}")
        with db.session() as s:
            result = waybills.load_numbers(s, args.courier, numbers)
            free = waybills.free_count(s, waybills.courier_by_code(s, args.courier).id)
    except (waybills.PoolError, OSError) as exc:
        print(f"packstation: {exc}; nothing loaded", file=sys.stderr)
        return 1
    print(f"{result.courier}: {result.added} numbers added, {result.duplicates} already known; {free} free")
    return 0


def _devices(cfg, args) -> int:
    from .devices.discovery import devices_list_text, devices_test

    if args.action == "list":
        print(devices_list_text())
        return 0
    if not args.url:
        print("packstation: devices test needs a URL, e.g. tcp://10.0.0.20:9100", file=sys.stderr)
        return 2
    line = devices_test(args.url, kind=args.kind, timeout_s=args.timeout, label_size=cfg.label_size)
    print(line)
    return 1 if line.startswith("FAIL") else 0


def _mapping(cfg, args) -> int:
    from .services import importing

    db = _ready_db(cfg, args.demo)
    if not args.name:
        for name in importing.list_mappings(db):
            print(f"{name}: {importing.load_mapping(db, name)}")
        return 0
    pairs = {}
    for pair in args.pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            print(f"packstation: {pair!r} is not FIELD=HEADER", file=sys.stderr)
            return 1
        pairs[field.strip()] = header.strip()
    if not pairs:
        print("packstation: give at least one FIELD=HEADER", file=sys.stderr)
        return 1
    try:
        importing.save_mapping(db, args.name, pairs)
    except ValueError as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return 1
    print(f"mapping {args.name!r} saved: use `packstation import FILE --mapping {args.name}`")
    return 0


def _operator(cfg, args) -> int:
    """`packstation operator CODE NAME …` and `operator CODE --set-pin`, as before: now `operators add` and
    `operators reset-pin` (app/cli_setup.py), the same service and audit."""
    if not args.set_pin and not args.name:
        print("packstation: give the operator's NAME (or --set-pin to change an existing operator's PIN)",
              file=sys.stderr)
        return 2
    from .cli_setup import run as run_setup

    args.command, args.setup_action = "operators", "reset-pin" if args.set_pin else "add"
    args.reason = "set by IT" if args.set_pin else ""
    return run_setup(cfg, args, _ready_db)


def _doctor(cfg, no_devices: bool = False) -> int:
    from . import __version__, config, maintenance, paths
    from .db import Database, default_url, head_revision, is_postgres
    from .pgserver import schema_state

    ok = True
    print(f"PackStation {__version__}{' (bundle)' if getattr(sys, 'frozen', False) else ''}")
    sys_file = config.system_path()
    print(f"system config: {sys_file or '(none)'}{'' if sys_file is None or sys_file.exists() else ' (not there)'}")
    user_file = config.default_path()
    print(f"user config:   {user_file}{'' if user_file.exists() else ' (not there)'}")
    print(f"config file:   {cfg.source or '(none: defaults)'}")
    for key in sorted(cfg.origins):
        print(f"  {key} from {cfg.origins[key]}")
    print(f"data dir:      {paths.data_dir()}")
    print(f"log dir:       {paths.log_dir()}")
    print(f"resources:     {paths.resources_dir()}")
    font = paths.cjk_font_path()
    print(f"CJK font:      {font} ({'ok' if font.exists() else 'MISSING'})")
    ok &= font.exists()
    for check in maintenance.check_resources():
        print(f"  {check.name + ':':<28} {'ok' if check.ok else 'MISSING'}  {check.detail}")
        ok &= check.ok
    url = cfg.database_url or default_url()
    print(f"database:      {maintenance.safe_url(url)}")
    if is_postgres(url):
        ok &= _doctor_server(url)
    else:
        try:
            db = Database(url)
            head = head_revision(db.engine)
            state = schema_state(db.engine)
            if state.state == "ahead":
                raise maintenance.MaintenanceError(f"schema {state.line()}")
            db.upgrade()
            with db.engine.connect() as conn:
                check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                print(f"integrity:     {check}")
                ok &= check == "ok"
            print(f"schema:        {db.current_revision()} (head {head})")
            ok &= db.current_revision() == head
            ok &= _doctor_audit(db)
            db.dispose()
        except Exception as exc:  # doctor reports, it does not crash
            print(f"database:      ERROR {maintenance.redact(exc, url)}")
            ok = False
    if maintenance.sqlite_file(url) is not None:
        bdir = maintenance.backup_dir(cfg)
        last = maintenance.last_backup_time(bdir)
        print(f"backups:       {bdir}: {len(maintenance.backups_in(bdir))} kept (keep {cfg.backup_keep}), "
              f"newest {last:%Y-%m-%d %H:%M}" if last else f"backups:       {bdir}: none yet")
        newest = maintenance.backups_in(bdir)[-1:] if last else []
        if newest and maintenance.sqlite_file(url).is_file():
            rewritten = maintenance.audit_rewritten_since(maintenance.sqlite_file(url), newest[0])
            print(f"audit vs backup: {rewritten or 'ok, the newest backup is the start of the chain'}")
            ok &= not rewritten
    if not no_devices:
        from .devices.discovery import check_configured_devices

        print("devices:")
        for c in check_configured_devices(cfg):
            warn = " (warning: paper low)" if c.ok and c.code == "paper_low" else ""
            print(f"  {c.name + ':':<28} {'ok' if c.ok else 'FAIL'}  {c.detail}{warn}")
            ok &= c.ok
    print("result:        " + ("OK" if ok else "PROBLEMS FOUND"))
    return 0 if ok else 1


def _doctor_audit(db) -> bool:
    from .services.audit import verify_audit_chain

    chain = verify_audit_chain(db)
    print(f"audit log:     {chain.line()}")
    if chain.ok:
        print(f"  chain head:  {chain.head_id} {chain.head_hash} (note it: a later head must follow from it)")
    return chain.ok


def _doctor_server(url: str) -> bool:
    """The PostgreSQL server: reachable, version, TLS, clock, schema; then the audit chain when at head. Doctor
    never migrates a shared server (a station's role may not; `packstation db upgrade` does, as the owner)."""
    from . import maintenance, pgserver
    from .db import Database

    try:
        db = Database(url)
    except Exception as exc:  # noqa: BLE001 - an URL the driver does not take
        print(f"database:      ERROR {maintenance.redact(exc, url)}")
        return False
    try:
        checks, state = pgserver.check_server(url, engine=db.engine)
    finally:
        db.dispose()
    ok = True
    for c in checks:
        word = "WARN" if c.ok and c.detail.startswith("warning:") else ("ok" if c.ok else "FAIL")
        detail = c.detail.removeprefix("warning: ")
        print(f"  {c.name + ':':<28} {word}  {detail}")
        ok &= c.ok
    if state is None or not ok:
        return False
    if state.state != "head":
        print("audit log:     not checked until the database is migrated")
        return ok
    try:
        db = Database(url)
        try:
            ok &= _doctor_audit(db)
        finally:
            db.dispose()
    except Exception as exc:  # noqa: BLE001 - doctor reports, it does not crash
        print(f"audit log:     ERROR {maintenance.redact(exc, url)}")
        ok = False
    return ok


def _commands(cfg, args) -> int:
    from .labels.command_card import command_card_pdf

    try:
        args.file.write_bytes(command_card_pdf(cfg.station_name))
    except OSError as exc:
        print(f"packstation: cannot write {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"command card written to {args.file} (A4, print it at 100 %)")
    return 0


def _backup(cfg, args) -> int:
    from . import maintenance, pgserver

    url = maintenance.database_url(cfg, args.demo)
    db_file = maintenance.sqlite_file(url)
    dest_dir, keep = (args.to, None) if args.to else (maintenance.backup_dir(cfg), cfg.backup_keep)
    try:
        if db_file is None:
            dest = pgserver.dump(url, dest_dir, keep=keep)
            print(f"backup written: {dest} ({dest.stat().st_size:,} bytes, pg_dump custom format, checked with "
                  "pg_restore --list)")
            return 0
        dest = maintenance.backup(db_file, dest_dir, keep=keep)
    except (maintenance.MaintenanceError, OSError) as exc:
        print(f"packstation: backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"backup written: {dest} ({dest.stat().st_size:,} bytes, checked)")
    return 0


def _restore(cfg, args) -> int:
    from . import maintenance, pgserver

    url = maintenance.database_url(cfg, args.demo)
    db_file = maintenance.sqlite_file(url)
    try:
        if db_file is None:
            pgserver.restore_dump(args.file, url)
            print(f"restored {maintenance.safe_url(url)} from {args.file}")
            from .db import Database

            db = Database(url)
            try:
                _doctor_audit(db)
            finally:
                db.dispose()
            print("grants are not restored: give the station role its grants again "
                  "(packstation db grant-station ROLE --apply)")
            return 0
        kept = maintenance.restore(args.file, db_file, maintenance.backup_dir(cfg))
    except (maintenance.MaintenanceError, OSError) as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return 1
    print(f"restored {db_file} from {args.file}")
    if kept:
        print(f"the database as it was before is kept in {kept}")
    return 0


def _db(cfg, args) -> int:
    """packstation db migrate-to URL | grant-station ROLE [--apply] | upgrade"""
    from . import maintenance, pgserver

    url = maintenance.database_url(cfg, getattr(args, "demo", False))
    if args.db_action == "migrate-to":
        from .db import normalise_url

        target = normalise_url(args.url)
        maintenance.hide_password_in_logs(target)
        source = args.source or maintenance.sqlite_file(url)
        if source is None:
            print(f"packstation: this station's database is {maintenance.safe_url(url)}, not a SQLite file: "
                  "give the file to move with --from FILE", file=sys.stderr)
            return 2
        print(f"moving {source} to {maintenance.safe_url(target)} (the SQLite file is not changed)")
        report = pgserver.migrate_to(source, target, force=args.force, progress=print)
        if report.replaced:
            print("replaced what the target held: " + ", ".join(f"{k} {v:,}" for k, v in
                                                                 sorted(report.replaced.items())))
        total = sum(report.rows.values())
        print(f"copied {total:,} rows in {len(report.rows)} tables in {report.seconds:.1f} s; every table's row "
              "count checked against the source")
        print("ids continue from: " + ", ".join(f"{k} {v:,}" for k, v in sorted(report.sequences.items())
                                               if report.rows.get(k)))
        from .db import Database

        db = Database(target)
        try:
            chain_ok = _doctor_audit(db)
        finally:
            db.dispose()
        print(f"next: set [database] url = \"{maintenance.safe_url(target)}\" on the stations (the station role's "
              "URL: see `packstation db grant-station`), and keep the SQLite file as it is")
        return 0 if chain_ok else 1
    if args.db_action == "grant-station":
        if args.apply:
            statements = pgserver.apply_grants(url, args.role)
            for st in statements:
                print(st + ";")
            print(f"granted on {maintenance.safe_url(url)}: {args.role} may read and write the data, only "
                  "insert into audit_log, not change the schema")
            return 0
        from sqlalchemy.engine import make_url

        from .db import is_postgres

        dbname = make_url(url).database if is_postgres(url) else "packstation"
        for st in pgserver.grant_statements(args.role, dbname):
            print(st + ";")
        return 0
    if args.db_action == "upgrade":
        from .db import Database

        db = Database(url, statement_timeout_ms=None)
        try:
            before = pgserver.schema_state(db.engine)
            if before.state == "ahead":
                raise maintenance.MaintenanceError(f"the database's schema is {before.line()}")
            head = db.upgrade()
        finally:
            db.dispose()
        print(f"{maintenance.safe_url(url)}: schema {before.current or '(empty)'} -> {head}"
              + (" (already at head)" if before.state == "head" else ""))
        if before.state != "head" and db.engine.dialect.name == "postgresql":
            print("give the station role its grants on any new table: packstation db grant-station ROLE --apply")
        return 0
    return 2


def _selftest_pack(cfg) -> int:
    """The bundle's self-check (packaging/selfcheck.sh): the demo data into the configured database, then one
    demo order packed through the station service with a simulated printer, as a packer would; prints the
    database driver in use (the bundled libpq)."""
    from . import maintenance, paths
    from .devices.printers import open_printer
    from .domain.packflow import Phase
    from .pgserver import driver_line
    from .services import demo as demo_svc
    from .services.station import StationService, label_renderer

    db = _ready_db(cfg, True)
    try:
        demo_svc.seed_demo(db)
        card = demo_svc.demo_card(db)
        order = card.orders[0]
        badge = next(op[3] for op in card.operators if op[4] == "packer")
        printer = open_printer("sim://printer", sim_folder=paths.data_dir() / "sim-printer")
        st = StationService(db, cfg.station_name, printer,
                            render_label=label_renderer(cfg.label_language, cfg.label_size))
        st.sign_on(badge)
        st.scan(order.order_no)
        for code, _what, qty in order.items:
            for _ in range(qty):
                st.scan(code)
        st.weight(0, True)
        st.weight(st.state.expected_g, True)
        state = st.sign_off()
    finally:
        db.dispose()
    if state.phase is not Phase.DONE:
        print(f"packstation: the demo order {order.order_no} was not packed ({state.phase.name})", file=sys.stderr)
        return 1
    print(f"packed demo order {order.order_no} on {maintenance.safe_url(db.url)}")
    print(f"driver: {driver_line()}")
    return 0


def _logging() -> None:
    """Warnings to the console; INFO and up to a rotating file in the user's log directory."""
    from logging.handlers import RotatingFileHandler

    from . import paths

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console.setFormatter(fmt)
    root.addHandler(console)
    try:
        fh = RotatingFileHandler(paths.log_dir() / "packstation.log", maxBytes=2_000_000, backupCount=5,
                                 encoding="utf-8")
        fh.setFormatter(fmt)
        root.addHandler(fh)
    except OSError as exc:
        root.warning("no log file: %s", exc)
    logging.getLogger("alembic").setLevel(logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
