"""PINs: Argon2id hashes, never the PIN in clear; failures counted, each wait longer."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest

from kiosk.security import pins
from kiosk.security.pins import PinGuard, delay_after, hash_pin, verify_pin

FAST = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_argon2id_and_never_the_pin() -> None:
    encoded = hash_pin("482913")
    assert encoded.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "482913" not in encoded
    assert hash_pin("482913", **FAST) != hash_pin("482913", **FAST)  # salted
    assert verify_pin("482913", encoded)
    assert not verify_pin("482914", encoded)
    assert not verify_pin("482913", "not a hash")


def test_short_pin_refused() -> None:
    with pytest.raises(ValueError):
        hash_pin("123")


def test_wrong_pin_counted_and_delay_grows(tmp_path: Path) -> None:
    clock = Clock()
    guard = PinGuard(tmp_path, clock=clock)
    encoded = hash_pin("482913", **FAST)
    waits = []
    for expected in range(1, 6):
        result = guard.check("admin", "000000", encoded)
        assert not result.ok and result.failures == expected
        waits.append(result.wait_seconds)
        clock.now += result.wait_seconds
    assert waits[:2] == [0, 0]  # typos
    assert 0 < waits[2] < waits[3] < waits[4]
    assert delay_after(100) == pins.MAX_DELAY_SECONDS
    # Counted on disk, 0600, without the PIN.
    path = tmp_path / "pins.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["admin"]["failures"] == 5
    assert "000000" not in path.read_text() and "482913" not in path.read_text()
    # A new guard (kiosk restarted) remembers.
    assert PinGuard(tmp_path, clock=clock).state("admin").failures == 5


def test_too_early_try_is_not_even_checked(tmp_path: Path) -> None:
    clock = Clock()
    guard = PinGuard(tmp_path, clock=clock)
    encoded = hash_pin("482913", **FAST)
    for _ in range(3):
        result = guard.check("mediator", "000000", encoded)
    assert result.wait_seconds > 0
    early = guard.check("mediator", "482913", encoded)  # the right PIN, too soon
    assert not early.ok and early.failures == 3 and early.wait_seconds > 0
    clock.now += early.wait_seconds
    assert guard.check("mediator", "482913", encoded).ok
    assert guard.state("mediator").failures == 0  # reset by success
    assert guard.state("admin").failures == 0  # kinds counted apart


def test_right_pin_accepted_and_unconfigured_refused(tmp_path: Path) -> None:
    guard = PinGuard(tmp_path)
    encoded = hash_pin("482913", **FAST)
    assert guard.check("admin", "482913", encoded).ok
    missing = guard.check("admin", "482913", None)
    assert not missing.ok and not missing.configured


def test_module_prints_a_hash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert pins.main() == 0
    printed = capsys.readouterr().out.strip()
    assert printed.startswith("$argon2id$") and verify_pin("482913", printed)
