"""What the Setup screens' dialogs share: a form that runs its service action on OK and stays open, saying why
in the user's language, when the action is refused (nothing typed is lost); a PIN field (digits, masked); a
role choice in words. Used by operators_tab, cartons_tab, products_tab and settings_tab."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from .. import theme
from ..messages import value_name
from .kit import attempt

ROLES = ("packer", "supervisor", "admin")


class FormDialog(QDialog):
    """`submit()` runs on OK: a refusal is shown in the dialog (which stays open); success closes it."""

    def __init__(self, title: str, intro: str, yes: str, submit: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        if intro:
            head = QLabel(intro)
            head.setWordWrap(True)
            head.setFont(theme.font(theme.SMALL, bold=True))
            lay.addWidget(head)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.COLOURS['error']}; font-weight: bold;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(yes, QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.yes.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def add(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def fail(self, text: str) -> None:
        self.error.setText(text)

    def accept(self) -> None:
        said: list = []
        refused = attempt(lambda: said.append(self.submit()))  # the desk's one way to run an action
        if refused is not None:
            self.fail(refused)
            return
        if said[0] is False:  # the form said what is wrong itself (fail())
            return
        super().accept()

    def accept_scan(self, code: str) -> None:
        """A scan fills the text field that has the focus (a badge, a carton code, a barcode) and submits
        nothing; a scan into a PIN field is dropped (a badge is never a PIN)."""
        focus = self.focusWidget()
        if (isinstance(focus, QLineEdit) and self.isAncestorOf(focus) and not focus.isReadOnly()
                and focus.echoMode() is QLineEdit.EchoMode.Normal):
            focus.setText(code)


def pin_field() -> QLineEdit:
    """Digits only, shown as dots."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}")))
    edit.setMaxLength(12)
    return edit


def role_combo(roles: tuple[str, ...] = ROLES, current: str = "packer") -> QComboBox:
    """The roles in words (打包员, 主管, 管理员); the stored value is the item's data."""
    combo = QComboBox()
    for r in roles:
        combo.addItem(value_name(r), r)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def pins_differ(first: QLineEdit, second: QLineEdit) -> bool:
    if first.text() == second.text():
        return False
    first.clear()
    second.clear()
    first.setFocus()
    return True
