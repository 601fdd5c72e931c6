"""The mediator's dashboard shows the outbox and acts on quarantined dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from support.files import make_pdf


def quarantined(store: Any, tmp_path: Path, reason: str) -> str:
    dossier_id = store.create_draft("eu_family_renewal", 1)
    store.add_attachment(dossier_id, "passport", make_pdf(tmp_path / f"{reason}.pdf"))
    store.mark_ready(dossier_id, {"answers": {}})
    store.hand_over_to_outbox(dossier_id, "b" * 64, {}, 2048)
    store.outbox.move(dossier_id, "sending", attempts=1)
    store.outbox.move(dossier_id, "quarantined", error_kind="rejected", error=reason)
    return dossier_id


def test_dashboard_lists_and_acts(driver: Any, store: Any, tmp_path: Path) -> None:
    first = quarantined(store, tmp_path, "fichier illisible")
    second = quarantined(store, tmp_path, "conflit de manifeste")
    driver.click("OpenDashboard")
    assert driver.page == "dashboard"
    text = driver.visible_text()
    assert "2 bloqué(s)" in text
    table = driver.window.dashboard.table
    cells = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert cells == {"fichier illisible", "conflit de manifeste"}

    driver.click(f"resend:{first}")
    assert store.outbox.get(first).state == "sealed"
    assert store.outbox.get(first).error is None

    asked: list[str] = []
    driver.window.dashboard._confirm = lambda question: asked.append(question) or False
    driver.click(f"discard:{second}")
    assert asked and store.outbox.get(second).state == "quarantined", "refused: nothing done"
    driver.window.dashboard._confirm = lambda question: True
    driver.click(f"discard:{second}")
    assert [row.dossier_id for row in store.outbox.list()] == [first]
    assert [e for _, e, _ in store.outbox.events(second)][-1] == "discarded"
    assert "0 bloqué(s)" in driver.visible_text()
    shown = {table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())}
    assert shown == {first}
