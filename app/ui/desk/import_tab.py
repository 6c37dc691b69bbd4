"""Import: orders (a seller centre's export, Taobao's two files together, the exports of 拼多多, 抖店 and 京东) or a
products list, from a file dialog or dropped onto the screen. A preview first — the import done in full and
rolled back — says in words what will change (new orders, changed orders and what changes, held, waiting for
products, shops not set up, or the file's problems with file, row and column); Import writes it, Cancel writes
nothing.

A tab of its own rather than a dialog of the Orders tab: the whole screen is the drop target, and the preview
stays in view while the supervisor checks it against the platform. An import of a day's orders takes about a
second (bench/import_speed.py: 100,000 orders in under ten), so it runs on the GUI thread under a wait cursor,
as every desk action does; there is no worker thread in the desk to share."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...services import shops
from ...services.import_desk import import_from_desk
from ...services.import_read import ImportRejected, ImportResult, RowError
from .. import theme
from ..messages import value_name
from ...services.courier_rules import courier_names
from .kit import DeskTab, fill, table

_MORE_SHOWN = 50  # rows of new orders named one by one (the result names the first PREVIEW_ORDERS)


class ImportTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        self.paths: list[str] = []
        self.result: ImportResult | None = None
        self.setAcceptDrops(True)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose = QPushButton(self.tr("Choose files…"))
        self.choose.clicked.connect(self.choose_files)
        top.addWidget(self.choose)
        top.addWidget(QLabel(self.tr("Shop of orders that name none:")))
        self.shop = QComboBox()
        self.shop.setMinimumWidth(240)
        top.addWidget(self.shop)
        top.addStretch(1)
        lay.addLayout(top)
        self.hint = QLabel(self.tr(
            "Drop an order or products file here (CSV or XLSX), or Taobao's two files together (订单报表 + 宝贝报表). "
            "The exports of Taobao, Pinduoduo, Douyin and JD are recognised by their columns. A preview shows what "
            "will change; nothing is written until you press Import."))
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.files = QLabel()
        self.files.setWordWrap(True)
        lay.addWidget(self.files)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(self.summary)
        self.table = table([self.tr("What"), self.tr("Order"), self.tr("Details")])
        lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        self.refresh()
        self._buttons()

    # ------------------------------------------------------------ what the window asks
    def refresh(self) -> None:
        wanted = self.shop.currentData()
        self.shop.clear()
        self.shop.addItem(self.tr("as the file says"), None)
        for s in shops.list_shops(self.db, include_retired=False):
            self.shop.addItem(f"{s.code} {s.name}", s.code)
        self.shop.setCurrentIndex(max(0, self.shop.findData(wanted)))

    # ------------------------------------------------------------ files in
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import orders or products"), "",
                                                self.tr("Order or products file (*.csv *.xlsx)"))
        if paths:
            self.load(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.load(paths)

    def load(self, paths: list[str]) -> None:
        """Preview the file (or the pair): what the import would do, nothing written."""
        self.paths, self.result = [], None
        fill(self.table, [])
        if len(paths) > 2:
            self.summary.setText("")
            self.files.setText("")
            self.say(self.tr("Drop one file, or Taobao's two files together — not {n}").format(n=len(paths)),
                     error=True)
            self._buttons()
            return
        self.paths = list(paths)
        self.files.setText(self.tr("Files: {names}").format(names=" + ".join(Path(p).name for p in paths)))
        self._run(preview=True)

    # ------------------------------------------------------------ the two buttons
    def do_import(self) -> None:
        if self.paths and self.result is not None and self.result.preview:
            self._run(preview=False)

    def cancel(self) -> None:
        self.paths, self.result = [], None
        fill(self.table, [])
        self.files.setText("")
        self.summary.setText("")
        self.say(self.tr("Cancelled: nothing was written"))
        self._buttons()

    def _buttons(self) -> None:
        ready = bool(self.paths) and self.result is not None and self.result.preview \
            and not self.result.already_imported
        self.import_button.setEnabled(ready)
        self.cancel_button.setEnabled(bool(self.paths))

    # ------------------------------------------------------------ running
    def _run(self, preview: bool) -> None:
        out: list = []

        def action():
            try:
                out.append(import_from_desk(self.db, self.actor, self.paths, shop=self.shop.currentData(),
                                            preview=preview))
            except ImportRejected as exc:
                out.append(exc)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.do(action, "", refresh=not preview)
        finally:
            QApplication.restoreOverrideCursor()
        if not done:
            self.result = None
        elif isinstance(out[0], ImportRejected):
            self.result = None
            self._refused(out[0])
        else:
            self.result = out[0]
            self._show(out[0])
        self._buttons()

    def _refused(self, exc: ImportRejected) -> None:
        n = len(exc.errors)
        head = (self.tr("Not imported, nothing was changed: the first {n} problems are shown, there are more")
                if exc.more else self.tr("Not imported, nothing was changed: {n} problems")).format(n=n)
        self.summary.setText(head)
        self.summary.setStyleSheet(f"color: {theme.COLOURS['error']};")
        fill(self.table, [[self.tr("Problem"), "", self.problem_text(e)] for e in exc.errors])
        self.say(head, error=True)

    def _show(self, r: ImportResult) -> None:
        self.summary.setStyleSheet("")
        if r.already_imported:
            self.summary.setText(self.tr("{file} was already imported (the same file): nothing would change")
                                 .format(file=r.filename))
            fill(self.table, [])
            return
        if r.kind == "products":
            text = self.tr("{file}: {added} new products, {updated} changed, {released} orders released").format(
                file=r.filename, added=r.products_added, updated=r.products_updated, released=len(r.released))
        else:
            text = self.tr("{file}: {rows} rows — {added} new orders, {updated} changed, {skipped} unchanged, "
                           "{held} held, {queued} queued for the supervisor, {ignored} not paid yet (ignored)").format(
                file=r.filename, rows=r.rows, added=r.orders_added, updated=r.orders_updated,
                skipped=r.orders_skipped, held=len(r.held), queued=len(r.conflicts), ignored=r.orders_ignored)
        if r.preview:
            self.summary.setText(self.tr("Preview, nothing written yet: Import writes it, Cancel writes nothing.")
                                 + "\n" + text)
        else:
            self.summary.setText(self.tr("Imported.") + "\n" + text)
            self.say(self.tr("Imported {file}").format(file=r.filename))
        fill(self.table, self.rows(r))

    # ------------------------------------------------------------ the preview in words
    def rows(self, r: ImportResult) -> list[list[str]]:
        out: list[list[str]] = []
        outcome = {"updated": self.tr("Changes"), "held": self.tr("Held: a person decides"),
                   "queued": self.tr("Queued for the supervisor (not changed)"),
                   "intercepted": self.tr("Intercepted: refund or closed")}
        for no, what, changes in r.changes:
            out.append([outcome.get(what, what), no, "; ".join(self.change_text(c) for c in changes)])
        for no in r.added_orders[:_MORE_SHOWN]:
            out.append([self.tr("New order"), no, ""])
        if r.orders_added > len(r.added_orders[:_MORE_SHOWN]):
            out.append([self.tr("New order"), "", self.tr("and {n} more").format(
                n=r.orders_added - len(r.added_orders[:_MORE_SHOWN]))])
        for sku, nos in sorted(r.waiting.items()):
            out.append([self.tr("Waits for a product"), _some(nos),
                        self.tr("SKU {sku} is not in the product list: held until it is added").format(sku=sku)])
        for no in r.no_sku:
            out.append([self.tr("Waits for a SKU"), no, self.tr("a line has no SKU (商家编码)")])
        for name, nos in sorted(r.unknown_shops.items()):
            detail = (self.tr("shop {shop} is not set up (or retired): stopped at the scan until it is added")
                      .format(shop=name) if name else
                      self.tr("no shop named and no default shop: stopped at the scan"))
            out.append([self.tr("Shop not set up"), _some(nos), detail])
        for no in r.oversold:
            out.append([self.tr("Oversold"), no, self.tr("the stock does not cover it: held")])
        if r.couriers:
            names = courier_names(self.db)
            for code, n in sorted(r.couriers.items(), key=lambda cn: -cn[1]):
                out.append([self.tr("Goes with"), names.get(code, code) if code else self.tr("no courier yet"),
                            self.tr("{n} new orders").format(n=n)])
        for no in r.courier_asks:
            out.append([self.tr("Courier to decide"), no,
                        self.tr("the note asks for a courier the rules did not pick: a supervisor decides")])
        for no in r.released:
            out.append([self.tr("Released"), no, self.tr("its products arrived")])
        return out

    def change_text(self, c: dict) -> str:
        what = c.get("what")
        if what == "line":
            parts = []
            names = {"qty": self.tr("quantity"), "title": self.tr("title"), "price": self.tr("price")}
            for k in ("qty", "title", "price"):
                if k in c:
                    parts.append(f"{names[k]} {c[k][0]} → {c[k][1]}")
            return self.tr("line {line} {sku}: {changes}").format(line=c["line"], sku=c["sku"],
                                                                   changes=", ".join(parts))
        if what == "variant":
            old = c["sku"][0] if isinstance(c["sku"][0], str) else " / ".join(c["sku"][0])
            return self.tr("line {line}: {old} → {new} × {qty}").format(line=c["line"] or "?", old=old,
                                                                        new=c["sku"][1], qty=c["qty"][1])
        if what == "add":
            return self.tr("new line {line}: {sku} × {qty}").format(line=c["line"], sku=c["sku"], qty=c["qty"])
        if what == "waiting":
            return self.tr("waits for products: {skus}").format(skus=", ".join(s or "—" for s in c["to"]))
        return self.tr("{field}: {old} → {new}").format(field=self.field_name(what), old=self.value(c.get("from")),
                                                         new=self.value(c.get("to")))

    def field_name(self, f: str) -> str:
        return {"recipient_name": self.tr("recipient"), "phone": self.tr("phone"),
                "address": self.tr("street address"), "province": self.tr("province"), "city": self.tr("city"),
                "district": self.tr("district"), "postcode": self.tr("postcode"), "buyer_id": self.tr("buyer"),
                "shop": self.tr("shop"), "channel": self.tr("platform"), "buyer_note": self.tr("buyer's note"),
                "seller_note": self.tr("seller's note"), "amount": self.tr("amount"), "paid_at": self.tr("paid at"),
                "status": self.tr("status"), "refund_requested": self.tr("refund requested")}.get(f, f)

    def value(self, v) -> str:
        if v is True:
            return self.tr("yes")
        if v is False:
            return self.tr("no")
        if v is None or v == "":
            return "—"
        text = str(v)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}.*", text):  # a time as the case keeps it
            return text[:10] + " " + text[11:19]
        return value_name(text)

    def problem_text(self, e: RowError) -> str:
        """A problem of a refused file: where (file, row, column) in the user's words, then what."""
        where = [e.file]
        if e.row is not None:
            where.append(self.tr("row {row}").format(row=e.row))
        if e.column:
            where.append(self.tr("column {column}").format(column=e.column))
        return self.tr("{where}: {problem}").format(where=", ".join(where), problem=self.problem_words(e.message))

    def problem_words(self, message: str) -> str:
        """The commonest problems in the user's language; any other in the file check's own words."""
        known = (
            (r"the quantity “(?P<v>.*)” is not a whole number from 1 to (?P<max>\d+)",
             self.tr("the quantity “{v}” is not a whole number from 1 to {max}")),
            (r"the quantity \(购买数量\) is empty", self.tr("the quantity is empty")),
            (r"the order number \(订单编号\) is empty", self.tr("the order number is empty")),
            (r"missing required column (?P<v>.*) \((?P<f>\w+)\)", self.tr("the column {v} is missing")),
            (r"order (?P<v>\S+) is not in the 订单报表 (?P<f>.*): export the two files together, for the same orders",
             self.tr("order {v} is not in the 订单报表 {f}: export the two files together, for the same orders")),
            (r"order (?P<v>\S+) has no line in the 宝贝报表 (?P<f>.*): export the two files together, for the same "
             r"orders",
             self.tr("order {v} has no line in the 宝贝报表 {f}: export the two files together, for the same orders")),
            (r"order (?P<v>\S+) appears twice in the 订单报表 \(first at row (?P<f>\d+)\): one row per order",
             self.tr("order {v} appears twice in the 订单报表 (first at row {f}): one row per order")),
            (r"this is one of Taobao's two order files: .*",
             self.tr("this is one of Taobao's two order files: drop it together with the other one")),
            (r"both files are a .*", self.tr("both files are the same kind: drop a 订单报表 with its 宝贝报表")),
            (r"cannot tell what this file is.*", self.tr("this is not an order or products file we know")),
            (r"there is no shop “(?P<v>.*)” .*", self.tr("there is no shop {v}")),
        )
        for pattern, words in known:
            m = re.fullmatch(pattern, message, re.S)
            if m:
                return words.format(**m.groupdict())
        return message


def _local_files(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return paths if paths and len(paths) == len(mime.urls()) else []


def _some(numbers: list[str], n: int = 5) -> str:
    return ", ".join(numbers[:n]) + (" …" if len(numbers) > n else "")
