"""The desk's ledger tabs driven through their widgets on a day of real pack flows."""
import pytest

from app.services import auth
from app.services.station import StationService
from app.ui.desk import DeskWindow
from tests.fakes import RecordingPrinter, fake_render

pytestmark = pytest.mark.both_dbs  # every desk screen works on the shared server too


@pytest.fixture
def day(shop):
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    return shop, st.sign_off().waybill_no


@pytest.fixture
def desk(qtbot, day):
    db, _ = day
    with db.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    w = DeskWindow(db, sup)
    qtbot.addWidget(w)
    return w


def test_dock_scan_into_a_pickup_and_the_manifest(desk, day):
    _, wb = day
    tab = desk.tab("pickups")
    desk.tabs.setCurrentWidget(tab)
    tab.courier.setText("ZTO")
    tab.open()
    assert tab.pickup is not None
    desk.on_scan(wb)
    assert tab.last.text().startswith("OK") and tab.pickup.count == 1
    desk.on_scan(wb)
    assert "REFUSED" in tab.last.text(), "the same parcel twice is refused loudly"
    desk.on_scan("NOT-A-PARCEL-1")
    assert "REFUSED" in tab.last.text()
    tab.person.setText("快递员 小李")
    tab.close_pickup()
    assert tab.last_document.read_bytes().startswith(b"%PDF")


def test_stubs_count_against_the_handover(desk, day):
    _, wb = day
    pk = desk.tab("pickups")
    pk.open()
    pk.on_scan(wb)
    pk.close_pickup()
    tab = desk.tab("stubs")
    desk.tabs.setCurrentWidget(tab)
    tab.refresh()
    assert "missing 1" in tab.summary.text()
    desk.on_scan(wb)
    assert "matched 1" in tab.summary.text() and "missing 0" in tab.summary.text()
    desk.on_scan("77319999999999")
    assert "unknown 1" in tab.summary.text()


def test_claim_and_figures(desk, day):
    _, wb = day
    tab = desk.tab("claims")
    tab.waybill.setText(wb)
    tab.kind.setCurrentIndex(0)
    tab.reason.setText("courier lost it")
    tab.amount.setText("120.00")
    tab.open_claim()
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    tab.evidence()
    assert tab.last_document.read_bytes().startswith(b"%PDF")
    fig = desk.tab("figures")
    fig.refresh()
    assert fig.table.rowCount() >= 1
    fig.by.setCurrentIndex(fig.by.findData("packer"))
    fig.refresh()
    assert fig.table.rowCount() >= 1
    fig.export("xlsx")
    assert fig.last_document.suffix == ".xlsx"


def test_supplies_tab_lists_label_rolls(desk):
    tab = desk.tab("supplies")
    assert tab.table.rowCount() >= 1


def test_packing_slip_from_the_orders_tab(desk, day):
    from pypdf import PdfReader
    import io

    assert desk.tab("orders").open("T1")
    desk.tab("orders").act(desk.tab("orders").packing_slip, "")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(desk.last_document.read_bytes())).pages)
    assert "T1" in text and day[1] in text and "TS01" in text


def test_month_end_bill_from_the_screen_alone(desk, day, tmp_path):
    """Mapping and rate card set on the screen, the courier's bill imported, differences shown, exported."""
    import csv

    _, wb = day
    tab = desk.tab("bills")
    tab.courier.setText("ZTO")
    for key, header in (("waybill", "运单号"), ("weight", "计费重量(kg)"), ("amount", "运费"), ("province", "目的省")):
        tab.map_edits[key].setText(header)
    tab.save_mapping()
    tab.first_g.setValue(1000)
    tab.first.setText("5.00")
    tab.per_kg.setText("2.00")
    tab.save_rate_card()
    bill = tmp_path / "zto.csv"
    with open(bill, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["运单号", "计费重量(kg)", "运费", "目的省"])
        w.writerow([wb, "3.0", "9.00", "浙江省"])           # we weighed 0.2 kg: billed heavy
        w.writerow(["77319999999999", "1.0", "5.00", "江苏省"])  # we never shipped it
    tab.import_bill(str(bill))
    kinds = {tab.table.item(r, 0).text() for r in range(tab.table.rowCount())}
    assert {"weight", "not_shipped"} <= kinds
    tab.disputes()
    assert tab.last_document.suffix == ".xlsx"
