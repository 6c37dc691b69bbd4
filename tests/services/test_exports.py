"""Exports (XLSX and CSV) neutralise every cell a spreadsheet would run as a formula, whatever comes before the
formula sign, and leave numbers and plain text alone."""
import csv
import io

import pytest
from openpyxl import load_workbook

from app.services.reporting import csv_bytes, neutralise, xlsx_bytes

FORMULAS = ["=1+1", " =1+1", "\n=HYPERLINK(\"http://x\")", "\t=1", "\r=1", "  \n @SUM(A1)", "+1+1", " -2+3",
            "＝1+1", "＋1", "－1", "＠SUM(A1)", "\u3000=1", "\u00a0=1", "\ufeff=1", "-cmd|' /C calc'!A0"]
PLAIN = ["王芳", "a=b", "13812345678", "SF1234567890", " 12 ", "", "1-2"]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_behind_blanks_or_in_full_width_is_neutralised(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_and_numbers_pass(text):
    assert neutralise(text) == text
    assert neutralise(-5) == -5 and neutralise(None) is None


def test_both_export_helpers_neutralise_every_cell_and_header():
    headers = [" =header", "name"]
    rows = [[f, "ok"] for f in FORMULAS]
    ws = load_workbook(io.BytesIO(xlsx_bytes([("s", headers, rows)]))).active
    cells = [c.value for c in ws["A"]]
    assert cells[0] == "' =header"
    assert all(v.startswith("'") for v in cells[1:]), cells
    assert all(ws.cell(i, 1).data_type == "s" for i in range(1, ws.max_row + 1)), "stored as text, not formulas"
    read = list(csv.reader(io.StringIO(csv_bytes(headers, rows).decode("utf-8-sig"))))
    assert read[0][0] == "' =header"
    assert [r[0] for r in read[1:]] == ["'" + f for f in FORMULAS]
