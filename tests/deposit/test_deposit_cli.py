"""`kiosk dossier deposit`: a whole dossier is sealed into the outbox, or nothing is stored.

With no central service configured the kiosk is in demo mode: it enrolls itself with the
reference service on loopback, so the dossier is sealed at once. With a configured service
it has not been enrolled with yet, the dossier waits `ready`, encrypted at rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.files import make_pdf

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.procedure.answers import unflatten
from kiosk.store.dossiers import DossierStore

DOCUMENTS = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]


def run(data_dir: Path, answers: object, files: list[str],
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    path = data_dir.parent / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "dossier", "deposit",
               str(path)]
    for spec in files:
        command += ["--file", spec]
    return subprocess.run(command, capture_output=True, text=True, env=os.environ | (env or {}), timeout=60)


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "scan.pdf", 2)


def stored(data_dir: Path) -> list:
    with DossierStore(data_dir) as store:
        return store.list_dossiers()


def test_complete_dossier_is_sealed_and_queued(tmp_path: Path, scan: Path) -> None:
    data_dir = tmp_path / "data"
    answers = unflatten({**DEMO_ANSWERS, "host.permit_type": "permanent"})  # hidden: dropped
    result = run(data_dir, answers, [f"{code}={scan}" for code in DOCUMENTS])
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["state"] == "sealed"
    with DossierStore(data_dir) as store:
        assert store.outbox.get(printed["id"]).state == "sealed"
        assert store.outbox.confirmation(printed["id"])["dossier_id"] == printed["id"]
    manifest = json.loads((data_dir / "outbox" / printed["id"] / "manifest.json").read_text())
    names = sorted(entry["name"] for entry in manifest["manifest"]["files"])
    assert names == ["answers.json", *sorted(f"{code}/01-document.pdf" for code in DOCUMENTS)]
    # After sealing only ciphertext stays: the plaintext draft and its files are wiped.
    assert [p for p in (data_dir / "blobs").rglob("*") if p.is_file()] == []


def test_with_a_central_service_not_enrolled_yet_the_dossier_waits_ready(tmp_path: Path,
                                                                          scan: Path) -> None:
    data_dir = tmp_path / "data"
    answers = unflatten({**DEMO_ANSWERS, "host.permit_type": "permanent"})  # hidden: dropped
    result = run(data_dir, answers, [f"{code}={scan}" for code in DOCUMENTS],
                 env={"ESCALE_CENTRAL_URL": "http://127.0.0.1:9"})
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["state"] == "ready"
    [dossier] = stored(data_dir)
    assert dossier.id == printed["id"]
    assert "host.permit_type" not in dossier.answers["answers"]
    assert sorted(a.requirement for a in dossier.attachments) == sorted(DOCUMENTS)
    assert all(a.pages == 2 for a in dossier.attachments)


@pytest.mark.parametrize("change,files,reason", [
    ({"contact.address_changed": True}, DOCUMENTS, "changement d'adresse"),
    ({}, DOCUMENTS[:-1], "Pièce manquante"),
    ({"identity.foreigner_number": "12"}, DOCUMENTS, "9 ou 10 chiffres"),
    ({"identity.surname": "A" * 5000}, DOCUMENTS, "trop long"),
    ({"identity.given_names": "Jean\x07"}, DOCUMENTS, "invisibles"),
])
def test_refused_dossier_leaves_nothing(tmp_path: Path, scan: Path, change: dict, files: list[str],
                                        reason: str) -> None:
    data_dir = tmp_path / "data"
    result = run(data_dir, unflatten({**DEMO_ANSWERS, **change}), [f"{c}={scan}" for c in files])
    assert result.returncode == 2
    assert reason in result.stderr
    assert stored(data_dir) == []
    assert [p for p in (data_dir / "blobs").rglob("*") if p.is_file()] == []


def test_corrupt_file_is_refused_and_nothing_is_kept(tmp_path: Path, scan: Path) -> None:
    data_dir = tmp_path / "data"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(scan.read_bytes()[:300])
    files = [f"{code}={scan}" for code in DOCUMENTS[:-1]] + [f"{DOCUMENTS[-1]}={broken}"]
    result = run(data_dir, unflatten(DEMO_ANSWERS), files)
    assert result.returncode == 2 and "PDF" in result.stderr
    assert stored(data_dir) == []
    assert [p for p in (data_dir / "blobs").rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("answers,key", [
    ({"host": {"colour": "blue"}}, "host.colour"),
    ({"identity": {"birth_date": "1990-02-30"}}, "identity.birth_date"),
    ({"family": {"status": "complicated"}}, "family.status"),
])
def test_malformed_answers_name_the_key(tmp_path: Path, answers: dict, key: str) -> None:
    nested = unflatten(DEMO_ANSWERS)
    for group, values in answers.items():
        nested[group].update(values)
    result = run(tmp_path / "data", nested, [])
    assert result.returncode == 2 and key in result.stderr


def test_malformed_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text("{not json")
    result = subprocess.run([sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "d"), "dossier",
                             "deposit", str(path)], capture_output=True, text=True)
    assert result.returncode == 2 and "not valid JSON" in result.stderr
