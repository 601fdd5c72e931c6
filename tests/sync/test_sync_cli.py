"""The IT staff's commands, end to end against a real central service on loopback:
`kiosk central enroll-code` → `kiosk enroll` → `kiosk dossier deposit` (sealed) →
`kiosk sync status` / `kiosk sync run` → `kiosk central dossiers` (the hashes of the
decrypted files are those of the files deposited)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.files import make_pdf

from central.app import create_app
from central.config import load_central_settings
from central.server import BackgroundServer
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.procedure.answers import unflatten

DOCUMENTS = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          env=os.environ | (env or {}), timeout=120)


def lines(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("central")
    settings = load_central_settings(data_dir=str(root))
    with BackgroundServer(create_app(settings)) as server:
        yield server.url, root / "central.db"


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(unflatten(DEMO_ANSWERS), ensure_ascii=False), encoding="utf-8")
    return path


def test_enroll_deposit_sync_and_see_it_on_the_central_service(
        tmp_path: Path, central: tuple[str, Path], answers: Path) -> None:
    url, db = central
    data = str(tmp_path / "kiosk")
    env = {"ESCALE_CENTRAL_URL": url}
    [code] = lines(kiosk("central", "enroll-code", "--db", str(db)))
    [enrolled] = lines(kiosk("--data-dir", data, "enroll", code["code"], env=env))
    assert enrolled["central_url"] == url
    [device] = [d for d in lines(kiosk("central", "devices", "--db", str(db)))
                if d["id"] == enrolled["device_id"]]
    assert device["revoked_at"] is None

    scans = {code: make_pdf(tmp_path / f"{code}.pdf", index + 1) for index, code in enumerate(DOCUMENTS)}
    files = [arg for code, path in scans.items() for arg in ("--file", f"{code}={path}")]
    [deposited] = lines(kiosk("--data-dir", data, "dossier", "deposit", str(answers), *files, env=env))
    assert deposited["state"] == "sealed"
    [status] = lines(kiosk("--data-dir", data, "sync", "status", env=env))
    assert status["sealed"] == 1 and status["deposited"] == 0 and status["ready"] == 0

    [report] = lines(kiosk("--data-dir", data, "sync", "run", env=env))
    assert report["deposited"] == 1 and report["quarantined"] == 0
    assert report["outbox"]["deposited"] == 1
    [status] = lines(kiosk("--data-dir", data, "sync", "status", env=env))
    assert status["deposited"] == 1 and status["sealed"] == 0

    received = {d["id"]: d for d in lines(kiosk("central", "dossiers", "--db", str(db)))}
    dossier = received[deposited["id"]]
    assert dossier["state"] == "deposited"
    hashes = {f["name"]: f["sha256"] for f in dossier["files"]}
    for code, path in scans.items():
        assert hashes[f"{code}/01-document.pdf"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "answers.json" in hashes
    assert not (tmp_path / "kiosk" / "outbox" / deposited["id"]).exists()  # ciphertext purged


def test_sync_run_before_enrollment_says_what_to_do(tmp_path: Path, central: tuple[str, Path]) -> None:
    result = kiosk("--data-dir", str(tmp_path / "k"), "sync", "run", env={"ESCALE_CENTRAL_URL": central[0]})
    assert result.returncode == 2
    assert "kiosk enroll" in result.stderr


def test_a_wrong_or_spent_code_is_refused(tmp_path: Path, central: tuple[str, Path]) -> None:
    url, db = central
    result = kiosk("--data-dir", str(tmp_path / "k"), "enroll", "AAAA-BBBB-CCCC-DDDD", "--central", url)
    assert result.returncode == 2 and "refused" in result.stderr
    [code] = lines(kiosk("central", "enroll-code", "--db", str(db)))
    lines(kiosk("--data-dir", str(tmp_path / "k1"), "enroll", code["code"], "--central", url))
    again = kiosk("--data-dir", str(tmp_path / "k2"), "enroll", code["code"], "--central", url)
    assert again.returncode == 2 and "refused" in again.stderr


def test_enroll_needs_a_central_service(tmp_path: Path) -> None:
    result = kiosk("--data-dir", str(tmp_path / "k"), "enroll", "AAAA-BBBB-CCCC-DDDD")
    assert result.returncode == 2 and "--central" in result.stderr


def test_a_bad_configuration_names_the_setting(tmp_path: Path) -> None:
    result = kiosk("--data-dir", str(tmp_path / "k"), "sync", "status",
                   env={"ESCALE_CENTRAL_URL": "ftp://nowhere"})
    assert result.returncode == 2 and "central_url" in result.stderr


def test_status_of_an_empty_kiosk_counts_every_state(tmp_path: Path) -> None:
    [status] = lines(kiosk("--data-dir", str(tmp_path / "k"), "sync", "status"))
    assert status == {"ready": 0, "sealed": 0, "sending": 0, "sent": 0, "deposited": 0,
                      "retry_wait": 0, "quarantined": 0}


def test_central_subcommands_keep_their_own_help_and_errors(tmp_path: Path) -> None:
    helped = kiosk("central", "--help")
    assert helped.returncode == 0 and "enroll-code" in helped.stdout and "kiosk central" in helped.stdout
    missing = kiosk("central", "dossiers", "--db", str(tmp_path / "nothing.db"))
    assert missing.returncode == 2 and "no database" in missing.stderr
