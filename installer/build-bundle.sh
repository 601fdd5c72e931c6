#!/usr/bin/env bash
# Builds the one-folder bundle dist/escale/ with PyInstaller (installer/escale.spec).
#   PYTHON   the interpreter with the kiosk and its dependencies (default: .venv/bin/python);
#            PyInstaller is installed into it if missing.
#   DIST     where the bundle goes (default: dist/)
#   WORK     PyInstaller's work folder (default: build/pyinstaller)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi
# Translations must be compiled (.qm) before they are bundled.
if ! ls resources/translations/*.qm >/dev/null 2>&1; then
    echo "build-bundle: no compiled translations (.qm): run scripts/setup.sh first" >&2
    exit 1
fi
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath "$DIST" --workpath "$WORK" \
    installer/escale.spec
echo "bundle: $DIST/escale ($(du -sh "$DIST/escale" | cut -f1))"
