"""The exceptions queue: holds, interceptions, short picks, changed orders, returns, voids; filtered, and
worked from here (resolve, release a hold, clear an interception)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout

from ...models import Flag
from ...services import supervisor as sv
from ..messages import case_reason
from .kit import DeskTab, fill, table


class ExceptionsTab(DeskTab):
    refresh_on_change = True

    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.f_kind = QComboBox()
        self.f_kind.addItem(self.tr("all kinds"), "")
        for kind, text in (("short_pick", self.tr("short pick")), ("intercept", self.tr("intercept")),
                           ("hold", self.tr("hold")), ("order_changed", self.tr("order changed")),
                           ("return", self.tr("return")), ("void", self.tr("void")),
                           ("unknown_sku", self.tr("unknown SKU")), ("oversold", self.tr("oversold")),
                           ("courier", self.tr("courier to decide"))):
            self.f_kind.addItem(text, kind)
        self.f_flag = QComboBox()
        self.f_flag.addItem(self.tr("any flag"), "")
        self.flag_names = {"none": "", "green": self.tr("green"), "yellow": self.tr("yellow"),
                           "blue": self.tr("blue"), "purple": self.tr("purple")}
        for f in ("green", "yellow", "blue", "purple"):
            self.f_flag.addItem(self.flag_names[f], f)
        self.f_courier = QLineEdit()
        self.f_courier.setPlaceholderText(self.tr("courier code"))
        self.f_age = QSpinBox()
        self.f_age.setRange(0, 24 * 30)
        self.f_age.setSuffix(self.tr(" h or older"))
        self.f_resolved = QCheckBox(self.tr("show resolved"))
        for wdg in (self.f_kind, self.f_flag, self.f_courier, self.f_age, self.f_resolved):
            filters.addWidget(wdg)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        filters.addWidget(refresh)
        lay.addLayout(filters)
        self.queue = table([self.tr("Case"), self.tr("Kind"), self.tr("Order"), self.tr("Flag"),
                            self.tr("Courier"), self.tr("Age (h)"), self.tr("Reason"), self.tr("Outcome")])
        lay.addWidget(self.queue, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Resolve…"), self.resolve_selected),
                           (self.tr("Release hold…"), self.release_selected),
                           (self.tr("Clear intercept…"), self.clear_intercept_selected),
                           (self.tr("Waiting lines…"), self.pending_selected),
                           (self.tr("Decide courier…"), self.courier_selected)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self._cases: list = []

    def refresh(self) -> None:
        self._cases = sv.list_cases(
            self.db, status=None if self.f_resolved.isChecked() else "open", kind=self.f_kind.currentData() or None,
            flag=self.f_flag.currentData() or None, courier=self.f_courier.text().strip().upper() or None,
            min_age_hours=self.f_age.value() or None)
        kinds = {self.f_kind.itemData(i): self.f_kind.itemText(i) for i in range(1, self.f_kind.count())}
        fill(self.queue, [[str(c.id), kinds.get(c.kind, c.kind), c.order_no, self.flag_names.get(c.flag, c.flag),
                           c.courier, f"{c.age_hours:.1f}", case_reason(c.reason, c.detail), c.outcome]
                          for c in self._cases])

    def _selected_case(self):
        row = self.queue.currentRow()
        if row < 0 or row >= len(self._cases):
            self.say(self.tr("Select a case first"), error=True)
            return None
        return self._cases[row]

    def resolve_selected(self) -> None:
        case = self._selected_case()
        if case and (outcome := self.ask(self.tr("Resolve case"), self.tr("Outcome:"))):
            self.do(lambda: sv.resolve_case(self.db, self.actor, case.id, outcome), self.tr("Case resolved"))

    def release_selected(self) -> None:
        case = self._selected_case()
        if case and (reason := self.ask(self.tr("Release hold"), self.tr("Reason:"))):
            self.do(lambda: sv.set_flag(self.db, self.actor, case.order_no, Flag.NONE, reason, self.station_id),
                    self.tr("Hold released"))

    def pending_selected(self) -> None:
        """An unknown-SKU case: the order's waiting lines, to give each its product or drop it."""
        case = self._selected_case()
        if case is None:
            return
        if case.kind != "unknown_sku":
            self.say(self.tr("Only an unknown-SKU case has waiting lines"), error=True)
            return
        from .pending_dialog import PendingDialog

        self.pending_dialog = PendingDialog(self, case.order_no)
        self.pending_dialog.open()

    def courier_selected(self) -> None:
        """A courier case: the note's request against the rules' choice; the supervisor picks one."""
        case = self._selected_case()
        if case is None:
            return
        if case.kind != "courier":
            self.say(self.tr("Only a courier case asks for a courier"), error=True)
            return
        from .courier_decide import decide_courier

        decide_courier(self, case.order_no)

    def clear_intercept_selected(self) -> None:
        case = self._selected_case()
        if case and (reason := self.ask(self.tr("Clear intercept"), self.tr("Reason:"))):
            self.do(lambda: sv.set_intercept(self.db, self.actor, case.order_no, False, reason, self.station_id),
                    self.tr("Intercept cleared"))
