"""Network faults between the sync worker and the real central service, injected by a real
proxy on loopback (tests/support/faults.py): the service down, 500s, answers slower than
the client's timeout, a connection reset in the middle of a chunk. Each leaves the dossier
waiting (`retry_wait`, the error's kind, a next attempt in the future) and never blocks
the others; healing the network then delivers it once, byte for byte.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import httpx
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

from kiosk.store.models import RETRY_WAIT, SEALED
from kiosk.store.outbox import OutboxRecord
from kiosk.sync.backoff import Backoff
from kiosk.sync.worker import UNREACHABLE

WAIT = 60.0  # for what the service does on its own thread: generous, never a measure


def assert_waiting(row: OutboxRecord, kind: str, clock: FrozenClock, error: str = "") -> None:
    assert (row.state, row.error_kind) == (RETRY_WAIT, kind), row
    assert error in (row.error or ""), row.error
    assert row.next_attempt_at is not None and row.next_attempt_at > clock()


def wait_until(predicate: Callable[[], bool]) -> None:
    """For what happens on the service's thread; a deadline only against hanging forever."""
    deadline = time.monotonic() + WAIT
    while not predicate():
        assert time.monotonic() < deadline, "the service did not get there"
        time.sleep(0.02)


def test_service_down_stops_the_pass_and_the_queue_heals(central: CentralHarness, kiosk: EnrolledKiosk,
                                                          proxy: FaultProxy) -> None:
    first, second = kiosk.deposit("a"), kiosk.deposit("b")
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock)
    proxy.down()

    report = engine.run_once()
    assert report.stopped == UNREACHABLE and report.sealed == [first.id, second.id]
    assert report.retrying == [first.id], "nothing connects: no need to knock for each dossier"
    assert_waiting(kiosk.store.outbox.get(first.id), "network", clock, "ConnectError")
    assert kiosk.store.outbox.get(second.id).state == SEALED and proxy.seen == []

    proxy.heal()
    assert engine.run_once().deposited == [second.id], "the first waits for its backoff, the second goes"
    clock.after(kiosk.store.outbox.get(first.id).next_attempt_at)
    assert engine.run_once().deposited == [first.id]
    assert_delivered_once(central, kiosk, [first, second])
    assert set(central.received()) == {first.id, second.id}


def test_500s_wait_with_capped_exponential_backoff_and_jitter(central: CentralHarness, kiosk: EnrolledKiosk,
                                                              proxy: FaultProxy) -> None:
    failing, fine = kiosk.deposit("failing"), kiosk.deposit("fine")
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock, backoff=Backoff(base_seconds=5, cap_seconds=20))
    proxy.fail(500, times=1)  # the very next request: the first dossier's manifest

    report = engine.run_once()
    assert report.retrying == [failing.id] and report.deposited == [fine.id] and report.stopped is None
    assert_waiting(kiosk.store.outbox.get(failing.id), "server", clock, "500")

    proxy.fail(503, times=None, path=failing.id)  # this dossier's calls keep failing
    delays = []
    for attempt in range(2, 7):
        clock.after(kiosk.store.outbox.get(failing.id).next_attempt_at)
        assert engine.run_once().retrying == [failing.id]
        row = kiosk.store.outbox.get(failing.id)
        assert row.attempts == attempt
        assert_waiting(row, "server", clock, "503")
        assert row.next_attempt_at is not None
        delay = (row.next_attempt_at - clock()).total_seconds()
        ceiling = min(20, 5 * 2 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling, (attempt, delay)
        delays.append(delay)
    assert len(set(delays[2:])) == 3, "capped, yet jittered: kiosks do not knock in step"

    proxy.heal()
    clock.after(kiosk.store.outbox.get(failing.id).next_attempt_at)
    assert engine.run_once().deposited == [failing.id]
    assert_delivered_once(central, kiosk, [failing, fine])


def test_a_commit_answered_500_resumes_without_sending_the_chunks_again(
        central: CentralHarness, kiosk: EnrolledKiosk, proxy: FaultProxy) -> None:
    deposit = kiosk.deposit("commit", image_side=90)
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock)
    proxy.fail(500, times=None, path="/commit$")

    assert engine.run_once().retrying == [deposit.id]
    assert_waiting(kiosk.store.outbox.get(deposit.id), "server", clock, "POST")
    uploads = [s for s in proxy.seen if "/chunks/" in s.target]
    assert len(uploads) > 7 and kiosk.client(central.url).status(deposit.id).missing == {}

    proxy.heal()
    before = len(proxy.seen)
    clock.after(kiosk.store.outbox.get(deposit.id).next_attempt_at)
    assert engine.run_once().deposited == [deposit.id]
    assert [(s.method, s.target.rsplit("/", 1)[-1]) for s in proxy.seen[before:]] == [
        ("PUT", deposit.id), ("POST", "commit")]
    assert_delivered_once(central, kiosk, [deposit])


def test_an_answer_slower_than_the_timeout_is_taken_up_from_the_receipt(
        central: CentralHarness, kiosk: EnrolledKiosk, proxy: FaultProxy) -> None:
    deposit = kiosk.deposit("slow")
    clock = FrozenClock()
    # Long enough for any healthy answer on a loaded machine; the held one never comes.
    impatient = kiosk.engine(proxy.url, clock=clock, timeout=httpx.Timeout(30.0, read=2.0))
    proxy.hold(path="/commit$")

    assert impatient.run_once().retrying == [deposit.id]
    assert_waiting(kiosk.store.outbox.get(deposit.id), "network", clock, "ReadTimeout")
    wait_until(lambda: len(proxy.held) == 1)
    # The service deposited it and signed a receipt the kiosk never saw.
    assert central.received()[deposit.id]["state"] == "deposited"
    assert kiosk.store.outbox.get(deposit.id).deposit_number is None

    proxy.heal()
    clock.after(kiosk.store.outbox.get(deposit.id).next_attempt_at)
    report = impatient.run_once()
    assert report.deposited == [deposit.id]
    assert [s.method for s in proxy.seen[-1:]] == ["PUT"], "the manifest's answer carried the receipt"
    assert_delivered_once(central, kiosk, [deposit])
    assert list(central.deposit_numbers().values()) == [kiosk.store.outbox.get(deposit.id).deposit_number]


def test_a_connection_reset_in_the_middle_of_a_chunk(central: CentralHarness, kiosk: EnrolledKiosk,
                                                     proxy: FaultProxy) -> None:
    cut, other = kiosk.deposit("cut", image_side=60), kiosk.deposit("other")  # the photo: 3 chunks
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock)
    proxy.reset(after=1000, path=r"/chunks/1$")  # the first second chunk of a file: a full 4096 bytes

    report = engine.run_once()
    assert report.retrying == [cut.id] and report.deposited == [other.id] and report.stopped is None
    assert_waiting(kiosk.store.outbox.get(cut.id), "network", clock)
    [reset] = proxy.faults("reset")
    file_index = int(re.search(r"/files/(\d+)/chunks/1$", reset.target).group(1))  # type: ignore[union-attr]
    missing = kiosk.client(central.url).status(cut.id).missing
    assert missing == {file_index: [1, 2]}, "the cut chunk was not stored; the one before it was"

    proxy.heal()
    before = len(proxy.seen)
    clock.after(kiosk.store.outbox.get(cut.id).next_attempt_at)
    assert engine.run_once().deposited == [cut.id]
    resent = [s.target for s in proxy.seen[before:] if "/chunks/" in s.target]
    assert resent == [f"/v1/dossiers/{cut.id}/files/{file_index}/chunks/{n}" for n in (1, 2)]
    assert_delivered_once(central, kiosk, [cut, other])


def test_every_fault_in_one_pass_still_leaves_no_dossier_behind(central: CentralHarness,
                                                                kiosk: EnrolledKiosk,
                                                                proxy: FaultProxy) -> None:
    deposits = [kiosk.deposit(f"m{n}", image_side=60) for n in range(4)]
    clock = FrozenClock()
    engine = kiosk.engine(proxy.url, clock=clock, timeout=httpx.Timeout(30.0, read=2.0))
    proxy.fail(502, path=deposits[0].id)
    proxy.reset(after=100, path=f"{deposits[1].id}/files/0/")
    proxy.hold(path=f"{deposits[2].id}/commit$")

    report = engine.run_once()
    assert report.retrying == [d.id for d in deposits[:3]] and report.deposited == [deposits[3].id]
    proxy.heal()
    for deposit in deposits[:3]:
        clock.after(kiosk.store.outbox.get(deposit.id).next_attempt_at)
    assert sorted(engine.run_once().deposited) == sorted(d.id for d in deposits[:3])
    assert_delivered_once(central, kiosk, deposits)
    assert set(central.received()) == {d.id for d in deposits}
