import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped test is a check that never ran: on the platform CI runs on, a skip fails the run. (Tests
    skipped only on another platform, e.g. `sys.platform == "win32"`, are not affected here.)"""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and os.environ.get("PACKSTATION_ALLOW_SKIPS") != "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped, and skips are not allowed (a check that never ran): {reason}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data directory: no test touches the user's database."""
    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path / "home"))
    yield


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL server for the whole run (tests/pgcluster.py), started on first use."""
    from tests.pgcluster import PgCluster

    cluster = PgCluster.start()
    yield cluster
    cluster.destroy()


@pytest.fixture
def db_backend():
    """SQLite, unless PACKSTATION_TEST_DB=postgresql runs the whole suite on the server (by hand)."""
    return os.environ.get("PACKSTATION_TEST_DB", "sqlite")


def pytest_generate_tests(metafunc):
    """A test (or module) marked `both_dbs` runs on SQLite and on the PostgreSQL server."""
    if "db_backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_dbs"):
        metafunc.parametrize("db_backend", ["sqlite", "postgresql"])


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture
def db_url(request, tmp_path, db_backend):
    """An empty, migrated database: a SQLite file, or a fresh database on the test server."""
    if db_backend == "sqlite":
        from app.db import Database

        url = f"sqlite:///{tmp_path / 'test.db'}"
        database = Database(url)
        database.upgrade()
        database.dispose()
        yield url
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = f"t{next(_pg_databases)}"
    yield cluster.create_database(name)
    cluster.drop_database(name)


@pytest.fixture
def db(db_url):
    from app.db import Database

    database = Database(db_url)
    yield database
    database.dispose()


# ---------------------------------------------------------------- a small warehouse
from app.models import Barcode, Order, OrderLine, Product, Role  # noqa: E402
from app.services import auth, waybills  # noqa: E402
from app.services.demo import ensure_reference_data  # noqa: E402

PRODUCTS = [
    # sku, style, colour, size, weight, barcode, manual check
    ("TS-BLK-M", "TS01", "黑色", "M", 200, "6900000000011", None),
    ("TS-BLK-L", "TS01", "黑色", "L", 210, "6900000000028", None),
    ("JN-BLU-30", "JN01", "蓝色", "30", 600, "6900000000035", "测量腰围"),
    ("SK-GRY", "SK01", "灰色", "", 50, "6900000000042", None),
    ("CAP-RED", "CP01", "红色", "", 100, "6900000000059", None),
]


@pytest.fixture
def shop(db):
    with db.session() as s:
        ensure_reference_data(s)
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
        auth.add_operator(s, "P02", "张伟", "2345", Role.PACKER, "B1002")
        auth.add_operator(s, "S01", "李静", "999999", Role.SUPERVISOR, "B9001")
        prods = {}
        for sku, style, colour, size, w, bc, check in PRODUCTS:
            p = Product(sku=sku, name=f"{style}商品", style=style, colour=colour, size=size, weight_g=w,
                        manual_check=check, stock=10)
            p.barcodes.append(Barcode(code=bc))
            s.add(p)
            prods[sku] = p
        s.flush()

        def order(no, *lines, **kw):
            o = Order(order_no=no, recipient_name="陈小明", phone="13812345678", province="浙江省", city="杭州市",
                      district="西湖区", address="文三路478号华星科技大厦3号楼1502室", **kw)
            for i, (sku, qty) in enumerate(lines, 1):
                o.lines.append(OrderLine(line_no=i, product_id=prods[sku].id, qty=qty))
            s.add(o)

        from app.models import Flag, OrderStatus
        # the shops it ships for: orders that name none are the default shop's (a label needs a shop's sender)
        from app.models import Platform, Shop
        s.add(Shop(code="XM", name="小美旗舰店", platform=Platform.TAOBAO, sender_name="小美服饰",
                   sender_phone="0571-88123456", province="浙江省", city="杭州市", district="余杭区",
                   address="良睦路1399号", is_default=True))
        s.add(Shop(code="ER", name="二号店", platform=Platform.JD, sender_name="二号店发货部",
                   sender_phone="13900002222", province="江苏省", city="苏州市", district="吴中区",
                   address="东吴北路88号"))
        order("T1", ("TS-BLK-M", 1))
        order("T2", ("TS-BLK-L", 2), ("SK-GRY", 6))
        order("T3", ("JN-BLU-30", 1))
        order("HOLD", ("TS-BLK-M", 1), flag=Flag.YELLOW, flag_reason="缺货")
        order("REFUND", ("TS-BLK-M", 1), refund_requested=True)
        order("SHIPPED", ("TS-BLK-M", 1), status=OrderStatus.SHIPPED)
        order("CANCEL", ("TS-BLK-M", 1), status=OrderStatus.CANCELLED)
        waybills.load_numbers(s, "ZTO", waybills.expand_range("7731", 1, 50, 10))
    return db
