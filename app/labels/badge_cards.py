"""Badge cards (工牌): one card per operator, the size of a bank card (85.6 × 54 mm), ten to an A4 page with cut
lines, each with the name, the operator code, the role in Chinese and English and the badge as Code 128 (the
packer scans it to sign on, and at the end of a parcel to sign it off). Made by app.services.operators."""
from __future__ import annotations

from dataclasses import dataclass

CARD_MM = (85.6, 54.0)
ROLES = {"packer": ("打包员", "Packer"), "supervisor": ("主管", "Supervisor"), "admin": ("管理员", "Administrator")}


@dataclass(frozen=True)
class BadgeCard:
    name: str
    code: str
    role: str   # packer, supervisor, admin
    badge: str


def badge_cards_pdf(cards: list[BadgeCard]) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from .code128 import modules
    from .documents import Code128Flowable, _build, _esc, _styles

    st = _styles()
    name_style = ParagraphStyle("badge_name", parent=st["base"], fontSize=20, leading=25, alignment=1)
    head_style = ParagraphStyle("badge_head", parent=st["small"], alignment=1, textColor=colors.grey)
    line_style = ParagraphStyle("badge_line", parent=st["base"], fontSize=10, leading=13, alignment=1)
    width, height = CARD_MM

    def card(c: BadgeCard):
        zh, en = ROLES.get(c.role, (c.role, c.role))
        module_mm = min(0.38, (width - 8) / (len(modules(c.badge)) + 20))  # a long badge still fits the card
        bars = Table([[Code128Flowable(c.badge, height_mm=12, module_mm=module_mm, font=st["font"])]],
                     colWidths=[(width - 4) * mm])
        bars.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [Paragraph(_esc("PackStation 工牌 · Badge"), head_style),
                Paragraph(f"<b>{_esc(c.name)}</b>", name_style),
                Paragraph(_esc(f"{zh} {en} · {c.code}"), line_style),
                Spacer(1, 2 * mm), bars]

    cells = [card(c) for c in cards]
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) < 2:
        rows[-1].append("")
    table = Table(rows, colWidths=[width * mm] * 2, rowHeights=[height * mm] * len(rows))
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    for r, row in enumerate(rows):  # cut lines round every card, none round an empty cell
        for col, cell in enumerate(row):
            if cell:
                style.append(("BOX", (col, r), (col, r), 0.4, colors.grey))
    table.setStyle(TableStyle(style))
    return _build([table], A4, "工牌 Badge cards", "PackStation 工牌 Badge cards · 沿灰线剪下 cut along the grey lines",
                  margins_mm=(19, 19, 10, 12))
