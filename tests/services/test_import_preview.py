"""A preview of an import (issue 15 item 6): the whole import is done and rolled back; nothing is kept."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.cli import main
from app.db import Database, default_url
from app.models import Base, Order, OrderStatus, Shop
from app.services.importing import ImportRejected, import_file, preview_file
from tests.services.test_importing import ADDR1, OPEN, ORDER_HEADERS, ORDERS, PRODUCT_HEADERS, PRODUCTS, write_csv


def snapshot(db) -> dict[str, list]:
    """Every row of every table, in a fixed order: the database's content."""
    out = {}
    with db.session() as s:
        for t in Base.metadata.sorted_tables:
            out[t.name] = sorted(tuple(map(repr, r)) for r in s.execute(sa.select(t)))
    return out


@pytest.fixture
def shop_db(db, tmp_path):
    """The products of the order files, and the shop they name."""
    import_file(db, write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS))
    with db.session() as s:
        s.add(Shop(code="CG", name="晨光服饰旗舰店"))
    return db


def cli_setup(tmp_path) -> None:
    """The same through the command line, into the default database."""
    assert main(["import", str(write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS))]) == 0
    db = Database(default_url())
    with db.session() as s:
        s.add(Shop(code="CG", name="晨光服饰旗舰店"))
    db.dispose()


@pytest.fixture
def loaded(shop_db, tmp_path):
    db = shop_db
    import_file(db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    with db.session() as s:  # one order on a station: a change to it is queued, not applied
        s.execute(sa.update(Order).where(Order.order_no == "231675287119647040").values(status=OrderStatus.PACKING))
    return db


def later_file(tmp_path):
    rows = [r[:] for r in ORDERS]
    for r in rows[:2]:
        r[3] = "浙江省 杭州市 滨江区 网商路699号(310052)"   # a new address for the open order
    rows[1][7] = "3"                                     # and 3 T-shirts instead of 2
    rows[3][2] = "张小明"                                  # the order being packed: queued
    rows[3][10] = "买家已经申请退款，等待卖家同意"            # and a refund: intercepted
    rows.append(["4000000000000000001", "新客", "赵敏", ADDR1, "13700000000", "纯棉T恤", "", "1", "49", OPEN, "",
                 "", "", "NEW-SKU-1", "49", "2024-11-12 10:00:00", "晨光服饰旗舰店"])
    rows.append(["4000000000000000002", "新客", "赵敏", ADDR1, "13700000000", "纯棉T恤", "", "1", "49", OPEN, "",
                 "", "", "TS100-WH-M", "49", "2024-11-12 10:00:00", "别的店"])
    return write_csv(tmp_path / "later.csv", ORDER_HEADERS, rows)


@pytest.mark.both_dbs  # the server too: its row locks and sequences under a rolled-back import
def test_preview_says_what_the_import_does_and_writes_nothing(loaded, tmp_path):
    path = later_file(tmp_path)
    before = snapshot(loaded)
    preview = preview_file(loaded, path)
    assert snapshot(loaded) == before, "a preview writes nothing"
    assert preview.preview is True
    assert (preview.orders_added, preview.orders_updated, preview.orders_skipped) == (2, 1, 1)
    assert preview.added_orders == ["4000000000000000001", "4000000000000000002"]
    assert preview.waiting == {"NEW-SKU-1": ["4000000000000000001"]}
    assert preview.unknown_shops == {"别的店": ["4000000000000000002"]}
    assert preview.conflicts == ["231675287119647040"] and preview.refund_alerts == ["231675287119647040"]
    changes = {no: (outcome, change) for no, outcome, change in preview.changes}
    outcome, change = changes["3857123456789012345"]
    assert outcome == "updated"
    assert {"what": "district", "from": "西湖区", "to": "滨江区"} in change
    assert {"what": "line", "line": 2, "sku": "TS100-WH-M", "qty": [2, 3]} in change
    outcome, change = changes["231675287119647040"]
    assert outcome == "intercepted"
    assert {"what": "recipient_name", "from": "张明", "to": "张小明"} in change
    assert {"what": "refund_requested", "from": False, "to": True} in change
    # the import itself does just what the preview said
    done = import_file(loaded, path)
    assert done.preview is False
    for f in ("orders_added", "orders_updated", "orders_skipped", "conflicts", "held", "refund_alerts", "waiting",
              "unknown_shops", "oversold", "added_orders", "changes", "rows"):
        assert getattr(done, f) == getattr(preview, f), f
    assert snapshot(loaded) != before
    # after the import, a preview of the same file: already imported
    assert preview_file(loaded, path).already_imported is True


def test_preview_of_a_bad_file_is_refused_as_the_import_is(loaded, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[1][7] = "zwei"
    path = write_csv(tmp_path / "bad.csv", ORDER_HEADERS, rows)
    before = snapshot(loaded)
    with pytest.raises(ImportRejected) as exc:
        preview_file(loaded, path)
    assert str(exc.value.errors[0]) == "bad.csv, row 3, column 购买数量 (H): the quantity “zwei” is not a whole number from 1 to 9999"
    assert snapshot(loaded) == before


def test_preview_of_a_products_file(db, tmp_path):
    path = write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS)
    before = snapshot(db)
    res = preview_file(db, path)
    assert (res.preview, res.products_added) == (True, 5)
    assert snapshot(db) == before
    assert import_file(db, path).products_added == 5


def test_cli_preview(tmp_path, capsys):
    cli_setup(tmp_path)
    assert main(["import", str(write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))]) == 0
    capsys.readouterr()
    path = later_file(tmp_path)
    assert main(["import", str(path), "--preview"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "later.csv: 6 rows read — PREVIEW: nothing was written; this is what the import would do"
    assert "new: 4000000000000000001, 4000000000000000002" in out
    assert ("  3857123456789012345 (updated): district “西湖区” → “滨江区”; address “文三路478号华星科技大厦1502室” → "
            "“网商路699号”; postcode “310012” → “310052”; line 2 TS100-WH-M: qty 2 → 3") in out
    db = Database(default_url())
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Order)) == 3
    db.dispose()
    assert main(["import", str(path)]) == 0
    assert "PREVIEW" not in capsys.readouterr().out


def test_the_desk_import_checks_the_role_and_audits(shop, tmp_path):
    """import_desk.import_from_desk: a packer is refused (and the refusal audited); a supervisor's preview
    writes nothing, not even an audit row; the import is audited with what it did."""
    from app.domain.permissions import Forbidden
    from app.models import AuditLog
    from app.services import auth
    from app.services.import_desk import import_from_desk

    with shop.session() as s:
        packer = auth.authenticate(s, "B1001", "1234")
        sup = auth.authenticate(s, "B9001", "999999")
    path = write_csv(tmp_path / "orders.csv", ORDER_HEADERS, ORDERS)
    before = snapshot(shop)
    with pytest.raises(Forbidden):
        import_from_desk(shop, packer, [path])
    with shop.session() as s:
        assert s.scalar(sa.select(AuditLog.action).order_by(AuditLog.id.desc()).limit(1)) == "refused"
    before = snapshot(shop)
    res = import_from_desk(shop, sup, [path], shop="XM", preview=True)
    assert res.preview and res.orders_added == 3
    assert snapshot(shop) == before
    res = import_from_desk(shop, sup, [path], shop="XM")
    with shop.session() as s:
        row = s.scalars(sa.select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
        assert (row.action, row.entity_id, row.actor_id) == ("import_orders", "orders.csv", sup.id)
        assert '"added": 3' in row.after
