"""Returns and exchanges: scan the waybill or order of a parcel that came back, say its condition, whose
fault, which items are back (and whether they can be sold again) and, for an exchange, what goes out instead."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton

from ...services import supervisor as sv
from .. import theme
from ..messages import value_name
from .kit import DeskTab


class ReturnsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        form = QFormLayout(self)
        self.r_code = QLineEdit()
        self.r_code.setPlaceholderText(self.tr("scan the waybill or the order number"))
        self.r_reason = QLineEdit()
        self.r_condition = QComboBox()
        for c in ("intact", "opened", "damaged"):
            self.r_condition.addItem(value_name(c), c)
        self.r_fault = QComboBox()
        for f in ("none", "buyer", "courier", "packing"):
            self.r_fault.addItem(value_name(f), f)
        self.r_items = QLineEdit()
        self.r_items.setPlaceholderText(self.tr("SKU×qty, … (add ! for not resaleable), e.g. TS-BLK-M×1, JN-30×1!"))
        self.r_exchange = QLineEdit()
        self.r_exchange.setPlaceholderText(self.tr("exchange: SKU×qty, … (empty: a plain return)"))
        form.addRow(self.tr("Waybill / order"), self.r_code)
        form.addRow(self.tr("Reason"), self.r_reason)
        form.addRow(self.tr("Condition"), self.r_condition)
        form.addRow(self.tr("Fault"), self.r_fault)
        form.addRow(self.tr("Items back"), self.r_items)
        form.addRow(self.tr("Exchange for"), self.r_exchange)
        b = QPushButton(self.tr("Receive return"))
        b.clicked.connect(self.receive_return)
        form.addRow(b)
        self.r_result = QLabel()
        self.r_result.setFont(theme.font(theme.MEDIUM, bold=True))
        self.r_result.setWordWrap(True)
        form.addRow(self.r_result)

    def on_scan(self, code: str) -> None:  # the scanned waybill or order of the parcel that came back
        self.r_code.setText(code)

    def receive_return(self) -> None:
        try:
            items = [(sku, qty, not bang) for sku, qty, bang in parse_items(self.r_items.text())]
            exchange = [(sku, qty) for sku, qty, _ in parse_items(self.r_exchange.text())]
        except ValueError as exc:
            self.say(self.tr("Not SKU×quantity: {part}").format(part=exc.args[0]), error=True)
            return
        result: list = []
        ok = self.do(lambda: result.append(sv.receive_return(
            self.db, self.actor, self.r_code.text(), self.r_reason.text(), self.r_condition.currentData(),
            self.r_fault.currentData(), items, exchange or None, self.station_id)), self.tr("Return received"))
        if ok:
            r = result[0]
            text = self.tr("Order {no}: {n} back to stock.").format(no=r.order_no, n=r.restocked)
            if r.packer_on_record:
                text += " " + self.tr("Packed by {name}.").format(name=r.packer_on_record)
            if r.exchange_order_no:
                text += " " + self.tr("Exchange order {no} created.").format(no=r.exchange_order_no)
            self.r_result.setText(text)


def parse_items(text: str) -> list[tuple[str, int, bool]]:
    """`SKU×2, SKU2x1!` → [(SKU, 2, False), (SKU2, 1, True)] (! = not resaleable)."""
    out = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        bang = part.endswith("!")
        part = part.rstrip("!").strip()
        for sep in ("×", "x", "X", "*"):
            if sep in part:
                sku, _, qty = part.rpartition(sep)
                break
        else:
            sku, qty = part, "1"
        if not (qty.strip().isascii() and qty.strip().isdigit()) or int(qty) <= 0:
            raise ValueError(part)
        out.append((sku.strip(), int(qty), bang))
    return out
