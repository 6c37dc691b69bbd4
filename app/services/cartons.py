"""Cartons and bags (箱子/快递袋) with their tare weights, set up from the desk or IT's console: list, add, change
name and tare, retire, choose the default one.

The tare is part of every expected weight (app.domain.weight.expected_weight), so a change is audited with
before and after. A retired carton is no longer scanned at the station nor the default; parcels already
packed in it keep pointing at it. Supervisors and admins may (Action.MANAGE_CATALOGUE); IT at the console too.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.permissions import Action
from ..models import Barcode, Carton, Operator
from .audit import audit
from .auth import authorized_or_console
from .operators import SetupError, _why
from .products import check_barcode
from .rows import locked

MAX_TARE_G = 20_000   # a pallet box is not packed at a table
NAME_MAX = 100


@dataclass(frozen=True)
class CartonRow:
    id: int
    code: str
    name: str
    weight_g: int
    is_default: bool
    active: bool


def _row(c: Carton) -> CartonRow:
    return CartonRow(c.id, c.code, c.name, c.weight_g, c.is_default, c.active)


def list_cartons(db: Database, include_retired: bool = False) -> list[CartonRow]:
    with db.session() as s:
        q = select(Carton).order_by(Carton.active.desc(), Carton.code)
        if not include_retired:
            q = q.where(Carton.active.is_(True))
        return [_row(c) for c in s.scalars(q)]


def _tare(weight_g) -> int:
    if isinstance(weight_g, bool) or not isinstance(weight_g, int) or not 0 <= weight_g <= MAX_TARE_G:
        raise SetupError("a carton's tare weight is a whole number of grams from 0 to {max}, not '{weight}'",
                         max=MAX_TARE_G, weight=weight_g)
    return weight_g


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > NAME_MAX:
        raise SetupError("a carton needs a name of at most {n} characters", n=NAME_MAX)
    return name


def _carton(s: Session, code: str) -> Carton:
    c = locked(s, Carton, Carton.code == (code or "").strip())
    if c is None:
        raise SetupError("no carton {code}", code=code)
    return c


def _clear_default(s: Session) -> None:
    s.execute(update(Carton).where(Carton.is_default.is_(True)).values(is_default=False))


def add_carton(db: Database, actor, code: str, name: str, weight_g: int, default: bool = False,
               reason: str = "") -> CartonRow:
    """A new carton or bag; its code is what the packer scans (printed on the shelf), so it must scan and must
    not be a product's barcode or an operator's badge."""
    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        code = check_barcode(code)
        if len(code) > 32:
            raise SetupError("a carton code is at most 32 characters")
        if s.scalar(select(Carton.id).where(Carton.code == code)) is not None:
            raise SetupError("carton code {code} is taken", code=code)
        if s.scalar(select(Barcode.id).where(Barcode.code == code)) is not None:
            raise SetupError("{code} is a product's barcode: a carton needs a code of its own", code=code)
        if s.scalar(select(Operator.id).where(or_(Operator.badge == code, Operator.code == code))) is not None:
            raise SetupError("{code} is an operator's badge or code: a carton needs a code of its own", code=code)
        if default:
            _clear_default(s)
        c = Carton(code=code, name=_name(name), weight_g=_tare(weight_g), is_default=bool(default), active=True)
        s.add(c)
        s.flush()
        audit(s, me, "add_carton", "carton", code, _why(reason, me), None,
              {"name": c.name, "weight_g": c.weight_g, "default": c.is_default})
        return _row(c)


def edit_carton(db: Database, actor, code: str, *, name: str | None = None, weight_g: int | None = None,
                reason: str = "") -> CartonRow:
    """Changes a carton's name or tare weight (the expected weight of the next parcel packed in it)."""
    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        c = _carton(s, code)
        before = {"name": c.name, "weight_g": c.weight_g}
        if name is not None:
            c.name = _name(name)
        if weight_g is not None:
            c.weight_g = _tare(weight_g)
        after = {"name": c.name, "weight_g": c.weight_g}
        if after == before:
            raise SetupError("nothing to change")
        audit(s, me, "edit_carton", "carton", c.code, _why(reason, me), before, after)
        return _row(c)


def retire_carton(db: Database, actor, code: str, reason: str, retired: bool = True) -> CartonRow:
    """Retires a carton (no longer scanned, not the default), or brings a retired one back (`retired=False`)."""
    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        c = _carton(s, code)
        reason = _why(reason, me, needed=True)
        if not c.active and retired:
            raise SetupError("carton {code} is already retired", code=c.code)
        if c.active and not retired:
            raise SetupError("carton {code} is in use, not retired", code=c.code)
        before = {"active": c.active, "default": c.is_default}
        c.active = not retired
        if retired:
            c.is_default = False
        audit(s, me, "retire_carton" if retired else "restore_carton", "carton", c.code, reason, before,
              {"active": c.active, "default": c.is_default})
        return _row(c)


def set_default_carton(db: Database, actor, code: str, reason: str = "") -> CartonRow:
    """The carton a parcel is weighed with when the packer scans none."""
    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        c = _carton(s, code)
        if not c.active:
            raise SetupError("carton {code} is retired: it cannot be the default", code=c.code)
        old = s.scalar(select(Carton.code).where(Carton.is_default.is_(True)))
        if old == c.code:
            raise SetupError("carton {code} is already the default", code=c.code)
        _clear_default(s)
        c.is_default = True
        audit(s, me, "default_carton", "carton", c.code, _why(reason, me), {"default": old}, {"default": c.code})
        return _row(c)

