"""Makes the three station sounds (run once; the WAV files are committed).

ok    — one short high beep (a scan counted)
error — a low, harsh double buzz (something is wrong: look at the screen)
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
write(here / "error.wav", tone(220, 260, 0.5, square=True) + silence(80) + tone(180, 380, 0.5, square=True))
write(here / "done.wav", tone(880, 110) + tone(1175, 110) + tone(1568, 220))
