"""Supervisor override at the packer's station, and the demo card."""
from __future__ import annotations


from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget,
)

from ..services.demo import DemoCard
from . import theme


class OverrideDialog(QDialog):
    """Badge (scan) or code, PIN and a reason. The caller checks them through the station service."""

    def __init__(self, what: str, parent: QWidget | None = None, ask_reason: bool = True,
                 reasons: list[str] | None = None):
        super().__init__(parent)
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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.ident.setFocus()

    def accept_scan(self, code: str) -> None:
        """A badge scanned while the dialog is open fills the supervisor field."""
        self.ident.setText(code)
        self.pin.setFocus()

    def values(self) -> tuple[str, str, str]:
        return self.ident.text().strip(), self.pin.text(), self.reason.currentText().strip()


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
        rows = []
        rows.append(f"<h2>{self.tr('Sign on')}</h2><table cellpadding=4 border=1 cellspacing=0>"
                    f"<tr><th>{self.tr('Code')}</th><th>{self.tr('Name')}</th><th>PIN</th><th>{self.tr('Badge')}</th>"
                    f"<th>{self.tr('Role')}</th></tr>")
        for code, name, pin, badge, role in card.operators:
            rows.append(f"<tr><td>{code}</td><td>{name}</td><td>{pin}</td><td><b>{badge}</b></td><td>{role}</td></tr>")
        rows.append("</table>")
        rows.append(f"<h2>{self.tr('Orders')}</h2><table cellpadding=4 border=1 cellspacing=0>"
                    f"<tr><th>{self.tr('Order')}</th><th>{self.tr('Shows')}</th><th>{self.tr('Item barcodes × qty')}</th></tr>")
        for o in card.orders:
            items = "<br>".join(f"<b>{bc}</b> {what} ×{qty}" for bc, what, qty in o.items)
            rows.append(f"<tr><td><b>{o.order_no}</b></td><td>{o.note}</td><td>{items}</td></tr>")
        rows.append("</table>")
        if card.wrong_items:
            rows.append(f"<h2>{self.tr('Wrong items to try')}</h2><ul>")
            rows += [f"<li><b>{bc}</b> — {what}</li>" for bc, what in card.wrong_items]
            rows.append("</ul>")
        rows.append(f"<h2>{self.tr('Cartons')}</h2><p>" + ", ".join(f"<b>{c}</b> {n}" for c, n in card.cartons) + "</p>")
        rows.append(f"<h2>{self.tr('Keys')}</h2><p>{self.tr('Type a code fast and press Enter, as a scanner does; or paste it.')}"
                    f"<br>F5: {self.tr('put the parcel on the simulated scale')} · F6: {self.tr('put it on 300 g too heavy')} · "
                    f"F7: {self.tr('take it off')}</p>")
        return "".join(rows)
