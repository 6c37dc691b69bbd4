"""The built program: start to ready, and the size of the bundle.

Each run is a fresh process of the bundle (`packstation run --demo --exit-after 0`, offscreen): loader,
Python, imports from the archive, database open and upgrade check, font, translations, the demo's scale,
window shown, one turn of the event loop, exit. The first run seeds the demo database and is not counted.
Build the bundle first: ./packaging/build.sh

    .venv/bin/python bench/packaged.py [runs] [--bundle dist/packstation]

Targets: start ≤ 3 s (median); bundle ≤ 250 MB.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_TARGET_S = 3.0
SIZE_TARGET_MB = 250
ROOT = Path(__file__).resolve().parent.parent


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="?", type=int, default=7)
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "packstation")
    args = ap.parse_args()
    exe = args.bundle / ("packstation.exe" if sys.platform == "win32" else "packstation")
    if not exe.exists():
        print(f"no bundle at {args.bundle}: build it with ./packaging/build.sh", file=sys.stderr)
        return 1
    env = dict(os.environ, PACKSTATION_HOME=tempfile.mkdtemp(prefix="ps-packaged-"), QT_QPA_PLATFORM="offscreen",
               PACKSTATION_SYSTEM_CONFIG="")
    env.pop("PACKSTATION_CONFIG", None)
    cmd = [str(exe), "run", "--demo", "--exit-after", "0"]
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)  # seeds the demo database
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - t)
    t = time.perf_counter()
    subprocess.run([str(exe), "doctor"], env=env, check=True, capture_output=True, timeout=120)
    doctor_s = time.perf_counter() - t
    med = statistics.median(times)
    size_mb = bundle_size(args.bundle) / 1e6
    internal = args.bundle / "_internal"
    biggest = sorted(((bundle_size(p) if p.is_dir() else p.stat().st_size, p.name)
                      for p in internal.iterdir()), reverse=True)[:5] if internal.is_dir() else []
    print(f"bundle:  {args.bundle}")
    print(f"runs:    {', '.join(f'{x:.2f}' for x in times)} s")
    print(f"start to ready median = {med:.2f} s (target ≤ {START_TARGET_S} s): "
          f"{'OK' if med <= START_TARGET_S else 'OVER'}")
    print(f"doctor (self-check) = {doctor_s:.2f} s")
    print(f"bundle size = {size_mb:.0f} MB (target ≤ {SIZE_TARGET_MB} MB): "
          f"{'OK' if size_mb <= SIZE_TARGET_MB else 'OVER'}")
    if biggest:
        print("largest parts: " + ", ".join(f"{name} {b / 1e6:.0f} MB" for b, name in biggest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
