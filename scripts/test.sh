#!/usr/bin/env bash
# Sets up (system packages, .venv) and runs the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# Both cores, each test file whole on one worker (a file's fixtures and caches stay together); a run with
# arguments (one file, -k …) runs in this process as usual.
if [ "$#" -eq 0 ]; then
  exec .venv/bin/python -m pytest -n 2 --dist loadfile
fi
exec .venv/bin/python -m pytest "$@"
