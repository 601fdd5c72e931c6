"""Every kiosk call is signed by its device key over method, path, timestamp and body."""

from __future__ import annotations

import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from central import registry
from central.db import Database
from kiosk.protocol.auth import DEVICE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER

SOME_ID = "00000000-0000-4000-8000-000000000000"


def test_a_good_signature_is_accepted(kiosk) -> None:
    assert kiosk.status(SOME_ID).status_code == 404  # authenticated; the dossier is not there


def test_unsigned_requests_are_refused(kiosk) -> None:
    response = kiosk.client.get(f"/v1/dossiers/{SOME_ID}")
    assert response.status_code == 401
    assert DEVICE_HEADER in response.json()["detail"]


def test_a_signature_by_another_key_is_refused(kiosk) -> None:
    response = kiosk.send("GET", f"/v1/dossiers/{SOME_ID}", key=Ed25519PrivateKey.generate())
    assert response.status_code == 401


def test_the_signature_covers_path_and_body(kiosk) -> None:
    assert kiosk.send("GET", f"/v1/dossiers/{SOME_ID}", signed_path="/v1/dossiers/other").status_code == 401
    response = kiosk.send("POST", f"/v1/dossiers/{SOME_ID}/commit", b"", signed_body=b"x")
    assert response.status_code == 401


def test_a_timestamp_outside_the_window_is_refused(kiosk) -> None:
    now = int(time.time())
    for stamp in (now - 400, now + 400):
        response = kiosk.send("GET", f"/v1/dossiers/{SOME_ID}", timestamp=stamp)
        assert response.status_code == 401
        assert "clock" in response.json()["detail"]
    assert kiosk.send("GET", f"/v1/dossiers/{SOME_ID}", timestamp=now - 250).status_code == 404


def test_malformed_headers_are_refused(kiosk) -> None:
    for headers in ({TIMESTAMP_HEADER: "soon"}, {SIGNATURE_HEADER: "%%%"}, {DEVICE_HEADER: "../x"},
                    {DEVICE_HEADER: SOME_ID}, {TIMESTAMP_HEADER: "9" * 40}):
        assert kiosk.send("GET", f"/v1/dossiers/{SOME_ID}", headers=headers).status_code == 401


def test_a_revoked_device_gets_403_on_every_call(service, kiosk) -> None:
    sealed = kiosk.seal()
    assert kiosk.put_manifest(sealed).status_code == 200
    with service.admin() as client:
        assert client.post(f"/v1/admin/devices/{kiosk.device_id}/revoke").status_code == 200
    index, n, chunk = next(sealed.all_chunks())
    for response in (kiosk.put_manifest(sealed), kiosk.put_chunk(sealed.id, index, n, chunk),
                     kiosk.status(sealed.id), kiosk.commit(sealed.id), kiosk.receipt(sealed.id)):
        assert response.status_code == 403
        assert "revoked" in response.json()["detail"]
    # Whoever does not hold the device key learns nothing about the revocation.
    assert kiosk.send("GET", f"/v1/dossiers/{sealed.id}", key=Ed25519PrivateKey.generate()).status_code == 401


def test_a_revocation_by_another_process_refuses_the_next_chunk_at_once(service, kiosk) -> None:
    # The service caches devices' public keys (they never change), never their revocation:
    # a revocation written by another process (`kiosk central revoke`, another instance)
    # refuses the very next call, chunks included (put_chunk reads it with the dossier).
    sealed = kiosk.seal()
    assert kiosk.put_manifest(sealed).status_code == 200
    chunks = list(sealed.all_chunks())
    index, n, chunk = chunks[0]
    assert kiosk.put_chunk(sealed.id, index, n, chunk).status_code == 204  # the key is cached now
    other = Database.open(service.settings.database_url)  # nothing shared with the service
    try:
        assert registry.revoke(other, kiosk.device_id, "cli") is not None
    finally:
        other.close()
    index, n, chunk = chunks[-1]
    for response in (kiosk.put_chunk(sealed.id, index, n, chunk), kiosk.put_chunk(SOME_ID, 0, 0, chunk),
                     kiosk.put_chunk(sealed.id, index, n, chunk, sha256="0" * 64)):
        assert response.status_code == 403, response.text
        assert response.json()["code"] == "device_revoked"
