"""Month-end courier bill: a bill with known discrepancies of every kind, bad bills refused naming file, row
and column, the exports (dispute XLSX, summary PDF), and claims deducted once."""
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.domain.permissions import Forbidden
from app.models import AuditLog, Claim
from app.services import bills, claims
from app.services.reporting import LedgerError, today
from tests.services.test_ledger_day import day  # noqa: F401  (fixture)

BILLS = Path(__file__).resolve().parent.parent / "fixtures" / "bills"
MAPPING = {"waybill": "运单号", "weight": "计费重量(kg)", "amount": "运费(元)", "province": "目的省",
           "date": "发件日期", "weight_unit": "kg"}
RATES = {"default": {"first_g": 1000, "first": "8.00", "per_kg": "4.00"},
         "zones": [{"name": "江浙沪", "provinces": ["浙江省", "江苏省", "上海市"], "first_g": 1000,
                    "first": "3.00", "per_kg": "1.50"}]}


def month():
    return f"{today():%Y-%m}"


def setup_courier(day):
    bills.save_mapping(day.db, day.sup, "ZTO", MAPPING, "中通月结账单格式")
    bills.save_rate_card(day.db, day.sup, "ZTO", RATES, "2025 合同价")
    bills.save_tolerance(day.db, day.sup, 100, "0.50", "合同约定")


def test_rate_card_first_weight_and_each_additional_kg_per_zone():
    card = bills.parse_rate_card(RATES)
    assert card.price(1000, "浙江省") == Decimal("3.00")
    assert card.price(1001, "浙江") == Decimal("4.50")
    assert card.price(2500, "上海市") == Decimal("6.00")
    assert card.price(500, "广东省") == Decimal("8.00")
    assert card.price(3200, "新疆维吾尔自治区") == Decimal("20.00")
    with pytest.raises(LedgerError):
        bills.parse_rate_card({"zones": []})


@pytest.mark.parametrize("name", ["zto_month.xlsx", "zto_month_gbk.csv"])
def test_reconciliation_finds_every_kind_of_discrepancy(day, name):
    setup_courier(day)
    wb = day.waybill
    claims.open_claim(day.db, day.sup, wb["T3"], "lost", "快递丢件 lost in transit", "239")
    claims.open_claim(day.db, day.sup, wb["T5"], "undeliverable", "地址错误 退回")
    bill = bills.import_bill(day.db, day.sup, "ZTO", BILLS / name, month())
    assert (bill.rows, bill.total_amount) == (7, Decimal("30.50")), "the bill's own total line is skipped"
    rec = bills.reconcile(day.db, bill.id)
    kinds = {k: [(d.waybill_no, d.row_no, d.amount_diff) for d in rec.of(k)] for k in bills.KIND_ZH}
    assert kinds[bills.WEIGHT] == [(wb["T2"], 4, Decimal("1.50"))]
    assert rec.of(bills.WEIGHT)[0].weight_diff_g == 1300 - 740
    assert kinds[bills.PRICE] == [(wb["T3"], 5, Decimal("3.00"))]
    assert kinds[bills.DUPLICATE] == [(wb["T5"], 7, Decimal("3.00"))]
    assert kinds[bills.NOT_SHIPPED] == [(day.void_waybill, 8, Decimal("3.00")), ("77319999999999", 9, Decimal("8.00"))]
    assert kinds[bills.NOT_BILLED] == [(wb["T6"], None, Decimal("0"))]
    assert kinds[bills.DEDUCTION] == [(wb["T3"], None, Decimal("239.00")), (wb["T5"], None, Decimal("3.00"))]
    assert rec.matched == 4 and rec.expected_total == Decimal("12.00") and rec.billed_total == Decimal("30.50")
    assert rec.overbilled == Decimal("18.50") and rec.deductions == Decimal("242.00")
    assert rec.payable == Decimal("30.50") - Decimal("18.50") - Decimal("242.00")
    assert wb["T1"] not in {d.waybill_no for d in rec.differences}, "a right line is not a difference"


def test_dispute_list_xlsx_neutralises_formulas_and_masks_phones(day):
    setup_courier(day)
    bill = bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month_gbk.csv", month())
    data = bills.disputes_xlsx(day.db, day.sup, bill.id)
    ws = load_workbook(io.BytesIO(data))["差异 Disputes"]
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    by_waybill = {r[1]: dict(zip(header, r)) for r in rows[1:]}
    assert by_waybill["77319999999999"]["省份 Province"].startswith("'="), "formula neutralised"
    phone = by_waybill[day.waybill["T2"]]["电话 Phone"]
    assert phone.endswith("5678") and "1381234" not in phone, "a supervisor sees masked phones"
    full = bills.disputes_xlsx(day.db, day.admin, bill.id)
    rows = list(load_workbook(io.BytesIO(full))["差异 Disputes"].iter_rows(values_only=True))
    assert "13812345678" in [r[13] for r in rows], "an admin may see them"
    for r in rows:
        for v in r:
            assert not (isinstance(v, str) and v[:1] in "=+-@"), v
    pdf = bills.summary_pdf(day.db, day.sup, bill.id)
    assert pdf.startswith(b"%PDF")


def test_closing_the_bill_marks_claims_deducted_once(day):
    setup_courier(day)
    claims.open_claim(day.db, day.sup, day.waybill["T3"], "lost", "lost in transit", "239")
    bill = bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month.xlsx", month())
    rec = bills.close_bill(day.db, day.sup, bill.id, "对账完成 settled")
    assert rec.deductions == Decimal("239.00")
    with pytest.raises(LedgerError, match="closed"):
        bills.close_bill(day.db, day.sup, bill.id, "again")
    with day.db.session() as s:
        assert s.scalar(select(Claim.deducted_bill_id)) == bill.id
        a = s.scalar(select(AuditLog).where(AuditLog.action == "close_bill"))
        assert a.actor_id == day.sup.id and json.loads(a.after)["deductions"] == "239.00"
    second = bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month_gbk.csv", month())
    assert bills.reconcile(day.db, second.id).of(bills.DEDUCTION) == [], "not deducted twice"


def test_the_same_file_is_not_imported_twice_and_a_mapping_is_needed(day):
    with pytest.raises(LedgerError, match="mapping"):
        bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month.xlsx", month())
    setup_courier(day)
    bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month.xlsx", month())
    with pytest.raises(LedgerError, match="already imported"):
        bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month.xlsx", month())
    assert bills.get_mapping(day.db, "ZTO") == MAPPING
    assert [b.rows for b in bills.list_bills(day.db, "ZTO")] == [7]


@pytest.mark.parametrize("name,row,column,problem", [
    ("bad_weight_gbk.csv", 3, "计费重量(kg)", "'一公斤' is not a number"),
    ("bad_waybill_utf8.csv", 4, "运单号", "is not a waybill number"),
    ("missing_column.xlsx", 1, "运费(元)", "column not found"),
    ("empty_amount.xlsx", 3, "运费(元)", "empty amount"),
    ("not_text.csv", None, None, "neither UTF-8 nor GBK"),
])
def test_bad_bills_are_refused_whole_naming_file_row_and_column(day, name, row, column, problem):
    setup_courier(day)
    with pytest.raises(bills.BillError) as e:
        bills.import_bill(day.db, day.sup, "ZTO", BILLS / name, month())
    err = e.value
    assert (err.file, err.row, err.column) == (name, row, column)
    assert problem in str(err) and name in str(err)
    if row is not None:
        assert f"row {row}" in str(err)
    assert bills.list_bills(day.db) == [], "nothing of a bad bill is kept"


def test_bad_bill_message_names_the_column_letter(day):
    with pytest.raises(bills.BillError, match=r"row 3, column '计费重量\(kg\)' \(D\)"):
        bills.read_bill((BILLS / "bad_weight_gbk.csv").read_bytes(), "bad_weight_gbk.csv", MAPPING)
    with pytest.raises(bills.BillError, match="not '.xls'"):
        bills.read_bill(b"whatever", "old.xls", MAPPING)


def test_grams_bills_and_a_fixed_header_row():
    data = "单号,重量g,金额\r\n77310000000001,220,3\r\n".encode("utf-8")
    rows = bills.read_bill(data, "g.csv", {"waybill": "单号", "weight": "重量g", "amount": "金额",
                                           "weight_unit": "g", "header_row": 1})
    assert [(r.row_no, r.weight_g, r.amount) for r in rows] == [(2, 220, Decimal("3.00"))]
    assert bills.peek(data, "g.csv")[0] == ["单号", "重量g", "金额"]


def test_bills_refused_to_a_packer(day):
    with pytest.raises(Forbidden):
        bills.save_mapping(day.db, day.packer1, "ZTO", MAPPING, "format")
    setup_courier(day)
    with pytest.raises(Forbidden):
        bills.import_bill(day.db, day.packer1, "ZTO", BILLS / "zto_month.xlsx", month())
    bill = bills.import_bill(day.db, day.sup, "ZTO", BILLS / "zto_month.xlsx", month())
    with pytest.raises(Forbidden):
        bills.disputes_xlsx(day.db, day.packer1, bill.id)
    with day.db.session() as s:
        keys = [a.entity_id for a in s.scalars(select(AuditLog).where(AuditLog.action == "change_setting"))]
        assert keys == ["bill_mapping:ZTO", "rate_card:ZTO", "bill_tolerance"]
        assert s.scalar(select(AuditLog).where(AuditLog.action == "import_bill")).actor_id == day.sup.id
