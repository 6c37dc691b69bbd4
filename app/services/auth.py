"""Operators: PINs hashed with argon2, sign-on by badge or code + PIN, lockout after failed tries."""
from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.packflow import Operator as OperatorView
from ..models import Operator, Role, utcnow

MAX_FAILED = 5
LOCKOUT = timedelta(minutes=5)
_hasher = PasswordHasher()


class AuthError(Exception):
    """Sign-on refused; `code` is one of: unknown, bad_pin, locked, inactive, not_supervisor, bad_input."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    return _hasher.hash(pin)


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise AuthError("bad_input", "a PIN is 4 to 12 digits")


def view(op: Operator) -> OperatorView:
    return OperatorView(id=op.id, name=op.name, role=op.role.value, badge=op.badge)


def add_operator(s: Session, code: str, name: str, pin: str, role: Role = Role.PACKER,
                 badge: str | None = None) -> OperatorView:
    code = code.strip()
    if not code or not name.strip():
        raise AuthError("bad_input", "an operator needs a code and a name")
    op = Operator(code=code, name=name.strip(), pin_hash=hash_pin(pin), role=role, badge=badge or None)
    s.add(op)
    s.flush()
    return view(op)


def _find(s: Session, ident: str) -> Operator | None:
    ident = ident.strip()
    if not ident:
        return None
    return s.scalar(select(Operator).where(or_(Operator.badge == ident, Operator.code == ident)))


def find_badge(s: Session, badge: str) -> OperatorView | None:
    op = s.scalar(select(Operator).where(Operator.badge == badge.strip(), Operator.active.is_(True)))
    return view(op) if op else None


def authenticate(s: Session, ident: str, pin: str | None) -> OperatorView:
    """A badge alone signs a packer on; an operator code needs the PIN. `pin` given with a badge is checked too.

    Failed PINs count against the operator; after MAX_FAILED the operator is locked for LOCKOUT.
    The caller commits (failed attempts must be saved even though sign-on fails: see `sign_on`)."""
    op = _find(s, ident)
    if op is None:
        raise AuthError("unknown", ident)
    if not op.active:
        raise AuthError("inactive", op.code)
    now = utcnow()
    if op.locked_until is not None and op.locked_until > now:
        raise AuthError("locked", op.locked_until.isoformat(timespec="minutes"))
    by_badge = op.badge is not None and ident.strip() == op.badge
    if pin is None and by_badge:
        return view(op)
    try:
        _hasher.verify(op.pin_hash, pin or "")
    except (VerificationError, InvalidHashError):
        op.failed_attempts += 1
        if op.failed_attempts >= MAX_FAILED:
            op.locked_until = now + LOCKOUT
            op.failed_attempts = 0
        raise AuthError("bad_pin", op.code) from None
    op.failed_attempts = 0
    op.locked_until = None
    return view(op)


def authenticate_supervisor(s: Session, ident: str, pin: str) -> OperatorView:
    """Overrides always need badge (or code) AND PIN, and a supervisor or admin."""
    op = authenticate(s, ident, pin)
    if op.role not in (Role.SUPERVISOR.value, Role.ADMIN.value):
        raise AuthError("not_supervisor", ident)
    return op
