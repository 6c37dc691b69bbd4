"""Stock: save a counted quantity for a SKU; the low-stock list."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...services import supervisor as sv
from .. import theme
from .kit import DeskTab, fill, table


class StockTab(DeskTab):
    refresh_on_change = True

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.s_sku = QLineEdit()
        self.s_count = QSpinBox()
        self.s_count.setRange(0, 1_000_000)
        self.s_reason = QLineEdit(self.tr("stocktake"))
        form.addRow(self.tr("SKU"), self.s_sku)
        form.addRow(self.tr("Counted"), self.s_count)
        form.addRow(self.tr("Reason"), self.s_reason)
        b = QPushButton(self.tr("Save count"))
        b.clicked.connect(lambda: self.do(lambda: sv.count_stock(self.db, self.actor, self.s_sku.text(),
                                                                 self.s_count.value(), self.s_reason.text()),
                                          self.tr("Stock saved")))
        form.addRow(b)
        lay.addLayout(form)
        cap = QLabel(self.tr("Low stock (≤ {n})").format(n=sv.LOW_STOCK))
        cap.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(cap)
        self.low = table([self.tr("SKU"), self.tr("Item"), self.tr("Stock")])
        lay.addWidget(self.low, 1)

    def refresh(self) -> None:
        fill(self.low, [[v.sku, v.name, str(v.stock)] for v in sv.low_stock(self.db)])
