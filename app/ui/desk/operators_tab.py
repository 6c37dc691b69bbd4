"""Setup › Operators: who works here. Add one (PIN typed twice, masked), change name, role or badge, disable
(asked and with a reason) or enable, reset a PIN, print badge cards. A supervisor works on packers (the
service refuses the rest); an admin on anyone (app.services.operators)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from ...services import operators
from ..messages import value_name
from .kit import DeskTab, fill, table
from .setup_forms import ROLES, FormDialog, pin_field, pins_differ, role_combo


class OperatorsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Code"), self.tr("Name"), self.tr("Role"), self.tr("Badge"), self.tr("State")])
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.pin_button = QPushButton(self.tr("Reset PIN…"))
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton(self.tr("Disable…"))
        self.active_button.clicked.connect(self.toggle_active)
        self.badges_button = QPushButton(self.tr("Badge cards (PDF)"))
        self.badges_button.clicked.connect(self.badge_cards)
        for b in (self.add_button, self.edit_button, self.pin_button, self.active_button, self.badges_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.rows: list[operators.OperatorRow] = []
        self.dialog: FormDialog | None = None  # the dialog last opened (the tests type into it)
        self.refresh()

    # what may be chosen: a supervisor makes packers only
    def roles(self) -> tuple[str, ...]:
        return ROLES if self.actor.role == "admin" else ("packer",)

    def refresh(self) -> None:
        code = self.current().code if self.current() else None
        self.rows = operators.list_operators(self.db)
        fill(self.table, [[o.code, o.name, value_name(o.role), o.badge or "—",
                           self.tr("active") if o.active else self.tr("disabled")] for o in self.rows])
        if code is not None:
            self.select(code)
        self._selected()

    def current(self) -> operators.OperatorRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) and self.table.selectedItems() else None

    def select(self, code: str) -> None:
        for i, o in enumerate(self.rows):
            if o.code == code:
                self.table.selectRow(i)

    def _selected(self) -> None:
        o = self.current()
        for b in (self.edit_button, self.pin_button, self.active_button):
            b.setEnabled(o is not None)
        self.active_button.setText(self.tr("Enable…") if o is not None and not o.active else self.tr("Disable…"))

    def open(self, dialog: FormDialog) -> bool:
        self.dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    # ------------------------------------------------------------ actions
    def add(self) -> None:
        dlg = FormDialog(self.tr("Add an operator"),
                         self.tr("Packers sign on with the badge alone; supervisors and admins with badge and PIN. "
                                 "PIN: packers 4 to 12 digits, supervisors and admins 6 to 12."),
                         self.tr("Add"), lambda: None, self)
        code = dlg.add(self.tr("Code"), QLineEdit())
        name = dlg.add(self.tr("Name"), QLineEdit())
        role = dlg.add(self.tr("Role"), role_combo(self.roles()))
        badge = dlg.add(self.tr("Badge"), QLineEdit())
        badge.setPlaceholderText(self.tr("scan the badge card"))
        pin, again = dlg.add(self.tr("PIN"), pin_field()), dlg.add(self.tr("PIN again"), pin_field())

        def submit():
            if pins_differ(pin, again):
                dlg.fail(self.tr("The two PINs differ: type them again"))
                return False
            operators.add_operator(self.db, self.actor, code.text(), name.text(), role.currentData(), pin.text(),
                                   badge.text())
            return None

        dlg.submit = submit
        if self.open(dlg):
            self.refresh()
            self.select(code.text().strip())
            self.say(self.tr("Operator {code} added").format(code=code.text().strip()))

    def edit(self) -> None:
        o = self.current()
        if o is None:
            return
        dlg = FormDialog(self.tr("Change operator {code}").format(code=o.code), "", self.tr("Save"), lambda: None, self)
        name = dlg.add(self.tr("Name"), QLineEdit(o.name))
        roles = self.roles() if o.role in self.roles() else (o.role,)
        role = dlg.add(self.tr("Role"), role_combo(roles, o.role))
        badge = dlg.add(self.tr("Badge"), QLineEdit(o.badge))
        badge.setPlaceholderText(self.tr("no badge"))

        def submit():
            operators.edit_operator(self.db, self.actor, o.code, name=name.text(), role=role.currentData(),
                                    badge=badge.text())

        dlg.submit = submit
        if self.open(dlg):
            self.refresh()
            self.say(self.tr("Operator {code} changed").format(code=o.code))

    def reset_pin(self) -> None:
        o = self.current()
        if o is None:
            return
        dlg = FormDialog(self.tr("New PIN for {name} ({code})").format(name=o.name, code=o.code),
                         self.tr("Give the operator the new PIN in person."), self.tr("Set PIN"), lambda: None, self)
        pin, again = dlg.add(self.tr("New PIN"), pin_field()), dlg.add(self.tr("New PIN again"), pin_field())
        reason = dlg.add(self.tr("Reason"), QLineEdit())

        def submit():
            if pins_differ(pin, again):
                dlg.fail(self.tr("The two PINs differ: type them again"))
                return False
            operators.reset_pin(self.db, self.actor, o.code, pin.text(), reason.text())
            return None

        dlg.submit = submit
        if self.open(dlg):
            self.say(self.tr("{name} has a new PIN").format(name=o.name))

    def toggle_active(self) -> None:
        o = self.current()
        if o is None:
            return
        if o.active:
            title = self.tr("Disable {name} ({code})?").format(name=o.name, code=o.code)
            intro = self.tr("{name} will no longer sign on at any station. The records stay.").format(name=o.name)
            yes, done = self.tr("Disable"), self.tr("{name} is disabled").format(name=o.name)
        else:
            title = self.tr("Enable {name} ({code})?").format(name=o.name, code=o.code)
            intro = self.tr("{name} may sign on again.").format(name=o.name)
            yes, done = self.tr("Enable"), self.tr("{name} may sign on again").format(name=o.name)
        dlg = FormDialog(title, intro, yes, lambda: None, self)
        reason = dlg.add(self.tr("Reason"), QLineEdit())
        dlg.submit = lambda: operators.set_operator_active(self.db, self.actor, o.code, not o.active, reason.text())
        if self.open(dlg):
            self.refresh()
            self.say(done)

    def badge_cards(self) -> None:
        """Every active operator's badge card, ten to an A4 page (saved; the path is said)."""
        self.document("badge-cards.pdf", lambda: operators.badge_cards_pdf(self.db, self.actor))
