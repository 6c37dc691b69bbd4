import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data directory: no test touches the user's database."""
    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path / "home"))
    yield


@pytest.fixture
def db(tmp_path):
    from app.db import Database

    database = Database(f"sqlite:///{tmp_path / 'test.db'}")
    database.upgrade()
    yield database
    database.dispose()
