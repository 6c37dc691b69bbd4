"""Where PackStation finds its shipped resources and keeps its data (no Qt)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "PackStation"


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data directory; PACKSTATION_HOME overrides it (tests, portable installs)."""
    home = os.environ.get("PACKSTATION_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = os.environ.get("PACKSTATION_HOME")
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


CJK_FONT = "fonts/wqy-microhei.ttc"


def cjk_font_path() -> Path:
    return resource(CJK_FONT)
