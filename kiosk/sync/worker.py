"""One sync pass: seal the dossiers deposited at the kiosk, then send every due
dossier of the outbox to the central service, each on its own.

Exactly once: the central service is idempotent by dossier id and manifest, so a pass
cut anywhere (network, power, SIGKILL) is taken up again from the state the outbox
row kept; only a verified receipt makes a dossier `deposited`.

One bad dossier never blocks the others: a dossier that cannot be sealed stays `ready`
and the pass goes on; one the service refuses is quarantined with the reason. Failures
that are not about a dossier end the pass instead, leaving the rest of the queue as it
is: the service unreachable (nothing connects), or this kiosk refused (401, or 403 for
a revoked device): `SyncReport.stopped` says which.

One pass at a time per data folder, across processes (the GUI's worker, `kiosk sync
run`, `kiosk dossier deposit`): a lock file under the outbox; a busy pass is skipped.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from kiosk.deposit.complement import is_complement
from kiosk.deposit.confirmation import confirmation_for, to_json
from kiosk.procedure.definition import Procedure, default_procedure
from kiosk.protocol.models import SignedManifest, SignedReceipt, UploadStatus
from kiosk.store.dossiers import DossierRecord, DossierStore
from kiosk.store.models import DEPOSITED, QUARANTINED, READY, RETRY_WAIT, SENDING, SENT, utc_now
from kiosk.store.outbox import OutboxRecord
from kiosk.sync.backoff import Backoff
from kiosk.sync.client import (
    CentralClient,
    Conflict,
    NetworkError,
    Rejected,
    ServerError,
    SyncError,
    Unauthorized,
)
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import DEFAULT_CHUNK_SIZE, SealPipeline, purge_sealed, read_chunk, seal_dossier

log = logging.getLogger(__name__)  # ids and states only: never names or numbers of people

Progress = Callable[[str, int, int], None]  # dossier id, bytes sent, bytes total
Then = TypeVar("Then")

# Why a pass ended before the end of the queue (SyncReport.stopped).
DEVICE_REFUSED = "device_refused"  # "this kiosk is not authorised any more": IT must enroll it again
UNREACHABLE = "unreachable"  # nothing answers at the service's address
BUSY = "busy"  # another pass (another process) is running on this data folder
LOCK_FILE = ".sync.lock"
ERROR_CHARS = 300
_CONNECT_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout)


@dataclass
class SyncReport:
    sealed: list[str] = field(default_factory=list)
    deposited: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    unsealed: list[str] = field(default_factory=list)  # ready dossiers sealing failed for: kept ready
    stopped: str | None = None  # DEVICE_REFUSED, UNREACHABLE, BUSY, or None: the whole queue was seen
    reason: str | None = None  # the service's or the system's words for `stopped`

    @property
    def device_refused(self) -> bool:
        return self.stopped == DEVICE_REFUSED

    def as_json(self) -> dict[str, Any]:
        """Counts by outcome, and why the pass stopped early (null if it did not)."""
        counts = {name: len(ids) for name, ids in vars(self).items() if isinstance(ids, list)}
        return {**counts, "stopped": self.stopped}


class _DeviceRefused(Exception):
    """The service refuses this kiosk itself, whatever the dossier."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SyncEngine:
    def __init__(self, store: DossierStore, data_dir: Path, device: DeviceIdentity,
                 trust: CentralTrust, client: CentralClient, *,
                 procedure: Procedure | None = None, backoff: Backoff | None = None,
                 clock: Callable[[], datetime] = utc_now, site_name: str | None = None,
                 chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self.store = store
        self.outbox_dir = data_dir / "outbox"
        self.device = device
        self.trust = trust
        self.client = client
        self.procedure = procedure or default_procedure()
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.site_name = site_name
        self.chunk_size = chunk_size
        self._lock = threading.RLock()  # the threads of this process (GUI worker, GUI thread)
        self._lock_file: IO[bytes] | None = None  # other processes: held while a pass runs

    # -- one pass at a time -------------------------------------------------------------
    @contextlib.contextmanager
    def exclusive(self) -> Iterator[bool]:
        """Hold this data folder's sync lock; yields False (and holds nothing) if another
        pass has it. Re-entrant: seal_ready inside run_once takes it again."""
        if not self._lock.acquire(blocking=False):
            yield False
            return
        try:
            if self._lock_file is not None:  # this thread already holds it
                yield True
                return
            self.outbox_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle = (self.outbox_dir / LOCK_FILE).open("a+b")
            if not _try_lock(handle):
                handle.close()
                yield False
                return
            self._lock_file = handle
            try:
                yield True
            finally:
                self._lock_file = None
                handle.close()  # closing releases the lock; the kernel does it if we are killed
        finally:
            self._lock.release()

    # -- sealing ----------------------------------------------------------------------
    def seal_ready(self, report: SyncReport) -> None:
        """Seal each dossier deposited at the kiosk and hand it to the outbox."""
        with self.exclusive() as mine:
            if not mine:
                report.stopped = BUSY
                return
            self._seal_each(report)

    def _seal_each(self, report: SyncReport, feed: _SealFeed | None = None) -> None:
        """Under the sync lock (held by this thread or by `run_once`'s, which waits for this
        one). `feed` hears of each dossier handed to the outbox, and of the end."""
        try:
            # Oldest deposit first: the outbox sends in sealing order, and so in deposit order.
            ready = sorted(self.store.list_dossiers(READY), key=lambda r: r.ready_at or r.updated_at)
            with SealPipeline() as pipeline:  # its buffers and threads serve every dossier of the pass
                for record in ready:
                    try:
                        self._seal(record, report, pipeline)
                    except Exception as exc:  # whatever it is, one dossier must not block the others
                        # Only the kind: a message might quote an answer (a name, a date).
                        report.unsealed.append(record.id)
                        log.error("dossier %s could not be sealed (%s); it stays ready", record.id,
                                  type(exc).__name__)
                    if feed is not None:
                        feed.one_more()
        finally:
            if feed is not None:
                feed.finish()

    def _seal(self, record: DossierRecord, report: SyncReport, pipeline: SealPipeline | None = None) -> None:
        purge_sealed(self.outbox_dir, record.id)  # what a crash mid-sealing left
        signed = seal_dossier(record, self.store, self.outbox_dir, self.device, self.trust,
                              self.trust.device_id, chunk_size=self.chunk_size, pipeline=pipeline)
        # A complement has no confirmation of its own: the applicant follows it online.
        confirmation = {} if is_complement(record) else to_json(
            confirmation_for(record, self.procedure, self.site_name))
        total = sum(f.size for f in signed.manifest.files)
        self.store.hand_over_to_outbox(record.id, signed.manifest.digest(), confirmation, total)
        report.sealed.append(record.id)
        log.info("sealed dossier %s (%d files)", record.id, len(signed.manifest.files))

    def tidy(self) -> None:
        """Ciphertext left behind by a crash: of deposited dossiers, or of no row at all."""
        if not self.outbox_dir.exists():
            return
        with self.exclusive() as mine:
            if not mine:
                return
            keep = {row.dossier_id for row in self.store.outbox.list() if row.state != DEPOSITED}
            keep |= {record.id for record in self.store.list_dossiers(READY)}
            for folder in self.outbox_dir.iterdir():
                if folder.is_dir() and folder.name not in keep:
                    shutil.rmtree(folder, ignore_errors=True)

    # -- a mediator's decisions on a quarantined dossier -----------------------------------
    def resend(self, dossier_id: str, who: str) -> OutboxRecord:
        """Back in the queue (sealed), for the next pass."""
        return self.store.outbox.resend(dossier_id, who)

    def discard(self, dossier_id: str, who: str) -> None:
        """Given up: the row goes (the audit stays), and its ciphertext with it."""
        self.store.outbox.discard(dossier_id, who)
        with self.exclusive() as mine:
            if mine:  # else the running pass's next tidy() removes it
                purge_sealed(self.outbox_dir, dossier_id)

    # -- sending ----------------------------------------------------------------------
    def send_due(self, report: SyncReport, on_progress: Progress | None = None, *,
                 feed: _SealFeed | None = None) -> None:
        """Send the due dossiers in queue (deposit) order, each at most once per pass, two at
        a time in a short pipeline: while the service commits one (checks, decrypts, syncs
        to disk, signs), this thread uploads the next one's manifest and chunks. Commits
        stay one at a time and in queue order, on one committer thread; at most one waits
        while the next uploads. With `feed` (sealing runs meanwhile), dossiers sealed during
        the pass are sent too, after the ones before them, until sealing is over."""
        with self.exclusive() as mine:
            if not mine:
                report.stopped = BUSY
                return
            tried: set[str] = set()
            # The committer is waited for first, on the way out: it hands moves to the marker.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="escale-sync-mark") as marker, \
                    ThreadPoolExecutor(max_workers=1, thread_name_prefix="escale-sync-commit") as committer:
                committing: Future[None] | None = None
                while not report.stopped:
                    sealed, sealing_over = feed.state() if feed else (0, True)
                    rows = [row for row in self.store.outbox.due(self.clock()) if row.dossier_id not in tried]
                    for row in rows:
                        tried.add(row.dossier_id)
                        commit = self._send_one(row, report, on_progress, marker)
                        if committing is not None:
                            committing.result()  # the one before: in order, and never two waiting
                            committing = None
                        if report.stopped:  # one uploaded meanwhile is taken up by the next pass
                            break
                        if commit is not None:
                            committing = committer.submit(commit)
                    if not rows:
                        if sealing_over:
                            break
                        assert feed is not None
                        feed.wait_beyond(sealed)
                if committing is not None:
                    committing.result()

    def run_once(self, on_progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        with self.exclusive() as mine:
            if not mine:
                report.stopped = BUSY
                return report
            self.tidy()
            # Sealing (CPU and local disk) runs beside sending (the network and the service's
            # disk): each dossier is sent as soon as it is sealed, in deposit order.
            feed = _SealFeed()
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="escale-sync-seal") as sealer:
                sealing = sealer.submit(self._seal_each, report, feed)
                try:
                    self.send_due(report, on_progress, feed=feed)
                finally:
                    sealing.result()  # also when sending failed: nothing may seal past the lock
        return report

    def _send_one(self, row: OutboxRecord, report: SyncReport, on_progress: Progress | None,
                  marker: ThreadPoolExecutor | None = None) -> Callable[[], None] | None:
        """Declare the dossier and upload its missing chunks (then `sent`); returns what
        commits and settles it, or None when there is nothing more to do in this pass (its
        outcome is already settled, or it failed and waits: retry or quarantine)."""
        dossier_id = row.dossier_id
        try:
            signed = self._manifest(row)
        except (OSError, ValueError) as exc:
            self._quarantine(dossier_id, "local", f"sealed files unreadable: {exc}", report)
            return None
        attempt = {"attempts": row.attempts + 1}
        # `sending` is written (a synced transaction) while the manifest is on its way, and
        # waited for before anything else moves the row. Cut in between, the row is still
        # `sealed` (or `retry_wait`): the next pass sends it again, which is harmless.
        marking = (marker.submit(self.store.outbox.move, dossier_id, SENDING, **attempt) if marker
                   else _done(self.store.outbox.move(dossier_id, SENDING, **attempt)))

        def upload() -> Callable[[], None] | None:
            try:
                status = self.client.put_manifest(signed)
            finally:
                marking.result()
            if status.state != "receiving":  # already deposited (or rejected): its outcome
                self._settle(row, status, report)
                return None
            sent = self._upload_missing(signed, status, row.bytes_total, on_progress)

            def commit() -> None:  # on the committer thread, while the next one uploads
                def settle() -> None:
                    # Every chunk is there: `sent` (and the bytes, in the same transaction) is
                    # written while the commit is on its way, and waited for before anything
                    # else moves the row. Cut before the move, the next pass finds none missing;
                    # cut after the service's commit, its manifest gets the receipt back.
                    moving = (marker.submit(self.store.outbox.move, dossier_id, SENT, bytes_sent=sent)
                              if marker else _done(self.store.outbox.move(dossier_id, SENT, bytes_sent=sent)))
                    try:
                        status = self.client.commit(dossier_id)
                    finally:
                        moving.result()
                    self._settle(row, status, report)

                self._guarded(row, report, settle)

            return commit

        return self._guarded(row, report, upload)

    def _guarded(self, row: OutboxRecord, report: SyncReport, work: Callable[[], Then]) -> Then | None:
        """Run one step of sending `row`; a failure puts the dossier in retry or quarantine
        by its kind (and may stop the pass: `report.stopped`) and gives None."""
        dossier_id = row.dossier_id
        try:
            try:
                return work()
            except Unauthorized as exc:
                raise _DeviceRefused(exc.detail) from exc
            except Rejected as exc:
                if exc.status == 403 and self._device_is_refused():
                    raise _DeviceRefused(exc.detail) from exc
                raise
        except _DeviceRefused as exc:
            self._retry(row, "device", exc.detail, report)
            report.stopped, report.reason = DEVICE_REFUSED, exc.detail
            log.warning("the central service refuses this kiosk; pass stopped")
        except (NetworkError, ServerError) as exc:
            kind = "network" if isinstance(exc, NetworkError) else "server"
            self._retry(row, kind, str(exc), report)
            if isinstance(exc.__cause__, _CONNECT_FAILURES):  # not this dossier's fault
                report.stopped, report.reason = UNREACHABLE, str(exc)[:ERROR_CHARS]
        except (Rejected, Conflict) as exc:
            kind = "conflict" if isinstance(exc, Conflict) else "rejected"
            self._quarantine(dossier_id, kind, str(exc), report)
        except (OSError, ValueError) as exc:  # a sealed chunk file lost or damaged on disk
            self._quarantine(dossier_id, "local", f"sealed files unreadable: {exc}", report)
        except Exception as exc:  # a bug: this dossier waits (backoff), the others go on
            self._retry(row, "internal", type(exc).__name__, report)
            log.error("dossier %s: unexpected %s", dossier_id, type(exc).__name__)
        return None

    def _device_is_refused(self) -> bool:
        """After a 403: is it this kiosk (revoked) or this dossier (e.g. another device's id)?
        A dossier id nobody has is 404 for a kiosk in good standing, 401/403 for a refused one."""
        try:
            self.client.status(str(uuid.uuid4()))
        except Rejected as probe:
            return probe.status in (401, 403)
        except SyncError:
            raise  # no answer: the dossier waits for a pass that can tell (retry_wait)
        return False  # a status for a random id: not a refusal of the device

    def _manifest(self, row: OutboxRecord) -> SignedManifest:
        path = self.outbox_dir / row.dossier_id / "manifest.json"
        signed = SignedManifest.model_validate_json(path.read_bytes())
        if signed.manifest.digest() != row.manifest_sha256:
            raise ValueError("manifest does not match the one sealed")
        return signed

    def _upload_missing(self, signed: SignedManifest, status: UploadStatus, total: int,
                        on_progress: Progress | None) -> int:
        """Send the chunks the service lacks; returns the bytes it now holds."""
        manifest = signed.manifest
        missing_bytes = 0
        for index, chunks in status.missing.items():
            size = manifest.files[index].size
            missing_bytes += sum(min(manifest.chunk_size, size - n * manifest.chunk_size)
                                 for n in chunks)
        sent = total - missing_bytes
        for index, chunks in sorted(status.missing.items()):
            for n in chunks:
                data = read_chunk(self.outbox_dir, manifest.dossier_id, index, n, manifest.chunk_size)
                self.client.put_chunk(manifest.dossier_id, index, n, data)
                sent += len(data)
                if on_progress:
                    on_progress(manifest.dossier_id, sent, total)
        return sent  # recorded with the move to `sent`: one transaction, not two

    def _settle(self, row: OutboxRecord, status: UploadStatus, report: SyncReport) -> None:
        dossier_id = row.dossier_id
        if status.state == "rejected":
            self._quarantine(dossier_id, "rejected", status.reason or "rejected", report)
            return
        if status.state != "deposited" or status.receipt is None:
            raise ServerError(f"commit answered {status.state} without a receipt")
        receipt = status.receipt
        if not self._receipt_is_ours(receipt, row):
            self._quarantine(dossier_id, "receipt", "the receipt does not verify", report)
            return
        self.store.outbox.move(dossier_id, DEPOSITED, receipt_json=receipt.model_dump_json(),
                               deposit_number=receipt.receipt.deposit_number,
                               deposited_at=receipt.receipt.received_at, error=None, error_kind=None,
                               bytes_sent=row.bytes_total)
        with contextlib.suppress(OSError):  # else the next pass's tidy() removes it
            # The ciphertext is no longer needed. Not synced: were a crash to bring the folder
            # back, tidy() deletes it (the row is deposited).
            purge_sealed(self.outbox_dir, dossier_id, durable=False)
        report.deposited.append(dossier_id)
        log.info("dossier %s deposited", dossier_id)

    def _receipt_is_ours(self, signed: SignedReceipt, row: OutboxRecord) -> bool:
        receipt = signed.receipt
        return (self.trust.verify_receipt(signed) and receipt.dossier_id == row.dossier_id
                and receipt.manifest_sha256 == row.manifest_sha256
                and receipt.device_id == self.trust.device_id)

    def _retry(self, row: OutboxRecord, kind: str, reason: str, report: SyncReport) -> None:
        retry_at = self.clock() + self.backoff.delay(row.attempts + 1)
        self.store.outbox.move(row.dossier_id, RETRY_WAIT, error_kind=kind, error=reason[:ERROR_CHARS],
                               next_attempt_at=retry_at)
        report.retrying.append(row.dossier_id)
        log.info("dossier %s: %s failure, retry at %s", row.dossier_id, kind, retry_at.isoformat())

    def _quarantine(self, dossier_id: str, kind: str, reason: str, report: SyncReport) -> None:
        self.store.outbox.move(dossier_id, QUARANTINED, error_kind=kind, error=reason[:ERROR_CHARS])
        report.quarantined.append(dossier_id)
        log.warning("dossier %s quarantined (%s)", dossier_id, kind)


def _done(result: Any) -> Future[Any]:
    """A future that is already done, with `result`."""
    future: Future[Any] = Future()
    future.set_result(result)
    return future


class _SealFeed:
    """How many dossiers `_seal_each` has handed over so far, and whether it is over."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._count = 0
        self._over = False

    def one_more(self) -> None:
        with self._changed:
            self._count += 1
            self._changed.notify_all()

    def finish(self) -> None:
        with self._changed:
            self._over = True
            self._changed.notify_all()

    def state(self) -> tuple[int, bool]:
        with self._changed:
            return self._count, self._over

    def wait_beyond(self, count: int) -> None:
        """Until more than `count` were handed over, or sealing is over."""
        with self._changed:
            self._changed.wait_for(lambda: self._count > count or self._over)


def _try_lock(handle: IO[bytes]) -> bool:
    """An exclusive, non-blocking lock on an open file; False if another process holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
