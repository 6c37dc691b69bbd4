"""`packstation db migrate-to URL`: a single station's SQLite database, after a day's work (packed parcels,
a stub back, a flag, a stock count: audit rows, cases, stock moves), moved onto a PostgreSQL server. The server
then holds the same rows, table by table; a station on it packs on (its ids follow the copied ones); the audit
chain checks there; the SQLite file is not changed; a non-empty target is refused unless --force; a copy
whose counts do not match is rolled back."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import Database
from app.domain.packflow import Phase
from app.models import Base, ExceptionCase, Flag, Order, OrderLine, OrderStatus, Parcel, Product
from app.services import stubs
from app.services import supervisor as sv
from app.services.audit import verify_audit_chain
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who


@pytest.fixture
def db_backend():
    return "sqlite"  # the source: one station's own file; the target is the test server


def pack(st: StationService, order_no: str, *codes: str) -> None:
    st.scan(order_no)
    for code in codes:
        st.scan(code)
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.sign_off().phase is Phase.DONE


@pytest.fixture
def worked_day(shop):
    """The shop after a day: two orders packed and shipped, a stub back, a flag, a short line, a stock count."""
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    pack(st, "T1", "6900000000011")
    pack(st, "T2", "6900000000028", "6900000000028", *["6900000000042"] * 6)
    sup = who(shop, "B9001")
    with shop.session() as s:
        waybill = s.scalar(select(Parcel.waybill_no).join(Order).where(Order.order_no == "T1"))
        t3 = s.scalar(select(Order).where(Order.order_no == "T3"))
        t3_id, t3_line = t3.id, t3.lines[0].id
    stubs.receive_stub(shop, sup, waybill)
    sv.set_flag(shop, sup, "HOLD", Flag.YELLOW, "客户要求暂停")
    sv.mark_short(shop, sup, t3_id, t3_line, "缺货")
    sv.count_stock(shop, sup, "CAP-RED", 7, "stocktake")
    with shop.session() as s:
        assert s.scalar(select(func.count()).select_from(ExceptionCase)) >= 1, "a case is among the rows moved"
    return shop


def all_rows(url: str) -> dict[str, list[tuple]]:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return {t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
                    for t in Base.metadata.sorted_tables}
    finally:
        db.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def config_for(tmp_path: Path, url: str) -> Path:
    cfg = tmp_path / "station.toml"
    cfg.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    return cfg


def test_a_station_database_moves_to_the_server_whole_and_the_server_packs_on(worked_day, db_url, pg_cluster,
                                                                              tmp_path, capsys):
    source_file = Path(db_url.removeprefix("sqlite:///"))
    worked_day.dispose()
    before = all_rows(db_url)
    file_hash = digest(source_file)
    assert len(before["parcel"]) == 2 and len(before["audit_log"]) >= 4 and before["stub"]
    target = pg_cluster.create_database("moved", migrated=False)  # as createdb leaves it: no schema at all
    try:
        cfg = config_for(tmp_path, db_url)
        assert main(["--config", str(cfg), "db", "migrate-to", target]) == 0
        out = capsys.readouterr().out
        assert "every table's row count checked" in out and "audit log:     ok" in out
        assert f"parcel: {len(before['parcel'])} rows" in out
        assert digest(source_file) == file_hash, "the SQLite file is never changed"

        assert all_rows(target) == before, "every table, row for row"
        server = Database(target)
        chain = verify_audit_chain(server)
        assert chain.ok and chain.rows == len(before["audit_log"])

        # a station on the server sees the same work and packs on: new ids follow the copied ones
        with server.session() as s:
            assert s.scalar(select(Order.status).where(Order.order_no == "T1")) == OrderStatus.SHIPPED
            assert s.scalar(select(Product.stock).where(Product.sku == "CAP-RED")) == 7
            assert s.scalar(select(Product.stock).where(Product.sku == "SK-GRY")) == 4
        st = StationService(server, "PACK-02", RecordingPrinter(), render_label=fake_render)
        st.sign_on("B1002")
        sup = who(server, "B9001")
        sv.set_flag(server, sup, "HOLD", Flag.NONE, "客户确认")
        with server.session() as s:
            o = Order(order_no="NEW1", recipient_name="赵六", phone="13900001111", province="浙江省",
                      city="杭州市", district="西湖区", address="文一路1号")
            o.lines.append(OrderLine(line_no=1, product_id=s.scalar(select(Product.id).where(
                Product.sku == "TS-BLK-M")), qty=1))
            s.add(o)
        pack(st, "NEW1", "6900000000011")
        with server.session() as s:
            ids = s.scalars(select(Parcel.id).order_by(Parcel.id)).all()
        assert len(ids) == 3 and ids[-1] == max(r[0] for r in before["parcel"]) + 1
        assert verify_audit_chain(server).ok and verify_audit_chain(server).rows > chain.rows
        server.dispose()

        # a second move onto the now busy server: refused, nothing changed; --force replaces it
        busy = all_rows(target)
        assert main(["--config", str(cfg), "db", "migrate-to", target]) == 1
        err = capsys.readouterr().err
        assert "not empty" in err and "--force" in err
        assert all_rows(target) == busy
        assert main(["--config", str(cfg), "db", "migrate-to", target, "--force"]) == 0
        assert "replaced what the target held" in capsys.readouterr().out
        assert all_rows(target) == before, "the audit rows written on the server went too (TRUNCATE, not DELETE)"
        assert digest(source_file) == file_hash
    finally:
        pg_cluster.drop_database("moved")


def test_a_copy_whose_counts_differ_is_rolled_back(worked_day, db_url, pg_cluster, tmp_path, capsys):
    """The server drops some rows silently (a BEFORE INSERT trigger returning NULL, as a stray rule or
    trigger on a hand-made database would): the counts catch it and the whole copy is rolled back."""
    worked_day.dispose()
    target = pg_cluster.create_database("lossy")  # migrated
    try:
        pg_cluster.sql("CREATE FUNCTION lose_even() RETURNS trigger AS $$ BEGIN "
                       "IF NEW.id % 2 = 0 THEN RETURN NULL; END IF; RETURN NEW; END $$ LANGUAGE plpgsql", "lossy")
        pg_cluster.sql("CREATE TRIGGER lose_even BEFORE INSERT ON barcode FOR EACH ROW EXECUTE FUNCTION lose_even()",
                       "lossy")
        assert main(["--config", str(config_for(tmp_path, db_url)), "db", "migrate-to", target]) == 1
        err = capsys.readouterr().err
        assert "row counts differ" in err and "barcode: 5 in the source, 3 on the server" in err
        assert "rolled back" in err
        assert all(not rows for name, rows in all_rows(target).items() if name != "audit_chain")
    finally:
        pg_cluster.drop_database("lossy")


def test_migrate_to_refuses_what_it_cannot_do(db_url, tmp_path, capsys):
    cfg = config_for(tmp_path, db_url)
    assert main(["--config", str(cfg), "db", "migrate-to", f"sqlite:///{tmp_path / 'other.db'}"]) == 1
    assert "is not a PostgreSQL URL" in capsys.readouterr().err
    assert main(["--config", str(cfg), "db", "migrate-to", "postgresql://u:pw@127.0.0.1:1/x",
                 "--from", str(tmp_path / "missing.db")]) == 1
    err = capsys.readouterr().err
    assert "missing.db does not exist" in err and ":pw@" not in err
