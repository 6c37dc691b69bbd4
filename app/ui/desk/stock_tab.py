"""Stock: every SKU's stock, what the open orders reserve and what is left, each SKU's own low level; the list
to see before a promotion (SKUs whose stock does not cover the open orders); and the count by scanning (盘点):
scan each unit (or scan, then type how many), see the differences against the books, apply them with a
reason. A count in progress is kept on disk after every scan, so a crash or a closed window loses none."""
from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from ... import paths
from ...services import stock
from .. import theme
from .kit import DeskTab, fill, table


def _sheet_path():
    return paths.data_dir() / "stock-count-in-progress.json"


class StockTab(DeskTab):
    refresh_on_change = True

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)

        # ---- the books
        books = QWidget()
        bl = QVBoxLayout(books)
        bl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("SKU, name or style"))
        self.search.returnPressed.connect(self.refresh)
        self.only = QComboBox()
        for key, text in (("", self.tr("all SKUs")), ("low", self.tr("low stock")),
                          ("short", self.tr("not enough for the open orders")), ("recount", self.tr("to count"))):
            self.only.addItem(text, key)
        self.only.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.search, 1)
        top.addWidget(self.only)
        bl.addLayout(top)
        self.levels = table([self.tr("SKU"), self.tr("Item"), self.tr("Colour/size"), self.tr("Stock"),
                             self.tr("Reserved"), self.tr("Available"), self.tr("Low at"), self.tr("Note")])
        bl.addWidget(self.levels, 1)
        low = QHBoxLayout()
        low.addWidget(QLabel(self.tr("Low-stock level of the selected SKU:")))
        self.low_level = QSpinBox()
        self.low_level.setRange(0, stock.MAX_LEVEL)
        self.low_level.setValue(stock.LOW_STOCK)
        low.addWidget(self.low_level)
        b = QPushButton(self.tr("Set level…"))
        b.clicked.connect(self.set_level)
        low.addWidget(b)
        low.addStretch(1)
        bl.addLayout(low)
        split.addWidget(books)

        # ---- the count
        count = QGroupBox(self.tr("Stock count (scan every unit)"))
        cl = QVBoxLayout(count)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("only the SKUs scanned (a shelf)"), False)
        self.scope.addItem(self.tr("the whole stock (SKUs not scanned count 0)"), True)
        self.scope.currentIndexChanged.connect(self._show_sheet)
        cl.addWidget(self.scope)
        scan = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("scan a unit (or type a SKU)"))
        self.code.returnPressed.connect(self.scan_entered)
        self.qty = QSpinBox()
        self.qty.setRange(1, 100_000)
        self.qty.setPrefix("× ")
        scan.addWidget(self.code, 1)
        scan.addWidget(self.qty)
        cl.addLayout(scan)
        self.last = QLabel()
        self.last.setFont(theme.font(theme.SMALL, bold=True))
        cl.addWidget(self.last)
        self.sheet_table = table([self.tr("SKU"), self.tr("Item"), self.tr("Counted"), self.tr("Books"),
                                  self.tr("Difference")])
        cl.addWidget(self.sheet_table, 1)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply the differences…"))
        self.apply_button.clicked.connect(self.apply)
        clear = QPushButton(self.tr("Start again"))
        clear.clicked.connect(self.clear_sheet)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(clear)
        cl.addLayout(buttons)
        split.addWidget(count)
        split.setSizes([800, 480])
        self.sheet: dict[str, int] = self._load_sheet()
        self._levels: list = []
        self._show_sheet()

    # ---------------------------------------------------------------- the books
    def refresh(self) -> None:
        self._levels = stock.levels(self.db, only=self.only.currentData() or None, search=self.search.text())
        fill(self.levels, [[lv.sku, lv.name, lv.variant, str(lv.stock), str(lv.reserved), str(lv.available),
                            str(lv.low_at), self._note(lv)] for lv in self._levels])

    def _note(self, lv) -> str:
        notes = []
        if lv.short:
            notes.append(self.tr("oversold by {n}").format(n=-lv.available))
        elif lv.low:
            notes.append(self.tr("low"))
        if lv.recount:
            notes.append(self.tr("count it: shipped with the books short"))
        return "; ".join(notes)

    def set_level(self) -> None:
        row = self.levels.currentRow()
        if not 0 <= row < len(self._levels):
            self.say(self.tr("Select a SKU first"), error=True)
            return
        sku, level = self._levels[row].sku, self.low_level.value()
        if reason := self.ask(self.tr("Low-stock level"), self.tr("Reason:")):
            self.do(lambda: stock.set_low_level(self.db, self.actor, sku, level, reason),
                    self.tr("{sku}: low at {n}").format(sku=sku, n=level))

    # ---------------------------------------------------------------- the count
    def on_scan(self, code: str) -> None:  # a scan while the tab shows and no field has the focus
        self.code.setText(code)
        self.scan_entered()

    def scan_entered(self) -> None:
        code = self.code.text().strip()
        self.code.clear()
        if not code:
            return
        found: list[tuple[str, str]] = []
        if not self.do(lambda: found.append(stock.find_item(self.db, code)), "", refresh=False):
            self.play(False)
            return
        sku, name = found[0]
        n = self.qty.value()
        self.qty.setValue(1)
        self.sheet[sku] = self.sheet.get(sku, 0) + n
        self._save_sheet()
        self.last.setText(self.tr("{sku} {name}: +{n}, {total} counted").format(sku=sku, name=name, n=n,
                                                                             total=self.sheet[sku]))
        self.play(True)
        self._show_sheet()

    def _show_sheet(self) -> None:
        whole = bool(self.scope.currentData())
        lines: list = []
        if self.sheet or whole:
            if not self.do(lambda: lines.extend(stock.count_sheet(self.db, self.sheet, whole)), "", refresh=False):
                return
        if whole:  # the whole stock: what differs (a long list of zeros helps nobody), then the rest
            lines = [ln for ln in lines if ln.difference] + [ln for ln in lines if not ln.difference and ln.counted]
        fill(self.sheet_table, [[ln.sku, ln.name, str(ln.counted), str(ln.books), f"{ln.difference:+d}"]
                                for ln in lines])

    def apply(self) -> None:
        whole = bool(self.scope.currentData())
        if not self.sheet and not whole:
            self.say(self.tr("Scan what you count first"), error=True)
            return
        if reason := self.ask(self.tr("Apply the count"), self.tr("Reason:")):
            booked: list = []
            if self.do(lambda: booked.extend(stock.apply_count(self.db, self.actor, self.sheet, whole, reason)),
                       self.tr("Count applied")):
                self.say(self.tr("Count applied: {n} SKU(s) corrected").format(n=len(booked)))
                self.clear_sheet()

    def clear_sheet(self) -> None:
        self.sheet = {}
        self._save_sheet()
        self.last.clear()
        self._show_sheet()

    def _load_sheet(self) -> dict[str, int]:
        try:
            data = json.loads(_sheet_path().read_text(encoding="utf-8"))
            return {str(k): int(v) for k, v in data.items() if int(v) > 0}
        except (OSError, ValueError, AttributeError):
            return {}

    def _save_sheet(self) -> None:
        path = _sheet_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.sheet, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
