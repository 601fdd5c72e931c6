#!/usr/bin/env bash
# Sets up Escale on a fresh Debian machine: the system libraries Qt needs, then a
# virtual environment in .venv with the kiosk installed. Safe to run again: it only
# installs what is missing. Usage: scripts/setup.sh [--dev] [--packaging]
#   --dev        the test tools too
#   --packaging  the tools of the packaging check (installer/ci-package-check.sh): NSIS
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
packaging=0
for arg in "$@"; do
  case "$arg" in
    --dev) dev=1 ;;
    --packaging) packaging=1 ;;
    *) echo "setup: unknown option $arg (--dev, --packaging)" >&2; exit 2 ;;
  esac
done

# Qt (xcb and offscreen platforms), fonts, and the tools the tests and screenshots use.
system_packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
  fonts-dejavu-core fonts-droid-fallback libzbar0)  # libzbar0: pyzbar's 1D barcode fallback
# fonts-droid-fallback: Chinese on screen and in the PDFs (DejaVu has no CJK glyphs).
system_packages+=(espeak-ng)  # "Lire à voix haute" (kiosk/ui/speech.py); without it the button is hidden
[ "$dev" = 1 ] && system_packages+=(xvfb poppler-utils fonts-ocr-b)  # OCR-B: generated MRZ test images
# makensis compiles installer/windows/escale.nsi; dpkg-dev's dpkg-deb is already there on Debian.
[ "$packaging" = 1 ] && system_packages+=(nsis)

missing=()
for p in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python_bin=""
for candidate in python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python_bin="$candidate"; break
  fi
done
[ -n "$python_bin" ] || { echo "setup: Python 3.11 or newer is required" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
  dpkg-query -W python3-venv >/dev/null 2>&1 || "$python_bin" -m venv --help >/dev/null 2>&1 ||
    { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq python3-venv >/dev/null; }
  "$python_bin" -m venv .venv
fi

extras="."
[ "$dev" = 1 ] && extras=".[dev]"
stamp=".venv/.escale-installed-$(sha256sum pyproject.toml | cut -c1-16)-$dev"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages ($extras)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e "$extras"
  rm -f .venv/.escale-installed-*
  touch "$stamp"
fi

# Translations: the .ts files are the source, the .qm files Qt loads are built here (not
# committed), again whenever a .ts is newer than its .qm.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
