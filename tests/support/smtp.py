"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, and a central
service whose mail goes to it.

- `SmtpSink`: start / stop (to play "the mail server is down") on a fixed port; `wait_for`
  a message to an address; `code_in` a message's one-time code.
- `mailed_service(...)`: `create_app` + `BackgroundServer` with the sink as SMTP server,
  an agent token and cheap Argon2id parameters (fast tests), as a `MailedService` that
  also quacks like tests/central/conftest.py's `Service` (url, settings, central, admin,
  enrollment_code), so the conftest's `new_kiosk` / `kiosk` fixtures enroll on it.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from central.app import create_app
from central.config import CentralSettings
from central.context import Central
from central.online import Online
from central.server import BackgroundServer
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.protocol.models import SignedManifest, canonical_json

ADMIN_TOKEN = "admin-token-for-online-tests-0123456789"
AGENT_TOKEN = "agent-token-for-online-tests-0123456789"
FAST_PASSWORDS = {"password_memory_kib": 64, "password_iterations": 1, "password_lanes": 1}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, _server: Any, _session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        message = message_from_bytes(content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self.sink.lock:
            self.sink.messages.append(message)
            self.sink.envelopes.append((envelope.mail_from or "", list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpSink:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.lock = threading.Lock()
        self._controller: Controller | None = None

    def start(self) -> SmtpSink:
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if m["To"] == address]

    def wait_for(self, address: str, count: int = 1, timeout: float = 15.0) -> list[EmailMessage]:
        """The first `count` messages to `address`, waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.to(address)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(found)} message(s) to {address} after {timeout} s, "
                                     f"{count} expected")
            time.sleep(0.05)


def body_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def code_in(message: EmailMessage) -> str:
    found = re.search(r"\b([0-9]{8})\b", body_of(message))
    assert found, "no one-time code in the message"
    return found.group(1)


@dataclass
class MailedService:
    url: str
    settings: CentralSettings
    central: Central
    online: Online
    sink: SmtpSink
    _admin: httpx.Client | None = None

    def admin(self, token: str | None = ADMIN_TOKEN) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10)

    def agent(self, token: str | None = AGENT_TOKEN) -> httpx.Client:
        return self.admin(token)

    def enrollment_code(self) -> str:
        if self._admin is None:  # one client: making an httpx client costs ~0.2 s (its TLS context)
            self._admin = self.admin()
        response = self._admin.post("/v1/admin/enrollment-codes")
        assert response.status_code == 201, response.text
        return str(response.json()["code"])

    def close(self) -> None:
        if self._admin is not None:
            self._admin.close()


def online_settings(root: Path, key_dir: Path, database_url: str, smtp_port: int,
                    **changes: Any) -> CentralSettings:
    values: dict[str, Any] = {
        "database_url": database_url, "storage_dir": root / "storage", "key_dir": key_dir,
        "admin_token": ADMIN_TOKEN, "agent_token": AGENT_TOKEN,
        "smtp_host": "127.0.0.1", "smtp_port": smtp_port,
        "mail_dir": root / "mail", "mail_retry_seconds": 1, "login_max_failures": 3,
        "prefecture_name": "Préfecture de test", **FAST_PASSWORDS}
    return CentralSettings(**(values | changes))


def mailed_service_fixture(name: str) -> Any:
    """A test module's `service` fixture: the central service with a real SMTP sink, one per
    module and database (`database`: SQLite, and PostgreSQL when there is one)."""

    @pytest.fixture(scope="module", params=["sqlite", "postgresql"])
    def service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                key_dir: Path) -> Iterator[MailedService]:
        root = tmp_path_factory.mktemp(f"{name}-{request.param}")
        with database(request, root) as url, mailed_service(root, key_dir, url) as running:
            yield running

    return service


@contextmanager
def mailed_service(root: Path, key_dir: Path, database_url: str, **changes: Any) -> Iterator[MailedService]:
    sink = SmtpSink().start()
    try:
        port = changes.pop("smtp_port", sink.port)
        settings = online_settings(root, key_dir, database_url, port, **changes)
        app = create_app(settings)
        with BackgroundServer(app) as server:
            running = MailedService(url=server.url, settings=settings, central=app.state.central,
                                    online=app.state.online, sink=sink)
            try:
                yield running
            finally:
                running.close()
    finally:
        sink.stop()


@contextmanager
def database(request: Any, root: Path) -> Iterator[str]:
    """A new database for `request.param` ("sqlite": a file under `root`; "postgresql": a fresh
    database on the conftest's `postgres` server, which skips without one)."""
    if request.param == "sqlite":
        yield f"sqlite:///{root / 'central.db'}"
        return
    server = request.getfixturevalue("postgres")
    with server.database() as url:
        yield url


# -- an applicant at a (test-side) kiosk ------------------------------------------------------
def new_foreigner_number() -> str:
    return "".join(random.choice("0123456789") for _ in range(10))


@dataclass
class Applicant:
    """Someone at `kiosk` (a conftest FakeKiosk) using the account calls, as JSON over signed requests."""

    kiosk: Any
    sink: SmtpSink
    foreigner_number: str = field(default_factory=new_foreigner_number)
    document_number: str = field(default_factory=lambda: "VIS" + new_foreigner_number())
    email: str = field(default_factory=lambda: f"demandeur-{uuid.uuid4().hex[:12]}@example.test")
    password: str = "correct horse battery staple"
    token: str | None = None

    def call(self, method: str, path: str, payload: Any = None, *, token: str | None = None,
             kiosk: Any = None) -> httpx.Response:
        body = b"" if payload is None else json.dumps(payload).encode()
        headers = {} if payload is None else {"Content-Type": "application/json"}
        if token or self.token:
            headers["Authorization"] = f"Bearer {token or self.token}"
        return (kiosk or self.kiosk).send(method, path, body, headers=headers)

    def create(self, **changes: Any) -> httpx.Response:
        return self.call("POST", "/v1/accounts", {
            "foreigner_number": self.foreigner_number, "document_kind": "visa",
            "document_number": self.document_number, "email": self.email} | changes)

    def mailed_code(self, count: int = 1) -> str:
        return code_in(self.sink.wait_for(self.email, count)[count - 1])

    def activate(self, code: str | None = None, password: str | None = None) -> httpx.Response:
        return self.call("POST", "/v1/accounts/activate", {
            "foreigner_number": self.foreigner_number, "code": code or self.mailed_code(),
            "password": password or self.password})

    def login(self, password: str | None = None, kiosk: Any = None) -> httpx.Response:
        credentials = {"foreigner_number": self.foreigner_number, "password": password or self.password}
        response = self.call("POST", "/v1/accounts/login", credentials, kiosk=kiosk)
        if response.status_code == 200:
            self.token = response.json()["session_token"]
        return response

    def sign_up(self) -> Applicant:
        """Create, activate with the mailed code, log in."""
        assert self.create().status_code == 202
        assert self.activate().status_code == 200
        assert self.login().status_code == 200
        return self

    def notifications(self) -> list[dict[str, Any]]:
        response = self.call("GET", "/v1/applicant/notifications")
        assert response.status_code == 200, response.text
        return list(response.json()["notifications"])


# -- dossiers sealed by a test-side kiosk, and the agent -----------------------------------
def answers_json(foreigner_number: str | None, **changes: Any) -> bytes:
    """Answers as the kiosk seals them ({"answers": {dotted keys}, procedure...}), with this
    foreigner number (None: without one)."""
    answers = {**DEMO_ANSWERS, "identity.foreigner_number": foreigner_number, **changes}
    answers = {key: value for key, value in answers.items() if value is not None}
    return canonical_json({"answers": answers, "procedure_id": "eu_family_renewal", "procedure_version": 1})


def documents(*requirements: str) -> dict[str, bytes]:
    return {f"{code}/01-document.pdf": b"%PDF-1.7\n" + os.urandom(3000) for code in requirements}


def deposit(kiosk: Any, foreigner_number: str | None, *requirements: str, **changes: Any) -> str:
    """A dossier sealed and deposited by `kiosk` (a conftest FakeKiosk); its id."""
    files = {"answers.json": answers_json(foreigner_number, **changes),
             **documents(*(requirements or ("passport", "proof_of_address")))}
    sealed = kiosk.seal(files)
    kiosk.deposit(sealed)
    return str(sealed.id)


def seal_complement(kiosk: Any, parent_id: str, foreigner_number: str | None, *requirements: str) -> Any:
    """A sealed complement of `parent_id` (Manifest.complement_of), signed by `kiosk`."""
    sealed = kiosk.seal({"answers.json": answers_json(foreigner_number), **documents(*requirements)})
    manifest = sealed.signed.manifest.model_copy(update={"complement_of": parent_id})
    sealed.signed = SignedManifest(manifest=manifest, signature=kiosk.sign_b64(manifest.canonical_bytes()))
    return sealed


@dataclass
class Agent:
    """The instruction API with the agent token (one client: close it)."""

    service: MailedService

    def __post_init__(self) -> None:
        self.client = self.service.agent()

    def close(self) -> None:
        self.client.close()

    def post(self, dossier_id: str, action: str, payload: Any = None) -> httpx.Response:
        return self.client.post(f"/v1/instruction/dossiers/{dossier_id}/{action}", json=payload)

    def review(self, dossier_id: str) -> httpx.Response:
        return self.post(dossier_id, "review")

    def request_complement(self, dossier_id: str, *codes: str,
                           reason: str = "Pièce illisible") -> httpx.Response:
        return self.post(dossier_id, "complement-requests", {"requirements": list(codes), "reason": reason})

    def decide(self, dossier_id: str, decision: str, reason: str | None = None) -> httpx.Response:
        payload = {"decision": decision} | ({"reason": reason} if reason else {})
        return self.post(dossier_id, "decision", payload)

    def get(self, dossier_id: str) -> dict[str, Any]:
        response = self.client.get(f"/v1/instruction/dossiers/{dossier_id}")
        assert response.status_code == 200, response.text
        return dict(response.json())

    def state(self, dossier_id: str) -> str:
        return str(self.get(dossier_id)["state"])
