"""`central` commands: serve, and the IT commands that act on the database directly.

Wired into `kiosk` by kiosk/cli.py (`add_central_parser`, `run_central`); also runs alone
as `python -m central`. Machine commands print JSON lines, exit 0 on success and 2 on bad
input with a one-line reason on standard error.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from central import audit, registry
from central.config import CentralSettings, ConfigError, load_central_settings
from central.db import Database
from central.dossiers import dossier_summaries
from central.keys import KeyFileError
from central.migrations import MigrationError
from kiosk.protocol.models import UUID_PATTERN

EXIT_BAD_INPUT = 2
DEFAULT_PORT = 8700


class BadInput(Exception):
    """Input we refuse, with a one-line reason."""


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}")
    return value


def _database_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--db", metavar="URL", default=default,
                        help="database URL (sqlite:///PATH, postgresql://...) or an SQLite file path "
                             "[$ESCALE_CENTRAL_DATABASE_URL]")


def configure_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the `central` options and subcommands to `parser`."""
    _database_option(parser, None)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback)")
    parser.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    parser.add_argument("--storage", type=Path,
                        help="folder of the chunk files [$ESCALE_CENTRAL_STORAGE_DIR]")
    parser.add_argument("--keys", type=Path, help="folder of the service's keys [$ESCALE_CENTRAL_KEY_DIR]")
    commands = parser.add_subparsers(dest="central_command", metavar="COMMAND")
    # SUPPRESS: `central dossiers --db X` and `central --db X dossiers` both work, and a
    # subcommand's unset option does not overwrite the one given before it.
    dossiers = commands.add_parser("dossiers", help="one JSON line per received dossier")
    _database_option(dossiers, argparse.SUPPRESS)
    code = commands.add_parser("enroll-code", help="make a one-time enrollment code for a kiosk")
    _database_option(code, argparse.SUPPRESS)
    code.add_argument("--ttl-hours", type=float, default=None, help="validity (default: 24 h)")
    devices = commands.add_parser("devices", help="one JSON line per enrolled device")
    _database_option(devices, argparse.SUPPRESS)
    revoke = commands.add_parser("revoke", help="revoke a kiosk: it gets 403 on every call")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    _database_option(revoke, argparse.SUPPRESS)
    return parser


def add_central_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `central` to the `subparsers` of a command line (argparse `add_subparsers()`)."""
    return configure_parser(subparsers.add_parser(
        "central", help="the reference central service (serve, dossiers, enroll-code, devices, revoke)"))


def _settings(args: argparse.Namespace) -> CentralSettings:
    return load_central_settings(database_url=getattr(args, "db", None),
                                 storage_dir=getattr(args, "storage", None),
                                 key_dir=getattr(args, "keys", None))


def _open_existing(settings: CentralSettings) -> Database:
    """The database, which must already exist: a typo in a path must not make a new one."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).is_file():
        raise BadInput(f"no database at {url.database}")
    return Database.open(settings.database_url)


def _print(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, default=str), flush=True)


def _dossiers(settings: CentralSettings) -> None:
    db = _open_existing(settings)
    try:
        for summary in dossier_summaries(db):
            _print(summary)
    finally:
        db.close()


def _enroll_code(settings: CentralSettings, ttl_hours: float | None) -> None:
    seconds = settings.enrollment_code_ttl_seconds if ttl_hours is None else ttl_hours * 3600
    if not 60 <= seconds <= 30 * 24 * 3600:
        raise BadInput("--ttl-hours: between one minute and 30 days")
    db = Database.open(settings.database_url)
    try:
        issued = registry.create_enrollment_code(db, timedelta(seconds=seconds), audit.CLI)
    finally:
        db.close()
    _print({"code": issued.code, "expires_at": issued.expires_at.isoformat()})


def _devices(settings: CentralSettings) -> None:
    db = _open_existing(settings)
    try:
        for device in registry.list_devices(db):
            _print({"id": device.id, "name": device.name, "enrolled_at": device.enrolled_at.isoformat(),
                    "revoked_at": device.revoked_at.isoformat() if device.revoked_at else None})
    finally:
        db.close()


def _revoke(settings: CentralSettings, device_id: str) -> None:
    if not re.fullmatch(UUID_PATTERN, device_id):
        raise BadInput(f"not a device id: {device_id!r}")
    db = _open_existing(settings)
    try:
        device = registry.revoke(db, device_id, audit.CLI)
    finally:
        db.close()
    if device is None:
        raise BadInput(f"no device {device_id}")
    assert device.revoked_at is not None
    _print({"id": device.id, "revoked_at": device.revoked_at.isoformat()})


def _serve(settings: CentralSettings, host: str, port: int) -> None:
    import uvicorn

    from central.app import create_app

    # The service's own lines (ids and states only) beside uvicorn's, on standard error.
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    uvicorn.run(create_app(settings), host=host, port=port, server_header=False, log_level="info")


def run_central(args: argparse.Namespace) -> int:
    """Run the `central` command parsed by `add_central_parser`; returns the exit status."""
    command = getattr(args, "central_command", None)
    try:
        settings = _settings(args)
        if command == "dossiers":
            _dossiers(settings)
        elif command == "enroll-code":
            _enroll_code(settings, args.ttl_hours)
        elif command == "devices":
            _devices(settings)
        elif command == "revoke":
            _revoke(settings, args.device_id)
        else:
            _serve(settings, args.host, args.port)
    except (BadInput, ConfigError, KeyFileError, MigrationError) as exc:
        print(f"central: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SQLAlchemyError as exc:  # unreachable or refused database: one line, not a traceback
        reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
        print(f"central: database: {reason}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def main(argv: list[str] | None = None, prog: str = "python -m central") -> int:
    parser = configure_parser(argparse.ArgumentParser(prog=prog,
                                                      description="Escale reference central service"))
    return run_central(parser.parse_args(argv))
