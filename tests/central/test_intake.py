"""Intake of sealed dossiers: manifest, chunks, status, commit and receipt."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
import uuid

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import rsa

from kiosk.protocol.models import SignedManifest, SignedReceipt, UploadStatus

DEPOSIT_NUMBER = re.compile(r"ESC-20[0-9]{2}-[0-9]{6}")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _status(response) -> UploadStatus:
    assert response.status_code == 200, response.text
    return UploadStatus.model_validate_json(response.content)


def test_happy_path_ends_with_a_signed_receipt(kiosk) -> None:
    sealed = kiosk.seal()
    status = _status(kiosk.put_manifest(sealed))
    assert status.state == "receiving"
    assert status.missing == {0: [0], 1: [0, 1, 2], 2: [0, 1]}
    kiosk.upload(sealed)
    assert _status(kiosk.status(sealed.id)).missing == {}
    status = _status(kiosk.commit(sealed.id))
    assert status.state == "deposited" and status.receipt is not None
    receipt = status.receipt.receipt
    kiosk.verify_receipt(status.receipt)
    assert receipt.dossier_id == sealed.id and receipt.device_id == kiosk.device_id
    assert receipt.manifest_sha256 == sealed.signed.manifest.digest()
    assert DEPOSIT_NUMBER.fullmatch(receipt.deposit_number)
    assert SignedReceipt.model_validate_json(kiosk.receipt(sealed.id).content) == status.receipt


def test_a_forged_receipt_does_not_verify(kiosk) -> None:
    signed = kiosk.deposit(kiosk.seal())
    forged = signed.receipt.model_copy(update={"deposit_number": "ESC-2000-000001"})
    with pytest.raises(InvalidSignature):
        kiosk.verify_receipt(SignedReceipt(receipt=forged, signature=signed.signature))


def test_deposit_numbers_follow_each_other(kiosk) -> None:
    first = kiosk.deposit(kiosk.seal()).receipt.deposit_number
    second = kiosk.deposit(kiosk.seal()).receipt.deposit_number
    assert first[:9] == second[:9]
    assert int(second[9:]) == int(first[9:]) + 1


def test_everything_again_gives_the_same_answers(kiosk) -> None:
    sealed = kiosk.seal()
    signed = kiosk.deposit(sealed)
    again = _status(kiosk.put_manifest(sealed))
    assert again.state == "deposited" and again.receipt == signed
    assert _status(kiosk.commit(sealed.id)).receipt == signed
    index, n, chunk = next(sealed.all_chunks())
    assert kiosk.put_chunk(sealed.id, index, n, chunk).status_code == 204


def test_another_manifest_for_the_same_id_is_a_conflict(kiosk) -> None:
    sealed = kiosk.seal()
    assert kiosk.put_manifest(sealed).status_code == 200
    other = kiosk.seal(dossier_id=sealed.id)  # same id, new key and nonces: other bytes
    assert kiosk.put_manifest(other).status_code == 409
    kiosk.deposit(sealed)
    assert kiosk.put_manifest(other).status_code == 409


def test_a_chunk_resent_is_harmless_but_other_bytes_conflict(kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    chunk = sealed.chunks(1)[0]
    assert kiosk.put_chunk(sealed.id, 1, 0, chunk).status_code == 204
    assert kiosk.put_chunk(sealed.id, 1, 0, chunk).status_code == 204
    changed = bytes([chunk[0] ^ 1]) + chunk[1:]
    assert kiosk.put_chunk(sealed.id, 1, 0, changed).status_code == 409
    kiosk.upload(sealed)
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


def test_an_upload_cut_in_the_middle_resumes_from_the_status(kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed, skip={(1, 1), (1, 2), (2, 0)})
    assert _status(kiosk.status(sealed.id)).missing == {1: [1, 2], 2: [0]}
    refused = kiosk.commit(sealed.id)
    assert refused.status_code == 409
    assert refused.json()["missing"] == {"1": [1, 2], "2": [0]}
    for index, chunks in _status(kiosk.status(sealed.id)).missing.items():
        for n in chunks:
            assert kiosk.put_chunk(sealed.id, index, n, sealed.chunks(index)[n]).status_code == 204
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


def test_tampered_ciphertext_with_consistent_hashes_is_rejected(kiosk) -> None:
    def flip(index: int, ciphertext: bytes) -> bytes:
        if index != 1:
            return ciphertext
        return ciphertext[:100] + bytes([ciphertext[100] ^ 0xFF]) + ciphertext[101:]

    sealed = kiosk.seal(after_encryption=flip)
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    response = kiosk.commit(sealed.id)
    assert response.status_code == 422
    assert "file 1" in response.json()["detail"] and "authentication tag" in response.json()["detail"]
    status = _status(kiosk.status(sealed.id))
    assert status.state == "rejected" and status.reason == response.json()["detail"]
    assert kiosk.commit(sealed.id).json() == response.json()  # the same answer again
    assert _status(kiosk.put_manifest(sealed)).state == "rejected"
    assert kiosk.receipt(sealed.id).status_code == 404


def test_a_key_wrapped_for_another_service_is_rejected(kiosk) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    sealed = kiosk.seal(encryption_key=other)
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    response = kiosk.commit(sealed.id)
    assert response.status_code == 422 and "dossier key" in response.json()["detail"]


def test_bytes_that_do_not_match_the_manifest_are_rejected(kiosk) -> None:
    sealed = kiosk.seal()
    good = sealed.ciphertexts[0]
    sealed.ciphertexts[0] = good[:-1] + bytes([good[-1] ^ 1])  # after signing: hashes disagree
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    response = kiosk.commit(sealed.id)
    assert response.status_code == 422 and "SHA-256" in response.json()["detail"]


def test_a_tampered_manifest_signature_is_refused(kiosk) -> None:
    sealed = kiosk.seal()
    manifest = sealed.signed.manifest.model_copy(update={"procedure_version": 2})
    forged = SignedManifest(manifest=manifest, signature=sealed.signed.signature)
    response = kiosk.put_manifest(forged)
    assert response.status_code == 422 and "signature" in response.json()["detail"]
    assert kiosk.status(sealed.id).status_code == 404  # nothing was kept


def test_a_manifest_must_match_the_url_and_the_caller(kiosk, new_kiosk) -> None:
    sealed = kiosk.seal()
    assert kiosk.put_manifest(sealed, dossier_id=str(uuid.uuid4())).status_code == 422
    other = new_kiosk("Guichet 2")
    assert other.put_manifest(sealed).status_code == 403  # signed by kiosk, names kiosk


def test_a_manifest_with_wrong_chunk_counts_is_refused(kiosk) -> None:
    sealed = kiosk.seal()
    manifest = sealed.signed.manifest
    files = [manifest.files[0].model_copy(update={"chunks": 2}), *manifest.files[1:]]
    bad = manifest.model_copy(update={"files": files})
    signed = SignedManifest(manifest=bad, signature=b64(kiosk.key.sign(bad.canonical_bytes())))
    response = kiosk.put_manifest(signed)
    assert response.status_code == 422 and "chunks" in response.json()["detail"]


def test_chunks_are_checked_for_length_hash_and_place(kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    first = sealed.chunks(1)[0]
    assert kiosk.put_chunk(sealed.id, 1, 0, first[:-1]).status_code == 400  # short
    assert kiosk.put_chunk(sealed.id, 1, 0, first + b"x").status_code == 400  # long
    last = sealed.chunks(1)[2]
    assert kiosk.put_chunk(sealed.id, 1, 2, last + b"x").status_code == 400
    wrong_hash = hashlib.sha256(b"other").hexdigest()
    assert kiosk.put_chunk(sealed.id, 1, 0, first, sha256=wrong_hash).status_code == 400
    assert kiosk.put_chunk(sealed.id, 1, 3, last).status_code == 404  # file 1 has 3 chunks
    assert kiosk.put_chunk(sealed.id, 7, 0, last).status_code == 404
    assert kiosk.put_chunk(sealed.id, 1, 0, b"x" * (9 * 1024 * 1024)).status_code == 413
    assert _status(kiosk.status(sealed.id)).missing[1] == [0, 1, 2]


def test_one_device_cannot_see_another_devices_dossier(kiosk, new_kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.deposit(sealed)
    other = new_kiosk("Guichet 2")
    unknown = str(uuid.uuid4())
    for dossier_id in (sealed.id, unknown):  # the same answers whether it exists or not
        assert other.status(dossier_id).status_code == 404
        assert other.receipt(dossier_id).status_code == 404
        assert other.commit(dossier_id).status_code == 404
        assert other.put_chunk(dossier_id, 0, 0, sealed.chunks(0)[0]).status_code == 404
    assert other.status(sealed.id).json() == other.status(unknown).json()
    hijack = other.seal(dossier_id=sealed.id)
    assert other.put_manifest(hijack).status_code == 403
    assert _status(kiosk.status(sealed.id)).state == "deposited"


def test_damaged_storage_asks_for_the_chunk_again(service, kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    chunk = sealed.chunks(1)[1]
    stored = service.central.intake.chunks.path(sealed.id, 1, 1, hashlib.sha256(chunk).hexdigest())
    stored.unlink()
    response = kiosk.commit(sealed.id)
    assert response.status_code == 409 and response.json()["missing"] == {"1": [1]}
    assert kiosk.put_chunk(sealed.id, 1, 1, chunk).status_code == 204
    assert _status(kiosk.commit(sealed.id)).state == "deposited"


def test_racing_commits_agree_on_one_receipt(kiosk) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    answers: list[bytes] = []

    def commit() -> None:
        answers.append(kiosk.commit(sealed.id).content)

    threads = [threading.Thread(target=commit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    receipts = {UploadStatus.model_validate_json(a).receipt.model_dump_json() for a in answers}
    assert len(receipts) == 1


def test_a_rejected_dossier_keeps_its_chunks(kiosk) -> None:
    def flip(index: int, ciphertext: bytes) -> bytes:
        return ciphertext[:-1] + bytes([ciphertext[-1] ^ 1])

    sealed = kiosk.seal(after_encryption=flip)
    kiosk.put_manifest(sealed)
    kiosk.upload(sealed)
    assert kiosk.commit(sealed.id).status_code == 422
    assert kiosk.put_chunk(sealed.id, 1, 2, sealed.chunks(1)[2]).status_code == 204  # already stored
    changed = bytes(len(sealed.chunks(1)[2]))
    assert kiosk.put_chunk(sealed.id, 1, 2, changed).status_code == 409


def test_the_audit_log_tells_who_did_what_without_personal_data(service, kiosk) -> None:
    from sqlmodel import col, select

    from central.models import AuditEvent

    sealed = kiosk.seal()
    number = kiosk.deposit(sealed).receipt.deposit_number
    with service.central.db.reading() as session:
        events = list(session.exec(select(AuditEvent).where(AuditEvent.target == sealed.id)
                                   .order_by(col(AuditEvent.id))))
    assert [e.action for e in events] == ["dossier.received", "dossier.deposited"]
    assert {e.actor for e in events} == {f"device:{kiosk.device_id}"}
    assert events[1].detail == number
    written = " ".join(f"{e.detail}" for e in events).encode()
    assert all(data not in written for data in sealed.plaintexts.values())
