"""Importing orders (no Qt): the Taobao export, or any order file read with a saved column mapping.

Two passes, so that a bad file is refused whole and a good file of any size needs little memory:

1. **Check.** The file is read row by row; every cell is checked, and the rows of one order (next to each
   other or far apart) are gathered into that order in a staging file (SQLite, in a temporary folder). A
   row that disagrees with an earlier row of the same order (another recipient, 交易关闭 after 等待发货) is
   an error naming both rows. The database is only read; the first MAX_ERRORS problems are raised together.
2. **Write.** Only a file without problems is written: in one transaction, from the staging file, in
   batches. Checking first, rather than writing as we read and rolling back on the first error, keeps the
   write transaction short (on SQLite it holds the write lock that the stations need for every scan, on
   PostgreSQL the rows' locks) and means a write never starts on a file that will be refused.

An order already in the database, by its state:

* **open** (not yet on a station): updated as the file says. Fields and quantities change; a size or colour
  change replaces the line of the same model (型号, else the same name) that the file no longer names; other
  SKUs are added as lines. A line the file does not mention stays. The revision goes up, so a station that
  shows the order reloads it. When it is unclear which line a new size replaces (two lines of that model
  not named), nothing is changed: the order is held (yellow flag) and the change queued.
* **packing, shipped or cancelled**: never changed by an import. A change is queued for the supervisor (an
  ORDER_CHANGED case that describes it; the same change is queued once). A refund requested, or the order
  closed on the platform, is the one thing that reaches such an order: it is intercepted (the refund flag
  stops the packer and keeps the parcel back at the pickup) and an INTERCEPT case is opened.
"""
from __future__ import annotations

import json
import marshal
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..models import (
    CaseKind, ExceptionCase, Flag, ImportBatch, Order, OrderLine, OrderStatus, PendingLine, Product, utcnow,
)
from . import courier_rules, pending_lines, stock
from .import_read import PREVIEW_ORDERS, ErrorList, ImportResult, Table
from .import_values import (
    MAX_QTY, MAXLEN, bank_transfer, clean_cells, code_problem, drop_lookalikes, shown, order_no_problem, parse_address, parse_count, parse_money,
    parse_phone, parse_postcode, parse_status, parse_time, phone_problem, refund_from_column,
)
from .shops import known_shop_names, shop_of
from .supervisor import open_case

# Fields of the order (not of a line): every row of an order may repeat them, none may contradict them.
ORDER_LEVEL = ("recipient_name", "phone", "address", "province", "city", "district", "postcode", "buyer_id",
               "shop", "seller_note", "buyer_note", "channel", "status", "amount", "paid_at")
_BATCH = 2000   # orders per staging look-up and per database write
_CHUNK = 5000   # rows per executemany
_ZERO = Decimal("0.00")
_NOTES = ("seller_note", "buyer_note")
_STATUS = {"": OrderStatus.OPEN} | {st.value: st for st in OrderStatus}
_FIRST_SLOT = 5  # see _slots

class Rollback(Exception):
    """Raised inside an import's session to undo all of it (a preview); carries what the import would do."""

    def __init__(self, result: ImportResult):
        super().__init__("preview: rolled back")
        self.result = result


def import_orders(db, table: Table, cols: dict[str, list[int]], sha: str, kind: str, channel: str,
                  shop: str = "", dry_run: bool = False) -> ImportResult:
    """Check and write the orders of ``table``. ``dry_run`` (a preview): everything is done exactly as an
    import would, in its one transaction, which is then rolled back: the result says what the import would
    do, and nothing is kept."""
    errors = ErrorList(table)
    with db.session() as s:
        known = known_shop_names(s)
        default = shop_of(s, "")
        if default is not None:
            known.add("")  # an order naming no shop is the default shop's
        # SKU -> (product id, model): the style (型号), or the name where the products list gives no style —
        # the sizes and colours of one model are what a re-import may swap
        products = {sku: (pid, style or f"name:{name}")
                    for pid, sku, style, name in s.execute(select(Product.id, Product.sku, Product.style, Product.name))}
    with tempfile.TemporaryDirectory(prefix="packstation-import-") as tmp:
        stage = _Stage(Path(tmp) / "orders.db")
        try:
            n_rows = _check(table, cols, products, errors, stage)
            errors.raise_if_any()
            return _write(db, table, cols, sha, kind, channel, stage, n_rows, products, shop, known, dry_run)
        finally:
            stage.close()


# --------------------------------------------------------------------------------------------- staging


class _Stage:
    """The orders of the file being checked, one record per order (marshal: plain lists, dicts, text and
    numbers), in a throw-away SQLite file. Records keep the order of the orders' first rows."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE staged (order_no TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.db.execute("BEGIN")

    def lookup(self, order_nos: list[str]) -> dict[str, tuple[int, dict]]:
        found: dict[str, tuple[int, dict]] = {}
        for i in range(0, len(order_nos), 500):
            chunk = order_nos[i:i + 500]
            sql = f"SELECT order_no, rowid, data FROM staged WHERE order_no IN ({','.join('?' * len(chunk))})"
            for no, rowid, data in self.db.execute(sql, chunk):
                found[no] = (rowid, marshal.loads(data))
        return found

    def put(self, new: list[tuple[str, bytes]], changed: list[tuple[bytes, int]]) -> None:
        self.db.executemany("INSERT INTO staged (order_no, data) VALUES (?, ?)", new)
        self.db.executemany("UPDATE staged SET data = ? WHERE rowid = ?", changed)

    def batches(self, n: int) -> Iterator[list[tuple[str, dict]]]:
        cur = self.db.execute("SELECT order_no, data FROM staged ORDER BY rowid")
        while batch := cur.fetchmany(n):
            yield [(no, marshal.loads(data)) for no, data in batch]

    def close(self) -> None:
        self.db.close()


# --------------------------------------------------------------------------------------------- pass 1


def _phone(val: str):
    p = parse_phone(val)
    return (p, None) if p else (None, phone_problem(val))


def _address(val: str):
    if len(val) > 2 * MAXLEN["address"]:
        return None, f"the address is longer than {MAXLEN['address']} characters"
    a = parse_address(val)
    if not a.street:
        return None, f"the address “{shown(val)}” has no street part"
    if len(a.street) > MAXLEN["address"]:
        return None, f"the address is longer than {MAXLEN['address']} characters"
    for part in (a.province, a.city, a.district):
        if len(part) > MAXLEN["province"]:
            return None, f"the address part “{shown(part)}” is longer than {MAXLEN['province']} characters"
    return [a.province, a.city, a.district, a.street, a.postcode], None


def _postcode(val: str):
    p = parse_postcode(val)
    return (p, None) if p else (None, f"the postcode “{shown(val)}” is not six digits")


def _paid_at(val: str):
    t = parse_time(val)
    return ((t.isoformat(), None) if t is not None
            else (None, f"cannot read the time “{shown(val)}” (expected 2024-11-11 09:30:00)"))


# How an order-level field is read: a parser (value -> (value, problem)), or None for plain text (its length
# checked in _check), or read in _check itself (status: one parse gives the refund too; amounts repeat).
_PARSE = {"phone": _phone, "address": _address, "postcode": _postcode, "paid_at": _paid_at}
_TEXT_LABEL = {"recipient_name": "the recipient's name is "}
_REQUIRED = (("recipient_name", "the recipient's name (收货人姓名) is empty"),
             ("phone", "the phone number (联系手机/联系电话) is empty"),
             ("address", "the address (收货地址) is empty"))


def _slots(cols: dict[str, list[int]]) -> dict[str, int]:
    """Where an order-level field sits in a staged order: a staged order is one flat list (cheap to store
    and load) — [first row, refund, fields with errors, lines, pending lines] and then, for each order-level
    field the file has, four slots: the value (None if no row gave one), its row, its column, the cell as
    written (None if the same as the value). A pending line is one whose SKU is not in the product list (or
    blank): [sku, qty, title, price, row]."""
    return {f: _FIRST_SLOT + 4 * k for k, f in enumerate(f for f in ORDER_LEVEL if f in cols)}


def _check(table: Table, cols: dict[str, list[int]], products: dict[str, tuple[int, str]], errors: ErrorList,
           stage: _Stage) -> int:
    """Pass 1: every row checked, every order gathered into the stage. Returns the number of data rows."""
    # Only the columns we use are read: picked by one itemgetter and cleaned in one pass.
    used = sorted({i for idx in cols.values() for i in idx})
    width = used[-1] + 1
    pick = itemgetter(*used) if len(used) > 1 else (lambda cells: (cells[used[0]],))
    pos = {i: k for k, i in enumerate(used)}
    P = {f: tuple(pos[i] for i in cols[f]) for f in cols}
    col_of = used  # position in the picked row -> column index in the file

    def one(r: list[str], ps: tuple[int, ...]) -> tuple[str, int | None]:
        """The first non-empty value among a field's columns, and its column index."""
        for p in ps:
            if r[p]:
                return r[p], col_of[p]
        return "", (col_of[ps[0]] if ps else None)

    money_memo: dict[str, Decimal | None] = {}

    def money(raw: str) -> Decimal | None:
        try:
            return money_memo[raw]
        except KeyError:
            m = money_memo[raw] = parse_money(raw)
            return m

    p_no = P["order_no"][0]
    ps_sku, ps_qty = P["sku"], P["qty"]
    ps_title, ps_attr = P.get("title", ()), P.get("attributes", ())
    ps_price, ps_refund = P.get("price", ()), P.get("refund_status", ())
    slots = _slots(cols)
    size = _FIRST_SLOT + 4 * len(slots)
    # (field, slot, its one column or None when it has several, its columns, how to read it)
    ofields = [(f, slots[f], P[f][0] if len(P[f]) == 1 else None, P[f], _PARSE.get(f),
                MAXLEN[f] if f not in _PARSE and f not in ("status", "amount") else 0) for f in slots]
    opos = sorted({p for f in slots for p in P[f]})
    oget = itemgetter(*opos) if len(opos) > 1 else (lambda r: (r[opos[0]],))
    pending: dict[str, list] = {}   # order number -> [staged order, its first row's order-level cells]
    n_rows = 0

    def order_fields(rowno: int, r: list[str]) -> list:
        g: list = [rowno, False, None, [], []] + [None] * (size - _FIRST_SLOT)
        for f, k, p0, ps, parse, limit in ofields:
            if p0 is not None:
                val, c = r[p0], col_of[p0]
            else:
                val, c = one(r, ps)
            if not val:
                continue
            if limit or f == "address":  # text that is kept
                val = drop_lookalikes(val)
                if not val:
                    continue
            if limit:
                if len(val) <= limit:
                    g[k], g[k + 1], g[k + 2] = val, rowno, c
                    continue
                canon, problem = None, f"{_TEXT_LABEL.get(f, '')}longer than {limit} characters"
            elif f == "status":
                st, refund, unpaid = parse_status(val)
                g[1] = refund
                canon, problem = ([st or "", unpaid], None) if st or unpaid else (None, f"unknown order status “{shown(val)}”")
            elif f == "amount":
                m = money(val)
                canon, problem = (str(m), None) if m is not None else (None, f"the amount “{shown(val)}” is not an amount "
                                                                              "of money")
            else:
                canon, problem = parse(val)
            if problem:
                errors.add(rowno, c, problem)
                g[2] = (g[2] or []) + [f]
            else:
                g[k], g[k + 1], g[k + 2], g[k + 3] = canon, rowno, c, (None if canon == val else val)
        return g

    def merge(into: list, g: list, no: str) -> None:
        """Rows of one order: a later row may fill what the earlier left blank, never contradict it."""
        for f, k, *_ in ofields:
            if g[k] is None:
                continue
            if into[k] is None:
                into[k:k + 4] = g[k:k + 4]
            elif into[k] != g[k]:
                first = into[k + 3] if into[k + 3] is not None else into[k]
                if f == "status":
                    errors.add(g[k + 1], g[k + 2], f"the order status “{shown(g[k + 3])}” differs from row {into[k + 1]} of "
                                                   f"the same order {no} (“{shown(first)}” there): one order cannot be "
                                                   "both — check it on the platform")
                else:
                    errors.add(g[k + 1], g[k + 2], f"differs from row {into[k + 1]} of the same order {no} "
                                                   f"(“{shown(first)}” there)")
        into[1] = into[1] or g[1]
        if g[2]:
            into[2] = (into[2] or []) + g[2]
        for line in g[3]:
            add_line(into, line, no)
        for line in g[4]:
            add_pending(into, line)

    def add_line(g: list, line: list, no: str) -> None:
        for ln in g[3]:
            if ln[0] == line[0]:  # one line per SKU: the packer counts scans against the SKU
                ln[1] += line[1]
                if ln[1] > MAX_QTY:
                    errors.add(line[4], line[5], f"the quantities of SKU {line[6]} in order {no} add up to "
                                                 f"more than {MAX_QTY}")
                return
        g[3].append(line)

    def add_pending(g: list, line: list) -> None:
        for ln in g[4]:
            if ln[0] and ln[0] == line[0]:  # the same unknown SKU twice in one order: one line, as for known ones
                ln[1] = min(ln[1] + line[1], MAX_QTY)
                return
        g[4].append(line)

    def flush() -> None:
        found = stage.lookup(list(pending))
        new: list[tuple[str, bytes]] = []
        changed: list[tuple[bytes, int]] = []
        for no, (g, _) in pending.items():
            hit = found.get(no)
            if hit is None:
                for f, message in _REQUIRED:
                    if g[slots[f]] is None and not (g[2] and f in g[2]):
                        errors.add(g[0], col_of[P[f][0]], message)
                new.append((no, marshal.dumps(g)))
            else:  # rows of this order came earlier in the file, before other orders
                rowid, first = hit
                merge(first, g, no)
                changed.append((marshal.dumps(first), rowid))
        stage.put(new, changed)
        pending.clear()

    for rowno, cells in table.rows:
        if errors.full:
            break
        n_rows += 1
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        r = clean_cells(pick(cells))
        no = r[p_no]
        if not no:
            errors.add(rowno, col_of[p_no], "the order number (订单编号) is empty")
            continue
        problem = order_no_problem(no)
        if problem:
            errors.add(rowno, col_of[p_no], problem)
            continue
        # --- the line
        sku, sku_col = one(r, ps_sku)
        product = None
        waits = False   # a SKU not in the product list, or blank: the order waits for the product
        if not sku:
            waits = True
        elif len(sku) > MAXLEN["sku"]:
            errors.add(rowno, sku_col, f"the SKU is longer than {MAXLEN['sku']} characters")
        elif (problem := code_problem(sku)) is not None:
            errors.add(rowno, sku_col, f"the SKU {problem}")
        else:
            product = products.get(sku)
            waits = product is None
        raw_qty, qty_col = one(r, ps_qty)
        qty = parse_count(raw_qty, 1, MAX_QTY)
        if qty is None:
            errors.add(rowno, qty_col, f"the quantity “{shown(raw_qty)}” is not a whole number from 1 to {MAX_QTY}"
                       if raw_qty else "the quantity (购买数量) is empty")
        title = drop_lookalikes(one(r, ps_title)[0]) if ps_title else ""
        if ps_attr:
            attr = drop_lookalikes(one(r, ps_attr)[0])
            if attr:
                title = f"{title} [{attr}]" if title else attr
        if len(title) > MAXLEN["title"]:
            errors.add(rowno, col_of[(ps_title or ps_attr)[0]],
                       f"the item's title is longer than {MAXLEN['title']} characters")
        price = "0.00"
        if ps_price:
            raw, pc = one(r, ps_price)
            if raw:
                pr = money(raw)
                if pr is None:
                    errors.add(rowno, pc, f"the price “{shown(raw)}” is not an amount of money")
                else:
                    price = str(pr)

        # --- the order: a further row of an order already met repeats its cells, or leaves them blank
        raw_o = oget(r)
        entry = pending.get(no)
        if entry is None:
            if len(pending) >= _BATCH:
                flush()
            g = order_fields(rowno, r)
            pending[no] = [g, raw_o]
        else:
            g = entry[0]
            if entry[1] != raw_o:
                merge(g, order_fields(rowno, r), no)
        if product is not None and qty is not None:
            add_line(g, [product[0], qty, title, price, rowno, qty_col, sku], no)
        elif waits and qty is not None:
            add_pending(g, [sku, qty, title, price, rowno])
        if ps_refund and refund_from_column(one(r, ps_refund)[0]):
            g[1] = True

    if not errors.full:
        flush()
    return n_rows


# --------------------------------------------------------------------------------------------- pass 2


def _write(db, table: Table, cols: dict[str, list[int]], sha: str, kind: str, channel: str, stage: _Stage,
           n_rows: int, products: dict[str, tuple[int, str]], shop: str, known: set[str],
           dry_run: bool = False) -> ImportResult:
    present = set(cols)
    w = _Writer(table.filename, present, _slots(cols), {pid: (sku, model) for sku, (pid, model) in products.items()})
    w.known_shops = known
    w.template = {
        "order_no": "", "channel": channel, "source": table.filename[:200], "imported_at": utcnow(),
        "buyer_id": "", "shop": shop, "seller_note": "", "buyer_note": "", "recipient_name": "", "phone": "",
        "province": "", "city": "", "district": "", "address": "", "postcode": "", "status": OrderStatus.OPEN,
        "refund_requested": False, "amount": _ZERO, "paid_at": None, "courier_id": None, "courier_reason": ""}
    try:
        with db.session() as s:
            if s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == sha)) is not None:
                return ImportResult(kind=kind, filename=table.filename, already_imported=True, preview=dry_run)
            w.courier_book = courier_rules.book(s)
            w.weights = {pid: g for pid, g in s.execute(select(Product.id, Product.weight_g))}
            w.by_weight = any(r.kind == "weight" for r in w.courier_book.rules)
            for batch in stage.batches(_BATCH):
                w.batch(s, batch)
            s.flush()
            w.oversold = stock.rebalance(s)[0]  # orders the stock does not cover, first paid first served
            s.execute(insert(ImportBatch.__table__).values(
                sha256=sha, filename=table.filename[:300], kind="orders", rows=n_rows, imported_at=utcnow()))
            result = ImportResult(
                kind=kind, filename=table.filename, orders_added=w.added, orders_updated=w.updated,
                orders_skipped=w.skipped, conflicts=w.conflicts, held=w.held, rows=n_rows, orders_ignored=w.ignored,
                orders_waiting=w.waiting, refund_alerts=w.alerts, waiting=w.waiting_skus, no_sku=w.no_sku,
                oversold=w.oversold, unknown_shops=w.unknown_shops, preview=dry_run, added_orders=w.added_orders,
                changes=w.changes, couriers=w.by_courier, courier_asks=w.courier_asks)
            if dry_run:
                raise Rollback(result)  # the session rolls everything back
    except Rollback as done:
        return done.result
    return result


def _compared(present: set[str]) -> list[str]:
    """Order fields that the file gives, as stored: a re-import compares and updates only these."""
    out = []
    if "address" in present:
        out += ["province", "city", "district", "address", "postcode"]
    out += [f for f in ("province", "city", "district", "postcode") if f in present and f not in out]
    out += [f for f in ("recipient_name", "phone", "buyer_id", "shop", "channel", "buyer_note", "seller_note",
                        "amount", "paid_at") if f in present]
    return out


def note_after(old: str, new: str) -> str | None:
    """The note a re-import leaves, or None when it changes nothing. The file's note replaces the first line
    (what the last import wrote); lines a supervisor added under it stay; a blank note erases nothing."""
    if not new or old == new or old.startswith(new + "\n"):
        return None
    rest = old.split("\n", 1)[1] if "\n" in old else ""
    return f"{new}\n{rest}" if rest else new


def _j(v: Any) -> Any:
    """A value as the case detail (JSON) keeps it."""
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, datetime):
        return v.isoformat()
    return v


class _Writer:
    """Writes the checked orders, a batch at a time, and counts what it did."""

    def __init__(self, filename: str, present: set[str], slots: dict[str, int], by_id: dict[int, tuple[str, str]]):
        self.filename = filename
        self.slots = slots
        self.text_slots = [(f, slots[f]) for f in ("recipient_name", "phone", "buyer_id", "shop", "seller_note",
                                                   "buyer_note", "channel") if f in slots]
        self.place_slots = [(f, slots[f]) for f in ("province", "city", "district", "postcode") if f in slots]
        self.compare = _compared(present)
        self.has_title = "title" in present or "attributes" in present
        self.has_price = "price" in present
        self.has_status = "status" in present
        self.by_id = by_id
        self.template: dict[str, Any] = {}
        self.decimals: dict[str, Decimal] = {}
        self.added = self.updated = self.skipped = self.ignored = self.waiting = 0
        self.conflicts: list[str] = []
        self.held: list[str] = []
        self.alerts: list[str] = []
        self.waiting_skus: dict[str, list[str]] = {}  # SKU not in the product list -> the orders that wait for it
        self.no_sku: list[str] = []              # orders with a line whose SKU is blank
        self.oversold: list[str] = []            # held: the stock does not cover them
        self.known_shops: set[str] = set()
        self.unknown_shops: dict[str, list[str]] = {}
        self.courier_book: courier_rules.Book | None = None
        self.weights: dict[int, int] = {}
        self.by_weight = False   # a weight rule exists: the expected weight is part of the choice
        self.choices: dict[tuple, tuple[int | None, str, Any]] = {}   # orders alike are chosen alike
        self.decide_again: list[int] = []               # updated orders chosen again after the batch's writes
        self.asks: list[tuple[int, dict]] = []           # updated orders whose courier is now a question
        self.answered: list[int] = []                   # updated orders whose question is gone
        self.by_courier: dict[str, int] = {}            # new orders per courier code
        self.courier_asks: list[str] = []               # orders whose courier is a question
        self.added_orders: list[str] = []        # the first PREVIEW_ORDERS of them
        self.changes: list[tuple[str, str, list[dict]]] = []  # (order, outcome, changes): the first PREVIEW_ORDERS

    # ----------------------------------------------------------------------------------- one batch
    def batch(self, s: Session, batch: list[tuple[str, dict]]) -> None:
        orders = []
        for no, g in batch:
            v, unpaid = self._values(no, g)
            if unpaid and not bank_transfer(v["seller_note"], v["buyer_note"]):
                self.ignored += 1
                continue
            if unpaid:  # a bank transfer: kept, waiting for the money (flagged green when it arrives)
                v["status"] = OrderStatus.WAITING
                self.waiting += 1
            orders.append((no, v, g[3], g[0], g[4]))
        existing = _load_existing(s, [o[0] for o in orders])
        new: list[tuple[dict, list]] = []
        order_updates: list[dict] = []
        line_updates: list[dict] = []
        line_adds: list[dict] = []
        queue: list[tuple[int, str, OrderStatus, int, list]] = []
        waiting: list[tuple[int, list]] = []   # (order id, its pending lines) for open orders already here
        for no, v, staged_lines, row, pending in orders:
            self._count_pending(no, pending)
            ex = existing.get(no)
            if v["shop"] not in self.known_shops and (ex is None or (
                    "shop" in self.compare and ex["values"]["status"] is OrderStatus.OPEN)):  # one still to pack
                self.unknown_shops.setdefault(v["shop"], []).append(no)  # imported: the scan stops it, by name
            if ex is None:
                new.append((v, staged_lines, pending))
                if len(self.added_orders) < PREVIEW_ORDERS:
                    self.added_orders.append(no)
                continue
            lines = [(ln[0], ln[1], ln[2], self._decimal(ln[3])) for ln in staged_lines]
            exv, st = ex["values"], ex["values"]["status"]
            changes: list[dict] = []
            notes: dict[str, str] = {}
            for f in self.compare:
                old, value = exv[f], v[f]
                if f in _NOTES:
                    after = note_after(old, value)
                    if after is None:
                        continue
                    notes[f] = after
                elif old == value:
                    continue
                changes.append({"what": f, "from": _j(old), "to": _j(value)})
            line_changes, l_updates, l_adds, ambiguous = self._plan_lines(ex["lines"], lines)
            changes += line_changes
            refund_new = v["refund_requested"] and not exv["refund_requested"]
            file_status = v["status"] if self.has_status else None
            if st in (OrderStatus.OPEN, OrderStatus.WAITING):
                status_change = (file_status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED)
                                 or (st is OrderStatus.WAITING and file_status is OrderStatus.OPEN))  # paid after all
                pending_change = sorted(tuple(p[:4]) for p in pending) != ex["pending"]
                if pending_change:
                    waiting.append((ex["id"], pending))
                if ambiguous:
                    self._hold(s, ex["id"], no, row, changes)
                    self._note(no, "held", changes)
                elif changes or status_change or refund_new:
                    params = {f: notes.get(f, exv[f]) if f in _NOTES else v[f] for f in self.compare}
                    params |= {"status": file_status if status_change else st, "source": self.filename[:200],
                               "refund_requested": exv["refund_requested"] or v["refund_requested"],
                               "_id": ex["id"]}
                    self._courier_again(params, exv, ex, bool(l_updates or l_adds))
                    order_updates.append(params)
                    line_updates += l_updates
                    line_adds += [d | {"order_id": ex["id"]} for d in l_adds]
                    self.updated += 1
                    if len(self.changes) < PREVIEW_ORDERS:
                        self._note(no, "updated", changes + (
                            [{"what": "status", "from": st.value, "to": file_status.value}] if status_change else [])
                            + ([{"what": "refund_requested", "from": False, "to": True}] if refund_new else [])
                            + ([{"what": "waiting", "to": [p[0] for p in pending]}] if pending_change else []))
                elif pending_change:
                    self.updated += 1
                    self._note(no, "updated", [{"what": "waiting", "to": [p[0] for p in pending]}])
                else:
                    self.skipped += 1
                continue
            # at a station, shipped or cancelled: nothing changes but an intercept
            intercept = (st in (OrderStatus.PACKING, OrderStatus.SHIPPED) and not exv["refund_requested"]
                         and (v["refund_requested"] or file_status is OrderStatus.CANCELLED))
            if intercept:
                self._intercept(s, ex["id"], no, row, st, closed=file_status is OrderStatus.CANCELLED)
            if changes:
                queue.append((ex["id"], no, st, row, changes))
            if intercept or changes:
                self._note(no, "intercepted" if intercept else "queued", changes + (
                    [{"what": "refund_requested", "from": False, "to": True}] if intercept else []))
            if not intercept and not changes:
                self.skipped += 1
        self._insert_new(s, new)
        conn = s.connection()
        otable, ltable = Order.__table__, OrderLine.__table__
        if order_updates:
            stmt = update(otable).where(otable.c.id == bindparam("_id")).values(revision=otable.c.revision + 1)
            for i in range(0, len(order_updates), _CHUNK):
                conn.execute(stmt, order_updates[i:i + _CHUNK])
        if line_updates:
            stmt = update(ltable).where(ltable.c.id == bindparam("_id"))
            for i in range(0, len(line_updates), _CHUNK):
                conn.execute(stmt, line_updates[i:i + _CHUNK])
        if line_adds:
            _bulk_insert(conn, ltable, line_adds)
        if queue:
            self._queue(s, queue)
        for order_id, pending in waiting:
            pending_lines.hold(s, order_id, pending, self.filename)
        if self.decide_again or waiting:  # lines changed under a weight rule, or pending lines: choose again
            courier_rules.decide(s, self.decide_again + [oid for oid, _ in waiting], self.courier_book)
            self.decide_again = []
        for oid, question in self.asks:
            courier_rules.ask(s, oid, question)
        courier_rules.answered(s, self.answered, "the rules no longer ask (the order changed)")
        self.asks, self.answered = [], []

    # ----------------------------------------------------------------------------------- helpers
    def _note(self, no: str, outcome: str, changes: list[dict]) -> None:
        """What an import does to an order already here, for the result (a preview shows it), the first ones."""
        if len(self.changes) < PREVIEW_ORDERS:
            self.changes.append((no, outcome, changes))

    def _values(self, no: str, g: list) -> tuple[dict[str, Any], bool]:
        v = dict(self.template)
        v["order_no"] = no
        for f, k in self.text_slots:
            if g[k] is not None:
                v[f] = g[k]
        k = self.slots.get("address")
        if k is not None and g[k] is not None:
            v["province"], v["city"], v["district"], v["address"], v["postcode"] = g[k]
        for f, k in self.place_slots:
            if g[k] is not None:
                v[f] = g[k]
        unpaid = False
        k = self.slots.get("status")
        if k is not None and g[k] is not None:
            st, unpaid = g[k]
            v["status"] = _STATUS[st]
        k = self.slots.get("amount")
        if k is not None and g[k] is not None:
            v["amount"] = Decimal(g[k])
        k = self.slots.get("paid_at")
        if k is not None and g[k] is not None:
            v["paid_at"] = datetime.fromisoformat(g[k])
        v["refund_requested"] = g[1]
        return v, unpaid

    def _count_pending(self, no: str, pending: list) -> None:
        for sku, *_ in pending:
            if sku:
                self.waiting_skus.setdefault(sku, []).append(no)
            elif not self.no_sku or self.no_sku[-1] != no:
                self.no_sku.append(no)

    def _decimal(self, text: str) -> Decimal:
        d = self.decimals.get(text)
        if d is None:
            d = self.decimals[text] = Decimal(text)
        return d

    def _sku(self, pid: int) -> str:
        return self.by_id[pid][0]

    def _plan_lines(self, ex_lines: list[tuple], lines: list[tuple]) -> tuple[list, list, list, bool]:
        """How the file's lines change an order's lines: (changes for a case, line updates, lines to add,
        ambiguous). A line the file does not name stays as it is."""
        changes: list[dict] = []
        updates: list[dict] = []
        adds: list[dict] = []
        ambiguous = False
        by_pid = {ln[2]: ln for ln in ex_lines}
        named = {pid for pid, *_ in lines}
        free = [ln for ln in ex_lines if ln[2] not in named]   # may have become another size or colour
        next_no = max((ln[1] for ln in ex_lines), default=0) + 1
        for pid, qty, title, price in lines:
            ln = by_pid.get(pid)
            if ln is not None:
                lid, line_no, _, old_qty, old_title, old_price, scanned, checked = ln
                new_title = title if self.has_title else old_title
                new_price = price if self.has_price else old_price
                if (qty, new_title, new_price) == (old_qty, old_title, old_price):
                    continue
                change = {"what": "line", "line": line_no, "sku": self._sku(pid)}
                if qty != old_qty:
                    change["qty"] = [old_qty, qty]
                if new_title != old_title:
                    change["title"] = [old_title, new_title]
                if new_price != old_price:
                    change["price"] = [str(old_price), str(new_price)]
                changes.append(change)
                updates.append({"_id": lid, "product_id": pid, "qty": qty, "title": new_title, "price": new_price,
                                "scanned_qty": min(scanned, qty), "manual_checked": checked})
                continue
            model = self.by_id[pid][1]
            same_style = [c for c in free if self.by_id[c[2]][1] == model]
            if len(same_style) == 1:
                c = same_style[0]
                free.remove(c)
                changes.append({"what": "variant", "line": c[1], "sku": [self._sku(c[2]), self._sku(pid)],
                                "qty": [c[3], qty]})
                updates.append({"_id": c[0], "product_id": pid, "qty": qty,
                                "title": title if self.has_title else "",
                                "price": price if self.has_price else c[5], "scanned_qty": 0,
                                "manual_checked": False})
            elif same_style:
                ambiguous = True
                changes.append({"what": "variant", "line": None, "sku": [[self._sku(c[2]) for c in same_style],
                                                                        self._sku(pid)], "qty": [None, qty]})
            else:
                changes.append({"what": "add", "line": next_no, "sku": self._sku(pid), "qty": qty})
                adds.append({"line_no": next_no, "product_id": pid, "title": title, "qty": qty, "scanned_qty": 0,
                             "manual_checked": False, "price": price})
                next_no += 1
        return changes, updates, adds, ambiguous

    def _insert_new(self, s: Session, new: list[tuple[dict, list, list]]) -> None:
        if not new:
            return
        conn = s.connection()
        otable = Order.__table__
        asks = [(v["order_no"], q) for v, lines, pending in new if (q := self._courier(v, lines, pending))]
        before = s.scalar(select(Order.id).order_by(Order.id.desc()).limit(1)) or 0
        _bulk_insert(conn, otable, [v for v, _, _ in new])
        ids = dict((no, oid) for oid, no in conn.execute(
            select(otable.c.id, otable.c.order_no).where(otable.c.id > before)))
        missing = [v["order_no"] for v, _, _ in new if v["order_no"] not in ids]
        for i in range(0, len(missing), 500):  # another writer took ids in between (PostgreSQL)
            ids.update((no, oid) for oid, no in conn.execute(
                select(otable.c.id, otable.c.order_no).where(otable.c.order_no.in_(missing[i:i + 500]))))
        dec = self._decimal
        _bulk_insert(conn, OrderLine.__table__, [
            {"order_id": ids[v["order_no"]], "line_no": n, "product_id": ln[0], "title": ln[2], "qty": ln[1],
             "scanned_qty": 0, "manual_checked": False, "price": dec(ln[3])}
            for v, lines, _ in new for n, ln in enumerate(lines, 1)])
        for v, _, pending in new:
            if pending:
                pending_lines.hold(s, ids[v["order_no"]], pending, self.filename)
        courier_rules.ask_new(s, [(ids[no], q) for no, q in asks])
        codes = self.courier_book.codes
        for v, _, _ in new:
            code = codes.get(v["courier_id"], "")
            self.by_courier[code] = self.by_courier.get(code, 0) + 1
        self.courier_asks += [no for no, _ in asks]
        self.added += len(new)

    def _courier_again(self, params: dict, exv: dict, ex: dict, lines_change: bool) -> None:
        """The courier of an updated open order, chosen again with its new notes and address (an order a
        supervisor chose for keeps its courier), into the update's values."""
        params["courier_id"], params["courier_reason"] = exv["courier_id"], exv["courier_reason"]
        if courier_rules.by_supervisor(exv["courier_reason"]):
            return
        if lines_change and self.by_weight:
            self.decide_again.append(ex["id"])
            return
        merged = exv | params
        choice = self._courier(merged, [(ln[2], ln[3]) for ln in ex["lines"]], ex["pending"])
        params["courier_id"], params["courier_reason"] = merged["courier_id"], merged["courier_reason"]
        if choice is not None:
            self.asks.append((ex["id"], choice.question))
            self.courier_asks.append(exv["order_no"])
        elif courier_rules.was_asked(exv["courier_reason"]):
            self.answered.append(ex["id"])

    def _courier(self, v: dict, lines: list, pending: list) -> Any:
        """Puts the courier chosen by the rules and why into the order's values (`lines`: (product id, qty));
        returns the choice when it asks a supervisor a question."""
        bk = self.courier_book
        weight = (courier_rules.expected_weight(((ln[0], ln[1]) for ln in lines), self.weights, bool(pending))
                  if self.by_weight else None)
        key = (v["shop"], v["province"], v["city"], v["district"], v["seller_note"], v["buyer_note"], weight)
        hit = self.choices.get(key)
        if hit is None:
            choice = bk.choose(courier_rules.facts(v, weight))
            hit = (bk.ids.get(choice.courier) if choice.courier else None, courier_rules.reason_json(choice),
                   choice if choice.question is not None else None)
            if len(self.choices) < 100_000:
                self.choices[key] = hit
        v["courier_id"], v["courier_reason"] = hit[0], hit[1]
        return hit[2]

    def _hold(self, s: Session, order_id: int, no: str, row: int, changes: list) -> None:
        """An open order whose change is unclear: held (yellow) so it is not packed as it was, and queued. An
        order that has a flag already keeps it (a blue exchange stays blue): then it is only queued."""
        otable = Order.__table__
        held = s.execute(update(otable).where(otable.c.id == order_id, otable.c.flag == Flag.NONE)
                         .values(flag=Flag.YELLOW, flag_reason="导入变更待确认 import change to check: see the queue",
                                 revision=otable.c.revision + 1)).rowcount == 1
        self._queue(s, [(order_id, no, OrderStatus.OPEN, row, changes)], held=held)

    def _intercept(self, s: Session, order_id: int, no: str, row: int, st: OrderStatus, closed: bool) -> None:
        otable = Order.__table__
        s.execute(update(otable).where(otable.c.id == order_id)
                  .values(refund_requested=True, revision=otable.c.revision + 1))
        template = ("closed on the platform ({file} row {row}); the order is {status}: intercept it" if closed
                    else "refund requested ({file} row {row}); the order is {status}: intercept it")
        open_case(s, CaseKind.INTERCEPT, order_id, template,
                  detail={"source": self.filename, "row": row, "status": st.value, "closed": closed,
                          "already_shipped": st is OrderStatus.SHIPPED},
                  params={"file": self.filename, "row": row, "status": st.value})
        self.alerts.append(no)

    def _queue(self, s: Session, items: list[tuple[int, str, OrderStatus, int, list]], held: bool = False) -> None:
        """ORDER_CHANGED cases describing changes that were not applied; a change already queued (open or
        resolved) is not queued again; a further change joins the order's open case."""
        ids = [oid for oid, *_ in items]
        seen: dict[int, list] = {}
        for oid, detail in s.execute(select(ExceptionCase.order_id, ExceptionCase.detail).where(
                ExceptionCase.order_id.in_(ids), ExceptionCase.kind == CaseKind.ORDER_CHANGED)):
            d = json.loads(detail or "{}")
            seen.setdefault(oid, []).extend(imp.get("changes") for imp in d.get("imports", ()))
        for oid, no, st, row, changes in items:
            (self.held if held else self.conflicts).append(no)
            if changes in seen.get(oid, ()):
                continue
            entry = {"file": self.filename, "row": row, "status": st.value, "held": held, "changes": changes}
            whats = list(dict.fromkeys(c["what"] for c in changes))
            template = ("change in {file} row {row} not applied; the order is {status} and held: {changes}" if held
                        else "change in {file} row {row} not applied; the order is {status}: {changes}")
            case = open_case(s, CaseKind.ORDER_CHANGED, oid, template, detail={"imports": [entry]},
                             params={"file": self.filename, "row": row, "status": st.value, "changes": whats})
            d = json.loads(case.detail or "{}")
            if entry not in d.setdefault("imports", []):  # the order's open case from before
                d["imports"].append(entry)
                case.detail = json.dumps(d, ensure_ascii=False)


def _load_existing(s: Session, order_nos: list[str]) -> dict[str, dict]:
    """Orders of this batch already in the database, locked: their imported fields and their lines."""
    if not order_nos:
        return {}
    ot, lt = Order.__table__, OrderLine.__table__
    cols = [ot.c[f] for f in ("id", "order_no", "status", "buyer_id", "recipient_name", "phone", "province",
                              "city", "district", "address", "postcode", "buyer_note", "seller_note",
                              "refund_requested", "amount", "paid_at", "shop", "channel", "courier_id",
                              "courier_reason")]
    names = [c.key for c in cols]
    found: dict[str, dict] = {}
    by_id: dict[int, dict] = {}
    # locked until the import commits: a station cannot claim an order between this read of its status and
    # the update that rests on it (the update would put a claimed order back to open: packed twice)
    by_nos = select(*cols).where(ot.c.order_no.in_(bindparam("nos", expanding=True))).with_for_update()
    for i in range(0, len(order_nos), 1000):
        for row in s.execute(by_nos, {"nos": order_nos[i:i + 1000]}):
            values = dict(zip(names, row))
            values["status"] = OrderStatus(values["status"])
            values["amount"] = Decimal(values["amount"]).quantize(Decimal("0.01"))
            rec = {"id": row[0], "values": values, "lines": [], "pending": []}
            found[row[1]] = by_id[row[0]] = rec
    ids = list(by_id)
    of_orders = (select(lt.c.id, lt.c.order_id, lt.c.line_no, lt.c.product_id, lt.c.qty, lt.c.title, lt.c.price,
                        lt.c.scanned_qty, lt.c.manual_checked)
                 .where(lt.c.order_id.in_(bindparam("ids", expanding=True))).order_by(lt.c.order_id, lt.c.line_no))
    for i in range(0, len(ids), 1000):
        for lid, oid, line_no, pid, qty, title, price, scanned, checked in s.execute(of_orders,
                                                                                    {"ids": ids[i:i + 1000]}):
            by_id[oid]["lines"].append((lid, line_no, pid, qty, title, Decimal(price).quantize(Decimal("0.01")),
                                        scanned, checked))
    pt = PendingLine.__table__
    of_pending = (select(pt.c.order_id, pt.c.sku, pt.c.qty, pt.c.title, pt.c.price)
                  .where(pt.c.order_id.in_(bindparam("ids", expanding=True))))
    for i in range(0, len(ids), 1000):
        for oid, sku, qty, title, price in s.execute(of_pending, {"ids": ids[i:i + 1000]}):
            by_id[oid]["pending"].append((sku, qty, title, str(Decimal(price).quantize(Decimal("0.01")))))
    for rec in by_id.values():
        rec["pending"].sort()
    return found


def _bulk_insert(conn, table, rows: list[dict[str, Any]]) -> None:
    """executemany of one Core INSERT, compiled once for the connection's dialect, in chunks.

    The same SQL and the same bind processing as ``conn.execute(insert(table), rows)``, but done column by
    column and once per distinct value (most columns repeat: the import time, the status, the shop …),
    which makes a 100,000-order file several times faster to write. Every row has the same keys.
    """
    if not rows:
        return
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if not compiled.positional:  # named paramstyle (psycopg): the ordinary Core executemany
        for i in range(0, len(rows), _CHUNK):
            conn.execute(insert(table), rows[i:i + _CHUNK])
        return
    sql = str(compiled)
    for i in range(0, len(rows), _CHUNK):
        chunk = rows[i:i + _CHUNK]
        columns = []
        for name in compiled.positiontup:
            col = table.c[name]
            proc = col.type.dialect_impl(dialect).bind_processor(dialect)
            if name in keys:
                values = [row[name] for row in chunk]
            else:  # a Python-side default the rows do not give: one value for the whole batch
                default = col.default
                if default is None or not (default.is_scalar or default.is_callable):
                    raise ValueError(f"no value for {table.name}.{name}")
                values = [default.arg(None) if default.is_callable else default.arg] * len(chunk)
            if proc is not None:
                memo: dict[Any, Any] = {None: None}
                out = []
                for v in values:
                    try:
                        out.append(memo[v])
                    except KeyError:
                        memo[v] = p = proc(v)
                        out.append(p)
                values = out
            columns.append(values)
        conn.exec_driver_sql(sql, list(zip(*columns)))
