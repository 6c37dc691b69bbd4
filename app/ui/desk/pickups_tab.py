"""Pickups at the dock: open the courier's pickup, scan every parcel into it, close it, print the handover
manifest (交接单)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...services import pickups
from ..messages import kg
from .. import theme
from .kit import DeskTab, fill, table


class PickupTab(DeskTab):
    """At the dock: open the courier's pickup, scan every parcel into it, close it, print the manifest."""

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = self.courier_field()
        open_b = QPushButton(self.tr("Open pickup"))
        open_b.clicked.connect(self.open)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("courier's name (signs the manifest)"))
        close_b = QPushButton(self.tr("Close and print manifest"))
        close_b.clicked.connect(self.close_pickup)
        for w in (QLabel(self.tr("Courier")), self.courier, open_b, self.person, close_b):
            row.addWidget(w)
        lay.addLayout(row)
        self.status = QLabel(self.tr("No pickup open"))
        self.status.setFont(theme.font(theme.MEDIUM, bold=True))
        lay.addWidget(self.status)
        self.last = QLabel()
        self.last.setFont(theme.font(theme.BIG, bold=True))
        self.last.setWordWrap(True)
        lay.addWidget(self.last)
        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(self.tr("scan each parcel's waybill (or type it, Enter)"))
        self.scan_edit.returnPressed.connect(lambda: self.on_scan(self.scan_edit.text()))
        lay.addWidget(self.scan_edit)
        cap = QLabel(self.tr("Shipped, not yet handed over"))
        cap.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(cap)
        self.waiting = table([self.tr("Courier"), self.tr("Parcels")])
        lay.addWidget(self.waiting, 1)
        self.pickup = None
        self.refresh()

    def refresh(self) -> None:
        rows = pickups.waiting(self.db)
        fill(self.waiting, [[getattr(w, "courier", ""), str(getattr(w, "count", getattr(w, "parcels", "")))]
                             for w in rows])

    def open(self) -> None:
        out = []
        if self.do(lambda: out.append(pickups.open_pickup(self.db, self.actor, self.courier_code(),
                                                                self.desk.station_id)), ""):
            self.pickup = out[0]
            self._show()

    def _show(self) -> None:
        p = self.pickup
        self.status.setText(self.tr("Pickup {no} ({courier}): {n} parcels, {weight}").format(
            no=p.pickup_no, courier=p.courier_name, n=p.count, weight=kg(p.weight_g)))

    def on_scan(self, code: str) -> None:
        self.scan_edit.clear()
        if self.pickup is None or not code.strip():
            self.say(self.tr("Open the courier's pickup first"), error=True)
            return
        out = []
        if not self.do(lambda: out.append(pickups.scan_parcel(self.db, self.actor, self.pickup.id, code)), ""):
            return
        r = out[0]
        ok = r.ok
        self.last.setText((self.tr("OK {waybill}") if ok else self.tr("REFUSED {waybill}: {why}")).format(
            waybill=r.waybill_no or r.code, why=r.message))
        self.last.setStyleSheet(f"color: white; background: {theme.COLOURS['ready' if ok else 'error']}; "
                                "padding: 8px; border-radius: 6px;")
        self.play(ok)
        self.pickup = pickups.list_pickups(self.db, courier_code=self.pickup.courier, day=self.pickup.day)[0] \
            if ok else self.pickup
        if ok:
            self._show()

    def close_pickup(self) -> None:
        if self.pickup is None:
            return
        pid = self.pickup.id
        if self.do(lambda: pickups.close_pickup(self.db, self.actor, pid, self.person.text().strip()),
                         self.tr("Pickup closed")):
            self.document(f"manifest-{self.pickup.pickup_no}.pdf", lambda: pickups.manifest_pdf(self.db, pid))
            self.pickup = None
            self.status.setText(self.tr("No pickup open"))
            self.refresh()
