"""Import orders and products from CSV and XLSX files (no Qt).

Three kinds of file:

* ``taobao``   – the Taobao/Tmall seller-centre order export: Chinese headers (订单编号, 收货人姓名, 收货地址,
  联系手机, 购买数量, 商家编码 …), one row per order line, rows with the same 订单编号 form one order.
* ``generic``  – any order CSV/XLSX whose columns are named by a saved mapping (``save_mapping``).
* ``products`` – our own products list (商家编码/sku, 名称/name, 型号/style, …), upserted by SKU.

A file is imported whole or not at all: every row is checked first, up to ``MAX_ERRORS`` problems are
collected and raised together as ``ImportRejected``, naming the file, the row as the spreadsheet shows it
(header = 1) and the column (header and letter). The same file (same bytes) imported twice changes nothing.
Files are read row by row (``import_read``), cells strictly (``import_values``: what a number, a code and a
text may be); orders are checked and written in two passes (``import_orders``: also what a re-import may
change in an order already at the warehouse).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import delete, insert, select, update

from ..models import Barcode, ImportBatch, Product, Setting, utcnow
from . import pending_lines, stock
from .import_orders import Rollback, import_orders
from .import_presets import PRESETS
from .import_read import (
    MAX_ERRORS, ErrorList, ImportRejected, ImportResult, RowError, Table, column_letter, file_sha256, open_table,
    raise_if, rejected,
)
from .import_values import (
    MAX_STOCK, MAXLEN, Address, barcode_problem, clean_cell, code_problem, ean13_ok, parse_address, parse_count,
    parse_phone, parse_weight_g, shown,
)

__all__ = ["MAX_ERRORS", "Address", "ImportRejected", "ImportResult", "RowError", "column_letter", "detect_kind",
           "ean13_ok", "import_file", "list_mappings", "preview_file", "load_mapping", "parse_address", "parse_phone",
           "save_mapping"]

MAPPING_KEY_PREFIX = "import_mapping:"

# Kept for the name used in the issue.
ImportError_ = ImportRejected


# --------------------------------------------------------------------------------------------- fields

# Canonical field -> header aliases, in order of preference. Matching ignores case, spaces, "_" and
# full-width brackets.
ORDER_ALIASES: dict[str, tuple[str, ...]] = {
    "order_no": ("订单编号", "订单号", "主订单编号", "order_no", "order number", "order id"),
    "buyer_id": ("买家会员名", "买家昵称", "买家账号", "buyer_id", "buyer"),
    "recipient_name": ("收货人姓名", "收货人", "收件人", "recipient_name", "recipient"),
    "address": ("收货地址", "详细地址", "地址", "address"),
    "province": ("省", "省份", "province"),
    "city": ("市", "城市", "city"),
    "district": ("区", "区县", "district"),
    "postcode": ("邮编", "邮政编码", "postcode", "zip"),
    "phone": ("联系手机", "手机", "手机号", "联系电话", "电话", "phone", "mobile"),
    "title": ("宝贝标题", "商品标题", "标题", "商品名称", "title"),
    "attributes": ("颜色分类", "商品属性", "销售属性", "sku属性", "attributes"),
    "qty": ("购买数量", "宝贝数量", "数量", "qty", "quantity"),
    "price": ("价格", "单价", "宝贝单价", "商品单价", "price"),
    "status": ("订单状态", "status"),
    "refund_status": ("退款状态", "refund_status"),
    "seller_note": ("卖家备注", "订单备注", "商家备注", "seller_note"),
    "buyer_note": ("买家留言", "买家备注", "buyer_note"),
    "sku": ("商家编码", "外部系统编号", "商品编码", "sku编码", "sku"),
    "amount": ("实付款", "买家实际支付金额", "总金额", "订单金额", "amount"),
    "paid_at": ("付款时间", "订单付款时间", "支付时间", "paid_at"),
    "shop": ("店铺名称", "店铺", "shop"),
    "channel": ("渠道", "平台", "channel"),
}
ORDER_REQUIRED = ("order_no", "recipient_name", "address", "phone", "qty", "sku")

PRODUCT_ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("商家编码", "sku", "编码", "货号"),
    "name": ("名称", "商品名称", "品名", "name"),
    "style": ("型号", "款号", "style", "model"),
    "colour": ("颜色", "colour", "color"),
    "size": ("尺码", "size"),
    "weight_g": ("重量(g)", "重量(克)", "重量", "weight_g", "weight(g)", "weight"),
    "barcodes": ("条码", "条形码", "barcodes", "barcode"),
    "manual_check": ("人工核对", "manual_check"),
    "stock": ("库存", "stock"),
}
PRODUCT_REQUIRED = ("sku", "name")

MAPPABLE_FIELDS = frozenset(ORDER_ALIASES) | frozenset(PRODUCT_ALIASES)


def _norm_header(h: str) -> str:
    h = clean_cell(h).lower().replace("（", "(").replace("）", ")")
    return re.sub(r"[\s_]+", "", h)


_ORDER_LOOKUP = {f: tuple(_norm_header(a) for a in al) for f, al in ORDER_ALIASES.items()}
_PRODUCT_LOOKUP = {f: tuple(_norm_header(a) for a in al) for f, al in PRODUCT_ALIASES.items()}


# --------------------------------------------------------------------------------------------- columns


def _positions(table: Table) -> tuple[dict[str, int], dict[int, list[int]]]:
    """Normalised header -> its (first) column; and column -> the other columns with the same header."""
    positions: dict[str, int] = {}
    same: dict[int, list[int]] = {}
    for i, h in enumerate(table.headers):
        key = _norm_header(h)
        if not key:
            continue
        if key in positions:
            same.setdefault(positions[key], []).append(i)
        else:
            positions[key] = i
    return positions, same


def _resolve(table: Table, lookup: dict[str, tuple[str, ...]], errors: list[RowError]) -> dict[str, list[int]]:
    """field -> column indexes present in the file, most preferred first."""
    positions, same = _positions(table)
    cols: dict[str, list[int]] = {}
    for f, aliases in lookup.items():
        idx = [positions[a] for a in aliases if a in positions]
        if idx:
            cols[f] = list(dict.fromkeys(idx))
    _refuse_duplicates(table, cols, same, errors)
    return cols


def _resolve_mapping(table: Table, mapping: dict[str, str], errors: list[RowError]) -> dict[str, list[int]]:
    positions, same = _positions(table)
    cols: dict[str, list[int]] = {}
    for f, header in mapping.items():
        i = positions.get(_norm_header(header))
        if i is None:
            errors.append(RowError(table.filename, table.header_row, None,
                                   f"the mapping names column “{header}” for {f}, but the file has no such column"))
        else:
            cols[f] = [i]
    _refuse_duplicates(table, cols, same, errors)
    return cols


def _refuse_duplicates(table: Table, cols: dict[str, list[int]], same: dict[int, list[int]],
                       errors: list[RowError]) -> None:
    """A column we read whose header appears twice: which of the two is meant cannot be known."""
    for i in sorted({i for idx in cols.values() for i in idx}):
        if i in same:
            others = ", ".join(column_letter(j) for j in same[i])
            errors.append(RowError(table.filename, table.header_row, table.col(i),
                                   f"the column “{table.headers[i]}” appears more than once (also {others}): "
                                   "it is not clear which one to read — remove or rename the others"))


_PRESET_SIGNATURES = {name: {_norm_header(h) for h in p.signature} for name, p in PRESETS.items()}
_PRESET_LOOKUP = {name: {f: tuple(_norm_header(h) for h in hs) for f, hs in p.columns.items()}
                  for name, p in PRESETS.items()}


def detect_preset(headers: Iterable[str]) -> str | None:
    """The platform whose order export has these headers (import_presets.PRESETS: pdd, douyin, jd), or None."""
    norm = {_norm_header(h) for h in headers}
    return next((name for name, sig in _PRESET_SIGNATURES.items() if sig <= norm), None)


def detect_kind(headers: Iterable[str]) -> str | None:
    """What a file is, from its headers: a platform's order export (a preset's name), "taobao" (any order file
    whose headers we know), "products", or None."""
    preset = detect_preset(headers)
    if preset is not None:
        return preset
    norm = {_norm_header(h) for h in headers}
    if any(a in norm for a in _ORDER_LOOKUP["order_no"]):
        return "taobao"
    if any(a in norm for a in _PRODUCT_LOOKUP["sku"]) and any(a in norm for a in _PRODUCT_LOOKUP["name"]):
        return "products"
    return None


def _check_required(table: Table, cols: dict[str, list[int]], required: Iterable[str],
                    aliases: dict[str, tuple[str, ...]], errors: list[RowError]) -> None:
    for f in required:
        if f not in cols:
            names = " / ".join(aliases[f][:2])
            errors.append(RowError(table.filename, table.header_row, None,
                                   f"missing required column {names} ({f})"))


# --------------------------------------------------------------------------------------------- mappings


def save_mapping(db, name: str, mapping: dict[str, str]) -> None:
    """Store a column mapping {field: column header} under ``name`` (setting "import_mapping:<name>")."""
    name = name.strip()
    if not name or len(MAPPING_KEY_PREFIX + name) > 64:
        raise ValueError("a mapping needs a name of at most "
                         f"{64 - len(MAPPING_KEY_PREFIX)} characters")
    unknown = sorted(set(mapping) - MAPPABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields in the mapping: {', '.join(unknown)}; "
                         f"known fields: {', '.join(sorted(MAPPABLE_FIELDS))}")
    if not all(isinstance(v, str) and v.strip() for v in mapping.values()):
        raise ValueError("every field of a mapping needs a column header")
    value = json.dumps({k: v.strip() for k, v in mapping.items()}, ensure_ascii=False, sort_keys=True)
    key = MAPPING_KEY_PREFIX + name
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value


def load_mapping(db, name: str) -> dict[str, str] | None:
    with db.session() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == MAPPING_KEY_PREFIX + name.strip()))
    return json.loads(value) if value is not None else None


def list_mappings(db) -> list[str]:
    with db.session() as s:
        keys = s.scalars(select(Setting.key).where(Setting.key.startswith(MAPPING_KEY_PREFIX))).all()
    return sorted(k[len(MAPPING_KEY_PREFIX):] for k in keys)


# --------------------------------------------------------------------------------------------- entry point


def shop_for_import(db, shop: str | None, filename: str) -> str:
    """The name of the shop given (by code or name) for orders whose rows name none; "" for none given."""
    if shop is None or not shop.strip():
        return ""
    from ..models import Shop
    from .shops import known_shop_names

    with db.session() as s:
        found = s.scalar(select(Shop).where(Shop.active.is_(True),
                                            (Shop.code == shop.strip()) | (Shop.name == shop.strip())))
        if found is None:
            raise rejected(filename, None, f"there is no shop “{shop.strip()}” (known: "
                                           f"{', '.join(sorted(known_shop_names(s))) or 'none yet'})")
        return found.name


def pair_role(headers: Iterable[str]) -> str | None:
    """Which of Taobao's two order exports a file is, from its headers: "orders" for the 订单报表
    (ExportOrderList: one row per order, an address, no quantity or SKU per line), "items" for the 宝贝报表
    (ExportOrderDetailList: one row per line, a quantity, no address), None for anything else."""
    norm = {_norm_header(h) for h in headers}

    def has(field: str) -> bool:
        return any(a in norm for a in _ORDER_LOOKUP[field])
    if not has("order_no"):
        return None
    if has("address") and has("recipient_name") and not has("qty") and not has("sku"):
        return "orders"
    if has("qty") and not has("address") and not has("recipient_name"):
        return "items"
    return None


def preview_file(db, path: str | Path, kind: str | None = None, mapping: str | None = None,
                 shop: str | None = None) -> ImportResult:
    """What ``import_file`` with the same arguments would do, and nothing written: the import is done in full
    (every check, every write, in its one transaction) and rolled back. The result has ``preview`` set and
    names the first new and changed orders (``added_orders``, ``changes``). A bad file raises ImportRejected
    exactly as the import would."""
    return import_file(db, path, kind, mapping, shop, _dry_run=True)


def import_file(db, path: str | Path, kind: str | None = None, mapping: str | None = None,
                shop: str | None = None, *, _dry_run: bool = False) -> ImportResult:
    """Import one file of orders or products, all or nothing.

    ``kind`` is "taobao", "generic", "products" or a platform's export ("pdd", "douyin", "jd":
    import_presets); None detects it from the headers ("generic" when a ``mapping`` name is given). ``shop`` (a shop's code or name): the shop of the orders whose row names none
    (a seller centre's export is one shop's and often has no shop column). Raises ImportRejected (nothing
    written) when the file has problems.

    An order naming a shop that is not set up is imported all the same (nothing is lost), and the result's
    ``unknown_shops`` names the shop and its orders: the scan stops them, naming the shop, until it is added.
    """
    path = Path(path)
    filename = path.name
    if kind not in (None, "taobao", "generic", "products", *PRESETS):
        raise ValueError(f"unknown import kind {kind!r}")
    shop_name = shop_for_import(db, shop, filename)
    sha = file_sha256(path)
    mapping_fields: dict[str, str] | None = None
    if mapping is not None:
        mapping_fields = load_mapping(db, mapping)
        if mapping_fields is None:
            raise rejected(filename, None, f"there is no saved column mapping “{mapping}”")
        if kind is None:
            kind = "products" if "name" in mapping_fields and "qty" not in mapping_fields else "generic"

    with db.session() as s:
        done = s.scalar(select(ImportBatch.kind).where(ImportBatch.sha256 == sha))
    if done is not None:
        return ImportResult(kind="products" if done == "products" else (kind or ("generic" if mapping else "taobao")),
                            filename=filename, already_imported=True, preview=_dry_run)

    if mapping_fields:
        wanted = {_norm_header(h) for h in mapping_fields.values()}

        def is_header(cells: list[str]) -> bool:
            return wanted <= {_norm_header(h) for h in cells}
    else:
        def is_header(cells: list[str]) -> bool:
            return detect_kind(cells) is not None

    with open_table(path, is_header) as table:
        errors: list[RowError] = []
        if kind is None:
            kind = detect_kind(table.headers)
            role = pair_role(table.headers) if kind not in PRESETS else None
            if role is not None:
                other = "宝贝报表 (ExportOrderDetailList)" if role == "orders" else "订单报表 (ExportOrderList)"
                raise rejected(filename, table.header_row,
                               f"this is one of Taobao's two order files: import it together with its {other}, "
                               "both at once")
            if kind is None:
                raise rejected(filename, table.header_row,
                               "cannot tell what this file is: an order export of Taobao, 拼多多, 抖店 or 京东 needs "
                               "its order number column (订单编号, 订单号, 主订单编号), a "
                               "products list needs 商家编码/sku and 名称/name columns (or import it with a saved "
                               "column mapping)")
        if kind == "products":
            cols = (_resolve_mapping(table, mapping_fields, errors) if mapping_fields
                    else _resolve(table, _PRODUCT_LOOKUP, errors))
            _check_required(table, cols, PRODUCT_REQUIRED, PRODUCT_ALIASES, errors)
            raise_if(errors)
            return _import_products(db, table, cols, sha, _dry_run)
        if kind in PRESETS:
            cols = _resolve(table, _PRESET_LOOKUP[kind], errors)
            channel = kind
            required = {f: PRESETS[kind].columns[f] for f in ORDER_REQUIRED}
            _check_required(table, cols, ORDER_REQUIRED, required, errors)
            raise_if(errors)
            return import_orders(db, table, cols, sha, kind, channel, shop=shop_name, dry_run=_dry_run)
        if kind == "generic":
            if not mapping_fields:
                raise rejected(filename, None, "a generic file needs a saved column mapping")
            cols = _resolve_mapping(table, mapping_fields, errors)
            channel = mapping or ""
        else:
            cols = (_resolve_mapping(table, mapping_fields, errors) if mapping_fields
                    else _resolve(table, _ORDER_LOOKUP, errors))
            channel = "taobao"
        _check_required(table, cols, ORDER_REQUIRED, ORDER_ALIASES, errors)
        raise_if(errors)
        return import_orders(db, table, cols, sha, kind, channel[:MAXLEN["channel"]], shop=shop_name,
                             dry_run=_dry_run)


# --------------------------------------------------------------------------------------------- products

_TRUE = {"是", "y", "yes", "true", "1", "需要", "要"}
_FALSE = {"否", "n", "no", "false", "0", "不需要", "不要", "无", "-"}
_BARCODE_SPLIT = re.compile(r"[;|；｜,，、\s]+")


def _import_products(db, table: Table, cols: dict[str, list[int]], sha: str, dry_run: bool = False) -> ImportResult:
    """A products list is a catalogue (thousands of rows, not millions): read row by row, kept in memory."""
    errors = ErrorList(table)
    seen: dict[str, int] = {}
    items: list[tuple[int, dict[str, Any], list[str] | None, int | None]] = []
    n_rows = 0

    def cell(cells: list[str], f: str) -> tuple[str, int | None]:
        idx = cols.get(f)
        if not idx:
            return "", None
        i = idx[0]
        return (clean_cell(cells[i]) if i < len(cells) else ""), i

    for rowno, cells in table.rows:
        if errors.full:
            break
        n_rows += 1
        v: dict[str, Any] = {}
        sku, c = cell(cells, "sku")
        if not sku:
            errors.add(rowno, c, "the SKU (商家编码) is empty")
            continue
        if sku in seen:
            errors.add(rowno, c, f"SKU {sku} appears twice (first at row {seen[sku]})")
            continue
        seen[sku] = rowno
        problem = code_problem(sku)
        if problem:
            errors.add(rowno, c, f"the SKU {problem}")
        v["sku"] = sku
        for f in ("sku", "name", "style", "colour", "size"):
            if f in cols:
                val, c = cell(cells, f)
                if len(val) > MAXLEN[f]:
                    errors.add(rowno, c, f"longer than {MAXLEN[f]} characters")
                v[f] = val
        if not v.get("name"):
            errors.add(rowno, cols["name"][0], "the name (名称) is empty")
        if "weight_g" in cols:
            raw, c = cell(cells, "weight_g")
            w = 0
            if raw:
                grams, problem = parse_weight_g(raw)
                if grams is None:
                    errors.add(rowno, c, problem)
                else:
                    w = grams
            v["weight_g"] = w
        if "manual_check" in cols:
            raw, c = cell(cells, "manual_check")
            low = raw.lower()
            if low in _TRUE:
                raw = "人工核对 check by hand"
            elif low in _FALSE:
                raw = ""
            if len(raw) > MAXLEN["manual_check"]:
                errors.add(rowno, c, f"longer than {MAXLEN['manual_check']} characters")
            v["manual_check"] = raw or None
        if "stock" in cols:
            raw, c = cell(cells, "stock")
            if raw:
                n = parse_count(raw, 0, MAX_STOCK)
                if n is None:
                    errors.add(rowno, c, f"the stock “{shown(raw)}” is not a whole number from 0 to {MAX_STOCK}")
                v["stock"] = n or 0
        codes: list[str] | None = None
        if "barcodes" in cols:
            raw, c = cell(cells, "barcodes")
            if raw:
                codes = list(dict.fromkeys(x for x in (clean_cell(p) for p in _BARCODE_SPLIT.split(raw)) if x))
                for code in codes:
                    problem = barcode_problem(code)
                    if problem:
                        errors.add(rowno, c, problem)
        items.append((rowno, v, codes, cols["barcodes"][0] if "barcodes" in cols else None))

    errors.raise_if_any()

    try:
        with db.session() as s:
            if s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == sha)) is not None:
                return ImportResult(kind="products", filename=table.filename, already_imported=True, preview=dry_run)
            added, updated, released = _write_products(s, table, items, errors, sha, n_rows)
            result = ImportResult(kind="products", filename=table.filename, products_added=added,
                                  products_updated=updated, rows=n_rows, released=released, preview=dry_run)
            if dry_run:
                raise Rollback(result)
    except Rollback as done:
        return done.result
    return result


def _write_products(s, table: Table, items: list, errors: ErrorList, sha: str,
                    n_rows: int) -> tuple[int, int, list[str]]:
    """The checked products into the session: (added, updated, the orders released)."""
    ptable, btable = Product.__table__, Barcode.__table__
    existing = {r.sku: r for r in s.execute(select(ptable)).mappings()}
    code_owner: dict[str, str] = {}
    id_to_sku = {r["id"]: sku for sku, r in existing.items()}
    for code, pid in s.execute(select(btable.c.code, btable.c.product_id)):
        code_owner[code] = id_to_sku.get(pid, "")
    # barcodes of products given new ones are released first, so a code can move between products
    replaced = {v["sku"] for _, v, codes, _ in items if codes is not None}
    code_owner = {code: sku for code, sku in code_owner.items() if sku not in replaced}
    first_row: dict[str, int] = {}
    for rowno, v, codes, bc in items:
        for code in codes or ():
            owner = code_owner.get(code)
            if owner is not None and owner != v["sku"]:
                where = f"row {first_row[code]}" if code in first_row else "the product list"
                errors.add(rowno, bc, f"the barcode {code} already belongs to SKU {owner} ({where})")
            else:
                code_owner[code] = v["sku"]
                first_row.setdefault(code, rowno)
    errors.raise_if_any()

    conn = s.connection()
    defaults = {"name": "", "style": "", "colour": "", "size": "", "weight_g": 0, "manual_check": None,
                "stock": 0, "active": True}
    new = [v for _, v, _, _ in items if v["sku"] not in existing]
    if new:
        conn.execute(insert(ptable), [defaults | v for v in new])
    changed: set[str] = set()
    for _, v, _, _ in items:
        ex = existing.get(v["sku"])
        if ex is not None and any(ex[k] != val for k, val in v.items()):
            conn.execute(update(ptable).where(ptable.c.id == ex["id"]).values(v))
            changed.add(v["sku"])
    ids = dict(conn.execute(select(ptable.c.sku, ptable.c.id)).all())
    old_codes: dict[int, set[str]] = {}
    for code, pid in conn.execute(select(btable.c.code, btable.c.product_id)):
        old_codes.setdefault(pid, set()).add(code)
    recode = [(ids[v["sku"]], codes) for _, v, codes, _ in items
              if codes is not None and old_codes.get(ids[v["sku"]], set()) != set(codes)]
    if recode:
        pids = [pid for pid, _ in recode]
        moving = [c for _, codes in recode for c in codes]
        for i in range(0, len(pids), 500):
            conn.execute(delete(btable).where(btable.c.product_id.in_(pids[i:i + 500])))
        for i in range(0, len(moving), 500):  # codes moving over from another product of this file
            conn.execute(delete(btable).where(btable.c.code.in_(moving[i:i + 500])))
        conn.execute(insert(btable), [{"code": c, "product_id": pid} for pid, codes in recode for c in codes])
        by_id = {pid: sku for sku, pid in ids.items()}
        changed |= {by_id[pid] for pid, _ in recode if by_id[pid] in existing}
    # orders that waited for these products get their lines and are released
    released = pending_lines.resolve(s, [v["sku"] for v in new])
    s.flush()
    stock.rebalance(s)  # a stock column may have changed what the open orders can have
    conn.execute(insert(ImportBatch.__table__).values(
        sha256=sha, filename=table.filename[:300], kind="products", rows=n_rows, imported_at=utcnow()))
    return len(new), len(changed), released
