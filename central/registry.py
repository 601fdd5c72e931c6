"""Kiosk devices: one-time enrollment codes, enrollment, revocation.

Codes are typed by IT staff on the kiosk, so they are short, unambiguous groups of
letters and digits (about 78 bits: out of reach of guessing). Only their SHA-256 is
stored; a code is spent by a conditional UPDATE, so two kiosks racing with one code
cannot both enroll.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlmodel import col, select, update

from central import audit
from central.db import Database
from central.models import Device, EnrollmentCode, utc_now

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud and typed
CODE_GROUPS, CODE_GROUP_LENGTH = 4, 4


class EnrollmentRefused(Exception):
    """The code is unknown, spent or expired (the message says which)."""


class InvalidPublicKey(ValueError):
    pass


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once; only its hash is kept
    expires_at: datetime


def new_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
              for _ in range(CODE_GROUPS))
    return "-".join(groups)


def code_hash(code: str) -> str:
    """Hash of the code as typed, forgiving case, spaces and dashes."""
    normal = "".join(code.split()).replace("-", "").upper()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def parse_public_key(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise InvalidPublicKey("public_key: expected a raw Ed25519 public key (32 bytes), base64") from None


class PublicKeys:
    """Devices' parsed public keys by device id, for the signature check. A device's key never
    changes (enrolling again makes a new device), so nothing here goes stale; whether the device
    is revoked is never cached: it is read from the database for every request."""

    MAX_ENTRIES = 4096

    def __init__(self) -> None:
        self._keys: dict[str, Ed25519PublicKey] = {}
        self._lock = threading.Lock()

    def get(self, device_id: str) -> Ed25519PublicKey | None:
        return self._keys.get(device_id)

    def of(self, device: Device) -> Ed25519PublicKey:
        key = self._keys.get(device.id)
        if key is None:
            key = parse_public_key(device.public_key)
            with self._lock:
                if len(self._keys) >= self.MAX_ENTRIES:
                    self._keys.clear()
                self._keys[device.id] = key
        return key


def create_enrollment_code(db: Database, ttl: timedelta, actor: str,
                           now: datetime | None = None) -> IssuedCode:
    now = now or utc_now()
    code = new_code()
    with db.transaction() as session:
        session.add(EnrollmentCode(code_hash=code_hash(code), created_at=now, expires_at=now + ttl))
        audit.record(session, actor, "enrollment_code.created", detail=f"expires {(now + ttl).isoformat()}",
                     at=now)
    return IssuedCode(code=code, expires_at=now + ttl)


def enroll(db: Database, code: str, name: str, public_key: str, now: datetime | None = None) -> Device:
    """Spend `code` and register a new device; raises EnrollmentRefused or InvalidPublicKey."""
    parse_public_key(public_key)  # before spending the code: a typo in the key must not burn it
    now = now or utc_now()
    digest = code_hash(code)
    with db.transaction() as session:
        row = session.get(EnrollmentCode, digest)
        if row is None:
            raise EnrollmentRefused("unknown enrollment code")
        if row.used_at is not None:
            raise EnrollmentRefused("this enrollment code was already used")
        if row.expires_at <= now:
            raise EnrollmentRefused("this enrollment code has expired; ask IT staff for a new one")
        device = Device(id=str(uuid.uuid4()), name=name, public_key=public_key, enrolled_at=now)
        spent = session.exec(
            update(EnrollmentCode)
            .where(col(EnrollmentCode.code_hash) == digest, col(EnrollmentCode.used_at).is_(None))
            .values(used_at=now, device_id=device.id))
        if spent.rowcount != 1:
            raise EnrollmentRefused("this enrollment code was already used")
        session.add(device)
        audit.record(session, audit.device_actor(device.id), "device.enrolled", target=device.id, at=now)
    return device


def find_device(db: Database, device_id: str) -> Device | None:
    with db.reading() as session:
        return session.get(Device, device_id)


def list_devices(db: Database) -> list[Device]:
    with db.reading() as session:
        return list(session.exec(select(Device).order_by(col(Device.enrolled_at), col(Device.id))))


def revoke(db: Database, device_id: str, actor: str, now: datetime | None = None) -> Device | None:
    """Revoke the device (idempotent: the first revocation time stays); None if unknown."""
    now = now or utc_now()
    with db.transaction() as session:
        device = session.get(Device, device_id)
        if device is None:
            return None
        if device.revoked_at is None:
            device.revoked_at = now
            session.add(device)
            audit.record(session, actor, "device.revoked", target=device_id, at=now)
        return device
