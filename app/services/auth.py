"""Operators, sign-on and who may do what.

Sign-on policy (docs/IT.md, "Security and what the program guarantees"):

* PINs are 4–12 digits for packers and 6–12 for supervisors and admins, hashed with argon2. A PIN is checked
  against this when it is set; an operator whose PIN is shorter than the role now needs (set before this policy,
  or a packer made supervisor) signs on once more with it and must then choose a new one (`pin_change_required`,
  then `change_pin`).
* A badge alone signs on a packer only; supervisors and admins give badge (or code) and PIN.
* Wrong tries slow further tries down instead of locking anyone out: after `free` failures in a row a scope waits
  1 s, then 2, 4, 8 … up to its cap. Scopes: the operator at that station (3 free, up to 15 min), the operator
  anywhere (10 free, up to 1 min), the station for anyone (10 free, up to 1 min). A packer typing wrong PINs for
  a supervisor slows that supervisor at that station only, and by a minute at most anywhere else.
* Every answer to a try with a PIN costs one argon2 verification, a code that does not exist included (against
  a dummy hash), and an unknown code answers `bad_pin` like a wrong PIN: neither the time nor the answer tells
  which codes exist.

Permissions: `authorize(s, actor, action)` is the one check. It re-reads the operator by id in the service's own
session and refuses (Forbidden) an operator that is gone, disabled, or whose stored role lacks the permission:
the role a caller puts in an `Actor` is never trusted. `authorized(db, actor, action)` is the session every
privileged service runs in; a refusal is written to the audit log in a transaction of its own (the refused
action's own is rolled back).
"""
from __future__ import annotations

import contextlib
import functools
import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.commands import PREFIX as COMMAND_PREFIX, is_reserved
from ..domain.packflow import Operator as OperatorView
from ..domain.permissions import Action, Forbidden, allowed
from ..models import Operator, Role, SignonThrottle, utcnow
from .audit import audit

log = logging.getLogger(__name__)

PIN_MIN = {Role.PACKER: 4, Role.SUPERVISOR: 6, Role.ADMIN: 6}
PIN_MAX = 12
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Backoff:
    """After `free` failures in a row, the next try waits 1 s, doubling with each failure, at most `cap_s`."""

    free: int
    cap_s: int

    def wait_s(self, failures: int) -> int:
        if failures < self.free:
            return 0
        return min(self.cap_s, 2 ** min(failures - self.free, 30))


PAIR = Backoff(free=3, cap_s=15 * 60)     # one operator at one station
OPERATOR = Backoff(free=10, cap_s=60)     # one operator, any station
STATION = Backoff(free=10, cap_s=60)      # one station, any code typed there

# The clock the waits are measured by; tests put their own here (or pass `now=`). Nothing here sleeps.
clock: Callable[[], datetime] = utcnow


class AuthError(Exception):
    """Sign-on refused. `code` is one of:

    unknown              no PIN given and the badge or code matches nobody
    bad_pin              wrong PIN, or a code that matches nobody given with a PIN (the same answer)
    wait                 too many wrong tries: `detail` is the seconds to wait before the next try
    inactive             the operator is disabled (said only to a badge, or after the right PIN)
    pin_required         a supervisor or admin (or an operator code) needs the PIN as well
    pin_change_required  the PIN was right but is shorter than the role needs: choose a new one (change_pin)
    not_supervisor       a supervisor's or admin's sign-on is needed here
    bad_input            nothing typed, or a new PIN that breaks the rules (`detail` says which)
    """

    def __init__(self, code: str, detail: str = "", **params: object):
        # bad_input: `detail` is an English template with `params` (the screens translate it)
        self.template, self.params = detail, params
        try:
            detail = detail.format(**params) if params else detail
        except (KeyError, IndexError, ValueError):
            pass
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# ------------------------------------------------------------------------------------------------ PINs
def validate_pin(pin: str, role: Role = Role.PACKER) -> None:
    """The rule for a new PIN: digits only, PIN_MIN[role] to PIN_MAX long."""
    low = PIN_MIN[Role(role)]
    if not (isinstance(pin, str) and pin.isascii() and pin.isdigit() and low <= len(pin) <= PIN_MAX):
        raise AuthError("bad_input", "a {role}'s PIN is {low} to {high} digits", role=Role(role).value, low=low,
                        high=PIN_MAX)


def hash_pin(pin: str, role: Role = Role.PACKER) -> str:
    validate_pin(pin, role)
    return _hasher.hash(pin)


@functools.cache
def _dummy_hash() -> str:
    """What an unknown code's PIN is verified against, so that it costs the same time as a known one."""
    return _hasher.hash("no operator has this PIN")


def _verify(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def view(op: Operator) -> OperatorView:
    return OperatorView(id=op.id, name=op.name, role=op.role.value, badge=op.badge)


def add_operator(s: Session, code: str, name: str, pin: str, role: Role = Role.PACKER,
                 badge: str | None = None) -> OperatorView:
    code = code.strip()
    if not code or not name.strip():
        raise AuthError("bad_input", "an operator needs a code and a name")
    if is_reserved(code) or (badge and is_reserved(badge)):
        raise AuthError("bad_input", "codes starting with {prefix} are the packers' command barcodes",
                        prefix=COMMAND_PREFIX)
    op = Operator(code=code, name=name.strip(), pin_hash=hash_pin(pin, role), role=role, badge=badge or None)
    s.add(op)
    s.flush()
    return view(op)


def set_pin(s: Session, code: str, new_pin: str) -> OperatorView:
    """IT sets an operator's PIN (`packstation operator CODE --set-pin`); the caller commits."""
    op = s.scalar(select(Operator).where(Operator.code == code.strip()))
    if op is None:
        raise AuthError("unknown", code)
    op.pin_hash = hash_pin(new_pin, op.role)
    audit(s, None, "set_pin", "operator", str(op.id), "set by IT")
    return view(op)


def _find(s: Session, ident: str) -> Operator | None:
    if not ident:
        return None
    return s.scalar(select(Operator).where(or_(Operator.badge == ident, Operator.code == ident)))


def find_badge(s: Session, badge: str) -> OperatorView | None:
    op = s.scalar(select(Operator).where(Operator.badge == badge.strip(), Operator.active.is_(True)))
    return view(op) if op else None


# ------------------------------------------------------------------------------------------------ backoff
def _scopes(op: Operator | None, station_id: int | None) -> list[tuple[str, Backoff]]:
    out = []
    if op is not None and station_id is not None:
        out.append((f"op:{op.id}@st:{station_id}", PAIR))
    if op is not None:
        out.append((f"op:{op.id}", OPERATOR))
    if station_id is not None:
        out.append((f"st:{station_id}", STATION))
    return out


def _waiting(s: Session, scopes, now: datetime) -> int:
    """Seconds before the next try is taken (0: now)."""
    rows = s.scalars(select(SignonThrottle).where(SignonThrottle.key.in_([k for k, _ in scopes]))).all()
    ends = [r.wait_until for r in rows if r.wait_until is not None and r.wait_until > now]
    return math.ceil(max((e - now).total_seconds() for e in ends)) if ends else 0


def _failed(s: Session, scopes, now: datetime, op: Operator | None, station_id: int | None, code: str) -> None:
    from .rows import get_or_create

    # each scope's row locked (made if new): wrong tries at two stations at once are both counted
    for key, policy in sorted(scopes, key=lambda sc: sc[0]):
        row, _ = get_or_create(s, SignonThrottle, {"key": key}, {"failures": 0})
        row.failures += 1
        row.last_failure_at = now
        wait = policy.wait_s(row.failures)
        row.wait_until = now + timedelta(seconds=wait) if wait else None
    # who was tried is recorded, never what was typed (a PIN typed into the code field would be kept for ever)
    audit(s, op, "sign_on_failed", "operator", str(op.id) if op else "", code, station_id=station_id)


def _succeeded(s: Session, scopes) -> None:
    for key, _ in scopes:
        row = s.get(SignonThrottle, key)
        if row is not None:
            s.delete(row)


# ------------------------------------------------------------------------------------------------ sign-on
def authenticate(s: Session, ident: str, pin: str | None, *, station_id: int | None = None,
                 now: datetime | None = None) -> OperatorView:
    """Signs an operator on by badge (packers: alone) or by badge/code and PIN; raises AuthError.

    Failed tries are counted and audited in `s`: the caller commits even though sign-on fails (see
    StationService.sign_on). `station_id` is where the try comes from (its own backoff scope)."""
    now = now or clock()
    ident = (ident or "").strip()
    if not ident:
        raise AuthError("bad_input", "a badge or operator code")
    op = _find(s, ident)
    scopes = _scopes(op, station_id)
    wait = _waiting(s, scopes, now)
    if wait:
        raise AuthError("wait", str(wait))
    if not pin:
        if op is None:
            _failed(s, scopes, now, None, station_id, "unknown")
            raise AuthError("unknown", ident)
        if not op.active:
            raise AuthError("inactive", op.code)
        if op.badge != ident or op.role is not Role.PACKER:
            raise AuthError("pin_required", op.code)
        _succeeded(s, scopes)
        return view(op)
    ok = _verify(op.pin_hash if op is not None else _dummy_hash(), pin)
    if op is None or not ok:
        _failed(s, scopes, now, op, station_id, "bad_pin")
        raise AuthError("bad_pin", ident if op is None else op.code)
    _succeeded(s, scopes)
    if not op.active:
        raise AuthError("inactive", op.code)
    if len(pin) < PIN_MIN[op.role]:
        raise AuthError("pin_change_required", op.code)
    if _hasher.check_needs_rehash(op.pin_hash):
        op.pin_hash = _hasher.hash(pin)
    return view(op)


def authenticate_supervisor(s: Session, ident: str, pin: str, *, station_id: int | None = None,
                            now: datetime | None = None) -> OperatorView:
    """Overrides always need badge (or code) AND PIN, and a supervisor or admin."""
    op = authenticate(s, ident, pin, station_id=station_id, now=now)
    if op.role not in (Role.SUPERVISOR.value, Role.ADMIN.value):
        raise AuthError("not_supervisor", ident)
    return op


def change_pin(s: Session, ident: str, old_pin: str, new_pin: str, *, station_id: int | None = None,
               now: datetime | None = None) -> OperatorView:
    """The operator chooses a new PIN, giving the old one (the same backoff as a sign-on). This is what a
    `pin_change_required` answer asks for; the caller commits, also when it raises."""
    try:
        op = authenticate(s, ident, old_pin, station_id=station_id, now=now)
    except AuthError as exc:
        if exc.code != "pin_change_required":
            raise
        op = view(_find(s, (ident or "").strip()))
    row = s.get(Operator, op.id)
    if new_pin == old_pin:
        raise AuthError("bad_input", "the new PIN must differ from the old one")
    row.pin_hash = hash_pin(new_pin, row.role)
    audit(s, row, "change_pin", "operator", str(row.id), station_id=station_id)
    return view(row)


# ------------------------------------------------------------------------------------------------ permissions
def authorize(s: Session, actor, action: Action) -> Operator:
    """The operator behind `actor` (anything with an `id`), read again in `s`; Forbidden if there is none, it
    is disabled, or its stored role may not do `action`. The role `actor` claims is not looked at."""
    op_id = getattr(actor, "id", None)
    op = s.get(Operator, op_id, populate_existing=True) if isinstance(op_id, int) else None
    claimed = str(getattr(actor, "role", "") or "?")
    if op is None:
        raise Forbidden(claimed, action, "unknown")
    if not op.active:
        raise Forbidden(op.role.value, action, "inactive")
    if not allowed(op.role.value, action):
        raise Forbidden(op.role.value, action)
    return op


@contextlib.contextmanager
def authorized(db, actor, action: Action, *, station_id: int | None = None) -> Iterator[tuple[Session, Operator]]:
    """`with authorized(db, actor, Action.X) as (s, op):` — the session of one privileged action, after
    authorize(). A refusal (here or inside) is audited in a transaction of its own, then raised."""
    try:
        with db.session() as s:
            op = authorize(s, actor, action)
            yield s, op
    except Forbidden as exc:
        if not getattr(exc, "audited", False):
            exc.audited = True
            _audit_refusal(db, actor, exc, station_id)
        raise


def _audit_refusal(db, actor, exc: Forbidden, station_id: int | None) -> None:
    op_id = getattr(actor, "id", None)
    try:
        with db.session() as s:
            known = s.get(Operator, op_id) if isinstance(op_id, int) else None
            audit(s, known, "refused", "permission", exc.action.value, str(exc), None,
                  {"why": exc.why, "claimed_id": op_id if isinstance(op_id, (int, str)) else repr(op_id),
                   "claimed_role": str(getattr(actor, "role", "")), "stored_role": known.role.value if known else None},
                  station_id)
    except Exception:  # the refusal stands even if it cannot be written down
        log.exception("could not audit a refused %s by operator %r", exc.action.value, op_id)


# ------------------------------------------------------------------------------------------------ IT's console
@dataclass(frozen=True)
class Console:
    """IT at the command line (`packstation operators …`, `settings set …`). Whoever may open the database may
    change it anyway, so the console is asked for no PIN; what it changes is audited with no operator and
    "IT console" in the reason. Only app/cli_setup.py hands it over; a screen always has a signed-on operator."""

    id: None = None
    name: str = "IT"
    role: str = "admin"


CONSOLE = Console()


@contextlib.contextmanager
def authorized_or_console(db, actor, action: Action, *,
                          station_id: int | None = None) -> Iterator[tuple[Session, Operator | None]]:
    """`authorized(...)` for an operator; for CONSOLE the session alone, and None for the operator."""
    if actor is CONSOLE:
        with db.session() as s:
            yield s, None
        return
    with authorized(db, actor, action, station_id=station_id) as pair:
        yield pair
