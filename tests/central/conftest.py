"""A real central service on loopback (uvicorn in a thread) and a small test-side kiosk
that enrolls, seals dossiers exactly as docs/protocol.md says, and sends signed requests
with httpx. It shares only the wire models with the service.

The service runs on SQLite (a temp file) and, when $ESCALE_TEST_POSTGRES_URL names a
PostgreSQL server (scripts/start-postgres.sh), again on PostgreSQL in a database of its
own: every test that uses `service` (or `kiosk`, `new_kiosk`, `database_url`) runs once
per database, with ids ending in [sqlite] and [postgresql] (but the modules in
SQLITE_ONLY_MODULES, whose answers do not depend on the database); so does any fixture of
this folder parametrized with "postgresql" that creates its database with `postgres`.
Without the variable the PostgreSQL runs are deselected and one skipped test says why
(one line, rather than one skip per test on every developer's run).
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import time
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from central.app import create_app
from central.config import CentralSettings
from central.context import Central
from central.keys import load_or_create_keys
from central.server import BackgroundServer
from kiosk.protocol.auth import (
    CHUNK_SHA256_HEADER,
    DEVICE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signing_string,
)
from kiosk.protocol.models import EnrollResponse, FileEntry, Manifest, SignedManifest, SignedReceipt

ADMIN_TOKEN = "admin-token-for-tests-0123456789"
CHUNK_SIZE = 4096  # the protocol's smallest: several chunks per file with small test files
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- the service ----------------------------------------------------------------------
@dataclass
class Service:
    url: str
    settings: CentralSettings
    central: Central  # the running service's own objects, for set-ups HTTP cannot make

    def admin(self, token: str | None = ADMIN_TOKEN) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10)

    def enrollment_code(self) -> str:
        with self.admin() as client:
            response = client.post("/v1/admin/enrollment-codes")
        assert response.status_code == 201, response.text
        return str(response.json()["code"])


@pytest.fixture(scope="session")
def key_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("central-keys") / "keys"
    load_or_create_keys(folder)  # RSA-3072 takes a moment: made once for the whole run
    return folder


def make_settings(root: Path, key_dir: Path, **changes: Any) -> CentralSettings:
    values: dict[str, Any] = {"database_url": f"sqlite:///{root / 'central.db'}",
                              "storage_dir": root / "storage", "key_dir": key_dir,
                              "admin_token": ADMIN_TOKEN}
    return CentralSettings(**(values | changes))


# -- the databases ----------------------------------------------------------------------
POSTGRES_URL_VARIABLE = "ESCALE_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_URL_VARIABLE, "")
DATABASES = ("sqlite", "postgresql")  # the params of `service` and `database_url`
_not_run: list[pytest.Item] = []  # the PostgreSQL runs deselected without a server
# Their answers do not depend on the database (signatures, ciphertext checks, parsing of
# garbage that is refused before any query): SQLite only, to keep CI short.
SQLITE_ONLY_MODULES = frozenset({"test_malformed.py", "test_security.py", "test_signed_requests.py"})


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.path.name in SQLITE_ONLY_MODULES and "service" in metafunc.fixturenames:
        # As a mark, seen before the fixture's own params: it takes their place.
        metafunc.definition.add_marker(pytest.mark.parametrize("service", ["sqlite"], indirect=True))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if POSTGRES_URL:
        return
    here = Path(__file__).parent
    _not_run[:] = [item for item in items if here in item.path.parents
                   and "postgresql" in getattr(getattr(item, "callspec", None), "params", {}).values()]
    if _not_run:
        config.hook.pytest_deselected(items=list(_not_run))
        gone = set(_not_run)
        items[:] = [item for item in items if item not in gone]


def _postgres_missing() -> str:
    return (f"{len(_not_run)} PostgreSQL variants of the central tests deselected: {POSTGRES_URL_VARIABLE} "
            "is not set (eval \"$(scripts/start-postgres.sh)\" starts a throwaway server)")


class PostgresServer:
    """The server $ESCALE_TEST_POSTGRES_URL names: each user gets a fresh database of its
    own (random name), dropped after, so runs never see each other's rows."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def check(self) -> str:
        with self._admin.connect() as conn:
            return str(conn.exec_driver_sql("SHOW server_version").scalar_one())

    def create_database(self) -> str:
        name = f"escale_test_{uuid.uuid4().hex[:16]}"
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        return self.url_of(name)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        assert name and name.startswith("escale_test_"), name
        with self._admin.connect() as conn:  # WITH (FORCE): connections left open do not block it
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url_of(self, database: str) -> str:
        url: URL = self.url.set(database=database)
        return url.render_as_string(hide_password=False)

    @contextmanager
    def database(self) -> Iterator[str]:
        url = self.create_database()
        try:
            yield url
        finally:
            self.drop_database(url)

    def close(self) -> None:
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The test PostgreSQL server; skips the test without $ESCALE_TEST_POSTGRES_URL, fails it
    if the variable names a server that does not answer (CI started one: it must be used)."""
    if not POSTGRES_URL:
        pytest.skip(_postgres_missing())
    server = PostgresServer(POSTGRES_URL)
    try:
        server.check()
    except OperationalError as exc:
        server.close()
        pytest.fail(f"{POSTGRES_URL_VARIABLE}={POSTGRES_URL}: the server does not answer: {exc.orig}",
                    pytrace=False)
    yield server
    server.close()


@contextmanager
def fresh_database(request: pytest.FixtureRequest, kind: str, folder: Path) -> Iterator[str]:
    """The URL of a new, empty database of `kind` ("sqlite": a file in `folder`)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'central.db'}"
        return
    assert kind == "postgresql", kind
    server: PostgresServer = request.getfixturevalue("postgres")  # skips without a server
    with server.database() as url:
        yield url


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty (not yet migrated) database for one test, on each database."""
    with fresh_database(request, request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session", params=DATABASES)
def service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
            key_dir: Path) -> Iterator[Service]:
    """One service per database for the whole run (pytest groups the tests by database)."""
    root = tmp_path_factory.mktemp(f"central-{request.param}")
    with fresh_database(request, request.param, root) as url:
        settings = make_settings(root, key_dir, database_url=url)
        app = create_app(settings)
        with BackgroundServer(app) as server:
            yield Service(url=server.url, settings=settings, central=app.state.central)


# -- the test-side kiosk --------------------------------------------------------------
SAMPLE_FILES: dict[str, bytes] = {
    "answers.json": b'{"nationality": "DEU", "procedure": "renouvellement"}',
    "passport/01-document.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,  # ~10 kB: 3 chunks sealed
    "proof_of_address/01-document.png": b"\x89PNG\r\n\x1a\n" + os.urandom(5000),
}
_KINDS = {"json": ("answers", "application/json"), "pdf": ("document", "application/pdf"),
          "png": ("document", "image/png"), "jpg": ("document", "image/jpeg")}


@dataclass
class Sealed:
    signed: SignedManifest
    ciphertexts: list[bytes]
    plaintexts: dict[str, bytes]

    @property
    def id(self) -> str:
        return self.signed.manifest.dossier_id

    def chunks(self, index: int) -> list[bytes]:
        data, size = self.ciphertexts[index], self.signed.manifest.chunk_size
        return [data[i:i + size] for i in range(0, len(data), size)]

    def all_chunks(self) -> Iterator[tuple[int, int, bytes]]:
        for index in range(len(self.ciphertexts)):
            for n, chunk in enumerate(self.chunks(index)):
                yield index, n, chunk


@dataclass
class FakeKiosk:
    url: str
    name: str = "Guichet 1"
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    device_id: str | None = None
    enrolled: EnrollResponse | None = None

    def __post_init__(self) -> None:
        self.client = httpx.Client(base_url=self.url, timeout=20)

    @property
    def public_key(self) -> str:
        raw = self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return b64(raw)

    def enroll(self, code: str) -> httpx.Response:
        response = self.client.post("/v1/devices/enroll", json={
            "code": code, "device_name": self.name, "public_key": self.public_key})
        if response.status_code == 200:
            self.enrolled = EnrollResponse.model_validate_json(response.content)
            self.device_id = self.enrolled.device_id
        return response

    def sign_b64(self, data: bytes) -> str:
        return b64(self.key.sign(data))

    # -- signed requests --------------------------------------------------------------
    def send(self, method: str, path: str, body: bytes = b"", *, headers: dict[str, str] | None = None,
             timestamp: int | None = None, key: Ed25519PrivateKey | None = None,
             signed_path: str | None = None, signed_body: bytes | None = None) -> httpx.Response:
        """A signed request; the keyword arguments forge what an attacker or a bug would."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        message = signing_string(method, signed_path or path, stamp,
                                 body if signed_body is None else signed_body)
        signature = (key or self.key).sign(message)
        assert self.device_id is not None, "enroll first"
        all_headers = {DEVICE_HEADER: self.device_id, TIMESTAMP_HEADER: stamp,
                       SIGNATURE_HEADER: b64(signature)}
        return self.client.request(method, path, content=body, headers=all_headers | (headers or {}))

    # -- sealing, as docs/protocol.md "Sealing" -----------------------------------------
    def seal(self, files: dict[str, bytes] | None = None, *, dossier_id: str | None = None,
             chunk_size: int = CHUNK_SIZE, encryption_key: rsa.RSAPublicKey | None = None,
             after_encryption: Callable[[int, bytes], bytes] | None = None) -> Sealed:
        """`after_encryption(index, ciphertext)` changes ciphertext *before* it is hashed and
        signed: what a faulty or malicious kiosk would send with consistent hashes."""
        assert self.enrolled is not None and self.device_id is not None
        files = SAMPLE_FILES if files is None else files
        dossier_id = dossier_id or str(uuid.uuid4())
        key = AESGCM.generate_key(bit_length=256)
        entries, ciphertexts = [], []
        for index, (name, plaintext) in enumerate(files.items()):
            nonce = os.urandom(12)
            ciphertext = nonce + AESGCM(key).encrypt(nonce, plaintext, f"{dossier_id}/{name}".encode())
            if after_encryption:
                ciphertext = after_encryption(index, ciphertext)
            kind, media_type = _KINDS[name.rsplit(".", 1)[1]]
            entries.append(FileEntry(
                name=name, requirement=None if kind == "answers" else name.split("/")[0], kind=kind,
                media_type=media_type, size=len(ciphertext), sha256=hashlib.sha256(ciphertext).hexdigest(),
                chunks=math.ceil(len(ciphertext) / chunk_size)))
            ciphertexts.append(ciphertext)
        central_key = encryption_key or serialization.load_pem_public_key(
            self.enrolled.central_encryption_key.encode())
        assert isinstance(central_key, rsa.RSAPublicKey)
        manifest = Manifest(dossier_id=dossier_id, device_id=self.device_id, procedure_id="renouvellement_ue",
                            procedure_version=1, sealed_at=datetime.now(UTC), chunk_size=chunk_size,
                            wrapped_key=b64(central_key.encrypt(key, OAEP)), files=entries)
        signed = SignedManifest(manifest=manifest, signature=b64(self.key.sign(manifest.canonical_bytes())))
        return Sealed(signed=signed, ciphertexts=ciphertexts, plaintexts=dict(files))

    # -- intake calls -----------------------------------------------------------------
    def put_manifest(self, sealed: Sealed | SignedManifest, dossier_id: str | None = None) -> httpx.Response:
        signed = sealed.signed if isinstance(sealed, Sealed) else sealed
        return self.send("PUT", f"/v1/dossiers/{dossier_id or signed.manifest.dossier_id}",
                         signed.model_dump_json().encode(), headers={"Content-Type": "application/json"})

    def put_chunk(self, dossier_id: str, index: int, n: int, data: bytes,
                  sha256: str | None = None) -> httpx.Response:
        return self.send("PUT", f"/v1/dossiers/{dossier_id}/files/{index}/chunks/{n}", data, headers={
            CHUNK_SHA256_HEADER: sha256 or hashlib.sha256(data).hexdigest(),
            "Content-Type": "application/octet-stream"})

    def upload(self, sealed: Sealed, skip: Collection[tuple[int, int]] = ()) -> None:
        for index, n, chunk in sealed.all_chunks():
            if (index, n) not in skip:
                response = self.put_chunk(sealed.id, index, n, chunk)
                assert response.status_code == 204, response.text

    def status(self, dossier_id: str) -> httpx.Response:
        return self.send("GET", f"/v1/dossiers/{dossier_id}")

    def commit(self, dossier_id: str) -> httpx.Response:
        return self.send("POST", f"/v1/dossiers/{dossier_id}/commit")

    def receipt(self, dossier_id: str) -> httpx.Response:
        return self.send("GET", f"/v1/dossiers/{dossier_id}/receipt")

    def deposit(self, sealed: Sealed) -> SignedReceipt:
        """The whole exchange, as the sync worker does it."""
        assert self.put_manifest(sealed).status_code == 200
        self.upload(sealed)
        response = self.commit(sealed.id)
        assert response.status_code == 200, response.text
        receipt = response.json()["receipt"]
        return SignedReceipt.model_validate(receipt)

    def verify_receipt(self, signed: SignedReceipt) -> None:
        """Raises InvalidSignature unless the service's signing key signed it."""
        assert self.enrolled is not None
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(self.enrolled.central_signing_key))
        public.verify(base64.b64decode(signed.signature), signed.receipt.canonical_bytes())


@pytest.fixture
def new_kiosk(service: Service) -> Iterator[Callable[..., FakeKiosk]]:
    """Make kiosks; enrolled unless told otherwise."""
    made: list[FakeKiosk] = []

    def make(name: str = "Guichet 1", enroll: bool = True) -> FakeKiosk:
        kiosk = FakeKiosk(service.url, name=name)
        made.append(kiosk)
        if enroll:
            response = kiosk.enroll(service.enrollment_code())
            assert response.status_code == 200, response.text
        return kiosk

    yield make
    for kiosk in made:
        kiosk.client.close()


@pytest.fixture
def kiosk(new_kiosk: Callable[..., FakeKiosk]) -> FakeKiosk:
    return new_kiosk()


@pytest.fixture
def agent(service: Any) -> Iterator[Any]:
    """An instruction agent of the module's mailed service (support.smtp.mailed_service_fixture)."""
    from support.smtp import Agent

    agent = Agent(service)
    yield agent
    agent.close()
