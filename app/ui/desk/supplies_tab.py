"""Supplies (waybill rolls, bags, tape): what is left and when to reorder; counts and deliveries."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...services import supplies
from ..messages import value_name
from .kit import DeskTab, fill, table


class SupplyTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Supply"), self.tr("Uses left"), self.tr("Units left"), self.tr("Warn at"),
                             self.tr("Low")])
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("supply code"))
        self.units = QSpinBox()
        self.units.setRange(0, 100_000)
        count_b = QPushButton(self.tr("Counted units"))
        count_b.clicked.connect(lambda: self.do(lambda: supplies.count_supply(
            self.db, self.actor, self.code.text().strip(), self.units.value()), self.tr("Count saved")) and self.refresh())
        recv_b = QPushButton(self.tr("Received units"))
        recv_b.clicked.connect(lambda: self.do(lambda: supplies.receive_supply(
            self.db, self.actor, self.code.text().strip(), self.units.value()), self.tr("Delivery saved"))
            and self.refresh())
        for w in (self.code, self.units, count_b, recv_b):
            row.addWidget(w)
        lay.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        levels = supplies.levels(self.db)
        if not levels:
            try:
                levels = supplies.ensure_default_supplies(self.db, self.actor)
            except Exception:  # a role that may not define supplies just sees none
                levels = []
        fill(self.table, [[f"{lv.code} {lv.name}", str(lv.remaining), f"{lv.remaining_units:.1f} {value_name(lv.unit_name)}",
                            str(lv.threshold_units), "!" if lv.low else ""] for lv in levels])
