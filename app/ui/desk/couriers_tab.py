"""Couriers: every courier with its waybill source, how many numbers are ready and the warning before they run
out; add, edit, retire and reactivate one, and set its e-waybill (快递100) account."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout,
)

from ...services import couriers as cs
from ...services.ewaybill import pool
from ..messages import translated_template
from .kit import DeskTab, fill, table


class CourierDialog(QDialog):
    """Add (``current`` None) or edit a courier."""

    def __init__(self, parent, current: cs.CourierView | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit courier") if current else self.tr("Add courier"))
        form = QFormLayout(self)
        self.code = QLineEdit(current.code if current else "")
        self.code.setReadOnly(current is not None)
        self.code.setPlaceholderText(self.tr("e.g. ZJS"))
        self.name = QLineEdit(current.name if current else "")
        self.layout_box = QComboBox()
        self.layout_box.addItem(self.tr("named like the code"), "")
        for name in cs.available_layouts():
            self.layout_box.addItem(self.tr("generic") if name == "GENERIC" else name, name)
        if current:
            self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(current.layout)))
        self.services = QLineEdit("，".join(current.service_types) if current else "")
        self.services.setPlaceholderText(self.tr("e.g. 标快，特快"))
        self.source = QComboBox()
        self.source.addItem(self.tr("number range (号段)"), "range")
        self.source.addItem(self.tr("e-waybill account (快递100)"), "kuaidi100")
        if current:
            self.source.setCurrentIndex(max(0, self.source.findData(current.waybill_source)))
        self.warn = QSpinBox()
        self.warn.setRange(0, 1_000_000)
        self.warn.setValue(current.warn_level if current else cs.DEFAULT_WARN)
        self.privacy = QCheckBox(self.tr("privacy waybill (隐私面单)"))
        self.privacy.setChecked(current.privacy_waybill if current else True)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name on the label"), self.name)
        form.addRow(self.tr("Label layout"), self.layout_box)
        form.addRow(self.tr("Service types"), self.services)
        form.addRow(self.tr("Waybill numbers from"), self.source)
        form.addRow(self.tr("Warn below (numbers)"), self.warn)
        form.addRow("", self.privacy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"name": self.name.text(), "layout": self.layout_box.currentData(),
                "service_types": self.services.text(), "waybill_source": self.source.currentData(),
                "warn_level": self.warn.value(), "privacy": self.privacy.isChecked()}


class AccountDialog(QDialog):
    """A courier's 快递100 account for one shop ('' = every shop): key, secret and the courier's own values."""

    FIELDS = ("shop", "api_key", "api_secret", "kuaidicom", "partner_id", "partner_key", "partner_secret",
              "partner_name", "net", "code", "check_man", "exp_type", "endpoint")

    def __init__(self, parent, courier: cs.CourierView):
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-waybill account of {courier}").format(courier=courier.name))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        labels = {
            "shop": self.tr("Shop (empty: every shop)"), "api_key": self.tr("快递100 key (授权码)"),
            "api_secret": self.tr("快递100 secret"), "kuaidicom": self.tr("快递100 company code"),
            "partner_id": self.tr("partnerId (电子面单账号)"), "partner_key": self.tr("partnerKey (密码)"),
            "partner_secret": self.tr("partnerSecret (密钥)"), "partner_name": self.tr("partnerName"),
            "net": self.tr("net (网点 / 平台)"), "code": self.tr("code (承载编号)"),
            "check_man": self.tr("checkMan (快递员)"), "exp_type": self.tr("Product type (产品类型)"),
            "endpoint": self.tr("Address"),
        }
        first = courier.accounts[0] if courier.accounts else None
        preset = {"kuaidicom": first.kuaidicom if first else cs.KUAIDICOM.get(courier.code, ""),
                  "partner_id": first.partner_id if first else "", "net": first.net if first else "",
                  "exp_type": first.exp_type if first else "",
                  "endpoint": first.endpoint if first else "https://api.kuaidi100.com/label/order"}
        self.edits: dict[str, QLineEdit] = {}
        for f in self.FIELDS:
            edit = QLineEdit(preset.get(f, ""))
            if f in cs.SECRET_FIELDS:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setPlaceholderText(self.tr("unchanged when empty") if first else "")
            self.edits[f] = edit
            form.addRow(labels[f], edit)
        self.prefetch = QSpinBox()
        self.prefetch.setRange(0, 500)
        self.prefetch.setValue(first.prefetch if first else 20)
        form.addRow(self.tr("Numbers kept ready"), self.prefetch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        out = {f: (e.text().strip() or None) for f, e in self.edits.items()}
        out["shop"] = self.edits["shop"].text().strip()
        out["prefetch"] = self.prefetch.value()
        return out


class RangeDialog(QDialog):
    """A number range (号段) for a range courier: prefix + first … first+count-1, zero-padded to digits."""

    def __init__(self, parent, courier: cs.CourierView):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load waybill numbers for {courier}").format(courier=courier.name))
        form = QFormLayout(self)
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("e.g. 7731"))
        self.first = QLineEdit()
        self.first.setPlaceholderText(self.tr("e.g. 100000001"))
        self.count = QSpinBox()
        self.count.setRange(1, 1_000_000)
        self.count.setValue(1000)
        self.digits = QSpinBox()
        self.digits.setRange(1, 30)
        self.digits.setValue(10)
        form.addRow(self.tr("Prefix"), self.prefix)
        form.addRow(self.tr("First number"), self.first)
        form.addRow(self.tr("How many"), self.count)
        form.addRow(self.tr("Digits after the prefix"), self.digits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Load"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CouriersTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Courier"), self.tr("Name"), self.tr("Numbers from"), self.tr("Ready"),
                            self.tr("Orders waiting"), self.tr("Warn below"), self.tr("Status"), self.tr("Warning")])
        lay.addWidget(self.table, 1)
        self.summary = QLabel()
        lay.addWidget(self.summary)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add courier…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.account_button = QPushButton(self.tr("E-waybill account…"))
        self.range_button = QPushButton(self.tr("Load numbers…"))
        self.range_button.clicked.connect(self.load_range)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(lambda: self.retire(active=False))
        self.reactivate_button.clicked.connect(lambda: self.retire(active=True))
        self.account_button.clicked.connect(self.account)
        for b in (self.add_button, self.edit_button, self.retire_button, self.reactivate_button, self.range_button,
                  self.account_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self._couriers: list[cs.CourierView] = []
        self.refresh()

    # ------------------------------------------------------------------------------------------ showing
    def refresh(self) -> None:
        self._couriers = cs.list_couriers(self.db)
        levels = {lv.courier: lv for lv in pool.levels(self.db)}
        rows, low = [], []
        for c in self._couriers:
            lv = levels.get(c.code)
            source = self.tr("number range") if c.waybill_source == "range" else self.tr("e-waybill (快递100)")
            warning = ""
            if lv is not None and lv.problem:
                warning = translated_template(lv.problem, lv.problem_params or {})
            elif lv is not None and lv.low:
                warning = self.tr("no numbers left") if lv.ready == 0 else self.tr("running low")
            if warning:
                low.append(c.name)
            rows.append([c.code, c.name, source, str(lv.ready) if lv else "—",
                         str(lv.waiting) if lv and c.waybill_source != "range" else "—", str(c.warn_level),
                         self.tr("active") if c.active else self.tr("retired"), warning])
        fill(self.table, rows)
        self.summary.setText(self.tr("Running low: {names}").format(names="、".join(low)) if low
                             else self.tr("Every courier has numbers enough"))

    def selected(self) -> cs.CourierView | None:
        r = self.table.currentRow()
        if 0 <= r < len(self._couriers):
            return self._couriers[r]
        self.say(self.tr("Choose a courier in the list first"), error=True)
        return None

    # ------------------------------------------------------------------------------------------ actions
    def add(self) -> None:
        dlg = CourierDialog(self)
        if self.run_dialog(dlg):
            v = dlg.values()
            if self.do(lambda: cs.add_courier(self.db, self.actor, dlg.code.text(), v["name"], v["layout"],
                                              v["service_types"], v["waybill_source"], v["warn_level"],
                                              v["privacy"]),
                       self.tr("Courier {code} added").format(code=dlg.code.text().strip().upper())):
                self.refresh()

    def edit(self) -> None:
        c = self.selected()
        if c is None:
            return
        dlg = CourierDialog(self, c)
        if self.run_dialog(dlg):
            v = dlg.values()
            if self.do(lambda: cs.edit_courier(self.db, self.actor, c.code, **v),
                       self.tr("Courier {code} saved").format(code=c.code)):
                self.refresh()

    def retire(self, active: bool) -> None:
        c = self.selected()
        if c is None:
            return
        title = self.tr("Reactivate {code}") if active else self.tr("Retire {code}")
        reason = self.ask(title.format(code=c.code), self.tr("Why?"))
        if reason is None:
            return
        fn = cs.reactivate_courier if active else cs.retire_courier
        done = self.tr("Courier {code} is active again") if active else self.tr("Courier {code} retired")
        if self.do(lambda: fn(self.db, self.actor, c.code, reason), done.format(code=c.code)):
            self.refresh()

    def account(self) -> None:
        c = self.selected()
        if c is None:
            return
        dlg = AccountDialog(self, c)
        if self.run_dialog(dlg):
            v = dlg.values()
            shop = v.pop("shop")
            if self.do(lambda: cs.set_account(self.db, self.actor, c.code, shop, **v),
                       self.tr("E-waybill account of {code} saved").format(code=c.code)):
                self.refresh()

    def load_range(self) -> None:
        c = self.selected()
        if c is None:
            return
        dlg = RangeDialog(self, c)
        if self.run_dialog(dlg):
            out = []
            if self.do(lambda: out.append(cs.load_range(self.db, self.actor, c.code, dlg.prefix.text(),
                                                        dlg.first.text().strip(), dlg.count.value(),
                                                        dlg.digits.value())), ""):
                self.say(self.tr("{code}: {added} numbers added, {duplicates} already known").format(
                    code=c.code, added=out[0].added, duplicates=out[0].duplicates))
                self.refresh()
