"""Orders: today's backlog at the top, one search box for any of an order's numbers with the filters, the list
(a model that fetches 100 rows at a time as it is scrolled, so a million orders stay fast), and the order
opened (double-click or Enter, or a scan) with its lines, notes, flag, parcels and history. What a supervisor
does to the opened order (flag, interception, re-pack, note, quantity of the line picked in the lines table,
address, packing slip) acts on it without typing its number; its "Change the order" tab holds the order changes
(app/ui/desk/order_actions.py: courier, size/colour, recipient, cancel, gift, merge, split, reship)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.packflow import Err, FlowError
from ...models import Flag
from ...services import order_find as of
from ...services import supervisor as sv
from ..messages import error_title, service_error, value_name
from ...services.courier_rules import courier_names
from .courier_words import question_text, why_text
from .kit import DeskTab, date_edit, fill, pydate, save_document, table, today

PAGE = 100
DENSE = ("QTableWidget, QTableView { font-size: 12pt; } QHeaderView::section { font-size: 11pt; padding: 3px; } "
         "QLineEdit { font-size: 13pt; padding: 3px; } QPushButton { font-size: 12pt; padding: 4px 10px; } "
         "QComboBox, QDateEdit, QSpinBox, QLabel, QTabBar::tab { font-size: 12pt; }")


def when(ts: datetime | None) -> str:
    """A time in the local zone, the same in every language: 2026-12-04 14:05."""
    return ts.astimezone().strftime("%Y-%m-%d %H:%M") if ts else ""


class OrdersModel(QAbstractTableModel):
    """The search's rows, fetched a page at a time (`fetch(offset, limit)` gives OrderRows) as the view
    scrolls to the end: a million orders cost one page."""

    def __init__(self, headers: list[str], cells, parent=None):
        super().__init__(parent)
        self.headers, self.cells = headers, cells
        self.rows: list[of.OrderRow] = []
        self.fetch = None
        self.more = False

    def reset(self, fetch) -> None:
        """Start again with a new search; the first page is read at once (a refusal is raised here)."""
        first = fetch(0, PAGE)
        self.beginResetModel()
        self.fetch, self.rows, self.more = fetch, list(first), len(first) == PAGE
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.cells(self.rows[index.row()])[index.column()]
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.more and self.fetch is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        page = self.fetch(len(self.rows), PAGE)
        self.more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def order_no(self, row: int) -> str | None:
        return self.rows[row].order_no if 0 <= row < len(self.rows) else None


class OrderList(QTableView):
    """The results: Enter opens the selected order (double-click too)."""

    def __init__(self, on_open):
        super().__init__()
        self.on_open = on_open
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda idx: on_open(idx.row()))

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.on_open(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class OrdersTab(DeskTab):
    refresh_on_change = True  # an action on any tab (a hold released, a return) shows here at once

    def __init__(self, desk):
        super().__init__(desk)
        self.current: of.OrderDetail | None = None
        self.actions_widget = None
        # a desk reads many rows: smaller than the packing screen's big type
        self.setStyleSheet(DENSE)
        lay = QVBoxLayout(self)
        self.backlog_label = QLabel()
        self.backlog_label.setWordWrap(True)
        lay.addWidget(self.backlog_label)
        lay.addLayout(self._search_row())
        lay.addLayout(self._filter_row())
        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = OrdersModel(
            [self.tr("Order"), self.tr("Shop"), self.tr("Buyer"), self.tr("Recipient"), self.tr("Status"),
             self.tr("Flag"), self.tr("Courier"), self.tr("Lines"), self.tr("Waybill"), self.tr("Imported"),
             self.tr("Shipped")], self.cells, self)
        self.results = OrderList(self.open_row)
        self.results.setModel(self.model)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        split.addWidget(self.results)
        split.addWidget(self._detail_pane())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.load_choices()
        from .order_actions import OrderActions

        actions = OrderActions(self.db, self.actor, self.station_id)
        actions.open_return.connect(self.open_return)
        self.set_actions(actions)

    # ---------------------------------------------------------------------------------------- building
    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Order no., buyer ID, name, phone's last 4, waybill or SKU"))
        self.query.returnPressed.connect(self.search)
        self.query.setClearButtonEnabled(True)
        row.addWidget(self.query, 1)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.search)
        row.addWidget(go)
        clear = QPushButton(self.tr("Clear filters"))
        clear.clicked.connect(self.clear_filters)
        row.addWidget(clear)
        self.found = QLabel()
        row.addWidget(self.found)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.f_status = QComboBox()
        self.f_flag = QComboBox()
        self.f_shop = QComboBox()
        self.f_courier = QComboBox()
        self.f_packer = QComboBox()
        self.f_note = QComboBox()
        self.f_held = QComboBox()
        self.f_date = QComboBox()
        self.f_from = date_edit(today())
        self.f_to = date_edit(today())
        self.f_note.addItem(self.tr("notes or not"), None)
        self.f_note.addItem(self.tr("with a note"), True)
        self.f_note.addItem(self.tr("without a note"), False)
        for value, text in (("", self.tr("any date")), ("imported", self.tr("imported")),
                            ("paid", self.tr("paid")), ("shipped", self.tr("shipped"))):
            self.f_date.addItem(text, value)
        for w in (self.f_status, self.f_flag, self.f_shop, self.f_courier, self.f_packer, self.f_note, self.f_held,
                  self.f_date, self.f_from, self.f_to):
            row.addWidget(w)
        for combo in (self.f_status, self.f_flag, self.f_shop, self.f_courier, self.f_packer, self.f_note,
                      self.f_held, self.f_date):
            combo.activated.connect(lambda _i: self.search())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.f_from.dateChanged.connect(lambda _d: self.f_date.currentData() and self.search())
        self.f_to.dateChanged.connect(lambda _d: self.f_date.currentData() and self.search())
        row.addStretch(1)
        return row

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        lay = QVBoxLayout(pane)
        lay.setContentsMargins(0, 0, 0, 0)
        self.head = QLabel(self.tr("Open an order: double-click it, press Enter or scan its number"))
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.head)
        self.lines = table([self.tr("Line"), self.tr("SKU"), self.tr("Style"), self.tr("Colour"), self.tr("Size"),
                            self.tr("Ordered"), self.tr("Packed")])
        self.parcels = table([self.tr("Waybill"), self.tr("Courier"), self.tr("Status"), self.tr("Weight (g)"),
                              self.tr("Printed"), self.tr("Reprints"), self.tr("Voided"), self.tr("Picked up")])
        self.history = table([self.tr("Time"), self.tr("What"), self.tr("Who"), self.tr("Station"),
                              self.tr("Detail")])
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.lines, self.tr("Order lines"))
        self.detail_tabs.addTab(self.parcels, self.tr("Parcels"))
        self.detail_tabs.addTab(self.history, self.tr("History"))
        lay.addWidget(self.detail_tabs, 1)
        # what a supervisor does to the opened order
        form = QFormLayout()
        self.o_flag = QComboBox()
        for f in Flag:
            self.o_flag.addItem(value_name(f.value), f.value)
        self.o_reason = QLineEdit()
        form.addRow(self.tr("Flag"), self.o_flag)
        form.addRow(self.tr("Reason / note"), self.o_reason)
        buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, fn in (
                ("flag", self.tr("Set flag"), lambda no: sv.set_flag(self.db, self.actor, no,
                                                                     Flag(self.o_flag.currentData()),
                                                                     self.o_reason.text(), self.station_id)),
                ("intercept", self.tr("Intercept (refund)"), lambda no: sv.set_intercept(
                    self.db, self.actor, no, True, self.o_reason.text(), self.station_id)),
                ("repack", self.tr("Re-pack"), lambda no: sv.repack(self.db, self.actor, no, self.o_reason.text(),
                                                                    self.station_id)),
                ("note", self.tr("Add note"), lambda no: sv.add_note(self.db, self.actor, no, self.o_reason.text())),
                ("slip", self.tr("Packing slip (PDF)"), self.packing_slip)):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, fn=fn, text=text: self.act(fn, self.tr("Done: {what}").format(what=text)))
            buttons.addWidget(b)
            self.action_buttons[key] = b
        form.addRow(buttons)
        self.o_qty = QSpinBox()
        self.o_qty.setRange(0, 9999)
        qty_row = QHBoxLayout()
        qty_row.addWidget(self.o_qty)
        edit_qty = QPushButton(self.tr("Change quantity of the selected line"))
        edit_qty.clicked.connect(self.change_quantity)
        qty_row.addWidget(edit_qty)
        self.action_buttons["qty"] = edit_qty
        form.addRow(self.tr("New quantity (0 removes)"), qty_row)
        self.o_address = QLineEdit()
        addr_row = QHBoxLayout()
        addr_row.addWidget(self.o_address, 1)
        edit_addr = QPushButton(self.tr("Change address"))
        edit_addr.clicked.connect(lambda: self.act(lambda no: sv.edit_order(
            self.db, self.actor, no, self.o_reason.text(), address=self.o_address.text()), self.tr("Order changed")))
        addr_row.addWidget(edit_addr)
        self.action_buttons["address"] = edit_addr
        form.addRow(self.tr("New address"), addr_row)
        lay.addLayout(form)
        self.lines.itemSelectionChanged.connect(self._line_picked)
        self._enable(False)
        return pane

    def set_actions(self, widget) -> None:
        """The order changes (app/ui/desk/order_actions.py) as a tab of the opened order: told the opened order
        (`set_order(order_no)`), and its `changed` signal reloads the list and the order."""
        if self.actions_widget is not None:
            self.detail_tabs.removeTab(self.detail_tabs.indexOf(self.actions_widget))
            self.actions_widget.setParent(None)
        self.actions_widget = widget
        self.detail_tabs.addTab(widget, self.tr("Change the order"))
        if hasattr(widget, "changed"):
            widget.changed.connect(self.reload)
        if self.current is not None and hasattr(widget, "set_order"):
            widget.set_order(self.current.order_no)

    def open_return(self, order_no: str, kind: str) -> None:
        """Blue (exchange) or purple (return): the returns screen, with the order's number filled in."""
        tab = self.desk.show_tab("returns")
        tab.r_code.setText(order_no)
        tab.r_code.setFocus()
        text = (self.tr("Order {order}: receive the exchange here") if kind == "exchange"
                else self.tr("Order {order}: receive the return here"))
        self.say(text.format(order=order_no))

    # ------------------------------------------------------------------------------------- words
    def cells(self, r: of.OrderRow) -> list[str]:
        return [r.order_no, r.shop, r.buyer_id, r.recipient, value_name(r.status), self.flag_text(r.flag),
                r.courier or "—", str(r.lines), r.waybill, when(r.imported_at), when(r.shipped_at)]

    def flag_text(self, flag: str) -> str:
        return "" if flag == "none" else value_name(flag)

    def event_text(self, e: of.HistoryEvent) -> str:
        scans = {"order": self.tr("order scanned"), "item": self.tr("item scanned"),
                 "weight": self.tr("weight read"), "label": self.tr("label checked"),
                 "command": self.tr("command scanned"), "put_back": self.tr("items put back"),
                 "claim": self.tr("order taken at a station")}
        kinds = {
            "imported": self.tr("imported"), "paid": self.tr("paid"), "weight": self.tr("weighed"),
            "weight_accepted": self.tr("weight accepted by a supervisor"), "waybill": self.tr("waybill allotted"),
            "label": self.tr("label printed"), "print": self.tr("label sent to the printer"),
            "voided": self.tr("waybill voided"), "pickup_scan": self.tr("scanned at the dock"),
            "picked_up": self.tr("handed to the courier"), "case": self.tr("exception opened"),
            "case_resolved": self.tr("exception resolved"), "stock": self.tr("stock moved"),
            "return": self.tr("return received"), "set_flag": self.tr("flag set"), "add_note": self.tr("note added"),
            "intercept": self.tr("intercepted (refund)"), "clear_intercept": self.tr("interception cleared"),
            "mark_short": self.tr("line reported short"), "repack": self.tr("sent back to be packed again"),
            "edit_order": self.tr("order changed"), "reprint": self.tr("label reprinted"),
            "void_waybill": self.tr("waybill voided by a supervisor"),
            "override_weight": self.tr("weight out of tolerance accepted"),
            "force_verify": self.tr("line counted without scanning"), "receive_return": self.tr("return received"),
            "take_over": self.tr("taken off a station"), "claim_lapsed": self.tr("station gave the order up"),
            "resolve_case": self.tr("exception resolved"),
            # the order changes (app/services/order_changes.py) and the lines that waited for a product
            "change_courier": self.tr("courier changed"), "swap_sku": self.tr("size or colour swapped"),
            "cancel_order": self.tr("order cancelled"), "add_gift": self.tr("gift line added"),
            "merged_into": self.tr("merged into another order"), "merge_orders": self.tr("orders merged into it"),
            "unmerged": self.tr("taken out of a merge"), "unmerge_orders": self.tr("merge undone"),
            "split_order": self.tr("split: the rest ships later"), "split_created": self.tr("split off an order"),
            "reshipped": self.tr("reship created"), "reship": self.tr("reship (补发) of an order"),
            "close_reship": self.tr("reship closed"), "pending_resolved": self.tr("waiting lines got their products"),
            "pending_assign": self.tr("a waiting line given its product"),
            "pending_drop": self.tr("a waiting line dropped"),
        }
        if e.kind == "scan":
            return scans.get(e.what, self.tr("scanned"))
        return kinds.get(e.kind, self.tr("recorded"))

    def event_detail(self, e: of.HistoryEvent) -> str:
        parts: list[str] = []
        if e.kind == "scan":
            if e.what == "weight":
                parts.append(self.tr("{g} g").format(g=e.code))
            elif e.code:
                parts.append(e.code)
            if e.result and e.result != "ok":
                parts.append(self.scan_result(e.result))
            e = replace(e, reason="")  # the scan log's detail is for IT (English), the result says it here
        elif e.kind in ("weight", "weight_accepted"):
            parts.append(self.tr("{g} g").format(g=e.qty))
            if e.code:
                parts.append(e.code)
        elif e.kind == "stock":
            parts.append(f"{e.qty:+d}")
        elif e.kind in ("case", "case_resolved", "print", "return"):
            if e.code:
                parts.append(e.code)
        elif e.code:
            parts.append(e.code)
        for key, (old, new) in e.changes.items():
            name = value_name(key)
            if name == key and key not in ("flag", "status"):
                continue  # a field without words for the user: the reason says what was done
            parts.append(f"{name}: {self._val(old)} → {self._val(new)}")
        if e.reason:
            parts.append(e.reason)
        return " · ".join(p for p in parts if p)

    def scan_result(self, result: str) -> str:
        """A refused scan's outcome in words (the pack flow's error, without the numbers of the moment)."""
        words = {"out_of_tolerance": self.tr("out of tolerance"),
                 "order_changed": self.tr("the order had changed: scanned again"),
                 "taken_away": self.tr("taken by another station"), "not_printed": self.tr("reported not printed"),
                 "wrong_variant": self.tr("wrong colour or size"), "too_many": self.tr("one too many"),
                 "qty_invalid": self.tr("not a quantity"), "qty_too_many": self.tr("more than is left to scan"),
                 "qty_not_more": self.tr("not more than already counted"),
                 "order_not_found": self.tr("no such order"), "order_still_open": self.tr("another order was open")}
        if result in words:
            return words[result]
        try:
            return error_title(FlowError(Err(result)))
        except ValueError:
            return self.tr("refused")

    @staticmethod
    def _val(v) -> str:
        if v is None or v == "":
            return "—"
        return value_name(v) if isinstance(v, str) else str(v)

    # -------------------------------------------------------------------------------------- searching
    def load_choices(self) -> None:
        c = of.choices(self.db)
        fills = (
            (self.f_status, self.tr("any status"), [(v, value_name(v)) for v in c.statuses]),
            (self.f_flag, self.tr("any flag"), [("none", self.tr("no flag"))]
             + [(v, value_name(v)) for v in c.flags if v != "none"]),
            (self.f_shop, self.tr("any shop"), [(v, v) for v in c.shops]),
            (self.f_courier, self.tr("any courier"), [(v, v) for v in c.couriers]),
            (self.f_packer, self.tr("any packer"), [(code, name) for code, name in c.packers]),
            (self.f_held, self.tr("any held reason"), [(v, v) for v in c.held_reasons]),
        )
        for combo, anything, items in fills:
            keep = combo.currentData()
            combo.clear()
            combo.addItem(anything, "")
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))

    def filters(self) -> of.Filters:
        field = self.f_date.currentData() or "imported"
        dated = bool(self.f_date.currentData())
        return of.Filters(
            status=self.f_status.currentData() or None, flag=self.f_flag.currentData() or None,
            shop=self.f_shop.currentData() or None, courier=self.f_courier.currentData() or None,
            packer=self.f_packer.currentData() or None, has_note=self.f_note.currentData(),
            held_reason=self.f_held.currentData() or None, date_field=field,
            date_from=pydate(self.f_from) if dated else None, date_to=pydate(self.f_to) if dated else None)

    def clear_filters(self) -> None:
        for combo in (self.f_status, self.f_flag, self.f_shop, self.f_courier, self.f_packer, self.f_note,
                      self.f_held, self.f_date):
            combo.setCurrentIndex(0)
        self.search()

    def search(self) -> bool:
        """Runs the search box and the filters; one order found is opened at once."""
        q, f, viewer = self.query.text(), self.filters(), self.actor
        try:
            self.model.reset(lambda offset, limit: of.search(self.db, q, f, limit, offset, viewer=viewer))
        except of.OrderFindError as exc:
            self.say(service_error(exc), error=True)
            return False
        n = len(self.model.rows)
        self.results.resizeColumnsToContents()
        self.found.setText(self.tr("{n}+ orders").format(n=n) if self.model.more
                           else self.tr("{n} order(s)").format(n=n))
        if n:
            self.results.selectRow(0)
        if n == 1 and q.strip():
            self.open(self.model.rows[0].order_no)
        return True

    def open_row(self, row: int) -> None:
        no = self.model.order_no(row)
        if no:
            self.open(no)

    def open(self, order_no: str) -> bool:
        """Shows one order in the detail pane."""
        try:
            d = of.open_order(self.db, order_no, viewer=self.actor)
        except of.OrderFindError as exc:
            self.say(service_error(exc), error=True)
            return False
        self.current = d
        flag = self.flag_text(d.flag)
        held = f" · {flag}: {d.flag_reason}" if flag and d.flag_reason else (f" · {flag}" if flag else "")
        refund = " · " + self.tr("refund asked") if d.refund_requested else ""
        notes = []
        if d.courier_why or d.courier_question:
            names = courier_names(self.db)
            why = self.tr("Why this courier: {why}").format(why=why_text(d.courier_why, names))
            notes.append(why + ("\n" + question_text(d.courier_question, names) if d.courier_question else ""))
        if d.buyer_note:
            notes.append(self.tr("Buyer's note: {note}").format(note=d.buyer_note))
        if d.seller_note:
            notes.append(self.tr("Shop's note: {note}").format(note=d.seller_note))
        self.head.setText("\n".join([
            self.tr("Order {no} · {status}").format(no=d.order_no, status=value_name(d.status)) + held + refund,
            " · ".join(x for x in (d.shop, d.buyer_id, d.recipient, d.phone) if x),
            d.address,
            " · ".join(x for x in (
                self.tr("Courier {code}").format(code=d.courier) if d.courier else "",
                self.tr("Packer {name}").format(name=d.packer) if d.packer else "",
                self.tr("Imported {t}").format(t=when(d.imported_at)),
                self.tr("Shipped {t}").format(t=when(d.shipped_at)) if d.shipped_at else "") if x),
            *notes]))
        fill(self.lines, [[str(ln.line_no), ln.sku, ln.style, ln.colour, ln.size, str(ln.ordered), str(ln.packed)]
                          for ln in d.lines])
        fill(self.parcels, [[p.waybill_no, p.courier, value_name(p.status), str(p.weight_g), when(p.printed_at),
                             str(p.reprints), when(p.voided_at), when(p.picked_up_at)] for p in d.parcels])
        fill(self.history, [[when(e.ts), self.event_text(e), e.who, e.station, self.event_detail(e)]
                            for e in reversed(d.history)])  # newest first
        self.o_flag.setCurrentIndex(max(0, self.o_flag.findData(d.flag)))
        self._enable(True)
        if self.actions_widget is not None and hasattr(self.actions_widget, "set_order"):
            self.actions_widget.set_order(d.order_no)
        return True

    def reload(self) -> None:
        """After a change: the backlog, the list (same search) and the opened order again."""
        self.refresh()

    def refresh(self) -> None:
        self.show_backlog()
        self.search_quietly()
        if self.current is not None:
            self.open(self.current.order_no)

    def show_backlog(self) -> None:
        b = of.backlog(self.db, today())

        def counts(c: of.BacklogCount) -> str:
            return self.tr("{to_pack} to pack · {on_hold} on hold · {packed} packed · {picked_up} picked up").format(
                to_pack=c.to_pack, on_hold=c.on_hold, packed=c.packed, picked_up=c.picked_up)

        no_courier, no_shop = self.tr("no courier yet"), self.tr("no shop")
        per_courier = "   ".join(f"{c.key or no_courier}: {c.to_pack}/{c.on_hold}/{c.packed}/{c.picked_up}"
                                 for c in b.couriers)
        per_shop = "   ".join(f"{c.key or no_shop}: {c.to_pack}/{c.on_hold}/{c.packed}/{c.picked_up}"
                              for c in b.shops)
        self.backlog_label.setText("\n".join([
            self.tr("Today: {counts}").format(counts=counts(b.total)),
            self.tr("Per courier (to pack/on hold/packed/picked up): {list}").format(list=per_courier or "—"),
            self.tr("Per shop: {list}").format(list=per_shop or "—")]))

    def search_quietly(self) -> None:
        q, f, viewer = self.query.text(), self.filters(), self.actor
        try:
            self.model.reset(lambda offset, limit: of.search(self.db, q, f, limit, offset, viewer=viewer))
        except of.OrderFindError:
            return
        self.results.resizeColumnsToContents()

    # -------------------------------------------------------------------------------------- actions
    def _enable(self, on: bool) -> None:
        for b in self.action_buttons.values():
            b.setEnabled(on)

    def act(self, fn, success: str) -> bool:
        if self.current is None:
            self.say(self.tr("Open an order first"), error=True)
            return False
        no = self.current.order_no
        return self.do(lambda: fn(no), success)  # a success refreshes every tab, this one with the order

    def _line_picked(self) -> None:
        row = self.lines.currentRow()
        if self.current is not None and 0 <= row < len(self.current.lines):
            self.o_qty.setValue(self.current.lines[row].ordered)

    def change_quantity(self) -> None:
        row = self.lines.currentRow()
        if self.current is None or not 0 <= row < len(self.current.lines):
            self.say(self.tr("Pick a line in the order's lines first"), error=True)
            return
        line_no = self.current.lines[row].line_no
        self.act(lambda no: sv.edit_order(self.db, self.actor, no, self.o_reason.text(),
                                          quantities={line_no: self.o_qty.value()}), self.tr("Order changed"))

    def packing_slip(self, order_no: str) -> None:
        from ...services.documents import packing_slip_bytes

        path = save_document(f"packing-slip-{order_no}.pdf", packing_slip_bytes(self.db, order_no))
        self.last_document = self.desk.last_document = path
        self.say(self.tr("Saved {path}").format(path=path))

    # ------------------------------------------------------------------------------------ scans
    def on_scan(self, code: str) -> None:
        """A scanned order or waybill number while this tab shows and no text field has the focus: open it."""
        no = of.resolve(self.db, code)
        if no is None:
            self.play(False)
            self.say(self.tr("No order has the number {code}").format(code=code), error=True)
            return
        self.query.setText(code)
        self.search()
        self.open(no)
        self.play(True)
