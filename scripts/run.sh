#!/usr/bin/env bash
# Sets up (system packages, .venv) and starts PackStation; pass --demo for simulated devices and sample orders.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null; then
    echo "run: no display found; starting under a virtual screen (xvfb-run)" >&2
    exec xvfb-run -a .venv/bin/packstation "$@"
  fi
fi
exec .venv/bin/packstation "$@"
