"""`kiosk doctor` against real parts: a temp data dir, a real central service on loopback,
a camera from a folder of images, a fake `lpstat` on PATH, a corrupted SQLite file."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.central import CentralHarness, EnrolledKiosk, central_fixture, key_dir_fixture  # noqa: F401
from support.files import make_png

from kiosk import doctor
from kiosk.config import Settings
from kiosk.doctor import FAIL, OK, WARN, Check, Context
from kiosk.store.dossiers import DB_NAME, DossierStore
from kiosk.store.models import QUARANTINED
from kiosk.sync.client import enroll_kiosk
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.worker import SyncReport


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("ESCALE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ESCALE_CONFIG", str(tmp_path / "absent.toml"))  # never /etc/escale
    (tmp_path / "absent.toml").write_text("")


def ctx(tmp_path: Path, **settings: object) -> Context:
    return Context(Settings(data_dir=tmp_path / "data", **settings), timeout=10.0)  # type: ignore[arg-type]


def by_name(results: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in results}


# -- configuration -----------------------------------------------------------------------
def test_bad_configuration_fails_with_the_key_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('mode = "kiosque"\n')
    monkeypatch.setenv("ESCALE_CONFIG", str(config))
    monkeypatch.setenv("ESCALE_CAMERA", str(tmp_path))  # empty folder: camera fails too, fine
    assert doctor.main(["--json", "--timeout", "2"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["name"] == "configuration" and lines[0]["status"] == FAIL
    assert "mode" in lines[0]["message"] and lines[0]["fix"]
    assert {"name", "status", "message", "fix"} == set(lines[0])
    assert "file d’envoi" not in {line["name"] for line in lines}  # needs settings: not run


def test_demo_mode_warns_but_does_not_fail(tmp_path: Path) -> None:
    results = by_name([doctor.check_config(ctx(tmp_path)), doctor.check_enrollment(ctx(tmp_path)),
                       doctor.check_central(ctx(tmp_path))])
    assert results["configuration"].status == OK
    assert results["enrôlement"].status == WARN
    assert results["service central"].status == WARN


def test_configured_but_not_enrolled_fails(tmp_path: Path) -> None:
    check = doctor.check_enrollment(ctx(tmp_path, central_url="https://central.example"))
    assert check.status == FAIL and "kiosk enroll" in check.fix


# -- central service, enrollment, clock ------------------------------------------------------
@pytest.fixture
def enrolled(central: CentralHarness, tmp_path: Path) -> Iterator[Context]:
    enroll_kiosk(tmp_path / "data", central.url, central.enrollment_code(), "Guichet doctor", timeout=10.0)
    yield ctx(tmp_path, central_url=central.url)


def test_enrolled_kiosk_reaches_central_with_its_key_and_a_sane_clock(enrolled: Context) -> None:
    assert doctor.check_enrollment(enrolled).status == OK
    central = doctor.check_central(enrolled)
    assert central.status == OK, central
    assert "reconnaît la clé" in central.message
    clock = doctor.check_clock(enrolled)
    assert clock.status == OK, clock


def test_revoked_kiosk_is_refused(enrolled: Context, central: CentralHarness) -> None:
    assert enrolled.settings is not None
    trust = CentralTrust.load(enrolled.settings.data_dir)
    assert trust is not None
    central.revoke(trust.device_id)
    check = doctor.check_central(enrolled)
    assert check.status == FAIL and "révoquée" in check.fix


def test_clock_skew_is_measured_from_the_date_header(tmp_path: Path) -> None:
    context = ctx(tmp_path)
    now = datetime.now(UTC)
    context.health_local, context.health_date = now, now - timedelta(seconds=120)
    assert doctor.check_clock(context).status == WARN
    context.health_date = now + timedelta(seconds=400)
    check = doctor.check_clock(context)
    assert check.status == FAIL and "-400 s" in check.message and "timedatectl" in check.fix


def test_unreachable_central_fails_fast(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    check = doctor.check_central(ctx(tmp_path, central_url=f"http://127.0.0.1:{port}"))
    assert check.status == FAIL and "injoignable" in check.message
    assert doctor.check_clock(ctx(tmp_path)).status == WARN  # not measured


# -- camera -------------------------------------------------------------------------------
def test_camera_from_a_folder_of_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    make_png(folder / "page.png")
    monkeypatch.setenv("ESCALE_CAMERA", str(folder))
    check = doctor.check_camera(ctx(tmp_path))
    assert check.status == OK, check
    assert "×" in check.message


def test_camera_without_frames_fails_with_a_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESCALE_CAMERA", str(tmp_path / "nowhere.mp4"))
    check = doctor.check_camera(ctx(tmp_path))
    assert check.status == FAIL and "video" in check.fix


# -- printer ------------------------------------------------------------------------------
def fake_lpstat(folder: Path, printers: str, default: str) -> str:
    folder.mkdir(exist_ok=True)
    script = folder / "lpstat"
    script.write_text(f"#!/bin/sh\nif [ \"$1\" = -p ]; then printf '%s' '{printers}'; "
                      f"else printf '%s\\n' '{default}'; fi\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_printer_states(tmp_path: Path) -> None:
    context = ctx(tmp_path)
    context.lpstat = str(tmp_path / "no-lpstat")
    assert doctor.check_printer(context).status == WARN
    context.lpstat = fake_lpstat(tmp_path / "a", "", "no system default destination")
    assert "aucune imprimante" in doctor.check_printer(context).message
    idle = "printer Bureau is idle.  enabled since Mon 01 Jan\n"
    context.lpstat = fake_lpstat(tmp_path / "b", idle, "no system default destination")
    assert "aucune par défaut" in doctor.check_printer(context).message
    context.lpstat = fake_lpstat(tmp_path / "c", idle, "system default destination: Bureau")
    check = doctor.check_printer(context)
    assert check.status == OK and "Bureau" in check.message


# -- disk, database, queue -----------------------------------------------------------------
def test_disk_space_thresholds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert doctor.check_disk(ctx(tmp_path)).status == OK  # data dir not made yet: its parent
    monkeypatch.setattr(doctor, "LOW_DISK_BYTES", 1 << 60)
    assert doctor.check_disk(ctx(tmp_path)).status == WARN
    monkeypatch.setattr(doctor, "CRITICAL_DISK_BYTES", 1 << 60)
    assert doctor.check_disk(ctx(tmp_path)).status == FAIL


def test_database_integrity(tmp_path: Path) -> None:
    context = ctx(tmp_path)
    assert doctor.check_database(context).status == OK  # no database yet
    assert context.settings is not None
    DossierStore(context.settings.data_dir).close()
    assert doctor.check_database(context).status == OK
    db = context.settings.data_dir / DB_NAME
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    data[:16] = b"not a database!!"
    db.write_bytes(bytes(data))
    check = doctor.check_database(context)
    assert check.status == FAIL and "ne pas supprimer" in check.fix
    assert doctor.check_queue(context).status == FAIL


def test_corrupted_pages_are_found(tmp_path: Path) -> None:
    context = ctx(tmp_path)
    assert context.settings is not None
    DossierStore(context.settings.data_dir).close()
    db = context.settings.data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) >= 3 * page
    data[page:] = b"\xff" * (len(data) - page)  # every table's pages scrambled, the header kept
    db.write_bytes(bytes(data))
    assert doctor.check_database(context).status == FAIL


def test_queue_reports_oldest_pending_and_quarantined(enrolled: Context, central: CentralHarness) -> None:
    assert enrolled.settings is not None
    data_dir = enrolled.settings.data_dir
    assert doctor.check_queue(enrolled).status == OK
    trust = CentralTrust.load(data_dir)
    assert trust is not None
    kiosk = EnrolledKiosk(data_dir=data_dir, store=DossierStore(data_dir),
                          device=DeviceIdentity.load_or_create(data_dir), trust=trust)
    try:
        first, second = kiosk.deposit("a"), kiosk.deposit("b")
        engine = kiosk.engine()
        engine.seal_ready(SyncReport())
        kiosk.store.outbox.move(second.id, QUARANTINED, event="test")
    finally:
        kiosk.close()
    check = doctor.check_queue(enrolled)
    assert check.status == WARN, check
    assert "1 dossier(s) en attente" in check.message and "1 en quarantaine" in check.message
    assert first.id not in check.message and second.id not in check.message  # counts, not ids


def test_run_checks_and_human_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    make_png(folder / "page.png")
    monkeypatch.setenv("ESCALE_CAMERA", str(folder))
    monkeypatch.setenv("ESCALE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", str(Path(fake_lpstat(tmp_path / "bin", "printer P is idle.\n",
                                                         "system default destination: P")).parent))
    assert doctor.main([]) == 0  # demo mode: warnings only
    out = capsys.readouterr().out
    assert "[AVERT] enrôlement" in out and "→ configurer central_url" in out
    assert "[ OK  ] caméra" in out and "[ OK  ] imprimante" in out


def test_keyboard_check_finds_azerty_and_arabic(qapp: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_IM_MODULE", raising=False)
    off = doctor.check_keyboard(Context(Settings(data_dir=tmp_path)))
    assert off.status == OK and "non demandé" in off.message
    on = doctor.check_keyboard(Context(Settings(data_dir=tmp_path, on_screen_keyboard=True)))
    assert on.status == OK, on
    assert "AZERTY" in on.message


def test_keyboard_check_refuses_wayland_alone(qapp: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.delenv("DISPLAY", raising=False)
    result = doctor.check_keyboard(Context(Settings(data_dir=tmp_path, on_screen_keyboard=True)))
    assert result.status == FAIL and "X11" in result.message + result.fix
