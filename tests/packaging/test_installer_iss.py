"""The Inno Setup script, parsed: it cannot be compiled or run on Linux (ISCC.exe is Windows-only), so these
tests check its sections, the directives a per-machine silent install needs, the shortcuts, and the code
that installs the site configuration. docs/IT.md says plainly that the Windows installer is untested here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "packstation.iss"
IT_DOC = ROOT / "docs" / "IT.md"


def parse_iss(text: str) -> dict[str, list[str]]:
    """Sections -> their lines, without comments (';' at line start) and blank lines; [Code] kept whole."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if current != "Code" and (not line or line.startswith(";")):
            continue
        m = re.fullmatch(r"\[([A-Za-z]+)\]", line)
        if m:
            current = m.group(1)
            if current in sections:
                raise AssertionError(f"section [{current}] twice")
            sections[current] = []
            continue
        if current is None:
            assert line.startswith("#"), f"only preprocessor lines before the first section: {line!r}"
            continue
        sections[current].append(raw.rstrip())
    return sections


def directives(lines: list[str]) -> dict[str, str]:
    out = {}
    for line in lines:
        key, sep, value = line.partition("=")
        assert sep, f"not a directive: {line!r}"
        out[key.strip()] = value.strip()
    return out


def entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Flags: a b` lines as dicts (quotes removed, "" unescaped)."""
    out = []
    for line in lines:
        params = {}
        for m in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)\s*(?:;|$)', line):
            value = m.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            params[m.group(1)] = value
        assert params, f"not an entry: {line!r}"
        out.append(params)
    return out


@pytest.fixture(scope="module")
def iss():
    return parse_iss(ISS.read_text(encoding="utf-8"))


def test_sections(iss):
    for name in ("Setup", "Languages", "Tasks", "Files", "Icons", "Run", "Code"):
        assert name in iss, f"[{name}] missing"


def test_setup_installs_per_machine_64_bit(iss):
    d = directives(iss["Setup"])
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", d["AppId"]), \
        "a fixed AppId (upgrades replace the same installation)"
    for key in ("AppName", "AppVersion", "DefaultDirName", "OutputBaseFilename"):
        assert d.get(key), key
    assert d["PrivilegesRequired"] == "admin", "per machine"
    assert "PrivilegesRequiredOverridesAllowed" not in d, "no per-user install through the back door"
    assert d["DefaultDirName"].startswith("{autopf}")
    assert d["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert d["MinVersion"] == "10.0.17763", "Qt 6 needs Windows 10 1809+"
    assert d["RestartApplications"] == "no"


def test_bundle_is_installed_whole(iss):
    files = entries(iss["Files"])
    bundle = [f for f in files if f["Source"].startswith("{#BundleDir}")]
    assert bundle and bundle[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(bundle[0]["Flags"].split())
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r'#define BundleDir "\.\.\\dist\\packstation"', text), "the PyInstaller output folder"


def test_shortcuts_for_all_users(iss):
    icons = entries(iss["Icons"])
    names = [i["Name"] for i in icons]
    assert any(n.startswith("{autoprograms}") for n in names), "Start menu"
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}")]
    assert desktop and desktop[0].get("Tasks") == "desktopicon"
    station = [i for i in icons if i["Filename"] == r"{app}\packstationw.exe"]
    assert station and all(i["Parameters"] == "run" for i in station), "the windowed program runs the station"
    assert any("doctor" in i.get("Parameters", "") for i in icons), "a shortcut to the self-check"


def test_silent_install_is_supported(iss):
    """Nothing may wait for a click under /VERYSILENT /SUPPRESSMSGBOXES: message boxes are suppressible and
    the program is not started after a silent install."""
    code = "\n".join(iss["Code"])
    assert "SuppressibleMsgBox" in code
    assert not re.search(r"(?<!Suppressible)MsgBox\(", code), "a plain MsgBox blocks a silent install"
    for run in entries(iss["Run"]):
        flags = set(run.get("Flags", "").split())
        if "postinstall" in flags:
            assert "skipifsilent" in flags, run
    tasks = entries(iss["Tasks"])
    assert all("unchecked" not in t.get("Flags", "") for t in tasks), "a silent install creates the shortcuts"


def test_site_config_parameter(iss):
    code = "\n".join(iss["Code"])
    assert "{param:CONFIG|}" in code, "/CONFIG=FILE"
    assert "{param:STATION|}" in code, "/STATION=NAME"
    assert r"{commonappdata}\{#AppName}\packstation.toml" in code, "the system-wide file the program reads"
    assert "FileExists(Config)" in code and "Result := False" in code, "a missing /CONFIG file stops setup"
    assert "ssPostInstall" in code and "FileCopy(Config, Target" in code
    assert "'.bak'" in code, "an existing system-wide file is kept"
    assert "SaveStringsToUTF8File" in code, "TOML is UTF-8"
    assert r"{commonappdata}\{#AppName}" in "\n".join(iss["Dirs"])


def test_pascal_blocks_balance(iss):
    code = re.sub(r"\{[^}]*\}|'[^']*'|//[^\n]*", "", "\n".join(iss["Code"]))
    words = re.findall(r"\b(begin|end|case|try)\b", code, flags=re.IGNORECASE)
    opened = sum(1 for w in words if w.lower() in ("begin", "case", "try"))
    closed = sum(1 for w in words if w.lower() == "end")
    assert opened == closed, f"{opened} begin/case/try vs {closed} end"
    for fn in ("InitializeSetup", "CurStepChanged"):
        assert re.search(rf"\b(function|procedure) {fn}\b", code), fn


def test_station_name_rewrite_matches_the_config_format(tmp_path):
    """The [Code] rewrite puts `name = "…"` under [station]; the program must read that back."""
    from app import config

    f = tmp_path / "packstation.toml"
    f.write_text('\ufeff[database]\nurl = ""\n[station]\nname = "PACK-07"\n', encoding="utf-8")
    assert config.load(f, system=None).station_name == "PACK-07", "UTF-8 with BOM, as SaveStringsToUTF8File"


def test_it_doc_gives_the_silent_command_and_says_it_is_untested_here():
    doc = IT_DOC.read_text(encoding="utf-8")
    for flag in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CONFIG=", "/STATION="):
        assert flag in doc, flag
    assert "not been run" in doc or "cannot run" in doc
