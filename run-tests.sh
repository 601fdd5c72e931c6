#!/usr/bin/env bash
# Sets up (if needed, with the test tools) and runs lint and the whole test suite
# with Qt offscreen. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
