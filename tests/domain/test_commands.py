"""Command barcodes: parsed only with their prefix, never mistaken for an item, every card code decodes."""
import pytest
import zxingcpp
from pypdf import PdfReader

from app.domain import commands as cmd
from app.domain.commands import Command
from app.labels.command_card import command_card_pdf
from tests.pdfimage import pdf_page_image


def test_every_command_round_trips_through_its_barcode_text():
    for command, qty in cmd.CARD:
        assert cmd.parse(cmd.barcode(command, qty)) == cmd.CommandScan(command, qty)
    assert cmd.parse(" pscmd.ack \r") == cmd.CommandScan(Command.ACK), "case and whitespace from the scanner"


@pytest.mark.parametrize("code", ["6900000000011", "TS-BLK-M", "T1", "PS-T1", "PSCMD", "B1001", ""])
def test_product_order_and_badge_codes_are_not_commands(code):
    assert cmd.parse(code) is None and not cmd.is_reserved(code)


@pytest.mark.parametrize("code", ["PSCMD.", "PSCMD.NOPE", "PSCMD.ACK.1", "PSCMD.QTY", "PSCMD.QTY.0",
                                  "PSCMD.QTY.10000", "PSCMD.QTY.٣", "PSCMD.QTY.1e2", "PSCMD.QTY.-1"])
def test_a_damaged_command_is_refused_never_an_item(code):
    assert cmd.is_reserved(code)
    with pytest.raises(cmd.BadCommand):
        cmd.parse(code)


def test_the_prefix_types_without_shift_and_fits_code128_set_b():
    assert all(ch.isupper() or ch.isdigit() or ch == "." for ch in cmd.PREFIX)
    for command, qty in cmd.CARD:
        assert all(32 <= ord(ch) < 127 for ch in cmd.barcode(command, qty))


def test_the_command_card_is_one_page_in_both_languages_and_every_code_scans():
    pdf = command_card_pdf("PACK-01")
    reader = PdfReader(__import__("io").BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for zh, en in (("确认错误", "Acknowledge"), ("签收并打印面单", "Sign off and print"), ("放回订单", "Put the order back"),
                   ("面单没有出来", "did not come out"), ("本行共 12 件", "12 in all")):
        assert zh in text and en in text
    found = {r.text for r in zxingcpp.read_barcodes(pdf_page_image(pdf, 200))}
    assert found == {cmd.barcode(c, q) for c, q in cmd.CARD}
