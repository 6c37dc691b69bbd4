"""The desk works an order that waits for a product (issue 15.7): the exceptions queue shows its unknown-SKU
case in the user's words; the waiting lines open from it; a scanned barcode gives a blank line its product;
a postage link is dropped; the order is then free to pack. Real key events; both languages."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from app.models import Order, OrderLine, PendingLine, Product
from app.services import auth
from app.services.importing import import_file
from app.ui.app import install_translations
from app.ui.desk import DeskWindow
from tests.ui.test_screens_zh import check, data_words, english
from tests.services.test_importing import ORDER_HEADERS, ORDERS, write_csv

WANG = "3857123456789012345"


@pytest.fixture
def waiting(shop, tmp_path):
    rows = [r[:] for r in ORDERS[:2]]
    rows[1][13] = ""                                            # the T-shirt line has no 商家编码
    rows.append(rows[0][:])
    rows[2][13], rows[2][5], rows[2][6], rows[2][7] = "", "补邮费 专拍链接", "", "1"  # and a postage link
    rows[0][13] = "TS-BLK-M"                                     # the jeans line is a product we know
    import_file(shop, write_csv(tmp_path / "day.csv", ORDER_HEADERS, rows))
    return shop


@pytest.fixture
def desk(qtbot, waiting):
    with waiting.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    w = DeskWindow(waiting, sup)
    qtbot.addWidget(w)
    w.show()
    return w


def open_waiting_lines(desk):
    ex = desk.show_tab("exceptions")
    ex.refresh()
    row = next(r for r in range(ex.queue.rowCount()) if ex.queue.item(r, 2).text() == WANG)
    ex.queue.selectRow(row)
    ex.pending_selected()
    return ex.pending_dialog


def test_scan_a_barcode_into_a_blank_line_and_drop_the_postage_link(desk, waiting, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("店铺漏填编码", True)))
    dlg = open_waiting_lines(desk)
    assert dlg.lines.rowCount() == 2 and dlg.lines.item(1, 1).text() == "补邮费 专拍链接"
    dlg.lines.selectRow(0)
    dlg.code.setFocus()
    QTest.keyClicks(dlg.code, "6900000000011")                   # the wedge types the item's barcode …
    QTest.keyClick(dlg.code, Qt.Key.Key_Return)                  # … and Enter
    assert dlg.lines.rowCount() == 1 and desk.message.text().endswith("6900000000011")
    dlg.lines.selectRow(0)
    QTest.mouseClick(dlg.drop_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert "can be packed" in desk.message.text()
    with waiting.session() as s:
        assert s.scalar(select(PendingLine.id)) is None
        lines = s.execute(select(Product.sku, OrderLine.qty).join(Product).join(Order)
                          .where(Order.order_no == WANG)).all()
    assert sorted(lines) == [("TS-BLK-M", 3)]     # 1 from the file + the T-shirt line's 2, one SKU one line


def test_a_barcode_we_do_not_know_is_said_and_changes_nothing(desk, waiting, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("试试", True)))
    dlg = open_waiting_lines(desk)
    QTest.keyClicks(dlg.code, "NOPE123")
    QTest.keyClick(dlg.code, Qt.Key.Key_Return)
    assert dlg.lines.rowCount() == 2
    assert desk.message.text() == "no product with SKU or barcode NOPE123"


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_the_queue_and_the_dialog_speak_chinese(desk, waiting, qapp, lang):
    install_translations(lang)
    try:
        desk2 = DeskWindow(waiting, desk.actor)
        desk2.show()
        ex = desk2.show_tab("exceptions")
        ex.refresh()
        row = next(r for r in range(ex.queue.rowCount()) if ex.queue.item(r, 2).text() == WANG)
        assert ex.queue.item(row, 1).text() == "未知商品"
        assert ex.queue.item(row, 6).text().startswith("2 行没有商家编码（day.csv 第 3 行）")
        ex.queue.selectRow(row)
        ex.pending_selected()
        dlg = ex.pending_dialog
        data = data_words(waiting) | {"day", "csv"}
        assert not english(dlg, data), english(dlg, data)
        assert dlg.lines.item(0, 0).text() == "（空）"
        problems = check(desk2, data, lang, "desk", qapp)
        assert not problems, problems
        desk2.close()
    finally:
        install_translations("en")
