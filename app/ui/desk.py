"""The supervisor's desk: the exceptions queue and the actions that work it (flags, interceptions,
reprint and void, re-pack, order edits, stock counts, returns). Every action goes through
app.services.supervisor, which checks the role and writes the audit log."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QApplication, QLineEdit, QMainWindow, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from ..db import Database
from ..domain.packflow import Operator
from ..domain.permissions import Forbidden
from ..models import Flag
from ..services import supervisor as sv
from ..services.documents import DocumentError
from ..services.reporting import LedgerError
from ..services.station import DB_DOWN
from .messages import case_reason, service_error, value_name
from . import theme


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class DeskWindow(QMainWindow):
    def __init__(self, db: Database, actor: Operator, station_id: int | None = None, parent: QWidget | None = None,
                 station=None, sounds=None):
        super().__init__(parent)
        self.sounds = sounds
        self.db, self.actor, self.station_id = db, actor, station_id
        self.station = station  # StationService: reprints go to its printer
        self.setWindowTitle(self.tr("Supervisor desk — {name}").format(name=actor.name))
        self.setStyleSheet(theme.STYLESHEET)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._queue_tab(), self.tr("Exceptions"))
        self.tabs.addTab(self._order_tab(), self.tr("Orders"))
        self.tabs.addTab(self._waybill_tab(), self.tr("Waybills"))
        self.tabs.addTab(self._stock_tab(), self.tr("Stock"))
        self.tabs.addTab(self._return_tab(), self.tr("Returns"))
        from .ledger_tabs import BillTab, ClaimTab, FigureTab, PickupTab, StubTab, SupplyTab

        self.ledger = {}
        for name, cls, title in (("pickups", PickupTab, self.tr("Pickups")), ("stubs", StubTab, self.tr("Stubs")),
                                 ("claims", ClaimTab, self.tr("Claims")), ("supplies", SupplyTab, self.tr("Supplies")),
                                 ("bills", BillTab, self.tr("Courier bill")), ("figures", FigureTab, self.tr("Figures"))):
            self.ledger[name] = cls(self)
            self.tabs.addTab(self.ledger[name], title)
        from .stations_tab import StationsTab

        self.stations = StationsTab(self)
        self.tabs.addTab(self.stations, self.tr("Stations"))
        self.setCentralWidget(self.tabs)
        self.message = QLabel()
        self.message.setFont(theme.font(theme.SMALL, bold=True))
        self.statusBar().addWidget(self.message, 1)
        self.card_button = QPushButton(self.tr("Command card (PDF)"))
        self.card_button.clicked.connect(self.command_card)
        self.statusBar().addPermanentWidget(self.card_button)
        self.chain_button = QPushButton(self.tr("Check the audit log"))
        self.chain_button.clicked.connect(self.check_audit_log)
        self.statusBar().addPermanentWidget(self.chain_button)
        self.resize(1280, 800)
        self.refresh_queue()
        self.refresh_stock()

    def check_audit_log(self) -> None:
        """Every audit row is chained to the one before by a hash: an edited, deleted or slipped-in row shows."""
        from ..services.audit import verify_audit_chain

        report = verify_audit_chain(self.db)
        if report.ok:
            self._say(self.tr("Audit log intact: {rows} entries, none changed").format(rows=report.rows))
        elif not report.triggers_ok:
            self._say(self.tr("Audit log NOT protected: its write protection was removed. Tell IT at once."),
                      error=True)
        else:
            self._say(self.tr("Audit log ALTERED at entry {id}: tell IT at once.").format(
                id=report.first_bad_id if report.first_bad_id is not None else "?"), error=True)

    # ------------------------------------------------------------ helpers
    def _do(self, action, success: str) -> bool:
        try:
            action()
        except (Forbidden, sv.SupervisorError, LedgerError, DocumentError, ValueError) as exc:
            self._say(service_error(exc), error=True)
            return False
        except DB_DOWN:  # the server did not answer: nothing of the action was kept (its session rolled back)
            self._say(self.tr("The server does not answer: nothing was changed. Try again in a moment."), error=True)
            return False
        self._say(success)
        self.refresh_queue()
        self.refresh_stock()
        return True

    def on_scan(self, code: str) -> None:
        """A scan while the desk is the active window stays in the desk, never reaches the packing flow: it
        fills the text field that has the focus; else the shown tab takes it (a dock scan, a stub …); else the
        returns tab's code field."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and self.isAncestorOf(focus) and not focus.isReadOnly():
            focus.setText(code)
            focus.returnPressed.emit()  # a scanner ends with Enter: the field acts as if typed and Entered
            return
        tab = self.tabs.currentWidget()
        if hasattr(tab, "on_scan"):
            tab.on_scan(code)
        elif tab is self.tabs.widget(4):  # returns: the scanned waybill or order
            self.r_code.setText(code)

    def play(self, ok: bool) -> None:
        if self.sounds is not None:
            from ..domain.packflow import Sound

            self.sounds.play(Sound.OK if ok else Sound.ERROR)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {theme.COLOURS['error'] if error else theme.COLOURS['ready']};")

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    # ------------------------------------------------------------ exceptions queue
    def _queue_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        filters = QHBoxLayout()
        self.f_kind = QComboBox()
        self.f_kind.addItem(self.tr("all kinds"), "")
        for kind, text in (("short_pick", self.tr("short pick")), ("intercept", self.tr("intercept")),
                           ("hold", self.tr("hold")), ("order_changed", self.tr("order changed")),
                           ("return", self.tr("return")), ("void", self.tr("void"))):
            self.f_kind.addItem(text, kind)
        self.f_flag = QComboBox()
        self.f_flag.addItem(self.tr("any flag"), "")
        self.flag_names = {"none": "", "green": self.tr("green"), "yellow": self.tr("yellow"),
                           "blue": self.tr("blue"), "purple": self.tr("purple")}
        for f in ("green", "yellow", "blue", "purple"):
            self.f_flag.addItem(self.flag_names[f], f)
        self.f_courier = QLineEdit()
        self.f_courier.setPlaceholderText(self.tr("courier code"))
        self.f_age = QSpinBox()
        self.f_age.setRange(0, 24 * 30)
        self.f_age.setSuffix(self.tr(" h or older"))
        self.f_resolved = QCheckBox(self.tr("show resolved"))
        for wdg in (self.f_kind, self.f_flag, self.f_courier, self.f_age, self.f_resolved):
            filters.addWidget(wdg)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_queue)
        filters.addWidget(refresh)
        lay.addLayout(filters)
        self.queue = _table([self.tr("Case"), self.tr("Kind"), self.tr("Order"), self.tr("Flag"),
                             self.tr("Courier"), self.tr("Age (h)"), self.tr("Reason"), self.tr("Outcome")])
        lay.addWidget(self.queue, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Resolve…"), self.resolve_selected),
                           (self.tr("Release hold…"), self.release_selected),
                           (self.tr("Clear intercept…"), self.clear_intercept_selected)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        return w

    def refresh_queue(self) -> None:
        self._cases = sv.list_cases(
            self.db, status=None if self.f_resolved.isChecked() else "open", kind=self.f_kind.currentData() or None,
            flag=self.f_flag.currentData() or None, courier=self.f_courier.text().strip().upper() or None,
            min_age_hours=self.f_age.value() or None)
        kinds = {self.f_kind.itemData(i): self.f_kind.itemText(i) for i in range(1, self.f_kind.count())}
        _fill(self.queue, [[str(c.id), kinds.get(c.kind, c.kind), c.order_no, self.flag_names.get(c.flag, c.flag),
                            c.courier, f"{c.age_hours:.1f}", case_reason(c.reason, c.detail), c.outcome]
                           for c in self._cases])

    def _selected_case(self):
        row = self.queue.currentRow()
        if row < 0 or row >= len(self._cases):
            self._say(self.tr("Select a case first"), error=True)
            return None
        return self._cases[row]

    def resolve_selected(self) -> None:
        case = self._selected_case()
        if case and (outcome := self._ask(self.tr("Resolve case"), self.tr("Outcome:"))):
            self._do(lambda: sv.resolve_case(self.db, self.actor, case.id, outcome), self.tr("Case resolved"))

    def release_selected(self) -> None:
        case = self._selected_case()
        if case and (reason := self._ask(self.tr("Release hold"), self.tr("Reason:"))):
            self._do(lambda: sv.set_flag(self.db, self.actor, case.order_no, Flag.NONE, reason, self.station_id),
                     self.tr("Hold released"))

    def clear_intercept_selected(self) -> None:
        case = self._selected_case()
        if case and (reason := self._ask(self.tr("Clear intercept"), self.tr("Reason:"))):
            self._do(lambda: sv.set_intercept(self.db, self.actor, case.order_no, False, reason, self.station_id),
                     self.tr("Intercept cleared"))

    # ------------------------------------------------------------ orders
    def _order_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
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
            b.clicked.connect(lambda _=False, fn=fn, text=text: self._do(fn, self.tr("Done: {what}").format(what=text)))
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
        edit_qty.clicked.connect(lambda: self._do(lambda: sv.edit_order(
            self.db, self.actor, self.o_no.text(), self.o_reason.text(),
            quantities={self.o_line.value(): self.o_qty.value()}), self.tr("Order changed")))
        form.addRow(edit_qty)
        form.addRow(self.tr("New address"), self.o_address)
        edit_addr = QPushButton(self.tr("Change address"))
        edit_addr.clicked.connect(lambda: self._do(lambda: sv.edit_order(
            self.db, self.actor, self.o_no.text(), self.o_reason.text(), address=self.o_address.text()),
            self.tr("Order changed")))
        form.addRow(edit_addr)
        return w

    def command_card(self) -> None:
        """The packers' command barcodes on one A4 page, both languages, to print and pin at each station."""
        from ..labels.command_card import command_card_pdf
        from .ledger_tabs import save_document

        station = self.station.station_name if self.station is not None else ""
        path = save_document(f"command-card{'-' + station if station else ''}.pdf", command_card_pdf(station))
        self.last_document = path
        self._say(self.tr("Saved {path}: print it at 100 % and pin it at the station").format(path=path))

    def packing_slip(self) -> None:
        from ..services.documents import packing_slip_bytes
        from .ledger_tabs import save_document

        order_no = self.o_no.text().strip()
        path = save_document(f"packing-slip-{order_no}.pdf", packing_slip_bytes(self.db, order_no))
        self.last_document = path
        self._say(self.tr("Saved {path}").format(path=path))

    # ------------------------------------------------------------ waybills
    def _waybill_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.w_no = QLineEdit()
        self.w_reason = QLineEdit()
        form.addRow(self.tr("Waybill number"), self.w_no)
        form.addRow(self.tr("Reason"), self.w_reason)
        row = QHBoxLayout()
        rp = QPushButton(self.tr("Reprint"))
        rp.clicked.connect(self.reprint)
        vd = QPushButton(self.tr("Void waybill"))
        vd.clicked.connect(lambda: self._do(lambda: sv.void_waybill(self.db, self.actor, self.w_no.text(),
                                                                    self.w_reason.text(), self.station_id),
                                            self.tr("Waybill voided: the order is back to be packed")))
        row.addWidget(rp)
        row.addWidget(vd)
        form.addRow(row)
        return w

    def reprint(self) -> None:
        from ..devices.printers import PrinterError

        if self.station is None:
            self._do(lambda: sv.reprint(self.db, self.actor, self.w_no.text(), self.w_reason.text(),
                                        station_id=self.station_id),
                     self.tr("Reprint allowed: it prints marked REPRINT"))
            return
        try:
            self._do(lambda: self.station.reprint_as(self.actor, self.w_no.text(), self.w_reason.text()),
                     self.tr("Reprinted, marked REPRINT"))
        except PrinterError as exc:
            self._say(self.tr("Not printed: {error}").format(error=exc), error=True)

    # ------------------------------------------------------------ stock
    def _stock_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        self.s_sku = QLineEdit()
        self.s_count = QSpinBox()
        self.s_count.setRange(0, 1_000_000)
        self.s_reason = QLineEdit(self.tr("stocktake"))
        form.addRow(self.tr("SKU"), self.s_sku)
        form.addRow(self.tr("Counted"), self.s_count)
        form.addRow(self.tr("Reason"), self.s_reason)
        b = QPushButton(self.tr("Save count"))
        b.clicked.connect(lambda: self._do(lambda: sv.count_stock(self.db, self.actor, self.s_sku.text(),
                                                                  self.s_count.value(), self.s_reason.text()),
                                           self.tr("Stock saved")))
        form.addRow(b)
        lay.addLayout(form)
        cap = QLabel(self.tr("Low stock (≤ {n})").format(n=sv.LOW_STOCK))
        cap.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(cap)
        self.low = _table([self.tr("SKU"), self.tr("Item"), self.tr("Stock")])
        lay.addWidget(self.low, 1)
        return w

    def refresh_stock(self) -> None:
        _fill(self.low, [[v.sku, v.name, str(v.stock)] for v in sv.low_stock(self.db)])

    # ------------------------------------------------------------ returns
    def _return_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.r_code = QLineEdit()
        self.r_code.setPlaceholderText(self.tr("scan the waybill or the order number"))
        self.r_reason = QLineEdit()
        self.r_condition = QComboBox()
        for c in ("intact", "opened", "damaged"):
            self.r_condition.addItem(value_name(c), c)
        self.r_fault = QComboBox()
        for f in ("none", "buyer", "courier", "packing"):
            self.r_fault.addItem(value_name(f), f)
        self.r_items = QLineEdit()
        self.r_items.setPlaceholderText(self.tr("SKU×qty, … (add ! for not resaleable), e.g. TS-BLK-M×1, JN-30×1!"))
        self.r_exchange = QLineEdit()
        self.r_exchange.setPlaceholderText(self.tr("exchange: SKU×qty, … (empty: a plain return)"))
        form.addRow(self.tr("Waybill / order"), self.r_code)
        form.addRow(self.tr("Reason"), self.r_reason)
        form.addRow(self.tr("Condition"), self.r_condition)
        form.addRow(self.tr("Fault"), self.r_fault)
        form.addRow(self.tr("Items back"), self.r_items)
        form.addRow(self.tr("Exchange for"), self.r_exchange)
        b = QPushButton(self.tr("Receive return"))
        b.clicked.connect(self.receive_return)
        form.addRow(b)
        self.r_result = QLabel()
        self.r_result.setFont(theme.font(theme.MEDIUM, bold=True))
        self.r_result.setWordWrap(True)
        form.addRow(self.r_result)
        return w

    def receive_return(self) -> None:
        try:
            items = [(sku, qty, not bang) for sku, qty, bang in _parse_items(self.r_items.text())]
            exchange = [(sku, qty) for sku, qty, _ in _parse_items(self.r_exchange.text())]
        except ValueError as exc:
            self._say(self.tr("Not SKU×quantity: {part}").format(part=exc.args[0]), error=True)
            return
        result: list = []
        ok = self._do(lambda: result.append(sv.receive_return(
            self.db, self.actor, self.r_code.text(), self.r_reason.text(), self.r_condition.currentData(),
            self.r_fault.currentData(), items, exchange or None, self.station_id)), self.tr("Return received"))
        if ok:
            r = result[0]
            text = self.tr("Order {no}: {n} back to stock.").format(no=r.order_no, n=r.restocked)
            if r.packer_on_record:
                text += " " + self.tr("Packed by {name}.").format(name=r.packer_on_record)
            if r.exchange_order_no:
                text += " " + self.tr("Exchange order {no} created.").format(no=r.exchange_order_no)
            self.r_result.setText(text)


def _parse_items(text: str) -> list[tuple[str, int, bool]]:
    """`SKU×2, SKU2x1!` → [(SKU, 2, False), (SKU2, 1, True)] (! = not resaleable)."""
    out = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        bang = part.endswith("!")
        part = part.rstrip("!").strip()
        for sep in ("×", "x", "X", "*"):
            if sep in part:
                sku, _, qty = part.rpartition(sep)
                break
        else:
            sku, qty = part, "1"
        if not (qty.strip().isascii() and qty.strip().isdigit()) or int(qty) <= 0:
            raise ValueError(part)
        out.append((sku.strip(), int(qty), bang))
    return out

