#!/usr/bin/env bash
# The packaging check of CI (.ci/run calls it after the tests): builds the PyInstaller
# bundle, the .deb of version N and of N+1 (the same bundle, a bumped version), compiles
# the Windows installer script against the bundle (NSIS syntax and packaging check), then
# installs, upgrades, removes and purges the package (installer/package-install-check.sh).
# Prints the figures: bundle size and build time, .deb sizes and build times, install time,
# cold start of the installed kiosk, and the whole check's time.
#
# Usage (root, Debian 12): installer/ci-package-check.sh [--isolate]
#   --isolate   install into throwaway layers over /etc, /var, /opt and /usr (a private
#               mount namespace, overlayfs): nothing of the install stays on this machine,
#               and other processes never see /etc/escale. For a shared machine; CI runs
#               on a throwaway one and installs for real.
# Environment:
#   OUT              where the bundle, the packages and the installer go (default build/package-check)
#   BUNDLE_DIR       an existing bundle to package instead of building one (by hand only)
#   DEB_COMPRESS     compression of the CI packages: zstd (default, ~15 s) or xz (the release's,
#                    ~4 min on one core; see build-deb.sh)
#   NSIS_COMPRESSION none (default: a syntax and packaging check, ~20 s), zlib or lzma
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

isolate=0
for arg in "$@"; do
    case "$arg" in
        --isolate) isolate=1 ;;
        *) echo "usage: $0 [--isolate]" >&2; exit 2 ;;
    esac
done
OUT=$(realpath -m "${OUT:-build/package-check}")
DEB_COMPRESS=${DEB_COMPRESS:-zstd}
NSIS_COMPRESSION=${NSIS_COMPRESSION:-none}
check_started=$SECONDS
say() { printf 'package-check: %s\n' "$*"; }
now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
mib() { awk -v b="$(du -sb "$1" | cut -f1)" 'BEGIN { printf "%.0f MB", b / 1048576 }'; }

# The packaging tools (NSIS); build-bundle.sh installs PyInstaller into the venv if missing.
scripts/setup.sh --dev --packaging
rm -rf "$OUT/debs" "$OUT/windows"
mkdir -p "$OUT/debs" "$OUT/windows"

# -- the bundle -------------------------------------------------------------------------------
if [[ -n ${BUNDLE_DIR:-} ]]; then
    BUNDLE_DIR=$(realpath "$BUNDLE_DIR")
    BUNDLE_BUILD="not built (BUNDLE_DIR given)"
    say "using the bundle $BUNDLE_DIR"
else
    say "building the bundle (PyInstaller)"
    started=$(now)
    DIST="$OUT/dist" WORK="$OUT/pyinstaller" installer/build-bundle.sh >"$OUT/bundle.log" 2>&1 ||
        { tail -40 "$OUT/bundle.log" >&2; say "FAIL bundle build (log: $OUT/bundle.log)"; exit 1; }
    BUNDLE_BUILD="$(since "$started") s"
    BUNDLE_DIR="$OUT/dist/escale"
fi
BUNDLE_SIZE=$(mib "$BUNDLE_DIR")
say "bundle: $BUNDLE_DIR, $BUNDLE_SIZE; build: $BUNDLE_BUILD"
"$BUNDLE_DIR/kiosk" --version

# -- the packages: N and N+1 ------------------------------------------------------------------
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' kiosk/__init__.py)
NEXT="$VERSION+ci1"
build_deb() {  # build_deb VERSION -> prints the .deb's path
    BUNDLE_DIR="$BUNDLE_DIR" OUT_DIR="$OUT/debs" VERSION="$1" COMPRESS="$DEB_COMPRESS" \
        installer/build-deb.sh | tail -1
}
started=$(now)
DEB_N=$(build_deb "$VERSION")
DEB_SECONDS=$(since "$started")
DEB_SIZE=$(mib "$DEB_N")
DEB_N1=$(build_deb "$NEXT")
say ".deb ($DEB_COMPRESS): $DEB_N, $DEB_SIZE, built in $DEB_SECONDS s; upgrade package $(basename "$DEB_N1")"
dpkg-deb --info "$DEB_N" | sed -n '/Package:/,$p' | sed 's/^/    /'

# -- the Windows installer script, compiled against this (Linux) bundle ----------------------
started=$(now)
makensis -V2 "-DVERSION=$VERSION" "-DBUNDLE_DIR=$BUNDLE_DIR" "-DCOMPRESSION=$NSIS_COMPRESSION" \
    "-DOUTFILE=$OUT/windows/escale-setup-$VERSION.exe" -DALLOW_NON_WINDOWS_BUNDLE \
    installer/windows/escale.nsi >"$OUT/makensis.log" 2>&1 ||
    { cat "$OUT/makensis.log" >&2; say "FAIL makensis installer/windows/escale.nsi"; exit 1; }
NSIS_SECONDS=$(since "$started")
if grep -qi "warning" "$OUT/makensis.log"; then
    cat "$OUT/makensis.log" >&2
    say "FAIL makensis warnings"
    exit 1
fi
say "NSIS: escale.nsi compiled ($NSIS_COMPRESSION) in $NSIS_SECONDS s: $(mib "$OUT/windows/escale-setup-$VERSION.exe")"
rm -f "$OUT/windows/escale-setup-$VERSION.exe"  # a Linux bundle in a Windows installer: no use

# -- install, upgrade, remove, purge -------------------------------------------------------------
FIGURES="$OUT/install-figures.txt"
install_check=(env "PYTHON=$ROOT/.venv/bin/python" "FIGURES_FILE=$FIGURES"
               installer/package-install-check.sh "$DEB_N" "$DEB_N1")
if [[ $isolate == 1 ]]; then
    layers=$(mktemp -d /tmp/escale-layers.XXXXXX)
    trap 'rm -rf "$layers"' EXIT
    say "install check in throwaway layers over /etc /var /opt /usr ($layers)"
    # shellcheck disable=SC2016  # expanded by the inner shell
    unshare --mount --propagation private -- bash -euo pipefail -c '
        layers=$1; shift
        for dir in etc var opt usr; do
            mkdir -p "$layers/$dir/upper" "$layers/$dir/work"
        done
        # Containers bind-mount these files; an overlay would hide the mounts: copy them up.
        for file in resolv.conf hosts hostname; do
            if [ -f "/etc/$file" ]; then cp -L "/etc/$file" "$layers/etc/upper/$file"; fi
        done
        for dir in etc var opt usr; do
            mount -t overlay overlay \
                -o "lowerdir=/$dir,upperdir=$layers/$dir/upper,workdir=$layers/$dir/work" "/$dir"
        done
        exec "$@"' bash "$layers" "${install_check[@]}"
else
    "${install_check[@]}"
fi

say "figures:"
printf '    %-50s %s\n' \
    "bundle size" "$BUNDLE_SIZE" \
    "bundle build (PyInstaller)" "$BUNDLE_BUILD" \
    ".deb size ($DEB_COMPRESS)" "$DEB_SIZE" \
    ".deb build ($DEB_COMPRESS)" "$DEB_SECONDS s" \
    "NSIS compile ($NSIS_COMPRESSION)" "$NSIS_SECONDS s"
while IFS='|' read -r name value; do  # the install check's figures
    printf '    %-50s %s\n' "$name" "$value"
done <"$FIGURES"
printf '    %-50s %s s\n' "whole package check" "$((SECONDS - check_started))"
say "passed"
