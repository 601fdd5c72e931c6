"""Chunk storage and commit (central/storage.py, central/dossiers.py, central/sealed.py):
flat layout, no fsync per chunk, durability established once at commit before the
receipt is signed, one decrypting pass, chunks lost or torn before commit sent again,
the public hooks of `Intake`, and the kiosk client's single hash per chunk."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, text
from sqlmodel import Session

from central.dossiers import Intake, Opened, Unprocessable
from central.keys import CentralKeys
from central.models import Device, Dossier
from central.sealed import FileOpener, SealError
from central.storage import ChunkStore
from kiosk.protocol.auth import CHUNK_SHA256_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signing_string
from kiosk.protocol.models import UploadStatus
from kiosk.sync.client import CentralClient
from kiosk.sync.keys import DeviceIdentity

from .conftest import FakeKiosk, Sealed, Service


def _status(response: httpx.Response) -> UploadStatus:
    assert response.status_code == 200, response.text
    return UploadStatus.model_validate_json(response.content)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stored(service: Service, sealed: Sealed, index: int, n: int) -> Path:
    return service.central.intake.chunks.path(sealed.id, index, n, _sha(sealed.chunks(index)[n]))


def _uploaded(kiosk: FakeKiosk) -> Sealed:
    sealed = kiosk.seal()
    assert kiosk.put_manifest(sealed).status_code == 200
    kiosk.upload(sealed)
    return sealed


# -- layout and write path -------------------------------------------------------------
def test_chunks_lie_flat_in_one_folder_per_dossier(service: Service, kiosk: FakeKiosk) -> None:
    sealed = _uploaded(kiosk)
    folder = service.central.intake.chunks.root / sealed.id
    names = sorted(entry.name for entry in folder.iterdir())
    assert names == sorted(f"{i}-{n}-{_sha(chunk)}" for i, n, chunk in sealed.all_chunks())
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


def test_a_chunk_is_written_without_fsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr("central.storage.os.fsync", calls.append)
    store = ChunkStore(tmp_path)
    dossier_id, data = str(uuid.uuid4()), os.urandom(5000)
    store.write(dossier_id, 0, 0, _sha(data), data)
    assert calls == []  # durability comes at commit
    assert store.read(dossier_id, 0, 0, _sha(data)) == data
    assert [p.name for p in (tmp_path / dossier_id).iterdir()] == [f"0-0-{_sha(data)}"]  # no temp left
    assert store.read_durably(dossier_id, 0, 0, _sha(data)) == data and len(calls) == 1


# -- durability at commit, before the receipt --------------------------------------------
def test_commit_makes_every_chunk_durable_before_signing(service: Service, kiosk: FakeKiosk,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = _uploaded(kiosk)
    intake = service.central.intake
    events: list[Any] = []
    synced: list[Any] = []

    def read(dossier_id: str, file_index: int, n: int, sha256: str) -> bytes:
        events.append(("read", file_index, n))
        return ChunkStore.read(intake.chunks, dossier_id, file_index, n, sha256)

    def sync_chunk(dossier_id: str, file_index: int, n: int, sha256: str) -> None:
        ChunkStore.sync_chunk(intake.chunks, dossier_id, file_index, n, sha256)
        synced.append((file_index, n))  # once its fsync returned

    def sync_dossier(dossier_id: str) -> None:
        ChunkStore.sync_dossier(intake.chunks, dossier_id)
        synced.append("folder")

    sign_receipt = CentralKeys.sign_receipt

    def sign(keys: CentralKeys, receipt: Any) -> Any:
        events.append(("sign", sorted(synced, key=str)))  # what was durable when it was signed
        return sign_receipt(keys, receipt)

    fsyncs: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr("central.storage.os.fsync", lambda fd: (fsyncs.append(fd), real_fsync(fd)))
    monkeypatch.setattr(intake.chunks, "read", read)
    monkeypatch.setattr(intake.chunks, "sync_chunk", sync_chunk)
    monkeypatch.setattr(intake.chunks, "sync_dossier", sync_dossier)
    monkeypatch.setattr(CentralKeys, "sign_receipt", sign)  # frozen: patched on the class
    assert _status(kiosk.commit(sealed.id)).state == "deposited"
    chunks = [(i, n) for i, n, _ in sealed.all_chunks()]
    # each chunk read once, in order; every chunk file and the folder durable, then signed
    assert events == [*[("read", i, n) for i, n in chunks], ("sign", sorted([*chunks, "folder"], key=str))]
    assert len(fsyncs) == len(chunks) + 2  # one per chunk file, the folder and the root: no more


def test_manifest_and_chunk_rows_are_committed_without_waiting_for_the_disk_but_the_deposit_is(
        service: Service, kiosk: FakeKiosk) -> None:
    engine = service.central.intake.db.engine
    # What the transaction's commit will do (asked on the same connection, in the transaction).
    sqlite = engine.dialect.name == "sqlite"
    ask = "PRAGMA synchronous" if sqlite else "SHOW synchronous_commit"
    unsynced = 1 if sqlite else "off"  # SQLite: NORMAL (WAL: the commit is not fsynced)
    with service.central.intake.db.transaction() as session:  # the database's own: FULL on SQLite
        synced = session.execute(text(ask)).scalar_one()  # (the test PostgreSQL server runs with off)
    assert not sqlite or synced == 2
    levels: dict[str, list[Any]] = {"manifest": [], "chunk": [], "deposit": []}

    def statement(_conn: Any, cursor: Any, sql: str, *_args: Any) -> None:
        kind = ("manifest" if sql.startswith("INSERT INTO dossier ")
                else "chunk" if sql.startswith("INSERT INTO dossier_chunk")
                else "deposit" if sql.startswith("UPDATE dossier SET") else None)
        if kind:
            levels[kind].append(cursor.connection.execute(ask).fetchone()[0])

    sealed = kiosk.seal()
    event.listen(engine, "before_cursor_execute", statement)
    try:
        assert kiosk.put_manifest(sealed).status_code == 200
        kiosk.upload(sealed)
        assert _status(kiosk.commit(sealed.id)).state == "deposited"
    finally:
        event.remove(engine, "before_cursor_execute", statement)
    # Nothing is promised before the receipt: only the deposit's commit waits for the disk
    # (and makes the rows before it durable: the log is sequential).
    assert levels == {"manifest": [unsynced], "chunk": [unsynced] * len(list(sealed.all_chunks())),
                      "deposit": [synced]}
    with service.central.intake.db.transaction() as session:  # the pool is back to synced commits
        assert session.execute(text(ask)).scalar_one() == synced


# -- chunks lost before commit come back ---------------------------------------------------
def test_a_chunk_lost_before_commit_is_asked_for_sent_again_and_deposited(service: Service,
                                                                          kiosk: FakeKiosk) -> None:
    sealed = _uploaded(kiosk)
    _stored(service, sealed, 2, 0).unlink()  # a crash before commit's fsync lost it
    assert kiosk.put_chunk(sealed.id, 2, 0, sealed.chunks(2)[0]).status_code == 204  # recorded: no-op
    response = kiosk.commit(sealed.id)
    assert response.status_code == 409 and response.json()["missing"] == {"2": [0]}
    assert _status(kiosk.status(sealed.id)).missing == {2: [0]}
    assert kiosk.put_chunk(sealed.id, 2, 0, sealed.chunks(2)[0]).status_code == 204
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


def test_chunks_torn_by_a_crash_are_asked_for_one_by_one(service: Service, kiosk: FakeKiosk) -> None:
    sealed = _uploaded(kiosk)
    _stored(service, sealed, 1, 1).write_bytes(b"")  # what a rename before the data reached disk leaves
    _stored(service, sealed, 1, 2).write_bytes(b"\0" * len(sealed.chunks(1)[2]))
    for n in (1, 2):
        response = kiosk.commit(sealed.id)
        assert response.status_code == 409 and response.json()["missing"] == {"1": [n]}
        assert kiosk.put_chunk(sealed.id, 1, n, sealed.chunks(1)[n]).status_code == 204
    status = _status(kiosk.commit(sealed.id))
    assert status.state == "deposited" and status.receipt is not None


def test_chunks_of_the_earlier_nested_layout_are_still_read(service: Service, kiosk: FakeKiosk) -> None:
    sealed = _uploaded(kiosk)
    for index, n, chunk in sealed.all_chunks():  # as the previous version stored them
        legacy = service.central.intake.chunks.root / sealed.id / str(index) / f"{n}-{_sha(chunk)}"
        legacy.parent.mkdir(exist_ok=True)
        shutil.move(_stored(service, sealed, index, n), legacy)
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


# -- one pass: the file's hash and its decryption ----------------------------------------
def _sealed_file(plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    return key, nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _pieces(data: bytes, sizes: list[int]) -> Iterator[bytes]:
    at = 0
    for size in sizes:
        yield data[at:at + size]
        at += size
    yield data[at:]


@pytest.mark.parametrize("sizes", [[], [1] * 40, [5, 7, 3, 60], [11, 1], [12, 0, 5]])
def test_the_opener_checks_and_decrypts_in_any_pieces(sizes: list[int]) -> None:
    plaintext = os.urandom(70)
    key, sealed = _sealed_file(plaintext, b"d/f")
    opener = FileOpener(key, b"d/f", len(sealed), keep=True)
    for piece in _pieces(sealed, sizes):
        opener.update(piece)
    assert opener.finish(_sha(sealed)) == _sha(plaintext) and opener.plaintext == plaintext


def test_the_opener_refuses_other_bytes_a_bad_tag_and_a_wrong_length() -> None:
    key, sealed = _sealed_file(b"x" * 100, b"d/f")
    other_hash = FileOpener(key, b"d/f", len(sealed))
    other_hash.update(sealed)
    with pytest.raises(SealError, match="SHA-256"):
        other_hash.finish(_sha(b"other"))
    wrong_aad = FileOpener(key, b"d/g", len(sealed))
    wrong_aad.update(sealed)
    with pytest.raises(SealError, match="authentication tag"):
        wrong_aad.finish(_sha(sealed))
    short = FileOpener(key, b"d/f", len(sealed))
    short.update(sealed[:-1])
    with pytest.raises(SealError, match="expected"):
        short.finish(_sha(sealed))
    with pytest.raises(SealError, match="longer"):
        FileOpener(key, b"d/f", len(sealed) - 1).update(sealed)
    known = FileOpener(key, b"d/f", len(sealed), sealed_sha256=_sha(b"other"))  # one chunk's hash
    known.update(sealed)
    with pytest.raises(SealError, match="SHA-256"):
        known.finish(_sha(sealed))


def test_the_opener_takes_the_hash_of_a_single_chunk_instead_of_hashing_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext = os.urandom(100)
    key, sealed = _sealed_file(plaintext, b"d/f")
    hashed: list[int] = []
    real_sha256: Callable[..., Any] = hashlib.sha256

    class Counting:
        def __init__(self, data: bytes = b"") -> None:
            self._inner = real_sha256(data)
            hashed.append(len(data))

        def update(self, data: bytes) -> None:
            hashed.append(len(data))
            self._inner.update(data)

        def hexdigest(self) -> str:
            return self._inner.hexdigest()

    monkeypatch.setattr("central.sealed.hashlib.sha256", Counting)
    opener = FileOpener(key, b"d/f", len(sealed), sealed_sha256=real_sha256(sealed).hexdigest())
    opener.update(sealed)
    assert opener.finish(real_sha256(sealed).hexdigest()) == real_sha256(plaintext).hexdigest()
    assert sum(hashed) == len(plaintext)  # the plaintext only: the ciphertext is not hashed again


# -- the public hooks ------------------------------------------------------------------------
class _HookedIntake(Intake):
    kept_plaintext = frozenset({"answers.json"})

    def __init__(self, base: Intake, refuse_at: str | None) -> None:
        super().__init__(base.db, base.chunks, base.keys, base.settings, base.clock)
        self.refuse_at = refuse_at
        self.seen: dict[str, Any] = {}

    def after_decrypting(self, opened: Opened) -> None:
        self.seen["plaintext"] = dict(opened.plaintext)
        opened.notes["from_after"] = "noted"
        if self.refuse_at == "after":
            raise SealError("refused after decrypting")

    def on_deposit(self, session: Session, device: Device, row: Dossier, opened: Opened,
                   now: Any) -> str | None:
        self.seen["notes"] = dict(opened.notes)
        self.seen["in_transaction"] = session.get(Dossier, row.id) is row
        return "refused in the deposit transaction" if self.refuse_at == "deposit" else None


@pytest.mark.parametrize("refuse_at", [None, "after", "deposit"])
def test_the_hooks_see_the_kept_plaintext_and_may_reject(service: Service, kiosk: FakeKiosk,
                                                         refuse_at: str | None) -> None:
    hooked = _HookedIntake(service.central.intake, refuse_at)
    sealed = _uploaded(kiosk)
    with hooked.db.reading() as session:
        device = session.get(Device, kiosk.device_id)
    assert device is not None
    if refuse_at is None:
        assert hooked.commit(device, sealed.id).state == "deposited"
        assert hooked.seen["notes"] == {"from_after": "noted"} and hooked.seen["in_transaction"]
    else:
        with pytest.raises(Unprocessable, match=f"refused {'after' if refuse_at == 'after' else 'in'}"):
            hooked.commit(device, sealed.id)
        assert ("notes" in hooked.seen) == (refuse_at == "deposit")
        assert kiosk.commit(sealed.id).status_code == 422  # the service's own intake agrees
    assert hooked.seen["plaintext"] == {"answers.json": sealed.plaintexts["answers.json"]}


# -- the kiosk client hashes each chunk once --------------------------------------------------
def test_the_client_signs_a_chunk_with_the_hash_it_sends(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    device = DeviceIdentity.load_or_create(tmp_path)
    client = CentralClient("http://central.test", device, str(uuid.uuid4()), timeout=httpx.Timeout(5.0),
                           transport=httpx.MockTransport(answer))
    data = os.urandom(3000)
    hashed: list[int] = []
    real_sha256: Callable[..., Any] = hashlib.sha256

    def counting(*args: Any) -> Any:
        hashed.append(len(args[0]) if args else 0)
        return real_sha256(*args)

    monkeypatch.setattr(hashlib, "sha256", counting)  # the module the client and the signing use
    with client:
        client.put_chunk(str(uuid.uuid4()), 1, 2, data)
    assert hashed == [len(data)]
    request = seen[0]
    assert request.headers[CHUNK_SHA256_HEADER] == real_sha256(data).hexdigest()
    message = signing_string("PUT", request.url.raw_path.decode(), request.headers[TIMESTAMP_HEADER], data)
    device.public_key.verify(base64.b64decode(request.headers[SIGNATURE_HEADER]), message)
