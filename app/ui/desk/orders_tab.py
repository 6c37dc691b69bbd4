"""Orders: flags, interception, re-pack, notes, edits and the packing slip of one order."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox

from ...models import Flag
from ...services import supervisor as sv
from ..messages import value_name
from .kit import DeskTab, save_document


class OrdersTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        form = QFormLayout(self)
        self.o_no = QLineEdit()
        self.o_flag = QComboBox()
        for f in Flag:
            self.o_flag.addItem(value_name(f.value), f.value)
        self.o_reason = QLineEdit()
        form.addRow(self.tr("Order number"), self.o_no)
        form.addRow(self.tr("Flag"), self.o_flag)
        form.addRow(self.tr("Reason / note"), self.o_reason)
        row = QHBoxLayout()
        actions = (
            (self.tr("Set flag"), lambda: sv.set_flag(self.db, self.actor, self.o_no.text(),
                                                      Flag(self.o_flag.currentData()), self.o_reason.text(),
                                                      self.station_id)),
            (self.tr("Intercept (refund)"), lambda: sv.set_intercept(self.db, self.actor, self.o_no.text(), True,
                                                                     self.o_reason.text(), self.station_id)),
            (self.tr("Re-pack"), lambda: sv.repack(self.db, self.actor, self.o_no.text(), self.o_reason.text(),
                                                   self.station_id)),
            (self.tr("Add note"), lambda: sv.add_note(self.db, self.actor, self.o_no.text(), self.o_reason.text())),
            (self.tr("Packing slip (PDF)"), self.packing_slip),
        )
        for text, fn in actions:
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, fn=fn, text=text: self.do(fn, self.tr("Done: {what}").format(what=text)))
            row.addWidget(b)
        form.addRow(row)
        self.o_line = QSpinBox()
        self.o_line.setRange(1, 999)
        self.o_qty = QSpinBox()
        self.o_qty.setRange(0, 9999)
        self.o_address = QLineEdit()
        form.addRow(self.tr("Line number"), self.o_line)
        form.addRow(self.tr("New quantity (0 removes)"), self.o_qty)
        edit_qty = QPushButton(self.tr("Change quantity"))
        edit_qty.clicked.connect(lambda: self.do(lambda: sv.edit_order(
            self.db, self.actor, self.o_no.text(), self.o_reason.text(),
            quantities={self.o_line.value(): self.o_qty.value()}), self.tr("Order changed")))
        form.addRow(edit_qty)
        form.addRow(self.tr("New address"), self.o_address)
        edit_addr = QPushButton(self.tr("Change address"))
        edit_addr.clicked.connect(lambda: self.do(lambda: sv.edit_order(
            self.db, self.actor, self.o_no.text(), self.o_reason.text(), address=self.o_address.text()),
            self.tr("Order changed")))
        form.addRow(edit_addr)

    def packing_slip(self) -> None:
        from ...services.documents import packing_slip_bytes

        order_no = self.o_no.text().strip()
        path = save_document(f"packing-slip-{order_no}.pdf", packing_slip_bytes(self.db, order_no))
        self.last_document = self.desk.last_document = path
        self.say(self.tr("Saved {path}").format(path=path))
