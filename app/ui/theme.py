"""Sizes and colours for a screen read from two metres away, hands full."""
from __future__ import annotations

from PySide6.QtGui import QFont

FONT_FAMILY = "WenQuanYi Micro Hei"

# Point sizes (a 1080p screen at two metres: 28 px text is the smallest a packer reads without leaning in).
HUGE = 40
BIG = 28
MEDIUM = 22
SMALL = 16

COLOURS = {
    "scan": "#0b5394",      # scanning: blue
    "check": "#7f6000",     # manual check: dark amber
    "weigh": "#b45f06",     # weighing: orange
    "ready": "#38761d",     # ready to sign off / done: green
    "error": "#cc0000",     # errors: red
    "idle": "#333333",
    "done_row": "#d9ead3",
    "current_row": "#fff2cc",
    "flag_none": "#999999",
    "flag_green": "#38761d",
    "flag_yellow": "#e6b800",
    "flag_blue": "#1155cc",
    "flag_purple": "#741b47",
}


def font(size: int, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPointSize(size)
    f.setBold(bold)
    return f


# No font rule for QWidget here: a style sheet font beats setFont(), and the big labels set their own.
STYLESHEET = f"""
QTableWidget {{ font-size: {MEDIUM}pt; gridline-color: #bbbbbb; }}
QHeaderView::section {{ font-size: {SMALL}pt; font-weight: bold; padding: 6px; background: #eeeeee; }}
QLineEdit {{ font-size: {MEDIUM}pt; padding: 6px; }}
QPushButton {{ font-size: {SMALL}pt; padding: 8px 14px; }}
"""
