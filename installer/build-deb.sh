#!/usr/bin/env bash
# Builds the Debian package escale-kiosk_VERSION_ARCH.deb from a PyInstaller bundle.
#   BUNDLE_DIR  the one-folder bundle (default: dist/escale, from build-bundle.sh)
#   VERSION     package version (default: the kiosk's __version__)
#   OUT_DIR     where the .deb goes (default: dist/)
#   ARCH        Debian architecture (default: dpkg --print-architecture)
#   COMPRESS    xz (default: the smallest download, 134 MB; ~4 CPU-minutes for the 500 MB
#               bundle), zstd (~10 s, 181 MB; dpkg >= 1.21.18, Debian 12), gzip, none
#   COMPRESS_LEVEL  the compressor's level (default: dpkg-deb's)
# Prints the path of the .deb. Needs only dpkg-deb (no root: --root-owner-group).
# An upgrade package of the same bundle: VERSION=0.1.0+1 installer/build-deb.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE_DIR=${BUNDLE_DIR:-$ROOT/dist/escale}
OUT_DIR=${OUT_DIR:-$ROOT/dist}
ARCH=${ARCH:-$(dpkg --print-architecture)}
if [[ -z "${VERSION:-}" ]]; then
    VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/kiosk/__init__.py")
fi
COMPRESS=${COMPRESS:-xz}
case "$COMPRESS" in
    xz|zstd|gzip|none) ;;
    *) echo "build-deb: COMPRESS must be xz, zstd, gzip or none, not $COMPRESS" >&2; exit 2 ;;
esac
if [[ ! "$VERSION" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]]; then
    echo "build-deb: not a Debian version: $VERSION" >&2
    exit 2
fi
if [[ ! -x "$BUNDLE_DIR/kiosk" ]]; then
    echo "build-deb: no executable $BUNDLE_DIR/kiosk: run installer/build-bundle.sh first" >&2
    exit 2
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/escale-kiosk"
install -d -m 0755 "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/etc/escale" \
    "$PKG/etc/X11/xorg.conf.d" "$PKG/usr/lib/systemd/system" "$PKG/usr/share/doc/escale-kiosk"
cp -a "$BUNDLE_DIR" "$PKG/opt/escale"
chmod -R u+rwX,go+rX,go-w "$PKG/opt/escale"
install -m 0755 "$HERE/kiosk-session" "$PKG/opt/escale/kiosk-session"
install -m 0755 "$HERE/kiosk-wrapper" "$PKG/usr/bin/kiosk"
install -m 0644 "$HERE/config.toml.example" "$PKG/etc/escale/config.toml"
install -m 0644 "$HERE/50-escale-kiosk.conf" "$PKG/etc/X11/xorg.conf.d/50-escale-kiosk.conf"
install -m 0644 "$HERE/escale-kiosk.service" "$PKG/usr/lib/systemd/system/escale-kiosk.service"
install -m 0644 "$HERE/config.toml.example" "$PKG/usr/share/doc/escale-kiosk/config.toml.example"
for script in postinst prerm postrm; do
    install -m 0755 "$HERE/debian/$script" "$PKG/DEBIAN/$script"
done
printf '%s\n' /etc/escale/config.toml /etc/X11/xorg.conf.d/50-escale-kiosk.conf > "$PKG/DEBIAN/conffiles"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_KB/" \
    "$HERE/debian/control.in" > "$PKG/DEBIAN/control"

mkdir -p "$OUT_DIR"
DEB="$OUT_DIR/escale-kiosk_${VERSION}_${ARCH}.deb"
level=()
[[ -n "${COMPRESS_LEVEL:-}" ]] && level=("-z$COMPRESS_LEVEL")
dpkg-deb --root-owner-group "-Z$COMPRESS" "${level[@]}" --threads-max="$(nproc)" \
    --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
