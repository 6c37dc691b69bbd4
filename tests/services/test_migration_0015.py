"""Migration 0015: an order written before it keeps its lines (rebuilding `orders` on SQLite would cascade them
away), the two new statuses are accepted and nothing else is, the link table exists; down again keeps the data."""
import itertools

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.db import Database, alembic_config, head_revision

_names = itertools.count(1)

ORDER = ("INSERT INTO orders (order_no, shop, channel, buyer_id, recipient_name, phone, province, city, district,"
         " address, postcode, buyer_note, seller_note, flag, flag_reason, refund_requested, status, amount,"
         " imported_at, source, revision) VALUES ('A1', '', '', 'b', '陈', '138', '', '', '', '路1号', '', '', '',"
         " 'none', '', false, 'open', 0, '2026-12-01 10:00:00', '', 1)")


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'm.db'}"
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = f"m15_{next(_names)}"
    yield cluster.create_database(name, migrated=False)
    cluster.drop_database(name)


def test_0015_upgrade_keeps_orders_and_lines_and_widens_the_status(url):
    db = Database(url)
    cfg = alembic_config(db.engine)
    command.upgrade(cfg, "0009")
    with db.engine.begin() as c:
        c.execute(text(ORDER))
        c.execute(text("INSERT INTO product (sku, name, style, colour, size, weight_g, stock, active)"
                       " VALUES ('S1', 'n', 'ST', '', '', 0, 0, true)"))
        c.execute(text("INSERT INTO order_line (order_id, line_no, product_id, title, qty, scanned_qty,"
                       " manual_checked, price) SELECT o.id, 1, p.id, '', 2, 0, false, 0 FROM orders o, product p"))
    assert db.upgrade() == head_revision(db.engine)
    assert "order_link" in inspect(db.engine).get_table_names()
    with db.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM order_line")).scalar() == 1
        c.execute(text("UPDATE orders SET status = 'waiting'"))
        c.execute(text("UPDATE orders SET status = 'merged'"))
    with pytest.raises(IntegrityError):
        with db.engine.begin() as c:
            c.execute(text("UPDATE orders SET status = 'lost'"))
    command.downgrade(cfg, "0009")
    with db.engine.begin() as c:
        assert c.execute(text("SELECT status FROM orders")).scalar() == "open"
        assert c.execute(text("SELECT count(*) FROM order_line")).scalar() == 1
    assert "order_link" not in inspect(db.engine).get_table_names()
    with pytest.raises(IntegrityError):
        with db.engine.begin() as c:
            c.execute(text("UPDATE orders SET status = 'waiting'"))
    db.dispose()
