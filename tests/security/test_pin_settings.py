"""The settings of issue 6: idle timeout and countdown, mediator and admin PIN hashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_settings
from kiosk.security.pins import hash_pin

FAST = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ESCALE_CONFIG", raising=False)
    monkeypatch.setattr("kiosk.config.DEFAULT_CONFIG", tmp_path / "absent.toml")
    settings = load_settings(data_dir=str(tmp_path))
    assert settings.idle_timeout_seconds == 120 and settings.idle_countdown_seconds == 30
    assert settings.mediator_pin_hash is None and settings.admin_pin_hash is None


def test_file_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = hash_pin("927461", **FAST)
    config = tmp_path / "config.toml"
    config.write_text(f'idle_timeout_seconds = 90\nadmin_pin_hash = "{admin}"\n', encoding="utf-8")
    monkeypatch.setenv("ESCALE_IDLE_COUNTDOWN_SECONDS", "15")
    monkeypatch.setenv("ESCALE_MEDIATOR_PIN_HASH", hash_pin("5813", **FAST))
    settings = load_settings(config, data_dir=str(tmp_path))
    assert settings.idle_timeout_seconds == 90 and settings.idle_countdown_seconds == 15
    assert settings.admin_pin_hash == admin
    assert settings.mediator_pin_hash and settings.mediator_pin_hash.startswith("$argon2id$")


@pytest.mark.parametrize("text,key", [
    ("idle_timeout_seconds = 0", "idle_timeout_seconds"),
    ('idle_countdown_seconds = "soon"', "idle_countdown_seconds"),
    ('admin_pin_hash = "1234"', "admin_pin_hash"),  # a PIN in clear is refused
    ('mediator_pin_hash = "$2b$12$bcrypt"', "mediator_pin_hash"),
])
def test_wrong_values_named(tmp_path: Path, text: str, key: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_settings(config, data_dir=str(tmp_path))
