"""Setup › Cartons: the cartons and bags a packer scans, with their tare weights (part of every expected weight);
add, change, make one the default, retire (asked, with a reason) or bring back (app.services.cartons)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...services import cartons
from .kit import DeskTab, fill, table
from .setup_forms import FormDialog


def grams_field(value: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, cartons.MAX_TARE_G)
    box.setValue(value)
    box.setSuffix(" g")
    return box


class CartonsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Code"), self.tr("Name"), self.tr("Tare weight"), self.tr("Default"),
                            self.tr("State")])
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.default_button = QPushButton(self.tr("Make default"))
        self.default_button.clicked.connect(self.make_default)
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.retire_button.clicked.connect(self.retire)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.toggled.connect(self.refresh)
        for w in (self.add_button, self.edit_button, self.default_button, self.retire_button, self.show_retired):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.rows: list[cartons.CartonRow] = []
        self.dialog: FormDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        code = self.current().code if self.current() else None
        self.rows = cartons.list_cartons(self.db, include_retired=self.show_retired.isChecked())
        fill(self.table, [[c.code, c.name, f"{c.weight_g} g", "✔" if c.is_default else "",
                           self.tr("in use") if c.active else self.tr("retired")] for c in self.rows])
        if code is not None:
            self.select(code)
        self._selected()

    def current(self) -> cartons.CartonRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) and self.table.selectedItems() else None

    def select(self, code: str) -> None:
        for i, c in enumerate(self.rows):
            if c.code == code:
                self.table.selectRow(i)

    def _selected(self) -> None:
        c = self.current()
        for b in (self.edit_button, self.default_button, self.retire_button):
            b.setEnabled(c is not None)
        self.default_button.setEnabled(c is not None and c.active and not c.is_default)
        self.retire_button.setText(self.tr("Bring back…") if c is not None and not c.active else self.tr("Retire…"))

    def open(self, dialog: FormDialog) -> bool:
        self.dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        dlg = FormDialog(self.tr("Add a carton or bag"),
                         self.tr("The code is what the packer scans (print it on the shelf); the tare weight is "
                                 "added to every parcel packed in it."), self.tr("Add"), lambda: None, self)
        code = dlg.add(self.tr("Code"), QLineEdit())
        name = dlg.add(self.tr("Name"), QLineEdit())
        grams = dlg.add(self.tr("Tare weight"), grams_field())
        default = dlg.add(self.tr("Default"), QCheckBox(self.tr("weigh parcels with this one unless another is "
                                                               "scanned")))
        dlg.submit = lambda: cartons.add_carton(self.db, self.actor, code.text(), name.text(), grams.value(),
                                                default.isChecked())
        if self.open(dlg):
            self.refresh()
            self.select(code.text().strip())
            self.say(self.tr("Carton {code} added").format(code=code.text().strip()))

    def edit(self) -> None:
        c = self.current()
        if c is None:
            return
        dlg = FormDialog(self.tr("Change carton {code}").format(code=c.code),
                         self.tr("A new tare weight counts from the next parcel packed in it."), self.tr("Save"),
                         lambda: None, self)
        name = dlg.add(self.tr("Name"), QLineEdit(c.name))
        grams = dlg.add(self.tr("Tare weight"), grams_field(c.weight_g))
        reason = dlg.add(self.tr("Reason"), QLineEdit())
        dlg.submit = lambda: cartons.edit_carton(self.db, self.actor, c.code, name=name.text(), weight_g=grams.value(),
                                                 reason=reason.text())
        if self.open(dlg):
            self.refresh()
            self.say(self.tr("Carton {code} changed").format(code=c.code))

    def make_default(self) -> None:
        c = self.current()
        if c is not None and self.do(lambda: cartons.set_default_carton(self.db, self.actor, c.code),
                                     self.tr("{code} is the default carton").format(code=c.code)):
            self.refresh()

    def retire(self) -> None:
        c = self.current()
        if c is None:
            return
        if c.active:
            title, yes = self.tr("Retire carton {code}?").format(code=c.code), self.tr("Retire")
            intro = self.tr("It is no longer scanned at the stations nor the default. Parcels packed in it keep it.")
            done = self.tr("Carton {code} retired").format(code=c.code)
        else:
            title, yes = self.tr("Bring carton {code} back?").format(code=c.code), self.tr("Bring back")
            intro, done = "", self.tr("Carton {code} is in use again").format(code=c.code)
        dlg = FormDialog(title, intro, yes, lambda: None, self)
        reason = dlg.add(self.tr("Reason"), QLineEdit())
        dlg.submit = lambda: cartons.retire_carton(self.db, self.actor, c.code, reason.text(), retired=c.active)
        if self.open(dlg):
            self.refresh()
            self.say(done)
