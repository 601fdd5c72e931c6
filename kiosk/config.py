"""One validated settings object: a TOML file (the site configuration) overridden by
environment variables. A wrong value stops the kiosk with the key at fault."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from kiosk.paths import default_data_dir

DEFAULT_CONFIG = Path("/etc/escale/config.toml")
MODES = ("assisted", "self_service")


class ConfigError(ValueError):
    """The configuration is wrong; the message names the key."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    central_url: str | None = None  # None: demo mode, a reference service on loopback
    site_name: str | None = None
    mode: str = "assisted"
    http_timeout_seconds: float = 15.0
    sync_interval_seconds: float = 30.0
    idle_timeout_seconds: float = 120.0  # without touch or key before "Êtes-vous toujours là ?"
    idle_countdown_seconds: float = 30.0  # the countdown before the session ends
    mediator_pin_hash: str | None = None  # Argon2id PHC strings (`kiosk pin-hash` makes one)
    admin_pin_hash: str | None = None
    resume_retention_days: int = 30  # a draft saved for later (resume code) is kept this long
    on_screen_keyboard: bool = False  # Qt Virtual Keyboard, for touch terminals (X11 only)


def _env(name: str) -> str | None:
    value = os.environ.get(f"ESCALE_{name.upper()}")
    return value if value not in (None, "") else None


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read `path` ($ESCALE_CONFIG, else /etc/escale/config.toml if present), then the
    ESCALE_* environment variables, then `overrides` (command-line flags)."""
    path = path or (Path(p) if (p := _env("config")) else None)
    raw: dict[str, Any] = {}
    if path is not None or DEFAULT_CONFIG.exists():
        source = path or DEFAULT_CONFIG
        try:
            raw = tomllib.loads(source.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{source}: {exc}") from None
    for key in ("data_dir", "central_url", "site_name", "mode", "http_timeout_seconds",
                "sync_interval_seconds", "idle_timeout_seconds", "idle_countdown_seconds",
                "mediator_pin_hash", "admin_pin_hash", "resume_retention_days",
                "on_screen_keyboard"):
        if (value := _env(key)) is not None:
            raw[key] = value
    raw.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(raw) - set(Settings.__dataclass_fields__)
    if unknown:
        raise ConfigError(f"unknown setting: {sorted(unknown)[0]}")
    return _validated(raw)


def _validated(raw: dict[str, Any]) -> Settings:
    data_dir = Path(raw.get("data_dir") or default_data_dir())
    central_url = raw.get("central_url")
    if central_url is not None:
        parsed = urlparse(str(central_url))
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ConfigError(f"central_url: not an http(s) URL: {central_url!r}")
        central_url = str(central_url).rstrip("/")
    mode = raw.get("mode", "assisted")
    if mode not in MODES:
        raise ConfigError(f"mode: {mode!r} is not one of {MODES}")
    numbers = {}
    for key in ("http_timeout_seconds", "sync_interval_seconds", "idle_timeout_seconds",
                "idle_countdown_seconds"):
        try:
            numbers[key] = float(raw.get(key, Settings.__dataclass_fields__[key].default))
        except (TypeError, ValueError):
            raise ConfigError(f"{key}: expected a number of seconds") from None
        if numbers[key] <= 0:
            raise ConfigError(f"{key}: must be positive")
    pins = {}
    for key in ("mediator_pin_hash", "admin_pin_hash"):
        value = raw.get(key)
        if value is not None and not str(value).startswith("$argon2id$"):
            raise ConfigError(f"{key}: expected an Argon2id hash (make one with `kiosk pin-hash`)")
        pins[key] = None if value is None else str(value)
    retention = raw.get("resume_retention_days", Settings.resume_retention_days)
    try:
        if isinstance(retention, (bool, float)):
            raise ValueError
        retention = int(retention)
    except (TypeError, ValueError):
        raise ConfigError("resume_retention_days: expected a whole number of days") from None
    if not 1 <= retention <= 365:
        raise ConfigError("resume_retention_days: must be between 1 and 365")
    keyboard = raw.get("on_screen_keyboard", False)
    if isinstance(keyboard, str) and keyboard.lower() in ("true", "1", "yes", "false", "0", "no"):
        keyboard = keyboard.lower() in ("true", "1", "yes")  # from the environment
    if not isinstance(keyboard, bool):
        raise ConfigError("on_screen_keyboard: expected true or false")
    return Settings(data_dir=data_dir, central_url=central_url, site_name=raw.get("site_name"),
                    mode=mode, **numbers, **pins, resume_retention_days=retention,
                    on_screen_keyboard=keyboard)
