"""Dossier intake (docs/protocol.md "Intake"): manifest, chunks, status, commit, receipt.

Every step is idempotent by dossier id and manifest digest (ARCHITECTURE rule 5).
Transactions stay short: disk writes, hashing and decryption run between them, and
the final state change re-reads the dossier under a row lock, so two racing commits
agree on one outcome and one deposit number.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidSignature
from sqlalchemy import Connection, and_, bindparam, insert, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from central import audit
from central.config import CentralSettings
from central.db import Database
from central.keys import CentralKeys
from central.models import (
    DEPOSITED,
    RECEIVING,
    REJECTED,
    Chunk,
    Device,
    Dossier,
    DossierFile,
    utc_now,
)
from central.registry import parse_public_key
from central.sealed import MIN_FILE_BYTES, FileOpener, SealError, aad, unwrap_key
from central.storage import ChunkStore
from kiosk.protocol.models import (
    DeviceRefusalCode,
    Manifest,
    Receipt,
    SignedManifest,
    SignedReceipt,
    UploadStatus,
)
from kiosk.store.db import synchronous_normal

log = logging.getLogger(__name__)  # ids, states and deposit numbers only

Missing = dict[int, list[int]]

_NEXT_DEPOSIT_NUMBER = text(
    # One statement on SQLite (3.35+) and PostgreSQL: atomic, no gap unless rolled back.
    "INSERT INTO deposit_counter (year, last_number) VALUES (:year, 1) "
    "ON CONFLICT (year) DO UPDATE SET last_number = deposit_counter.last_number + 1 "
    "RETURNING last_number"
)


# put_chunk's statements. One row per device: whether it is revoked, and its dossier
# `dossier_id` with the file `file_index` and chunk `n`, if any.
_CHUNK_CONTEXT = (
    select(col(Device.revoked_at), col(Dossier.id).label("dossier"), col(Dossier.state),
           col(Dossier.chunk_size), col(DossierFile.size), col(DossierFile.chunks),
           col(Chunk.sha256).label("stored_sha256"))
    .select_from(Device)
    .outerjoin(Dossier, and_(col(Dossier.id) == bindparam("dossier_id"),
                             col(Dossier.device_id) == col(Device.id)))
    .outerjoin(DossierFile, and_(col(DossierFile.dossier_id) == col(Dossier.id),
                                 col(DossierFile.file_index) == bindparam("file_index")))
    .outerjoin(Chunk, and_(col(Chunk.dossier_id) == col(Dossier.id),
                           col(Chunk.file_index) == bindparam("file_index"), col(Chunk.n) == bindparam("n")))
    .where(col(Device.id) == bindparam("device_id"))
)
_INSERT_CHUNK = insert(Chunk)
_SET_PLAINTEXT_SHA256 = (update(DossierFile)
                         .where(col(DossierFile.dossier_id) == bindparam("dossier"),
                                col(DossierFile.file_index) == bindparam("index"))
                         .values(plaintext_sha256=bindparam("digest")))


class IntakeError(Exception):
    """A refusal with its HTTP status; `extra` goes into the JSON body beside `detail`."""

    status = 400

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class BadRequest(IntakeError):
    status = 400


class Forbidden(IntakeError):
    status = 403


class NotFound(IntakeError):
    status = 404


class Conflict(IntakeError):
    status = 409


class TooLarge(IntakeError):
    status = 413


class Unprocessable(IntakeError):
    status = 422


class DeviceRefused(IntakeError):
    """A kiosk call refused at the door: `detail` for people, `code` for the kiosk to act on
    (kiosk.protocol.models.DeviceRefusal)."""

    def __init__(self, status_code: int, code: DeviceRefusalCode, detail: str) -> None:
        super().__init__(detail, code=code)
        self.status = status_code


def device_revoked() -> DeviceRefused:
    # Checked after the signature: only the device itself learns that it is revoked.
    return DeviceRefused(403, "device_revoked", "this device is revoked; ask IT staff to enroll it again")


class _StorageDamage(Exception):
    """A stored chunk file is gone or changed on disk: the service's fault, not the kiosk's."""

    def __init__(self, file_index: int, n: int) -> None:
        super().__init__(f"chunk {n} of file {file_index}")
        self.file_index = file_index
        self.n = n


@dataclass
class Opened:
    """What commit learned by opening a dossier, for the hooks (`Intake.after_decrypting`,
    `Intake.on_deposit`): each file's plaintext SHA-256 by index, the plaintext of the files
    named in `Intake.kept_plaintext` by name, and what `after_decrypting` noted."""

    manifest: Manifest
    plaintext_sha256: dict[int, str] = field(default_factory=dict)
    plaintext: dict[str, bytes] = field(default_factory=dict)
    notes: dict[str, str | None] = field(default_factory=dict)


def missing_text(missing: Missing) -> str:
    return "; ".join(f"file {index}: {', '.join(map(str, chunks))}"
                     for index, chunks in sorted(missing.items()))


class Intake:
    # Files (by name) whose plaintext `after_decrypting` gets, if the sealed file is at most
    # `kept_plaintext_max_bytes`; every other file is only hashed as it is decrypted.
    kept_plaintext: frozenset[str] = frozenset()
    kept_plaintext_max_bytes = 1024 * 1024

    def __init__(self, db: Database, chunks: ChunkStore, keys: CentralKeys, settings: CentralSettings,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.chunks = chunks
        self.keys = keys
        self.settings = settings
        self.clock = clock
        self.zone = ZoneInfo(settings.deposit_timezone)

    # -- manifest ---------------------------------------------------------------------
    def put_manifest(self, device: Device, dossier_id: str, signed: SignedManifest) -> UploadStatus:
        self._check_manifest(device, dossier_id, signed)
        try:
            return self._record_manifest(device, signed)
        except IntegrityError:  # a racing PUT created it first: compare with that one
            return self._record_manifest(device, signed)

    def _record_manifest(self, device: Device, signed: SignedManifest) -> UploadStatus:
        dossier_id = signed.manifest.dossier_id
        digest = signed.manifest.digest()
        # Not synced either: the manifest promises nothing until the receipt, whose synced
        # commit makes it durable with the chunk rows (see `_unsynced_transaction`).
        with self._unsynced_session() as session:
            row = session.get(Dossier, dossier_id)
            if row is None:
                return self._create(session, device, signed, digest)
            if row.device_id != device.id:
                # Ids are random: this is a probe or a bug; say nothing about the dossier.
                raise Forbidden("this dossier id is not available")
            if row.manifest_sha256 != digest:
                log.warning("dossier %s: another manifest from device %s refused", dossier_id, device.id)
                raise Conflict("this dossier was already received with another manifest")
            return self._status(session, row)

    def _check_manifest(self, device: Device, dossier_id: str, signed: SignedManifest) -> None:
        manifest = signed.manifest
        if manifest.dossier_id != dossier_id:
            raise Unprocessable("the manifest is for another dossier id than the URL's")
        if manifest.device_id != device.id:
            raise Forbidden("the manifest names another device than the caller")
        try:
            signature = base64.b64decode(signed.signature, validate=True)
            parse_public_key(device.public_key).verify(signature, manifest.canonical_bytes())
        except (InvalidSignature, binascii.Error, ValueError):
            raise Unprocessable("the manifest signature does not verify with this device's key") from None
        names = [f.name for f in manifest.files]
        if len(set(names)) != len(names):
            raise Unprocessable("two files of the manifest have the same name")
        for index, entry in enumerate(manifest.files):
            if entry.size < MIN_FILE_BYTES:
                raise Unprocessable(f"file {index}: {entry.size} bytes is less than a nonce and a tag")
            expected = math.ceil(entry.size / manifest.chunk_size)
            if entry.chunks != expected:
                raise Unprocessable(f"file {index}: {entry.chunks} chunks declared, {expected} expected "
                                    f"for {entry.size} bytes in chunks of {manifest.chunk_size}")
        total = sum(f.size for f in manifest.files)
        if total > self.settings.max_dossier_bytes:
            raise TooLarge(f"the dossier is {total} bytes; this service takes at most "
                           f"{self.settings.max_dossier_bytes}")

    def _create(self, session: Session, device: Device, signed: SignedManifest, digest: str) -> UploadStatus:
        manifest = signed.manifest
        now = self.clock()
        session.add(Dossier(id=manifest.dossier_id, device_id=device.id,
                            signed_manifest=signed.model_dump_json(), manifest_sha256=digest,
                            chunk_size=manifest.chunk_size, state=RECEIVING, created_at=now,
                            updated_at=now))
        session.flush()  # the dossier row before its files (foreign key)
        for index, entry in enumerate(manifest.files):
            session.add(DossierFile(dossier_id=manifest.dossier_id, file_index=index, name=entry.name,
                                    size=entry.size, sha256=entry.sha256, chunks=entry.chunks))
        audit.record(session, audit.device_actor(device.id), "dossier.received", target=manifest.dossier_id,
                     detail=f"{len(manifest.files)} files, {sum(f.size for f in manifest.files)} bytes",
                     at=now)
        log.info("dossier %s: manifest received from device %s", manifest.dossier_id, device.id)
        missing = {index: list(range(entry.chunks)) for index, entry in enumerate(manifest.files)}
        return UploadStatus(dossier_id=manifest.dossier_id, state=RECEIVING, missing=missing)

    # -- chunks -----------------------------------------------------------------------
    def put_chunk(self, device_id: str, dossier_id: str, file_index: int, n: int, data: bytes,
                  declared_sha256: str, body_sha256: str | None = None) -> None:
        """`device_id`: the device that signed the request, checked for revocation here (in the
        same read as the dossier: one statement). `body_sha256`: the SHA-256 (hex) of `data`,
        when the caller has computed it over these very bytes (the signature check)."""
        # The hottest call of the intake (one per chunk): one SELECT for the device, the
        # dossier, the file and a chunk already stored, and one INSERT, in plain SQL
        # statements (no ORM objects).
        context = {"dossier_id": dossier_id, "file_index": file_index, "n": n}
        with self.db.reading() as session:
            found = session.connection().execute(_CHUNK_CONTEXT, {**context, "device_id": device_id}
                                                 ).one_or_none()
        if found is None:
            raise DeviceRefused(401, "unknown_device", "unknown device")
        if found.revoked_at is not None:
            raise device_revoked()
        if found.dossier is None:
            raise NotFound("no such dossier")  # the same answer whether it exists or not
        if found.chunks is None:
            raise NotFound(f"the dossier has no file {file_index}")
        if n >= found.chunks:
            raise NotFound(f"file {file_index} has no chunk {n} (it has {found.chunks})")
        last = found.chunks - 1
        expected = found.size - last * found.chunk_size if n == last else found.chunk_size
        if len(data) != expected:
            raise BadRequest(f"chunk {n} of file {file_index} must be {expected} bytes, got {len(data)}")
        sha256 = body_sha256 or hashlib.sha256(data).hexdigest()
        if sha256 != declared_sha256:
            raise BadRequest("the body does not match X-Escale-Chunk-Sha256")
        if found.stored_sha256 is not None:
            self._same_chunk(file_index, n, found.stored_sha256, sha256)
            return
        if found.state != RECEIVING:
            raise Conflict(f"the dossier is {found.state}: it takes no more chunks")
        self.chunks.write(dossier_id, file_index, n, sha256, data)  # on file before it is recorded
        try:
            with self._unsynced_transaction() as connection:
                connection.execute(_INSERT_CHUNK, {**context, "sha256": sha256, "size": len(data),
                                                   "received_at": self.clock()})
        except IntegrityError:
            with self.db.reading() as session:  # a racing upload of the same chunk won
                stored = session.get(Chunk, (dossier_id, file_index, n))
            if stored is None:
                raise
            self._same_chunk(file_index, n, stored.sha256, sha256)

    @contextmanager
    def _unsynced_transaction(self) -> Iterator[Connection]:
        """A write transaction (serialised like `Database.transaction`) whose commit does not
        wait for the disk: for what promises nothing across a crash, the manifest and chunk
        rows (the chunk files are not synced either; commit finds what a crash lost and asks
        for it again; a kiosk declares its manifest again at each attempt). The database's
        log is sequential, so the synced commit that deposits the dossier makes these rows
        durable too, before the receipt is signed.

        SQLite: `synchronous = NORMAL` on the connection for this transaction (WAL: the
        commit is not fsynced), FULL again before the connection goes back to the pool.
        PostgreSQL: `SET LOCAL synchronous_commit = off`, for this transaction only."""
        engine = self.db.engine
        if engine.dialect.name != "sqlite":
            with engine.begin() as connection:
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SET LOCAL synchronous_commit = off"))
                yield connection
            return
        with (self.db.writing(), engine.connect() as connection, synchronous_normal(connection),
              connection.begin()):
            yield connection

    @contextmanager
    def _unsynced_session(self) -> Iterator[Session]:
        """An ORM session in an `_unsynced_transaction` (flushed, then committed, at the end)."""
        with self._unsynced_transaction() as connection, \
                Session(bind=connection, expire_on_commit=False) as session:
            yield session
            session.flush()

    @staticmethod
    def _same_chunk(file_index: int, n: int, stored_sha256: str, sha256: str) -> None:
        if stored_sha256 != sha256:
            raise Conflict(f"chunk {n} of file {file_index} is already stored with other bytes")

    # -- status and receipt -----------------------------------------------------------
    def status(self, device: Device, dossier_id: str) -> UploadStatus:
        with self.db.reading() as session:
            return self._status(session, self._owned(session, device, dossier_id))

    def receipt(self, device: Device, dossier_id: str) -> SignedReceipt:
        with self.db.reading() as session:
            row = self._owned(session, device, dossier_id)
        if row.receipt_json is None:
            raise NotFound("this dossier has no receipt (yet)")
        return SignedReceipt.model_validate_json(row.receipt_json)

    def _owned(self, session: Session, device: Device, dossier_id: str) -> Dossier:
        row = session.get(Dossier, dossier_id)
        if row is None or row.device_id != device.id:
            raise NotFound("no such dossier")  # the same answer whether it exists or not
        return row

    def _status(self, session: Session, row: Dossier) -> UploadStatus:
        if row.state == DEPOSITED:
            return self._status_of_deposited(row)
        if row.state == REJECTED:
            return UploadStatus(dossier_id=row.id, state=REJECTED, reason=row.reason)
        return UploadStatus(dossier_id=row.id, state=RECEIVING, missing=self._missing(session, row.id))

    @staticmethod
    def _missing(session: Session, dossier_id: str) -> Missing:
        files = session.exec(select(DossierFile.file_index, DossierFile.chunks)
                             .where(DossierFile.dossier_id == dossier_id)).all()
        have = set(session.exec(select(Chunk.file_index, Chunk.n)
                                .where(Chunk.dossier_id == dossier_id)).all())
        missing: Missing = {}
        for index, count in files:
            absent = [n for n in range(count) if (index, n) not in have]
            if absent:
                missing[index] = absent
        return dict(sorted(missing.items()))

    # -- commit -----------------------------------------------------------------------
    def commit(self, device: Device, dossier_id: str) -> UploadStatus:
        """Check, decrypt and deposit; raises Unprocessable (rejected) or Conflict (missing)."""
        with self.db.reading() as session:
            row = self._owned(session, device, dossier_id)
            if row.state != RECEIVING:
                return self._settled(session, row)
            files = list(session.exec(select(DossierFile).where(DossierFile.dossier_id == dossier_id)
                                      .order_by(col(DossierFile.file_index))))
            stored = {(index, n): sha256 for index, n, sha256 in session.exec(
                select(Chunk.file_index, Chunk.n, Chunk.sha256).where(Chunk.dossier_id == dossier_id))}
        missing: Missing = {}  # as `_missing` says it, from the rows just read
        for entry in files:
            absent = [n for n in range(entry.chunks) if (entry.file_index, n) not in stored]
            if absent:
                missing[entry.file_index] = absent
        if missing:
            raise Conflict(f"chunks missing: {missing_text(missing)}", missing=missing)
        manifest = SignedManifest.model_validate_json(row.signed_manifest).manifest
        # Durability before the receipt: every chunk file, the dossier folder and its root
        # entry are fsynced (in parallel, while the chunks are read and decrypted below),
        # and waited for before anything is signed. A crash before the receipt loses no
        # promise: the kiosk commits again, and a chunk lost meanwhile comes back as `missing`.
        sync = self.chunks.start_sync(dossier_id, [(index, n, sha256)
                                                   for (index, n), sha256 in sorted(stored.items())])
        opened: Opened | None = None
        try:
            opened = self._open(manifest, files, stored)
            self.after_decrypting(opened)
            reason = None
        except SealError as exc:
            reason = str(exc)
        except _StorageDamage as damage:
            self._forget_chunk(dossier_id, damage)
            missing = {damage.file_index: [damage.n]}
            raise Conflict(f"chunks missing: {missing_text(missing)}", missing=missing) from None
        if reason is None:
            sync.wait()  # only then is a receipt signed
        return self._settle(device, dossier_id, opened, reason)

    def _pieces(self, dossier_id: str, entry: DossierFile, stored: dict[tuple[int, int], str], *,
                durably: bool = False) -> Iterator[bytes]:
        """The file's chunks in order, each checked against the hash it was stored with
        (`durably`: each chunk file fsynced as it is read)."""
        read = self.chunks.read_durably if durably else self.chunks.read
        for n in range(entry.chunks):
            sha256 = stored[(entry.file_index, n)]
            try:
                data = read(dossier_id, entry.file_index, n, sha256)
            except FileNotFoundError:
                raise _StorageDamage(entry.file_index, n) from None
            if hashlib.sha256(data).hexdigest() != sha256:
                raise _StorageDamage(entry.file_index, n)
            yield data

    def _open(self, manifest: Manifest, files: list[DossierFile],
              stored: dict[tuple[int, int], str]) -> Opened:
        """Each file in one pass over its chunks (read once, checked against the stored hash,
        fed to the whole-file SHA-256 and the GCM decryptor): one chunk in memory at a time
        (`commit` fsyncs them meanwhile). Raises SealError with the first failure,
        _StorageDamage for a chunk lost."""
        dossier_id = manifest.dossier_id
        key = unwrap_key(self.keys, manifest.wrapped_key)
        opened = Opened(manifest)
        for entry in files:
            keep = entry.name in self.kept_plaintext and entry.size <= self.kept_plaintext_max_bytes
            # A file of one chunk: the chunk's SHA-256, checked as it is read, is the file's.
            single = stored[(entry.file_index, 0)] if entry.chunks == 1 else None
            opener = FileOpener(key, aad(dossier_id, entry.name), entry.size, keep=keep,
                                sealed_sha256=single)
            try:
                for data in self._pieces(dossier_id, entry, stored):
                    opener.update(data)
                opened.plaintext_sha256[entry.file_index] = opener.finish(entry.sha256)
            except SealError as exc:
                raise SealError(f"file {entry.file_index} ({entry.name}): {exc}") from None
            if opener.plaintext is not None:  # the tag checked: these bytes are the kiosk's
                opened.plaintext[entry.name] = bytes(opener.plaintext)
        return opened

    # -- hooks for subclasses (central/instruction_intake.py) ---------------------------
    def after_decrypting(self, opened: Opened) -> None:
        """Every file checked and decrypted, outside any transaction, nothing promised yet:
        read `opened.plaintext`, note what `on_deposit` needs in `opened.notes`. Raising
        SealError rejects the dossier with its message."""

    def on_deposit(self, session: Session, device: Device, row: Dossier, opened: Opened,
                   now: datetime) -> str | None:
        """Inside the transaction that deposits the dossier, before its number and receipt
        are made: add rows that must commit with the deposit. A reason rejects it instead."""
        return None

    def _forget_chunk(self, dossier_id: str, damage: _StorageDamage) -> None:
        # The kiosk will see the chunk missing again and resend it: the dossier heals.
        log.error("dossier %s: stored %s is damaged; asking the kiosk for it again", dossier_id, damage)
        with self.db.transaction() as session:
            session.exec(delete(Chunk).where(col(Chunk.dossier_id) == dossier_id,
                                             col(Chunk.file_index) == damage.file_index,
                                             col(Chunk.n) == damage.n))

    def _settle(self, device: Device, dossier_id: str, opened: Opened | None,
                reason: str | None) -> UploadStatus:
        with self.db.transaction() as session:
            row = session.get(Dossier, dossier_id, with_for_update=True)
            assert row is not None
            if row.state != RECEIVING:  # a racing commit settled it first: its outcome stands
                return self._settled(session, row)
            now = self.clock().replace(microsecond=0)
            if reason is None:
                assert opened is not None
                reason = self.on_deposit(session, device, row, opened, now)
            if reason is not None:
                self._reject(session, device, row, reason, now)
            else:
                assert opened is not None
                self._deposit(session, device, row, opened.plaintext_sha256, now)
        if row.state == REJECTED:
            raise Unprocessable(row.reason or "rejected")
        return self._status_of_deposited(row)

    def _reject(self, session: Session, device: Device, row: Dossier, reason: str, now: datetime) -> None:
        row.state, row.reason, row.updated_at = REJECTED, reason[:300], now
        session.add(row)
        audit.record(session, audit.device_actor(device.id), "dossier.rejected", target=row.id,
                     detail=row.reason, at=now)
        log.warning("dossier %s rejected: %s", row.id, row.reason)

    def _deposit(self, session: Session, device: Device, row: Dossier, plaintext: dict[int, str],
                 now: datetime) -> None:
        number = self._next_deposit_number(session, now)
        signed = self.keys.sign_receipt(Receipt(
            dossier_id=row.id, device_id=row.device_id, deposit_number=number, received_at=now,
            manifest_sha256=row.manifest_sha256))
        row.state, row.deposit_number, row.received_at, row.updated_at = DEPOSITED, number, now, now
        row.receipt_json = signed.model_dump_json()
        session.add(row)
        # One executemany, no ORM objects to load: each file's row gets its plaintext's hash.
        session.connection().execute(_SET_PLAINTEXT_SHA256, [
            {"dossier": row.id, "index": index, "digest": digest} for index, digest in plaintext.items()])
        audit.record(session, audit.device_actor(device.id), "dossier.deposited", target=row.id,
                     detail=number, at=now)
        log.info("dossier %s deposited as %s", row.id, number)

    @staticmethod
    def _status_of_deposited(row: Dossier) -> UploadStatus:
        assert row.receipt_json is not None
        return UploadStatus(dossier_id=row.id, state=DEPOSITED,
                            receipt=SignedReceipt.model_validate_json(row.receipt_json))

    def _settled(self, session: Session, row: Dossier) -> UploadStatus:
        if row.state == REJECTED:
            raise Unprocessable(row.reason or "rejected")
        return self._status(session, row)

    def _next_deposit_number(self, session: Session, now: datetime) -> str:
        year = now.astimezone(self.zone).year
        value = session.connection().execute(_NEXT_DEPOSIT_NUMBER, {"year": year}).scalar_one()
        return f"{self.settings.deposit_prefix}-{year}-{value:06d}"


def dossier_summaries(db: Database) -> Iterator[dict[str, Any]]:
    """Each dossier received, oldest first, with the SHA-256 of its decrypted files (null
    until it is deposited): the `central dossiers` contract of ARCHITECTURE.md."""
    with db.reading() as session:
        rows = session.exec(select(Dossier.id, Dossier.state)
                            .order_by(col(Dossier.created_at), col(Dossier.id))).all()
        files: dict[str, list[dict[str, str | None]]] = {}
        for entry in session.exec(select(DossierFile).order_by(col(DossierFile.dossier_id),
                                                              col(DossierFile.file_index))):
            files.setdefault(entry.dossier_id, []).append({"name": entry.name,
                                                           "sha256": entry.plaintext_sha256})
    for dossier_id, state in rows:
        yield {"id": dossier_id, "state": state, "files": files.get(dossier_id, [])}
