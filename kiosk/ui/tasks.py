"""Running a blocking call (network, PDF) off the GUI thread (ARCHITECTURE rule 7): the
call runs in Qt's global thread pool; its result or its exception comes back to the GUI
thread through a queued signal, so the callbacks may touch widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    def __init__(self, call: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.call = call
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as exc:  # handed to the GUI thread, which says what went wrong
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Background(QObject):
    """Starts calls and keeps their relays alive until they answer; `busy` tells the
    screens to disable their buttons meanwhile (one call at a time per screen)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, call: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> None:
        relay = _Relay(self)  # lives in the GUI thread: its signals are delivered there

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)
            handler(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_failed, exc))
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Call(call, relay))
