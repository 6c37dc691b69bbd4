"""Sign-on: scan the badge, or type the operator code and the PIN."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from . import theme


class SignOnPage(QWidget):
    submitted = Signal(str, str)  # operator code or badge, PIN ("" for a badge scan)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        root = QVBoxLayout(self)
        root.addStretch(1)
        self.title = QLabel()
        self.title.setFont(theme.font(theme.HUGE, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        root.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setFont(theme.font(theme.MEDIUM))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        root.addWidget(self.hint)
        form_host = QWidget()
        form_host.setMaximumWidth(1000)
        form = QFormLayout(form_host)
        self.code = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_caption = QLabel()
        self.pin_caption = QLabel()
        for w in (self.code_caption, self.pin_caption):
            w.setFont(theme.font(theme.BIG))
        for w in (self.code, self.pin):
            w.setMinimumWidth(420)
        form.addRow(self.code_caption, self.code)
        form.addRow(self.pin_caption, self.pin)
        root.addWidget(form_host, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setFont(theme.font(theme.MEDIUM, bold=True))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(f"color: {theme.COLOURS['error']};")
        root.addWidget(self.message)
        self.station = QLabel()
        self.station.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station.setFont(theme.font(theme.MEDIUM))
        root.addWidget(self.station)
        root.addStretch(2)
        self.code.returnPressed.connect(self._code_entered)
        self.pin.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("PackStation — sign on"))
        self.hint.setText(self.tr("Scan your badge, or type your operator code and PIN"))
        self.code_caption.setText(self.tr("Operator code"))
        self.pin_caption.setText(self.tr("PIN"))

    def reset(self, message: str = "") -> None:
        self.code.clear()
        self.pin.clear()
        self.message.setText(message)
        self.code.setFocus()

    def _code_entered(self) -> None:
        if self.code.text().strip():
            self.pin.setFocus()

    def _submit(self) -> None:
        code, pin = self.code.text().strip(), self.pin.text()
        self.pin.clear()
        if code:
            self.submitted.emit(code, pin)
