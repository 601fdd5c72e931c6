"""The central service's settings: defaults, then ESCALE_CENTRAL_* environment
variables, then explicit overrides (command-line flags). A wrong value stops the
service with the setting at fault."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ENV_PREFIX = "ESCALE_CENTRAL_"
MIN_ADMIN_TOKEN_LENGTH = 16


class ConfigError(ValueError):
    """The configuration is wrong; the message names the setting."""


@dataclass(frozen=True)
class CentralSettings:
    database_url: str
    storage_dir: Path  # chunk files of the dossiers (ciphertext only)
    key_dir: Path  # the service's private keys, 0700
    admin_token: str | None = None  # None: the /v1/admin API is disabled (the CLI still works)
    deposit_prefix: str = "ESC"
    deposit_timezone: str = "Europe/Paris"  # the year of a deposit number is the local one
    enrollment_code_ttl_seconds: int = 24 * 3600
    max_dossier_bytes: int = 1024 * 1024 * 1024  # ciphertext of all the files of one dossier


def default_data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "escale-central"


def database_url(value: str) -> str:
    """A database URL, or a plain path taken as an SQLite file."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    try:
        url = make_url(value)
    except ArgumentError:
        raise ConfigError(f"database_url: not a database URL: {value!r}") from None
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        # Each pooled connection would see its own empty database.
        raise ConfigError("database_url: an in-memory SQLite database cannot serve; give a file")
    return value


def load_central_settings(**overrides: Any) -> CentralSettings:
    """Build the settings from ESCALE_CENTRAL_* variables and `overrides` (None = unset).

    `data_dir` (not a field) gives the defaults of the database, storage and key
    locations: $ESCALE_CENTRAL_DATA_DIR, else the XDG data home.
    """
    names = {f.name for f in fields(CentralSettings)} | {"data_dir"}
    raw: dict[str, Any] = {}
    for name in names:
        value = os.environ.get(ENV_PREFIX + name.upper())
        if value not in (None, ""):
            raw[name] = value
    unknown = set(overrides) - names
    if unknown:
        raise ConfigError(f"unknown setting: {sorted(unknown)[0]}")
    raw.update({k: v for k, v in overrides.items() if v is not None})
    return _validated(raw)


def _integer(raw: dict[str, Any], name: str, minimum: int) -> int:
    default = CentralSettings.__dataclass_fields__[name].default
    try:
        value = int(raw.get(name, default))
    except (TypeError, ValueError):
        raise ConfigError(f"{name}: expected an integer") from None
    if value < minimum:
        raise ConfigError(f"{name}: must be at least {minimum}")
    return value


def _validated(raw: dict[str, Any]) -> CentralSettings:
    data_dir = Path(raw.get("data_dir") or default_data_dir()).expanduser()
    url = database_url(str(raw.get("database_url") or data_dir / "central.db"))
    token = raw.get("admin_token")
    if token is not None and len(str(token)) < MIN_ADMIN_TOKEN_LENGTH:
        raise ConfigError(f"admin_token: must be at least {MIN_ADMIN_TOKEN_LENGTH} characters")
    prefix = str(raw.get("deposit_prefix", "ESC"))
    if not re.fullmatch(r"[A-Z]{2,8}", prefix):
        raise ConfigError(f"deposit_prefix: 2 to 8 capital letters, got {prefix!r}")
    zone = str(raw.get("deposit_timezone", "Europe/Paris"))
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"deposit_timezone: unknown time zone {zone!r}") from None
    return CentralSettings(
        database_url=url,
        storage_dir=Path(raw.get("storage_dir") or data_dir / "storage").expanduser(),
        key_dir=Path(raw.get("key_dir") or data_dir / "keys").expanduser(),
        admin_token=None if token is None else str(token),
        deposit_prefix=prefix,
        deposit_timezone=zone,
        enrollment_code_ttl_seconds=_integer(raw, "enrollment_code_ttl_seconds", 60),
        max_dossier_bytes=_integer(raw, "max_dossier_bytes", 1024),
    )
