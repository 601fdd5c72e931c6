#!/usr/bin/env bash
# Installs the Debian package on this machine and checks it as IT staff would use it:
#   1. version N with apt (its dependencies from the mirror): `kiosk --version`,
#      `kiosk doctor --json` (the camera read from an image file), an offscreen start of the
#      installed kiosk as its system user (cold, then warm);
#   2. a real central service on loopback (the installed `kiosk central`), `kiosk enroll`,
#      two dossiers deposited with the installed `kiosk dossier deposit` as user escale:
#      sealed and queued while the service is down;
#   3. upgrade to N+1 with dpkg -i: the changed configuration lines, the user, the data
#      and the queue are kept; the service comes back, `kiosk sync run` delivers both
#      dossiers (receipts), and the service holds the very files deposited;
#   4. remove (program gone; configuration, data and user kept), then purge (all gone).
# Usage (root, on a throwaway machine: CI; else see ci-package-check.sh --isolate):
#   installer/package-install-check.sh DEB_N DEB_N_PLUS_1
# PYTHON (default .venv/bin/python) only makes the inputs and reads JSON; the package
# needs no Python. Prints one line per check and the figures; exits 1 at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
if [[ $# -ne 2 ]]; then
    echo "usage: $0 DEB_N DEB_N_PLUS_1" >&2
    exit 2
fi
DEB_N=$(realpath "$1")
DEB_N1=$(realpath "$2")
if [[ $(id -u) -ne 0 ]]; then
    echo "package-install-check: run as root (it installs and purges escale-kiosk)" >&2
    exit 2
fi
if dpkg-query -W -f='${Status}' escale-kiosk 2>/dev/null | grep -q 'ok installed\|config-files'; then
    echo "package-install-check: escale-kiosk is already installed here; purge it first" >&2
    exit 2
fi
VERSION_N=$(dpkg-deb --field "$DEB_N" Version)
VERSION_N1=$(dpkg-deb --field "$DEB_N1" Version)
dpkg --compare-versions "$VERSION_N1" gt "$VERSION_N" ||
    { echo "package-install-check: $VERSION_N1 is not newer than $VERSION_N" >&2; exit 2; }

WORK=$(mktemp -d /tmp/escale-package-check.XXXXXX)
chmod 0755 "$WORK"  # the inputs are read by the kiosk's user
CENTRAL_PID=""
cleanup() {
    stop_central
    rm -rf "$WORK"
}
trap cleanup EXIT
export DEBIAN_FRONTEND=noninteractive

say() { printf 'package-check: %s\n' "$*"; }
ok() { printf 'package-check: ok   %s\n' "$*"; }
fail() {
    printf 'package-check: FAIL %s\n' "$*" >&2
    exit 1
}
now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# The installed kiosk as its system user, in a clean environment (as the service runs it).
as_kiosk() {
    runuser -u escale -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/var/lib/escale LANG=C.UTF-8 \
        "$@"
}
json() {  # json EXPRESSION < JSON: print EXPRESSION of the parsed value `v` (Python)
    "$PYTHON" -c 'import json, sys; v = json.loads(sys.stdin.read()); print(eval(sys.argv[1]))' "$1"
}
doctor_statuses() {  # kiosk doctor --json lines -> "name=status ..."
    "$PYTHON" -c '
import json, sys
print(" ".join(c["name"].replace(" ", "_") + "=" + c["status"] for c in map(json.loads, sys.stdin)))'
}
installed() { dpkg-query -W -f='${Status}' escale-kiosk 2>/dev/null | grep -qx 'install ok installed'; }

# -- inputs: a complete answer set, one scan per required document, a camera image ----------
"$PYTHON" - "$WORK" <<'EOF'
import json, sys
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.procedure.answers import unflatten

work = Path(sys.argv[1])
(work / "answers.json").write_text(json.dumps(unflatten(DEMO_ANSWERS), ensure_ascii=False), encoding="utf-8")
documents = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]
for dossier in (1, 2):
    folder = work / f"dossier{dossier}"
    folder.mkdir()
    for index, code in enumerate(documents):
        pdf = canvas.Canvas(str(folder / f"{code}.pdf"), pagesize=A4)
        for page in range(1, index + 2):
            pdf.drawString(72, 770, f"Dossier {dossier} – {code} – page {page}")
            pdf.showPage()
        pdf.save()
image = Image.new("RGB", (1280, 720), "white")
ImageDraw.Draw(image).text((40, 40), "Escale camera check", fill="black")
image.save(work / "camera.png")
EOF
chmod -R a+rX "$WORK"
deposit_args() {  # the --file arguments of dossier $1
    local pdf
    for pdf in "$WORK/dossier$1"/*.pdf; do
        printf -- '--file\n%s=%s\n' "$(basename "$pdf" .pdf)" "$pdf"
    done
}

# -- 1. install N ---------------------------------------------------------------------------
say "installing escale-kiosk $VERSION_N ($(du -h "$DEB_N" | cut -f1)) with apt"
started=$(now)
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$DEB_N" </dev/null >"$WORK/apt.log" 2>&1 ||
    { cat "$WORK/apt.log" >&2; fail "apt-get install $DEB_N"; }
INSTALL_SECONDS=$(since "$started")
ok "installed in $INSTALL_SECONDS s (apt, with the dependencies it had to fetch)"

[[ -x /opt/escale/kiosk && -x /usr/bin/kiosk ]] || fail "/opt/escale/kiosk and /usr/bin/kiosk"
getent passwd escale >/dev/null || fail "system user escale"
[[ $(stat -c '%U:%G %a' /var/lib/escale) == "escale:escale 700" ]] || fail "/var/lib/escale escale:escale 0700"
[[ $(stat -c '%U:%G %a' /etc/escale/config.toml) == "root:escale 640" ]] ||
    fail "/etc/escale/config.toml root:escale 0640"
ok "user escale, /var/lib/escale (0700), /etc/escale/config.toml (0640 root:escale)"

out=$(kiosk --version)
[[ $out == "kiosk ${VERSION_N%%[+~]*}" ]] || fail "kiosk --version printed '$out'"
ok "kiosk --version: $out"

# Exits 1 on a failed check: the statuses below say which.
doctor=$(as_kiosk ESCALE_CAMERA="$WORK/camera.png" kiosk doctor --json --timeout 10) || true
printf '%s\n' "$doctor" | sed 's/^/    /'
statuses=$(printf '%s\n' "$doctor" | doctor_statuses)
[[ $statuses == *"caméra=ok"* && $statuses != *"=fail"* ]] || fail "doctor: $statuses"
ok "kiosk doctor --json (camera from an image file): $statuses"

smoke() {
    local started
    started=$(now)
    as_kiosk QT_QPA_PLATFORM=offscreen kiosk --quit-when-shown >"$WORK/smoke.log" 2>&1 ||
        { cat "$WORK/smoke.log" >&2; fail "offscreen start of the installed kiosk"; }
    since "$started"
}
# Cold: the page cache dropped first, when this machine lets root do it (a VM: yes; some
# containers: no, and the first start after the install is reported instead).
sync
if (echo 1 >/proc/sys/vm/drop_caches) 2>/dev/null; then COLD="page cache dropped"; else COLD="first start"; fi
COLD_START=$(smoke)
WARM_START=$(for _ in 1 2 3; do smoke; echo; done | sort -n | head -1)  # the best of three
ok "offscreen start of the installed kiosk as escale, first screen shown: cold ($COLD) $COLD_START s," \
    "warm (best of 3) $WARM_START s"

# -- 2. a central service, enrollment, dossiers queued while it is down ----------------------
CENTRAL_DIR="$WORK/central"
mkdir -p "$CENTRAL_DIR"
PORT=""
for candidate in $(seq 18700 18799); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        PORT=$candidate
        break
    fi
done
[[ -n $PORT ]] || fail "no free port in 18700-18799"
URL="http://127.0.0.1:$PORT"
export ESCALE_CENTRAL_DATA_DIR="$CENTRAL_DIR"
central() { /opt/escale/kiosk central "$@"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
start_central() {
    port_open && fail "port $PORT is taken: the service of an earlier step still runs"
    # Started directly (not through the function): $! is the service itself, to stop it.
    /opt/escale/kiosk central --port "$PORT" >>"$WORK/central.log" 2>&1 &
    CENTRAL_PID=$!
    local tries
    for tries in $(seq 150); do
        if port_open; then
            return 0
        fi
        kill -0 "$CENTRAL_PID" 2>/dev/null || break
        sleep 0.2
    done
    cat "$WORK/central.log" >&2
    fail "the central service did not start on $URL (after $tries tries)"
}
stop_central() {  # and check it is down: the queue must wait for it
    if [[ -n $CENTRAL_PID ]]; then
        kill "$CENTRAL_PID" 2>/dev/null || true
        wait "$CENTRAL_PID" 2>/dev/null || true
        CENTRAL_PID=""
        ! port_open || fail "the central service still answers on $URL after it was stopped"
    fi
}
start_central
ok "central service (installed kiosk central) on $URL"

code=$(central enroll-code | json 'v["code"]')
sed -i -e "s|^#central_url = .*|central_url = \"$URL\"|" \
    -e 's|^#site_name = .*|site_name = "Contrôle du paquet (CI)"|' /etc/escale/config.toml
grep -q "^central_url = \"$URL\"" /etc/escale/config.toml || fail "config.toml edit"
CONFIG_BEFORE=$(sha256sum /etc/escale/config.toml | cut -d' ' -f1)
enrolled=$(as_kiosk kiosk enroll "$code")
[[ $(json 'v["central_url"]' <<<"$enrolled") == "$URL" ]] || fail "kiosk enroll: $enrolled"
ok "config.toml edited (central_url, site_name); kiosk enroll: $enrolled"

IDS=()
for dossier in 1 2; do
    mapfile -t files < <(deposit_args "$dossier")
    deposited=$(as_kiosk kiosk dossier deposit "$WORK/answers.json" "${files[@]}")
    [[ $(json 'v["state"]' <<<"$deposited") == sealed ]] || fail "kiosk dossier deposit: $deposited"
    IDS+=("$(json 'v["id"]' <<<"$deposited")")
done
stop_central
STATUS_BEFORE=$(as_kiosk kiosk sync status)
[[ $(json 'v["sealed"]' <<<"$STATUS_BEFORE") == 2 ]] || fail "sync status before upgrade: $STATUS_BEFORE"
ok "2 dossiers sealed and queued, central service down: ${IDS[*]}; $STATUS_BEFORE"

# -- 3. upgrade to N+1 ------------------------------------------------------------------------
say "upgrading to $VERSION_N1 with dpkg -i"
started=$(now)
dpkg -i "$DEB_N1" </dev/null >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; fail "dpkg -i $DEB_N1"; }
UPGRADE_SECONDS=$(since "$started")
[[ $(dpkg-query -W -f='${Version}' escale-kiosk) == "$VERSION_N1" ]] || fail "installed version after upgrade"
ok "upgraded in $UPGRADE_SECONDS s"
[[ $(sha256sum /etc/escale/config.toml | cut -d' ' -f1) == "$CONFIG_BEFORE" ]] ||
    fail "/etc/escale/config.toml changed by the upgrade"
[[ $(stat -c '%U:%G %a' /etc/escale/config.toml) == "root:escale 640" ]] || fail "config.toml modes after upgrade"
[[ ! -e /etc/escale/config.toml.dpkg-new && ! -e /etc/escale/config.toml.dpkg-old ]] ||
    fail "the upgrade left config.toml.dpkg-new/-old"
ok "configuration kept as edited (central_url, site_name), no prompt"
STATUS_AFTER=$(as_kiosk kiosk sync status)
[[ $STATUS_AFTER == "$STATUS_BEFORE" ]] || fail "sync status changed: $STATUS_BEFORE -> $STATUS_AFTER"
[[ $(stat -c '%U:%G %a' /var/lib/escale) == "escale:escale 700" ]] || fail "/var/lib/escale after upgrade"
ok "data and queue intact: $STATUS_AFTER"

start_central
report=$(as_kiosk kiosk sync run)
[[ $(json 'v["outbox"]["deposited"]' <<<"$report") == 2 ]] || fail "kiosk sync run: $report"
ok "kiosk sync run delivered the queue: $report"
central dossiers >"$WORK/received.jsonl"
"$PYTHON" - "$WORK" "${IDS[@]}" <<'EOF' || fail "the central service's dossiers: $(cat "$WORK/received.jsonl")"
import hashlib, json, sys
from pathlib import Path

work, ids = Path(sys.argv[1]), sys.argv[2:]
received = {d["id"]: d for d in map(json.loads, (work / "received.jsonl").read_text().splitlines())}
for number, dossier_id in enumerate(ids, 1):
    dossier = received[dossier_id]
    assert dossier["state"] == "deposited", dossier
    hashes = {f["name"]: f["sha256"] for f in dossier["files"]}
    for pdf in (work / f"dossier{number}").glob("*.pdf"):
        assert hashes[f"{pdf.stem}/01-document.pdf"] == hashlib.sha256(pdf.read_bytes()).hexdigest(), pdf
EOF
ok "the central service holds both dossiers, deposited, with the SHA-256 of every file deposited"
doctor=$(as_kiosk ESCALE_CAMERA="$WORK/camera.png" kiosk doctor --json --timeout 10) || true
statuses=$(printf '%s\n' "$doctor" | doctor_statuses)
[[ $statuses == *"enrôlement=ok"* && $statuses == *"service_central=ok"* && $statuses != *"=fail"* ]] ||
    fail "doctor after the upgrade: $statuses"
ok "kiosk doctor after the upgrade: $statuses"
stop_central

# -- 4. remove, then purge --------------------------------------------------------------------
PATHS=(/opt/escale /usr/bin/kiosk /usr/lib/systemd/system/escale-kiosk.service
       /etc/X11/xorg.conf.d/50-escale-kiosk.conf /etc/escale /var/lib/escale)
present() {  # what of the package is on disk, one word per thing
    local path
    for path in "${PATHS[@]}"; do
        [[ -e $path ]] && printf '%s ' "$path"
    done
    getent passwd escale >/dev/null && printf 'user:escale '
    getent group escale >/dev/null && printf 'group:escale '
    return 0
}
BEFORE=$(present)
dpkg -r escale-kiosk </dev/null >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; fail "dpkg -r"; }
AFTER_REMOVE=$(present)
[[ $AFTER_REMOVE == "/etc/X11/xorg.conf.d/50-escale-kiosk.conf /etc/escale /var/lib/escale user:escale group:escale " ]] ||
    fail "after remove: $AFTER_REMOVE"
[[ -f /var/lib/escale/escale.db || -n $(ls -A /var/lib/escale) ]] || fail "remove emptied /var/lib/escale"
ok "remove: program gone; kept: $AFTER_REMOVE"
dpkg -P escale-kiosk </dev/null >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; fail "dpkg -P"; }
AFTER_PURGE=$(present)
[[ -z $AFTER_PURGE ]] || fail "after purge, still there: $AFTER_PURGE"
! installed || fail "dpkg still lists escale-kiosk as installed"
leftovers=$(find /etc /opt /usr/bin /usr/lib/systemd /var/lib/systemd /var/lib/dpkg/info /var/lib \
                 -maxdepth 3 -name '*escale*' 2>/dev/null | sort -u)
[[ -z $leftovers ]] || fail "after purge, still on disk: $leftovers"
ok "purge removed: $BEFORE"

printf '%s|%s s\n' "install of N (apt, with its dependencies)" "$INSTALL_SECONDS" \
    "upgrade to N+1 (dpkg -i)" "$UPGRADE_SECONDS" \
    "installed kiosk, cold start ($COLD)" "$COLD_START" \
    "installed kiosk, warm start (best of 3)" "$WARM_START" | tee "${FIGURES_FILE:-/dev/null}" |
    while IFS='|' read -r name value; do say "$name: $value"; done
say "all checks passed"
