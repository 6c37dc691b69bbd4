"""The warehouse's people, set up from the desk or IT's console: list, add, change name, role and badge, disable
and enable, reset a PIN, print badge cards.

Who may: an admin everything; a supervisor packers only (adds, changes, disables and resets the PIN of a packer,
and makes no one supervisor or admin); IT at the console (auth.CONSOLE) everything. Every change is audited with
before and after (never a PIN or its hash). Two guards keep the warehouse usable: no one disables or demotes
themselves, and the last active admin stays an active admin. The PIN rules are auth's (validate_pin); a reset
PIN also ends any wait that wrong tries had started for that operator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..domain.commands import PREFIX as COMMAND_PREFIX, is_reserved
from ..domain.errors import ServiceError
from ..domain.permissions import Action, Forbidden
from ..models import Operator, Role, SignonThrottle
from .audit import audit
from .auth import AuthError, authorized_or_console, hash_pin
from .rows import locked

CODE_RE = re.compile(r"[!-~]{1,32}")    # what a scanner sends: printable ASCII, no spaces
BADGE_RE = re.compile(r"[!-~]{1,64}")
NAME_MAX = 64
CONSOLE_REASON = "IT console"


class SetupError(ServiceError):
    """A setup change refused as asked; the message says which value and why."""


@dataclass(frozen=True)
class OperatorRow:
    id: int
    code: str
    name: str
    role: str
    badge: str
    active: bool


def _row(op: Operator) -> OperatorRow:
    return OperatorRow(op.id, op.code, op.name, op.role.value, op.badge or "", op.active)


def list_operators(db: Database, include_disabled: bool = True) -> list[OperatorRow]:
    with db.session() as s:
        q = select(Operator).order_by(Operator.active.desc(), Operator.role, Operator.code)
        if not include_disabled:
            q = q.where(Operator.active.is_(True))
        return [_row(op) for op in s.scalars(q)]


# ------------------------------------------------------------------------------------------ checks
def _role(value) -> Role:
    try:
        return Role(getattr(value, "value", value))
    except ValueError:
        raise SetupError("the role is packer, supervisor or admin, not '{role}'", role=value) from None


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise SetupError("an operator needs a name")
    if len(name) > NAME_MAX:
        raise SetupError("a name is at most {n} characters", n=NAME_MAX)
    return name


def _code(code: str) -> str:
    code = (code or "").strip()
    if not CODE_RE.fullmatch(code):
        raise SetupError("an operator code is 1 to 32 letters, digits or signs, without spaces: '{code}'",
                         code=code)
    if is_reserved(code):
        raise SetupError("codes starting with {prefix} are the packers' command barcodes", prefix=COMMAND_PREFIX)
    return code


def _badge(s: Session, badge: str | None, op_id: int | None) -> str | None:
    """A badge barcode, or None for no badge; unique among operators, never a command barcode."""
    badge = (badge or "").strip()
    if not badge:
        return None
    if not BADGE_RE.fullmatch(badge):
        raise SetupError("a badge is 1 to 64 letters, digits or signs a scanner sends, without spaces: '{badge}'",
                         badge=badge)
    if is_reserved(badge):
        raise SetupError("codes starting with {prefix} are the packers' command barcodes", prefix=COMMAND_PREFIX)
    other = s.scalar(select(Operator).where(or_(Operator.badge == badge, Operator.code == badge),
                                            Operator.id != (op_id or 0)))
    if other is not None:
        raise SetupError("badge {badge} is already {code}'s", badge=badge, code=other.code)
    return badge


def _pin(pin: str, role: Role) -> str:
    try:
        return hash_pin(pin, role)
    except AuthError as exc:  # the PIN rule, said as a setup refusal (same template, translated the same)
        raise SetupError(exc.template, **exc.params) from None


def _operator(s: Session, code: str) -> Operator:
    op = locked(s, Operator, Operator.code == (code or "").strip())
    if op is None:
        raise SetupError("no operator {code}", code=code)
    return op


def _may_touch(me: Operator | None, *roles: Role) -> None:
    """A supervisor works on packers only (their present and their new role); an admin and IT on anyone."""
    if me is None or me.role is Role.ADMIN:
        return
    if any(r is not Role.PACKER for r in roles):
        raise Forbidden(me.role.value, Action.MANAGE_OPERATORS)


def _keep_an_admin(s: Session, op: Operator, me: Operator | None, losing: bool) -> None:
    if me is not None and me.id == op.id and losing:
        raise SetupError("you cannot disable yourself or take away your own role")
    if losing and op.role is Role.ADMIN and op.active:
        admins = s.scalar(select(func.count()).select_from(Operator).where(
            Operator.role == Role.ADMIN, Operator.active.is_(True))) or 0
        if admins <= 1:
            raise SetupError("{code} is the last active admin: make another admin first", code=op.code)


def _why(reason: str, me: Operator | None, needed: bool = False) -> str:
    reason = " ".join((reason or "").split())
    if needed and len(reason) < 2 and me is not None:
        raise SetupError("a reason is required")
    return reason if me is not None else (f"{CONSOLE_REASON}: {reason}" if reason else CONSOLE_REASON)


# ------------------------------------------------------------------------------------------ actions
def add_operator(db: Database, actor, code: str, name: str, role: Role | str, pin: str, badge: str | None = None,
                 reason: str = "") -> OperatorRow:
    """A new operator with a PIN (packers 4–12 digits, supervisors and admins 6–12) and an optional badge."""
    with authorized_or_console(db, actor, Action.MANAGE_PACKERS) as (s, me):
        role = _role(role)
        _may_touch(me, role)
        code, name = _code(code), _name(name)
        if s.scalar(select(Operator.id).where(or_(Operator.code == code, Operator.badge == code))) is not None:
            raise SetupError("operator code {code} is taken", code=code)
        op = Operator(code=code, name=name, role=role, badge=_badge(s, badge, None), pin_hash=_pin(pin, role))
        s.add(op)
        s.flush()
        audit(s, me, "add_operator", "operator", code, _why(reason, me), None,
              {"name": name, "role": role.value, "badge": op.badge})
        return _row(op)


_UNSET = object()


def edit_operator(db: Database, actor, code: str, *, name: str | None = None, role: Role | str | None = None,
                  badge: str | None | object = _UNSET, reason: str = "") -> OperatorRow:
    """Changes name, role and/or badge (badge "" or None: no badge). A packer made supervisor whose PIN is too
    short for the new role chooses a longer one at the next sign-on (auth)."""
    with authorized_or_console(db, actor, Action.MANAGE_PACKERS) as (s, me):
        op = _operator(s, code)
        new_role = _role(role) if role is not None else op.role
        _may_touch(me, op.role, new_role)
        before = {"name": op.name, "role": op.role.value, "badge": op.badge}
        if new_role is not op.role:
            _keep_an_admin(s, op, me, losing=op.role is Role.ADMIN or (
                me is not None and me.id == op.id))
        op.name = _name(name) if name is not None else op.name
        op.role = new_role
        if badge is not _UNSET:
            op.badge = _badge(s, badge, op.id)
        after = {"name": op.name, "role": op.role.value, "badge": op.badge}
        if after == before:
            raise SetupError("nothing to change")
        audit(s, me, "edit_operator", "operator", op.code, _why(reason, me),
              {k: v for k, v in before.items() if after[k] != v}, {k: v for k, v in after.items() if before[k] != v})
        return _row(op)


def set_operator_active(db: Database, actor, code: str, active: bool, reason: str) -> OperatorRow:
    """Disables (signs on nowhere, refused by every service at once) or enables an operator; a reason is asked."""
    with authorized_or_console(db, actor, Action.MANAGE_PACKERS) as (s, me):
        op = _operator(s, code)
        _may_touch(me, op.role)
        reason = _why(reason, me, needed=True)
        if op.active and active:
            raise SetupError("{code} is already enabled", code=op.code)
        if not op.active and not active:
            raise SetupError("{code} is already disabled", code=op.code)
        if not active:
            _keep_an_admin(s, op, me, losing=True)
        op.active = active
        audit(s, me, "enable_operator" if active else "disable_operator", "operator", op.code, reason,
              {"active": not active}, {"active": active})
        return _row(op)


def reset_pin(db: Database, actor, code: str, pin: str, reason: str) -> OperatorRow:
    """Gives an operator a new PIN (a supervisor a packer's; only an admin a supervisor's or an admin's) and ends
    any wait wrong tries had started for them. The PIN is never written to the audit log."""
    with authorized_or_console(db, actor, Action.MANAGE_PACKERS) as (s, me):
        op = _operator(s, code)
        _may_touch(me, op.role)
        reason = _why(reason, me, needed=True)
        op.pin_hash = _pin(pin, op.role)
        s.execute(delete(SignonThrottle).where(or_(SignonThrottle.key == f"op:{op.id}",
                                                   SignonThrottle.key.like(f"op:{op.id}@%"))))
        audit(s, me, "reset_pin", "operator", op.code, reason)
        return _row(op)


# ------------------------------------------------------------------------------------------ badge cards
def badge_cards_pdf(db: Database, actor, codes: list[str] | None = None) -> bytes:
    """Badge cards (name, code and the badge's Code 128) for `codes`, or every active operator with a badge:
    A4, ten to a page, to cut out and laminate."""
    from ..labels.badge_cards import BadgeCard, badge_cards_pdf as render

    with authorized_or_console(db, actor, Action.MANAGE_PACKERS) as (s, me):
        if codes:
            wanted = [c.strip() for c in codes if c.strip()]
            ops = list(s.scalars(select(Operator).where(Operator.code.in_(wanted))))
            missing = sorted(set(wanted) - {op.code for op in ops})
            if missing:
                raise SetupError("no operator {codes}", codes=missing)
            ops.sort(key=lambda op: wanted.index(op.code))
        else:
            ops = list(s.scalars(select(Operator).where(Operator.active.is_(True)).order_by(Operator.code)))
        no_badge = [op.code for op in ops if not op.badge]
        if codes and no_badge:
            raise SetupError("{codes} have no badge: give them one first", codes=no_badge)
        cards = [BadgeCard(op.name, op.code, op.role.value, op.badge) for op in ops if op.badge]
        if not cards:
            raise SetupError("no operator has a badge yet")
        return render(cards)
