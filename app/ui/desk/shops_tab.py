"""Shops (店铺): the shops the warehouse ships for, each with the sender and return address its labels carry, its
packing-slip header and default courier; add, edit, retire; the shop names orders give that are not set up
(their orders wait at the scan); and the shop's shipped orders for its platform's batch-shipping upload."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from ... import paths
from ...domain.errors import ServiceError
from ...domain.permissions import Forbidden
from ...services import shipments_export, shops
from ...services.station import DB_DOWN
from .. import theme
from ..messages import service_error
from .kit import DeskTab, date_edit, fill, pydate, table, today


def platform_names() -> dict[str, str]:
    """The platforms in the user's language."""
    return {"taobao": QCoreApplication.translate("Shops", "Taobao / Tmall"),
            "pdd": QCoreApplication.translate("Shops", "Pinduoduo"),
            "douyin": QCoreApplication.translate("Shops", "Douyin"),
            "jd": QCoreApplication.translate("Shops", "JD"),
            "other": QCoreApplication.translate("Shops", "Other platform")}


class ShopDialog(QDialog):
    """The form of one shop. `save(fields)` is called on OK; a refusal is said in the form and the field it
    names gets the focus (the form stays open with what was typed)."""

    def __init__(self, parent: QWidget, save, shop: shops.ShopView | None = None, name: str = ""):
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Edit shop {code}").format(code=shop.code) if shop else self.tr("New shop"))
        form = QFormLayout()
        self.edits: dict[str, QWidget] = {}

        def line(key: str, label: str, value: str = "", hint: str = "") -> QLineEdit:
            e = QLineEdit(value)
            e.setPlaceholderText(hint)
            e.setMinimumWidth(360)
            form.addRow(label, e)
            self.edits[key] = e
            return e

        v = shop
        line("code", self.tr("Code"), v.code if v else "", self.tr("e.g. CG-TM"))
        line("name", self.tr("Shop name (as the orders give it)"), v.name if v else name)
        self.platform = QComboBox()
        for value, text in platform_names().items():
            self.platform.addItem(text, value)
        self.platform.setCurrentIndex(max(0, self.platform.findData(v.platform if v else "taobao")))
        form.addRow(self.tr("Platform"), self.platform)
        self.edits["platform"] = self.platform
        line("sender_name", self.tr("Sender's name"), v.sender_name if v else "")
        line("sender_phone", self.tr("Sender's phone"), v.sender_phone if v else "", "0571-88123456")
        line("province", self.tr("Return address: province"), v.province if v else "", "浙江省")
        line("city", self.tr("City"), v.city if v else "", "杭州市")
        line("district", self.tr("District"), v.district if v else "", "余杭区")
        line("address", self.tr("Street and number"), v.address if v else "")
        self.header = QPlainTextEdit(v.slip_header if v else "")
        self.header.setPlaceholderText(self.tr("The packing slip's heading, up to 3 lines (blank: the shop's name)"))
        self.header.setTabChangesFocus(True)
        self.header.setFixedHeight(70)
        form.addRow(self.tr("Packing-slip header"), self.header)
        self.edits["slip_header"] = self.header
        line("default_courier", self.tr("Default courier (code)"), v.default_courier if v else "", "ZTO")
        self.is_default = QCheckBox(self.tr("Orders that name no shop are this shop's"))
        self.is_default.setChecked(bool(v and v.is_default))
        form.addRow("", self.is_default)
        self.edits["is_default"] = self.is_default
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.COLOURS['error']};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)

    def fields(self) -> shops.ShopFields:
        text = {k: e.text() for k, e in self.edits.items() if isinstance(e, QLineEdit)}
        return shops.ShopFields(platform=self.platform.currentData(), slip_header=self.header.toPlainText(),
                                is_default=self.is_default.isChecked(), **text)

    def accept(self) -> None:
        try:
            self.save(self.fields())
        except (ServiceError, Forbidden, ValueError) as exc:
            self.problem.setText(service_error(exc))
            field = self.edits.get(getattr(exc, "field", ""))
            if field is not None:
                field.setFocus()
            return
        except DB_DOWN:
            self.problem.setText(self.tr("The server does not answer: nothing was changed. Try again in a moment."))
            return
        super().accept()


class ShopsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Code"), self.tr("Shop"), self.tr("Platform"), self.tr("State"),
                            self.tr("Open orders"), self.tr("Sender"), self.tr("Phone"), self.tr("Return address"),
                            self.tr("Courier"), self.tr("Slip header")])
        self.table.doubleClicked.connect(lambda _i: self.edit())
        lay.addWidget(self.table, 1)
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet(f"color: {theme.COLOURS['error']};")
        lay.addWidget(self.unknown)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add shop…"))
        self.add_button.clicked.connect(lambda: self.add())
        self.add_unknown_button = QPushButton(self.tr("Set up the shop the orders name…"))
        self.add_unknown_button.clicked.connect(lambda: self.add(self._unknown[0].name if self._unknown else ""))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.clicked.connect(self.retire)
        self.restore_button = QPushButton(self.tr("Bring back"))
        self.restore_button.clicked.connect(self.restore)
        for w in (self.add_button, self.add_unknown_button, self.edit_button, self.retire_button,
                  self.restore_button):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        ex = QHBoxLayout()
        what = QLabel(self.tr("Shipped orders of the selected shop, for its platform's batch-shipping upload:"))
        what.setWordWrap(True)
        ex.addWidget(what, 1)
        self.first, self.last = date_edit(today()), date_edit(today())
        self.export_button = QPushButton(self.tr("Export shipments (CSV)"))
        self.export_button.clicked.connect(self.export)
        for w in (QLabel(self.tr("from")), self.first, QLabel(self.tr("to")), self.last, self.export_button):
            ex.addWidget(w)
        lay.addLayout(ex)
        self.dialog: ShopDialog | None = None
        self._rows: list[shops.ShopView] = []
        self._unknown: list[shops.UnknownShop] = []
        self.refresh()

    def refresh(self) -> None:
        self._rows = shops.list_shops(self.db)
        names = platform_names()
        out = []
        for v in self._rows:
            state = [t for t, on in ((self.tr("default"), v.is_default), (self.tr("retired"), not v.active),
                                     (self.tr("no sender: its orders stop at the scan"), not v.has_sender)) if on]
            out.append([v.code, v.name, names.get(v.platform, v.platform),
                        self.tr(", ").join(state) if state else self.tr("active"), str(v.open_orders),
                        v.sender_name, v.sender_phone, v.return_address, v.default_courier,
                        v.slip_header.replace("\n", " / ")])
        fill(self.table, out)
        self._unknown = shops.unknown_shops(self.db)
        self.unknown.setText(self.tr("Orders name shops that are not set up (they stop at the scan): {shops}").format(
            shops=self.tr(", ").join(self.tr("{name} ({n} orders)").format(name=u.name, n=u.open_orders)
                                    for u in self._unknown)) if self._unknown else "")
        self.add_unknown_button.setVisible(bool(self._unknown))

    def selected(self) -> shops.ShopView | None:
        r = self.table.currentRow()
        if 0 <= r < len(self._rows):
            return self._rows[r]
        self.say(self.tr("Select a shop first"), error=True)
        return None

    def _open(self, dlg: ShopDialog) -> None:
        self.dialog = dlg
        dlg.accepted.connect(self.refresh)
        dlg.open()

    def add(self, name: str = "") -> None:
        def save(f):
            v = shops.add_shop(self.db, self.actor, f)
            self.say(self.tr("Shop {code} added").format(code=v.code))

        self._open(ShopDialog(self, save, name=name))

    def edit(self) -> None:
        v = self.selected()
        if v is None:
            return

        def save(f):
            shops.edit_shop(self.db, self.actor, v.code, f)
            self.say(self.tr("Shop {code} saved").format(code=f.code))

        self._open(ShopDialog(self, save, shop=v))

    def retire(self) -> None:
        v = self.selected()
        if v is None:
            return
        reason = self.ask(self.tr("Retire shop {name}").format(name=v.name), self.tr("Why?"))
        if reason and self.do(lambda: shops.retire_shop(self.db, self.actor, v.code, reason),
                              self.tr("Shop {code} retired").format(code=v.code)):
            self.refresh()

    def restore(self) -> None:
        v = self.selected()
        if v is None:
            return
        reason = self.ask(self.tr("Bring back shop {name}").format(name=v.name), self.tr("Why?"))
        if reason and self.do(lambda: shops.restore_shop(self.db, self.actor, v.code, reason),
                              self.tr("Shop {code} is active again").format(code=v.code)):
            self.refresh()

    def export(self) -> None:
        v = self.selected()
        if v is None:
            return
        first, last = pydate(self.first), pydate(self.last)
        folder = paths.data_dir() / "documents"
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"shipments-{v.code}-{first:%Y%m%d}-{last:%Y%m%d}.csv"
        got: list = []
        if not self.do(lambda: got.append(shipments_export.export_shipments(self.db, self.actor, v.code, first,
                                                                           last, out)), ""):
            return
        r = got[0]
        if r.path is None:
            self.say(self.tr("Nothing new to export for {shop} ({already} exported before)").format(
                shop=v.name, already=r.already))
        else:
            changes = sum(x.change for x in r.rows)
            self.say(self.tr("Saved {path}: {n} orders, {changes} changed waybills").format(
                path=r.path, n=len(r.rows), changes=changes))
            self.last_document = r.path
        if r.older_unexported:
            self.say(self.tr("{n} orders shipped before {day} were never exported: export from an earlier day")
                     .format(n=r.older_unexported, day=first.isoformat()), error=True)

