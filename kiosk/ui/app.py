"""Starting the GUI: the application, its style, the store, the main window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, Settings, load_settings
from kiosk.store.dossiers import DossierStore
from kiosk.ui.appearance import DEFAULT as DEFAULT_APPEARANCE
from kiosk.ui.appearance import apply_appearance
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sync_service import SyncService

if TYPE_CHECKING:
    from kiosk.sync.online import OnlineClient
    from kiosk.sync.runtime import SyncRuntime
    from kiosk.sync.worker import SyncEngine


def apply_style(app: QApplication) -> None:
    """The kiosk's style sheet at the default text size and theme (kiosk.ui.appearance)."""
    apply_appearance(app, DEFAULT_APPEARANCE)


class LazyRuntime:
    """The sync runtime, imported and built on the first pass, in the sync thread: the
    first screen does not wait for the HTTP client, and demo mode starts its service
    off the GUI thread."""

    def __init__(self, settings: Settings, store: DossierStore) -> None:
        self.settings = settings
        self.store = store
        self.runtime: SyncRuntime | None = None
        self._lock = threading.Lock()

    def engine(self) -> SyncEngine | None:
        return self._runtime().engine()

    def online_client(self) -> OnlineClient | None:
        return self._runtime().online_client()

    def _runtime(self) -> SyncRuntime:
        with self._lock:
            if self.runtime is None:
                from kiosk.sync.runtime import SyncRuntime

                self.runtime = SyncRuntime(self.settings, self.store)
            return self.runtime

    def close(self) -> None:
        if self.runtime is not None:
            self.runtime.close()


def _trust_store(settings: Settings) -> object:
    """2D-Doc certificates; the specification's test authority only in demo mode."""
    from kiosk.scanning.trust import TrustStore

    return TrustStore.load(settings.data_dir, include_test_authority=settings.central_url is None)


WINDOW_SIZE = QSize(1280, 900)  # the assisted kiosk's window, where the screen has room for it


def _window_size(app: QApplication) -> QSize:
    """WINDOW_SIZE, within the screen's room: a 1280×800 terminal with no window manager
    to fit the window would otherwise lose its bottom bar (Retour, Continuer) off screen."""
    screen = app.primaryScreen()
    return WINDOW_SIZE if screen is None else WINDOW_SIZE.boundedTo(screen.availableGeometry().size())


def run_gui(data_dir: Path | None = None, mode: str | None = None, *,
            quit_when_shown: bool = False) -> int:
    try:
        settings = load_settings(data_dir=data_dir, mode=mode)
    except ConfigError as exc:
        print(f"kiosk: configuration: {exc}", file=sys.stderr)
        return 2
    if settings.on_screen_keyboard and QApplication.instance() is None:
        from kiosk.ui.onscreen_keyboard import request

        request()  # read by Qt when the application starts
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Escale")
    apply_style(app)
    store = DossierStore(settings.data_dir)
    runtime = LazyRuntime(settings, store)
    sync = None if quit_when_shown else SyncService(
        runtime.engine, interval_ms=int(settings.sync_interval_seconds * 1000))
    window = MainWindow(store, sync=sync, online=runtime.online_client, settings=settings)
    window.trust_store = lambda: _trust_store(settings)
    window.resize(_window_size(app))
    if settings.mode == "self_service":
        window.showFullScreen()  # frameless, locked down (lockdown.py)
    else:
        window.show()
    if sync is not None:
        sync.start()
    if quit_when_shown:
        def quit_now() -> None:  # runs once the first screen has been laid out and shown
            if window.lockdown is not None:
                window.lockdown.grant_exit()  # a smoke test, not a way out
            app.quit()

        QTimer.singleShot(0, quit_now)
    try:
        return app.exec()
    finally:
        if sync is None or sync.shutdown():
            runtime.close()  # else a pass is still sending: the process exit ends it
        store.close()
