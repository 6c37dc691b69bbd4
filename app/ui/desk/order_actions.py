"""What a supervisor changes on one order (app.services.order_changes), one dialog per change, nothing typed
that the program knows: lines are picked from a table, a new size or colour from the list of the style's
variants, a courier from a list of names in the user's language, the orders to merge from the orders to the
same address.

`OrderActions(db, actor)` is self-contained: `set_order(order_no)` shows the order's lines and enables what may
be done; every change says its outcome on the widget's own message line and emits `changed(order_no)`; a blue or
purple flag emits `open_return(order_no, "exchange" | "return")` for the returns screen to take over."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...models import Flag
from ...services import order_changes as oc
from .. import theme
from ..messages import value_name
from .kit import attempt, fill, table

CAUSES = ("packing", "courier", "stock", "other")


def _variant(colour: str, size: str) -> str:
    return " / ".join(p for p in (colour, size) if p)


class _Dialog(QDialog):
    """A change: what it needs, a reason, OK and Cancel. Enter accepts (OK is the default button)."""

    def __init__(self, parent: QWidget, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.form = QFormLayout(self)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (the buyer asked, out of stock …)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

    def lines_table(self, sheet: oc.OrderSheet, extra: str | None = None) -> None:
        """The order's lines to pick from (with a quantity column per line when `extra` names it)."""
        heads = [self.tr("Line"), self.tr("SKU"), self.tr("Colour / size"), self.tr("Ordered")]
        self.lines = table(heads + ([extra] if extra else []))
        fill(self.lines, [[str(ln.line_no), ln.sku, _variant(ln.colour, ln.size), str(ln.qty)] for ln in sheet.lines])
        self.qty: list[QSpinBox] = []
        if extra:
            for r, ln in enumerate(sheet.lines):
                spin = QSpinBox()
                spin.setRange(0, ln.qty)
                self.lines.setCellWidget(r, len(heads), spin)
                self.qty.append(spin)
        if sheet.lines:
            self.lines.selectRow(0)
        self.sheet = sheet
        self.form.addRow(self.lines)

    def picked_line(self) -> oc.LineRow | None:
        r = self.lines.currentRow()
        return self.sheet.lines[r] if 0 <= r < len(self.sheet.lines) else None

    def quantities(self) -> dict[int, int]:
        return {ln.line_no: spin.value() for ln, spin in zip(self.sheet.lines, self.qty) if spin.value()}


class CourierDialog(_Dialog):
    def __init__(self, parent, names: dict[str, str], choices: list[oc.CourierChoice], current: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the courier"))
        self.courier = QComboBox()
        for c in choices:
            if c.code != current:
                self.courier.addItem(names.get(c.code, c.name), c.code)
        self.form.addRow(self.tr("New courier"), self.courier)
        if parent.sheet is not None and parent.sheet.status == "shipped":
            note = QLabel(self.tr("The label printed: it is voided and the order is labelled again with the new "
                                  "courier."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.finish()


class SwapDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet, db):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Another size or colour"))
        self.db = db
        self.lines_table(sheet)
        self.variants = QListWidget()
        self.form.addRow(self.tr("Same style"), self.variants)
        self.lines.currentCellChanged.connect(lambda *_: self.load())
        self.load()
        self.finish()

    def load(self) -> None:
        self.variants.clear()
        line = self.picked_line()
        if line is None:
            return
        for v in oc.variants(self.db, line.sku):
            item = QListWidgetItem(self.tr("{variant} ({sku}), {stock} in stock").format(
                variant=_variant(v.colour, v.size) or v.sku, sku=v.sku, stock=v.stock))
            item.setData(Qt.ItemDataRole.UserRole, v.sku)
            self.variants.addItem(item)
        if self.variants.count():
            self.variants.setCurrentRow(0)

    def sku(self) -> str | None:
        item = self.variants.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class RecipientDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the recipient or address"))
        self.sheet = sheet
        self.recipient = QLineEdit(sheet.recipient)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("{phone} (unchanged when empty)").format(phone=sheet.phone))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Street and number (unchanged when empty)"))
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Street address"), self.address)
        self.finish()


class CancelDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the order"))
        note = QLabel(self.tr("Order {order_no} is cancelled and the buyer refunded: it will not ship.").format(
            order_no=sheet.order_no))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()


class GiftDialog(_Dialog):
    def __init__(self, parent, products: list[oc.Variant]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a gift or insert"))
        self.products = QListWidget()
        for p in products:
            item = QListWidgetItem(f"{p.sku}  {p.name} {_variant(p.colour, p.size)}".strip())
            item.setData(Qt.ItemDataRole.UserRole, p.sku)
            self.products.addItem(item)
        if self.products.count():
            self.products.setCurrentRow(0)
        self.count = QSpinBox()
        self.count.setRange(1, oc.MAX_GIFT_QTY)
        self.form.addRow(self.tr("Item"), self.products)
        self.form.addRow(self.tr("Quantity (no charge)"), self.count)
        self.finish()

    def sku(self) -> str | None:
        item = self.products.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class MergeDialog(_Dialog):
    def __init__(self, parent, candidates: list[oc.Candidate]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into one parcel"))
        self.candidates = candidates
        self.orders = table([self.tr("Merge"), self.tr("Order"), self.tr("Buyer"), self.tr("Units")])
        fill(self.orders, [["", c.order_no, c.buyer_id if c.same_buyer else self.tr("{buyer} (another buyer)").format(
            buyer=c.buyer_id or "—"), str(c.units)] for c in candidates])
        for r, c in enumerate(candidates):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if c.same_buyer else Qt.CheckState.Unchecked)
            self.orders.setItem(r, 0, item)
        self.orders.keyPressEvent = self._key  # Space ticks the selected order
        if candidates:
            self.orders.selectRow(0)
        self.form.addRow(self.tr("Orders to the same address"), self.orders)
        self.other_buyers = QCheckBox(self.tr("Other buyers too (promotion items)"))
        self.form.addRow(self.other_buyers)
        self.finish()

    def _key(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.orders.currentRow() >= 0:
            item = self.orders.item(self.orders.currentRow(), 0)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return
        type(self.orders).keyPressEvent(self.orders, event)

    def chosen(self) -> list[str]:
        return [c.order_no for r, c in enumerate(self.candidates)
                if self.orders.item(r, 0).checkState() == Qt.CheckState.Checked]


class SplitDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split: ship part now, the rest later"))
        self.lines_table(sheet, self.tr("Later"))
        self.hold = QCheckBox(self.tr("Hold the rest until the stock comes"))
        self.hold.setChecked(True)
        self.form.addRow(self.hold)
        self.finish()


class ReshipDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reship missing or wrong items"))
        self.lines_table(sheet, self.tr("Reship"))
        self.cause = QComboBox()
        names = {"packing": self.tr("packing (charged to the packer)"), "courier": self.tr("courier"),
                 "stock": self.tr("stock"), "other": self.tr("other")}
        for c in CAUSES:
            self.cause.addItem(names[c], c)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("empty: what the items sold for"))
        self.form.addRow(self.tr("Cause"), self.cause)
        self.form.addRow(self.tr("Cost (yuan)"), self.cost)
        self.finish()


class FlagDialog(_Dialog):
    def __init__(self, parent, sheet: oc.OrderSheet):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set the flag"))
        self.flag = QComboBox()
        meaning = {Flag.NONE: self.tr("no flag"), Flag.GREEN: self.tr("bank transfer received"),
                   Flag.YELLOW: self.tr("hold: do not ship yet"), Flag.BLUE: self.tr("exchange"),
                   Flag.PURPLE: self.tr("return")}
        for f in Flag:
            self.flag.addItem(f"{value_name(f.value)} — {meaning[f]}", f.value)
        self.flag.setCurrentIndex(max(0, self.flag.findData(sheet.flag)))
        self.form.addRow(self.tr("Flag"), self.flag)
        self.finish()


class OrderActions(QWidget):
    changed = Signal(str)            # order number: something about it changed
    open_return = Signal(str, str)   # order number, "exchange" or "return": the returns screen takes over

    def __init__(self, db, actor, station_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.station_id = db, actor, station_id
        self.sheet: oc.OrderSheet | None = None
        self.dialog: _Dialog | None = None
        lay = QVBoxLayout(self)
        self.title = QLabel(self.tr("No order chosen"))
        self.title.setFont(theme.font(theme.SMALL, bold=True))
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        lay.addWidget(self.linked)
        self.lines = table([self.tr("Line"), self.tr("SKU"), self.tr("Colour / size"), self.tr("Ordered"),
                            self.tr("Counted"), self.tr("Packed"), self.tr("Gift")])
        lay.addWidget(self.lines)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, text) in enumerate((
                ("courier", self.tr("Courier…")), ("swap", self.tr("Size / colour…")),
                ("recipient", self.tr("Recipient / address…")), ("gift", self.tr("Add gift…")),
                ("flag", self.tr("Flag…")), ("cancel", self.tr("Cancel order…")),
                ("merge", self.tr("Merge…")), ("unmerge", self.tr("Unmerge…")), ("split", self.tr("Split…")),
                ("reship", self.tr("Reship (补发)…")), ("close_reship", self.tr("Close the reship…")))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, key=key: self.start(key))
            grid.addWidget(b, i // 6, i % 6)
            self.buttons[key] = b
        lay.addLayout(grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self._enable()

    # ------------------------------------------------------------ the order shown
    def courier_names(self) -> dict[str, str]:
        return {"SF": self.tr("SF Express"), "ZTO": self.tr("ZTO Express"), "YTO": self.tr("YTO Express"),
                "STO": self.tr("STO Express"), "YUNDA": self.tr("Yunda Express"), "JD": self.tr("JD Logistics"),
                "EMS": self.tr("China Post EMS")}

    def set_order(self, order_no: str | None) -> None:
        """Shows an order (None or "": none) and enables the changes it allows."""
        self.sheet = None
        if order_no:
            refused = attempt(lambda: setattr(self, "sheet", oc.order_sheet(self.db, order_no)))
            if refused:
                self.say(refused, error=True)
        self._show()

    def _show(self) -> None:
        sh = self.sheet
        self.linked.setText(self.links_text(sh) if sh else "")
        if sh is None:
            self.title.setText(self.tr("No order chosen"))
            fill(self.lines, [])
        else:
            courier = self.courier_names().get(sh.courier, sh.courier) if sh.courier else self.tr("no courier yet")
            flag = self.tr("no flag") if sh.flag == "none" else self.tr("flag {flag}").format(flag=value_name(sh.flag))
            text = self.tr("Order {order_no}: {status}, {flag}, {courier}").format(
                order_no=sh.order_no, status=value_name(sh.status), flag=flag, courier=courier)
            if sh.merged_into:
                text += " — " + self.tr("merged into {into}").format(into=sh.merged_into)
            self.title.setText(text)
            fill(self.lines, [[str(ln.line_no), ln.sku, _variant(ln.colour, ln.size), str(ln.qty), str(ln.scanned),
                               str(ln.packed), self.tr("gift") if ln.gift else ""] for ln in sh.lines])
        self._enable()

    def links_text(self, sh: oc.OrderSheet) -> str:
        """The orders this one is linked with: merged in, split off, reshipped, and where a reship stands."""
        words = {("merge", "to"): self.tr("merged in: {order_no}"),
                 ("split", "to"): self.tr("the rest ships as {order_no}"),
                 ("split", "from"): self.tr("the rest of {order_no}"),
                 ("reship", "to"): self.tr("reshipped as {order_no}"),
                 ("reship", "from"): self.tr("reship of {order_no}")}
        parts = [words[(kind, role)].format(order_no=other) for kind, role, other in sh.links
                 if (kind, role) != ("merge", "from")]  # the title says it
        if sh.reship_state:
            parts.append({"open": self.tr("reship not shipped yet"), "shipped": self.tr("reship shipped: close it"),
                          "closed": self.tr("reship closed")}[sh.reship_state])
        return "; ".join(parts)

    def _enable(self) -> None:
        sh = self.sheet
        status = sh.status if sh else None
        live = status in ("waiting", "open", "packing")
        merged_in = bool(sh and any(k == "merge" and role == "to" for k, role, _ in sh.links))
        allowed = {
            "courier": status in ("waiting", "open", "packing", "shipped"),
            "swap": live, "recipient": live, "gift": live, "split": live,
            "cancel": live and not merged_in,
            "flag": sh is not None,
            "merge": status == "open",
            "unmerge": (status == "open" and merged_in) or status == "merged",
            "reship": status == "shipped",
            "close_reship": bool(sh and sh.reship_state == "shipped"),
        }
        for key, b in self.buttons.items():
            b.setEnabled(allowed[key])

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {theme.COLOURS['error'] if error else theme.COLOURS['ready']};")

    # ------------------------------------------------------------ the dialogs
    def start(self, key: str) -> _Dialog | None:
        """Opens the dialog of a change (window-modal, without blocking); OK applies it. Returns the dialog."""
        sh = self.sheet
        if sh is None:
            return None
        if key == "courier":
            dlg = CourierDialog(self, self.courier_names(), oc.couriers(self.db), sh.courier)
        elif key == "swap":
            dlg = SwapDialog(self, sh, self.db)
        elif key == "recipient":
            dlg = RecipientDialog(self, sh)
        elif key == "cancel":
            dlg = CancelDialog(self, sh)
        elif key == "gift":
            dlg = GiftDialog(self, oc.products(self.db))
        elif key == "merge":
            dlg = MergeDialog(self, oc.merge_candidates(self.db, sh.order_no))
        elif key == "unmerge":
            dlg = _Dialog(self, self.tr("Undo the merge"))
            dlg.finish()
        elif key == "close_reship":
            dlg = _Dialog(self, self.tr("Close the reship: the buyer has the items"))
            dlg.finish()
        elif key == "split":
            dlg = SplitDialog(self, sh)
        elif key == "reship":
            dlg = ReshipDialog(self, sh)
        else:
            dlg = FlagDialog(self, sh)
        dlg.accepted.connect(lambda: self.apply(key, dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def apply(self, key: str, dlg: _Dialog) -> bool:
        """Carries out a dialog's change; says the outcome; emits `changed` (and `open_return` for a blue or
        purple flag)."""
        sh, db, actor, reason = self.sheet, self.db, self.actor, dlg.reason.text()
        no = sh.order_no
        out: list = []
        if key == "courier":
            code = dlg.courier.currentData()
            fn = lambda: out.append(oc.change_courier(db, actor, no, code or "", reason, self.station_id))
            done = self.tr("Courier changed")
        elif key == "swap":
            line, sku = dlg.picked_line(), dlg.sku()
            if line is None or sku is None:
                self.say(self.tr("Pick a line and the size or colour it becomes"), error=True)
                return False
            fn = lambda: oc.swap_sku(db, actor, no, line.line_no, sku, reason)
            done = self.tr("Line {line} is now {sku}").format(line=line.line_no, sku=sku)
        elif key == "recipient":
            fn = lambda: oc.change_recipient(db, actor, no, reason, recipient=dlg.recipient.text(),
                                             phone=dlg.phone.text() or None, address=dlg.address.text() or None)
            done = self.tr("Recipient changed")
        elif key == "cancel":
            fn = lambda: oc.cancel(db, actor, no, reason, self.station_id)
            done = self.tr("Order {order_no} cancelled").format(order_no=no)
        elif key == "gift":
            sku = dlg.sku()
            fn = lambda: oc.add_gift(db, actor, no, sku or "", dlg.count.value(), reason)
            done = self.tr("Gift added")
        elif key == "merge":
            chosen = dlg.chosen()
            fn = lambda: oc.merge(db, actor, no, chosen, reason, dlg.other_buyers.isChecked())
            done = self.tr("Merged into {order_no}: {orders}").format(order_no=no, orders=", ".join(chosen))
        elif key == "unmerge":
            fn = lambda: out.append(oc.unmerge(db, actor, no, reason))
            done = self.tr("Merge undone")
        elif key == "close_reship":
            fn = lambda: oc.close_reship(db, actor, no, reason)
            done = self.tr("Reship {order_no} closed").format(order_no=no)
        elif key == "split":
            later, hold = dlg.quantities(), dlg.hold.isChecked()
            fn = lambda: out.append(oc.split(db, actor, no, later, reason, hold))
            done = self.tr("Split: the rest ships later as {order_no}")
        elif key == "reship":
            items, cause, cost = dlg.quantities(), dlg.cause.currentData(), dlg.cost.text().strip()
            try:
                money = Decimal(cost) if cost else None
            except InvalidOperation:
                self.say(self.tr("The cost {cost} is not an amount of money").format(cost=cost), error=True)
                return False
            fn = lambda: out.append(oc.reship(db, actor, no, items, cause, reason, money))
            done = self.tr("Reship {order_no} made: pack it like any order")
        else:
            flag = Flag(dlg.flag.currentData())
            fn = lambda: out.append(oc.set_flag(db, actor, no, flag, reason, self.station_id))
            done = self.tr("Flag set")
        refused = attempt(fn)
        if refused is not None:
            self.say(refused, error=True)
            return False
        if key in ("split", "reship"):
            done = done.format(order_no=out[0])
        self.say(done)
        self.set_order(no)
        self.changed.emit(no)
        if key == "flag" and out and out[0]:
            self.open_return.emit(no, out[0])
        return True
