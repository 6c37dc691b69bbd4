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


# ---------------------------------------------------------------- bounded (issue #11.9)
def test_a_stuck_key_is_dropped_not_held_forever():
    """A key held down repeats every 33 ms, as fast as the wedge's 40 ms gap: the burst would be held back
    for ever and grow without bound. After max_length keys it is dropped and reported, the rest of it is
    swallowed, and what is typed after a pause works again."""
    from app.devices.wedge import Dropped

    asm = WedgeAssembler(40, 4, max_length=4096)
    out, t = feed(asm, "a" * 20_000, gap=33)
    assert len(asm.pending) <= 4096
    assert [a for a in out if not isinstance(a, Dropped)] == []          # nothing typed, nothing scanned
    assert Dropped("code_too_long", 4097) in out and asm.dropped == 1    # reported once
    actions, used = asm.terminator(t)                                     # the Enter that ends it is its own
    assert actions == [] and used
    out, t = feed(asm, "6901234567892", start=t + 500)
    assert asm.terminator(t) == ([Scan("6901234567892")], True)


def test_a_burst_longer_than_max_length_never_passes_for_a_code():
    asm = WedgeAssembler(40, 4, max_length=64)
    out, t = feed(asm, "9" * 200)
    actions, used = asm.terminator(t)
    assert not [a for a in out + actions if isinstance(a, Scan)]          # not even its last 64 keys


def test_a_line_end_suffix_is_the_enter_key():
    """scanner.suffix = "\\r" (the serial scanner's setting, copied to the wedge): the wedge never sees a CR
    as a key, only Enter, which ends the code anyway."""
    asm = WedgeAssembler(40, 4, suffix="\r")
    _, t = feed(asm, "6901234567892")
    assert asm.terminator(t) == ([Scan("6901234567892")], True)
