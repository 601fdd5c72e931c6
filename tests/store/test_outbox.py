"""The outbox table: sealed dossiers replace their plaintext in one transaction, and
states move only along the allowed paths."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from support.files import make_pdf

from kiosk.store.dossiers import DossierStore
from kiosk.store.errors import DossierNotFound, DossierStateError
from kiosk.store.models import utc_now


def ready_dossier(store: DossierStore, tmp_path: Path) -> str:
    dossier_id = store.create_draft("eu_family_renewal", 1)
    store.add_attachment(dossier_id, "passport", make_pdf(tmp_path / "p.pdf", 1, "Zyxwvutsrq"))
    store.mark_ready(dossier_id, {"answers": {"identity.surname": "Zyxwvutsrq"}})
    return dossier_id


def test_hand_over_wipes_the_plaintext(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        dossier_id = ready_dossier(store, tmp_path)
        store.hand_over_to_outbox(dossier_id, "a" * 64, {"surname": "Zyxwvutsrq"}, 1000)
        with pytest.raises(DossierNotFound):
            store.load(dossier_id)
        assert store.outbox.get(dossier_id).state == "sealed"
        assert store.outbox.confirmation(dossier_id) == {"surname": "Zyxwvutsrq"}
        assert [p for p in (tmp_path / "data" / "blobs").rglob("*") if p.is_file()] == []
        assert store.outbox.counts()["sealed"] == 1
    raw = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("escale.db*"))
    assert b"Zyxwvutsrq" not in raw


def test_only_allowed_moves(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        dossier_id = ready_dossier(store, tmp_path)
        store.hand_over_to_outbox(dossier_id, "a" * 64, {}, 1000)
        with pytest.raises(DossierStateError):
            store.outbox.move(dossier_id, "deposited", receipt_json="{}")
        store.outbox.move(dossier_id, "sending", attempts=1)
        later = utc_now() + timedelta(minutes=5)
        store.outbox.move(dossier_id, "retry_wait", error_kind="network", error="refused",
                          next_attempt_at=later)
        assert store.outbox.due(utc_now()) == []
        assert [r.dossier_id for r in store.outbox.due(later)] == [dossier_id]
        store.outbox.move(dossier_id, "sending")
        store.outbox.move(dossier_id, "quarantined", error_kind="rejected", error="bad file")
        with pytest.raises(DossierStateError):
            store.outbox.move(dossier_id, "sending")
        store.outbox.discard(dossier_id, "mediator 12")
        with pytest.raises(DossierNotFound):
            store.outbox.get(dossier_id)
        events = [event for _, event, _ in store.outbox.events(dossier_id)]
        assert events == ["sealed", "retry_wait", "quarantined", "discarded"]


def test_a_draft_cannot_be_handed_over(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        dossier_id = store.create_draft("eu_family_renewal", 1)
        with pytest.raises(DossierStateError):
            store.hand_over_to_outbox(dossier_id, "a" * 64, {}, 10)


def test_moves_return_what_they_wrote_and_leave_every_connection_synced(tmp_path: Path) -> None:
    # `sending` and `sent` commit without waiting for the disk (a power cut only makes the
    # worker send again); the connection is back to synchronous = FULL (2) afterwards, and
    # the next synced move (`deposited`) makes them durable with it.
    with DossierStore(tmp_path / "data") as store:
        dossier_id = ready_dossier(store, tmp_path)
        store.hand_over_to_outbox(dossier_id, "a" * 64, {}, 1000)
        assert store.outbox.move(dossier_id, "sending", attempts=1).attempts == 1
        sent = store.outbox.move(dossier_id, "sent", bytes_sent=1000)
        assert (sent.state, sent.bytes_sent, sent.attempts) == ("sent", 1000, 1)
        deposited = store.outbox.move(dossier_id, "deposited", receipt_json="{}", deposit_number="N-1")
        assert (deposited.state, deposited.deposit_number) == ("deposited", "N-1")
        assert store.outbox.get(dossier_id) == deposited
        engine = store.outbox._writer
        connections = [engine.raw_connection() for _ in range(3)]  # the pooled ones included
        try:
            assert {c.driver_connection.execute("PRAGMA synchronous").fetchone()[0]
                    for c in connections} == {2}
        finally:
            for connection in connections:
                connection.close()
        events = [event for _, event, _ in store.outbox.events(dossier_id)]
        assert events == ["sealed", "sent", "deposited"]
