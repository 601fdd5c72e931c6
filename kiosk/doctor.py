"""`kiosk doctor`: checks a terminal and says, in plain French for IT staff, what is wrong
and how to fix it. No Qt here; no personal data in the output (counts and ages only).

Each check returns `Check(name, status, message, fix)` with status ok / warn / fail.
`main` prints a table (or JSON lines with --json) and exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.protocol.auth import MAX_CLOCK_SKEW_SECONDS

OK, WARN, FAIL = "ok", "warn", "fail"
LOW_DISK_BYTES = 1 << 30  # under 1 GB free: warn
CRITICAL_DISK_BYTES = 100 << 20  # under 100 MB: the next dossiers may not fit
CLOCK_WARN_SECONDS = 60.0
OLD_QUEUE_HOURS = 24.0


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    message: str
    fix: str = ""


@dataclass
class Context:
    """What the checks share: the settings (None if the configuration is wrong) and the
    answer of the central service's health probe, read once."""

    settings: Settings | None
    timeout: float = 5.0
    camera_spec: str | None = None
    lpstat: str = "lpstat"
    health_date: datetime | None = None
    health_local: datetime | None = None
    qt_app: object | None = None  # the keyboard check's offscreen application, kept to the end


def _human_bytes(n: float) -> str:
    for unit in ("o", "Ko", "Mo", "Go"):
        if n < 1024:
            return f"{n:.0f} {unit}"
        n /= 1024
    return f"{n:.1f} To"


def _age(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds / 86400:.0f} jours"


# -- checks ---------------------------------------------------------------------------------
def check_config(ctx: Context) -> Check:
    if ctx.settings is None:
        return Check("configuration", FAIL, "la configuration n’a pas pu être lue",
                     "corriger /etc/escale/config.toml (ou $ESCALE_CONFIG) : la clé fautive est indiquée")
    s = ctx.settings
    where = s.central_url or "aucun (mode démonstration)"
    return Check("configuration", OK, f"configuration valide ; mode {s.mode} ; service central : {where}")


def _trust(ctx: Context) -> object | None:
    from kiosk.sync.keys import CentralTrust

    assert ctx.settings is not None
    return CentralTrust.load(ctx.settings.data_dir)


def check_enrollment(ctx: Context) -> Check:
    from kiosk.sync.keys import KeyFileError

    assert ctx.settings is not None
    try:
        trust = _trust(ctx)
    except KeyFileError:
        return Check("enrôlement", FAIL, "le fichier d’enrôlement (keys/central.json) est endommagé",
                     "demander un nouveau code d’enrôlement et lancer « kiosk enroll CODE »")
    if trust is None:
        if ctx.settings.central_url is None:
            return Check("enrôlement", WARN, "borne non enrôlée : mode démonstration (service local)",
                         "configurer central_url puis lancer « kiosk enroll CODE »")
        return Check("enrôlement", FAIL, "borne non enrôlée : les dossiers restent en attente sur la borne",
                     "lancer « kiosk enroll CODE » avec un code fourni par l’administration centrale")
    return Check("enrôlement", OK, "borne enrôlée ; clés du service central présentes et valides")


def _central_url(ctx: Context) -> str | None:
    from kiosk.sync.keys import KeyFileError

    assert ctx.settings is not None
    if ctx.settings.central_url:
        return ctx.settings.central_url
    try:
        trust = _trust(ctx)
    except KeyFileError:
        return None
    return getattr(trust, "base_url", None)


def check_central(ctx: Context) -> Check:
    import httpx

    url = _central_url(ctx)
    if url is None:
        return Check("service central", WARN, "aucun service central configuré (mode démonstration)",
                     "renseigner central_url dans /etc/escale/config.toml")
    try:
        with httpx.Client(timeout=ctx.timeout) as client:
            before = time.time()
            response = client.get(f"{url}/v1/health")
            after = time.time()
    except httpx.ConnectError as exc:
        if "CERTIFICATE" in str(exc).upper() or "SSL" in str(exc).upper():
            return Check("service central", FAIL, f"certificat TLS refusé pour {url}",
                         "vérifier l’heure de la borne et les autorités de certification installées "
                         "(paquet ca-certificates)")
        return Check("service central", FAIL, f"{url} injoignable (connexion refusée ou nom inconnu)",
                     "vérifier le réseau, le DNS, le pare-feu et l’adresse central_url")
    except httpx.TimeoutException:
        return Check("service central", FAIL, f"{url} ne répond pas en {ctx.timeout:g} s",
                     "vérifier le réseau, un proxy éventuel, et que le service central tourne")
    except httpx.HTTPError as exc:
        return Check("service central", FAIL, f"{url} : erreur de communication ({type(exc).__name__})",
                     "vérifier l’adresse central_url et le réseau")
    if response.status_code != 200:
        return Check("service central", FAIL, f"{url}/v1/health répond {response.status_code}",
                     "vérifier l’adresse central_url (chemin du proxy) et l’état du service central")
    if date := response.headers.get("date"):
        try:
            ctx.health_date = parsedate_to_datetime(date)
            ctx.health_local = datetime.fromtimestamp((before + after) / 2, UTC)
        except (TypeError, ValueError):
            pass
    return _device_recognized(ctx, url)


def _device_recognized(ctx: Context, url: str) -> Check:
    """A signed request for a dossier that cannot exist: 404 means the service knows this
    device and accepts its key; 401/403 means revoked, unknown or a clock too far off."""
    import httpx

    from kiosk.sync.client import CentralClient, Rejected, SyncError, Unauthorized
    from kiosk.sync.keys import DeviceIdentity, KeyFileError

    assert ctx.settings is not None
    try:
        trust = _trust(ctx)
    except KeyFileError:
        trust = None
    if trust is None:
        return Check("service central", OK, f"{url} répond (borne non enrôlée : clé non vérifiée)")
    try:
        device = DeviceIdentity.load_or_create(ctx.settings.data_dir)
    except KeyFileError:
        return Check("service central", FAIL, "la clé privée de la borne (keys/device.key) est illisible "
                     "ou trop ouverte", "chmod 600 sur keys/device.key, sinon ré-enrôler la borne")
    with CentralClient(url, device, getattr(trust, "device_id", None),
                       timeout=httpx.Timeout(ctx.timeout)) as client:
        try:
            client.status(str(uuid.uuid4()))
        except Rejected as exc:
            if exc.status == 404:
                return Check("service central", OK, f"{url} répond et reconnaît la clé de la borne")
            if isinstance(exc, Unauthorized) or exc.status in (401, 403):
                reason = exc.code or exc.status
                fix = ("corriger l’heure de la borne (timedatectl set-ntp true)" if exc.code == "clock_skew"
                       else "la borne a été révoquée ou n’est pas connue du service : demander un nouveau "
                            "code et lancer « kiosk enroll CODE »")
                return Check("service central", FAIL, f"{url} répond mais refuse la borne ({reason})", fix)
            return Check("service central", WARN, f"{url} : réponse inattendue ({exc.status})",
                         "vérifier l’adresse central_url et la version du service central")
        except SyncError as exc:
            what = type(exc).__name__
            return Check("service central", FAIL, f"{url} : échec de la requête signée ({what})",
                         "vérifier le réseau et l’état du service central")
    return Check("service central", WARN, f"{url} : réponse inattendue à une requête de test",
                 "vérifier la version du service central")


def check_clock(ctx: Context) -> Check:
    if ctx.health_date is None or ctx.health_local is None:
        return Check("horloge", WARN, "écart d’horloge non mesuré (service central non joint)",
                     "vérifier que la synchronisation NTP est active (timedatectl)")
    skew = (ctx.health_local - ctx.health_date).total_seconds()
    text = f"écart avec le service central : {skew:+.0f} s"
    fix = "activer NTP : « timedatectl set-ntp true », puis vérifier le fuseau et l’heure du BIOS"
    if abs(skew) > MAX_CLOCK_SKEW_SECONDS:
        return Check("horloge", FAIL, f"{text} (plus de {MAX_CLOCK_SKEW_SECONDS} s : envois refusés)", fix)
    if abs(skew) > CLOCK_WARN_SECONDS:
        return Check("horloge", WARN, text, fix)
    return Check("horloge", OK, text)


def _camera_source(spec: str) -> object:
    # Same rule as kiosk.ui.scan_view.source_from_spec, without Qt.
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")  # no driver chatter before the verdict
    from kiosk.scanning.camera import CameraSource, ImageFolderSource, VideoFileSource

    if spec.isdigit():
        return CameraSource(int(spec))
    path = Path(spec).expanduser()
    if path.is_dir():
        return ImageFolderSource(path, fps=0)
    return VideoFileSource(path)


def check_camera(ctx: Context) -> Check:
    spec = (ctx.camera_spec if ctx.camera_spec is not None else os.environ.get("ESCALE_CAMERA", "")).strip()
    spec = spec or "0"
    box: list[object] = []

    def read_one() -> None:
        try:
            source = _camera_source(spec)
            try:
                frames: Iterator[tuple[float, object]] = source.frames()  # type: ignore[attr-defined]
                box.append(next(frames)[1])
                frames.close()  # type: ignore[attr-defined]
            finally:
                source.close()  # type: ignore[attr-defined]
        except StopIteration:
            box.append(RuntimeError("aucune image"))
        except Exception as exc:  # CameraError, OpenCV errors: reported, never raised
            box.append(exc)

    worker = threading.Thread(target=read_one, daemon=True)
    worker.start()
    worker.join(ctx.timeout)
    fix = ("vérifier le câble USB, que la caméra apparaît dans « v4l2-ctl --list-devices », que "
           "l’utilisateur escale est dans le groupe video, et ESCALE_CAMERA")
    if not box:
        return Check("caméra", FAIL, f"la caméra « {spec} » ne donne pas d’image en {ctx.timeout:g} s", fix)
    result = box[0]
    if isinstance(result, Exception):
        return Check("caméra", FAIL, f"la caméra « {spec} » ne s’ouvre pas ({type(result).__name__})", fix)
    shape = getattr(result, "shape", (0, 0))
    return Check("caméra", OK, f"la caméra « {spec} » donne des images ({shape[1]}×{shape[0]})")


def check_printer(ctx: Context) -> Check:
    lpstat = shutil.which(ctx.lpstat)
    if lpstat is None:
        return Check("imprimante", WARN, "CUPS n’est pas installé : impression impossible",
                     "installer cups (apt install cups) et déclarer l’imprimante")

    def run(*args: str) -> str:
        try:
            done = subprocess.run([lpstat, *args], capture_output=True, text=True, timeout=ctx.timeout,
                                  env={**os.environ, "LC_ALL": "C"}, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return done.stdout

    printers = [line.split()[1] for line in run("-p").splitlines() if line.startswith("printer ")]
    default = run("-d").strip()
    has_default = ":" in default and not default.startswith("no ")
    if not printers:
        return Check("imprimante", WARN, "aucune imprimante déclarée dans CUPS",
                     "brancher l’imprimante et l’ajouter (lpadmin ou http://localhost:631)")
    if not has_default:
        return Check("imprimante", WARN, f"{len(printers)} imprimante(s) mais aucune par défaut",
                     "choisir l’imprimante par défaut : « lpoptions -d NOM »")
    disabled = [line for line in run("-p").splitlines() if line.startswith("printer ") and "disabled" in line]
    if disabled:
        return Check("imprimante", WARN, f"{len(disabled)} imprimante(s) désactivée(s)",
                     "réactiver : « cupsenable NOM » ; vérifier papier et bourrage")
    return Check("imprimante", OK, f"imprimante par défaut : {default.split(':', 1)[1].strip()}")


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_disk(ctx: Context) -> Check:
    assert ctx.settings is not None
    free = shutil.disk_usage(_existing(ctx.settings.data_dir)).free
    text = f"{_human_bytes(free)} libres pour les données ({ctx.settings.data_dir})"
    fix = "libérer de la place (journaux : « journalctl --vacuum-size=200M ») ou agrandir le disque"
    if free < CRITICAL_DISK_BYTES:
        return Check("espace disque", FAIL, text, fix)
    if free < LOW_DISK_BYTES:
        return Check("espace disque", WARN, text, fix)
    return Check("espace disque", OK, text)


def _db_path(ctx: Context) -> Path:
    from kiosk.store.dossiers import DB_NAME

    assert ctx.settings is not None
    return ctx.settings.data_dir / DB_NAME


def check_database(ctx: Context) -> Check:
    path = _db_path(ctx)
    if not path.exists():
        return Check("base de données", OK, "pas encore de base (aucun dossier déposé)")
    fix = ("arrêter la borne (systemctl stop escale-kiosk), sauvegarder le dossier de données, puis "
           "contacter le support : ne pas supprimer la base, elle contient la file d’envoi")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=ctx.timeout)) as db:
            rows = [row[0] for row in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return Check("base de données", FAIL, f"base illisible ({exc})", fix)
    if rows != ["ok"]:
        return Check("base de données", FAIL, f"base endommagée ({len(rows)} problème(s) d’intégrité)", fix)
    return Check("base de données", OK, "intégrité de la base vérifiée")


def check_queue(ctx: Context) -> Check:
    from kiosk.store.dossiers import DossierStore
    from kiosk.store.models import DEPOSITED, QUARANTINED

    assert ctx.settings is not None
    if not _db_path(ctx).exists():
        return Check("file d’envoi", OK, "file vide")
    try:
        with DossierStore(ctx.settings.data_dir) as store:
            rows = store.outbox.list()
    except Exception as exc:  # a damaged store: the database check says more
        return Check("file d’envoi", FAIL, f"file illisible ({type(exc).__name__})",
                     "voir la vérification « base de données »")
    pending = [r for r in rows if r.state not in (DEPOSITED, QUARANTINED)]
    quarantined = sum(r.state == QUARANTINED for r in rows)
    now = datetime.now(UTC)
    if pending:
        oldest = (now - min(r.sealed_at for r in pending)).total_seconds()
        text = f"{len(pending)} dossier(s) en attente d’envoi, le plus ancien depuis {_age(oldest)}"
    else:
        oldest, text = 0.0, "aucun dossier en attente d’envoi"
    if quarantined:
        text += f" ; {quarantined} en quarantaine"
    if oldest > OLD_QUEUE_HOURS * 3600:
        return Check("file d’envoi", WARN, text,
                     "vérifier les contrôles « service central » et « horloge », puis « kiosk sync run »")
    if quarantined:
        return Check("file d’envoi", WARN, text,
                     "un médiateur doit revoir les dossiers en quarantaine (écran médiateur : renvoyer)")
    return Check("file d’envoi", OK, text)


KEYBOARD_LAYOUTS = ("fr_FR", "ar_AR")  # AZERTY, and the one non-Latin script asked for


def check_keyboard(ctx: Context) -> Check:
    """The on-screen keyboard, when the site asks for it: X11, and its QML layouts present
    (a bundle built without them would show no keyboard at all)."""
    wanted = (ctx.settings is not None and ctx.settings.on_screen_keyboard) or \
        os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
    if not wanted:
        return Check("clavier à l’écran", OK, "non demandé (on_screen_keyboard = false)")
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return Check("clavier à l’écran", FAIL, "session Wayland sans X11 : le clavier Qt n’y paraît pas",
                     "démarrer la borne dans la session X11 du paquet (escale-kiosk.service) ou XWayland")
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.onscreen_keyboard import KeyboardSettings

    if QApplication.instance() is None:  # a widgets application: whatever runs next in this process
        ctx.qt_app = QApplication(["kiosk-doctor", "-platform", "offscreen"])  # nothing shown
    settings = KeyboardSettings()
    layouts = settings.installed_layouts() if settings.loaded else []
    fix = "réinstaller le paquet : les modules QML du clavier (QtQuick.VirtualKeyboard) manquent"
    if not settings.loaded:
        return Check("clavier à l’écran", FAIL,
                     f"modules du clavier introuvables ({settings.errors[0][:120]})", fix)
    missing = [code for code in KEYBOARD_LAYOUTS if code not in layouts]
    if missing:
        return Check("clavier à l’écran", FAIL, f"dispositions absentes : {', '.join(missing)}", fix)
    return Check("clavier à l’écran", OK,
                 f"Qt Virtual Keyboard prêt ({len(layouts)} dispositions, dont AZERTY et arabe)")


NEEDS_SETTINGS: list[Callable[[Context], Check]] = [
    check_enrollment, check_central, check_clock, check_disk, check_database, check_queue]
ANY_TIME: list[Callable[[Context], Check]] = [check_camera, check_printer, check_keyboard]


def run_checks(ctx: Context) -> list[Check]:
    """Every check, in order; one that crashes is reported as failed, never raised."""
    checks = [check_config, *(NEEDS_SETTINGS if ctx.settings is not None else []), *ANY_TIME]
    results = []
    for check in checks:
        try:
            results.append(check(ctx))
        except Exception as exc:
            results.append(Check(check.__name__.removeprefix("check_"), FAIL,
                                 f"la vérification a échoué ({type(exc).__name__})", "signaler au support"))
    return results


def build_context(data_dir: Path | None = None, timeout: float = 5.0) -> tuple[Context, str | None]:
    """The context, and the configuration error's text if any (it names the key, not data)."""
    try:
        return Context(load_settings(data_dir=data_dir), timeout=timeout), None
    except ConfigError as exc:
        return Context(None, timeout=timeout), str(exc)


MARKS = {OK: " OK  ", WARN: "AVERT", FAIL: "ÉCHEC"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk doctor", description="diagnostic de la borne")
    parser.add_argument("--json", action="store_true", help="une ligne JSON par vérification")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--timeout", type=float, default=5.0, help="secondes par vérification réseau/caméra")
    args = parser.parse_args(argv)
    ctx, config_error = build_context(args.data_dir, args.timeout)
    results = run_checks(ctx)
    if config_error is not None:
        results[0] = Check("configuration", FAIL, f"configuration invalide : {config_error}", results[0].fix)
    for check in results:
        if args.json:
            print(json.dumps(asdict(check), ensure_ascii=False))
        else:
            print(f"[{MARKS[check.status]}] {check.name} : {check.message}")
            if check.fix and check.status != OK:
                print(f"         → {check.fix}")
    return 1 if any(c.status == FAIL for c in results) else 0


if __name__ == "__main__":
    sys.exit(main())
