"""The Stock screen (issue 13.7–8): the books with reserved and available, the list before a promotion, a
SKU's own low level, and the count by scanning — real key events into the scan field, the count kept on
disk after every scan, the differences applied with a reason; Chinese and English."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from app.models import Product
from app.services import auth
from app.ui.app import install_translations
from app.ui.desk import DeskWindow
from tests.ui.test_screens_zh import check, data_words


@pytest.fixture
def desk(qtbot, shop):
    with shop.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    w = DeskWindow(shop, sup)
    qtbot.addWidget(w)
    w.show()
    return w


def scan(tab, code):
    tab.code.setFocus()
    QTest.keyClicks(tab.code, code)
    QTest.keyClick(tab.code, Qt.Key.Key_Return)


def rows(t):
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_books_show_reserved_available_and_the_short_list(desk):
    tab = desk.show_tab("stock")
    tab.refresh()
    by_sku = {r[0]: r for r in rows(tab.levels)}
    assert by_sku["TS-BLK-M"][3:7] == ["10", "2", "8", "5"]
    tab.only.setCurrentIndex(tab.only.findData("low"))
    assert [r[0] for r in rows(tab.levels)] == ["SK-GRY"] and rows(tab.levels)[0][7] == "low"


def test_count_a_shelf_by_scanning_and_apply_it(desk, shop, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("A1 货架盘点", True)))
    tab = desk.show_tab("stock")
    for _ in range(3):
        scan(tab, "6900000000011")          # three units of TS-BLK-M, one scan each
    tab.qty.setValue(9)
    scan(tab, "6900000000035")              # JN-BLU-30: scan one, type how many
    assert tab.last.text() == "JN-BLU-30 JN01商品: +9, 9 counted"
    assert [(r[0], r[2], r[3], r[4]) for r in rows(tab.sheet_table)] == [("JN-BLU-30", "9", "10", "-1"),
                                                                        ("TS-BLK-M", "3", "10", "-7")]
    scan(tab, "6900000009999")              # not ours: said, nothing counted
    assert desk.message.text() == "6900000009999 is no product we know" and len(tab.sheet) == 2
    # the window closes by accident: the count is still there
    again = DeskWindow(shop, desk.actor)
    assert again.tab("stock").sheet == {"TS-BLK-M": 3, "JN-BLU-30": 9}
    again.close()
    QTest.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert desk.message.text() == "Count applied: 2 SKU(s) corrected"
    with shop.session() as s:
        assert dict(s.execute(select(Product.sku, Product.stock)).all())["TS-BLK-M"] == 3
    assert tab.sheet == {} and tab.sheet_table.rowCount() == 0


def test_a_scan_with_no_field_focused_goes_into_the_count(desk):
    tab = desk.show_tab("stock")
    desk.setFocus()
    desk.on_scan("6900000000042")
    assert tab.sheet == {"SK-GRY": 1}


def test_the_stock_screen_speaks_chinese(desk, shop, qapp):
    install_translations("zh_CN")
    try:
        w = DeskWindow(shop, desk.actor)
        w.show()
        tab = w.show_tab("stock")
        scan(tab, "6900000000011")
        tab.only.setCurrentIndex(tab.only.findData("low"))
        problems = check(w, data_words(shop) | {"TS01"}, "zh_CN", "stock", qapp)
        assert not problems, problems
        w.close()
    finally:
        install_translations("en")
