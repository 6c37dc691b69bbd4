"""Sign-on policy: PIN length by role, badge alone for packers only, backoff per operator-at-station, operator
and station instead of a lockout anyone can trigger, and answers that do not tell which codes exist."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AuditLog, Operator, Role, SignonThrottle
from app.services import auth
from app.services.auth import AuthError
from app.services.station import StationService, ensure_station
from tests.fakes import RecordingPrinter, fake_render
from tests.people import SUPERVISOR_PIN


class Clock:
    def __init__(self):
        self.now = auth.utcnow()

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(auth, "clock", c)
    return c


class CountingHasher:
    """argon2's hasher, counting the verifications (one costs ~90 ms: what makes answers take the same time)."""

    def __init__(self, real):
        self.real, self.verified = real, 0

    def verify(self, h, pin):
        self.verified += 1
        return self.real.verify(h, pin)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.fixture
def hasher(monkeypatch):
    h = CountingHasher(auth._hasher)
    monkeypatch.setattr(auth, "_hasher", h)
    return h


@pytest.fixture
def st(shop):
    """Station ids 1 … 6 (the backoff's station scope needs real stations)."""
    return [None] + [ensure_station(shop, f"PACK-{i:02d}") for i in range(1, 7)]


def try_sign_on(db, ident, pin=None, station_id=None):
    """One try as the station makes it: the failed-try count is committed even when sign-on fails."""
    with db.session() as s:
        try:
            return auth.authenticate(s, ident, pin, station_id=station_id)
        except AuthError as exc:
            s.commit()
            return exc


def code_of(result) -> str:
    return result.code if isinstance(result, AuthError) else "ok"


# ------------------------------------------------------------------------------------------------ PINs
def test_supervisors_and_admins_need_six_digits_packers_four(db):
    with db.session() as s:
        for role, pin in ((Role.SUPERVISOR, "1234"), (Role.ADMIN, "12345"), (Role.PACKER, "123"),
                          (Role.PACKER, "١٢٣٤"), (Role.PACKER, "12a4"), (Role.PACKER, "1" * 13)):
            with pytest.raises(AuthError) as e:
                auth.add_operator(s, f"X{role.value}{len(pin)}", "x", pin, role)
            assert e.value.code == "bad_input", (role, pin)
        auth.add_operator(s, "S9", "主管", "246810", Role.SUPERVISOR)
        auth.add_operator(s, "P9", "打包员", "1357", Role.PACKER)
        with pytest.raises(AuthError):
            auth.set_pin(s, "S9", "2468")
        auth.set_pin(s, "S9", "24681012")
    assert try_sign_on(db, "S9", "24681012").role == "supervisor"


def test_a_badge_alone_signs_on_a_packer_only(shop):
    assert code_of(try_sign_on(shop, "B1001")) == "ok"
    assert code_of(try_sign_on(shop, "B9001")) == "pin_required", "a supervisor's badge alone is not enough"
    assert code_of(try_sign_on(shop, "P01")) == "pin_required", "a code needs its PIN"
    assert code_of(try_sign_on(shop, "B9001", SUPERVISOR_PIN)) == "ok"
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", "000000", Role.ADMIN, "B9999")
    assert code_of(try_sign_on(shop, "B9999")) == "pin_required", "nor an admin's"
    with shop.session() as s:
        assert s.scalar(select(AuditLog).where(AuditLog.action == "sign_on_failed")) is None, \
            "asking for the PIN is no failed try"


def test_an_existing_short_pin_signs_on_once_more_to_choose_a_new_one(shop):
    with shop.session() as s:  # a supervisor from before the policy, with a 4-digit PIN
        s.get(Operator, 3).pin_hash = auth._hasher.hash("9999")
    assert code_of(try_sign_on(shop, "S01", "9999")) == "pin_change_required"
    with shop.session() as s:
        with pytest.raises(AuthError) as e:
            auth.change_pin(s, "S01", "9999", "1234")
        assert e.value.code == "bad_input", "the new one must follow the rule"
    with shop.session() as s:
        with pytest.raises(AuthError) as e:
            auth.change_pin(s, "S01", "0000", "13572468")
        assert e.value.code == "bad_pin", "and the old one must be right"
    with shop.session() as s:
        auth.change_pin(s, "S01", "9999", "13572468")
    assert code_of(try_sign_on(shop, "S01", "9999")) == "bad_pin"
    assert code_of(try_sign_on(shop, "S01", "13572468")) == "ok"
    with shop.session() as s:
        assert s.scalar(select(AuditLog.action).where(AuditLog.action == "change_pin")) == "change_pin"


# ------------------------------------------------------------------------------------------------ answers
def test_an_unknown_code_answers_like_a_wrong_pin_after_the_same_work(shop, hasher):
    answers = {}
    for ident, pin in (("P01", "0000"), ("NOBODY", "0000"), ("P01", "1234")):
        before = hasher.verified
        answers[ident, pin] = (code_of(try_sign_on(shop, ident, pin)), hasher.verified - before)
    assert answers["P01", "0000"] == ("bad_pin", 1)
    assert answers["NOBODY", "0000"] == ("bad_pin", 1), "one argon2 verification, as for a known code"
    assert answers["P01", "1234"] == ("ok", 1)
    before = hasher.verified
    assert code_of(try_sign_on(shop, "NOBODY")) == "unknown" and code_of(try_sign_on(shop, "B1001")) == "ok"
    assert hasher.verified == before, "a badge alone verifies nothing, known or not"


def test_a_failed_try_is_audited_without_what_was_typed(shop):
    try_sign_on(shop, "S01", "13572468", station_id=None)
    try_sign_on(shop, "123456", "123456")
    with shop.session() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.action == "sign_on_failed").order_by(AuditLog.id)).all()
        assert [(a.actor_id, a.reason) for a in rows] == [(3, "bad_pin"), (None, "bad_pin")]
        assert all("123456" not in (a.entity_id + a.before + a.after + a.reason) for a in rows)


# ------------------------------------------------------------------------------------------------ backoff
def remaining(db, clock) -> int:
    """Seconds before the next try is taken, as the throttle rows say."""
    with db.session() as s:
        ends = [r.wait_until for r in s.scalars(select(SignonThrottle)) if r.wait_until is not None]
    return max([int((e - clock.now).total_seconds()) for e in ends] + [0])


def test_wrong_pins_slow_the_next_tries_down_and_a_right_one_clears_them(shop, clock, hasher, st):
    waits = []
    for _ in range(8):
        assert code_of(try_sign_on(shop, "P01", "0000", station_id=st[1])) == "bad_pin"
        waits.append(remaining(shop, clock))
        clock.advance(waits[-1])
    assert waits == [0, 0, 1, 2, 4, 8, 16, 32]
    assert code_of(try_sign_on(shop, "P01", "0000", station_id=st[1])) == "bad_pin"
    before = hasher.verified
    r = try_sign_on(shop, "P01", "1234", station_id=st[1])
    assert (r.code, r.detail) == ("wait", "64"), "even the right PIN waits"
    assert hasher.verified == before, "and is not looked at"
    clock.advance(64)
    assert code_of(try_sign_on(shop, "P01", "1234", station_id=st[1])) == "ok"
    with shop.session() as s:
        assert s.scalars(select(SignonThrottle.key)).all() == [], "a right PIN clears the operator's count"


def test_a_packer_cannot_lock_a_supervisor_out(shop, clock, st):
    """Twenty wrong PINs for the supervisor at one station: there the supervisor waits (up to 15 min); at any
    other station a minute at most, and the supervisor's own sign-on there clears the count."""
    for _ in range(20):
        r = try_sign_on(shop, "S01", "000000", station_id=st[1])
        if code_of(r) == "wait":
            clock.advance(int(r.detail))
            r = try_sign_on(shop, "S01", "000000", station_id=st[1])
        assert code_of(r) == "bad_pin"
    here = try_sign_on(shop, "S01", SUPERVISOR_PIN, station_id=st[1])
    elsewhere = try_sign_on(shop, "S01", SUPERVISOR_PIN, station_id=st[2])
    assert code_of(here) == "wait" and int(here.detail) > 60
    assert code_of(elsewhere) == "wait" and int(elsewhere.detail) <= auth.OPERATOR.cap_s
    clock.advance(auth.OPERATOR.cap_s)
    assert code_of(try_sign_on(shop, "S01", SUPERVISOR_PIN, station_id=st[2])) == "ok"
    assert code_of(try_sign_on(shop, "S01", SUPERVISOR_PIN, station_id=st[3])) == "ok"


def test_a_station_typing_many_codes_is_slowed_down(shop, clock, st):
    for i in range(auth.STATION.free):
        assert code_of(try_sign_on(shop, f"NOBODY{i}", "123456", station_id=st[5])) == "bad_pin"
    assert code_of(try_sign_on(shop, "P02", "2345", station_id=st[5])) == "wait"
    assert code_of(try_sign_on(shop, "P02", "2345", station_id=st[6])) == "ok", "other stations are not slowed"


def test_the_station_passes_its_id_so_its_own_scope_counts(shop, clock):
    a = StationService(shop, "PACK-A", RecordingPrinter(), render_label=fake_render)
    b = StationService(shop, "PACK-B", RecordingPrinter(), render_label=fake_render)
    for _ in range(3):
        with pytest.raises(AuthError):
            a.override("S01", "000000", "try")
    with pytest.raises(AuthError) as e:
        a.sign_on("S01", SUPERVISOR_PIN)
    assert e.value.code == "wait"
    assert b.sign_on("S01", SUPERVISOR_PIN).operator.name == "李静"


def test_guessing_takes_years_for_a_supervisor_and_weeks_for_a_packer():
    """The policy in numbers: the least time one station needs to try every PIN of one operator."""
    def seconds_for(tries: int, policy: auth.Backoff) -> int:
        total, n = 0, 1
        while n < tries and policy.wait_s(n) < policy.cap_s:
            total, n = total + policy.wait_s(n), n + 1
        return total + max(0, tries - n) * policy.cap_s

    year, day = 365 * 86400, 86400
    assert seconds_for(10 ** 6, auth.PAIR) > 25 * year           # 6 digits: ~28 years for all, half on average
    assert seconds_for(10 ** 4, auth.PAIR) > 100 * day           # 4 digits: ~104 days
    # twenty stations at once are held by the operator-wide scope: one try a minute
    assert seconds_for(10 ** 6, auth.OPERATOR) > 1.8 * year
    assert auth.OPERATOR.cap_s <= 60 and auth.PAIR.free >= 3, "what one packer can do to a supervisor elsewhere"
