"""Scale protocol parsers on the manuals' example frames (tests/fixtures/scales), framers, units, the
stabiliser, URL checking — and every parser and framer fuzzed: no input may raise."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.scales import ScaleError, open_scale, parse_scale_url
from app.devices.scales import aandd, cas, hid, mtsics, nci, sma, toledo, toledo8217
from app.devices.scales.core import (
    Framer, Rejected, Reply, Sample, Stabilizer, grams_of, number, to_grams)
from app.devices.scales.registry import PROTOCOLS
from app.devices.scales import Reading, SimScale

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scales"

# protocol → (framer, parse(frame, fixture entry))
SERIAL = {
    "mtsics": (mtsics.framer, lambda f, e: mtsics.parse(f)),
    "toledo8217": (toledo8217.framer, lambda f, e: toledo8217.parse(f, e.get("unit", "kg"))),
    "toledo": (toledo.framer, lambda f, e: toledo.parse(f)),
    "cas": (cas.framer, lambda f, e: cas.parse(f, e.get("unit", "kg"))),
    "and": (aandd.framer, lambda f, e: aandd.parse(f)),
    "nci": (nci.framer, lambda f, e: nci.parse(f)),
    "sma": (sma.framer, lambda f, e: sma.parse(f)),
}


def cases(name: str) -> list[tuple[str, dict]]:
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return [(name, entry) for entry in data["frames"]]


def check(result, expect) -> None:
    if expect is None:
        assert result is None
        return
    if "reply" in expect:
        assert isinstance(result, Reply)
        assert (result.kind, result.ok) == (expect["reply"], expect["ok"])
        return
    assert isinstance(result, Sample), result
    for key, value in expect.items():
        assert getattr(result, key) == value, (key, result)


@pytest.mark.parametrize("name,entry", [c for n in SERIAL for c in cases(n)],
                         ids=lambda v: v if isinstance(v, str) else v.get("source", "")[:40])
def test_manual_frames_through_framer_and_parser(name, entry):
    make_framer, parse = SERIAL[name]
    raw = entry["frame"].encode("latin-1")
    framer = make_framer()
    # twice in a row, arriving in odd pieces as bytes do from a port
    stream = raw + raw
    frames = framer.feed(stream[:3]) + framer.feed(stream[3:len(raw) + 2]) + framer.feed(stream[len(raw) + 2:])
    assert len(frames) == 2 and frames[0] == frames[1], frames
    check(parse(frames[0], entry), entry["expect"])


@pytest.mark.parametrize("entry", [e for _, e in cases("hid")], ids=lambda e: e["source"][:40])
def test_hid_reports(entry):
    check(hid.parse(bytes.fromhex(entry["report"])), entry["expect"])


def test_every_protocol_has_recorded_frames():
    assert set(SERIAL) == set(PROTOCOLS)
    for name in [*SERIAL, "hid"]:
        assert len(cases(name)) >= 6, name


# ---------------------------------------------------------------- framers
def test_framer_drops_a_frame_cut_short_by_a_new_start():
    f = Framer(start=b"\x02", end=b"\r")
    assert f.feed(b"\x0201.2") == []
    assert f.feed(b"\x0201.250\r") == [b"01.250"]


def test_framer_bounds_its_buffer():
    f = Framer(end=b"\r\n", max_len=16)
    assert f.frames(b"x" * 100) == [Rejected("frame_too_long")]
    assert len(f._buf) < 16
    # what follows, up to the end of the overlong frame, is its tail: never a frame of its own
    assert f.feed(b"ST,+0001.234 kg\r\n") == []
    assert f.feed(b"ST,+0001.234 kg\r\n") == [b"ST,+0001.234 kg"]
    # an overlong frame that arrives whole with its end is rejected too, and the next one is read
    assert f.frames(b" " * 40 + b"!\r\nST,+0001.235 kg\r\n") == [Rejected("frame_too_long"), b"ST,+0001.235 kg"]


def test_toledo_framer_without_checksum_and_short_form():
    f = toledo.framer(checksum=False)
    long = b"\x02\x2d\x30\x20001250000000\r"
    short = b"\x02\x2d\x30\x20000500\r"
    assert f.feed(long + short + long[:4]) == [long, short]
    assert toledo.parse(long, checksum=False) == Sample(1250, True, tare_g=0)
    assert toledo.parse(short, checksum=False) == Sample(500, True)


def test_toledo_checksum_is_twos_complement_of_7_bit_sum():
    body = b"\x02\x2d\x30\x20001250000000\r"
    assert (sum(body) + toledo.checksum_of(body)) & 0x7F == 0


# ---------------------------------------------------------------- units and numbers
@pytest.mark.parametrize("raw,value", [("+  1.500", "1.500"), ("-0012.3", "-12.3"), ("0013,5", "13.5"),
                                       ("  5.025", "5.025"), ("", None), ("1.2.3", None), ("^^^", None),
                                       ("+", None), (".", None), ("１２", None)])
def test_number(raw, value):
    assert (str(number(raw)) if number(raw) is not None else None) == value


@pytest.mark.parametrize("text,unit,grams", [("1.234", "kg", 1234), ("250", "g", 250), ("1", "lb", 454),
                                             ("1", "oz", 28), ("0.5", "g", 1), ("-0.5", "g", -1),
                                             ("2", "t", 2_000_000), ("1", "ct", None)])
def test_units_normalised_to_grams(text, unit, grams):
    assert grams_of(text, unit) == grams


def test_stabilizer_needs_n_equal_readings():
    s = Stabilizer(3)
    assert [s.push(g) for g in (100, 100, 100, 101, 101, 101, 101)] == [False, False, True, False, False,
                                                                       True, True]


# ---------------------------------------------------------------- fuzz: no input raises
PARSERS = [
    lambda b: mtsics.parse(b), lambda b: toledo8217.parse(b), lambda b: toledo8217.parse(b, "lb"),
    lambda b: toledo.parse(b), lambda b: toledo.parse(b, checksum=False), lambda b: cas.parse(b),
    lambda b: aandd.parse(b), lambda b: nci.parse(b), lambda b: sma.parse(b), lambda b: hid.parse(b),
]
FRAMERS = [mtsics.framer, toledo8217.framer, toledo.framer, lambda: toledo.framer(False), cas.framer,
           aandd.framer, nci.framer, sma.framer]
ALPHABET = st.sampled_from(list(b"\x02\x03\r\n ,.+-0123456789?^_SDIGTNMZOUEKLkglbozPC%\x80\xc4\xff"))
frames = st.one_of(st.binary(max_size=40), st.lists(ALPHABET, max_size=40).map(bytes))


@settings(max_examples=400, deadline=None)
@given(frames)
def test_fuzz_parsers_never_raise(data):
    for parse in PARSERS:
        r = parse(data)
        assert r is None or isinstance(r, (Sample, Reply))
        if isinstance(r, Sample) and r.status != "ok":
            assert r.stable is False  # never a stable weight out of an error frame


@settings(max_examples=200, deadline=None)
@given(st.lists(frames, max_size=6))
def test_fuzz_framers_never_raise_and_stay_bounded(chunks):
    for make in FRAMERS:
        f = make()
        for chunk in chunks:
            for frame in f.feed(chunk):
                assert isinstance(frame, bytes)
        assert len(f._buf) <= 300


@settings(max_examples=200, deadline=None)
@given(st.integers(-999_999, 999_999), st.booleans(), st.sampled_from([0, 1, 2, 3, 4, 5]))
def test_toledo_round_trip(shown, motion, dp):
    swa = 0x20 | 0x08 | dp
    swb = 0x20 | 0x10 | (0x02 if shown < 0 else 0) | (0x08 if motion else 0)
    body = b"\x02" + bytes([swa, swb, 0x20]) + f"{abs(shown):06d}000000".encode() + b"\r"
    frame = body + bytes([toledo.checksum_of(body)])
    assert toledo.framer().feed(frame) == [frame]
    r = toledo.parse(frame)
    from decimal import Decimal
    assert r == Sample(to_grams(Decimal(shown).scaleb(2 - dp), "kg"), not motion, tare_g=0)


# ---------------------------------------------------------------- URLs
@pytest.mark.parametrize("url,word", [
    ("serial:///dev/ttyUSB0?protocol=cas&baud=fast", "'baud'"),
    ("serial:///dev/ttyUSB0?protocol=cas&baud=0", "'baud'"),
    ("serial:///dev/ttyUSB0?protocol=cas&baud=9_600", "'baud'"),         # int() takes it
    ("serial:///dev/ttyUSB0?protocol=cas&baud=%D9%A9%D9%A6%D9%A0%D9%A0", "'baud'"),  # ٩٦٠٠, likewise
    ("serial:///dev/ttyUSB0?protocol=cas&bytesize=9", "'bytesize'"),
    ("serial:///dev/ttyUSB0?protocol=cas&parity=X", "'parity'"),
    ("serial:///dev/ttyUSB0?protocol=cas&stopbits=3", "'stopbits'"),
    ("serial:///dev/ttyUSB0?protocol=toledo8217&mode=continuous", "'mode'"),
    ("serial:///dev/ttyUSB0?protocol=scalex", "'protocol'"),
    ("serial:///dev/ttyUSB0", "'protocol'"),
    ("serial:///dev/ttyUSB0?protocol=cas&speed=9600", "'speed'"),
    ("serial:///dev/ttyUSB0?protocol=cas&baud=9600&baud=4800", "'baud'"),
    ("serial:///dev/ttyUSB0?protocol=mtsics&unit=kg", "'unit'"),
    ("serial:///dev/ttyUSB0?protocol=cas&unit=catty", "'unit'"),
    ("serial:///dev/ttyUSB0?protocol=cas&checksum=1", "'checksum'"),
    ("serial:///dev/ttyUSB0?protocol=toledo&checksum=2", "'checksum'"),
    ("serial:///dev/ttyUSB0?protocol=cas&interval_ms=1", "'interval_ms'"),
    ("serial:///dev/ttyUSB0?protocol=cas&stable_n=0", "'stable_n'"),
    ("serial:///dev/ttyUSB0?protocol=cas&retry_ms=100&retry_max_ms=50", "'retry_max_ms'"),
    ("serial:///dev/ttyUSB0?protocol=cas&timeout_ms=x", "'timeout_ms'"),
    ("serial:///dev/ttyUSB0?protocol=cas&stale_ms=x", "'stale_ms'"),
    ("serial:///dev/ttyUSB0?protocol=cas&url=loop://", "'url'"),
    ("serial:?protocol=cas", "'url'"),
    ("hid://dymo", "VID:PID"),
    ("hid://0x0922:0x8003?protocol=cas", "'protocol'"),
    ("sim://scale?noise_g=-1", "'noise_g'"),
    ("sim://printer", "sim://scale"),
    ("usb://0x0922:0x8003", "scheme"),
])
def test_bad_urls_name_the_parameter(url, word):
    with pytest.raises(ScaleError, match=word):
        parse_scale_url(url)


def test_url_forms():
    kind, cfg = parse_scale_url(
        "serial:///dev/ttyUSB0?baud=9600&bytesize=7&parity=E&stopbits=1&protocol=toledo8217&mode=poll")
    assert kind == "serial" and cfg["port"] == "/dev/ttyUSB0" and cfg["mode"] == "poll"
    assert cfg["line"] == {"baudrate": 9600, "bytesize": 7, "parity": "E", "stopbits": 1}
    assert cfg["stale_s"] == 1.0
    kind, cfg = parse_scale_url("serial:?url=socket://127.0.0.1:4001&protocol=mtsics&interval_ms=500")
    assert cfg["port"] == "socket://127.0.0.1:4001" and cfg["mode"] == "poll" and cfg["stale_s"] == 1.5
    assert parse_scale_url("serial://COM3?protocol=cas")[1]["port"] == "COM3"
    assert parse_scale_url("serial:///dev/ttyS0?protocol=and")[1]["line"]["baudrate"] == 2400
    assert parse_scale_url("hid://0x0922:0x8003")[1]["vid"] == 0x0922


def test_sim_url_opens_the_sim_scale():
    s = open_scale("sim://scale?settle_ms=0")
    assert isinstance(s, SimScale)
    s.place(500)
    assert s.read() == Reading(500, True)


def test_reading_extra_fields_do_not_change_equality():
    assert Reading(500, True, at=1.0, detail="x") == Reading(500, True)
