"""The window with its real background sync: in demo mode (no central service configured)
the kiosk runs the reference service on loopback, so a dossier deposited at the kiosk goes
all the way to a receipt, and the confirmation screen then shows the deposit number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.files import make_pdf

from kiosk.config import load_settings
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.deposit.session import DepositSession
from kiosk.store.dossiers import DossierStore
from kiosk.sync.runtime import SyncRuntime
from kiosk.ui.app import apply_style
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sync_service import SyncService

DOCUMENTS = ["passport", "proof_of_address", "other_state_residence_card", "marriage_certificate",
             "host_identity_document", "host_residence_in_france"]


@pytest.fixture
def synced_window(qtbot: Any, qapp: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, DossierStore]]:
    settings = load_settings(data_dir=tmp_path / "data", sync_interval_seconds=3600)
    store = DossierStore(settings.data_dir)
    runtime = SyncRuntime(settings, store)
    sync = SyncService(runtime.engine, interval_ms=3_600_000)  # passes only when asked
    apply_style(qapp)
    window = MainWindow(store, sync=sync)
    qtbot.addWidget(window)
    window.show()
    yield window, store
    assert sync.shutdown(30_000)
    runtime.close()
    store.close()


def test_a_deposit_reaches_the_demo_service_and_the_number_appears(
        qtbot: Any, synced_window: tuple[MainWindow, DossierStore], tmp_path: Path) -> None:
    window, store = synced_window
    assert window.sync is not None
    progress: list[tuple[int, int]] = []
    window.sync.worker.progress.connect(lambda _id, sent, total: progress.append((sent, total)))
    with qtbot.waitSignal(window.sync.worker.status, timeout=60_000):
        window.sync.start()  # first pass: enrolls with the demo service, nothing to send
    assert "En ligne" in window.sync_label.text()

    session = DepositSession.start(store, procedure=window.procedure, today=window.today)
    for key, value in DEMO_ANSWERS.items():
        session.set_answer(key, value)
    for code in DOCUMENTS:
        session.attach(code, make_pdf(tmp_path / f"{code}.pdf", 2))
    window.session = session
    with qtbot.waitSignal(window.sync.worker.finished_pass, timeout=60_000) as done:
        window.deposit()  # the window asks for a pass at once
        assert window.current == "confirmation"
        assert "en attente de transmission" in window.confirmation.summary.text()
    [report] = done.args
    assert (report["sealed"], report["deposited"], report["retrying"], report["quarantined"]) == (1, 1, 0, 0)
    qtbot.waitUntil(lambda: "Numéro de dépôt : ESC-" in window.confirmation.summary.text(), timeout=10_000)
    assert "Transmis au service instructeur" in window.confirmation.summary.text()
    assert progress and progress[-1][0] == progress[-1][1]  # the bar went to the end
    assert window.upload_bar.isHidden()
    assert store.outbox.get(session.dossier_id).deposit_number in window.confirmation.summary.text()
