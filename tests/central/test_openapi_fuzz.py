"""Schemathesis against the service's own OpenAPI document: every operation it lists, at
run time, with generated valid and invalid requests, sent over real HTTP to the service
on loopback (so the body limits, uvicorn's parsing and the exception handlers are the
real ones).

Twice: once without credentials (nothing may answer 2xx on a secured operation), and
once with the credentials each operation's security requirement names, so the garbage
reaches the handlers' logic: kiosk calls signed by an enrolled device over the exact
bytes sent, /v1/admin with the IT bearer token, the agent API with the agent token.
Some generated values are steered onto real objects (a dossier of the caller, a device,
a fresh enrollment code, a manifest re-signed by the caller) to get past the 404s.

Checks: no 5xx, responses and content types as documented. Bounded for CI;
ESCALE_FUZZ_EXAMPLES=500 for a long run.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import json
import math
import os
import re
import tempfile
import time
import uuid
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, settings
from pydantic import ValidationError
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
)

from central.app import create_app
from central.config import CentralSettings
from central.server import BackgroundServer
from kiosk.protocol.auth import (
    CHUNK_SHA256_HEADER,
    DEVICE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signing_string,
)
from kiosk.protocol.models import CHUNK_SIZE, Manifest, canonical_json
from tests.central.conftest import FakeKiosk  # pytest's name for it (importlib mode)

AGENT_TOKEN = "agent-token-for-the-fuzz-0123456789"
EXAMPLES = int(os.environ.get("ESCALE_FUZZ_EXAMPLES", "30"))
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
# Without credentials almost everything stops at the door: fewer examples say as much.
FUZZ_UNSIGNED = settings(FUZZ, max_examples=max(5, EXAMPLES // 3))


# -- credentials, as `requests` auth: they see the final method, path and body bytes ----
class DeviceSignature(requests.auth.AuthBase):
    """Signs the request exactly as sent, like the kiosk's sync client does."""

    def __init__(self, device_id: str, key: Ed25519PrivateKey) -> None:
        self.device_id, self.key = device_id, key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        if isinstance(body, str):  # urllib3 sends text as UTF-8: sign those bytes
            body = request.body = body.encode("utf-8")
        assert isinstance(body, bytes), type(body)
        stamp = str(int(time.time()))
        message = signing_string(str(request.method), request.path_url, stamp, body)
        request.headers[DEVICE_HEADER] = self.device_id
        request.headers[TIMESTAMP_HEADER] = stamp
        request.headers[SIGNATURE_HEADER] = base64.b64encode(self.key.sign(message)).decode()
        return request


class Bearer(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


class Together(requests.auth.AuthBase):
    def __init__(self, *parts: requests.auth.AuthBase) -> None:
        self.parts = parts

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        for part in self.parts:
            request = part(request)
        return request


# -- the world the authenticated requests act in ---------------------------------------
@dataclass
class World:
    url: str  # the service under fuzz
    service: Any
    kiosk: Any  # the enrolled FakeKiosk that signs
    victim_id: str  # another enrolled device: revoking it harms no one
    receiving: Any  # a Sealed dossier of the kiosk, manifest sent, no chunk yet
    dossier_ids: list[str] = field(default_factory=list)  # the kiosk's: receiving and deposited
    bearers: dict[str, str] = field(default_factory=dict)  # security scheme name -> token
    logout_bearers: dict[str, str] = field(default_factory=dict)  # the same, for logging out

    def auth_for(self, case: schemathesis.Case) -> requests.auth.AuthBase | None:
        """Every credential the operation's security requirements name, by scheme. FastAPI
        lists one requirement per security dependency, and the service needs them all (a
        signed kiosk *and* an applicant's session), so they are taken together."""
        document = case.operation.schema.raw_schema
        requirements = case.operation.definition.raw.get("security", document.get("security")) or []
        schemes = document.get("components", {}).get("securitySchemes", {})
        parts: list[requests.auth.AuthBase] = []
        bearers = self.logout_bearers if case.path.endswith("/logout") else self.bearers
        for name in dict.fromkeys(name for requirement in requirements for name in requirement):
            scheme = schemes.get(name, {})
            if scheme.get("type") == "apiKey" and scheme.get("name") == DEVICE_HEADER:
                parts.append(DeviceSignature(self.kiosk.device_id, self.kiosk.key))
            elif scheme.get("type") == "http" and name in bearers:
                parts.append(Bearer(bearers[name]))
        # The signature last: it covers the body as finally sent.
        parts.sort(key=lambda part: isinstance(part, DeviceSignature))
        return Together(*parts) if parts else None


def _pick(value: object, salt: str, every: int) -> bool:
    """A deterministic coin (derandomized runs stay reproducible): true once in `every`."""
    return zlib.crc32(f"{salt}:{value!r}".encode()) % every == 0


def _sign_again(manifest: dict[str, Any], body: dict[str, Any], path: dict[str, Any], world: World) -> None:
    """A kiosk that signs whatever it sends: the checks behind the signature get the garbage.
    Often with consistent chunk counts too, so that some manifests are taken."""
    manifest["device_id"] = world.kiosk.device_id
    if "dossier_id" in path:
        manifest["dossier_id"] = path["dossier_id"]
    chunk_size, files = manifest.get("chunk_size", CHUNK_SIZE), manifest.get("files")
    if type(chunk_size) is int and chunk_size > 0 and isinstance(files, list) and _pick(files, "chunks", 2):
        for entry in files:
            if isinstance(entry, dict) and type(entry.get("size")) is int and entry["size"] > 0:
                entry["chunks"] = math.ceil(entry["size"] / chunk_size)
    try:  # what the service verifies: the canonical bytes of the manifest it parsed
        signed = Manifest.model_validate(manifest).canonical_bytes()
    except ValidationError:
        signed = canonical_json(manifest)
    body["signature"] = world.kiosk.sign_b64(signed)


def _steer_chunk(case: schemathesis.Case, path: dict[str, Any], sealed: Any) -> None:
    """A chunk of the receiving dossier: a place that exists, and sometimes its very bytes."""
    if type(path.get("file_index")) is not int or type(path.get("n")) is not int:
        return
    index = path["file_index"] % len(sealed.ciphertexts)
    chunks = sealed.chunks(index)
    path["file_index"], path["n"] = index, path["n"] % len(chunks)
    if _pick(path, "bytes", 2):
        case.body = chunks[path["n"]]
        case.headers = {**(case.headers or {}), CHUNK_SHA256_HEADER: hashlib.sha256(case.body).hexdigest()}


def steer(case: schemathesis.Case, world: World) -> bool:
    """Point some generated values at real objects, so the handlers go past their 404s.
    True if the case was changed (it may no longer be the invalid request it was made as)."""
    path = case.path_parameters or {}
    changed = False
    if "dossier_id" in path and world.dossier_ids and _pick(path["dossier_id"], "dossier", 2):
        path["dossier_id"] = world.dossier_ids[zlib.crc32(repr(path).encode()) % len(world.dossier_ids)]
        changed = True
    if "file_index" in path and path.get("dossier_id") == world.receiving.id:
        _steer_chunk(case, path, world.receiving)
    if "device_id" in path and _pick(path["device_id"], "device", 3):
        path["device_id"] = world.victim_id
        changed = True
    body = case.body
    if not isinstance(body, dict):
        return changed
    manifest = body.get("manifest")
    if isinstance(manifest, dict) and "signature" in body:
        _sign_again(manifest, body, path, world)
        changed = True
    if case.path.endswith("/enroll") and "code" in body and _pick(body["code"], "code", 2):
        body["code"] = world.service.enrollment_code()
        if "public_key" in body and _pick(body["public_key"], "key", 2):
            raw = Ed25519PrivateKey.generate().public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            body["public_key"] = base64.b64encode(raw).decode()
        changed = True
    return changed


# -- the document ----------------------------------------------------------------------
def _current_document() -> dict[str, Any]:
    """The OpenAPI document of the code under test, made at collection (schemathesis
    parametrizes by operation then; its fixture-based lazy loader does not run on pytest 9)."""
    with tempfile.TemporaryDirectory(prefix="escale-openapi-") as folder:
        root = Path(folder)
        app = create_app(CentralSettings(database_url=f"sqlite:///{root / 'c.db'}", storage_dir=root / "s",
                                         key_dir=root / "k"))
        document = app.openapi()
        app.state.central.db.close()
    return document


DOCUMENT = _current_document()
schema = schemathesis.openapi.from_dict(DOCUMENT)  # with generated (mostly wrong) credential headers
signed_schema = schemathesis.openapi.from_dict(DOCUMENT)
signed_schema.config.generation.update(with_security_parameters=False)  # the auth below adds the real ones


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        http.trust_env = False  # loopback: no proxy from the environment
        yield http


@pytest.fixture(scope="module")
def fuzzed(service) -> Iterator[tuple[str, CentralSettings]]:
    """The service under fuzz: `service` itself, or, if it leaves the agent API disabled, a
    second app with an agent token on the same database and storage (so the same devices,
    dossiers and accounts), served on loopback beside it."""
    settings = service.settings
    if getattr(settings, "agent_token", AGENT_TOKEN) is not None:
        yield service.url, settings
        return
    settings = replace(settings, agent_token=AGENT_TOKEN)
    with BackgroundServer(create_app(settings)) as server:
        yield server.url, settings


def _mailed_code(settings: CentralSettings, recipient: str) -> str | None:
    """The 8-digit code of the last message to `recipient` (demo mode writes .eml files)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for path in sorted(settings.mail_folder.glob("*.eml"), key=lambda p: p.stat().st_mtime, reverse=True):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if recipient in str(message.get("To", "")):
                body = message.get_body(preferencelist=("plain",))
                found = re.search(r"\b([0-9]{8})\b", body.get_content() if body else "")
                if found:
                    return found.group(1)
        time.sleep(0.05)
    return None


def _applicant_session(kiosk: Any, settings: CentralSettings, document: dict[str, Any]) -> str | None:
    """A session token through the service's own account flow (create, mailed code,
    activate, log in), if it has one; None (and the session routes fuzzed without) if not."""
    if "/v1/accounts/login" not in document["paths"]:
        return None
    number, password = f"{uuid.uuid4().int % 10**10:010d}", "mot-de-passe-fuzz-1"
    address = f"fuzz.{uuid.uuid4().hex[:8]}@exemple.fr"

    def post(path: str, body: dict[str, Any]) -> Any:
        return kiosk.send("POST", path, json.dumps(body).encode(),
                          headers={"Content-Type": "application/json"})

    created = post("/v1/accounts", {"foreigner_number": number, "document_kind": "residence_permit",
                                    "document_number": "AB12345", "email": address})
    code = _mailed_code(settings, address) if created.status_code < 300 else None
    if code is None:
        warnings.warn(f"no applicant session for the fuzz: account creation {created.status_code}",
                      stacklevel=1)
        return None
    activated = post("/v1/accounts/activate",
                     {"foreigner_number": number, "code": code, "password": password})
    logged_in = post("/v1/accounts/login", {"foreigner_number": number, "password": password})
    if activated.status_code != 200 or logged_in.status_code != 200:
        warnings.warn(f"no applicant session for the fuzz: {activated.status_code}/{logged_in.status_code}",
                      stacklevel=1)
        return None
    return str(logged_in.json()["session_token"])


def _bearers(settings: CentralSettings, session_token: str | None) -> dict[str, str]:
    """The token of each bearer scheme of the document, by what its name says."""
    tokens = {"admin": settings.admin_token, "agent": getattr(settings, "agent_token", None),
              "session": session_token}
    schemes = DOCUMENT.get("components", {}).get("securitySchemes", {})
    found = {}
    for name, scheme in schemes.items():
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer":
            token = next((value for word, value in tokens.items() if word in name), None)
            if token:
                found[name] = token
    return found


@pytest.fixture(scope="module")
def world(service, fuzzed: tuple[str, CentralSettings]) -> Iterator[World]:
    """Made once per module: an applicant session costs two password hashings."""
    url, settings = fuzzed
    kiosk = FakeKiosk(service.url, name="Guichet fuzz")
    victim = FakeKiosk(service.url, name="Guichet victime")
    try:
        for device in (kiosk, victim):
            assert device.enroll(service.enrollment_code()).status_code == 200
        receiving = kiosk.seal()
        assert kiosk.put_manifest(receiving).status_code == 200
        deposited = kiosk.seal()
        kiosk.deposit(deposited)
        bearers = _bearers(settings, _applicant_session(kiosk, settings, DOCUMENT))
        # Logging out ends a session: that operation gets one of its own.
        spare = _bearers(settings, _applicant_session(kiosk, settings, DOCUMENT))
        yield World(url=url, service=service, kiosk=kiosk, victim_id=str(victim.device_id),
                    receiving=receiving, dossier_ids=[receiving.id, deposited.id, str(uuid.uuid4())],
                    bearers=bearers, logout_bearers=spare)
    finally:
        kiosk.client.close()
        victim.client.close()


@signed_schema.parametrize()
@FUZZ
def test_signed_and_authorised_requests(case: schemathesis.Case, world: World,
                                        session: requests.Session) -> None:
    steered = steer(case, world)
    response = case.call(base_url=world.url, session=session, auth=world.auth_for(case), timeout=20)
    case.validate_response(response, checks=CHECKS if steered else [*CHECKS, negative_data_rejection])


@schema.parametrize()
@FUZZ_UNSIGNED
def test_requests_without_credentials(case: schemathesis.Case, service, session: requests.Session) -> None:
    response = case.call(base_url=service.url, session=session, timeout=20)
    case.validate_response(response, checks=CHECKS)
    secured = case.operation.definition.raw.get("security", case.operation.schema.raw_schema.get("security"))
    if secured:
        assert response.status_code >= 400, (case.method, case.formatted_path, response.status_code)
