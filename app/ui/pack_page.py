"""The packing screen: the order's lines, notes and flag, the scale, the instruction bar and the errors,
all drawn from the pack flow's state.

Read from two metres: the item table is as big as the status line (theme.BIG), and nothing on this page
asks for more width than a 1366-pixel screen has: long texts wrap or are elided (the whole text in the
tooltip), and the keys line shows only the keys that do something now."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.packflow import Phase, State
from . import theme
from .messages import error_detail, error_title, ignored_text, kg, notice_text, translated_template


def _label(size: int, bold: bool = False, wrap: bool = False) -> QLabel:
    lab = QLabel()
    lab.setFont(theme.font(size, bold))
    lab.setWordWrap(wrap)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if wrap:
        lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return lab


class ElidedLabel(QLabel):
    """One line that never widens its layout: a text too long for the room ends in "…" (tooltip: all of it)."""

    def __init__(self, size: int, bold: bool = False, align=Qt.AlignmentFlag.AlignLeft):
        super().__init__()
        self.setFont(theme.font(size, bold))
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.width() - 4)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().minimumSizeHint().height())


class ScaledPixmapLabel(QLabel):
    """Shows a picture scaled to fit its box, again whenever the box changes size."""

    def __init__(self):
        super().__init__()
        self._pix: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_picture(self, pix: QPixmap | None) -> None:
        self._pix = pix
        self._rescale()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pix is None or self._pix.isNull():
            self.clear()
            return
        self.setPixmap(self._pix.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))


class PackPage(QWidget):
    quantity_entered = Signal(str)
    acknowledge_requested = Signal()  # Space in the quantity field while a banner waits for it

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
        root.setSpacing(6)

        # --- header: order number, flag, recipient region, courier
        head = QHBoxLayout()
        self.order_label = ElidedLabel(theme.BIG, bold=True)
        self.flag_label = _label(theme.MEDIUM, bold=True)
        self.flag_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dest_label = ElidedLabel(theme.MEDIUM, align=Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.order_label, 3)
        head.addWidget(self.flag_label, 0)
        head.addWidget(self.dest_label, 3)
        root.addLayout(head)
        self.pool_label = ElidedLabel(theme.SMALL, align=Qt.AlignmentFlag.AlignRight)  # the courier's numbers left
        root.addWidget(self.pool_label)

        # --- no connection to the database: nothing counts until it is back
        self.offline_banner = _label(theme.BIG, bold=True, wrap=True)
        self.offline_banner.setStyleSheet(f"background: {theme.COLOURS['error']}; color: white; "
                                          "border-radius: 8px; padding: 8px;")
        self.offline_banner.hide()
        root.addWidget(self.offline_banner)

        # --- the banner: an error to acknowledge (red), a manual check (amber), a label in doubt (red)
        self.error_frame = QFrame()
        self.error_frame.setObjectName("errorFrame")
        self.error_frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        ev = QVBoxLayout(self.error_frame)
        ev.setContentsMargins(14, 8, 14, 8)
        ev.setSpacing(2)
        self.error_title = _label(theme.HUGE, bold=True, wrap=True)
        self.error_detail = _label(theme.MEDIUM, wrap=True)
        self.error_ignored = _label(theme.MEDIUM, bold=True, wrap=True)
        self.error_hint = _label(theme.MEDIUM, bold=True, wrap=True)
        for w in (self.error_title, self.error_detail, self.error_ignored, self.error_hint):
            w.setStyleSheet("color: white;")
            ev.addWidget(w)
        self.error_frame.hide()
        root.addWidget(self.error_frame)

        # --- middle: lines and notes on the left, scale and label on the right
        mid = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, self.COLS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setFont(theme.font(theme.BIG))
        self.table.setStyleSheet(f"QTableWidget {{ font-size: {theme.BIG}pt; }}")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(theme.BIG * 2 + 8)
        self.table.setMinimumHeight(theme.BIG * 2 + 60)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 3, 4):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.table, 3)
        self.notes = _label(theme.MEDIUM, wrap=True)
        self.notes.setStyleSheet("background: #fff8dc; padding: 6px; border: 2px solid #e6b800; border-radius: 6px;")
        left.addWidget(self.notes)
        qrow = QHBoxLayout()
        self.qty_caption = _label(theme.SMALL, bold=True)
        self.qty_edit = _QuantityEdit()
        self.qty_edit.setMaximumWidth(180)
        self.qty_edit.returnPressed.connect(self._on_qty)
        self.qty_edit.space_pressed.connect(self.acknowledge_requested)
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
        self.scale_state = ElidedLabel(theme.SMALL, bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.expected_caption = _label(theme.SMALL)
        self.expected_value = _label(theme.MEDIUM, bold=True)
        self.expected_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.expected_why = _label(theme.SMALL, wrap=True)
        self.carton_label = _label(theme.SMALL, wrap=True)
        grid.addWidget(self.scale_caption, 0, 0)
        grid.addWidget(self.scale_state, 0, 1)
        grid.addWidget(self.scale_value, 1, 0, 1, 2)
        grid.addWidget(self.expected_caption, 2, 0)
        grid.addWidget(self.expected_value, 2, 1)
        grid.addWidget(self.expected_why, 3, 0, 1, 2)
        grid.addWidget(self.carton_label, 4, 0, 1, 2)
        right.addWidget(scale_box)
        self.preview_caption = _label(theme.SMALL, bold=True)
        right.addWidget(self.preview_caption)
        self.preview = ScaledPixmapLabel()
        self.preview.setMinimumSize(120, 40)  # it gives way when a banner needs the height
        self.preview.setStyleSheet("background: white; border: 1px solid #999;")
        right.addWidget(self.preview, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMinimumWidth(250)
        right_box.setMaximumWidth(420)
        right_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        mid.addWidget(right_box, 1)
        root.addLayout(mid, 1)

        # --- a notice (what just happened, or why a key did nothing), the instruction bar and the keys
        self.notice = _label(theme.MEDIUM, bold=True, wrap=True)
        self.notice.setStyleSheet("background: #ffe599; color: #3d2b00; border-radius: 6px; padding: 6px;")
        self.notice.hide()
        root.addWidget(self.notice)
        self.instruction = _label(theme.BIG, bold=True, wrap=True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setMinimumHeight(70)
        root.addWidget(self.instruction)
        self.keys = _label(theme.SMALL, wrap=True)
        self.keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        root.addWidget(self.keys)
        self._state: State | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Item"), self.tr("Style / colour / size"), self.tr("Qty"), self.tr("Scanned")])
        self.qty_caption.setText(self.tr("Line total (F2):"))
        self.qty_edit.setPlaceholderText(self.tr("in all, Enter"))
        self.scale_caption.setText(self.tr("Scale"))
        self.expected_caption.setText(self.tr("Expected"))
        self.preview_caption.setText(self.tr("Last label"))

    def _on_qty(self) -> None:
        text = self.qty_edit.text()
        self.qty_edit.clear()
        self.quantity_entered.emit(text)

    # ------------------------------------------------------------ drawing
    def show_state(self, state: State) -> None:
        self._state = state
        self._header(state)
        self._lines(state)
        self._scale(state)
        self._instruction(state)
        self._banner(state)
        self._notice(state)
        self._keys(state)

    def show_pool(self, level) -> None:
        """Small text under the courier: how many waybill numbers its source has ready, warned before it runs
        out (app.services.ewaybill.pool.PoolLevel; None: nothing to say)."""
        if level is None:
            self.pool_label.setText("")
            return
        if level.source == "range":
            text = self.tr("{courier}: {ready} waybill numbers left").format(courier=level.name, ready=level.ready)
        else:
            text = self.tr("{courier}: {ready} e-waybill numbers ready").format(courier=level.name,
                                                                                 ready=level.ready)
        if level.problem:
            text += " — " + translated_template(level.problem, level.problem_params or {})
        elif level.low:
            text += " — " + self.tr("running low, tell the supervisor")
        self.pool_label.setText(text)
        self.pool_label.setStyleSheet(f"color: {theme.COLOURS['error']};" if level.low else "color: #555;")

    def show_offline(self, offline: bool) -> None:
        if offline:
            self.offline_banner.setText(self.tr("NO CONNECTION TO THE SERVER — scans are not counted and nothing "
                                                "prints. What was counted before is kept. Retrying…"))
        self.offline_banner.setVisible(offline)

    def show_label(self, png: bytes | None) -> None:
        if not png:
            self.preview.set_picture(None)
            return
        pix = QPixmap()
        pix.loadFromData(png)
        self.preview.set_picture(pix)

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
        self.flag_label.setText(flag_names.get(order.flag, ""))
        colour = theme.COLOURS.get(f"flag_{order.flag}", "#999")
        self.flag_label.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 6px; padding: 4px 10px;" if order.flag != "none" else "")
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
            cells = [p.sku, p.name + ("  ⚠" if p.manual_check else ""),
                     "/".join(x for x in (p.style, p.colour, p.size) if x), str(ln.qty), str(ln.scanned)]
            if ln.done:
                bg = self._bg_done
            elif ln.id in (state.current_line, state.pending_check):
                bg = self._bg_current
            else:
                bg = self._bg_plain
            for col, (item, text) in enumerate(zip(self._items[row], cells)):
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(p.manual_check if col == 1 and p.manual_check else text)
                item.setBackground(bg)
        notes = []
        if order and order.buyer_note:
            notes.append(self.tr("Buyer: {note}").format(note=order.buyer_note))
        if order and order.seller_note:
            notes.append(self.tr("Shop: {note}").format(note=order.seller_note))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.progress.setText(f"{order.units_scanned} / {order.units}" if order else "")

    def _scale(self, state: State) -> None:
        # a weight in the biggest type; a word (NO SCALE, OVERLOAD …) a size smaller, so it fits the box
        self.scale_value.setFont(theme.font(theme.HUGE if state.scale_online and state.scale_fault is None
                                            else theme.BIG, bold=True))
        if not state.scale_online:
            self.scale_value.setText(self.tr("NO SCALE"))
            self.scale_value.setStyleSheet(f"color: {theme.COLOURS['error']};")
            self.scale_state.setText("")
        elif state.scale_fault == "overload":
            self.scale_value.setText(self.tr("OVERLOAD"))
            self.scale_value.setStyleSheet(f"color: {theme.COLOURS['error']};")
            self.scale_state.setText(self.tr("beyond the scale's capacity"))
        elif state.scale_fault == "below_zero":
            self.scale_value.setText(self.tr("BELOW ZERO"))
            self.scale_value.setStyleSheet(f"color: {theme.COLOURS['error']};")
            self.scale_state.setText(self.tr("empty the scale and zero it"))
        elif state.scale_fault is not None:
            self.scale_value.setText(self.tr("SCALE ERROR"))
            self.scale_value.setStyleSheet(f"color: {theme.COLOURS['error']};")
            self.scale_state.setText(self.tr("the scale reports an error"))
        elif state.last_reading_g is None:
            self.scale_value.setText("— kg")
            self.scale_value.setStyleSheet("")
            self.scale_state.setText("")
        else:
            self.scale_value.setText(kg(state.last_reading_g))
            self.scale_value.setStyleSheet("" if state.last_stable else "color: #888888;")
            self.scale_state.setText(self.tr("stable") if state.last_stable else self.tr("moving…"))
        exp = state.expected_g
        self.expected_value.setText(kg(exp) if exp is not None else "—")
        history = state.history
        if history is not None:
            self.expected_why.setText(self.tr("as {n} earlier parcels of these items weighed (±{sd} g); "
                                              "the SKU weights say {sku}").format(
                n=history.n, sd=round(history.sd_g), sku=kg(state.sku_expected_g or 0)))
        elif state.order is not None:
            self.expected_why.setText(self.tr("from the SKU weights and the carton"))
        else:
            self.expected_why.setText("")
        self.expected_why.setVisible(bool(self.expected_why.text()))
        self.carton_label.setText(self.tr("Carton: {name}").format(name=state.carton.name) if state.carton else "")

    def _instruction(self, state: State) -> None:
        ph = state.phase
        if state.error is not None:
            text, colour = self.tr("Acknowledge the error first: Space, or scan ACKNOWLEDGE"), "error"
        elif ph is Phase.IDLE:
            text, colour = self.tr("Scan an order"), "idle"
        elif ph is Phase.PACKING and state.parcels_done:
            text, colour = self.tr("Parcel {n} printed ({waybill}) — scan the items of the next parcel").format(
                n=state.parcels_done, waybill=state.waybill_no), "scan"
        elif ph is Phase.PACKING:
            text, colour = self.tr("Scan the items"), "scan"
        elif ph is Phase.CHECK:
            text, colour = self.tr("Check, then press Space or scan CHECK DONE"), "check"
        elif ph is Phase.WEIGHING:
            if not state.scale_online:
                text, colour = self.tr("Scale not connected — check the cable"), "error"
            elif state.scale_fault is not None:
                text, colour = self.tr("The scale shows no usable weight — empty it and zero it"), "error"
            elif state.need_zero and (state.last_reading_g or 0) > 0:
                text, colour = self.tr("Clear the scale first (last parcel still on it?)"), "weigh"
            elif state.partial:
                text, colour = self.tr("Parcel {n} closed — put it on the scale").format(n=state.parcels_done + 1), "weigh"
            else:
                text, colour = self.tr("All verified — put the parcel on the scale"), "weigh"
        elif ph is Phase.WEIGHT_OUT:
            exp = state.expected_g or 0
            diff = (state.weight_g or 0) - exp
            text = self.tr("Weight {w} is {d:+d} g off — check for a missing or extra item; "
                           "take it out or lift and re-weigh, or F9 supervisor").format(w=kg(state.weight_g or 0), d=diff)
            colour = "error"
        elif ph is Phase.READY and state.override_by is not None:
            text, colour = self.tr("Weight accepted by the supervisor — F12 or scan your badge to sign off and print"), "check"
        elif ph is Phase.READY:
            text, colour = self.tr("Weight OK — F12 or scan your badge to sign off and print"), "ready"
        elif ph is Phase.PRINTING:
            text, colour = self.tr("Printing…"), "ready"
        elif ph is Phase.LABEL_CHECK:
            text, colour = self.tr("Did a label come out? Scan it — or Ctrl+P / NOT PRINTED to print it again"), "error"
        elif ph is Phase.DONE:
            text, colour = self.tr("Printed {waybill} — scan the next order").format(waybill=state.waybill_no), "ready"
        else:
            text, colour = "", "idle"
        self.instruction.setText(text)
        self.instruction.setStyleSheet(
            f"background: {theme.COLOURS[colour]}; color: white; border-radius: 8px; padding: 6px;")

    def _banner(self, state: State) -> None:
        err = state.error
        if err is not None:
            self._show_banner("error", error_title(err), error_detail(err), ignored_text(err),
                              self.tr("Press Space or scan ACKNOWLEDGE"))
        elif state.phase is Phase.CHECK:
            line = state.line(state.pending_check)
            what = line.product.manual_check if line else ""
            self._show_banner("check", self.tr("CHECK: {what}").format(what=what),
                              f"{line.product.sku}  {line.product.name}" if line else "", "",
                              self.tr("Then press Space or scan CHECK DONE"))
        elif state.phase is Phase.LABEL_CHECK:
            self._show_banner("error", self.tr("A label may have come out"),
                              self.tr("The printer failed while the label {waybill} was printing.").format(
                                  waybill=state.waybill_no or ""), "",
                              self.tr("If it came out, scan its waybill barcode. If not: Ctrl+P or scan NOT PRINTED."))
        else:
            self.error_frame.hide()

    def _show_banner(self, kind: str, title: str, detail: str, ignored: str, hint: str) -> None:
        colour = theme.COLOURS["error"] if kind == "error" else theme.COLOURS["check"]
        self.error_frame.setStyleSheet(f"#errorFrame {{ background: {colour}; border-radius: 8px; }}")
        self.error_title.setText(title)
        self.error_detail.setText(detail)
        self.error_detail.setVisible(bool(detail))
        self.error_ignored.setText(ignored)
        self.error_ignored.setVisible(bool(ignored))
        self.error_hint.setText(hint)
        self.error_frame.show()

    def _notice(self, state: State) -> None:
        if state.notice:
            self.notice.setText(notice_text(state.notice, state.notice_params))
            self.notice.show()
        else:
            self.notice.hide()

    def _keys(self, state: State) -> None:
        """Only the keys that do something now (the command card has a barcode for each)."""
        ph = state.phase
        keys: list[str] = []
        if state.error is not None:
            keys.append(self.tr("Space: acknowledge"))
        elif ph is Phase.PACKING:
            keys += [self.tr("F2: line total"), self.tr("F4: close parcel (multi-parcel)"), self.tr("F8: line short"),
                     self.tr("F10: count without scan"), self.tr("Esc: put order back")]
        elif ph is Phase.CHECK:
            keys += [self.tr("Space: check done"), self.tr("Esc: put order back")]
        elif ph is Phase.WEIGHING:
            keys += [self.tr("Esc: put order back")]
        elif ph is Phase.WEIGHT_OUT:
            keys += [self.tr("F9: supervisor accepts the weight"), self.tr("Esc: put order back")]
        elif ph is Phase.READY:
            keys += [self.tr("F12 / own badge: sign off and print"), self.tr("Esc: put order back")]
        elif ph is Phase.LABEL_CHECK:
            keys += [self.tr("Ctrl+P: not printed, print again")]
        keys += [self.tr("F11: supervisor desk"), self.tr("Ctrl+M: sound"), self.tr("Ctrl+Q: sign out")]
        self.keys.setText("   ".join(keys))


class _QuantityEdit(QLineEdit):
    """The quantity field: digits only; Space here means acknowledge (it never types a space)."""

    space_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Space:
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)
