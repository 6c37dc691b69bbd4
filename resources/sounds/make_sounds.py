"""Makes the three station sounds (run once; the WAV files are committed).

ok    — one short high beep (a scan counted)
error — a loud hi-lo two-tone alarm, 1,400 Hz and 900 Hz four times over (something is wrong: look at the
        screen); a warehouse floor's noise is mostly low, so both tones sit where the ear is keenest, and
        the odd harmonics make them cut through
done  — a rising three-note chime (label printed, next order)
"""
import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freq, ms, volume=0.6, square=False):
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        x = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            x = 1.0 if x >= 0 else -1.0
        env = min(1.0, i / 200, (n - i) / 200)  # no clicks
        out.append(volume * env * x)
    return out


def rich(freq, ms, volume=0.95):
    """A tone with its 3rd and 5th harmonics, peaking at `volume` of full scale: heard through machinery noise
    where a pure sine is lost."""
    n = int(RATE * ms / 1000)
    wave_ = [math.sin(2 * math.pi * freq * i / RATE) + math.sin(6 * math.pi * freq * i / RATE) / 3
             + math.sin(10 * math.pi * freq * i / RATE) / 5 for i in range(n)]
    peak = max(abs(x) for x in wave_)
    return [volume * min(1.0, i / 150, (n - i) / 150) * x / peak for i, x in enumerate(wave_)]


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(path, samples):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


here = Path(__file__).parent
write(here / "ok.wav", tone(2400, 80))
write(here / "error.wav", sum((rich(1400, 160) + rich(900, 160) for _ in range(4)), []))
write(here / "done.wav", tone(880, 110) + tone(1175, 110) + tone(1568, 220))
