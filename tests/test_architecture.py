"""The core (domain, models, services, devices, labels) never imports Qt: checked with PySide6 blocked."""
import subprocess
import sys

CODE = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("the core must not import Qt: " + name)
sys.meta_path.insert(0, Block())
import app
for pkg in ("app.domain", "app.models", "app.services", "app.devices", "app.labels"):
    mod = importlib.import_module(pkg)
    for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
        importlib.import_module(info.name)
import app.db, app.config, app.paths, app.cli
print("ok")
"""


def test_core_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
