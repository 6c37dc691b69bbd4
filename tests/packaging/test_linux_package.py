"""The Linux tarball's pieces: the .desktop entry, the install script and the build/self-check scripts."""
from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def test_desktop_entry():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(LINUX / "packstation.desktop", encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Name"] == "PackStation" and e["Name[zh_CN]"]
    assert e["Exec"] == "/opt/packstation/packstation run" and e["TryExec"] == "/opt/packstation/packstation"
    assert e["Terminal"] == "false" and e["Categories"].endswith(";")


def test_shell_scripts_parse():
    for script in (LINUX / "install.sh", ROOT / "packaging" / "build.sh", ROOT / "packaging" / "selfcheck.sh",
                   ROOT / ".ci" / "run"):
        out = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert out.returncode == 0, f"{script}: {out.stderr}"


def test_install_script_puts_things_where_the_docs_say():
    text = (LINUX / "install.sh").read_text(encoding="utf-8")
    doc = (ROOT / "docs" / "IT.md").read_text(encoding="utf-8")
    for path in ("/opt/packstation", "/usr/local/bin/packstation", "/usr/share/applications/packstation.desktop",
                 "/etc/packstation/packstation.toml"):
        assert path in text and path in doc, path


def test_ci_builds_and_checks_the_bundle_after_the_tests():
    lines = [ln.strip() for ln in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert "set -euo pipefail" in lines
    tests, build = lines.index("bash scripts/test.sh"), lines.index("bash packaging/build.sh --check")
    assert tests < build
    build_sh = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "pyinstaller==$PYINSTALLER_VERSION" in build_sh and "PYINSTALLER_VERSION=6.22.0" in build_sh
    assert "packaging/selfcheck.sh" in build_sh
