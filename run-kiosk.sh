#!/usr/bin/env bash
# Sets up (if needed) and starts the kiosk. Extra arguments go to `kiosk`.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/kiosk "$@"
