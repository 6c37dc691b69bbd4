"""Migration 0011 (couriers as managed data, e-waybill accounts and numbers): a database at 0009 with its
couriers keeps them, each on its number range with the default warning; the downgrade gives 0009 back."""
import sqlalchemy as sa
from alembic import command

from app.db import alembic_config


def test_0011_up_and_down(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    cfg = alembic_config(engine)
    command.upgrade(cfg, "0009")
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO courier (code, name, privacy_waybill, active) VALUES ('ZTO', '中通快递', 1, 1)"))
    command.upgrade(cfg, "0011")
    with engine.begin() as c:
        row = c.execute(sa.text("SELECT code, layout, service_types, waybill_source, warn_level FROM courier")).one()
        assert tuple(row) == ("ZTO", "", "[]", "range", 200)
        assert {"courier_account", "ewaybill"} <= set(sa.inspect(c).get_table_names())
    command.downgrade(cfg, "0009")
    with engine.begin() as c:
        insp = sa.inspect(c)
        assert "ewaybill" not in insp.get_table_names() and "courier_account" not in insp.get_table_names()
        assert {col["name"] for col in insp.get_columns("courier")} == {"id", "code", "name", "privacy_waybill",
                                                                       "active"}
        assert c.execute(sa.text("SELECT name FROM courier")).scalar() == "中通快递"
    engine.dispose()
