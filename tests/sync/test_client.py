"""The kiosk's HTTP client (kiosk/sync/client.py).

Against the real central service on loopback (uvicorn, in its own process: central's
and the kiosk store's SQLModel tables cannot share one process today): enrollment, signed
calls, a sealed dossier deposited and its receipt verified, resumption, idempotence
and every refusal the service makes. httpx.MockTransport only stands in for what a
healthy service never does: 5xx, malformed or oversized answers, network failures.
"""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from reportlab.pdfgen import canvas

from kiosk.protocol.models import FileEntry, Manifest, SignedManifest, UploadStatus
from kiosk.store.dossiers import DossierRecord, DossierStore
from kiosk.sync.client import (
    MAX_RESPONSE_BYTES,
    CentralClient,
    Conflict,
    Incomplete,
    NetworkError,
    Rejected,
    ServerError,
    SyncError,
    Unauthorized,
    enroll_kiosk,
)
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import answers_bytes, read_chunk, seal_dossier

REPO = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "admin-token-for-sync-tests-0123456789"
TIMEOUT = httpx.Timeout(20.0)
CHUNK = 4096  # several chunks per file with small samples


# -- the real central service -------------------------------------------------------------
@dataclass
class Service:
    url: str

    def admin(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                            timeout=TIMEOUT)

    def enrollment_code(self) -> str:
        with self.admin() as admin:
            response = admin.post("/v1/admin/enrollment-codes")
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def decrypted_hashes(self, dossier_id: str) -> dict[str, str | None]:
        """The service's own account of the files it decrypted (plaintext SHA-256)."""
        with self.admin() as admin:
            dossiers = admin.get("/v1/admin/dossiers").json()
        dossier = next(d for d in dossiers if d["id"] == dossier_id)
        return {f["name"]: f["sha256"] for f in dossier["files"]}


SERVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from central.app import create_app
    from central.config import CentralSettings
    from central.server import BackgroundServer

    root, token = Path(sys.argv[1]), sys.argv[2]
    settings = CentralSettings(database_url=f"sqlite:///{root / 'central.db'}", storage_dir=root / "storage",
                               key_dir=root / "keys", admin_token=token)
    with BackgroundServer(create_app(settings)) as server:  # a free port on loopback
        print(server.url, flush=True)
        sys.stdin.read()  # serve until the test closes our standard input
""")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    root = tmp_path_factory.mktemp("central")
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(root), ADMIN_TOKEN], cwd=REPO,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdin is not None
        url = server.stdout.readline().strip()  # RSA key generation first: a few seconds
        assert url.startswith("http://127.0.0.1:"), "the central service did not start"
        yield Service(url)
        server.stdin.close()
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


# -- a real kiosk: data folder, store, enrollment, a ready dossier --------------------------
@dataclass
class Kiosk:
    data_dir: Path
    store: DossierStore
    device: DeviceIdentity
    trust: CentralTrust
    client: CentralClient
    scans: Path

    @property
    def outbox(self) -> Path:
        return self.data_dir / "outbox"

    def ready_dossier(self) -> tuple[DossierRecord, dict[str, bytes]]:
        """A dossier with a PDF and a PNG, and the plaintext each sealed name stands for."""
        dossier_id = self.store.create_draft("renouvellement_ue", 1)
        pdf = self.scans / f"{dossier_id}.pdf"
        document = canvas.Canvas(str(pdf))
        for page in range(3):
            document.drawString(72, 720, f"Passeport, page {page + 1}")
            document.showPage()
        document.save()
        png = self.scans / f"{dossier_id}.png"
        Image.effect_noise((120, 90), 64).convert("RGB").save(png)  # noise: several chunks
        self.store.add_attachment(dossier_id, "passport", pdf)
        self.store.add_attachment(dossier_id, "proof_of_address", png)
        record = self.store.mark_ready(dossier_id, {"answers": {"identity.surname": "Muster"}})
        return record, {"answers.json": answers_bytes(record), "passport/01-document.pdf": pdf.read_bytes(),
                        "proof_of_address/01-document.png": png.read_bytes()}

    def seal(self, record: DossierRecord) -> SignedManifest:
        return seal_dossier(record, self.store, self.outbox, self.device, self.trust, self.trust.device_id,
                            chunk_size=CHUNK)

    def upload(self, signed: SignedManifest, missing: dict[int, list[int]],
               skip: Callable[[int, int], bool] = lambda index, n: False) -> None:
        manifest = signed.manifest
        for index, chunks in sorted(missing.items()):
            for n in chunks:
                if not skip(index, n):
                    data = read_chunk(self.outbox, manifest.dossier_id, index, n, manifest.chunk_size)
                    self.client.put_chunk(manifest.dossier_id, index, n, data)

    def deposit(self, signed: SignedManifest) -> UploadStatus:
        status = self.client.put_manifest(signed)
        assert status.state == "receiving"
        self.upload(signed, status.missing)
        return self.client.commit(signed.manifest.dossier_id)


@pytest.fixture
def kiosk(service: Service, tmp_path: Path) -> Iterator[Kiosk]:
    data_dir = tmp_path / "kiosk"
    trust = enroll_kiosk(data_dir, service.url, service.enrollment_code(), "Guichet 2", timeout=TIMEOUT)
    scans = tmp_path / "scans"
    scans.mkdir()
    device = DeviceIdentity.load_or_create(data_dir)
    with DossierStore(data_dir) as store, CentralClient(trust.base_url, device, trust.device_id,
                                                         timeout=TIMEOUT) as client:
        yield Kiosk(data_dir=data_dir, store=store, device=device, trust=trust, client=client, scans=scans)


# -- against the real service ---------------------------------------------------------------
def test_enroll_seal_deposit_and_verify_the_receipt(kiosk: Kiosk, service: Service) -> None:
    saved = CentralTrust.load(kiosk.data_dir)
    assert saved is not None and saved.device_id == kiosk.trust.device_id and saved.base_url == service.url

    record, plaintexts = kiosk.ready_dossier()
    signed = kiosk.seal(record)
    status = kiosk.client.put_manifest(signed)
    assert status.state == "receiving"
    assert status.missing == {i: list(range(f.chunks)) for i, f in enumerate(signed.manifest.files)}
    assert sum(len(chunks) for chunks in status.missing.values()) > len(signed.manifest.files)
    kiosk.upload(signed, status.missing)
    assert kiosk.client.status(record.id).missing == {}
    status = kiosk.client.commit(record.id)

    assert status.state == "deposited" and status.receipt is not None
    receipt = status.receipt
    assert kiosk.trust.verify_receipt(receipt)
    assert receipt.receipt.manifest_sha256 == signed.manifest.digest()
    assert (receipt.receipt.dossier_id, receipt.receipt.device_id) == (record.id, kiosk.trust.device_id)
    tampered = receipt.model_copy(update={"receipt": receipt.receipt.model_copy(
        update={"deposit_number": "ESC-1999-000001"})})
    assert not kiosk.trust.verify_receipt(tampered)
    # The service decrypted each file to exactly what the kiosk sealed.
    expected = {name: hashlib.sha256(data).hexdigest() for name, data in plaintexts.items()}
    assert service.decrypted_hashes(record.id) == expected


def test_an_upload_cut_short_resumes_from_the_status(kiosk: Kiosk) -> None:
    record, _ = kiosk.ready_dossier()
    signed = kiosk.seal(record)
    missing = kiosk.client.put_manifest(signed).missing
    kiosk.upload(signed, missing, skip=lambda index, n: index == 2 and n > 0)  # the cut
    left = kiosk.client.status(record.id)
    assert left.state == "receiving" and left.missing == {2: missing[2][1:]}
    with pytest.raises(Incomplete) as cut:
        kiosk.client.commit(record.id)
    assert cut.value.missing == {2: missing[2][1:]} and cut.value.retryable and cut.value.status == 409
    again = kiosk.client.put_manifest(signed)  # what the worker does on its next pass
    assert again.missing == left.missing
    kiosk.upload(signed, again.missing)
    status = kiosk.client.commit(record.id)
    assert status.state == "deposited" and status.receipt and kiosk.trust.verify_receipt(status.receipt)


def test_sending_again_is_harmless_and_another_manifest_conflicts(kiosk: Kiosk) -> None:
    record, _ = kiosk.ready_dossier()
    signed = kiosk.seal(record)
    first = kiosk.deposit(signed)
    assert first.receipt is not None
    again = kiosk.client.put_manifest(signed)
    assert again.state == "deposited" and again.receipt == first.receipt
    kiosk.client.put_chunk(record.id, 0, 0, read_chunk(kiosk.outbox, record.id, 0, 0, CHUNK))
    assert kiosk.client.commit(record.id).receipt == first.receipt
    assert kiosk.client.status(record.id).receipt == first.receipt

    resealed = kiosk.seal(record)  # same id, fresh key: other bytes
    with pytest.raises(Conflict) as conflict:
        kiosk.client.put_manifest(resealed)
    assert "another manifest" in conflict.value.detail and not conflict.value.retryable
    with pytest.raises(Conflict):
        kiosk.client.put_chunk(record.id, 0, 0, read_chunk(kiosk.outbox, record.id, 0, 0, CHUNK))


def test_a_dossier_that_does_not_open_is_rejected_at_commit(kiosk: Kiosk) -> None:
    record, _ = kiosk.ready_dossier()
    signed = kiosk.seal(record)
    status = kiosk.client.put_manifest(signed)
    for index, chunks in status.missing.items():
        for n in chunks:
            data = bytearray(read_chunk(kiosk.outbox, record.id, index, n, CHUNK))
            if (index, n) == (1, 0):
                data[20] ^= 0xFF  # damaged on the kiosk's disk after sealing
            kiosk.client.put_chunk(record.id, index, n, bytes(data))
    with pytest.raises(Rejected) as rejected:
        kiosk.client.commit(record.id)
    assert rejected.value.status == 422 and not rejected.value.retryable
    assert "SHA-256" in rejected.value.detail


def test_unknown_dossier_is_rejected_not_retried(kiosk: Kiosk) -> None:
    with pytest.raises(Rejected) as rejected:
        kiosk.client.status(str(uuid.uuid4()))
    assert rejected.value.status == 404 and rejected.value.detail == "no such dossier"


def test_wrong_clock_or_wrong_key_is_unauthorized(kiosk: Kiosk) -> None:
    record, _ = kiosk.ready_dossier()
    signed = kiosk.seal(record)
    late = CentralClient(kiosk.trust.base_url, kiosk.device, kiosk.trust.device_id, timeout=TIMEOUT,
                         clock=lambda: time.time() - 3600)
    impostor = CentralClient(kiosk.trust.base_url, DeviceIdentity(Ed25519PrivateKey.generate()),
                             kiosk.trust.device_id, timeout=TIMEOUT)
    for client, detail in ((late, "clock"), (impostor, "bad signature")):
        with client, pytest.raises(Unauthorized) as refused:
            client.put_manifest(signed)
        assert refused.value.status == 401 and detail in refused.value.detail
        assert isinstance(refused.value, Rejected)


def test_revoked_device_is_refused(kiosk: Kiosk, service: Service) -> None:
    with service.admin() as admin:
        assert admin.post(f"/v1/admin/devices/{kiosk.trust.device_id}/revoke").status_code == 200
    with pytest.raises(Rejected) as refused:
        kiosk.client.status(str(uuid.uuid4()))
    assert refused.value.status == 403 and "revoked" in refused.value.detail


def test_enrollment_code_works_once(service: Service, tmp_path: Path) -> None:
    code = service.enrollment_code()
    enroll_kiosk(tmp_path / "first", service.url, code, "Guichet A", timeout=TIMEOUT)
    with pytest.raises(Rejected) as refused:
        enroll_kiosk(tmp_path / "second", service.url, code, "Guichet B", timeout=TIMEOUT)
    assert refused.value.status == 403
    assert CentralTrust.load(tmp_path / "second") is None  # nothing saved on a refusal


def test_unreachable_service_is_a_network_error(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nobody listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    device = DeviceIdentity.load_or_create(tmp_path)
    client = CentralClient(f"http://127.0.0.1:{port}", device, str(uuid.uuid4()), timeout=TIMEOUT)
    with client, pytest.raises(NetworkError) as failure:
        client.status(str(uuid.uuid4()))
    assert failure.value.retryable and failure.value.status is None


# -- what a healthy service never answers (MockTransport) ---------------------------------
DOSSIER = str(uuid.uuid4())
Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler) -> CentralClient:
    return CentralClient("https://central.test", DeviceIdentity(Ed25519PrivateKey.generate()),
                         str(uuid.uuid4()), timeout=TIMEOUT, transport=httpx.MockTransport(handler))


def answering(status: int, **kwargs: object) -> CentralClient:
    return mock_client(lambda request: httpx.Response(status, **kwargs))  # type: ignore[arg-type]


def failing(error: type[httpx.TransportError]) -> CentralClient:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("simulated", request=request)
    return mock_client(handler)


def a_signed_manifest() -> SignedManifest:
    entry = FileEntry(name="answers.json", kind="answers", media_type="application/json", size=40,
                      sha256="0" * 64, chunks=1)
    manifest = Manifest(dossier_id=DOSSIER, device_id=str(uuid.uuid4()), procedure_id="renouvellement_ue",
                        procedure_version=1, sealed_at=datetime.now(UTC), wrapped_key="AAAA", files=[entry])
    return SignedManifest(manifest=manifest, signature="AAAA")


CALLS: dict[str, Callable[[CentralClient], object]] = {
    "put_manifest": lambda c: c.put_manifest(a_signed_manifest()),
    "put_chunk": lambda c: c.put_chunk(DOSSIER, 0, 0, b"chunk"),
    "status": lambda c: c.status(DOSSIER),
    "commit": lambda c: c.commit(DOSSIER),
    "enroll": lambda c: c.enroll("code-0123456789", "Guichet"),
}


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_a_retryable_server_error(call: str, status: int) -> None:
    with answering(status, text="<html>Bad gateway</html>") as client, pytest.raises(ServerError) as error:
        CALLS[call](client)
    assert error.value.status == status and error.value.retryable
    assert "Bad gateway" in str(error.value)


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout,
                                   httpx.WriteTimeout, httpx.PoolTimeout, httpx.ReadError,
                                   httpx.RemoteProtocolError, httpx.ProxyError])
def test_transport_failures_are_retryable_network_errors(call: str,
                                                         error: type[httpx.TransportError]) -> None:
    with failing(error) as client, pytest.raises(NetworkError) as failure:
        CALLS[call](client)
    assert failure.value.retryable and isinstance(failure.value.__cause__, error)


@pytest.mark.parametrize("call", ["put_manifest", "status", "commit", "enroll"])
@pytest.mark.parametrize("body", [b"", b"not json", b"{}", b"[]", b'{"dossier_id": 42}', b"[" * 100_000,
                                  json.dumps({"dossier_id": DOSSIER, "state": "lost"}).encode(),
                                  json.dumps({"dossier_id": DOSSIER, "state": "receiving",
                                              "missing": {"a": [1]}}).encode()])
def test_malformed_answer_is_a_server_error(call: str, body: bytes) -> None:
    with answering(200, content=body) as client, pytest.raises(ServerError) as error:
        CALLS[call](client)
    assert error.value.retryable and "malformed" in str(error.value)


def test_status_about_another_dossier_is_a_server_error() -> None:
    other = UploadStatus(dossier_id=str(uuid.uuid4()), state="receiving").model_dump_json()
    with answering(200, content=other.encode()) as client, pytest.raises(ServerError, match="another"):
        client.status(DOSSIER)


def test_enrollment_answer_with_unusable_keys_is_a_server_error() -> None:
    body = {"device_id": str(uuid.uuid4()), "central_signing_key": "AAAA", "central_encryption_key": "x"}
    with answering(200, json=body) as client, pytest.raises(ServerError, match="unusable"):
        client.enroll("code-0123456789", "Guichet")
    assert client.device_id is not None and client.device_id != body["device_id"]  # unchanged


def test_oversized_answer_is_a_server_error() -> None:
    with answering(200, content=b" " * (MAX_RESPONSE_BYTES + 1)) as client, \
            pytest.raises(ServerError, match="larger"):
        client.status(DOSSIER)


def test_undecodable_answer_is_a_server_error() -> None:
    broken = answering(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")
    with broken as client, pytest.raises(ServerError) as error:
        client.status(DOSSIER)
    assert error.value.retryable and "DecodingError" in str(error.value)


@pytest.mark.parametrize("status", [408, 429, 302, 307])
def test_come_back_later_and_stray_redirects_are_retryable(status: int) -> None:
    with answering(status, headers={"Location": "https://elsewhere.test/"}) as client, \
            pytest.raises(ServerError) as error:
        client.commit(DOSSIER)
    assert error.value.status == status and error.value.retryable


@pytest.mark.parametrize("status", [400, 403, 404, 413, 422])
def test_other_4xx_is_rejected_with_the_detail(status: int) -> None:
    with answering(status, json={"detail": "the reason"}) as client, pytest.raises(Rejected) as error:
        client.commit(DOSSIER)
    assert (error.value.status, error.value.detail) == (status, "the reason")
    assert not error.value.retryable and not isinstance(error.value, Unauthorized)


def test_validation_error_detail_is_kept_as_text() -> None:
    detail = [{"loc": ["path", "n"], "msg": "too large", "type": "less_than"}]
    with answering(422, json={"detail": detail}) as client, pytest.raises(Rejected) as error:
        client.put_chunk(DOSSIER, 0, 9999, b"x")
    assert "too large" in error.value.detail


def test_409_is_a_conflict_unless_it_lists_missing_chunks() -> None:
    with answering(409, json={"detail": "taken"}) as client, pytest.raises(Conflict) as conflict:
        client.put_manifest(a_signed_manifest())
    assert conflict.value.detail == "taken" and not conflict.value.retryable
    missing = {"detail": "chunks missing: file 2: 0, 3", "missing": {"2": [0, 3]}}
    with answering(409, json=missing) as client, pytest.raises(Incomplete) as incomplete:
        client.commit(DOSSIER)
    assert incomplete.value.missing == {2: [0, 3]} and isinstance(incomplete.value, ServerError)
    with answering(409, content=b"[" * 100_000) as client, pytest.raises(Conflict):
        client.commit(DOSSIER)


def test_every_failure_is_a_sync_error() -> None:
    for error in (NetworkError, ServerError, Incomplete, Rejected, Unauthorized, Conflict):
        assert issubclass(error, SyncError)


def test_odd_dossier_ids_are_refused_before_sending() -> None:
    # Nobody listens on port 9: had anything been sent, this would be a NetworkError.
    client = CentralClient("http://127.0.0.1:9", DeviceIdentity(Ed25519PrivateKey.generate()),
                           str(uuid.uuid4()), timeout=TIMEOUT)
    with client:
        for odd in ("../devices/enroll", f"{uuid.uuid4()}?x=1", "", str(uuid.uuid4()).upper()):
            with pytest.raises(ValueError, match="not a dossier id"):
                client.status(odd)


def test_signed_calls_need_an_enrolled_device() -> None:
    client = CentralClient("http://127.0.0.1:9", DeviceIdentity(Ed25519PrivateKey.generate()), None,
                           timeout=TIMEOUT)  # refused before anything is sent
    with client, pytest.raises(RuntimeError, match="not enrolled"):
        client.status(DOSSIER)
