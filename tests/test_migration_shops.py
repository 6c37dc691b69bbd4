"""Migration 0010 (shops): an upgraded database gets a shop for every shop its orders name and one for the old
site-wide sender setting, so its labels print what they printed; an order naming none goes to that one."""
import json

from alembic import command
from sqlalchemy import create_engine, text

from app.db import Database, alembic_config
from app.services.shops import sender_for


def _at_0009(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    command.upgrade(alembic_config(engine), "0009")
    return url, engine


def _orders(conn, rows):
    for no, shop, channel in rows:
        conn.execute(text(
            "INSERT INTO orders (order_no, shop, channel, buyer_id, recipient_name, phone, province, city, district, "
            "address, postcode, buyer_note, seller_note, flag, flag_reason, refund_requested, status, amount, "
            "imported_at, source, revision) VALUES (:no, :shop, :channel, '', '陈', '13812345678', '', '', '', "
            "'文三路1号', '', '', '', 'none', '', 0, 'open', 0, '2026-12-01 08:00:00', '', 1)"),
            {"no": no, "shop": shop, "channel": channel})


def test_the_upgrade_keeps_printing_the_sender_it_printed(tmp_path):
    url, engine = _at_0009(tmp_path)
    sender = {"name": "小美仓库", "phone": "0571-88123456", "address": "浙江省杭州市余杭区良睦路1399号"}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('sender', :v)"),
                     {"v": json.dumps(sender, ensure_ascii=False)})
        _orders(conn, [("A1", "小美旗舰店", "tmall"), ("A2", "小美旗舰店", "taobao"), ("B1", "二号店", "jd"),
                       ("C1", "", "")])
    engine.dispose()
    db = Database(url)
    db.upgrade()
    with db.engine.connect() as conn:
        shops = conn.execute(text("SELECT code, name, platform, sender_name, sender_phone, address, is_default, "
                                  "active FROM shop ORDER BY code")).all()
    assert shops == [
        ("DEFAULT", "小美仓库", "other", "小美仓库", "0571-88123456", "浙江省杭州市余杭区良睦路1399号", True, True),
        ("SHOP01", "二号店", "jd", "小美仓库", "0571-88123456", "浙江省杭州市余杭区良睦路1399号", False, True),
        ("SHOP02", "小美旗舰店", "taobao", "小美仓库", "0571-88123456", "浙江省杭州市余杭区良睦路1399号", False, True),
    ]
    with db.session() as s:
        for shop in ("小美旗舰店", "二号店", ""):
            got = sender_for(s, shop)
            assert (got.name, got.phone, got.address) == (sender["name"], sender["phone"], sender["address"])
    db.dispose()


def test_without_a_sender_setting_the_shops_wait_for_their_sender(tmp_path):
    """The built-in sender of old versions is not carried over: the shops are made, their orders stop at the
    scan (naming the shop) until the desk sets each sender."""
    url, engine = _at_0009(tmp_path)
    with engine.begin() as conn:
        _orders(conn, [("A1", "小美旗舰店", "taobao"), ("C1", "", "")])
    engine.dispose()
    db = Database(url)
    db.upgrade()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT code, name, sender_name, is_default FROM shop ORDER BY code")).all() == [
            ("DEFAULT", "默认店铺", "", True), ("SHOP01", "小美旗舰店", "", False)]
    db.dispose()


def test_an_empty_database_gets_no_shops_and_goes_back_down(tmp_path):
    url, engine = _at_0009(tmp_path)
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM shop")).scalar() == 0
    command.downgrade(alembic_config(engine), "0009")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'shop'")).all() == []
    engine.dispose()
