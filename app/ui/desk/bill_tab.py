"""The month-end courier bill: its column mapping and rate card, the import, the reconciliation against what
was shipped, the dispute list (XLSX) and the summary (PDF)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...services import bills
from .. import theme
from .kit import DeskTab, fill, table, today


class BillTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = self.courier_field()
        self.month = QLineEdit((today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m"))
        self.month.setMaximumWidth(140)
        imp = QPushButton(self.tr("Import bill…"))
        imp.clicked.connect(self.import_bill)
        for w in (QLabel(self.tr("Courier")), self.courier, QLabel(self.tr("Month")), self.month, imp):
            row.addWidget(w)
        lay.addLayout(row)
        setup = QHBoxLayout()
        self.map_edits: dict[str, QLineEdit] = {}
        for key, text in (("waybill", self.tr("Waybill column")), ("weight", self.tr("Weight column")),
                          ("amount", self.tr("Amount column")), ("province", self.tr("Province column")),
                          ("date", self.tr("Date column"))):
            edit = QLineEdit()
            edit.setPlaceholderText(text)
            self.map_edits[key] = edit
            setup.addWidget(edit)
        self.unit = QComboBox()
        self.unit.addItem("kg", "kg")
        self.unit.addItem("g", "g")
        setup.addWidget(self.unit)
        save_map = QPushButton(self.tr("Save column mapping"))
        save_map.clicked.connect(self.save_mapping)
        setup.addWidget(save_map)
        lay.addLayout(setup)
        rates = QHBoxLayout()
        self.first_g, self.first, self.per_kg = QSpinBox(), QLineEdit("8.00"), QLineEdit("2.00")
        self.first_g.setRange(1, 100_000)
        self.first_g.setValue(1000)
        self.first_g.setSuffix(" g")
        self.zones = QLineEdit()
        self.zones.setPlaceholderText(self.tr("prices by province (JSON, example in the tooltip)"))
        self.zones.setToolTip('[{"name": "江浙沪", "provinces": ["浙江省", "江苏省", "上海"], "first": "4.00", '
                              '"per_kg": "1.00"}]')
        save_rates = QPushButton(self.tr("Save rate card"))
        save_rates.clicked.connect(self.save_rate_card)
        for w in (QLabel(self.tr("First weight")), self.first_g, QLabel(self.tr("price")), self.first,
                  QLabel(self.tr("each further kg")), self.per_kg, self.zones, save_rates):
            rates.addWidget(w)
        lay.addLayout(rates)
        self.courier.editingFinished.connect(self.load_setup)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(self.summary)
        self.table = table([self.tr("Difference"), self.tr("Waybill"), self.tr("Our weight"),
                             self.tr("Billed weight"), self.tr("Expected"), self.tr("Billed"), self.tr("Note")])
        lay.addWidget(self.table, 1)
        out = QHBoxLayout()
        for text, slot in ((self.tr("Dispute list (XLSX)"), self.disputes), (self.tr("Summary (PDF)"), self.summary_pdf),
                           (self.tr("Open the file"), self.open_last)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            out.addWidget(b)
        lay.addLayout(out)
        self.bill_id: int | None = None

    def load_setup(self) -> None:
        courier = self.courier_code()
        mapping = bills.get_mapping(self.db, courier) or {}
        for key, edit in self.map_edits.items():
            edit.setText(str(mapping.get(key, "")))
        self.unit.setCurrentIndex(max(0, self.unit.findData(mapping.get("weight_unit", "kg"))))
        card = bills.get_rate_card(self.db, courier) or {}
        default = card.get("default") or {}
        self.first_g.setValue(int(default.get("first_g", 1000)))
        self.first.setText(str(default.get("first", "8.00")))
        self.per_kg.setText(str(default.get("per_kg", "2.00")))
        import json

        self.zones.setText(json.dumps(card.get("zones", []), ensure_ascii=False) if card.get("zones") else "")

    def save_mapping(self) -> None:
        mapping: dict = {k: e.text().strip() for k, e in self.map_edits.items() if e.text().strip()}
        mapping["weight_unit"] = self.unit.currentData()
        self.do(lambda: bills.save_mapping(self.db, self.actor, self.courier_code(), mapping),
                      self.tr("Column mapping saved"))

    def save_rate_card(self) -> None:
        import json

        def save():
            try:
                zones = json.loads(self.zones.text()) if self.zones.text().strip() else []
            except json.JSONDecodeError as exc:
                raise ValueError(self.tr("zones are not valid JSON: {error}").format(error=exc)) from None
            card = {"default": {"first_g": self.first_g.value(), "first": self.first.text().strip(),
                                "per_kg": self.per_kg.text().strip()}, "zones": zones}
            bills.save_rate_card(self.db, self.actor, self.courier_code(), card,
                                 self.tr("rate card from the desk"))

        self.do(save, self.tr("Rate card saved"))

    def import_bill(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Courier bill"), "", "Bill (*.xlsx *.csv)")
        if not path:
            return
        out = []
        if self.do(lambda: out.append(bills.import_bill(self.db, self.actor, self.courier_code(),
                                                              path, self.month.text().strip() or None)),
                         self.tr("Bill imported")):
            self.bill_id = out[0].id
            self.show_reconciliation()

    def show_reconciliation(self) -> None:
        r = bills.reconcile(self.db, self.bill_id)
        self.summary.setText(self.tr("{courier} {month}: {rows} lines, billed {billed}, matched {matched}, "
                                     "{n} differences, overbilled {over}, deductions {ded}").format(
            courier=r.courier, month=r.month, rows=r.rows, billed=r.billed_total, matched=r.matched,
            n=len(r.differences), over=r.overbilled, ded=getattr(r, "deductions", "")))

        def g(v):
            return "" if v is None else (f"{v / 1000:.2f}" if isinstance(v, int) else str(v))

        fill(self.table, [[d.kind, d.waybill_no, g(d.our_weight_g), g(d.billed_weight_g), g(d.expected_amount),
                            g(d.billed_amount), d.note] for d in r.differences])

    def disputes(self) -> None:
        if self.bill_id is not None:
            bid = self.bill_id
            self.document(f"disputes-{bid}.xlsx", lambda: bills.disputes_xlsx(self.db, self.actor, bid))

    def summary_pdf(self) -> None:
        if self.bill_id is not None:
            bid = self.bill_id
            self.document(f"bill-summary-{bid}.pdf", lambda: bills.summary_pdf(self.db, self.actor, bid))
