"""USB HID scales (HID Point of Sale usage page 0x8D: Dymo M5/M10/M25, Mettler Toledo PS60/PS-series,
Stamps.com, Fairbanks Ultegra …): the scale sends 6-byte input reports on its interrupt IN endpoint.

    byte 0  report id: 3 (scale data report)
    byte 1  status: 1 fault · 2 stable at zero · 3 in motion · 4 stable · 5 under zero · 6 over the weight
            limit · 7 requires calibration · 8 requires re-zeroing
    byte 2  unit: 1 mg · 2 g · 3 kg · 4 carat · 6 grain · 7 pennyweight · 8 tonne · 9 short ton ·
            10 troy ounce · 11 ounce · 12 pound
    byte 3  exponent, signed (0xFF = -1: a Dymo in ounces sends tenths)
    byte 4-5  weight, unsigned little-endian, times 10**exponent (under zero: the magnitude)
"""
from __future__ import annotations

from decimal import Decimal

from .core import OVERLOAD, UNDERZERO, Parsed, Sample, bad_frame, scale_error, to_grams

REPORT_ID = 3
MAX_EXPONENT = 6
DYMO = (0x0922, 0x8003)

HID_UNITS: dict[int, Decimal] = {
    1: Decimal("0.001"), 2: Decimal(1), 3: Decimal(1000), 4: Decimal("0.2"), 6: Decimal("0.06479891"),
    7: Decimal("1.55517384"), 8: Decimal(1_000_000), 9: Decimal("907184.74"), 10: Decimal("31.1034768"),
    11: Decimal("28.349523125"), 12: Decimal("453.59237"),
}
STATUS = {1: "fault", 2: "stable at zero", 3: "in motion", 4: "stable", 5: "under zero", 6: "overweight",
          7: "requires calibration", 8: "requires re-zeroing"}


def parse(report: bytes) -> Parsed:
    if len(report) < 6 or report[0] != REPORT_ID:
        return None
    status, unit, exp = report[1], report[2], report[3]
    exp = exp - 256 if exp > 127 else exp
    raw = report[4] | report[5] << 8
    if status == 2:
        return Sample(0, True)
    if status in (1, 7, 8):
        return scale_error(STATUS[status])
    if status == 6:
        return Sample(None, False, OVERLOAD, STATUS[status], reason="overload")
    if status not in (3, 4, 5):
        return bad_frame(f"status {status}")
    factor = HID_UNITS.get(unit)
    if factor is None:
        return bad_frame(f"unit {unit}")
    if not -MAX_EXPONENT <= exp <= MAX_EXPONENT:  # a scale's resolution is never 10^-128 or 10^100 of a unit
        return bad_frame(f"exponent {exp}")
    grams = to_grams(Decimal(raw).scaleb(exp) * factor, "g")
    if status == 5:  # under zero: the report carries the magnitude
        return Sample(-grams if grams else grams, False, UNDERZERO, STATUS[status], reason="underzero")
    return Sample(grams, status == 4)
