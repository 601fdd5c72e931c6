"""Where this kiosk sends its dossiers, and the SyncEngine that does it, from Settings.

- `central_url` configured: that service; the kiosk must have been enrolled with it
  (`kiosk enroll CODE`); until then dossiers wait, `ready` and encrypted at rest.
- nothing configured but an enrollment saved (`kiosk enroll CODE --central URL`): the
  service of that enrollment.
- nothing at all: demo mode, the reference service on loopback (kiosk/sync/demo.py).
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import httpx

from kiosk.config import Settings
from kiosk.store.dossiers import DossierStore
from kiosk.sync.client import CentralClient
from kiosk.sync.demo import DemoCentral
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.online import OnlineClient
from kiosk.sync.worker import SyncEngine


def device_name(settings: Settings) -> str:
    """What IT staff see in the device list: the site's name, else the host's."""
    return (settings.site_name or socket.gethostname() or "Escale")[:80]


class SyncRuntime:
    """Builds the engine once (it may start the demo service), then keeps it."""

    def __init__(self, settings: Settings, store: DossierStore) -> None:
        self.settings = settings
        self.store = store
        self.demo: DemoCentral | None = None
        self._engine: SyncEngine | None = None
        self._lock = threading.Lock()

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir

    @property
    def is_demo(self) -> bool:
        if self.settings.central_url is not None:
            return False
        trust = CentralTrust.load(self.data_dir)
        return trust is None or DemoCentral(self.data_dir).is_demo_trust(trust)

    def engine(self) -> SyncEngine | None:
        """The engine, or None while the kiosk is not enrolled with its configured service."""
        if self._engine is not None:
            return self._engine
        trust, base_url = self._trust_and_url()
        if trust is None or base_url is None:
            return None
        device = DeviceIdentity.load_or_create(self.data_dir)
        timeout = httpx.Timeout(self.settings.http_timeout_seconds)
        client = CentralClient(base_url, device, trust.device_id, timeout=timeout)
        self._engine = SyncEngine(self.store, self.data_dir, device, trust, client,
                                  site_name=self.settings.site_name)
        return self._engine

    def online_client(self) -> OnlineClient | None:
        """A client for the applicant's online calls (its own connection: it runs in
        another thread than the engine's), or None while the kiosk is not enrolled."""
        trust, base_url = self._trust_and_url()
        if trust is None or base_url is None:
            return None
        device = DeviceIdentity.load_or_create(self.data_dir)
        timeout = httpx.Timeout(self.settings.http_timeout_seconds)
        return OnlineClient(CentralClient(base_url, device, trust.device_id, timeout=timeout))

    def _trust_and_url(self) -> tuple[CentralTrust | None, str | None]:
        with self._lock:  # the sync thread and an online call may both start demo mode
            return self._find_trust_and_url()

    def _find_trust_and_url(self) -> tuple[CentralTrust | None, str | None]:
        trust = CentralTrust.load(self.data_dir)
        if self.settings.central_url is not None:
            return trust, self.settings.central_url  # a proxy path may differ from the enrollment's
        if trust is not None and not DemoCentral(self.data_dir).is_demo_trust(trust):
            return trust, trust.base_url
        self.demo = self.demo or DemoCentral(self.data_dir)
        trust = self.demo.enroll(device_name(self.settings))
        return trust, self.demo.url

    def close(self) -> None:
        if self._engine is not None:
            self._engine.client.close()
            self._engine = None
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    def __enter__(self) -> SyncRuntime:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
