"""Taobao's seller centre exports a day's orders as two files; this imports the pair as one (no Qt).

* the 订单报表 (ExportOrderList….csv): one row per order — 订单编号, 买家会员名, 买家实际支付金额, 订单状态, 买家留言,
  收货人姓名, 收货地址, 联系电话/联系手机, 订单创建时间, 订单付款时间, 宝贝标题 (all the items in one cell), 宝贝种类,
  物流单号, 物流公司, 订单备注, 宝贝总数量, 店铺名称 …
* the 宝贝报表 (ExportOrderDetailList….csv): one row per line — 订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性,
  套餐信息, 备注, 订单状态, 商家编码.

Where these column lists come from: ShopEx 4.8's ``mdl.taobaoordercsv.php`` (orderExportTitle / goodsExportTitle,
2009), which writes orders "in Taobao's format" as exactly these two files under these names, and a Qt reader of
the real files (``TaobaoExportOrderDetailList::process``: 订单编号 written as ="…", then 标题, 价格, 购买数量, 商品属性
at index 5, 备注 at 7, 订单状态 at 8, eleven cells a row), both found in public repositories; 商家编码 at the end of
the 宝贝报表 and 店铺名称 / 宝贝总数量 in the 订单报表 are in the newer exports as the issue lists them. Other columns
are read only when their header is one we know (importing.ORDER_ALIASES); the rest are ignored.

The two are joined by 订单编号 (written ="123…", or with a leading tab or apostrophe: cleaned as in any file) into
one stream of rows — a line of the 宝贝报表 with its order's cells of the 订单报表 — that the ordinary order import
checks and writes (import_orders: one writer for every file). A problem is named in the file, row and column it
is in. An order of one file that the other lacks is an error; nothing is written unless both files are clean.
"""
from __future__ import annotations

import hashlib
import marshal
from pathlib import Path

from ..models import ImportBatch
from .import_orders import ORDER_LEVEL, import_orders
from .import_read import MAX_ERRORS, ImportRejected, ImportResult, RowError, Table, file_sha256, open_table, raise_if
from .import_values import clean_cell
from .importing import _ORDER_LOOKUP, ORDER_ALIASES, _check_required, _resolve, pair_role, shop_for_import

# what each file gives: the order's own fields from the 订单报表, the lines' from the 宝贝报表
ORDER_FIELDS = ORDER_LEVEL + ("refund_status",)
LINE_FIELDS = ("sku", "qty", "title", "attributes", "price")
_ORDERS_LOOKUP = {f: _ORDER_LOOKUP[f] for f in ("order_no",) + ORDER_FIELDS}
_ITEMS_LOOKUP = {f: _ORDER_LOOKUP[f] for f in ("order_no",) + LINE_FIELDS}


def import_pair(db, first: str | Path, second: str | Path, shop: str | None = None,
                preview: bool = False) -> ImportResult:
    """Import Taobao's 订单报表 and 宝贝报表 together, all or nothing (``first`` and ``second`` in either order:
    which is which is read from their headers). ``shop`` as for importing.import_file; ``preview``: do it all
    and roll it back (importing.preview_file)."""
    paths = [Path(first), Path(second)]
    roles = [_role(p) for p in paths]
    if set(roles) != {"items", "orders"}:
        problems = [RowError(p.name, None, None, _not_a_half(role, other))
                    for p, role, other in ((paths[0], roles[0], roles[1]), (paths[1], roles[1], roles[0]))
                    if role is None or role == other]
        raise_if(problems)
    orders_path, items_path = paths if roles[0] == "orders" else paths[::-1]
    filename = f"{orders_path.name} + {items_path.name}"
    shop_name = shop_for_import(db, shop, orders_path.name)
    sha = hashlib.sha256(f"taobao-pair:{file_sha256(orders_path)}:{file_sha256(items_path)}".encode()).hexdigest()
    from sqlalchemy import select

    with db.session() as s:
        if s.scalar(select(ImportBatch.id).where(ImportBatch.sha256 == sha)) is not None:
            return ImportResult(kind="taobao", filename=filename, already_imported=True, preview=preview)
    orders = _Orders(orders_path)
    with open_table(items_path, lambda cells: pair_role(cells) == "items") as items:
        errors: list[RowError] = []
        icols = _resolve(items, _ITEMS_LOOKUP, errors)
        _check_required(items, icols, ("order_no", "qty", "sku"), ORDER_ALIASES, errors)
        if errors or not orders.readable:  # columns missing: the rows cannot be read
            raise_if(orders.problems + errors)
        table = _PairTable(filename, orders, items, icols)
        table.problems.extend(orders.problems)  # raised with the rows' problems
        return import_orders(db, table, table.cols, sha, "taobao", "taobao", shop=shop_name, dry_run=preview)


def _role(path: Path) -> str | None:
    with open_table(path, lambda cells: pair_role(cells) is not None) as table:
        return pair_role(table.headers)


def _not_a_half(role: str | None, other: str | None) -> str:
    if role is None:
        return ("this is neither Taobao's 订单报表 (ExportOrderList: 订单编号, 收货人姓名, 收货地址 …, no 购买数量) nor its "
                "宝贝报表 (ExportOrderDetailList: 订单编号, 标题, 购买数量, 商家编码 …, no address)")
    name = "订单报表 (ExportOrderList)" if role == "orders" else "宝贝报表 (ExportOrderDetailList)"
    return f"both files are a {name}: import a 订单报表 with its 宝贝报表"


class _Orders:
    """The 订单报表 read whole (one row per order, a few thousand a day): order number -> (row, its cells that
    we use, packed), and the problems found in it."""

    def __init__(self, path: Path):
        self.problems: list[RowError] = []
        self.by_no: dict[str, tuple[int, bytes]] = {}
        self.readable = False
        with open_table(path, lambda cells: pair_role(cells) == "orders") as table:
            self.table = table
            cols = _resolve(table, _ORDERS_LOOKUP, self.problems)
            _check_required(table, cols, ("order_no", "recipient_name", "address", "phone"), ORDER_ALIASES,
                            self.problems)
            if self.problems:
                return
            self.readable = True
            self.used = sorted({i for idx in cols.values() for i in idx})
            at = {i: k for k, i in enumerate(self.used)}
            self.cols = {f: [at[i] for i in idx] for f, idx in cols.items() if f != "order_no"}
            p_no = cols["order_no"][0]
            self.no_col = p_no
            for rowno, cells in table.rows:
                no = clean_cell(cells[p_no]) if p_no < len(cells) else ""
                if not no:
                    self._problem(table.error(rowno, p_no, "the order number (订单编号) is empty"))
                    continue
                if no in self.by_no:
                    self._problem(table.error(rowno, p_no, f"order {no} appears twice in the 订单报表 (first at row "
                                                            f"{self.by_no[no][0]}): one row per order"))
                    continue
                picked = [cells[i] if i < len(cells) else "" for i in self.used]
                self.by_no[no] = (rowno, marshal.dumps(picked))

    def _problem(self, error: RowError) -> None:
        if len(self.problems) <= MAX_ERRORS:
            self.problems.append(error)


class _PairTable(Table):
    """The 宝贝报表's rows, each followed by its order's cells from the 订单报表: what import_orders reads as one
    file. Its errors name the file, row and column they are in (``error``)."""

    def __init__(self, filename: str, orders: _Orders, items: Table, icols: dict[str, list[int]]):
        self.orders, self.items = orders, items
        self.width = len(items.headers)
        self.order_row: dict[int, int] = {}   # a row of the 宝贝报表 -> the row of its order in the 订单报表
        self.cols = dict(icols)
        self.cols.update({f: [self.width + k for k in idx] for f, idx in orders.cols.items()})
        headers = items.headers + [orders.table.headers[i] for i in orders.used]
        super().__init__(filename, headers, items.header_row, self._rows())

    def _rows(self):
        orders, items = self.orders, self.items
        p_no = self.cols["order_no"][0]
        blank = [""] * len(orders.used)
        pad = self.width
        seen: set[str] = set()
        for rowno, cells in items.rows:
            if len(cells) < pad:
                cells = cells + [""] * (pad - len(cells))
            elif len(cells) > pad:
                cells = cells[:pad]
            no = clean_cell(cells[p_no])
            hit = orders.by_no.get(no)
            if hit is None:
                if no:  # (a blank one is the order import's to report)
                    self._problem(items.error(rowno, p_no, f"order {no} is not in the 订单报表 "
                                                           f"{orders.table.filename}: export the two files together, "
                                                           "for the same orders"))
                    continue
                yield rowno, cells + blank
                continue
            seen.add(no)
            self.order_row[rowno] = hit[0]
            yield rowno, cells + marshal.loads(hit[1])
        for no, (orow, _) in orders.by_no.items():
            if no not in seen:
                self._problem(orders.table.error(orow, orders.no_col, f"order {no} has no line in the 宝贝报表 "
                                                                      f"{items.filename}: export the two files "
                                                                      "together, for the same orders"))

    def _problem(self, error: RowError) -> None:
        if len(self.problems) <= MAX_ERRORS:
            self.problems.append(error)

    def col(self, index: int) -> str:
        if index < self.width:
            return self.items.col(index)
        return self.orders.table.col(self.orders.used[index - self.width])

    def error(self, row: int | None, index: int | None, message: str) -> RowError:
        if index is None or index < self.width:
            return self.items.error(row, index, message)
        return self.orders.table.error(self.order_row.get(row, row) if row is not None else None,
                                       self.orders.used[index - self.width], message)


def import_files(db, paths: list[str | Path], shop: str | None = None, preview: bool = False,
                 mapping: str | None = None) -> ImportResult:
    """One file (importing.import_file / preview_file), or Taobao's two (import_pair): what the desk and the
    command line take. More than two files, or none, is refused."""
    from .importing import import_file, preview_file

    paths = [Path(p) for p in paths]
    if len(paths) == 2:
        return import_pair(db, paths[0], paths[1], shop=shop, preview=preview)
    if len(paths) != 1:
        raise ImportRejected([RowError(", ".join(p.name for p in paths) or "—", None, None,
                                       "import one file, or Taobao's two (订单报表 + 宝贝报表) together")])
    return (preview_file if preview else import_file)(db, paths[0], mapping=mapping, shop=shop)
