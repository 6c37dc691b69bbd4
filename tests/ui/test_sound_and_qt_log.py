"""The error sound is a loud two-tone alarm unlike the OK beep; Qt's repeated warnings go to the log once."""
import logging
import wave
from types import SimpleNamespace

from PySide6.QtCore import QtMsgType

from app import paths
from app.ui.app import QtMessages


def samples(name):
    with wave.open(str(paths.resource("sounds", f"{name}.wav"))) as w:
        rate, raw = w.getframerate(), w.readframes(w.getnframes())
    return rate, [int.from_bytes(raw[i:i + 2], "little", signed=True) / 32768 for i in range(0, len(raw), 2)]


def pitch(chunk, rate):
    """The fundamental by zero crossings (the harmonics are odd and smaller: the crossings follow it)."""
    crossings = sum(1 for a, b in zip(chunk, chunk[1:]) if a < 0 <= b)
    return crossings * rate / len(chunk)


def test_the_error_sound_alternates_two_tones_at_full_loudness():
    rate, s = samples("error")
    assert 0.8 <= len(s) / rate <= 1.6 and max(abs(x) for x in s) >= 0.8
    seg = int(rate * 0.16)
    tones = [round(pitch(s[i + seg // 4:i + 3 * seg // 4], rate), -2) for i in range(0, len(s) - seg + 1, seg)]
    assert len(set(tones)) == 2 and all(a != b for a, b in zip(tones, tones[1:])), tones
    assert all(800 <= t <= 2000 for t in tones), "where the ear is keenest, above the floor's rumble"
    ok_rate, ok = samples("ok")
    assert len(ok) / ok_rate < 0.2 < len(s) / rate, "the OK beep is short; the alarm is not"


def test_repeated_qt_warnings_reach_the_log_once(caplog):
    handler = QtMessages(logging.getLogger("qt-test"))
    ctx = SimpleNamespace(category="qt.multimedia.audio")
    with caplog.at_level(logging.DEBUG, logger="qt-test"):
        for _ in range(50):
            handler(QtMsgType.QtWarningMsg, ctx, "no audio device")
            handler(QtMsgType.QtWarningMsg, SimpleNamespace(category="qt.qpa"),
                    "This plugin does not support propagateSizeHints()")
        handler(QtMsgType.QtCriticalMsg, SimpleNamespace(category="default"), "something else")
    assert [r.getMessage() for r in caplog.records] == [
        "qt.multimedia.audio: no audio device", "qt.qpa: This plugin does not support propagateSizeHints()",
        "default: something else"]
