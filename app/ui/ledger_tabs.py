"""The supervisor desk's ledger tabs: pickups at the dock, stubs (底单), claims, supplies, the month-end
courier bill and the figures. Each tab calls app.services (pickups, stubs, claims, supplies, bills,
figures); documents are written as PDF/XLSX files into the data directory and their path is shown."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from .. import paths
from ..services import bills, claims, figures, pickups, stubs, supplies
from .messages import kg, service_error, value_name
from . import theme
from .desk import _fill, _table


def _today() -> date:
    return date.today()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_edit(d: date) -> QDateEdit:
    """A date field that reads the same in every language and locale: 2026-12-02 (never "2 12 2026")."""
    edit = QDateEdit(_qdate(d))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _pydate(q: QDateEdit) -> date:
    d = q.date()
    return date(d.year(), d.month(), d.day())


def save_document(name: str, data: bytes) -> Path:
    folder = paths.data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


class LedgerTab(QWidget):
    """Base: `desk` gives db, actor, station_id, `_do` (runs an action, shows errors) and `_say`."""

    def __init__(self, desk):
        super().__init__()
        self.desk = desk
        self.db, self.actor = desk.db, desk.actor

    def on_scan(self, code: str) -> None:  # a scan while this tab is shown
        pass

    def courier_code(self) -> str:
        return self.courier.text().strip().upper()

    def refresh(self) -> None:
        pass

    def _document(self, name: str, make) -> None:
        out: list[bytes] = []
        if self.desk._do(lambda: out.append(make()), ""):
            path = save_document(name, out[0])
            self.desk._say(self.tr("Saved {path}").format(path=path))
            self.last_document = path

    def open_last(self) -> None:
        if getattr(self, "last_document", None):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_document)))


class PickupTab(LedgerTab):
    """At the dock: open the courier's pickup, scan every parcel into it, close it, print the manifest."""

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = QLineEdit("ZTO")
        self.courier.setMaximumWidth(140)
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
        self.waiting = _table([self.tr("Courier"), self.tr("Parcels")])
        lay.addWidget(self.waiting, 1)
        self.pickup = None
        self.refresh()

    def refresh(self) -> None:
        rows = pickups.waiting(self.db)
        _fill(self.waiting, [[getattr(w, "courier", ""), str(getattr(w, "count", getattr(w, "parcels", "")))]
                             for w in rows])

    def open(self) -> None:
        out = []
        if self.desk._do(lambda: out.append(pickups.open_pickup(self.db, self.actor, self.courier.text().strip()
                                                                .upper(), self.desk.station_id)), ""):
            self.pickup = out[0]
            self._show()

    def _show(self) -> None:
        p = self.pickup
        self.status.setText(self.tr("Pickup {no} ({courier}): {n} parcels, {weight}").format(
            no=p.pickup_no, courier=p.courier_name, n=p.count, weight=kg(p.weight_g)))

    def on_scan(self, code: str) -> None:
        self.scan_edit.clear()
        if self.pickup is None or not code.strip():
            self.desk._say(self.tr("Open the courier's pickup first"), error=True)
            return
        out = []
        if not self.desk._do(lambda: out.append(pickups.scan_parcel(self.db, self.actor, self.pickup.id, code)), ""):
            return
        r = out[0]
        ok = r.ok
        self.last.setText((self.tr("OK {waybill}") if ok else self.tr("REFUSED {waybill}: {why}")).format(
            waybill=r.waybill_no or r.code, why=r.message))
        self.last.setStyleSheet(f"color: white; background: {theme.COLOURS['ready' if ok else 'error']}; "
                                "padding: 8px; border-radius: 6px;")
        self.desk.play(ok)
        self.pickup = pickups.list_pickups(self.db, courier_code=self.pickup.courier, day=self.pickup.day)[0] \
            if ok else self.pickup
        if ok:
            self._show()

    def close_pickup(self) -> None:
        if self.pickup is None:
            return
        pid = self.pickup.id
        if self.desk._do(lambda: pickups.close_pickup(self.db, self.actor, pid, self.person.text().strip()),
                         self.tr("Pickup closed")):
            self._document(f"manifest-{self.pickup.pickup_no}.pdf", lambda: pickups.manifest_pdf(self.db, pid))
            self.pickup = None
            self.status.setText(self.tr("No pickup open"))
            self.refresh()


class StubTab(LedgerTab):
    """底单: scan the stubs the courier left; per courier per day, handed over against stubs received."""

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = QLineEdit("ZTO")
        self.courier.setMaximumWidth(140)
        self.day = date_edit(_today())
        self.day.setCalendarPopup(True)
        show = QPushButton(self.tr("Show ledger"))
        show.clicked.connect(self.refresh)
        for w in (QLabel(self.tr("Courier")), self.courier, QLabel(self.tr("Day")), self.day, show):
            row.addWidget(w)
        lay.addLayout(row)
        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(self.tr("scan each stub's waybill barcode"))
        self.scan_edit.returnPressed.connect(lambda: self.on_scan(self.scan_edit.text()))
        lay.addWidget(self.scan_edit)
        self.summary = QLabel()
        self.summary.setFont(theme.font(theme.MEDIUM, bold=True))
        lay.addWidget(self.summary)
        self.lists = _table([self.tr("List"), self.tr("Waybill"), self.tr("Order"), self.tr("Outcome"),
                             self.tr("Note")])
        lay.addWidget(self.lists, 1)
        chase_row = QHBoxLayout()
        self.outcome = QComboBox()
        for key, text in (("found", self.tr("found")), ("denied", self.tr("courier denies pickup")),
                          ("lost", self.tr("lost"))):
            self.outcome.addItem(text, key)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note"))
        chase_b = QPushButton(self.tr("Record outcome for the selected line"))
        chase_b.clicked.connect(self.chase)
        for w in (self.outcome, self.note, chase_b):
            chase_row.addWidget(w)
        lay.addLayout(chase_row)
        arch = QHBoxLayout()
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("archive box"))
        arch_b = QPushButton(self.tr("Archive this day's stubs"))
        arch_b.clicked.connect(self.archive)
        self.due = QLabel()
        for w in (self.box, arch_b, self.due):
            arch.addWidget(w)
        lay.addLayout(arch)
        self._items: list = []

    def refresh(self) -> None:
        try:
            led = stubs.stub_ledger(self.db, self.courier_code(), _pydate(self.day))
        except Exception as exc:  # unknown courier and the like: said, not raised
            self.desk._say(service_error(exc), error=True)
            return
        self.summary.setText(self.tr("Handed over {h} · stubs {s} · matched {m} · missing {mi} · unknown {u}").format(
            h=led.handed_over, s=led.stubs, m=led.matched, mi=len(led.missing), u=len(led.unknown)))
        self.summary.setStyleSheet(f"color: {theme.COLOURS['ready' if led.balanced else 'error']};")
        self._items = [("missing", i) for i in led.missing] + [("unknown", i) for i in led.unknown]
        names = {"missing": self.tr("missing stub"), "unknown": self.tr("unknown stub")}
        _fill(self.lists, [[names[k], i.waybill_no, i.order_no, i.outcome, i.note] for k, i in self._items])
        due = stubs.archive_due(self.db)
        self.due.setText(self.tr("{n} day(s) of stubs older than 15 days to archive").format(n=len(due)) if due
                         else "")

    def on_scan(self, code: str) -> None:
        self.scan_edit.clear()
        out = []
        if self.desk._do(lambda: out.append(stubs.receive_stub(self.db, self.actor, code,
                                                               self.courier_code(),
                                                               _pydate(self.day))), ""):
            r = out[0]
            self.desk._say(r.message or r.waybill_no, error=not r.ok)
            self.desk.play(r.ok)
            self.refresh()

    def chase(self) -> None:
        row = self.lists.currentRow()
        if row < 0 or row >= len(self._items):
            self.desk._say(self.tr("Select a line first"), error=True)
            return
        kind, item = self._items[row]
        self.desk._do(lambda: stubs.chase(self.db, self.actor, self.courier_code(), item.waybill_no,
                                          kind, self.outcome.currentData(), self.note.text()),
                      self.tr("Outcome recorded"))
        self.refresh()

    def archive(self) -> None:
        self.desk._do(lambda: stubs.archive(self.db, self.actor, self.courier_code(),
                                            _pydate(self.day), self.box.text()), self.tr("Archived"))
        self.refresh()


class ClaimTab(LedgerTab):
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
        self.table = _table([self.tr("Claim"), self.tr("Kind"), self.tr("Status"), self.tr("Waybill"),
                             self.tr("Order"), self.tr("Claimed"), self.tr("Recovered"), self.tr("Reason")])
        lay.addWidget(self.table, 1)
        self._claims: list = []
        self.refresh()

    def refresh(self) -> None:
        self._claims = claims.list_claims(self.db)
        _fill(self.table, [[c.claim_no, c.kind, c.status, c.waybill_no, c.order_no, str(c.amount_claimed),
                            str(c.amount_recovered), c.reason] for c in self._claims])

    def _money(self, text: str) -> Decimal | None:
        try:
            return Decimal(text.strip()) if text.strip() else None
        except InvalidOperation:
            raise ValueError(self.tr("not an amount: {text}").format(text=text)) from None

    def open_claim(self) -> None:
        self.desk._do(lambda: claims.open_claim(self.db, self.actor, self.waybill.text().strip(),
                                                self.kind.currentData(), self.reason.text(),
                                                self._money(self.amount.text())), self.tr("Claim opened"))
        self.refresh()

    def _selected(self):
        row = self.table.currentRow()
        if row < 0 or row >= len(self._claims):
            self.desk._say(self.tr("Select a claim first"), error=True)
            return None
        return self._claims[row]

    def evidence(self) -> None:
        c = self._selected()
        if c:
            self._document(f"evidence-{c.claim_no}.pdf", lambda: claims.evidence_pdf(self.db, self.actor, c.id))

    def recovered(self) -> None:
        c = self._selected()
        if c and (amount := self.desk._ask(self.tr("Recovered"), self.tr("Amount recovered:"))):
            self.desk._do(lambda: claims.update_claim(self.db, self.actor, c.id, self.tr("money recovered"),
                                                      status="paid", amount_recovered=self._money(amount)),
                          self.tr("Claim updated"))
            self.refresh()


class SupplyTab(LedgerTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = _table([self.tr("Supply"), self.tr("Uses left"), self.tr("Units left"), self.tr("Warn at"),
                             self.tr("Low")])
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("supply code"))
        self.units = QSpinBox()
        self.units.setRange(0, 100_000)
        count_b = QPushButton(self.tr("Counted units"))
        count_b.clicked.connect(lambda: self.desk._do(lambda: supplies.count_supply(
            self.db, self.actor, self.code.text().strip(), self.units.value()), self.tr("Count saved")) and self.refresh())
        recv_b = QPushButton(self.tr("Received units"))
        recv_b.clicked.connect(lambda: self.desk._do(lambda: supplies.receive_supply(
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
        _fill(self.table, [[f"{lv.code} {lv.name}", str(lv.remaining), f"{lv.remaining_units:.1f} {value_name(lv.unit_name)}",
                            str(lv.threshold_units), "!" if lv.low else ""] for lv in levels])


class BillTab(LedgerTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = QLineEdit("ZTO")
        self.courier.setMaximumWidth(140)
        self.month = QLineEdit((_today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m"))
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
        self.table = _table([self.tr("Difference"), self.tr("Waybill"), self.tr("Our weight"),
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
        self.desk._do(lambda: bills.save_mapping(self.db, self.actor, self.courier_code(), mapping),
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

        self.desk._do(save, self.tr("Rate card saved"))

    def import_bill(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Courier bill"), "", "Bill (*.xlsx *.csv)")
        if not path:
            return
        out = []
        if self.desk._do(lambda: out.append(bills.import_bill(self.db, self.actor, self.courier_code(),
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

        _fill(self.table, [[d.kind, d.waybill_no, g(d.our_weight_g), g(d.billed_weight_g), g(d.expected_amount),
                            g(d.billed_amount), d.note] for d in r.differences])

    def disputes(self) -> None:
        if self.bill_id is not None:
            bid = self.bill_id
            self._document(f"disputes-{bid}.xlsx", lambda: bills.disputes_xlsx(self.db, self.actor, bid))

    def summary_pdf(self) -> None:
        if self.bill_id is not None:
            bid = self.bill_id
            self._document(f"bill-summary-{bid}.pdf", lambda: bills.summary_pdf(self.db, self.actor, bid))


class FigureTab(LedgerTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.first = date_edit(_today().replace(day=1))
        self.last = date_edit(_today())
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
        self.period = QComboBox()
        for key, text in (("day", self.tr("per day")), ("week", self.tr("per week")), ("month", self.tr("per month"))):
            self.period.addItem(text, key)
        self.by = QComboBox()
        for key, text in (("", self.tr("all")), ("courier", self.tr("by courier")), ("shop", self.tr("by shop")),
                          ("province", self.tr("by province")), ("complexity", self.tr("by order complexity")),
                          ("packer", self.tr("packers")), ("steps", self.tr("time per step"))):
            self.by.addItem(text, key)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        for w in (self.first, self.last, self.period, self.by, show):
            row.addWidget(w)
        lay.addLayout(row)
        self.table = _table([""] * 8)
        lay.addWidget(self.table, 1)
        self.chart_host = QVBoxLayout()
        lay.addLayout(self.chart_host, 1)
        out = QHBoxLayout()
        for text, fmt in ((self.tr("Export XLSX"), "xlsx"), (self.tr("Export CSV"), "csv"), (self.tr("PDF"), "pdf")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, f=fmt: self.export(f))
            out.addWidget(b)
        lay.addLayout(out)
        self._rows: list = []

    def refresh(self) -> None:
        first, last, by = _pydate(self.first), _pydate(self.last), self.by.currentData()
        out: list = []
        if by == "packer":
            ok = self.desk._do(lambda: out.extend(figures.packer_figures(self.db, self.actor, first, last)), "")
        elif by == "steps":
            ok = self.desk._do(lambda: out.extend(figures.step_times(self.db, self.actor, first, last)), "")
        else:
            ok = self.desk._do(lambda: out.extend(figures.figures(self.db, self.actor, first, last,
                                                                  self.period.currentData(), by or None)), "")
        if not ok:
            return
        self._rows = out
        if not out:
            self.table.setRowCount(0)
            return
        fields = [f for f in out[0].__dataclass_fields__]
        names = {"period": self.tr("Period"), "key": self.tr("Key"), "label": self.tr("Name"),
                 "orders": self.tr("Orders"), "parcels": self.tr("Parcels"), "items": self.tr("Items"),
                 "amount": self.tr("Amount"), "weight_g": self.tr("Weight (g)"),
                 "avg_weight_g": self.tr("Average weight (g)")}
        self.table.setColumnCount(len(fields))
        self.table.setHorizontalHeaderLabels([names.get(f, f) for f in fields])
        _fill(self.table, [[str(getattr(r, f)) for f in fields] for r in out])
        self._chart(out)

    def _chart(self, rows) -> None:
        """Orders per period (or per key) as bars: where people would rather look than read."""
        try:
            from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
        except ImportError:  # Qt Charts missing: the table alone
            return
        while self.chart_host.count():
            w = self.chart_host.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        value = "orders" if hasattr(rows[0], "orders") else next(
            (f for f in rows[0].__dataclass_fields__ if f.endswith("per_hour") or f.endswith("_s")), None)
        if value is None:
            return
        bars = QBarSet(value)
        cats = []
        for r in rows[:40]:
            bars.append(float(getattr(r, value) or 0))
            cats.append(str(getattr(r, "label", "") or getattr(r, "period", "") or getattr(r, "name", "")))
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(cats)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        yaxis = QValueAxis()
        chart.addAxis(yaxis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(yaxis)
        chart.legend().hide()
        self.chart_view = QChartView(chart)
        self.chart_host.addWidget(self.chart_view)

    def export(self, fmt: str) -> None:
        if not self._rows:
            return
        name = f"figures-{_pydate(self.first)}-{_pydate(self.last)}.{fmt}"
        if fmt == "pdf":
            self._document(name, lambda: figures.export_pdf(self._rows, self.tr("Figures")))
        else:
            self._document(name, lambda: figures.export(self._rows, fmt))
