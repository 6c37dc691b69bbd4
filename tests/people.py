"""The small warehouse's people (tests/conftest.py `shop`, tests/services/test_ledger_day.py) and how a test
signs one on: packers by badge alone, supervisors and admins by badge and PIN (app.services.auth)."""
from app.services import auth

SUPERVISOR_PIN = "999999"   # S01 李静, badge B9001
ADMIN_PIN = "000000"        # A01 管理员, badge B9999 (added by the tests that need an admin)
PINS = {"B9001": SUPERVISOR_PIN, "S01": SUPERVISOR_PIN, "B9999": ADMIN_PIN, "A01": ADMIN_PIN}


def who(db, ident: str):
    """The operator view an authenticated sign-on gives, as the UI hands it to the services."""
    with db.session() as s:
        return auth.authenticate(s, ident, PINS.get(ident))
