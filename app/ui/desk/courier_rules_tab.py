"""Courier rules: which courier each order goes with. The rules in the order they are tried (after the notes,
before the shops' and the warehouse's default courier), the places each courier does not deliver to and the
words a note names it by, and a box to try an order against them. Every change chooses again for the orders
still waiting, and says how many now go with another courier."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout,
)

from ...domain.courier_choice import REMOTE_AREAS, OrderFacts
from ...services import courier_rules as cr
from ...services import shops as shop_service
from .courier_words import band_text, question_text, why_text
from .kit import DeskTab, fill, table

SEP = "、"


def _places_text(places) -> str:
    return SEP.join(places)


class RuleDialog(QDialog):
    """Add or edit one rule: by place (province, city or district names) or by weight band."""

    def __init__(self, parent, kind: str, couriers: list[tuple[str, str]], shops: list[str],
                 current: cr.RuleView | None = None):
        super().__init__(parent)
        self.kind = current.kind if current else kind
        titles = {"place": (self.tr("Add a rule by place"), self.tr("Edit a rule by place")),
                  "weight": (self.tr("Add a rule by weight"), self.tr("Edit a rule by weight"))}
        self.setWindowTitle(titles[self.kind][1 if current else 0])
        form = QFormLayout(self)
        self.courier = QComboBox()
        for code, name in couriers:
            self.courier.addItem(name, code)
        self.shop = QComboBox()
        self.shop.addItem(self.tr("every shop"), "")
        for name in shops:
            self.shop.addItem(name, name)
        self.places = QLineEdit()
        self.places.setPlaceholderText(self.tr("e.g. 新疆、西藏、青海 (provinces, cities or districts)"))
        self.remote = QPushButton(self.tr("Remote areas (偏远地区)"))
        self.remote.clicked.connect(lambda: self.places.setText(_places_text(REMOTE_AREAS)))
        self.min_g = QLineEdit()
        self.min_g.setPlaceholderText(self.tr("grams, blank = no lower limit"))
        self.max_g = QLineEdit()
        self.max_g.setPlaceholderText(self.tr("grams, blank = no upper limit"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what the rule is for, e.g. 偏远地区走邮政"))
        self.active = QCheckBox(self.tr("in use"))
        self.active.setChecked(True)
        if self.kind == "place":
            row = QHBoxLayout()
            row.addWidget(self.places, 1)
            row.addWidget(self.remote)
            form.addRow(self.tr("Orders to"), row)
        else:
            form.addRow(self.tr("From (g)"), self.min_g)
            form.addRow(self.tr("Up to, not including (g)"), self.max_g)
        form.addRow(self.tr("Go with"), self.courier)
        form.addRow(self.tr("For"), self.shop)
        form.addRow(self.tr("Note"), self.note)
        if current is not None:
            form.addRow("", self.active)
            self.courier.setCurrentIndex(max(0, self.courier.findData(current.courier)))
            self.shop.setCurrentIndex(max(0, self.shop.findData(current.shop)))
            self.places.setText(_places_text(current.places))
            self.min_g.setText("" if current.min_g is None else str(current.min_g))
            self.max_g.setText("" if current.max_g is None else str(current.max_g))
            self.note.setText(current.note)
            self.active.setChecked(current.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"kind": self.kind, "courier": self.courier.currentData() or "", "shop": self.shop.currentData() or "",
                "places": self.places.text(), "min_g": self.min_g.text().strip() or None,
                "max_g": self.max_g.text().strip() or None, "note": self.note.text()}


class PlacesDialog(QDialog):
    """A courier's places it does not deliver to and the extra words a note names it by."""

    def __init__(self, parent, c: cr.CourierPlaces):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{courier}: places and note words").format(courier=c.name))
        form = QFormLayout(self)
        self.no_service = QLineEdit(_places_text(c.no_service))
        self.no_service.setPlaceholderText(self.tr("e.g. 西藏、新疆 (blank: delivers everywhere)"))
        self.words = QLineEdit(_places_text(c.note_words))
        self.words.setPlaceholderText(self.tr("more words buyers use for it, e.g. 小中"))
        form.addRow(self.tr("Does not deliver to"), self.no_service)
        form.addRow(self.tr("Also named in notes as"), self.words)
        form.addRow(self.tr("Always read as"), QLabel(SEP.join(c.read_as)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CourierRulesTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Each order's courier: first what its notes ask for (请发顺丰, 不要发圆通), then the first rule below that "
            "matches, then the shop's default courier, then the warehouse's. A courier that does not deliver to "
            "the address, is retired or that a note refuses is passed over."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.rules = table([self.tr("Order tried"), self.tr("When"), self.tr("Goes with"), self.tr("For"),
                            self.tr("Note"), self.tr("In use")])
        lay.addWidget(self.rules, 2)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add a rule by place…"), lambda: self.add("place")),
                           (self.tr("Add a rule by weight…"), lambda: self.add("weight")),
                           (self.tr("Edit…"), self.edit), (self.tr("Remove…"), self.remove),
                           (self.tr("Earlier"), lambda: self.move(-1)), (self.tr("Later"), lambda: self.move(1))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.places = table([self.tr("Courier"), self.tr("Does not deliver to"), self.tr("Notes name it as"),
                             self.tr("In use")])
        bottom = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.places, 1)
        row = QHBoxLayout()
        b = QPushButton(self.tr("Places and note words…"))
        b.clicked.connect(self.edit_places)
        row.addWidget(b)
        row.addStretch(1)
        left.addLayout(row)
        bottom.addLayout(left, 3)
        box = QGroupBox(self.tr("Try an order"))
        form = QFormLayout(box)
        self.t_province, self.t_city = QLineEdit(), QLineEdit()
        self.t_province.setPlaceholderText(self.tr("province, e.g. 西藏自治区"))
        self.t_city.setPlaceholderText(self.tr("city"))
        self.t_shop = QComboBox()
        self.t_seller, self.t_buyer = QLineEdit(), QLineEdit()
        self.t_weight = QSpinBox()
        self.t_weight.setRange(0, cr.MAX_WEIGHT_G)
        self.t_weight.setSuffix(" g")
        self.t_weight.setSpecialValueText(self.tr("not known"))
        place = QHBoxLayout()
        place.addWidget(self.t_province)
        place.addWidget(self.t_city)
        form.addRow(self.tr("Address"), place)
        form.addRow(self.tr("Shop"), self.t_shop)
        form.addRow(self.tr("Shop's note"), self.t_seller)
        form.addRow(self.tr("Buyer's note"), self.t_buyer)
        form.addRow(self.tr("Expected weight"), self.t_weight)
        self.try_button = QPushButton(self.tr("Try"))
        self.try_button.clicked.connect(self.try_order)
        self.t_result = QLabel()
        self.t_result.setWordWrap(True)
        form.addRow(self.try_button, self.t_result)
        bottom.addWidget(box, 2)
        lay.addLayout(bottom, 3)
        self._rules: list[cr.RuleView] = []
        self._places: list[cr.CourierPlaces] = []
        self._shops: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        self._rules = cr.list_rules(self.db)
        self._places = cr.list_places(self.db)
        self._shops = [v.name for v in shop_service.list_shops(self.db, include_retired=False)]
        every = self.tr("every shop")
        fill(self.rules, [[str(i), self.when(r), r.courier_name, r.shop or every, r.note,
                           self.tr("yes") if r.active else self.tr("no")] for i, r in enumerate(self._rules, 1)])
        fill(self.places, [[p.name, SEP.join(p.no_service) or self.tr("delivers everywhere"), SEP.join(p.read_as),
                            self.tr("yes") if p.active else self.tr("retired")] for p in self._places])
        current = self.t_shop.currentData()
        self.t_shop.clear()
        self.t_shop.addItem(self.tr("the default shop"), "")
        for name in self._shops:
            self.t_shop.addItem(name, name)
        self.t_shop.setCurrentIndex(max(0, self.t_shop.findData(current)))

    def when(self, r: cr.RuleView) -> str:
        if r.kind == "place":
            return self.tr("orders to {places}").format(places=SEP.join(r.places))
        return self.tr("expected weight {band}").format(band=band_text(r.min_g, r.max_g))

    def active_couriers(self) -> list[tuple[str, str]]:
        return [(p.code, p.name) for p in self._places if p.active]

    def names(self) -> dict[str, str]:
        return {p.code: p.name for p in self._places}

    def selected(self) -> cr.RuleView | None:
        r = self.rules.currentRow()
        if 0 <= r < len(self._rules):
            return self._rules[r]
        self.say(self.tr("Choose a rule in the list first"), error=True)
        return None

    def changed(self, out: list, done: str) -> str:
        moved = out[0].moved if out else 0
        if moved:
            return done + " " + self.tr("{n} waiting orders now go with another courier.").format(n=moved)
        return done + " " + self.tr("No waiting order changes courier.")

    def _run(self, fn, done: str) -> bool:
        out: list = []
        if self.do(lambda: out.append(fn()), ""):
            self.say(self.changed(out, done))
            self.refresh()
            return True
        return False

    # ------------------------------------------------------------------------------------------ actions
    def add(self, kind: str) -> None:
        dlg = RuleDialog(self, kind, self.active_couriers(), self._shops)
        if self.run_dialog(dlg):
            v = dlg.values()
            self._run(lambda: cr.add_rule(self.db, self.actor, v.pop("kind"), v.pop("courier"), **v),
                      self.tr("Rule added."))

    def edit(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = RuleDialog(self, r.kind, self.active_couriers(), self._shops, r)
        if self.run_dialog(dlg):
            v = dlg.values()
            self._run(lambda: cr.edit_rule(self.db, self.actor, r.id, v.pop("kind"), v.pop("courier"),
                                           active=dlg.active.isChecked(), **v), self.tr("Rule saved."))

    def remove(self) -> None:
        r = self.selected()
        if r is None:
            return
        reason = self.ask(self.tr("Remove the rule"), self.tr("Remove “{when}”? Why:").format(when=self.when(r)))
        if reason is None:
            return
        self._run(lambda: cr.remove_rule(self.db, self.actor, r.id, reason), self.tr("Rule removed."))

    def move(self, step: int) -> None:
        r = self.selected()
        if r is None:
            return
        i = self.rules.currentRow()
        if self._run(lambda: cr.move_rule(self.db, self.actor, r.id, step), self.tr("Rule moved.")):
            self.rules.setCurrentCell(max(0, min(len(self._rules) - 1, i + (1 if step > 0 else -1))), 0)

    def edit_places(self) -> None:
        row = self.places.currentRow()
        if not 0 <= row < len(self._places):
            self.say(self.tr("Choose a courier in the list first"), error=True)
            return
        c = self._places[row]
        dlg = PlacesDialog(self, c)
        if self.run_dialog(dlg):
            self._run(lambda: cr.set_courier_places(self.db, self.actor, c.code, dlg.no_service.text(),
                                                    dlg.words.text()),
                      self.tr("{courier} saved.").format(courier=c.name))

    def try_order(self) -> None:
        weight = self.t_weight.value() or None
        f = OrderFacts(shop=self.t_shop.currentData() or "", province=self.t_province.text().strip(),
                       city=self.t_city.text().strip(), seller_note=self.t_seller.text(),
                       buyer_note=self.t_buyer.text(), weight_g=weight)
        choice = cr.try_rules(self.db, f)
        names = self.names()
        text = (self.tr("Goes with {courier}: {why}").format(courier=names.get(choice.courier, choice.courier),
                                                            why=why_text(choice.reason, names))
                if choice.courier else why_text(choice.reason, names))
        if choice.question is not None:
            text += "\n" + question_text(choice.question, names)
        self.t_result.setText(text)
