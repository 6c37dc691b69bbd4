"""The packing screen: the order's lines, notes and flag, the scale, the instruction bar and the errors,
all drawn from the pack flow's state."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.packflow import Phase, State
from . import theme
from .messages import error_detail, error_title


def _label(size: int, bold: bool = False, wrap: bool = False) -> QLabel:
    lab = QLabel()
    lab.setFont(theme.font(size, bold))
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


class PackPage(QWidget):
    quantity_entered = Signal(str)

    COLS = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._items: list[list[QTableWidgetItem]] = []
        self._bg_done = QColor(theme.COLOURS["done_row"])
        self._bg_current = QColor(theme.COLOURS["current_row"])
        self._bg_plain = QColor("white")
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 12, 8)
        root.setSpacing(8)

        # --- header: order number, flag, recipient region, courier
        head = QHBoxLayout()
        self.order_label = _label(theme.BIG, bold=True)
        self.flag_label = _label(theme.MEDIUM, bold=True)
        self.flag_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flag_label.setMinimumWidth(180)
        self.dest_label = _label(theme.MEDIUM)
        self.dest_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.order_label, 3)
        head.addWidget(self.flag_label, 1)
        head.addWidget(self.dest_label, 3)
        root.addLayout(head)

        # --- error banner (hidden unless the flow holds an error)
        self.error_frame = QFrame()
        self.error_frame.setObjectName("errorFrame")
        ev = QVBoxLayout(self.error_frame)
        self.error_title = _label(theme.HUGE, bold=True, wrap=True)
        self.error_detail = _label(theme.MEDIUM, wrap=True)
        self.error_hint = _label(theme.MEDIUM, bold=True)
        for w in (self.error_title, self.error_detail, self.error_hint):
            w.setStyleSheet("color: white;")
            ev.addWidget(w)
        self.error_frame.setStyleSheet(f"#errorFrame {{ background: {theme.COLOURS['error']}; border-radius: 8px; }}")
        self.error_frame.hide()
        root.addWidget(self.error_frame)

        # --- middle: lines and notes on the left, scale and label on the right
        mid = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, self.COLS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 3, 4):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.table, 3)
        self.notes = _label(theme.MEDIUM, wrap=True)
        self.notes.setStyleSheet("background: #fff8dc; padding: 8px; border: 2px solid #e6b800; border-radius: 6px;")
        left.addWidget(self.notes)
        qrow = QHBoxLayout()
        self.qty_caption = _label(theme.SMALL, bold=True)
        self.qty_edit = QLineEdit()
        self.qty_edit.setMaximumWidth(220)
        self.qty_edit.returnPressed.connect(self._on_qty)
        self.progress = _label(theme.BIG, bold=True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        qrow.addWidget(self.qty_caption)
        qrow.addWidget(self.qty_edit)
        qrow.addStretch(1)
        qrow.addWidget(self.progress)
        left.addLayout(qrow)
        mid.addLayout(left, 3)

        right = QVBoxLayout()
        scale_box = QFrame()
        scale_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(scale_box)
        self.scale_caption = _label(theme.SMALL, bold=True)
        self.scale_value = _label(theme.HUGE, bold=True)
        self.scale_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.expected_caption = _label(theme.SMALL)
        self.expected_value = _label(theme.MEDIUM, bold=True)
        self.expected_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.carton_label = _label(theme.SMALL, wrap=True)
        grid.addWidget(self.scale_caption, 0, 0)
        grid.addWidget(self.scale_value, 1, 0, 1, 2)
        grid.addWidget(self.expected_caption, 2, 0)
        grid.addWidget(self.expected_value, 2, 1)
        grid.addWidget(self.carton_label, 3, 0, 1, 2)
        right.addWidget(scale_box)
        self.preview_caption = _label(theme.SMALL, bold=True)
        right.addWidget(self.preview_caption)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(260, 300)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: white; border: 1px solid #999;")
        right.addWidget(self.preview, 1)
        mid.addLayout(right, 1)
        root.addLayout(mid, 1)

        # --- instruction bar
        self.instruction = _label(theme.BIG, bold=True, wrap=True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setMinimumHeight(80)
        root.addWidget(self.instruction)
        self.keys = _label(theme.SMALL)
        self.keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        root.addWidget(self.keys)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Item"), self.tr("Style / colour / size"), self.tr("Qty"), self.tr("Scanned")])
        self.qty_caption.setText(self.tr("Quantity (F2):"))
        self.qty_edit.setPlaceholderText(self.tr("type, Enter"))
        self.scale_caption.setText(self.tr("Scale"))
        self.expected_caption.setText(self.tr("Expected"))
        self.preview_caption.setText(self.tr("Last label"))
        self.error_hint.setText(self.tr("Press Space to acknowledge"))
        self.keys.setText(self.tr("Space: acknowledge   F2: quantity   F4: close parcel (multi-parcel)   F8: line short   F9: accept weight   "
                                  "F10: count without scan   F11: supervisor desk   F12 / own badge: sign off and "
                                  "print   Esc: put order back   Ctrl+M: sound   Ctrl+Q: sign out"))

    def _on_qty(self) -> None:
        text = self.qty_edit.text()
        self.qty_edit.clear()
        self.quantity_entered.emit(text)

    # ------------------------------------------------------------ drawing
    def show_state(self, state: State) -> None:
        self._header(state)
        self._lines(state)
        self._scale(state)
        self._instruction(state)
        self._error(state)

    def show_label(self, png: bytes | None) -> None:
        if not png:
            self.preview.clear()
            return
        pix = QPixmap()
        pix.loadFromData(png)
        self.preview.setPixmap(pix.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def _header(self, state: State) -> None:
        order = state.order
        if order is None:
            self.order_label.setText(self.tr("Last order: {no}").format(no=state.last_order_no)
                                     if state.last_order_no else self.tr("No order open"))
            self.flag_label.setText("")
            self.flag_label.setStyleSheet("")
            self.dest_label.setText(self.tr("Waybill {no}").format(no=state.waybill_no) if state.waybill_no else "")
            return
        self.order_label.setText(self.tr("Order {no}").format(no=order.order_no))
        flag_names = {"none": "", "green": self.tr("GREEN: paid by transfer"), "yellow": self.tr("YELLOW: hold"),
                      "blue": self.tr("BLUE: exchange"), "purple": self.tr("PURPLE: return")}
        self.flag_label.setText(flag_names.get(order.flag, order.flag))
        colour = theme.COLOURS.get(f"flag_{order.flag}", "#999")
        self.flag_label.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 6px; padding: 4px;" if order.flag != "none" else "")
        self.dest_label.setText(f"{order.recipient}  {order.region}  {order.courier}".strip())

    def _lines(self, state: State) -> None:
        order = state.order
        lines = order.lines if order else ()
        if len(self._items) != len(lines):
            # Items are made once per order and kept here: never ask the table for an item that may not
            # exist (QTableWidget.item() returning None has crashed PySide6 after many calls).
            self.table.setRowCount(len(lines))
            self._items = []
            qty_font = theme.font(theme.BIG, bold=True)
            for row in range(len(lines)):
                row_items = []
                for col in range(self.COLS):
                    item = QTableWidgetItem()
                    if col >= 3:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                        item.setFont(qty_font)
                    self.table.setItem(row, col, item)
                    row_items.append(item)
                self._items.append(row_items)
        for row, ln in enumerate(lines):
            p = ln.product
            cells = [p.sku, p.name + (f"  ⚠ {p.manual_check}" if p.manual_check else ""),
                     "/".join(x for x in (p.style, p.colour, p.size) if x), str(ln.qty), str(ln.scanned)]
            if ln.done:
                bg = self._bg_done
            elif ln.id in (state.current_line, state.pending_check):
                bg = self._bg_current
            else:
                bg = self._bg_plain
            for item, text in zip(self._items[row], cells):
                if item.text() != text:
                    item.setText(text)
                item.setBackground(bg)
        notes = []
        if order and order.buyer_note:
            notes.append(self.tr("Buyer: {note}").format(note=order.buyer_note))
        if order and order.seller_note:
            notes.append(self.tr("Shop: {note}").format(note=order.seller_note))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        if order:
            self.progress.setText(f"{order.units_scanned} / {order.units}")
        else:
            self.progress.setText("")

    def _scale(self, state: State) -> None:
        if not state.scale_online:
            self.scale_value.setText(self.tr("NO SCALE"))
            self.scale_value.setStyleSheet(f"color: {theme.COLOURS['error']};")
        elif state.last_reading_g is None:
            self.scale_value.setText("— kg")
            self.scale_value.setStyleSheet("")
        else:
            mark = "" if state.last_stable else " ~"
            self.scale_value.setText(f"{state.last_reading_g / 1000:.3f} kg{mark}")
            self.scale_value.setStyleSheet("")
        exp = state.expected_g
        self.expected_value.setText(f"{exp / 1000:.3f} kg" if exp is not None else "—")
        self.carton_label.setText(self.tr("Carton: {name}").format(name=state.carton.name) if state.carton else "")

    def _instruction(self, state: State) -> None:
        ph = state.phase
        if ph is Phase.IDLE:
            text, colour = self.tr("Scan an order"), "idle"
        elif ph is Phase.PACKING and state.parcels_done:
            text, colour = self.tr("Parcel {n} printed ({waybill}) — scan the items of the next parcel").format(
                n=state.parcels_done, waybill=state.waybill_no), "scan"
        elif ph is Phase.PACKING:
            text, colour = self.tr("Scan the items"), "scan"
        elif ph is Phase.CHECK:
            line = state.line(state.pending_check)
            what = line.product.manual_check if line else ""
            text, colour = self.tr("CHECK: {what} — then press Space").format(what=what), "check"
        elif ph is Phase.WEIGHING:
            if not state.scale_online:
                text, colour = self.tr("Scale not connected — check the cable"), "error"
            elif state.need_zero and (state.last_reading_g or 0) > 0:
                text, colour = self.tr("Clear the scale first (last parcel still on it?)"), "weigh"
            elif state.partial:
                text, colour = self.tr("Parcel {n} closed — put it on the scale").format(n=state.parcels_done + 1), "weigh"
            else:
                text, colour = self.tr("All verified — put the parcel on the scale"), "weigh"
        elif ph is Phase.WEIGHT_OUT:
            exp = state.expected_g or 0
            diff = (state.weight_g or 0) - exp
            text = self.tr("Weight {w:.3f} kg is {d:+d} g off — check for a missing or extra item; "
                           "lift and re-weigh, or F9 supervisor").format(w=(state.weight_g or 0) / 1000, d=diff)
            colour = "error"
        elif ph is Phase.READY:
            text, colour = self.tr("Weight OK — F12 or scan your badge to sign off and print"), "ready"
        elif ph is Phase.PRINTING:
            text, colour = self.tr("Printing…"), "ready"
        elif ph is Phase.DONE:
            text, colour = self.tr("Printed {waybill} — scan the next order").format(waybill=state.waybill_no), "ready"
        else:
            text, colour = "", "idle"
        self.instruction.setText(text)
        self.instruction.setStyleSheet(
            f"background: {theme.COLOURS[colour]}; color: white; border-radius: 8px; padding: 8px;")

    def _error(self, state: State) -> None:
        err = state.error
        if err is None:
            self.error_frame.hide()
            return
        self.error_title.setText(error_title(err))
        detail = error_detail(err)
        self.error_detail.setText(detail)
        self.error_detail.setVisible(bool(detail))
        self.error_frame.show()
