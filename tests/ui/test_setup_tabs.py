"""The desk's Setup screen driven by keys and clicks: operators (PIN masked and typed twice, disable asked with a
reason, a supervisor's limits), cartons, products (search, edit, import refused with where), the typed settings,
and every page in Chinese without an English word or a raw value."""
import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFormLayout, QInputDialog, QLineEdit
from sqlalchemy import select

from app.models import Carton, Role, Setting
from app.services import auth, products
from app.ui.desk import DeskWindow
from app.ui.desk.setup_forms import FormDialog
from tests.people import ADMIN_PIN, who

pytestmark = pytest.mark.both_dbs


@pytest.fixture
def admin_desk(qtbot, shop):
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
    w = DeskWindow(shop, who(shop, "B9999"))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def sup_desk(qtbot, shop):
    w = DeskWindow(shop, who(shop, "B9001"))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def scripts(monkeypatch):
    """What the test does in each dialog the screen opens, in order; the dialog runs shown, not modal."""
    todo = []

    def exec_(dlg):
        dlg.show()
        todo.pop(0)(dlg)
        if dlg.isVisible():  # the script left it open: the test is wrong, not the screen
            dlg.reject()
            pytest.fail(f"dialog {dlg.windowTitle()!r} left open: {dlg.error.text()}")
        return dlg.result()

    monkeypatch.setattr(FormDialog, "exec", exec_)
    return todo


def field(dlg: FormDialog, label: str):
    for r in range(dlg.form.rowCount()):
        item = dlg.form.itemAt(r, QFormLayout.ItemRole.LabelRole)
        if item is not None and item.widget().text() == label:
            return dlg.form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget()
    raise AssertionError(f"no field {label!r} in {dlg.windowTitle()!r}")


def type_into(widget, text: str, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:  # what an input method hands over: a key event carrying the character (QTest takes ASCII only)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_row(table, text: str) -> None:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == text:
            rect = table.visualItemRect(table.item(r, 0))
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no row {text}")


def column(table, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


# ------------------------------------------------------------------------------------------ operators
def test_an_admin_adds_a_supervisor_typing_the_pin_twice(admin_desk, shop, scripts):
    page = admin_desk.show_tab("setup").show_page("operators")
    seen = {}

    def fill_in(dlg):
        type_into(field(dlg, "Code"), "S10")
        type_into(field(dlg, "Name"), "赵六")
        role = field(dlg, "Role")
        assert [role.itemText(i) for i in range(role.count())] == ["packer", "supervisor", "administrator"]
        role.setFocus()
        QTest.keyClick(role, Qt.Key.Key_Down)
        type_into(field(dlg, "Badge"), "B9010")
        pin, again = field(dlg, "PIN"), field(dlg, "PIN again")
        assert pin.echoMode() == again.echoMode() == QLineEdit.EchoMode.Password
        type_into(pin, "12ab34")  # letters are not taken
        assert pin.text() == "1234"
        type_into(pin, "1234")
        type_into(again, "1234")
        enter(again)
        seen["short"] = dlg.error.text()
        type_into(pin, "123456")
        type_into(again, "654321")
        enter(again)
        seen["differ"] = dlg.error.text()
        assert pin.text() == again.text() == ""
        type_into(pin, "123456")
        type_into(again, "123456")
        enter(again)

    scripts.append(fill_in)
    click(page.add_button)
    assert "6 to 12 digits" in seen["short"]
    assert seen["differ"] == "The two PINs differ: type them again"
    assert "S10" in column(page.table, 0)
    r = column(page.table, 0).index("S10")
    assert (page.table.item(r, 2).text(), page.table.item(r, 3).text()) == ("supervisor", "B9010")
    assert admin_desk.message.text() == "Operator S10 added"
    with shop.session() as s:
        assert auth.authenticate(s, "B9010", "123456").role == "supervisor"


def test_a_badge_scanned_into_the_form_fills_the_field_never_the_pin(admin_desk, qtbot, scripts):
    """The desk's dialog is the active window: the scan is the desk's (never the packing flow's sign-on)."""
    page = admin_desk.show_tab("setup").show_page("operators")
    seen = {}

    def scan_in(dlg):
        dlg.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
        seen["desk_active"] = admin_desk.is_active()
        field(dlg, "Badge").setFocus()
        admin_desk.on_scan("B7777")
        field(dlg, "PIN").setFocus()
        admin_desk.on_scan("B7778")
        seen["badge"], seen["pin"] = field(dlg, "Badge").text(), field(dlg, "PIN").text()
        seen["open"] = dlg.isVisible()
        click(dlg.no)

    scripts.append(scan_in)
    click(page.add_button)
    assert seen == {"desk_active": True, "badge": "B7777", "pin": "", "open": True}


def test_disable_is_asked_with_a_reason_and_cancel_changes_nothing(admin_desk, shop, scripts):
    page = admin_desk.show_tab("setup").show_page("operators")
    seen = {}

    def no_reason_then_one(dlg):
        assert dlg.windowTitle() == "Disable 王芳 (P01)?"
        enter(field(dlg, "Reason"))
        seen["error"] = dlg.error.text()
        type_into(field(dlg, "Reason"), "离职 left")
        enter(field(dlg, "Reason"))

    scripts.append(no_reason_then_one)
    pick_row(page.table, "P01")
    assert page.active_button.text() == "Disable…"
    click(page.active_button)
    assert seen["error"] == "a reason is required"
    r = column(page.table, 0).index("P01")
    assert page.table.item(r, 4).text() == "disabled"
    assert page.active_button.text() == "Enable…", "the selection is kept and the button says what it does now"
    with shop.session() as s, pytest.raises(auth.AuthError):
        auth.authenticate(s, "B1001", None)
    scripts.append(lambda dlg: click(dlg.no))
    click(page.active_button)
    assert page.table.item(column(page.table, 0).index("P01"), 4).text() == "disabled"


def test_a_supervisor_resets_a_packers_pin_but_not_a_supervisors(sup_desk, shop, scripts):
    page = sup_desk.show_tab("setup").show_page("operators")
    seen = {}

    def add_dialog(dlg):
        role = field(dlg, "Role")
        seen["roles"] = [role.itemText(i) for i in range(role.count())]
        click(dlg.no)

    scripts.append(add_dialog)
    click(page.add_button)
    assert seen["roles"] == ["packer"], "a supervisor makes packers only"

    def new_pin(dlg):
        type_into(field(dlg, "New PIN"), "86420")
        type_into(field(dlg, "New PIN again"), "86420")
        type_into(field(dlg, "Reason"), "忘了 forgot")
        enter(field(dlg, "Reason"))

    scripts.append(new_pin)
    pick_row(page.table, "P02")
    click(page.pin_button)
    assert sup_desk.message.text() == "张伟 has a new PIN"
    with shop.session() as s:
        assert auth.authenticate(s, "P02", "86420").name == "张伟"

    def refused(dlg):
        type_into(field(dlg, "New PIN"), "86420864")
        type_into(field(dlg, "New PIN again"), "86420864")
        type_into(field(dlg, "Reason"), "forgot")
        enter(field(dlg, "Reason"))
        seen["refused"] = dlg.error.text()
        click(dlg.no)

    scripts.append(refused)
    pick_row(page.table, "S01")
    click(page.pin_button)
    assert seen["refused"] == "Your role may not do this"


def test_badge_cards_are_saved_from_the_screen(admin_desk):
    page = admin_desk.show_tab("setup").show_page("operators")
    click(page.badges_button)
    assert page.last_document.name == "badge-cards.pdf" and page.last_document.read_bytes()[:4] == b"%PDF"
    assert str(page.last_document) in admin_desk.message.text()


# ------------------------------------------------------------------------------------------ cartons
def test_cartons_added_made_default_and_retired(sup_desk, shop, scripts):
    page = sup_desk.show_tab("setup").show_page("cartons")

    def add(dlg):
        type_into(field(dlg, "Code"), "BOX-XL")
        type_into(field(dlg, "Name"), "特大箱")
        type_into(field(dlg, "Tare weight").lineEdit(), "480")
        enter(field(dlg, "Name"))

    scripts.append(add)
    click(page.add_button)
    r = column(page.table, 0).index("BOX-XL")
    assert page.table.item(r, 2).text() == "480 g" and page.table.item(r, 3).text() == ""
    click(page.default_button)
    assert page.table.item(column(page.table, 0).index("BOX-XL"), 3).text() == "✔"
    assert [page.table.item(i, 3).text() for i in range(page.table.rowCount())].count("✔") == 1

    def retire(dlg):
        type_into(field(dlg, "Reason"), "不再采购")
        enter(field(dlg, "Reason"))

    scripts.append(retire)
    click(page.retire_button)
    assert "BOX-XL" not in column(page.table, 0)
    click(page.show_retired)
    assert page.table.item(column(page.table, 0).index("BOX-XL"), 4).text() == "retired"
    with shop.session() as s:
        box = s.scalar(select(Carton).where(Carton.code == "BOX-XL"))
        assert (box.weight_g, box.active, box.is_default) == (480, False, False)


# ------------------------------------------------------------------------------------------ products
def test_find_and_edit_a_product(sup_desk, shop, scripts):
    page = sup_desk.show_tab("setup").show_page("products")
    type_into(page.search, "JN01")
    enter(page.search)
    assert column(page.table, 0) == ["JN-BLU-30"]
    seen = {}

    def edit(dlg):
        type_into(field(dlg, "Weight").lineEdit(), "615")
        type_into(field(dlg, "Barcodes"), "6900000000035 6900000000012")  # a wrong check digit first
        enter(field(dlg, "Name"))
        seen["error"] = dlg.error.text()
        type_into(field(dlg, "Barcodes"), "6900000000035 JN30-B")
        type_into(field(dlg, "Reason"), "称重")
        enter(field(dlg, "Reason"))

    scripts.append(edit)
    pick_row(page.table, "JN-BLU-30")
    click(page.edit_button)
    assert seen["error"] == "6900000000012 is not a valid EAN-13 (wrong check digit)"
    assert page.table.item(0, 5).text() == "615 g" and page.table.item(0, 6).text() == "6900000000035 JN30-B"
    assert products.product(shop, "JN-BLU-30").barcodes == ("6900000000035", "JN30-B")


def test_import_a_products_list_from_the_screen(sup_desk, shop, tmp_path, monkeypatch):
    page = sup_desk.show_tab("setup").show_page("products")
    bad = tmp_path / "新品.csv"
    bad.write_text("商家编码,名称,重量\nNEW-1,新品,很重\n", encoding="utf-8-sig")
    good = tmp_path / "新品2.csv"
    good.write_text("商家编码,名称,重量\nNEW-1,新品,120\n", encoding="utf-8-sig")
    chosen = iter([str(bad), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(chosen), "")))
    click(page.import_button)
    text = sup_desk.message.text()
    assert text.startswith("新品.csv was not imported (nothing was changed): 1 problems — row 2, column 重量 (C): ")
    assert not products.search_products(shop, "NEW-1")
    click(page.import_button)
    assert sup_desk.message.text() == "新品2.csv: 1 new products, 0 changed"
    assert "NEW-1" in column(page.table, 0)


# ------------------------------------------------------------------------------------------ settings
def test_an_admin_changes_the_shared_settings_with_a_reason(admin_desk, shop, monkeypatch):
    page = admin_desk.show_tab("setup").show_page("settings")
    answers = iter([("新电子秤", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    type_into(page.abs_g.lineEdit(), "80")
    type_into(page.pct.lineEdit(), "3.5")
    click(page.tolerance_button)
    assert admin_desk.message.text().startswith("Weight tolerance saved")
    with shop.session() as s:
        assert json.loads(s.get(Setting, "weight_tolerance").value) == {"abs_g": 80, "pct": 3.5}
    assert page.tolerance_state.text() == "Set for every station."


def test_a_supervisor_sees_the_settings_but_cannot_change_them(sup_desk):
    page = sup_desk.show_tab("setup").show_page("settings")
    assert page.note.isVisible() and not page.tolerance_button.isEnabled() and not page.abs_g.isEnabled()


# ------------------------------------------------------------------------------------------ Chinese
@pytest.mark.parametrize("lang", ["zh_CN"])
def test_every_setup_page_speaks_chinese_and_fits(qtbot, qapp, shop, lang, scripts):
    from app.ui.app import install_translations
    from tests.ui.test_screens_zh import check, data_words

    install_translations(lang)
    try:
        with shop.session() as s:
            auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
        for ident in ("B9999", "B9001"):
            desk = DeskWindow(shop, who(shop, ident))
            qtbot.addWidget(desk)
            desk.show()
            setup = desk.show_tab("setup")
            data = data_words(shop) | {"PackStation"}
            problems = []
            for key in ("operators", "cartons", "products", "settings"):
                setup.show_page(key)
                problems += check(desk, data, lang, f"setup {key} ({ident})", qapp)
            ops = setup.show_page("operators")
            assert "打包员" in column(ops.table, 2) and "管理员" in column(ops.table, 2)
            pick_row(ops.table, "P01")
            for opener in (ops.add, ops.edit, ops.reset_pin, ops.toggle_active):
                scripts.append(lambda dlg: (problems.extend(check(dlg, data, lang, dlg.windowTitle(), qapp)),
                                            click(dlg.no)))
                opener()
            prod = setup.show_page("products")
            pick_row(prod.table, "TS-BLK-M")
            scripts.append(lambda dlg: (problems.extend(check(dlg, data, lang, dlg.windowTitle(), qapp)),
                                        click(dlg.no)))
            prod.edit()
            assert not problems, "\n".join(problems)
            assert not scripts, "every dialog was opened"
    finally:
        install_translations("en")
