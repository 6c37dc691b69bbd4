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


# Learned weights: what parcels of the same SKU mix in the same carton really weighed. SKU weights on file
# are often wrong or missing; the parcels that went out before are not. Only weights that were accepted
# without a supervisor's override are learned from.
MIN_HISTORY = 3      # earlier parcels needed before the history is trusted
HISTORY_SIZE = 50    # the most recent parcels are enough
SIGMAS = 2.0


@dataclass(frozen=True)
class Learned:
    """The history of one SKU mix: mean and standard deviation of `n` earlier parcels, in grams."""

    mean_g: int
    sd_g: float
    n: int

    def allowed(self, tolerance: Tolerance) -> int:
        """How far from the mean a weight may be: more than 2σ AND more than the tolerance is flagged."""
        return max(round(SIGMAS * self.sd_g), tolerance.allowed(self.mean_g))

    def check(self, measured_g: int, tolerance: Tolerance) -> int:
        """0 when accepted; otherwise the signed difference from the mean (+ heavier, − lighter)."""
        diff = measured_g - self.mean_g
        return 0 if abs(diff) <= self.allowed(tolerance) else diff


def learn(weights: list[int]) -> Learned | None:
    """The history of earlier parcels' weights (grams), or None with fewer than MIN_HISTORY."""
    if len(weights) < MIN_HISTORY:
        return None
    n = len(weights)
    mean = sum(weights) / n
    sd = (sum((w - mean) ** 2 for w in weights) / (n - 1)) ** 0.5
    return Learned(round(mean), sd, n)


def mix_key(units: list[tuple[int, int]], carton_id: int | None) -> str:
    """One parcel's SKU mix as a key: (product id, units) pairs in any order, and the carton. Parcels with the
    same key are comparable by weight."""
    merged: dict[int, int] = {}
    for pid, qty in units:
        if qty > 0:
            merged[pid] = merged.get(pid, 0) + qty
    body = ",".join(f"{pid}x{qty}" for pid, qty in sorted(merged.items()))
    return f"{body}|c{carton_id or 0}"[:255]
