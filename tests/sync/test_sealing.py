"""Sealing real dossiers of a real store (kiosk/sync/sealing.py), opened again here with
the central service's private key exactly as docs/protocol.md describes."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from kiosk.protocol.models import FILE_NAME_PATTERN, FileEntry, Manifest, SignedManifest
from kiosk.store.dossiers import DossierRecord, DossierStore
from kiosk.store.errors import BlobNotFound
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import (
    SealingError,
    answers_bytes,
    is_sealed,
    purge_sealed,
    read_chunk,
    read_manifest,
    seal_dossier,
)

REPO = Path(__file__).resolve().parents[2]
SURNAME = "Qwertzuiop-Éléonore"  # a distinctive "personal" string to look for in raw files
PDF_MARKER = "Ploumanac-Zyxwvu"  # printed, uncompressed, in the sample PDFs
CHUNK = 4096  # the protocol's smallest: several chunks per file with small samples
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
ANSWERS = {"answers": {  # as the deposit session keeps them
    "identity.surname": SURNAME, "identity.given_names": "Anna Maria", "identity.nationality": "DEU",
    "identity.birth_date": "1988-04-12", "family.children": 2, "contact.address_changed": False,
    "contact.address": {"line1": "12 rue des Lilas", "postcode": "75020", "city": "Paris"}}}


# -- set-up: a real store with a ready dossier, and a central key pair ------------------
def make_pdf(path: Path, pages: int, text: str) -> Path:
    pdf = canvas.Canvas(str(path), pageCompression=0)  # the text stays visible in the bytes
    for number in range(1, pages + 1):
        pdf.drawString(72, 720, f"{text} {PDF_MARKER} page {number}")
        pdf.showPage()
    pdf.save()
    return path


def make_png(path: Path) -> Path:
    image = Image.new("RGB", (300, 200), "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, 300, 7):  # enough structure for a few kB: several chunks
        draw.line([(x, 0), (299 - x, 199)], fill=(x % 256, 40, 200 - x % 200))
    image.save(path)
    return path


@dataclass
class Setup:
    data_dir: Path
    outbox: Path
    store: DossierStore
    device: DeviceIdentity
    trust: CentralTrust
    central_key: rsa.RSAPrivateKey
    record: DossierRecord
    sources: dict[str, Path]  # expected sealed name -> the file attached

    def seal(self, record: DossierRecord | None = None) -> SignedManifest:
        return seal_dossier(record or self.record, self.store, self.outbox, self.device, self.trust,
                            self.trust.device_id, chunk_size=CHUNK)

    def folder(self, dossier_id: str | None = None) -> Path:
        return self.outbox / (dossier_id or self.record.id)


@pytest.fixture(scope="module")
def central_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def trust_for(central_key: rsa.RSAPrivateKey) -> CentralTrust:
    pem = central_key.public_key().public_bytes(serialization.Encoding.PEM,
                                                serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    signing = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                     serialization.PublicFormat.Raw)
    return CentralTrust.parse(device_id=str(uuid.uuid4()), base_url="https://central.example.org",
                              signing_key=base64.b64encode(signing).decode(), encryption_key=pem)


@pytest.fixture
def setup(tmp_path: Path, central_key: rsa.RSAPrivateKey) -> Iterator[Setup]:
    scans = tmp_path / "scans"
    scans.mkdir()
    data_dir = tmp_path / "data"
    trust = trust_for(central_key)
    trust.save(data_dir)
    with DossierStore(data_dir) as store:
        dossier_id = store.create_draft("renouvellement_ue", 3)
        attached = [  # (requirement, kind, file); the names are personal, as real ones are
            ("passport", "document", make_pdf(scans / f"passeport {SURNAME}.pdf", 2, "Passeport")),
            ("proof_of_address", "document", make_png(scans / "facture-edf.png")),
            ("passport", "translation", make_pdf(scans / "traduction.pdf", 1, "Traduction")),
            ("proof_of_address", "document", make_pdf(scans / "quittance.pdf", 3, "Quittance")),
        ]
        for requirement, kind, path in attached:
            store.add_attachment(dossier_id, requirement, path, kind=kind)
        record = store.mark_ready(dossier_id, ANSWERS)
        sources = {
            "passport/01-document.pdf": attached[0][2],
            "passport/01-translation.pdf": attached[2][2],
            "proof_of_address/01-document.png": attached[1][2],
            "proof_of_address/02-document.pdf": attached[3][2],
        }
        yield Setup(data_dir=data_dir, outbox=data_dir / "outbox", store=store,
                    device=DeviceIdentity.load_or_create(data_dir), trust=trust, central_key=central_key,
                    record=record, sources=sources)


# -- what the central service does, for the tests only ----------------------------------
def unwrap(signed: SignedManifest, central_key: rsa.RSAPrivateKey) -> bytes:
    return central_key.decrypt(base64.b64decode(signed.manifest.wrapped_key), OAEP)


def open_file(key: bytes, dossier_id: str, name: str, sealed: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:12], sealed[12:], f"{dossier_id}/{name}".encode())


def unseal_for_test(folder: Path, signed: SignedManifest, central_key: rsa.RSAPrivateKey) -> dict[str, bytes]:
    key = unwrap(signed, central_key)
    manifest = signed.manifest
    return {entry.name: open_file(key, manifest.dossier_id, entry.name, (folder / f"{i}.bin").read_bytes())
            for i, entry in enumerate(manifest.files)}


def verify_manifest(device: DeviceIdentity, signed: SignedManifest) -> None:
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(device.public_key_b64()))
    public.verify(base64.b64decode(signed.signature), signed.manifest.canonical_bytes())


def expected_names(setup: Setup) -> list[str]:
    return ["answers.json", *setup.sources]


# -- the sealed folder ----------------------------------------------------------------------
def test_decrypting_gives_back_the_exact_plaintext(setup: Setup) -> None:
    signed = setup.seal()
    opened = unseal_for_test(setup.folder(), signed, setup.central_key)
    assert list(opened) == expected_names(setup)
    for name, source in setup.sources.items():
        assert opened[name] == source.read_bytes(), name
    assert opened["answers.json"] == answers_bytes(setup.record)
    assert json.loads(opened["answers.json"]) == {"procedure_id": "renouvellement_ue",
                                                  "procedure_version": 3, **ANSWERS}


def test_manifest_describes_the_dossier(setup: Setup) -> None:
    manifest = setup.seal().manifest
    assert (manifest.dossier_id, manifest.device_id) == (setup.record.id, setup.trust.device_id)
    assert (manifest.procedure_id, manifest.procedure_version) == ("renouvellement_ue", 3)
    assert (manifest.cipher, manifest.key_wrap) == ("AES-256-GCM", "RSA-OAEP-SHA256")
    assert manifest.chunk_size == CHUNK
    described = [(f.name, f.requirement, f.kind, f.media_type) for f in manifest.files]
    assert described == [
        ("answers.json", None, "answers", "application/json"),
        ("passport/01-document.pdf", "passport", "document", "application/pdf"),
        ("passport/01-translation.pdf", "passport", "translation", "application/pdf"),
        ("proof_of_address/01-document.png", "proof_of_address", "document", "image/png"),
        ("proof_of_address/02-document.pdf", "proof_of_address", "document", "application/pdf"),
    ]
    assert all(re.fullmatch(FILE_NAME_PATTERN, f.name) for f in manifest.files)


def test_sizes_hashes_and_chunks_match_the_files(setup: Setup) -> None:
    manifest = setup.seal().manifest
    assert any(entry.chunks > 1 for entry in manifest.files)  # the samples do span chunks
    for index, entry in enumerate(manifest.files):
        sealed = (setup.folder() / f"{index}.bin").read_bytes()
        assert entry.size == len(sealed)
        assert entry.sha256 == hashlib.sha256(sealed).hexdigest()
        assert entry.chunks == math.ceil(len(sealed) / CHUNK)
        chunks = [read_chunk(setup.outbox, manifest.dossier_id, index, n, CHUNK) for n in range(entry.chunks)]
        assert b"".join(chunks) == sealed
        assert all(len(chunk) == CHUNK for chunk in chunks[:-1])
        with pytest.raises(ValueError):
            read_chunk(setup.outbox, manifest.dossier_id, index, entry.chunks, CHUNK)


def test_folder_holds_the_sealed_files_and_the_manifest_only(setup: Setup) -> None:
    signed = setup.seal()
    folder = setup.folder()
    count = len(signed.manifest.files)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*(f"{i}.bin" for i in range(count)),
                                                               "manifest.json"])
    assert read_manifest(setup.outbox, setup.record.id) == signed
    assert is_sealed(setup.outbox, setup.record.id)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_no_plaintext_and_no_key_lands_on_disk(setup: Setup) -> None:
    signed = setup.seal()
    key = unwrap(signed, setup.central_key)
    sources = [path.read_bytes() for path in setup.sources.values()]
    assert PDF_MARKER.encode() in sources[0]  # the marker is visible in the plaintext PDF
    needles = [SURNAME.encode(), json.dumps(SURNAME).encode(), PDF_MARKER.encode(), b"Anna Maria",
               b"passeport", b"%PDF-", b"\x89PNG", key, base64.b64encode(key)]
    needles += [data[at:at + 48] for data in sources for at in (0, len(data) // 2, len(data) - 48)]
    # The whole data folder: the outbox, and the store's key and database beside it.
    for path in (p for p in setup.data_dir.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, (path.name, needle[:20])


def test_manifest_signature_verifies_and_binds_every_field(setup: Setup) -> None:
    signed = setup.seal()
    verify_manifest(setup.device, signed)
    manifest = signed.manifest
    first = manifest.files[1]
    changed_files = [first.model_copy(update=change) for change in (
        {"sha256": "0" * 64}, {"size": first.size + 1}, {"name": "passport/02-document.pdf"},
        {"chunks": first.chunks + 1}, {"kind": "translation"}, {"media_type": "image/png"})]
    forgeries: list[Manifest] = [
        manifest.model_copy(update={"dossier_id": str(uuid.uuid4())}),
        manifest.model_copy(update={"device_id": str(uuid.uuid4())}),
        manifest.model_copy(update={"procedure_version": 4}),
        manifest.model_copy(update={"wrapped_key": setup.trust.wrap_key(os.urandom(32))}),
        manifest.model_copy(update={"sealed_at": manifest.sealed_at.replace(year=2020)}),
        manifest.model_copy(update={"chunk_size": 8192}),
        manifest.model_copy(update={"files": manifest.files[:-1]}),
        manifest.model_copy(update={"files": [manifest.files[0], *reversed(manifest.files[1:])]}),
        *(manifest.model_copy(update={"files": [manifest.files[0], f, *manifest.files[2:]]})
          for f in changed_files),
    ]
    for forged in forgeries:
        with pytest.raises(InvalidSignature):
            verify_manifest(setup.device, SignedManifest(manifest=forged, signature=signed.signature))
    other = DeviceIdentity.load_or_create(setup.data_dir / "another-kiosk")
    with pytest.raises(InvalidSignature):
        verify_manifest(other, signed)


def test_aad_binds_each_file_to_its_name_and_dossier(setup: Setup) -> None:
    signed = setup.seal()
    key, folder, dossier_id = unwrap(signed, setup.central_key), setup.folder(), setup.record.id
    files = signed.manifest.files
    first, second = (folder / "1.bin").read_bytes(), (folder / "2.bin").read_bytes()
    assert open_file(key, dossier_id, files[1].name, first)  # in place, it opens
    # Two ciphertexts swapped on disk (or on the wire): neither opens under its slot's name.
    with pytest.raises(InvalidTag):
        open_file(key, dossier_id, files[1].name, second)
    with pytest.raises(InvalidTag):
        open_file(key, dossier_id, files[2].name, first)
    # The same file presented as another dossier's.
    with pytest.raises(InvalidTag):
        open_file(key, str(uuid.uuid4()), files[1].name, first)
    # One flipped bit anywhere.
    tampered = bytearray(first)
    tampered[len(tampered) // 2] ^= 1
    with pytest.raises(InvalidTag):
        open_file(key, dossier_id, files[1].name, bytes(tampered))


def test_each_sealing_has_its_own_key_and_nonces(setup: Setup) -> None:
    first = setup.seal()
    first_bytes = [(setup.folder() / f"{i}.bin").read_bytes() for i in range(len(first.manifest.files))]
    second = setup.seal()  # sealing again (e.g. after a crash before the hand-over) starts anew
    assert unwrap(first, setup.central_key) != unwrap(second, setup.central_key)
    for index, old in enumerate(first_bytes):
        new = (setup.folder() / f"{index}.bin").read_bytes()
        assert new[:12] != old[:12] and new != old
    nonces = [(setup.folder() / f"{i}.bin").read_bytes()[:12] for i in range(len(second.manifest.files))]
    assert len(set(nonces)) == len(nonces)


def test_a_dossier_of_answers_only(setup: Setup) -> None:
    dossier_id = setup.store.create_draft("renouvellement_ue", 1)
    record = setup.store.mark_ready(dossier_id, {"answers": {"identity.surname": SURNAME}})
    signed = setup.seal(record)
    assert [f.name for f in signed.manifest.files] == ["answers.json"]
    opened = unseal_for_test(setup.folder(dossier_id), signed, setup.central_key)
    assert json.loads(opened["answers.json"])["answers"] == {"identity.surname": SURNAME}


def test_answers_naming_another_procedure_are_refused(setup: Setup) -> None:
    dossier_id = setup.store.create_draft("renouvellement_ue", 1)
    record = setup.store.mark_ready(dossier_id, {"answers": {}, "procedure_version": 2})
    with pytest.raises(SealingError, match="procedure_version"):
        setup.seal(record)
    assert not setup.folder(dossier_id).exists()


# -- refusals and failures ----------------------------------------------------------------
def test_a_requirement_outside_the_protocol_is_refused_before_anything_is_written(setup: Setup,
                                                                                   tmp_path: Path) -> None:
    dossier_id = setup.store.create_draft("renouvellement_ue", 1)
    setup.store.add_attachment(dossier_id, "Passport-Copy", make_pdf(tmp_path / "p.pdf", 1, "x"))
    record = setup.store.mark_ready(dossier_id, {})
    with pytest.raises(SealingError, match="not a protocol file name"):
        setup.seal(record)
    assert not setup.folder(dossier_id).exists()


def test_a_draft_is_not_sealed(setup: Setup) -> None:
    draft = setup.store.load(setup.store.create_draft("renouvellement_ue", 1))
    with pytest.raises(SealingError, match="not ready"):
        setup.seal(draft)
    assert not setup.folder(draft.id).exists()


def test_purge_removes_the_folder_and_refuses_odd_ids(setup: Setup) -> None:
    setup.seal()
    purge_sealed(setup.outbox, setup.record.id)
    assert not setup.folder().exists() and not is_sealed(setup.outbox, setup.record.id)
    purge_sealed(setup.outbox, setup.record.id)  # again: nothing to do
    for odd in ("../data", "", "x/../../etc"):
        with pytest.raises(ValueError):
            purge_sealed(setup.outbox, odd)


def blob_path(setup: Setup, name: str) -> Path:
    """The store's encrypted file for the attachment sealed as `name`."""
    attachment = next(a for a in setup.record.attachments
                      if f"{a.requirement}/{a.position + 1:02d}-{a.kind}" == name.rsplit(".", 1)[0])
    return setup.data_dir / "blobs" / attachment.sha256[:2] / attachment.sha256


def test_a_read_failure_between_files_leaves_no_manifest(setup: Setup) -> None:
    blob = blob_path(setup, "proof_of_address/01-document.png")  # the 4th file sealed
    saved = blob.read_bytes()
    blob.unlink()
    with pytest.raises(BlobNotFound):
        setup.seal()
    assert not is_sealed(setup.outbox, setup.record.id)
    assert not setup.folder().exists()  # what was written before the failure is removed too
    blob.write_bytes(saved)
    signed = setup.seal()
    opened = unseal_for_test(setup.folder(), signed, setup.central_key)
    assert opened["proof_of_address/01-document.png"] == setup.sources[
        "proof_of_address/01-document.png"].read_bytes()


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kiosk.store.dossiers import DossierStore
    from kiosk.sync.keys import CentralTrust, DeviceIdentity
    from kiosk.sync.sealing import seal_dossier

    data_dir, dossier_id = Path(sys.argv[1]), sys.argv[2]
    trust = CentralTrust.load(data_dir)
    with DossierStore(data_dir) as store:
        seal_dossier(store.load(dossier_id), store, data_dir / "outbox",
                     DeviceIdentity.load_or_create(data_dir), trust, trust.device_id, chunk_size=4096)
""")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO to hold the sealer mid-way")
def test_killed_mid_sealing_leaves_no_manifest_and_sealing_again_starts_clean(setup: Setup) -> None:
    # A FIFO in place of the 4th file's blob: the sealer blocks reading it, after writing
    # the first files, and is killed there like a power cut would stop it.
    blob = blob_path(setup, "proof_of_address/01-document.png")
    saved = blob.read_bytes()
    blob.unlink()
    os.mkfifo(blob)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(setup.data_dir), setup.record.id],
                             cwd=REPO, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (setup.folder() / "2.bin").exists():
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "the sealer did not reach the blocked file"
            time.sleep(0.02)
        time.sleep(0.2)  # let it settle in the blocking read
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()
    left = sorted(p.name for p in setup.folder().iterdir())
    assert "manifest.json" not in left and {"0.bin", "1.bin", "2.bin"} <= set(left)
    assert not is_sealed(setup.outbox, setup.record.id)

    blob.unlink()
    blob.write_bytes(saved)
    (setup.folder() / ".tmp-leftover").write_bytes(b"half a file")  # as a cut write leaves
    signed = setup.seal()
    count = len(signed.manifest.files)
    assert sorted(p.name for p in setup.folder().iterdir()) == sorted(
        [*(f"{i}.bin" for i in range(count)), "manifest.json"])
    opened = unseal_for_test(setup.folder(), signed, setup.central_key)
    assert list(opened) == expected_names(setup)
    for name, source in setup.sources.items():
        assert opened[name] == source.read_bytes()
    verify_manifest(setup.device, signed)


def test_manifest_entries_are_valid_protocol_models(setup: Setup) -> None:
    signed = setup.seal()
    # What the central service parses: the JSON written to disk round-trips through the models.
    again = SignedManifest.model_validate_json((setup.folder() / "manifest.json").read_bytes())
    assert again.manifest.digest() == signed.manifest.digest()
    assert all(isinstance(f, FileEntry) for f in again.manifest.files)
