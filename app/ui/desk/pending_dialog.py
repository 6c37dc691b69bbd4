"""An order that waits for products (its lines name a SKU not in the product list, or none): the supervisor
sees the waiting lines and gives one its product (type the SKU or scan the item's barcode) or drops a line
that is no item, such as a 补邮费 postage link. Each is audited by app.services.pending_lines."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...services import pending_lines
from .kit import fill, table


class PendingDialog(QDialog):
    def __init__(self, tab, order_no: str):
        super().__init__(tab)
        self.tab, self.order_no = tab, order_no
        self.setWindowTitle(self.tr("Order {order}: lines waiting for a product").format(order=order_no))
        lay = QVBoxLayout(self)
        self.lines = table([self.tr("SKU"), self.tr("Item"), self.tr("Quantity"), self.tr("File"), self.tr("Row")])
        lay.addWidget(self.lines, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("SKU or barcode (scan the item):")))
        self.code = QLineEdit()
        self.code.returnPressed.connect(self.assign)
        row.addWidget(self.code, 1)
        self.give = QPushButton(self.tr("Give the line this product"))
        self.give.clicked.connect(self.assign)
        row.addWidget(self.give)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        self.drop_button = QPushButton(self.tr("Drop the line (no item to pack)…"))
        self.drop_button.clicked.connect(self.drop)
        buttons.addWidget(self.drop_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.resize(1000, 380)
        self.refresh()

    def refresh(self) -> None:
        self._lines = pending_lines.list_pending(self.tab.db, self.order_no)
        fill(self.lines, [[ln.sku or self.tr("(blank)"), ln.title, str(ln.qty), ln.source, str(ln.row)]
                          for ln in self._lines])
        if self._lines and self.lines.currentRow() < 0:
            self.lines.selectRow(0)
        if not self._lines:
            self.tab.say(self.tr("Order {order} no longer waits: it can be packed").format(order=self.order_no))
            self.accept()

    def _selected(self):
        row = self.lines.currentRow()
        if 0 <= row < len(self._lines):
            return self._lines[row]
        self.tab.say(self.tr("Select a line first"), error=True)
        return None

    def assign(self) -> None:
        line, code = self._selected(), self.code.text().strip()
        if line is None or not code:
            return
        reason = self.tab.ask(self.tr("Give the line a product"), self.tr("Reason:"))
        if reason and self.tab.do(lambda: pending_lines.assign_sku(self.tab.db, self.tab.actor, line.id, code, reason),
                                  self.tr("Line {sku} is now {code}").format(sku=line.sku or line.title, code=code)):
            self.code.clear()
            self.refresh()

    def drop(self) -> None:
        line = self._selected()
        if line is None:
            return
        reason = self.tab.ask(self.tr("Drop the line"), self.tr("Reason:"))
        if reason and self.tab.do(lambda: pending_lines.drop(self.tab.db, self.tab.actor, line.id, reason),
                                  self.tr("Line dropped")):
            self.refresh()
