"""Setup › Settings: the settings every station shares, each with its own editor (the weight tolerance in grams
and percent, the default courier from the couriers there are; the sender is each shop's, on the Shops tab). An admin changes
them, giving a reason; others see them (app.services.settings checks every value)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ...services import settings
from ...services import supervisor as sv
from .kit import DeskTab


def _left(*widgets) -> QWidget:
    """Widgets side by side on the left of a form row (a button as wide as its text, not the form)."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return row


class SettingsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # three editors: on a 768-line screen the page scrolls, the desk does not grow
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        lay = QVBoxLayout(inner)
        self.note = QLabel(self.tr("Only an administrator changes these settings."))
        self.note.setVisible(self.actor.role != "admin")
        lay.addWidget(self.note)

        box = QGroupBox(self.tr("Weight tolerance"))
        form = QFormLayout(box)
        self.abs_g = QSpinBox()
        self.abs_g.setRange(0, settings.MAX_ABS_G)
        self.abs_g.setSuffix(" g")
        self.pct = QDoubleSpinBox()
        self.pct.setRange(0, 100)
        self.pct.setDecimals(1)
        self.pct.setSuffix(" %")
        for box_ in (self.abs_g, self.pct):
            box_.setMinimumWidth(160)
            box_.setMaximumWidth(220)
        form.addRow(self.tr("Grams either way"), self.abs_g)
        form.addRow(self.tr("or percent of the expected weight"), self.pct)
        self.tolerance_state = QLabel()
        self.tolerance_button = QPushButton(self.tr("Save the tolerance…"))
        self.tolerance_button.clicked.connect(self.save_tolerance)
        form.addRow(_left(self.tolerance_button, self.tolerance_state))
        lay.addWidget(box)

        box = QGroupBox(self.tr("Default courier"))
        form = QFormLayout(box)
        self.courier = QComboBox()
        form.addRow(self.tr("Orders that name no courier go with"), self.courier)
        self.courier_state = QLabel()
        self.courier_button = QPushButton(self.tr("Save the default courier…"))
        self.courier_button.clicked.connect(self.save_courier)
        form.addRow(_left(self.courier_button, self.courier_state))
        lay.addWidget(box)

        note = QLabel(self.tr("The sender on each label is its shop's: set it on the Shops tab."))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addStretch(1)
        for w in (self.abs_g, self.pct, self.courier, self.tolerance_button, self.courier_button):
            w.setEnabled(self.actor.role == "admin")
        self.refresh()

    def refresh(self) -> None:
        rows = {r.key: r for r in settings.list_settings(self.db)}
        tol = rows["weight_tolerance"].effective
        self.abs_g.setValue(int(tol["abs_g"]))
        self.pct.setValue(float(tol["pct"]))
        self.tolerance_state.setText(self.state(rows["weight_tolerance"]))
        self.courier.clear()
        self.courier.addItem(self.tr("the first courier that has waybill numbers"), None)
        for code, name in settings.courier_codes(self.db):
            self.courier.addItem(f"{name} ({code})", code)
        self.courier.setCurrentIndex(max(0, self.courier.findData(rows["default_courier"].value)))
        self.courier_state.setText(self.state(rows["default_courier"]))

    def state(self, row: settings.SettingRow) -> str:
        return self.tr("Set for every station.") if row.value is not None else self.tr(
            "Not set yet: what is shown applies.")

    def change(self, key: str, value, done: str) -> None:
        reason = self.ask(self.tr("Change a setting"), self.tr("Reason for the change:"))
        if reason is None:
            self.say(self.tr("Not changed: a reason is needed"), error=True)
            return
        if self.do(lambda: sv.change_setting(self.db, self.actor, key, value, reason), done):
            self.refresh()

    def save_tolerance(self) -> None:
        self.change("weight_tolerance", {"abs_g": self.abs_g.value(), "pct": self.pct.value()},
                    self.tr("Weight tolerance saved: every station uses it from the next parcel"))

    def save_courier(self) -> None:
        code = self.courier.currentData()
        if code is None:
            self.say(self.tr("Choose a courier"), error=True)
            return
        self.change("default_courier", code, self.tr("Default courier saved"))
