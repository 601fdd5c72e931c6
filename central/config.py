"""The central service's settings: defaults, then ESCALE_CENTRAL_* environment
variables, then explicit overrides (command-line flags). A wrong value stops the
service with the setting at fault."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

ENV_PREFIX = "ESCALE_CENTRAL_"
MIN_ADMIN_TOKEN_LENGTH = 16
SmtpSecurity = Literal["none", "starttls", "tls"]
_SENDER = re.compile(r"[^\r\n]{0,200}<?[^@\s<>]+@[^@\s<>]+>?")


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
    # -- instruction (agents) ---------------------------------------------------------
    agent_token: str | None = None  # None: the /v1/instruction API is disabled
    prefecture_name: str = "Préfecture"  # printed on the attestation of favourable decision
    # -- mail: no smtp_host = demo mode, messages written as .eml files into mail_dir ---
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_security: SmtpSecurity = "none"  # "starttls" on 587, "tls" (implicit) on 465
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_sender: str = "Escale <ne-pas-repondre@escale.invalid>"
    mail_dir: Path | None = None  # None: "mail" beside storage_dir
    mail_retry_seconds: int = 30  # first delay after a failed delivery; doubles up to an hour
    # -- applicant accounts -----------------------------------------------------------
    account_code_ttl_seconds: int = 15 * 60
    account_code_max_attempts: int = 5
    login_max_failures: int = 5  # consecutive failures that lock an account...
    login_lockout_seconds: int = 15 * 60  # ...for this long
    session_ttl_seconds: int = 30 * 60
    # Argon2id (RFC 9106's second recommendation); stored hashes carry their own parameters
    password_memory_kib: int = 64 * 1024
    password_iterations: int = 3
    password_lanes: int = 4

    @property
    def mail_folder(self) -> Path:
        return self.mail_dir or self.storage_dir.parent / "mail"


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
    if url.drivername in ("postgresql", "postgres"):  # the driver the service ships with (psycopg 3)
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
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


def _token(raw: dict[str, Any], name: str) -> str | None:
    token = raw.get(name)
    if token is not None and len(str(token)) < MIN_ADMIN_TOKEN_LENGTH:
        raise ConfigError(f"{name}: must be at least {MIN_ADMIN_TOKEN_LENGTH} characters")
    return None if token is None else str(token)


def _mail(raw: dict[str, Any], data_dir: Path) -> dict[str, Any]:
    host = raw.get("smtp_host")
    if host is not None and not re.fullmatch(r"[A-Za-z0-9.:\[\]_-]{1,253}", str(host)):
        raise ConfigError(f"smtp_host: not a host name or address: {host!r}")
    port = _integer(raw, "smtp_port", 1)
    if port > 65535:
        raise ConfigError("smtp_port: must be at most 65535")
    security = str(raw.get("smtp_security", "none")).lower()
    if security not in ("none", "starttls", "tls"):
        raise ConfigError(f"smtp_security: none, starttls or tls, got {security!r}")
    username, password = raw.get("smtp_username"), raw.get("smtp_password")
    if (username is None) != (password is None):
        raise ConfigError("smtp_username and smtp_password go together")
    sender = str(raw.get("smtp_sender", CentralSettings.smtp_sender))
    if not _SENDER.fullmatch(sender):
        raise ConfigError(f"smtp_sender: not a mail address: {sender!r}")
    return {"smtp_host": None if host is None else str(host), "smtp_port": port, "smtp_security": security,
            "smtp_username": None if username is None else str(username),
            "smtp_password": None if password is None else str(password), "smtp_sender": sender,
            "mail_dir": Path(raw.get("mail_dir") or data_dir / "mail").expanduser(),
            "mail_retry_seconds": _integer(raw, "mail_retry_seconds", 1)}


def _accounts(raw: dict[str, Any]) -> dict[str, Any]:
    values = {name: _integer(raw, name, minimum) for name, minimum in (
        ("account_code_ttl_seconds", 60), ("account_code_max_attempts", 1), ("login_max_failures", 1),
        ("login_lockout_seconds", 1), ("session_ttl_seconds", 60), ("password_iterations", 1),
        ("password_lanes", 1), ("password_memory_kib", 8))}
    if values["password_memory_kib"] < 8 * values["password_lanes"]:
        raise ConfigError("password_memory_kib: Argon2 needs at least 8 KiB per lane")
    if values["password_lanes"] > 64:
        raise ConfigError("password_lanes: at most 64")
    return values


def _validated(raw: dict[str, Any]) -> CentralSettings:
    data_dir = Path(raw.get("data_dir") or default_data_dir()).expanduser()
    url = database_url(str(raw.get("database_url") or data_dir / "central.db"))
    token, agent_token = _token(raw, "admin_token"), _token(raw, "agent_token")
    if token is not None and token == agent_token:
        raise ConfigError("agent_token: must differ from admin_token (agents are not IT staff)")
    prefecture = str(raw.get("prefecture_name", CentralSettings.prefecture_name)).strip()
    if not 1 <= len(prefecture) <= 120:
        raise ConfigError("prefecture_name: 1 to 120 characters")
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
        admin_token=token,
        agent_token=agent_token,
        prefecture_name=prefecture,
        deposit_prefix=prefix,
        deposit_timezone=zone,
        enrollment_code_ttl_seconds=_integer(raw, "enrollment_code_ttl_seconds", 60),
        max_dossier_bytes=_integer(raw, "max_dossier_bytes", 1024),
        **_mail(raw, data_dir),
        **_accounts(raw),
    )
