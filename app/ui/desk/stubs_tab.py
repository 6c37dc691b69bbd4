"""Stubs (底单): scan the stubs the courier left; per courier per day, handed over against stubs received;
missing and unknown stubs chased; days older than 15 days archived."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...services import stubs
from ..messages import service_error
from .. import theme
from .kit import DeskTab, date_edit, fill, pydate, table, today


class StubTab(DeskTab):
    """底单: scan the stubs the courier left; per courier per day, handed over against stubs received."""

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.courier = self.courier_field()
        self.day = date_edit(today())
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
        self.lists = table([self.tr("List"), self.tr("Waybill"), self.tr("Order"), self.tr("Outcome"),
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
            led = stubs.stub_ledger(self.db, self.courier_code(), pydate(self.day))
        except Exception as exc:  # unknown courier and the like: said, not raised
            self.say(service_error(exc), error=True)
            return
        self.summary.setText(self.tr("Handed over {h} · stubs {s} · matched {m} · missing {mi} · unknown {u}").format(
            h=led.handed_over, s=led.stubs, m=led.matched, mi=len(led.missing), u=len(led.unknown)))
        self.summary.setStyleSheet(f"color: {theme.COLOURS['ready' if led.balanced else 'error']};")
        self._items = [("missing", i) for i in led.missing] + [("unknown", i) for i in led.unknown]
        names = {"missing": self.tr("missing stub"), "unknown": self.tr("unknown stub")}
        fill(self.lists, [[names[k], i.waybill_no, i.order_no, i.outcome, i.note] for k, i in self._items])
        due = stubs.archive_due(self.db)
        self.due.setText(self.tr("{n} day(s) of stubs older than 15 days to archive").format(n=len(due)) if due
                         else "")

    def on_scan(self, code: str) -> None:
        self.scan_edit.clear()
        out = []
        if self.do(lambda: out.append(stubs.receive_stub(self.db, self.actor, code,
                                                               self.courier_code(),
                                                               pydate(self.day))), ""):
            r = out[0]
            self.say(r.message or r.waybill_no, error=not r.ok)
            self.play(r.ok)
            self.refresh()

    def chase(self) -> None:
        row = self.lists.currentRow()
        if row < 0 or row >= len(self._items):
            self.say(self.tr("Select a line first"), error=True)
            return
        kind, item = self._items[row]
        self.do(lambda: stubs.chase(self.db, self.actor, self.courier_code(), item.waybill_no,
                                          kind, self.outcome.currentData(), self.note.text()),
                      self.tr("Outcome recorded"))
        self.refresh()

    def archive(self) -> None:
        self.do(lambda: stubs.archive(self.db, self.actor, self.courier_code(),
                                            pydate(self.day), self.box.text()), self.tr("Archived"))
        self.refresh()
