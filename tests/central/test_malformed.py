"""Malformed ids, headers and bodies on every endpoint: always a 4xx, never a 500.

Requests are properly signed, so the garbage reaches the parsing and checks behind the
signature, not only the signature check. Bounded: a few dozen examples per endpoint.
"""

from __future__ import annotations

import json
import string
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.protocol.auth import CHUNK_SHA256_HEADER
from kiosk.protocol.models import canonical_json

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ids = st.one_of(st.uuids().map(str), st.text(string.ascii_letters + string.digits + "-._~%:@!$&'()*+,;=",
                                             min_size=1, max_size=60))
numbers = st.one_of(st.integers(-3, 5000).map(str),
                    st.text(string.ascii_letters + "-+.", min_size=1, max_size=6))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)


def _mutated(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """The document with one field, at any depth, replaced by arbitrary JSON."""
    copy = json.loads(json.dumps(document))
    node: Any = copy
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return copy
        key = data.draw(st.sampled_from(keys))
        if isinstance(node[key], (dict, list)) and data.draw(st.booleans()):
            node = node[key]
            continue
        node[key] = data.draw(json_values)
        return copy


def _assert_4xx(response) -> None:
    assert 400 <= response.status_code < 500, (response.status_code, response.text)


@FUZZ
@given(dossier_id=ids, body=st.binary(max_size=300))
def test_garbage_manifests(kiosk, dossier_id: str, body: bytes) -> None:
    _assert_4xx(kiosk.send("PUT", f"/v1/dossiers/{quote(dossier_id, safe='')}", body,
                           headers={"Content-Type": "application/json"}))


@FUZZ
@given(data=st.data())
def test_manifests_with_one_field_changed_and_signed_again(kiosk, data: st.DataObject) -> None:
    sealed = kiosk.seal()
    document = _mutated(json.loads(sealed.signed.model_dump_json()), data)
    manifest = document.get("manifest")
    if isinstance(manifest, dict):  # a kiosk that signs whatever it sends
        document["signature"] = kiosk.sign_b64(canonical_json(manifest))
    response = kiosk.send("PUT", f"/v1/dossiers/{sealed.id}", json.dumps(document).encode(),
                          headers={"Content-Type": "application/json"})
    assert response.status_code == 200 or 400 <= response.status_code < 500, response.text


@FUZZ
@given(dossier_id=ids, index=numbers, n=numbers, body=st.binary(max_size=100),
       sha=st.one_of(st.text(string.hexdigits, max_size=70), st.just("")))
def test_garbage_chunks(kiosk, dossier_id: str, index: str, n: str, body: bytes, sha: str) -> None:
    path = f"/v1/dossiers/{quote(dossier_id, safe='')}/files/{quote(index)}/chunks/{quote(n)}"
    _assert_4xx(kiosk.send("PUT", path, body, headers={CHUNK_SHA256_HEADER: sha}))


@FUZZ
@given(index=st.integers(0, 4), n=st.integers(0, 4), body=st.binary(max_size=5000))
def test_chunks_of_a_real_dossier_with_wrong_bytes(kiosk, index: int, n: int, body: bytes) -> None:
    sealed = kiosk.seal()
    kiosk.put_manifest(sealed)
    _assert_4xx(kiosk.put_chunk(sealed.id, index, n, body))


@FUZZ
@given(dossier_id=ids, method_path=st.sampled_from([("GET", ""), ("POST", "/commit"), ("GET", "/receipt")]),
       body=st.binary(max_size=50))
def test_garbage_ids_on_reads_and_commit(kiosk, dossier_id: str, method_path: tuple[str, str],
                                         body: bytes) -> None:
    method, suffix = method_path
    _assert_4xx(kiosk.send(method, f"/v1/dossiers/{quote(dossier_id, safe='')}{suffix}", body))


@FUZZ
@given(body=st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode())))
def test_garbage_enrollments(service, kiosk, body: bytes) -> None:
    response = kiosk.client.post("/v1/devices/enroll", content=body,
                                 headers={"Content-Type": "application/json"})
    _assert_4xx(response)


@FUZZ
@given(device_id=ids, body=st.binary(max_size=100))
def test_garbage_admin_calls(service, device_id: str, body: bytes) -> None:
    with service.admin() as client:
        _assert_4xx(client.post(f"/v1/admin/devices/{quote(device_id, safe='')}/revoke"))
        response = client.post("/v1/admin/enrollment-codes", content=body,
                               headers={"Content-Type": "application/json"})
        assert response.status_code == 201 or 400 <= response.status_code < 500, response.text


def test_an_oversized_manifest_is_refused_before_it_is_read(kiosk) -> None:
    response = kiosk.send("PUT", "/v1/dossiers/00000000-0000-4000-8000-000000000000",
                          b"{" * (2 * 1024 * 1024), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
