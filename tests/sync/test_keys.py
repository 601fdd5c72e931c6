"""The kiosk's device key and its trust in the central service (kiosk/sync/keys.py)."""

from __future__ import annotations

import base64
import os
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.protocol.models import EnrollResponse, Receipt, SignedReceipt
from kiosk.sync.keys import CentralTrust, DeviceIdentity, KeyFileError

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def pem_public(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


@pytest.fixture(scope="module")
def central_rsa() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


@pytest.fixture(scope="module")
def central_signing() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def enrollment(central_rsa: rsa.RSAPrivateKey, central_signing: Ed25519PrivateKey) -> EnrollResponse:
    return EnrollResponse(device_id=str(uuid.uuid4()), central_signing_key=b64(raw_public(central_signing)),
                          central_encryption_key=pem_public(central_rsa))


@pytest.fixture
def trust(enrollment: EnrollResponse) -> CentralTrust:
    return CentralTrust.from_enrollment("https://central.example.org/", enrollment)


def receipt(trust: CentralTrust, signer: Ed25519PrivateKey, **changes: object) -> SignedReceipt:
    body = Receipt(dossier_id=str(uuid.uuid4()), device_id=trust.device_id, deposit_number="ESC-2025-000042",
                   received_at=datetime(2025, 3, 1, 9, 30, tzinfo=UTC), manifest_sha256="ab" * 32)
    signature = b64(signer.sign(body.canonical_bytes()))
    return SignedReceipt(receipt=body.model_copy(update=changes), signature=signature)


# -- device identity ----------------------------------------------------------------------
@posix_only
def test_device_key_is_created_private(tmp_path: Path) -> None:
    DeviceIdentity.load_or_create(tmp_path)
    folder, key_file = tmp_path / "keys", tmp_path / "keys" / "device.key"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in folder.iterdir()] == ["device.key"]  # no temp file left


def test_device_key_is_reused_on_reload(tmp_path: Path) -> None:
    first = DeviceIdentity.load_or_create(tmp_path)
    again = DeviceIdentity.load_or_create(tmp_path)
    assert again.public_key_b64() == first.public_key_b64()
    assert len(base64.b64decode(first.public_key_b64())) == 32
    assert DeviceIdentity.load_or_create(tmp_path / "other").public_key_b64() != first.public_key_b64()


def test_signature_verifies_with_the_published_public_key(tmp_path: Path) -> None:
    device = DeviceIdentity.load_or_create(tmp_path)
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(device.public_key_b64()))
    public.verify(base64.b64decode(device.sign(b"message")), b"message")  # raises if wrong


def test_raw_key_file_is_accepted(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o700)
    path = folder / "device.key"
    path.write_bytes(key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption()))
    path.chmod(0o600)
    assert DeviceIdentity.load_or_create(tmp_path).public_key_b64() == b64(raw_public(key))


@posix_only
def test_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    DeviceIdentity.load_or_create(tmp_path)
    (tmp_path / "keys" / "device.key").chmod(0o644)
    with pytest.raises(KeyFileError, match="readable by others"):
        DeviceIdentity.load_or_create(tmp_path)


@posix_only
def test_existing_keys_folder_is_made_private(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir(mode=0o755)
    DeviceIdentity.load_or_create(tmp_path)
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700


@pytest.mark.parametrize("content", [b"", b"garbage" * 10, b"-----BEGIN PRIVATE KEY-----\nxx\n"])
def test_damaged_key_file_is_an_error_not_a_new_key(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o700)
    (folder / "device.key").write_bytes(content)
    (folder / "device.key").chmod(0o600)
    with pytest.raises(KeyFileError):
        DeviceIdentity.load_or_create(tmp_path)
    assert (folder / "device.key").read_bytes() == content  # never silently replaced


def test_a_key_of_another_kind_is_refused(tmp_path: Path, central_rsa: rsa.RSAPrivateKey) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o700)
    (folder / "device.key").write_bytes(central_rsa.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (folder / "device.key").chmod(0o600)
    with pytest.raises(KeyFileError, match="not an Ed25519"):
        DeviceIdentity.load_or_create(tmp_path)


# -- central trust ------------------------------------------------------------------------
def test_not_enrolled_loads_none(tmp_path: Path) -> None:
    assert CentralTrust.load(tmp_path) is None


def test_trust_round_trips_through_central_json(tmp_path: Path, trust: CentralTrust) -> None:
    path = trust.save(tmp_path)
    assert path == tmp_path / "keys" / "central.json"
    loaded = CentralTrust.load(tmp_path)
    assert loaded is not None
    assert (loaded.device_id, loaded.base_url) == (trust.device_id, "https://central.example.org")
    assert loaded.signing_key_b64() == trust.signing_key_b64()
    assert loaded.encryption_key_pem() == trust.encryption_key_pem()
    assert sorted(p.name for p in path.parent.iterdir()) == ["central.json"]  # no temp file left


def test_saving_again_replaces_the_enrollment(tmp_path: Path, trust: CentralTrust,
                                              enrollment: EnrollResponse) -> None:
    trust.save(tmp_path)
    other = enrollment.model_copy(update={"device_id": str(uuid.uuid4())})
    CentralTrust.from_enrollment("http://127.0.0.1:8000", other).save(tmp_path)
    loaded = CentralTrust.load(tmp_path)
    assert loaded is not None and loaded.device_id == other.device_id
    assert loaded.base_url == "http://127.0.0.1:8000"


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"format": 1}', b'{"format": 9, "device_id": "x"}'])
def test_damaged_central_json_is_an_error(tmp_path: Path, trust: CentralTrust, content: bytes) -> None:
    trust.save(tmp_path)
    (tmp_path / "keys" / "central.json").write_bytes(content)
    with pytest.raises(KeyFileError):
        CentralTrust.load(tmp_path)


def test_enrollment_answers_that_cannot_be_trusted(enrollment: EnrollResponse) -> None:
    weak = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cases = {
        "device id": enrollment.model_copy(update={"device_id": "not-a-uuid"}),
        "signing key": enrollment.model_copy(update={"central_signing_key": b64(b"short")}),
        "not a PEM": enrollment.model_copy(update={"central_encryption_key": "hello"}),
        "3072": enrollment.model_copy(update={"central_encryption_key": pem_public(weak)}),
        "Ed25519 as encryption key": enrollment.model_copy(update={
            "central_encryption_key": Ed25519PrivateKey.generate().public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()}),
    }
    for case, response in cases.items():
        with pytest.raises(ValueError):
            CentralTrust.from_enrollment("https://central.example.org", response)
            pytest.fail(case)
    with pytest.raises(ValueError, match="URL"):
        CentralTrust.from_enrollment("central.example.org", enrollment)


def test_receipt_signed_by_the_central_service_verifies(trust: CentralTrust,
                                                        central_signing: Ed25519PrivateKey) -> None:
    assert trust.verify_receipt(receipt(trust, central_signing))


@pytest.mark.parametrize("change", [
    {"deposit_number": "ESC-2025-000043"},
    {"manifest_sha256": "cd" * 32},
    {"dossier_id": str(uuid.uuid4())},
    {"received_at": datetime(2025, 3, 1, 9, 31, tzinfo=UTC)},
])
def test_altered_receipt_is_refused(trust: CentralTrust, central_signing: Ed25519PrivateKey,
                                    change: dict[str, object]) -> None:
    assert not trust.verify_receipt(receipt(trust, central_signing, **change))


def test_receipt_signed_by_another_key_is_refused(trust: CentralTrust) -> None:
    assert not trust.verify_receipt(receipt(trust, Ed25519PrivateKey.generate()))


def test_receipt_with_a_mangled_signature_is_refused(trust: CentralTrust,
                                                     central_signing: Ed25519PrivateKey) -> None:
    good = receipt(trust, central_signing)
    for signature in ("AAAA", b64(b"\0" * 64), good.signature[:-4] + "AAA="):
        assert not trust.verify_receipt(good.model_copy(update={"signature": signature}))


def test_wrapped_key_opens_only_with_the_central_private_key(trust: CentralTrust,
                                                             central_rsa: rsa.RSAPrivateKey) -> None:
    key = os.urandom(32)
    wrapped = trust.wrap_key(key)
    assert central_rsa.decrypt(base64.b64decode(wrapped), OAEP) == key
    assert trust.wrap_key(key) != wrapped  # OAEP is randomized
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(ValueError):
        other.decrypt(base64.b64decode(wrapped), OAEP)
