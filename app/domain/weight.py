"""Expected parcel weight and the tolerance check (seed 002: 查快递单称重重量)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tolerance:
    """A weight is accepted when it is within `abs_g` grams OR `pct` percent of the expected weight,
    whichever allows more (small parcels need the absolute band, heavy ones the percentage)."""

    abs_g: int = 50
    pct: float = 5.0

    def __post_init__(self) -> None:
        if self.abs_g < 0:
            raise ValueError("tolerance abs_g must be ≥ 0")
        if not 0 <= self.pct <= 100:
            raise ValueError("tolerance pct must be between 0 and 100")

    def allowed(self, expected_g: int) -> int:
        return max(self.abs_g, round(expected_g * self.pct / 100))

    def check(self, measured_g: int, expected_g: int) -> int:
        """0 when accepted; otherwise the signed difference (+ heavier, − lighter) in grams."""
        diff = measured_g - expected_g
        return 0 if abs(diff) <= self.allowed(expected_g) else diff


def expected_weight(lines: list[tuple[int, int]], carton_g: int) -> int:
    """Σ SKU weight × quantity + the carton's weight; `lines` are (weight_g, qty)."""
    return sum(w * q for w, q in lines) + carton_g
