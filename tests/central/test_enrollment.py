"""Enrollment with one-time codes, and the IT admin API that makes them."""

from __future__ import annotations

import base64
from datetime import timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from central import audit, registry
from central.models import utc_now


def test_a_code_enrolls_one_kiosk_and_returns_the_service_keys(service, new_kiosk) -> None:
    kiosk = new_kiosk(enroll=False)
    response = kiosk.enroll(service.enrollment_code())
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"device_id", "central_signing_key", "central_encryption_key"}
    assert len(base64.b64decode(body["central_signing_key"])) == 32
    public = serialization.load_pem_public_key(body["central_encryption_key"].encode())
    assert isinstance(public, rsa.RSAPublicKey) and public.key_size == 3072


def test_a_used_code_is_refused(service, new_kiosk) -> None:
    code = service.enrollment_code()
    assert new_kiosk(enroll=False).enroll(code).status_code == 200
    response = new_kiosk(enroll=False).enroll(code)
    assert response.status_code == 403
    assert "already used" in response.json()["detail"]


def test_an_expired_code_is_refused(service, new_kiosk) -> None:
    issued = registry.create_enrollment_code(service.central.db, timedelta(hours=1), audit.CLI,
                                             now=utc_now() - timedelta(hours=2))
    response = new_kiosk(enroll=False).enroll(issued.code)
    assert response.status_code == 403
    assert "expired" in response.json()["detail"]


def test_an_unknown_code_is_refused(new_kiosk) -> None:
    response = new_kiosk(enroll=False).enroll("ABCD-EFGH-JKMN-PQRS")
    assert response.status_code == 403
    assert "unknown" in response.json()["detail"]


def test_a_code_is_forgiving_of_case_and_dashes(service, new_kiosk) -> None:
    code = service.enrollment_code().lower().replace("-", " ")
    assert new_kiosk(enroll=False).enroll(code).status_code == 200


def test_a_bad_public_key_is_refused_without_spending_the_code(service, new_kiosk) -> None:
    kiosk = new_kiosk(enroll=False)
    code = service.enrollment_code()
    response = kiosk.client.post("/v1/devices/enroll", json={
        "code": code, "device_name": "x", "public_key": base64.b64encode(b"short").decode()})
    assert response.status_code == 422
    assert kiosk.enroll(code).status_code == 200


def test_admin_api_needs_the_token(service) -> None:
    for token in (None, "wrong-token-wrong-token"):
        with service.admin(token) as client:
            assert client.post("/v1/admin/enrollment-codes").status_code == 401
            assert client.get("/v1/admin/devices").status_code == 401
            assert client.get("/v1/admin/dossiers").status_code == 401


def test_admin_lists_and_revokes_devices(service, kiosk) -> None:
    with service.admin() as client:
        listed = {d["id"]: d for d in client.get("/v1/admin/devices").json()}
        assert listed[kiosk.device_id]["name"] == "Guichet 1"
        assert listed[kiosk.device_id]["revoked_at"] is None
        revoked = client.post(f"/v1/admin/devices/{kiosk.device_id}/revoke")
        assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
        again = client.post(f"/v1/admin/devices/{kiosk.device_id}/revoke")
        assert again.json()["revoked_at"] == revoked.json()["revoked_at"]  # the first revocation stays
        unknown = client.post("/v1/admin/devices/00000000-0000-4000-8000-000000000000/revoke")
        assert unknown.status_code == 404
    assert kiosk.status("00000000-0000-4000-8000-000000000000").status_code == 403


def test_admin_code_ttl_is_bounded(service) -> None:
    with service.admin() as client:
        assert client.post("/v1/admin/enrollment-codes", json={"ttl_seconds": 5}).status_code == 422
        made = client.post("/v1/admin/enrollment-codes", json={"ttl_seconds": 600})
    assert made.status_code == 201
    assert set(made.json()) == {"code", "expires_at"}
