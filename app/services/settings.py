"""The settings every station shares (supervisor.SETTINGS), typed: what each one holds, its default, how a value
is checked before it is kept (`check_value`, used by supervisor.change_setting for every change), and how IT
types one at the console (`parse_text`). The desk has an editor per kind (app/ui/desk/settings_tab.py).

    weight_tolerance  {"abs_g": 0…5000, "pct": 0…100}: a parcel within abs_g grams OR pct % is accepted
    default_courier   a courier's code (an active courier): orders that name none go with it
(The sender on a label is its shop's: app.services.shops.)
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select

from ..db import Database
from ..models import Courier, Setting
from .supervisor import SETTINGS, SupervisorError

MAX_ABS_G = 5_000


class SettingError(SupervisorError):
    """A setting's value refused; the message names the setting and what is wrong."""


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: object        # what is stored (None: not set)
    default: object      # what applies while it is not set
    description: str     # English, for IT's console

    @property
    def effective(self) -> object:
        return self.default if self.value is None else self.value


def defaults() -> dict[str, object]:
    from ..domain.weight import Tolerance

    t = Tolerance()
    return {"weight_tolerance": {"abs_g": t.abs_g, "pct": t.pct}, "default_courier": None}


def list_settings(db: Database) -> list[SettingRow]:
    dflt = defaults()
    with db.session() as s:
        stored = {r.key: json.loads(r.value) for r in s.scalars(select(Setting).where(Setting.key.in_(list(SETTINGS))))}
    return [SettingRow(k, stored.get(k), dflt.get(k), SETTINGS[k]) for k in SETTINGS]


def courier_codes(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the active couriers: what default_courier may be."""
    with db.session() as s:
        return [(c, n) for c, n in s.execute(select(Courier.code, Courier.name).where(Courier.active.is_(True))
                                            .order_by(Courier.code))]


# ------------------------------------------------------------------------------------------ checks
def _whole(value, lo: int, hi: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and lo <= value <= hi else None


def _keys(key: str, value, wanted: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise SettingError("{key} takes {fields}", key=key, fields=list(wanted))
    extra = sorted(set(value) - set(wanted))
    missing = [k for k in wanted if k not in value]
    if extra or missing:
        raise SettingError("{key} takes {fields}", key=key, fields=list(wanted))
    return value


def check_value(s, key: str, value):
    """The value as it will be stored, or SettingError saying what is wrong with it."""
    if key not in SETTINGS:
        raise SettingError("unknown setting '{key}' (known: {known})", key=key, known=list(SETTINGS))
    if key == "weight_tolerance":
        v = _keys(key, value, ("abs_g", "pct"))
        abs_g = _whole(v["abs_g"], 0, MAX_ABS_G)
        if abs_g is None:
            raise SettingError("the weight tolerance in grams is a whole number from 0 to {max}", max=MAX_ABS_G)
        pct = v["pct"]
        if isinstance(pct, bool) or not isinstance(pct, (int, float)) or not 0 <= pct <= 100:
            raise SettingError("the weight tolerance in percent is a number from 0 to 100")
        return {"abs_g": abs_g, "pct": round(float(pct), 2)}
    if key == "default_courier":
        code = value.strip().upper() if isinstance(value, str) else ""
        found = s.scalar(select(Courier).where(Courier.code == code)) if code else None
        if found is None:
            raise SettingError("no courier {code}", code=value)
        if not found.active:
            raise SettingError("courier {code} is retired: it cannot be the default", code=code)
        return code
    raise SettingError("unknown setting '{key}' (known: {known})", key=key, known=list(SETTINGS))  # pragma: no cover


def parse_text(key: str, text: str):
    """What IT types after `packstation settings set KEY`: JSON, or the short forms
    ``abs_g=60 pct=4`` (weight_tolerance), ``ZTO`` (default_courier).
    The value is checked afterwards by check_value."""
    text = (text or "").strip()
    if key not in SETTINGS:
        raise SettingError("unknown setting '{key}' (known: {known})", key=key, known=list(SETTINGS))
    if text[:1] in "{[\"":
        try:
            return json.loads(text)
        except ValueError:
            raise SettingError("{key}: the value is not valid JSON", key=key) from None
    if key == "default_courier":
        return text
    fields = ("abs_g", "pct")
    out: dict[str, object] = {}
    rest = text
    # key=value pairs: each value runs to the next known "field="
    marks = list(re.finditer(r"(?:^|\s)(" + "|".join(fields) + r")=", rest))
    if not marks:
        raise SettingError("{key} takes {fields}", key=key, fields=list(fields))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        out[m.group(1)] = rest[m.end():end].strip()
    if key == "weight_tolerance":
        for f in ("abs_g", "pct"):
            if f in out:
                try:
                    n = float(str(out[f]).rstrip("g%"))
                except ValueError:
                    n = -1.0  # refused by check_value, which says what the value must be
                out[f] = int(n) if f == "abs_g" and n.is_integer() else n
    return out
