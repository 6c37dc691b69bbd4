"""发货回传: a shop's shipped orders in its platform's batch-shipping format; nothing twice, nothing missed, a
re-issued waybill exported again as a change."""
import csv
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.domain.permissions import Forbidden
from app.models import Order, OrderLine, Product, ShipmentExportLine
from app.services import supervisor as sv
from app.services.reporting import today
from app.services.shipments_export import ExportError, export_shipments, summary
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who


def _order(db, no, shop_name):
    with db.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == "TS-BLK-M"))
        o = Order(order_no=no, shop=shop_name, recipient_name="陈小明", phone="13812345678", province="浙江省",
                  city="杭州市", address="文三路478号")
        o.lines.append(OrderLine(line_no=1, product_id=pid, qty=1))
        s.add(o)


def _pack(st, no):
    st.scan(no)
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(225, True)
    state = st.sign_off()
    assert state.waybill_no, state
    return state.waybill_no


@pytest.fixture
def shipped(shop):
    _order(shop, "311707831015822858", "小美旗舰店")
    _order(shop, "JD100200300", "二号店")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    wb = {no: _pack(st, no) for no in ("T1", "311707831015822858", "JD100200300")}
    return shop, st, wb


def _csv(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("gb18030"))))


def test_the_taobao_file_has_its_columns_and_each_order_once(shipped, tmp_path):
    db, _st, wb = shipped
    sup = who(db, "B9001")
    r = export_shipments(db, sup, "XM", today(), today(), tmp_path / "taobao.csv")
    rows = _csv(tmp_path / "taobao.csv")
    assert rows[0] == ["订单编号", "物流公司", "运单号"]
    # T1 names no shop: the default shop's (小美旗舰店); the 二号店 order is not in this shop's file
    assert sorted(rows[1:]) == sorted([["T1", "中通快递", wb["T1"]],
                                       ["311707831015822858", "中通快递", wb["311707831015822858"]]])
    assert r.export_id and not any(x.change for x in r.rows)
    again = export_shipments(db, sup, "小美旗舰店", today(), today(), tmp_path / "again.csv")
    assert again.path is None and again.already == 2 and not (tmp_path / "again.csv").exists()
    assert "nothing new to export" in summary(again) and "2 exported before" in summary(again)
    lost = export_shipments(db, sup, "XM", today(), today(), tmp_path / "lost.csv", again=True)
    assert len(_csv(tmp_path / "lost.csv")) == 3 and len(lost.rows) == 2
    with db.session() as s:  # written again, recorded once
        assert len(s.scalars(select(ShipmentExportLine)).all()) == 2


def test_a_reissued_waybill_is_exported_again_as_a_change(shipped, tmp_path):
    db, st, wb = shipped
    sup = who(db, "B9001")
    export_shipments(db, sup, "XM", today(), today(), tmp_path / "first.csv")
    sv.void_waybill(db, sup, wb["T1"], "面单破损 torn")
    export_shipments(db, sup, "XM", today(), today(), tmp_path / "between.csv")
    assert not (tmp_path / "between.csv").exists(), "a voided order not shipped again has nothing to tell"
    new = _pack(st, "T1")
    r = export_shipments(db, sup, "XM", today(), today(), tmp_path / "change.csv")
    assert [(x.order_no, x.waybill_no, x.change) for x in r.rows] == [("T1", new, True)]
    assert _csv(tmp_path / "change.csv")[1] == ["T1", "中通快递", new]
    assert "1 of them a changed waybill" in summary(r)


def test_jd_as_xlsx_with_the_order_number_as_text(shipped, tmp_path):
    db, _st, wb = shipped
    r = export_shipments(db, who(db, "B9001"), "ER", today(), today(), tmp_path / "jd.xlsx")
    ws = load_workbook(tmp_path / "jd.xlsx").active
    assert [[c.value for c in row] for row in ws.iter_rows()] == [
        ["订单号", "物流公司", "运单号"], ["JD100200300", "中通快递", wb["JD100200300"]]]
    assert r.platform == "jd"


def test_orders_shipped_before_the_range_and_never_exported_are_counted(shipped, tmp_path):
    db, _st, _wb = shipped
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        o.shipped_at = o.shipped_at - timedelta(days=2)
    r = export_shipments(db, who(db, "B9001"), "XM", today(), today(), tmp_path / "today.csv")
    assert [x.order_no for x in r.rows] == ["311707831015822858"] and r.older_unexported == 1
    assert "1 order shipped before" in summary(r)
    r = export_shipments(db, who(db, "B9001"), "XM", today() - timedelta(days=3), today(), tmp_path / "range.csv")
    assert [x.order_no for x in r.rows] == ["T1"] and r.older_unexported == 0


def test_bad_requests_are_refused_and_a_packer_may_not(shipped, tmp_path):
    db, _st, _wb = shipped
    sup = who(db, "B9001")
    with pytest.raises(ExportError, match="no shop NOPE"):
        export_shipments(db, sup, "NOPE", today(), today(), tmp_path / "x.csv")
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_shipments(db, sup, "XM", today(), today(), tmp_path / "x.txt")
    with pytest.raises(ExportError, match="ends"):
        export_shipments(db, sup, "XM", today(), today() - timedelta(days=1), tmp_path / "x.csv")
    with pytest.raises(ExportError, match="no folder"):
        export_shipments(db, sup, "XM", today(), today(), tmp_path / "nope" / "x.csv")
    with pytest.raises(Forbidden):
        export_shipments(db, who(db, "B1001"), "XM", today(), today(), tmp_path / "x.csv")
    assert not list(tmp_path.glob("*.csv"))
