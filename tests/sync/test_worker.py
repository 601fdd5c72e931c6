"""The sync worker against the real central service on loopback: a deposit made offline
reaches the service once the network is back, with a receipt the kiosk verifies, and the
confirmation then carries the deposit number; refusals quarantine one dossier, never
the queue; a kiosk the service no longer accepts stops its pass.

Network faults (server down, 500s, timeouts, resets) are in test_faults.py; SIGKILL in
test_sigkill.py.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support.central import (  # noqa: F401 (fixtures)
    CentralHarness,
    EnrolledKiosk,
    FrozenClock,
    assert_delivered_once,
    central_fixture,
    key_dir_fixture,
    kiosk_fixture,
)
from support.faults import FaultProxy, proxy_fixture  # noqa: F401 (fixture)

from kiosk.deposit.confirmation import PENDING_STATUS
from kiosk.deposit.session import DepositSession
from kiosk.procedure.definition import default_procedure
from kiosk.protocol.models import SignedManifest
from kiosk.store.models import DEPOSITED, QUARANTINED, READY, RETRY_WAIT, SEALED, SENDING, SENT
from kiosk.sync.keys import CentralTrust
from kiosk.sync.sealing import read_manifest
from kiosk.sync.worker import BUSY, DEVICE_REFUSED, UNREACHABLE, SyncReport


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


# -- the happy path ---------------------------------------------------------------------------------
def test_deposit_offline_then_network_back_brings_the_number_to_the_confirmation(
        central: CentralHarness, kiosk: EnrolledKiosk, proxy: FaultProxy, tmp_path: Path) -> None:
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock)
    proxy.down()  # the deposit point is offline
    deposit = kiosk.deposit("offline")
    session = DepositSession(kiosk.store, deposit.id)  # the applicant's session at the kiosk
    pending = pdf_text(session.write_confirmation(tmp_path / "at-deposit.pdf"))
    assert PENDING_STATUS in pending and "Numéro de dépôt" not in pending

    offline = engine.run_once()
    assert offline.sealed == [deposit.id] and offline.retrying == [deposit.id]
    assert offline.stopped == UNREACHABLE and not offline.deposited
    row = kiosk.store.outbox.get(deposit.id)
    assert (row.state, row.error_kind) == (RETRY_WAIT, "network") and "ConnectError" in (row.error or "")
    assert row.next_attempt_at is not None and row.next_attempt_at > clock()
    assert kiosk.store.list_dossiers(READY) == [], "the plaintext left the store at sealing"
    assert kiosk.sealed_folders() == [deposit.id] and central.received() == {}
    still_pending = pdf_text(session.write_confirmation(tmp_path / "offline.pdf"))
    assert PENDING_STATUS in still_pending and "Numéro de dépôt" not in still_pending

    proxy.up()
    assert engine.run_once().deposited == [], "not before its backoff"
    clock.after(row.next_attempt_at)
    online = engine.run_once()
    assert online.deposited == [deposit.id] and online.stopped is None
    assert_delivered_once(central, kiosk, [deposit])
    number = central.deposit_numbers()[deposit.id]
    assert number is not None and number.startswith("ESC-")
    trail = [event for _, event, _ in kiosk.store.outbox.events(deposit.id)]
    assert trail == [SEALED, RETRY_WAIT, SENT, DEPOSITED]
    received = pdf_text(session.write_confirmation(tmp_path / "received.pdf"))
    assert f"Numéro de dépôt {number}" in received and PENDING_STATUS not in received
    assert engine.run_once().as_json() == {"sealed": 0, "deposited": 0, "retrying": 0, "quarantined": 0,
                                           "unsealed": 0, "stopped": None}


def test_a_pass_delivers_many_dossiers_each_once(central: CentralHarness, kiosk: EnrolledKiosk) -> None:
    deposits = [kiosk.deposit(f"d{n}", image_side=90) for n in range(4)]
    progress: list[tuple[str, int, int]] = []
    states: set[str] = set()

    def on_progress(dossier_id: str, done: int, total: int) -> None:
        progress.append((dossier_id, done, total))
        states.add(kiosk.store.outbox.get(dossier_id).state)

    report = kiosk.engine().run_once(on_progress=on_progress)
    assert states == {SENDING}, "uploading is `sending`"
    assert sorted(report.deposited) == sorted(d.id for d in deposits)
    assert_delivered_once(central, kiosk, deposits)
    assert set(central.received()) == {d.id for d in deposits}
    for deposit in deposits:  # upload progress climbs to the dossier's total
        sent = [(done, total) for dossier, done, total in progress if dossier == deposit.id]
        total = kiosk.store.outbox.get(deposit.id).bytes_total
        assert sent == sorted(sent) and sent[-1] == (total, total)


# -- one bad dossier never blocks the others ---------------------------------------------------
def test_a_dossier_damaged_on_disk_is_quarantined_and_the_others_are_deposited(
        central: CentralHarness, kiosk: EnrolledKiosk) -> None:
    first, damaged, last = (kiosk.deposit(tag) for tag in ("a", "b", "c"))
    engine = kiosk.engine()
    engine.seal_ready(SyncReport())
    sealed = kiosk.outbox_dir / damaged.id / "1.bin"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit flipped on the kiosk's disk after sealing
    sealed.write_bytes(bytes(data))

    report = engine.run_once()
    assert report.deposited == [first.id, last.id] and report.quarantined == [damaged.id]
    assert_delivered_once(central, kiosk, [first, last])
    row = kiosk.store.outbox.get(damaged.id)
    assert (row.state, row.error_kind) == (QUARANTINED, "rejected") and "SHA-256" in (row.error or "")
    assert central.received()[damaged.id]["state"] == "rejected"
    assert damaged.id in kiosk.sealed_folders(), "kept for the mediator"
    assert engine.run_once().quarantined == [], "a quarantined dossier waits for the mediator"


def test_an_unsealable_dossier_stays_ready_and_the_others_go(central: CentralHarness,
                                                                kiosk: EnrolledKiosk) -> None:
    good = kiosk.deposit("good")
    procedure = default_procedure()
    broken = kiosk.store.create_draft(procedure.id, procedure.version)
    # Answers that name another procedure than the dossier's: sealing refuses them.
    kiosk.store.mark_ready(broken, {"answers": {}, "procedure_id": "another"})

    report = kiosk.engine().run_once()
    assert report.unsealed == [broken] and report.deposited == [good.id]
    assert report.as_json()["unsealed"] == 1
    assert kiosk.store.load(broken).state == READY and broken not in kiosk.sealed_folders()
    assert_delivered_once(central, kiosk, [good])


def test_a_dossier_id_taken_with_another_manifest_is_a_conflict(central: CentralHarness,
                                                                 kiosk: EnrolledKiosk) -> None:
    taken, fine = kiosk.deposit("taken"), kiosk.deposit("fine")
    engine = kiosk.engine()
    engine.seal_ready(SyncReport())
    ours = read_manifest(kiosk.outbox_dir, taken.id).manifest
    other = ours.model_copy(update={"sealed_at": ours.sealed_at + timedelta(seconds=1)})
    first = kiosk.client(central.url).put_manifest(SignedManifest(
        manifest=other, signature=kiosk.device.sign(other.canonical_bytes())))
    assert first.state == "receiving"

    report = engine.run_once()
    assert report.quarantined == [taken.id] and report.deposited == [fine.id] and report.stopped is None
    row = kiosk.store.outbox.get(taken.id)
    assert (row.state, row.error_kind) == (QUARANTINED, "conflict")
    assert "another manifest" in (row.error or "")
    assert_delivered_once(central, kiosk, [fine])


def test_a_403_about_one_dossier_quarantines_it_without_stopping_the_pass(
        central: CentralHarness, kiosk: EnrolledKiosk, tmp_path: Path) -> None:
    claimed, fine = kiosk.deposit("claimed"), kiosk.deposit("fine")
    engine = kiosk.engine()
    engine.seal_ready(SyncReport())
    other_kiosk = central.enroll(tmp_path / "other-kiosk", "Guichet 2")
    try:  # another kiosk used this id first (a bug or a probe): the service keeps it for that one
        theirs = read_manifest(kiosk.outbox_dir, claimed.id).manifest.model_copy(
            update={"device_id": other_kiosk.trust.device_id})
        other_kiosk.client(central.url).put_manifest(SignedManifest(
            manifest=theirs, signature=other_kiosk.device.sign(theirs.canonical_bytes())))
    finally:
        other_kiosk.close()

    report = engine.run_once()
    assert report.stopped is None and report.quarantined == [claimed.id] and report.deposited == [fine.id]
    row = kiosk.store.outbox.get(claimed.id)
    assert (row.state, row.error_kind) == (QUARANTINED, "rejected") and "403" in (row.error or "")


# -- the kiosk itself refused -------------------------------------------------------------------------
def test_a_revoked_kiosk_stops_at_the_first_refusal(central: CentralHarness, kiosk: EnrolledKiosk,
                                                    proxy: FaultProxy) -> None:
    deposits = [kiosk.deposit(f"r{n}") for n in range(3)]
    engine = kiosk.engine(proxy.url)
    engine.seal_ready(SyncReport())
    central.revoke(kiosk.trust.device_id)

    report = engine.run_once()
    assert report.stopped == DEVICE_REFUSED and report.device_refused
    assert "revoked" in (report.reason or "") and report.as_json()["stopped"] == DEVICE_REFUSED
    assert report.quarantined == [] and report.retrying == [deposits[0].id]
    # Its first call refused, one probe to tell the kiosk from the dossier, and nothing more.
    assert [(s.method, s.target.rsplit("/", 1)[0]) for s in proxy.seen] == [
        ("PUT", "/v1/dossiers"), ("GET", "/v1/dossiers")]
    first = kiosk.store.outbox.get(deposits[0].id)
    assert (first.state, first.error_kind) == (RETRY_WAIT, "device")
    assert first.next_attempt_at is not None and first.next_attempt_at > datetime.now(UTC)
    assert [kiosk.store.outbox.get(d.id).state for d in deposits[1:]] == [SEALED, SEALED]
    assert central.received() == {}


def test_a_kiosk_the_service_does_not_know_stops_at_once(central: CentralHarness, kiosk: EnrolledKiosk,
                                                          proxy: FaultProxy) -> None:
    deposits = [kiosk.deposit(f"u{n}") for n in range(2)]
    engine = kiosk.engine(proxy.url)
    engine.client.device_id = kiosk.trust.device_id.replace(kiosk.trust.device_id[:8], "0" * 8)  # unknown

    report = engine.run_once()
    assert report.stopped == DEVICE_REFUSED and report.retrying == [deposits[0].id]
    assert len(proxy.seen) == 1, "a 401 is about the kiosk: no probe, no other dossier"
    assert kiosk.store.outbox.get(deposits[1].id).state == SEALED


# -- receipts -----------------------------------------------------------------------------------
def test_a_receipt_from_another_key_quarantines_and_a_resend_with_the_right_trust_deposits(
        central: CentralHarness, kiosk: EnrolledKiosk) -> None:
    deposit = kiosk.deposit("trust")
    wrong = CentralTrust(device_id=kiosk.trust.device_id, base_url=kiosk.trust.base_url,
                         signing_key=Ed25519PrivateKey.generate().public_key(),
                         encryption_key=kiosk.trust.encryption_key)
    report = kiosk.engine(trust=wrong).run_once()
    assert report.quarantined == [deposit.id] and report.deposited == []
    row = kiosk.store.outbox.get(deposit.id)
    assert (row.state, row.error_kind, row.deposit_number) == (QUARANTINED, "receipt", None)
    assert deposit.id in kiosk.sealed_folders()
    assert central.received()[deposit.id]["state"] == "deposited"  # the service has it; we cannot tell

    engine = kiosk.engine()  # the kiosk's real trust back (central.json)
    assert engine.resend(deposit.id, "mediator 7").state == SEALED
    assert engine.run_once().deposited == [deposit.id]
    assert_delivered_once(central, kiosk, [deposit])
    assert "resend" in [event for _, event, _ in kiosk.store.outbox.events(deposit.id)]


# -- a mediator's decisions ---------------------------------------------------------------------------
def test_a_mediator_resends_a_dossier_whose_files_came_back(central: CentralHarness,
                                                           kiosk: EnrolledKiosk) -> None:
    deposit = kiosk.deposit("usb")
    engine = kiosk.engine()
    engine.seal_ready(SyncReport())
    folder = kiosk.outbox_dir / deposit.id
    aside = folder.with_name("aside")
    (folder / "2.bin").rename(aside)  # a disk that went away for a moment
    report = engine.run_once()
    assert report.quarantined == [deposit.id]
    row = kiosk.store.outbox.get(deposit.id)
    assert (row.state, row.error_kind) == (QUARANTINED, "local") and "unreadable" in (row.error or "")
    aside.rename(folder / "2.bin")

    engine.resend(deposit.id, "mediator 3")
    assert engine.run_once().deposited == [deposit.id]
    assert_delivered_once(central, kiosk, [deposit])


def test_a_mediator_discards_a_quarantined_dossier(central: CentralHarness, kiosk: EnrolledKiosk) -> None:
    deposit = kiosk.deposit("discard")
    engine = kiosk.engine()
    engine.seal_ready(SyncReport())
    (kiosk.outbox_dir / deposit.id / "0.bin").write_bytes(b"\0" * 64)
    assert engine.run_once().quarantined == [deposit.id]

    engine.discard(deposit.id, "mediator 3")
    assert kiosk.store.outbox.list() == [] and kiosk.sealed_folders() == []
    assert [event for _, event, _ in kiosk.store.outbox.events(deposit.id)][-2:] == [QUARANTINED, "discarded"]
    assert engine.run_once().as_json()["quarantined"] == 0


# -- one pass at a time ---------------------------------------------------------------------------
def test_a_second_pass_on_the_same_data_folder_waits_its_turn(central: CentralHarness,
                                                              kiosk: EnrolledKiosk) -> None:
    deposit = kiosk.deposit("busy")
    running, other = kiosk.engine(), kiosk.engine()  # say, the GUI's worker and `kiosk sync run`
    with running.exclusive() as mine:
        assert mine
        busy = other.run_once()
        assert busy.stopped == BUSY and busy.sealed == []
        assert kiosk.store.load(deposit.id).state == READY, "untouched while the other pass runs"
    assert other.run_once().deposited == [deposit.id]
    assert_delivered_once(central, kiosk, [deposit])


def test_a_pass_seals_and_sends_side_by_side_in_deposit_order_one_commit_at_a_time(
        central: CentralHarness, kiosk: EnrolledKiosk, monkeypatch: pytest.MonkeyPatch) -> None:
    deposits = [kiosk.deposit(f"order-{n}") for n in range(4)]
    engine = kiosk.engine()
    calls: list[tuple[str, str, str]] = []  # (start or end, what, dossier id)
    lock = threading.Lock()
    real_commit, real_manifest = engine.client.commit, engine.client.put_manifest

    def commit(dossier_id: str) -> Any:
        with lock:
            calls.append(("start", "commit", dossier_id))
        time.sleep(0.05)  # a slow service: the next dossier uploads meanwhile
        try:
            return real_commit(dossier_id)
        finally:
            with lock:
                calls.append(("end", "commit", dossier_id))

    def put_manifest(signed: SignedManifest) -> Any:
        with lock:
            calls.append(("start", "manifest", signed.manifest.dossier_id))
        return real_manifest(signed)

    monkeypatch.setattr(engine.client, "commit", commit)
    monkeypatch.setattr(engine.client, "put_manifest", put_manifest)
    report = engine.run_once()
    ids = [d.id for d in deposits]
    assert report.sealed == ids and report.deposited == ids and report.stopped is None
    numbers = central.deposit_numbers()
    assert sorted(ids, key=lambda i: numbers[i] or "") == ids, "deposit numbers follow the deposit order"
    commits = [(kind, i) for kind, what, i in calls if what == "commit"]
    assert commits == [(kind, i) for i in ids for kind in ("start", "end")], "one commit at a time, in order"
    overlapped = [i for k, i in enumerate(ids[1:]) if calls.index(("start", "manifest", i))
                  < calls.index(("end", "commit", ids[k]))]
    assert overlapped, "the next dossier uploads while the service commits the one before"
    assert_delivered_once(central, kiosk, deposits)
