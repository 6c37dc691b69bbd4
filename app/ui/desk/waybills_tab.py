"""Waybills: reprint one (marked REPRINT, to this station's printer) or void it (the order goes back to be
packed)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from ...services import supervisor as sv
from .kit import DeskTab


class WaybillsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        form = QFormLayout(self)
        self.w_no = QLineEdit()
        self.w_reason = QLineEdit()
        form.addRow(self.tr("Waybill number"), self.w_no)
        form.addRow(self.tr("Reason"), self.w_reason)
        row = QHBoxLayout()
        rp = QPushButton(self.tr("Reprint"))
        rp.clicked.connect(self.reprint)
        vd = QPushButton(self.tr("Void waybill"))
        vd.clicked.connect(lambda: self.do(lambda: sv.void_waybill(self.db, self.actor, self.w_no.text(),
                                                                   self.w_reason.text(), self.station_id),
                                           self.tr("Waybill voided: the order is back to be packed")))
        row.addWidget(rp)
        row.addWidget(vd)
        form.addRow(row)

    def reprint(self) -> None:
        from ...devices.printers import PrinterError

        station = self.desk.station
        if station is None:
            self.do(lambda: sv.reprint(self.db, self.actor, self.w_no.text(), self.w_reason.text(),
                                       station_id=self.station_id),
                    self.tr("Reprint allowed: it prints marked REPRINT"))
            return
        try:
            self.do(lambda: station.reprint_as(self.actor, self.w_no.text(), self.w_reason.text()),
                    self.tr("Reprinted, marked REPRINT"))
        except PrinterError as exc:
            self.say(self.tr("Not printed: {error}").format(error=exc), error=True)
