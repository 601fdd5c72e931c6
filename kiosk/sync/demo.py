"""Demo mode: with no central service configured, the kiosk runs the reference one on
loopback, with its database, chunk files and keys under `<data_dir>/demo-central/`, and
enrolls itself with it. Dossiers then go all the way to a receipt on one machine.

The service is imported lazily: a kiosk with a configured central service never loads it.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from kiosk.sync.client import enroll_kiosk
from kiosk.sync.keys import CentralTrust

if TYPE_CHECKING:
    from central.config import CentralSettings
    from central.server import BackgroundServer

log = logging.getLogger(__name__)

DEMO_DIR = "demo-central"
ENROLL_TIMEOUT = httpx.Timeout(30.0)


def demo_dir(data_dir: Path) -> Path:
    return data_dir / DEMO_DIR


class DemoCentral:
    """The reference central service on 127.0.0.1 (a free port), for this kiosk only."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._server: BackgroundServer | None = None

    @property
    def url(self) -> str | None:
        return self._server.url if self._server is not None else None

    def start(self) -> str:
        """Start the service (its keys are made on the first start) and return its URL."""
        if self._server is not None:
            return self._server.url
        from central.app import create_app
        from central.server import BackgroundServer

        server = BackgroundServer(create_app(self._settings()))
        server.start()
        self._server = server
        log.info("demo central service on %s", server.url)
        return server.url

    def enroll(self, device_name: str) -> CentralTrust:
        """This kiosk's enrollment with the demo service: the saved one if it is for this
        service, else a new one (a code made straight in the service's database)."""
        url = self.start()
        trust = CentralTrust.load(self.data_dir)
        if trust is not None and self.is_demo_trust(trust):
            return trust
        from central import registry
        from central.db import Database

        db = Database.open(self._settings().database_url)
        try:
            code = registry.create_enrollment_code(db, timedelta(minutes=5), "demo").code
        finally:
            db.close()
        trust = enroll_kiosk(self.data_dir, url, code, device_name, timeout=ENROLL_TIMEOUT)
        log.info("enrolled with the demo central service as device %s", trust.device_id)
        return trust

    def is_demo_trust(self, trust: CentralTrust) -> bool:
        """True if `trust` is an enrollment with this demo service (same signing key)."""
        from central.keys import load_or_create_keys

        key_dir = self._settings().key_dir
        if not key_dir.is_dir():  # never started here: do not make keys just to compare them
            return False
        keys = load_or_create_keys(key_dir)
        return keys.signing_public == trust.signing_key_b64()

    def _settings(self) -> CentralSettings:
        """Everything under the demo folder, whatever ESCALE_CENTRAL_* says: those
        variables configure a real service, not this one."""
        from central.config import load_central_settings

        root = demo_dir(self.data_dir)
        return load_central_settings(data_dir=str(root), database_url=str(root / "central.db"),
                                     storage_dir=str(root / "storage"), key_dir=str(root / "keys"))

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
