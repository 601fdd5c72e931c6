"""Security proofs on the real service, beyond test_signed_requests.py and test_intake.py:

- every operation the OpenAPI document marks as device-signed (taken from the document
  at run time, so new ones are covered) refuses an unenrolled device, a device id used
  with another key, and a revoked device, and answers a stable `code`;
- a manifest changed after signing, in any field, or signed by another device, is refused
  and nothing is kept;
- ciphertext moved between files or dossiers, cut, or extended, with hashes made
  consistent, is rejected at commit and never deposited;
- one device reads nothing of another's dossiers, even naming the other's device id.
"""

from __future__ import annotations

import base64
import re
import uuid
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.protocol.models import SignedManifest

SIGNED_SCHEME = "signed-request"


def _signed_operations(service) -> list[tuple[str, str, list[str]]]:
    """(method, concrete path, all security schemes) of every device-signed operation."""
    document = httpx.get(f"{service.url}/openapi.json", timeout=10).json()
    found = []
    for template, item in document["paths"].items():
        for method, operation in item.items():
            schemes = [name for requirement in operation.get("security", []) for name in requirement]
            if SIGNED_SCHEME in schemes:
                path = re.sub(r"\{[^}]+\}", lambda m: "0" if m.group(0) in ("{n}", "{file_index}")
                              else str(uuid.uuid4()), template)
                found.append((method.upper(), path, schemes))
    assert len(found) >= 5, found  # at least the intake
    return found


def _body(path: str) -> tuple[bytes, dict[str, str]]:
    if "/chunks/" in path:
        return b"x" * 64, {"Content-Type": "application/octet-stream"}
    return b"{}", {"Content-Type": "application/json"}


def test_an_unenrolled_device_is_refused_everywhere(service, new_kiosk) -> None:
    stranger = new_kiosk("Guichet inconnu", enroll=False)
    stranger.device_id = str(uuid.uuid4())  # a well-formed id the service never gave out
    for method, path, _ in _signed_operations(service):
        body, headers = _body(path)
        response = stranger.send(method, path, body, headers=headers)
        assert response.status_code == 401, (method, path, response.text)
        if response.json().get("code") != "session_required":  # a session check may come first
            assert response.json()["code"] == "unknown_device", (method, path, response.text)


def test_an_enrolled_device_id_with_another_key_is_refused_everywhere(service, kiosk) -> None:
    impostor = Ed25519PrivateKey.generate()
    for method, path, _ in _signed_operations(service):
        body, headers = _body(path)
        response = kiosk.send(method, path, body, headers=headers, key=impostor)
        assert response.status_code == 401, (method, path, response.text)


def test_a_revoked_device_is_refused_everywhere(service, kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.deposit(sealed)
    with service.admin() as client:
        assert client.post(f"/v1/admin/devices/{kiosk.device_id}/revoke").status_code == 200
    for method, path, schemes in _signed_operations(service):
        body, headers = _body(path)
        response = kiosk.send(method, path.replace(path.split("/")[3], sealed.id, 1)
                              if path.startswith("/v1/dossiers/") else path, body, headers=headers)
        if schemes == [SIGNED_SCHEME]:
            assert response.status_code == 403, (method, path, response.text)
            assert response.json()["code"] == "device_revoked"
        else:  # also needs an applicant session, which a revoked device cannot get
            assert response.status_code in (401, 403), (method, path, response.text)
    assert kiosk.receipt(sealed.id).status_code == 403  # not even its own receipt


def _tampered(signed: SignedManifest, change: str, other_key: Ed25519PrivateKey) -> SignedManifest:
    manifest = signed.manifest
    first = manifest.files[0]
    changes: dict[str, Any] = {
        "wrapped_key": {"wrapped_key": base64.b64encode(b"\0" * 384).decode()},
        "file hash": {"files": [first.model_copy(update={"sha256": "0" * 64}), *manifest.files[1:]]},
        "file dropped": {"files": manifest.files[1:]},
        "file renamed": {"files": [*manifest.files[:-1], manifest.files[-1].model_copy(
            update={"name": "passport/02-document.pdf"})]},
        "chunk size": {"chunk_size": manifest.chunk_size * 2},
        "sealed_at": {"sealed_at": manifest.sealed_at.replace(year=2020)},
    }
    if change == "signed by another key":
        return SignedManifest(manifest=manifest,
                              signature=base64.b64encode(other_key.sign(manifest.canonical_bytes())).decode())
    if change == "signature of another manifest":
        return SignedManifest(manifest=manifest, signature=base64.b64encode(bytes(64)).decode())
    return SignedManifest(manifest=manifest.model_copy(update=changes[change]), signature=signed.signature)


@pytest.mark.parametrize("change", ["wrapped_key", "file hash", "file dropped", "file renamed", "chunk size",
                                    "sealed_at", "signed by another key", "signature of another manifest"])
def test_a_manifest_changed_after_signing_is_refused(kiosk, new_kiosk, change: str) -> None:
    sealed = kiosk.seal()
    other = new_kiosk("Guichet 2")
    response = kiosk.put_manifest(_tampered(sealed.signed, change, other.key))
    assert response.status_code == 422 and "signature" in response.json()["detail"], response.text
    assert kiosk.status(sealed.id).status_code == 404  # nothing was kept
    assert kiosk.put_manifest(sealed).status_code == 200  # the true one is still welcome


def _commit_is_rejected(kiosk, sealed) -> str:
    assert kiosk.put_manifest(sealed).status_code == 200
    kiosk.upload(sealed)
    response = kiosk.commit(sealed.id)
    assert response.status_code == 422, response.text
    assert kiosk.status(sealed.id).json()["state"] == "rejected"
    assert kiosk.receipt(sealed.id).status_code == 404
    return str(response.json()["detail"])


def test_ciphertext_moved_to_another_file_is_rejected(kiosk) -> None:
    # Both files are genuine ciphertext under the dossier key, with hashes made consistent
    # and signed: only the AAD (dossier id / file name) tells that they were swapped.
    files = {"passport/01-document.pdf": b"%PDF-1.7 passport" * 50,
             "proof_of_address/01-document.pdf": b"%PDF-1.7 address" * 50}
    swapped: dict[int, bytes] = {}

    def swap(index: int, ciphertext: bytes) -> bytes:
        swapped[index] = ciphertext
        return swapped[0] if index == 1 else ciphertext

    sealed = kiosk.seal(files, after_encryption=swap)
    assert "authentication tag" in _commit_is_rejected(kiosk, sealed)


def test_ciphertext_of_another_dossier_is_rejected(kiosk) -> None:
    donor = kiosk.seal()
    sealed = kiosk.seal(after_encryption=lambda index, data: donor.ciphertexts[index])
    assert "file 0" in _commit_is_rejected(kiosk, sealed)


@pytest.mark.parametrize("cut", ["tag cut", "byte added", "nonce changed"])
def test_ciphertext_cut_or_extended_is_rejected(kiosk, cut: str) -> None:
    def tamper(index: int, ciphertext: bytes) -> bytes:
        if index != 2:
            return ciphertext
        if cut == "tag cut":
            return ciphertext[:-4]
        if cut == "byte added":
            return ciphertext + b"\0"
        return bytes([ciphertext[0] ^ 1]) + ciphertext[1:]

    assert "file 2" in _commit_is_rejected(kiosk, kiosk.seal(after_encryption=tamper))


def test_no_device_reads_another_devices_receipt_even_naming_it(kiosk, new_kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.deposit(sealed)
    other = new_kiosk("Guichet 2")
    assert other.receipt(sealed.id).status_code == 404
    assert other.status(sealed.id).status_code == 404
    # The owner's device id with the other's key: the signature gives it away.
    other.device_id, own_id = kiosk.device_id, other.device_id
    assert other.receipt(sealed.id).status_code == 401
    assert other.status(sealed.id).status_code == 401
    other.device_id = own_id
    # The receipt it may read is its own, and names its own device.
    mine = other.seal()
    assert other.deposit(mine).receipt.device_id == own_id
    assert kiosk.receipt(mine.id).status_code == 404
