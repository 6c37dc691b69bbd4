"""Start-up time: launch `packstation run --demo` to the sign-on screen shown and the event loop running.

Each run is a fresh process (interpreter, imports, database open and upgrade check, demo card query, font,
translations, window) that quits as soon as its event loop turns once with the window up. The first run
seeds the demo database and is not counted.

    .venv/bin/python bench/startup.py [runs]

Target: ≤ 1.5 s from launch to the sign-on screen ready.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.5
ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, PACKSTATION_HOME=tempfile.mkdtemp(prefix="ps-start-"), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "app", "run", "--demo", "--exit-after", "0"]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)  # seeds the demo database
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"runs: {', '.join(f'{x:.2f}' for x in times)} s")
    print(f"startup median = {med:.2f} s (target ≤ {TARGET_S} s): {'OK' if med <= TARGET_S else 'OVER'}")


if __name__ == "__main__":
    main()
