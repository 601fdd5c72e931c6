"""Mediator and admin PINs: Argon2id hashes (the central service's parameters, PHC strings)
and failures counted on disk, each one past the first few making the next try wait longer.

Make a hash for the site configuration (`mediator_pin_hash`, `admin_pin_hash`):

    kiosk pin-hash            (asks twice, no echo; or: printf '%s' 123456 | kiosk pin-hash --stdin)
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# As central/accounts_crypto.PasswordPolicy with central/config.py's defaults.
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 4
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PIN_LENGTH = 4
FREE_FAILURES = 2  # typos: no wait before the third try
MAX_DELAY_SECONDS = 900.0
KINDS = ("mediator", "admin")


def hash_pin(pin: str, *, memory_kib: int = MEMORY_KIB, iterations: int = ITERATIONS,
             lanes: int = LANES) -> str:
    if len(pin) < MIN_PIN_LENGTH:
        raise ValueError(f"a PIN has at least {MIN_PIN_LENGTH} characters")
    kdf = Argon2id(salt=secrets.token_bytes(SALT_BYTES), length=HASH_BYTES, iterations=iterations,
                   lanes=lanes, memory_cost=memory_kib)
    return kdf.derive_phc_encoded(pin.encode("utf-8"))


def verify_pin(pin: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(pin.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try: none for the first typos, then doubling."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(5.0 * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_SECONDS)


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    failures: int = 0  # consecutive failures counted so far
    wait_seconds: float = 0.0  # before the next try is even looked at
    configured: bool = True


class PinGuard:
    """Checks PINs; failures and the time of the next allowed try in <data_dir>/pins.json (0600),
    so restarting the kiosk does not reset them."""

    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = data_dir / "pins.json"
        self.clock = clock

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, dict[str, float]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def state(self, kind: str) -> PinCheck:
        """Where `kind` stands now, without a try."""
        entry = self._load().get(kind, {})
        failures = int(entry.get("failures", 0))
        wait = max(0.0, float(entry.get("next_try", 0.0)) - self.clock())
        return PinCheck(ok=False, failures=failures, wait_seconds=wait)

    def check(self, kind: str, pin: str, encoded: str | None) -> PinCheck:
        if kind not in KINDS:
            raise ValueError(f"unknown PIN kind {kind!r}")
        if encoded is None:
            return PinCheck(ok=False, configured=False)
        data = self._load()
        entry = data.get(kind, {})
        failures = int(entry.get("failures", 0))
        now = self.clock()
        wait = float(entry.get("next_try", 0.0)) - now
        if wait > 0:  # too early: not even looked at, not counted
            return PinCheck(ok=False, failures=failures, wait_seconds=wait)
        if verify_pin(pin, encoded):
            if kind in data:
                del data[kind]
                self._save(data)
            return PinCheck(ok=True)
        failures += 1
        delay = delay_after(failures)
        data[kind] = {"failures": failures, "next_try": now + delay}
        self._save(data)
        return PinCheck(ok=False, failures=failures, wait_seconds=delay)


def main() -> int:
    """Read a PIN on standard input, print its hash."""
    pin = sys.stdin.readline().strip()
    try:
        print(hash_pin(pin))
    except ValueError as exc:
        print(f"pins: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
