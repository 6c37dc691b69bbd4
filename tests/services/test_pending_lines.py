"""One bad reference does not stop the day (issue 15.7): a line whose SKU (商家编码) is unknown or blank puts
its order on hold with the reason; the rest of the file is imported; the summary names every such SKU and
order; the station will not start a waiting order; when the products arrive the hold lifts by itself."""
from __future__ import annotations

import sqlalchemy as sa
import pytest

from app.domain.packflow import Err
from app.models import AuditLog, CaseKind, CaseStatus, ExceptionCase, Order, OrderStatus, PendingLine
from app.services import pending_lines
from app.services.importing import import_file
from app.services.reporting import LedgerError
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who
from tests.services.test_importing import (  # noqa: F401  (fixture)
    ORDER_HEADERS, ORDERS, PRODUCT_HEADERS, order, products_db, write_csv,
)

SKU, QTY, TITLE = 13, 7, 5
LI, WANG = "2942657773599346748", "3857123456789012345"


def orders_with(tmp_path, name="day.csv", edit=None, encoding="utf-8-sig"):
    rows = [r[:] for r in ORDERS]
    if edit:
        edit(rows)
    return write_csv(tmp_path / name, ORDER_HEADERS, rows, encoding)


def case_of(db, order_no):
    with db.session() as s:
        return s.scalar(sa.select(ExceptionCase).join(Order, Order.id == ExceptionCase.order_id)
                        .where(Order.order_no == order_no, ExceptionCase.kind == CaseKind.UNKNOWN_SKU)
                        .order_by(ExceptionCase.id.desc()))


def test_an_unknown_sku_holds_its_order_and_the_rest_is_imported(products_db, tmp_path):
    res = import_file(products_db, orders_with(tmp_path, edit=lambda rows: rows[2].__setitem__(SKU, "SK10-BK-F")))
    assert res.orders_added == 3
    assert res.waiting == {"SK10-BK-F": [LI]}
    li = order(products_db, LI)
    assert li["lines"] == [] and li["status"] is OrderStatus.OPEN
    assert order(products_db, WANG)["lines"][0][0] == "JN501-DB-28"   # the other orders as usual
    with products_db.session() as s:
        pl = s.scalar(sa.select(PendingLine))
        assert (pl.sku, pl.qty, pl.source, pl.row) == ("SK10-BK-F", 5, "day.csv", 4)
    case = case_of(products_db, LI)
    assert case.status is CaseStatus.OPEN
    assert case.reason == ("SKU SK10-BK-F not in the product list (day.csv row 4): the order waits until the "
                           "products are added")


def test_a_blank_sku_holds_the_order_and_names_the_item(products_db, tmp_path):
    def edit(rows):
        rows[1][SKU] = ""          # Wang's second line: the T-shirt, with no 商家编码
    res = import_file(products_db, orders_with(tmp_path, edit=edit))
    assert res.no_sku == [WANG] and res.waiting == {}
    assert [ln[0] for ln in order(products_db, WANG)["lines"]] == ["JN501-DB-28"]
    assert case_of(products_db, WANG).reason.startswith("1 line(s) without SKU (商家编码) (day.csv row 3)")
    with products_db.session() as s:
        assert pending_lines.skus_of(s, order(products_db, WANG)["id"]) == ["“纯棉T恤 [颜色分类:白色;尺码:M]”"]


def test_the_station_will_not_start_a_waiting_order(products_db, tmp_path):
    import_file(products_db, orders_with(tmp_path, edit=lambda rows: rows[2].__setitem__(SKU, "SK10-BK-F")))
    from app.models import Role
    from app.services import auth
    with products_db.session() as s:
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
    st = StationService(products_db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    state = st.scan(LI)
    assert state.order is None and state.error.code is Err.ORDER_UNKNOWN_SKU
    assert state.error.params["skus"] == "SK10-BK-F"
    assert order(products_db, LI)["status"] is OrderStatus.OPEN     # not claimed


def test_the_hold_lifts_when_the_products_arrive(products_db, tmp_path):
    import_file(products_db, orders_with(tmp_path, edit=lambda rows: rows[2].__setitem__(SKU, "SK10-BK-F")))
    rev = order(products_db, LI)["revision"]
    res = import_file(products_db, write_csv(tmp_path / "new.csv", PRODUCT_HEADERS, [
        ["SK10-BK-F", "运动棉袜", "SK10", "黑色", "均码", "38", "6901234567960", "", "100"]]))
    assert res.products_added == 1 and res.released == [LI]
    li = order(products_db, LI)
    assert [ln[:2] for ln in li["lines"]] == [("SK10-BK-F", 5)] and li["revision"] > rev
    case = case_of(products_db, LI)
    assert case.status is CaseStatus.RESOLVED and case.outcome.startswith("products arrived")
    with products_db.session() as s:
        assert s.scalar(sa.select(sa.func.count(PendingLine.id))) == 0
        assert s.scalar(sa.select(AuditLog.action).where(AuditLog.entity_id == LI)) == "pending_resolved"


def test_reimport_still_unknown_changes_nothing_and_a_fixed_sku_clears_the_hold(products_db, tmp_path):
    path = orders_with(tmp_path, edit=lambda rows: rows[2].__setitem__(SKU, "SK10-BK-F"))
    import_file(products_db, path)
    again = import_file(products_db, orders_with(tmp_path, "day2.csv", encoding="gb18030",  # the same, re-exported
                                                 edit=lambda rows: rows[2].__setitem__(SKU, "SK10-BK-F")))
    assert again.orders_updated == 0 and again.orders_skipped == 3 and again.waiting == {"SK10-BK-F": [LI]}
    fixed = import_file(products_db, orders_with(tmp_path, "day3.csv"))   # the shop corrected the SKU
    assert fixed.waiting == {} and fixed.orders_updated == 1
    assert [ln[:2] for ln in order(products_db, LI)["lines"]] == [("SK10-WH-F", 5)]
    assert case_of(products_db, LI).status is CaseStatus.RESOLVED


def test_a_supervisor_names_a_blank_line_or_drops_a_postage_link(products_db, tmp_path):
    from app.models import Role
    from app.services import auth

    def edit(rows):
        rows[1][SKU] = ""
        rows.append(rows[2][:])
        rows[-1][SKU], rows[-1][TITLE], rows[-1][QTY] = "", "补邮费 专拍链接", "1"
    import_file(products_db, orders_with(tmp_path, edit=edit))
    with products_db.session() as s:
        auth.add_operator(s, "S01", "李静", "999999", Role.SUPERVISOR, "B9001")
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
    sup, packer = who(products_db, "S01"), who(products_db, "B1001")
    waiting = {p.order_no: p for p in pending_lines.list_pending(products_db)}
    assert set(waiting) == {WANG, LI}
    with pytest.raises(Exception):          # a packer may not
        pending_lines.drop(products_db, packer, waiting[LI].id, "邮费链接")
    with pytest.raises(LedgerError, match="a reason is required"):
        pending_lines.drop(products_db, sup, waiting[LI].id, "")
    with pytest.raises(LedgerError, match="no product with SKU or barcode NOPE"):
        pending_lines.assign_sku(products_db, sup, waiting[WANG].id, "NOPE", "店铺漏填编码")
    pending_lines.drop(products_db, sup, waiting[LI].id, "邮费链接，不是商品")
    assert case_of(products_db, LI).status is CaseStatus.RESOLVED
    # the item in hand, scanned: its barcode names the product
    assert pending_lines.assign_sku(products_db, sup, waiting[WANG].id, "6901234567922", "店铺漏填编码") == [WANG]
    assert [ln[:2] for ln in order(products_db, WANG)["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 2)]
    with products_db.session() as s:
        acts = s.scalars(sa.select(AuditLog.action).where(AuditLog.action.like("pending_%"))
                         .order_by(AuditLog.id)).all()
    assert acts == ["pending_drop", "pending_assign", "pending_resolved"]


def test_a_malformed_sku_still_refuses_the_whole_file(products_db, tmp_path):
    from app.services.importing import ImportRejected
    with pytest.raises(ImportRejected) as exc:
        import_file(products_db, orders_with(tmp_path, edit=lambda rows: rows[2].__setitem__(SKU, "6.9E+12")))
    assert "day.csv, row 4, column 商家编码 (N)" in str(exc.value)
    with products_db.session() as s:
        assert s.scalar(sa.select(sa.func.count(Order.id))) == 0


def test_the_cli_summary_names_every_sku_and_order(products_db, tmp_path):
    from app.cli import import_summary as _summary
    def edit(rows):
        rows[2][SKU] = "SK10-BK-F"
        rows[3][SKU] = "SK10-BK-F"
    res = import_file(products_db, orders_with(tmp_path, edit=edit))
    text = _summary(res)
    assert "waiting for products not in the product list (2 orders held until they are added):" in text
    assert "  SK10-BK-F: 2942657773599346748, 231675287119647040" in text
