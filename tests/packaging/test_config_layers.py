"""One TOML format in two files: system-wide (IT's) and per user; per user wins key by key; every key
documented; errors name the key and the file."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app import config
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(tmp_path, monkeypatch):
    system = tmp_path / "etc" / "packstation.toml"
    user = tmp_path / "home" / "packstation.toml"
    system.parent.mkdir(parents=True)
    user.parent.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("PACKSTATION_SYSTEM_CONFIG", str(system))
    monkeypatch.delenv("PACKSTATION_CONFIG", raising=False)
    return system, user


def test_per_user_wins_key_by_key(files):
    system, user = files
    system.write_text('[station]\nname = "SITE"\n[database]\nurl = "postgresql://db/ps"\n'
                      '[weight]\ntolerance_g = 30\nzero_band_g = 10\n', encoding="utf-8")
    user.write_text('[weight]\ntolerance_g = 80\n[ui]\nlang = "en"\n', encoding="utf-8")
    cfg = config.load()
    assert cfg.tolerance_g == 80, "per user wins"
    assert cfg.zero_band_g == 10 and cfg.database_url == "postgresql://db/ps", "the rest comes from the system"
    assert cfg.station_name == "SITE" and cfg.lang == "en"
    assert cfg.tolerance_pct == 5.0, "neither file: the default"
    assert cfg.sources == [system, user] and cfg.source == user
    assert cfg.origins["weight.tolerance_g"] == user and cfg.origins["weight.zero_band_g"] == system
    assert "weight.tolerance_pct" not in cfg.origins


def test_system_file_alone(files):
    system, _user = files
    system.write_text('[devices]\nprinter = "tcp://10.0.0.20:9100"\n', encoding="utf-8")
    cfg = config.load()
    assert cfg.printer == "tcp://10.0.0.20:9100" and cfg.source == system


def test_no_files_all_defaults(files):
    cfg = config.load()
    assert cfg.source is None and cfg.sources == [] and cfg == config.Config(station_name=cfg.station_name)


def test_explicit_file_replaces_the_user_file_not_the_system_one(files, tmp_path):
    system, user = files
    system.write_text("[weight]\nzero_band_g = 11\n", encoding="utf-8")
    user.write_text("[weight]\nzero_band_g = 22\n", encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text("[weight]\ntolerance_g = 33\n", encoding="utf-8")
    cfg = config.load(other)
    assert (cfg.zero_band_g, cfg.tolerance_g) == (11, 33)


def test_system_file_can_be_switched_off(files, monkeypatch):
    system, _user = files
    system.write_text("[weight]\nzero_band_g = 11\n", encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_SYSTEM_CONFIG", "")
    assert config.system_path() is None and config.load().zero_band_g == 20
    assert config.load(system=None).zero_band_g == 20


def test_default_system_locations(monkeypatch):
    monkeypatch.delenv("PACKSTATION_SYSTEM_CONFIG", raising=False)
    monkeypatch.setattr(config.sys, "platform", "linux")
    assert config.system_path() == Path("/etc/packstation/packstation.toml")
    monkeypatch.setattr(config.sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "D:\\PD")
    assert config.system_path() == Path("D:\\PD") / "PackStation" / "packstation.toml"


@pytest.mark.parametrize("text, key", [
    ('[weight]\ntolerance_g = "lots"\n', "weight.tolerance_g"),
    ("[weight]\ntolerance_g = -1\n", "weight.tolerance_g"),
    ("[scanner]\nmax_gap_ms = true\n", "scanner.max_gap_ms"),
    ('[ui]\nlang = "fr"\n', "ui.lang"),
    ("[backup]\nkeep = 0\n", "backup.keep"),
    ('[database]\nurl = "not a url"\n', "database.url"),
    ("[station]\ncolour = 1\n", "station.colour"),
])
@pytest.mark.parametrize("where", ["system", "user"])
def test_errors_name_the_key_and_the_file(files, text, key, where):
    system, user = files
    bad = system if where == "system" else user
    good = user if where == "system" else system
    good.write_text("[weight]\nzero_band_g = 5\n", encoding="utf-8")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError) as err:
        config.load()
    assert key in str(err.value) and str(bad) in str(err.value)


def test_not_toml_names_the_file(files):
    system, _ = files
    system.write_text("[weight\n", encoding="utf-8")
    with pytest.raises(config.ConfigError, match="not valid TOML") as err:
        config.load()
    assert str(system) in str(err.value)


def test_bad_scale_url_names_the_file_it_came_from(files):
    system, user = files
    system.write_text('[devices]\nscale = "serial:///dev/ttyUSB0?protocol=nonsense"\n', encoding="utf-8")
    user.write_text("[weight]\nzero_band_g = 5\n", encoding="utf-8")
    with pytest.raises(config.ConfigError) as err:
        config.load()
    assert "devices.scale" in str(err.value) and str(system) in str(err.value)


def test_the_command_stops_naming_key_and_file(files, capsys):
    system, _ = files
    system.write_text("[backup]\nkeep = 1000\n", encoding="utf-8")
    assert main(["doctor"]) == 2
    err = capsys.readouterr().err
    assert "backup.keep" in err and str(system) in err


def test_every_key_documented_and_in_the_it_guide():
    assert set(config.DOCS) == set(config.KEYS)
    assert all(len(text) > 20 for text in config.DOCS.values())
    guide = (ROOT / "docs" / "IT.md").read_text(encoding="utf-8")
    start, end = guide.find(config.MD_START), guide.find(config.MD_END)
    assert 0 <= start < end, "docs/IT.md lost its generated table of config keys"
    table = guide[start:end + len(config.MD_END)] + "\n"
    assert table == config.markdown_table(), (
        "docs/IT.md's table of config keys is out of date: replace it with the output of "
        "`.venv/bin/python -m app.config --markdown`")
    for key in config.KEYS:
        assert f"`{key}`" in table


def test_template_is_valid_and_loads_to_the_defaults(tmp_path):
    text = config.template()
    raw = tomllib.loads(text)
    assert sum(len(v) for v in raw.values()) == len(config.KEYS)
    f = tmp_path / "t.toml"
    f.write_text(text, encoding="utf-8")
    cfg = config.load(f, system=None)
    defaults = config.Config(station_name="PACK-01")
    for attr, _t, _c in config.KEYS.values():
        assert getattr(cfg, attr) == getattr(defaults, attr)
    for key in config.KEYS:
        assert f"{key.split('.')[1]} = " in text


def test_dump_round_trips_windows_paths(tmp_path):
    cfg = config.Config(station_name='PACK "7"', backup_dir="D:\\Backups\\PackStation")
    f = tmp_path / "d.toml"
    f.write_text(config.dump(cfg), encoding="utf-8")
    back = config.load(f, system=None)
    assert back.backup_dir == "D:\\Backups\\PackStation" and back.station_name == 'PACK "7"'
