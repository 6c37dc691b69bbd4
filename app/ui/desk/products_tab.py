"""Setup › Products: find a product by SKU, name, style or barcode; change one (names, weight, what the packer
checks by hand, barcodes, sold or not); import a products list (CSV/XLSX), refused whole with where the problem
is (app.services.products)."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout,
)

from ...services import products
from ...services.import_values import MAX_WEIGHT_G
from ...services.importing import ImportRejected
from .. import theme
from .kit import DeskTab, fill, table
from .setup_forms import FormDialog

_SPLIT = re.compile(r"[\s,，;；、]+")


class ProductsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("SKU, name, style or barcode"))
        self.search.returnPressed.connect(self.refresh)
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.refresh)
        top.addWidget(self.search, 1)
        top.addWidget(find)
        lay.addLayout(top)
        self.table = table([self.tr("SKU"), self.tr("Name"), self.tr("Style"), self.tr("Colour"), self.tr("Size"),
                            self.tr("Weight"), self.tr("Barcodes"), self.tr("Check by hand"), self.tr("State")])
        self.table.setFont(theme.font(theme.SMALL))  # nine columns: smaller type than the other lists
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.import_button = QPushButton(self.tr("Import a products list (CSV/XLSX)…"))
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.edit_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.rows: list[products.ProductRow] = []
        self.dialog: FormDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        sku = self.current().sku if self.current() else None
        self.rows = products.search_products(self.db, self.search.text())
        fill(self.table, [[p.sku, p.name, p.style, p.colour, p.size, f"{p.weight_g} g", " ".join(p.barcodes),
                           p.manual_check, self.tr("sold") if p.active else self.tr("not sold")] for p in self.rows])
        if sku is not None:
            for i, p in enumerate(self.rows):
                if p.sku == sku:
                    self.table.selectRow(i)
        self._selected()

    def on_scan(self, code: str) -> None:  # a barcode scanned here finds its product
        self.search.setText(code)
        self.refresh()

    def current(self) -> products.ProductRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) and self.table.selectedItems() else None

    def _selected(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def open(self, dialog: FormDialog) -> bool:
        self.dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit(self) -> None:
        p = self.current()
        if p is None:
            return
        dlg = FormDialog(self.tr("Change product {sku}").format(sku=p.sku),
                         self.tr("Barcodes: every code that scans as this product, separated by spaces."),
                         self.tr("Save"), lambda: None, self)
        name = dlg.add(self.tr("Name"), QLineEdit(p.name))
        style = dlg.add(self.tr("Style"), QLineEdit(p.style))
        colour = dlg.add(self.tr("Colour"), QLineEdit(p.colour))
        size = dlg.add(self.tr("Size"), QLineEdit(p.size))
        weight = dlg.add(self.tr("Weight"), QSpinBox())
        weight.setRange(0, MAX_WEIGHT_G)
        weight.setSuffix(" g")
        weight.setValue(p.weight_g)
        check = dlg.add(self.tr("Check by hand"), QLineEdit(p.manual_check))
        check.setPlaceholderText(self.tr("e.g. measure the waist (empty: nothing to check)"))
        codes = dlg.add(self.tr("Barcodes"), QLineEdit(" ".join(p.barcodes)))
        active = dlg.add(self.tr("State"), QCheckBox(self.tr("sold (scanned at the stations)")))
        active.setChecked(p.active)
        reason = dlg.add(self.tr("Reason"), QLineEdit())

        def submit():
            wanted = list(dict.fromkeys(c for c in _SPLIT.split(codes.text().strip()) if c))
            products.edit_product(
                self.db, self.actor, p.sku, name=name.text(), style=style.text(), colour=colour.text(),
                size=size.text(), weight_g=weight.value(), manual_check=check.text(), active=active.isChecked(),
                add_barcodes=[c for c in wanted if c not in p.barcodes],
                remove_barcodes=[c for c in p.barcodes if c not in wanted], reason=reason.text())

        dlg.submit = submit
        if self.open(dlg):
            self.refresh()
            self.say(self.tr("Product {sku} changed").format(sku=p.sku))

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a products list"), "",
                                              self.tr("Products list (*.csv *.xlsx)"))
        return path

    def import_file(self, path: str | None = None) -> None:
        path = path or self.choose_file()
        if not path:
            return
        out = []

        def run():
            try:
                out.append(products.import_products(self.db, self.actor, path))
            except ImportRejected as exc:
                out.append(exc)

        if not self.do(run, ""):
            return
        r = out[0]
        if isinstance(r, ImportRejected):
            self.say(self.import_refusal(r), error=True)
            return
        if r.already_imported:
            self.say(self.tr("{file} was already imported: nothing changed").format(file=r.filename))
        else:
            self.say(self.tr("{file}: {added} new products, {updated} changed").format(
                file=r.filename, added=r.products_added, updated=r.products_updated))
        self.refresh()

    def import_refusal(self, exc: ImportRejected) -> str:
        """A refused products list in the user's language: the file, where, then the first problem (in the file
        check's own words)."""
        n = len(exc.errors)
        head = self.tr("{file} was not imported (nothing was changed): {n} problems").format(file=exc.filename, n=n)
        first = exc.errors[0] if exc.errors else None
        if first is None:
            return head
        where = []
        if first.row is not None:
            where.append(self.tr("row {row}").format(row=first.row))
        if first.column:
            where.append(self.tr("column {column}").format(column=first.column))
        return f"{head} — {', '.join(where)}: {first.message}" if where else f"{head} — {first.message}"
