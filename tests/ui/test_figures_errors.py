"""The cost of errors in the Figures tab (issue 13.5): reships (补发) per cause, and per packer on record when
the cause was packing; said in words in both languages."""
from app.services import auth
from app.services import order_changes as oc
from app.ui.app import install_translations
from app.ui.desk import DeskWindow


def rows(t):
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_reships_show_as_a_cost_of_errors(qtbot, shop):
    with shop.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    oc.reship(shop, sup, "SHIPPED", {1: 1}, "courier", "快递丢件 lost")
    for lang, cause, header in (("en", "courier", "Cause"), ("zh_CN", "快递", "原因")):
        install_translations(lang)
        try:
            desk = DeskWindow(shop, sup)
            qtbot.addWidget(desk)
            tab = desk.show_tab("figures")
            tab.by.setCurrentIndex(tab.by.findData("errors"))
            tab.refresh()
            headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
            assert headers[0] == header and len(headers) == 5        # no raw packer id
            assert rows(tab.table)[0][0] == cause and rows(tab.table)[0][2] == "1"
        finally:
            install_translations("en")
