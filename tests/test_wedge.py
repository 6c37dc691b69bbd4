from hypothesis import given
from hypothesis import strategies as st

from app.devices.wedge import Replay, Scan, WedgeAssembler


def feed(asm, text, start=0.0, gap=5.0):
    out, t = [], start
    for ch in text:
        out += asm.key(ch, t)
        t += gap
    return out, t


def test_fast_keys_ending_in_enter_are_a_scan():
    asm = WedgeAssembler(40, 4)
    out, t = feed(asm, "6901234567892")
    assert out == []
    actions, used = asm.terminator(t)
    assert actions == [Scan("6901234567892")] and used


def test_slow_typing_is_replayed_to_the_widget():
    asm = WedgeAssembler(40, 4)
    out, t = feed(asm, "12", gap=150)
    assert out == [Replay("1")]
    actions, used = asm.terminator(t + 150)
    assert actions == [Replay("2")] and not used


def test_short_fast_code_is_not_a_scan():
    asm = WedgeAssembler(40, 4)
    out, t = feed(asm, "12")
    actions, used = asm.terminator(t)
    assert actions == [Replay("12")] and not used


def test_half_read_code_without_terminator_is_rejected_by_timeout():
    asm = WedgeAssembler(40, 4)
    _, t = feed(asm, "690123")
    assert asm.timeout(t + 10) == []
    assert asm.timeout(t + 100) == [Replay("690123")]
    assert asm.pending == ""


def test_pause_before_enter_is_not_a_scan():
    asm = WedgeAssembler(40, 4)
    _, t = feed(asm, "690123456")
    actions, used = asm.terminator(t + 500)
    assert actions == [Replay("690123456")] and not used


def test_control_characters_are_dropped():
    asm = WedgeAssembler(40, 4)
    _, t = feed(asm, "69\x0012\x1d34")
    assert asm.terminator(t)[0] == [Scan("691234")]


@given(st.lists(st.tuples(st.characters(), st.floats(0, 1000)), max_size=50))
def test_no_key_is_lost_or_doubled(keys):
    """Whatever the timing, every printable key comes out exactly once, as scan or as typed text."""
    asm = WedgeAssembler(40, 4)
    out, t = [], 0.0
    for ch, gap in keys:
        t += gap
        out += asm.key(ch, t)
    out += asm.timeout(t + 1000)
    got = "".join(a.text for a in out)
    assert got == "".join(ch for ch, _ in keys if ch.isprintable())
