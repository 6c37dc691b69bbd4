"""Claims against the courier for parcels lost, damaged or undeliverable, with the evidence sheet (PDF)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from ...services import claims
from .kit import DeskTab, fill, table


class ClaimTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.waybill = QLineEdit()
        self.kind = QComboBox()
        for key, text in (("lost", self.tr("lost")), ("damaged", self.tr("damaged")),
                          ("undeliverable", self.tr("undeliverable"))):
            self.kind.addItem(text, key)
        self.reason = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        form.addRow(self.tr("Waybill"), self.waybill)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Amount claimed"), self.amount)
        lay.addLayout(form)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Open claim"), self.open_claim), (self.tr("Evidence sheet (PDF)"), self.evidence),
                           (self.tr("Mark recovered…"), self.recovered), (self.tr("Open the file"), self.open_last)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        lay.addLayout(row)
        self.table = table([self.tr("Claim"), self.tr("Kind"), self.tr("Status"), self.tr("Waybill"),
                             self.tr("Order"), self.tr("Claimed"), self.tr("Recovered"), self.tr("Reason")])
        lay.addWidget(self.table, 1)
        self._claims: list = []
        self.refresh()

    def refresh(self) -> None:
        self._claims = claims.list_claims(self.db)
        fill(self.table, [[c.claim_no, c.kind, c.status, c.waybill_no, c.order_no, str(c.amount_claimed),
                            str(c.amount_recovered), c.reason] for c in self._claims])

    def _money(self, text: str) -> Decimal | None:
        try:
            return Decimal(text.strip()) if text.strip() else None
        except InvalidOperation:
            raise ValueError(self.tr("not an amount: {text}").format(text=text)) from None

    def open_claim(self) -> None:
        self.do(lambda: claims.open_claim(self.db, self.actor, self.waybill.text().strip(),
                                                self.kind.currentData(), self.reason.text(),
                                                self._money(self.amount.text())), self.tr("Claim opened"))
        self.refresh()

    def _selected(self):
        row = self.table.currentRow()
        if row < 0 or row >= len(self._claims):
            self.say(self.tr("Select a claim first"), error=True)
            return None
        return self._claims[row]

    def evidence(self) -> None:
        c = self._selected()
        if c:
            self.document(f"evidence-{c.claim_no}.pdf", lambda: claims.evidence_pdf(self.db, self.actor, c.id))

    def recovered(self) -> None:
        c = self._selected()
        if c and (amount := self.ask(self.tr("Recovered"), self.tr("Amount recovered:"))):
            self.do(lambda: claims.update_claim(self.db, self.actor, c.id, self.tr("money recovered"),
                                                      status="paid", amount_recovered=self._money(amount)),
                          self.tr("Claim updated"))
            self.refresh()
