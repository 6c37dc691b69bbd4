"""`packstation import` tells what it did in words (issue #10 item 11), and what was wrong, where."""
from __future__ import annotations

import sqlalchemy as sa

from app.cli import main
from app.db import Database, default_url
from app.models import Order, OrderStatus
from tests.services.test_importing import ORDER_HEADERS, ORDERS, PRODUCT_HEADERS, PRODUCTS, write_csv


def test_import_prints_a_readable_summary(tmp_path, capsys):
    assert main(["import", str(write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS))]) == 0
    from app.models import Shop

    db = Database(default_url())
    with db.session() as s:  # the shop the orders name is set up (else the summary names it: tests/services/test_shops.py)
        s.add(Shop(code="CG", name="晨光服饰旗舰店"))
    db.dispose()
    assert capsys.readouterr().out == "products.csv: 5 rows read\nproducts: 5 new, 0 updated\n"
    rows = [r[:] for r in ORDERS]
    rows[2][9] = "等待买家付款"
    assert main(["import", str(write_csv(tmp_path / "orders.csv", ORDER_HEADERS, rows))]) == 0
    assert capsys.readouterr().out == ("orders.csv: 4 rows read\n"
                                       "orders: 2 new, 0 updated, 0 unchanged, 1 not paid yet (ignored)\n")
    db = Database(default_url())
    with db.session() as s:
        s.execute(sa.update(Order).where(Order.order_no == "3857123456789012345").values(status=OrderStatus.PACKING))
    db.dispose()
    rows = [r[:] for r in ORDERS]
    rows[0][7] = "2"                                   # changed while it is being packed: queued
    rows[3][10] = "买家已经申请退款，等待卖家同意"        # refund on a shipped order: intercepted
    rows[2][9] = "买家已付款，等待卖家发货"               # now paid: new
    assert main(["import", str(write_csv(tmp_path / "later.csv", ORDER_HEADERS, rows))]) == 0
    out = capsys.readouterr().out
    assert out == ("later.csv: 4 rows read\n"
                   "orders: 1 new, 0 updated, 0 unchanged, 1 queued for the supervisor (changed after reaching a "
                   "packing station, shipped or cancelled: not applied)\n"
                   "queued: 3857123456789012345\n"
                   "intercepted (refund or closed on the platform: the packer is stopped): 231675287119647040\n")
    assert main(["import", str(tmp_path / "later.csv")]) == 0
    assert capsys.readouterr().out == "later.csv: already imported (the same file, byte for byte): nothing changed\n"


def test_import_errors_name_file_row_and_column_and_exit_non_zero(tmp_path, capsys):
    assert main(["import", str(write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS))]) == 0
    capsys.readouterr()
    rows = [r[:] for r in ORDERS]
    rows[1][7] = "1e5"
    rows[2][0] = "3.91E+15"
    assert main(["import", str(write_csv(tmp_path / "bad.csv", ORDER_HEADERS, rows))]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "packstation: bad.csv was not imported (nothing was changed): 2 problems:",
        "  bad.csv, row 3, column 购买数量 (H): the quantity “1e5” is not a whole number from 1 to 9999",
        "  bad.csv, row 4, column 订单编号 (A): the order number “3.91E+15” is a number in scientific notation, as "
        "Excel shows a long number: its last digits are lost — format the column as text, or import the "
        "platform's CSV export"]
    db = Database(default_url())
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Order)) == 0
    db.dispose()


def test_a_bug_reaches_the_user_as_a_sentence_and_the_log_as_a_traceback(tmp_path, capsys, monkeypatch):
    from app.services import importing

    def broken(*_a, **_k):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(importing, "import_file", broken)
    assert main(["import", str(tmp_path / "x.csv")]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "ZeroDivisionError" not in err
    assert err.startswith("packstation: x.csv was not imported (nothing was changed): the program failed on it")
