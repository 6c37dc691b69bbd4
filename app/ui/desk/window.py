"""The supervisor's desk window: its tabs (one module each in this package), the message line, and the
few things every tab does through it: run a service action (`do`), say something (`say`), ask a reason
(`ask`), sound, and where a scan goes while the desk is the active window (never the packing flow behind)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QInputDialog, QLabel, QLineEdit, QMainWindow, QPushButton, QTabWidget, QWidget

from ...db import Database
from ...domain.packflow import Operator
from .. import theme
from .kit import DeskTab, attempt, save_document


class DeskWindow(QMainWindow):
    def __init__(self, db: Database, actor: Operator, station_id: int | None = None, parent: QWidget | None = None,
                 station=None, sounds=None):
        super().__init__(parent)
        self.sounds = sounds
        self.db, self.actor, self.station_id = db, actor, station_id
        self.station = station  # StationService: reprints go to its printer
        self.last_document = None
        self.setWindowTitle(self.tr("Supervisor desk — {name}").format(name=actor.name))
        self.setStyleSheet(theme.STYLESHEET)
        self.message = QLabel()  # before the tabs: a tab may say something while it is built
        self.message.setFont(theme.font(theme.SMALL, bold=True))
        self.tabs = QTabWidget()
        self.by_key: dict[str, DeskTab] = {}
        for key, cls, title in self.tab_classes():
            self.by_key[key] = cls(self)
            self.tabs.addTab(self.by_key[key], title)
        self.setCentralWidget(self.tabs)
        self.statusBar().addWidget(self.message, 1)
        self.card_button = QPushButton(self.tr("Command card (PDF)"))
        self.card_button.clicked.connect(self.command_card)
        self.statusBar().addPermanentWidget(self.card_button)
        self.chain_button = QPushButton(self.tr("Check the audit log"))
        self.chain_button.clicked.connect(self.check_audit_log)
        self.statusBar().addPermanentWidget(self.chain_button)
        self.resize(1280, 800)
        self.refresh_changed()

    def tab_classes(self) -> list[tuple[str, type[DeskTab], str]]:
        """(key, class, title) of every tab in the order shown. A new screen is one module and one line here."""
        from .bill_tab import BillTab
        from .claims_tab import ClaimTab
        from .courier_rules_tab import CourierRulesTab
        from .couriers_tab import CouriersTab
        from .exceptions_tab import ExceptionsTab
        from .figures_tab import FigureTab
        from .import_tab import ImportTab
        from .orders_tab import OrdersTab
        from .pickups_tab import PickupTab
        from .returns_tab import ReturnsTab
        from .setup_tab import SetupTab
        from .shops_tab import ShopsTab
        from .stations_tab import StationsTab
        from .stock_tab import StockTab
        from .stubs_tab import StubTab
        from .supplies_tab import SupplyTab
        from .waybills_tab import WaybillsTab

        return [
            ("exceptions", ExceptionsTab, self.tr("Exceptions")),
            ("orders", OrdersTab, self.tr("Orders")),
            ("waybills", WaybillsTab, self.tr("Waybills")),
            ("stock", StockTab, self.tr("Stock")),
            ("returns", ReturnsTab, self.tr("Returns")),
            ("pickups", PickupTab, self.tr("Pickups")),
            ("stubs", StubTab, self.tr("Stubs")),
            ("claims", ClaimTab, self.tr("Claims")),
            ("supplies", SupplyTab, self.tr("Supplies")),
            ("couriers", CouriersTab, self.tr("Couriers")),
            ("courier_rules", CourierRulesTab, self.tr("Courier rules")),
            ("bills", BillTab, self.tr("Courier bill")),
            ("figures", FigureTab, self.tr("Figures")),
            ("stations", StationsTab, self.tr("Stations")),
            ("setup", SetupTab, self.tr("Setup")),
            ("shops", ShopsTab, self.tr("Shops")),
            ("import", ImportTab, self.tr("Import")),
        ]

    def tab(self, key: str) -> DeskTab:
        return self.by_key[key]

    def show_tab(self, key: str) -> DeskTab:
        self.tabs.setCurrentWidget(self.by_key[key])
        return self.by_key[key]

    def refresh_changed(self) -> None:
        for t in self.by_key.values():
            if t.refresh_on_change:
                t.refresh()

    # ------------------------------------------------------------ what every tab does through the window
    def do(self, action, success: str, refresh: bool = True) -> bool:
        """Run a service action; say its refusal in the user's language, or the success; refresh (not for a
        look-up that changes nothing, such as a scan into a count)."""
        refused = attempt(action)
        if refused is not None:
            self.say(refused, error=True)
            return False
        self.say(success)
        if refresh:
            self.refresh_changed()
        return True

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {theme.COLOURS['error'] if error else theme.COLOURS['ready']};")

    def ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def play(self, ok: bool) -> None:
        if self.sounds is not None:
            from ...domain.packflow import Sound

            self.sounds.play(Sound.OK if ok else Sound.ERROR)

    def own_dialog(self) -> QWidget | None:
        """The active window when it is a dialog the desk (or one of its tabs) opened, else None."""
        w = QApplication.activeWindow()
        if w is None or w is self:
            return None
        p = w.parentWidget()
        while p is not None and p is not self:
            p = p.parentWidget()
        return w if p is self else None

    def is_active(self) -> bool:
        """The desk or a dialog it opened is the active window: a scan belongs to the desk."""
        return self.isActiveWindow() or self.own_dialog() is not None

    def on_scan(self, code: str) -> None:
        """A scan while the desk is the active window stays in the desk, never reaches the packing flow: it
        fills the text field that has the focus (and acts as if typed and Entered); else the shown tab
        takes it (a dock scan, a stub, a return …)."""
        dialog = self.own_dialog()
        if dialog is not None:  # a dialog the desk opened takes it (Setup's forms: into the focused field)
            focus = QApplication.focusWidget()
            if hasattr(dialog, "accept_scan"):
                dialog.accept_scan(code)
            elif isinstance(focus, QLineEdit) and dialog.isAncestorOf(focus) and not focus.isReadOnly():
                focus.setText(code)
            return
        focus = QApplication.focusWidget()
        if (isinstance(focus, QLineEdit) and self.isAncestorOf(focus) and not focus.isReadOnly()
                and not isinstance(focus.parent(), QAbstractSpinBox)):  # a number field takes no barcode
            focus.setText(code)
            focus.returnPressed.emit()  # a scanner ends with Enter: the field acts as if typed and Entered
            return
        tab = self.tabs.currentWidget()
        if isinstance(tab, DeskTab):
            tab.on_scan(code)

    # ------------------------------------------------------------ the status bar's buttons
    def check_audit_log(self) -> None:
        """Every audit row is chained to the one before by a hash: an edited, deleted or slipped-in row shows."""
        from ...services.audit import verify_audit_chain

        report = verify_audit_chain(self.db)
        if report.ok:
            self.say(self.tr("Audit log intact: {rows} entries, none changed").format(rows=report.rows))
        elif not report.triggers_ok:
            self.say(self.tr("Audit log NOT protected: its write protection was removed. Tell IT at once."),
                     error=True)
        else:
            self.say(self.tr("Audit log ALTERED at entry {id}: tell IT at once.").format(
                id=report.first_bad_id if report.first_bad_id is not None else "?"), error=True)

    def command_card(self) -> None:
        """The packers' command barcodes on one A4 page, both languages, to print and pin at each station."""
        from ...labels.command_card import command_card_pdf

        station = self.station.station_name if self.station is not None else ""
        path = save_document(f"command-card{'-' + station if station else ''}.pdf", command_card_pdf(station))
        self.last_document = path
        self.say(self.tr("Saved {path}: print it at 100 % and pin it at the station").format(path=path))
