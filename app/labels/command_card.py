"""The command card (指令条码卡): one A4 page with a barcode for every packer action (app.domain.commands), each
named in Chinese and English with the key it stands for, to pin at the station. Print it from the desk or with
``packstation commands card FILE.pdf``."""
from __future__ import annotations

from app.domain.commands import CARD, Command, barcode

# (Chinese, English, the key at the packing screen)
CAPTIONS: dict[Command, tuple[str, str, str]] = {
    Command.ACK: ("确认错误", "Acknowledge the error", "Space"),
    Command.CHECK: ("人工核对完成", "Manual check done", "Space"),
    Command.SIGN_OFF: ("签收并打印面单", "Sign off and print", "F12"),
    Command.NOT_PRINTED: ("面单没有出来，重打", "Label did not come out: print again", "Ctrl+P"),
    Command.CLOSE_PARCEL: ("封箱（子母件，本箱先称重打印）", "Close this parcel (multi-parcel)", "F4"),
    Command.PUT_BACK: ("放回订单（连扫两次确认）", "Put the order back (scan twice)", "Esc"),
    Command.SIGN_OUT: ("签退", "Sign out", "Ctrl+Q"),
    Command.QTY: ("本行共 {n} 件", "This line: {n} in all", "F2"),
}


def caption(command: Command, qty: int | None = None) -> tuple[str, str, str]:
    zh, en, key = CAPTIONS[command]
    return zh.format(n=qty), en.format(n=qty), key


def command_card_pdf(station: str = "") -> bytes:
    """The card as a one-page A4 PDF (Chinese font embedded; barcodes as vector Code 128): the actions in two
    columns, the quantities in three (each barcode with its quiet zones inside its own cell)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from .documents import Code128Flowable, _build, _esc, _styles

    st = _styles()
    big = ParagraphStyle("cmd", parent=st["base"], fontSize=13, leading=16)

    def cell(command: Command, qty: int | None, module_mm: float):
        zh, en, key = caption(command, qty)
        return [Paragraph(f"<b>{_esc(zh)}</b>", big), Paragraph(f"{_esc(en)} · {_esc(key)}", st["small"]),
                Spacer(1, 1.5 * mm), Code128Flowable(barcode(command, qty), height_mm=10, module_mm=module_mm,
                                                     font=st["font"])]

    def grid(cells, columns: int, width_mm: float):
        rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
        rows[-1] += [""] * (columns - len(rows[-1]))
        table = Table(rows, colWidths=[width_mm / columns * mm] * columns)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    actions = [cell(c, q, 0.33) for c, q in CARD if c is not Command.QTY]
    quantities = [cell(c, q, 0.28) for c, q in CARD if c is Command.QTY]
    title = "打包指令条码卡 Packing command card" + (f" · {station}" if station else "")
    story = [Paragraph(_esc(title), st["title"]),
             Paragraph(_esc("扫描条码即执行，双手不离包裹。Scan a code to act; hands stay on the parcel."), st["base"]),
             Spacer(1, 3 * mm), grid(actions, 2, 190), Spacer(1, 4 * mm),
             Paragraph(_esc("数量：先扫一件，再扫本行共几件（是总数，不是再加几件）。"
                            "Quantity: scan one item, then the line's total (not units to add)."), st["h2"]),
             grid(quantities, 3, 190)]
    return _build(story, A4, title, "PackStation", margins_mm=(10, 10, 10, 12))
