"""A real central service on loopback and real kiosks enrolled with it, for the sync tests.

- `running_central(root, key_dir)`: `create_app` + `BackgroundServer` (SQLite under `root`,
  an admin token), as a `CentralHarness`;
- `CentralHarness.enroll(data_dir)`: a kiosk data folder enrolled through the kiosk's own
  `enroll_kiosk`, as an `EnrolledKiosk` (its DossierStore, keys and trust);
- `EnrolledKiosk.deposit()`: a `ready` dossier made by `deposit_from_answers`, with the
  SHA-256 of every plaintext file it will be sealed as; `EnrolledKiosk.engine(url)`: the
  SyncEngine the kiosk runs, pointed at `url` (a fault proxy, say);
- `CentralHarness.received()`: what the service holds (`dossier_summaries`: the SHA-256 of
  each file it decrypted), to compare with what was deposited; `assert_delivered_once`
  does that and checks the kiosk's side (verified receipt, number, ciphertext purged);
- fixtures `key_dir`, `central` (a fresh service per test) and `kiosk`, to import as
  `central_fixture, ...  # noqa: F401`; `FrozenClock` for the engine's clock.

Kiosk and central tables live in one process: they use separate SQLModel registries.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from PIL import Image
from sqlmodel import select

from central.app import create_app
from central.config import CentralSettings
from central.dossiers import dossier_summaries
from central.keys import load_or_create_keys
from central.models import Dossier
from central.server import BackgroundServer
from kiosk.deposit.batch import deposit_from_answers
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.procedure.answers import flatten
from kiosk.procedure.definition import default_procedure
from kiosk.procedure.engine import DocumentStatus, Evaluation
from kiosk.protocol.models import SignedReceipt
from kiosk.store.dossiers import DossierStore
from kiosk.store.models import DEPOSITED
from kiosk.sync.backoff import Backoff
from kiosk.sync.client import CentralClient, enroll_kiosk
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import ANSWERS_FILE, answers_bytes, file_name
from kiosk.sync.worker import SyncEngine
from support.files import make_pdf

ADMIN_TOKEN = "admin-token-for-worker-tests-0123456789"
TIMEOUT = httpx.Timeout(30.0)  # generous: a loaded CI machine is slow, never this slow
SMALL_CHUNKS = 4096  # the protocol's smallest: several chunks per file with small scans
IMAGE_REQUIREMENT = "proof_of_address"  # scanned as a photo (PNG); the others are PDFs


def shared_key_dir(base: Path) -> Path:
    """The service's keys under `base`, made once: RSA-3072 takes a moment."""
    folder = base / "central-keys"
    load_or_create_keys(folder)
    return folder


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the service --------------------------------------------------------------------------
@dataclass
class CentralHarness:
    url: str
    app: FastAPI
    root: Path

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                            timeout=TIMEOUT)

    def enrollment_code(self) -> str:
        with self.admin() as admin:
            response = admin.post("/v1/admin/enrollment-codes")
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def revoke(self, device_id: str) -> None:
        with self.admin() as admin:
            response = admin.post(f"/v1/admin/devices/{device_id}/revoke")
        assert response.status_code == 200, response.text

    def received(self) -> dict[str, dict[str, Any]]:
        """Dossier id -> {"state", "files": {name: SHA-256 of the decrypted file or None}}."""
        return {s["id"]: {"state": s["state"], "files": {f["name"]: f["sha256"] for f in s["files"]}}
                for s in dossier_summaries(self.app.state.central.db)}

    def deposit_numbers(self) -> dict[str, str | None]:
        with self.app.state.central.db.reading() as session:
            return dict(session.exec(select(Dossier.id, Dossier.deposit_number)).all())

    def enroll(self, data_dir: Path, name: str = "Guichet 1") -> EnrolledKiosk:
        trust = enroll_kiosk(data_dir, self.url, self.enrollment_code(), name, timeout=TIMEOUT)
        return EnrolledKiosk(data_dir=data_dir, store=DossierStore(data_dir),
                             device=DeviceIdentity.load_or_create(data_dir), trust=trust)


@contextmanager
def running_central(root: Path, key_dir: Path) -> Iterator[CentralHarness]:
    settings = CentralSettings(database_url=f"sqlite:///{root / 'central.db'}",
                               storage_dir=root / "storage", key_dir=key_dir, admin_token=ADMIN_TOKEN)
    app = create_app(settings)
    with BackgroundServer(app) as server:  # a free port on 127.0.0.1
        yield CentralHarness(url=server.url, app=app, root=root)


# -- fixtures, for test modules to import (with noqa F401) ---------------------------------
@pytest.fixture(scope="session", name="key_dir")
def key_dir_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_key_dir(tmp_path_factory.getbasetemp())


@pytest.fixture(name="central")
def central_fixture(tmp_path: Path, key_dir: Path) -> Iterator[CentralHarness]:
    """A fresh service per test: what it received is that test's alone."""
    root = tmp_path / "central"
    root.mkdir()
    with running_central(root, key_dir) as service:
        yield service


@pytest.fixture(name="kiosk")
def kiosk_fixture(central: CentralHarness, tmp_path: Path) -> Iterator[EnrolledKiosk]:
    enrolled = central.enroll(tmp_path / "kiosk")
    yield enrolled
    enrolled.close()


class FrozenClock:
    """The engine's clock, standing still unless the test moves it: backoffs read exactly."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def after(self, moment: datetime | None) -> None:
        assert moment is not None
        self.now = max(self.now, moment) + timedelta(seconds=1)


# -- a kiosk ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Deposited:
    id: str
    hashes: dict[str, str]  # protocol file name -> SHA-256 of the plaintext deposited


@dataclass
class EnrolledKiosk:
    data_dir: Path
    store: DossierStore
    device: DeviceIdentity
    trust: CentralTrust
    _clients: list[CentralClient] = field(default_factory=list)

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    def sealed_folders(self) -> list[str]:
        if not self.outbox_dir.exists():
            return []
        return sorted(p.name for p in self.outbox_dir.iterdir() if p.is_dir())

    def client(self, url: str, timeout: httpx.Timeout = TIMEOUT) -> CentralClient:
        client = CentralClient(url, self.device, self.trust.device_id, timeout=timeout)
        self._clients.append(client)
        return client

    def engine(self, url: str | None = None, *, timeout: httpx.Timeout = TIMEOUT,
               trust: CentralTrust | None = None, **kwargs: Any) -> SyncEngine:
        """The kiosk's SyncEngine, sending to `url` (default: the enrolled service).

        Small chunks so that files span several; jitter seeded so runs repeat."""
        kwargs.setdefault("chunk_size", SMALL_CHUNKS)
        kwargs.setdefault("backoff", Backoff(rng=random.Random(7)))
        return SyncEngine(self.store, self.data_dir, self.device, trust or self.trust,
                          self.client(url or self.trust.base_url, timeout), **kwargs)

    def deposit(self, tag: str = "", *, image_side: int = 60, answers: dict[str, Any] | None = None,
                scans: Path | None = None) -> Deposited:
        """A `ready` dossier with a real file for each required document (unique bytes per
        `tag`), deposited as the kiosk does, and the plaintext hashes it must arrive with."""
        answers = DEMO_ANSWERS if answers is None else answers
        scans = scans or self.data_dir.parent / "scans"
        scans.mkdir(exist_ok=True)
        files: list[tuple[str, Path]] = []
        for n, code in enumerate(required_documents(answers)):
            if code == IMAGE_REQUIREMENT:
                path = noise_png(scans / f"{tag}-{code}.png", image_side, seed=f"{tag}/{code}")
            else:
                path = make_pdf(scans / f"{tag}-{code}.pdf", 1 + n % 2, f"{code} {tag}")
            files.append((code, path))
        record = deposit_from_answers(self.store, answers, files)
        plaintext = {code: sha256(path.read_bytes()) for code, path in files}
        hashes = {file_name(a): plaintext[a.requirement] for a in record.attachments}
        hashes[ANSWERS_FILE] = sha256(answers_bytes(record))
        return Deposited(record.id, hashes)

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self.store.close()


def required_documents(answers: dict[str, Any]) -> list[str]:
    procedure = default_procedure()
    evaluation = Evaluation(procedure, flatten(answers, procedure), date.today())
    return [item.code for item in evaluation.documents_so_far() if item.status is DocumentStatus.REQUIRED]


def noise_png(path: Path, side: int, seed: str) -> Path:
    """A PNG of random pixels: it does not compress, so `side` sets its size (~3·side² bytes)."""
    pixels = random.Random(seed).randbytes(side * side * 3)
    Image.frombytes("RGB", (side, side), pixels).save(path)
    return path


# -- what "delivered exactly once" means ------------------------------------------------------
def assert_delivered_once(central: CentralHarness, kiosk: EnrolledKiosk, deposits: list[Deposited]) -> None:
    """Each dossier deposited once, byte-identical on the service, receipt verified, ciphertext gone."""
    received = central.received()
    numbers = central.deposit_numbers()
    for deposit in deposits:
        # The service decrypted every file to exactly the bytes deposited at the kiosk.
        assert received[deposit.id] == {"state": "deposited", "files": deposit.hashes}
        row = kiosk.store.outbox.get(deposit.id)
        assert row.state == DEPOSITED and row.error is None
        assert row.deposit_number is not None and row.deposit_number == numbers[deposit.id]
        assert row.receipt_json is not None
        receipt = SignedReceipt.model_validate_json(row.receipt_json)
        assert kiosk.trust.verify_receipt(receipt) and receipt.receipt.manifest_sha256 == row.manifest_sha256
        assert deposit.id not in kiosk.sealed_folders(), "the ciphertext is purged after the receipt"
    issued = [n for n in numbers.values() if n is not None]
    assert len(set(issued)) == len(issued)
