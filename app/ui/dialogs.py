"""Supervisor override at the packer's station, the put-back and close questions, and the demo card."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout,
    QWidget,
)

from ..services.demo import DemoCard
from . import theme
from .messages import value_name


class OverrideDialog(QDialog):
    """Badge (scan) or code, PIN and a reason. The caller checks them through the station service."""

    def __init__(self, what: str, parent: QWidget | None = None, ask_reason: bool = True,
                 reasons: list[str] | None = None):
        super().__init__(parent)
        self.ask_reason = ask_reason
        self.setWindowTitle(self.tr("Supervisor override"))
        self.setMinimumWidth(640)
        lay = QVBoxLayout(self)
        head = QLabel(what)
        head.setFont(theme.font(theme.MEDIUM, bold=True))
        head.setWordWrap(True)
        lay.addWidget(head)
        form = QFormLayout()
        self.ident = QLineEdit()
        self.ident.setPlaceholderText(self.tr("scan badge or type code"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(reasons if reasons is not None else [
            "", self.tr("Gift or extra packing material"), self.tr("SKU weight on file is wrong"),
            self.tr("Checked by hand: contents correct")])
        form.addRow(self.tr("Supervisor"), self.ident)
        form.addRow(self.tr("PIN"), self.pin)
        if ask_reason:
            form.addRow(self.tr("Reason"), self.reason)
        else:
            self.reason.hide()
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.COLOURS['error']}; font-weight: bold;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.ident.setFocus()

    def accept(self) -> None:
        """Checked here first, so a missing field keeps what was typed (the PIN is not typed twice)."""
        ident, pin, reason = self.values()
        if not ident:
            self.error.setText(self.tr("Scan the supervisor's badge or type the code"))
            self.ident.setFocus()
            return
        if not pin:
            self.error.setText(self.tr("Type the PIN"))
            self.pin.setFocus()
            return
        if self.ask_reason and len(reason) < 2:
            self.error.setText(self.tr("Give a reason (at least two characters)"))
            self.reason.setFocus()
            return
        super().accept()

    def accept_scan(self, code: str) -> None:
        """A badge scanned while the dialog is open fills the supervisor field."""
        self.ident.setText(code)
        self.pin.setFocus()

    def values(self) -> tuple[str, str, str]:
        return self.ident.text().strip(), self.pin.text(), self.reason.currentText().strip()


class NewPinDialog(QDialog):
    """A new PIN, typed twice (digits only)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new PIN"))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Your PIN is too short for your role. Supervisors and admins: 6 to 12 digits."))
        head.setWordWrap(True)
        head.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(head)
        form = QFormLayout()
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("New PIN again"), self.second)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.COLOURS['error']}; font-weight: bold;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two PINs differ: type them again"))
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
            return
        super().accept()

    def value(self) -> str:
        return self.first.text()

    def accept_scan(self, code: str) -> None:  # a badge scanned here is not a PIN
        pass


class ConfirmDialog(QDialog):
    """A yes/no question in big type: Enter (or the command barcode `command` scanned) says yes, Esc no."""

    def __init__(self, title: str, text: str, yes: str, parent: QWidget | None = None, command: str = ""):
        super().__init__(parent)
        self.command = command
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        head = QLabel(title)
        head.setFont(theme.font(theme.BIG, bold=True))
        head.setWordWrap(True)
        body = QLabel(text)
        body.setFont(theme.font(theme.MEDIUM))
        body.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(body)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(yes, QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.yes.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept_scan(self, code: str) -> None:
        if self.command and code.strip().upper() == self.command:
            self.accept()


class CloseChoiceDialog(QDialog):
    """Closing the window with an order open: put it back, keep it open here, or stay."""

    def __init__(self, order_no: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("An order is open"))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Order {no} is open at this station. What becomes of it?").format(no=order_no))
        head.setFont(theme.font(theme.MEDIUM, bold=True))
        head.setWordWrap(True)
        lay.addWidget(head)
        for choice, text in (("put_back", self.tr("Put it back: the items go back to the shelf, counts cleared")),
                             ("keep", self.tr("Keep it open here: the next sign-on at this station resumes it")),
                             ("", self.tr("Do not close"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            lay.addWidget(button)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice else self.reject()

    def ask(self) -> str:
        self.exec()
        return self.choice

    def accept_scan(self, code: str) -> None:  # scans do nothing here
        pass


class DemoCardDialog(QDialog):
    def __init__(self, card: DemoCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo barcodes"))
        self.resize(900, 760)
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        view.setHtml(self.card_html(card))
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def card_html(self, card: DemoCard) -> str:
        # every tr() on a line of its own: Qt Linguist does not read calls inside f-strings
        t_sign_on, t_code, t_name, t_badge, t_role = (self.tr("Sign on"), self.tr("Code"), self.tr("Name"),
                                                      self.tr("Badge"), self.tr("Role"))
        t_orders, t_order, t_shows, t_items = (self.tr("Orders"), self.tr("Order"), self.tr("Shows"),
                                               self.tr("Item barcodes × qty"))
        t_wrong, t_cartons, t_keys = self.tr("Wrong items to try"), self.tr("Cartons"), self.tr("Keys")
        t_type = self.tr("Type a code fast and press Enter, as a scanner does; or paste it.")
        t_f5, t_f6, t_f7 = (self.tr("put the parcel on the simulated scale"), self.tr("put it on 300 g too heavy"),
                            self.tr("take it off"))
        rows = [f"<h2>{t_sign_on}</h2><table cellpadding=4 border=1 cellspacing=0>"
                f"<tr><th>{t_code}</th><th>{t_name}</th><th>PIN</th><th>{t_badge}</th><th>{t_role}</th></tr>"]
        for code, name, pin, badge, role in card.operators:
            rows.append(f"<tr><td>{code}</td><td>{name}</td><td>{pin}</td><td><b>{badge}</b></td>"
                        f"<td>{value_name(role)}</td></tr>")
        rows.append("</table>")
        rows.append(f"<h2>{t_orders}</h2><table cellpadding=4 border=1 cellspacing=0>"
                    f"<tr><th>{t_order}</th><th>{t_shows}</th><th>{t_items}</th></tr>")
        for o in card.orders:
            items = "<br>".join(f"<b>{bc}</b> {what} ×{qty}" for bc, what, qty in o.items)
            rows.append(f"<tr><td><b>{o.order_no}</b></td><td>{self.note(o.note)}</td><td>{items}</td></tr>")
        rows.append("</table>")
        if card.wrong_items:
            rows.append(f"<h2>{t_wrong}</h2><ul>")
            for bc, kind, order_no, what in card.wrong_items:
                text = (self.tr("wrong size or colour for {order}: {what}") if kind == "wrong_variant" else
                        self.tr("not in {order}: {what}")).format(order=order_no, what=what)
                rows.append(f"<li><b>{bc}</b> — {text}</li>")
            rows.append("</ul>")
        rows.append(f"<h2>{t_cartons}</h2><p>" + ", ".join(f"<b>{c}</b> {n}" for c, n in card.cartons) + "</p>")
        rows.append(f"<h2>{t_keys}</h2><p>{t_type}<br>F5: {t_f5} · F6: {t_f6} · F7: {t_f7}</p>")
        return "".join(rows)

    def note(self, code: str) -> str:
        """What a demo order shows (app.services.demo.CardOrder.note)."""
        return {
            "one item": self.tr("one item"), "several lines": self.tr("several lines"),
            "many units: type the quantity": self.tr("many units: F2 and type the line's total"),
            "manual check": self.tr("manual check"), "on hold (yellow flag)": self.tr("on hold (yellow flag)"),
            "refund requested": self.tr("refund requested"), "already shipped": self.tr("already shipped"),
        }.get(code, code)
