"""A supervisor decides an order's courier: the question (a note asked for a courier the rules did not pick),
the couriers to choose from — the one asked for first —, and a reason; done through order_changes.change_courier
(keeping the rules' choice answers the question too)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ...services import courier_rules as cr
from ...services import order_changes as oc
from .courier_words import question_text
from .kit import attempt


class CourierDecisionDialog(QDialog):
    def __init__(self, parent, d: cr.Decision, names: dict[str, str]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Courier of order {no}").format(no=d.order_no))
        form = QFormLayout(self)
        ask = QLabel(question_text(d.question, names) if d.question else
                     self.tr("Now: {courier}").format(courier=names.get(d.courier, d.courier) or "—"))
        ask.setWordWrap(True)
        form.addRow(ask)
        self.courier = QComboBox()
        for code, name in d.couriers:
            text = self.tr("{name} (chosen now)").format(name=name) if code == d.courier else name
            self.courier.addItem(text, code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. 买家已确认 the buyer agreed"))
        form.addRow(self.tr("Send with"), self.courier)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def decide_courier(tab, order_no: str) -> bool:
    """Opens the dialog for `order_no` from a desk tab and applies the choice; True when it was applied."""
    out: list = []
    refused = attempt(lambda: out.append(cr.decision(tab.db, order_no)))
    if refused is not None:
        tab.say(refused, error=True)
        return False
    names = cr.courier_names(tab.db)
    dlg = CourierDecisionDialog(tab, out[0], names)
    if not tab.run_dialog(dlg):
        return False
    code = dlg.courier.currentData() or ""
    return tab.do(lambda: oc.change_courier(tab.db, tab.actor, order_no, code, dlg.reason.text(), tab.station_id),
                  QCoreApplication.translate("CourierDecisionDialog", "Order {no} goes with {courier}").format(no=order_no, courier=names.get(code, code)))
