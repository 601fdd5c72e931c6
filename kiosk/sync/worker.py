"""One sync pass: seal the dossiers deposited at the kiosk, then send every due
dossier of the outbox to the central service, each on its own.

Exactly once: the central service is idempotent by dossier id and manifest, so a pass
cut anywhere (network, power, SIGKILL) is taken up again from the state the outbox
row kept; only a verified receipt makes a dossier `deposited`.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.deposit.confirmation import confirmation_for, to_json
from kiosk.procedure.definition import Procedure, default_procedure
from kiosk.protocol.models import SignedManifest, SignedReceipt, UploadStatus
from kiosk.store.dossiers import DossierStore
from kiosk.store.models import DEPOSITED, QUARANTINED, READY, RETRY_WAIT, SENDING, SENT, utc_now
from kiosk.store.outbox import OutboxRecord
from kiosk.sync.backoff import Backoff
from kiosk.sync.client import CentralClient, Conflict, NetworkError, Rejected, ServerError
from kiosk.sync.keys import CentralTrust, DeviceIdentity
from kiosk.sync.sealing import purge_sealed, read_chunk, seal_dossier

log = logging.getLogger(__name__)  # ids and states only: never names or numbers of people

Progress = Callable[[str, int, int], None]  # dossier id, bytes sent, bytes total


@dataclass
class SyncReport:
    sealed: list[str] = field(default_factory=list)
    deposited: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in vars(self).items()}


class SyncEngine:
    def __init__(self, store: DossierStore, data_dir: Path, device: DeviceIdentity,
                 trust: CentralTrust, client: CentralClient, *,
                 procedure: Procedure | None = None, backoff: Backoff | None = None,
                 clock: Callable[[], datetime] = utc_now, site_name: str | None = None) -> None:
        self.store = store
        self.outbox_dir = data_dir / "outbox"
        self.device = device
        self.trust = trust
        self.client = client
        self.procedure = procedure or default_procedure()
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.site_name = site_name

    # -- sealing ----------------------------------------------------------------------
    def seal_ready(self, report: SyncReport) -> None:
        """Seal each dossier deposited at the kiosk and hand it to the outbox."""
        for record in self.store.list_dossiers(READY):
            purge_sealed(self.outbox_dir, record.id)  # what a crash mid-sealing left
            signed = seal_dossier(record, self.store, self.outbox_dir, self.device, self.trust,
                                  self.trust.device_id)
            confirmation = to_json(confirmation_for(record, self.procedure, self.site_name))
            total = sum(f.size for f in signed.manifest.files)
            self.store.hand_over_to_outbox(record.id, signed.manifest.digest(), confirmation, total)
            report.sealed.append(record.id)
            log.info("sealed dossier %s (%d files)", record.id, len(signed.manifest.files))

    def tidy(self) -> None:
        """Ciphertext left behind by a crash: of deposited dossiers, or of no row at all."""
        if not self.outbox_dir.exists():
            return
        keep = {row.dossier_id for row in self.store.outbox.list() if row.state != DEPOSITED}
        keep |= {record.id for record in self.store.list_dossiers(READY)}
        for folder in self.outbox_dir.iterdir():
            if folder.is_dir() and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    # -- sending ----------------------------------------------------------------------
    def send_due(self, report: SyncReport, on_progress: Progress | None = None) -> None:
        for row in self.store.outbox.due(self.clock()):
            self._send_one(row, report, on_progress)

    def run_once(self, on_progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        self.tidy()
        self.seal_ready(report)
        self.send_due(report, on_progress)
        return report

    def _send_one(self, row: OutboxRecord, report: SyncReport, on_progress: Progress | None) -> None:
        dossier_id = row.dossier_id
        try:
            signed = self._manifest(row)
        except (OSError, ValueError) as exc:
            self._quarantine(dossier_id, "local", f"sealed files unreadable: {exc}", report)
            return
        self.store.outbox.move(dossier_id, SENDING, attempts=row.attempts + 1)
        try:
            status = self.client.put_manifest(signed)
            if status.state == "receiving":
                self._upload_missing(signed, status, row.bytes_total, on_progress)
                self.store.outbox.move(dossier_id, SENT)
                status = self.client.commit(dossier_id)
            self._settle(row, status, report)
        except (NetworkError, ServerError) as exc:
            kind = "network" if isinstance(exc, NetworkError) else "server"
            retry_at = self.clock() + self.backoff.delay(row.attempts + 1)
            self.store.outbox.move(dossier_id, RETRY_WAIT, error_kind=kind, error=str(exc)[:300],
                                   next_attempt_at=retry_at)
            report.retrying.append(dossier_id)
            log.info("dossier %s: %s failure, retry at %s", dossier_id, kind, retry_at.isoformat())
        except (Rejected, Conflict) as exc:
            kind = "conflict" if isinstance(exc, Conflict) else "rejected"
            self._quarantine(dossier_id, kind, str(exc)[:300], report)
        except (OSError, ValueError) as exc:  # a sealed chunk file lost or damaged on disk
            self._quarantine(dossier_id, "local", f"sealed files unreadable: {exc}"[:300], report)

    def _manifest(self, row: OutboxRecord) -> SignedManifest:
        path = self.outbox_dir / row.dossier_id / "manifest.json"
        signed = SignedManifest.model_validate_json(path.read_bytes())
        if signed.manifest.digest() != row.manifest_sha256:
            raise ValueError("manifest does not match the one sealed")
        return signed

    def _upload_missing(self, signed: SignedManifest, status: UploadStatus, total: int,
                        on_progress: Progress | None) -> None:
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
        self.store.outbox.progress(manifest.dossier_id, sent)

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
        purge_sealed(self.outbox_dir, dossier_id)  # the ciphertext is no longer needed
        report.deposited.append(dossier_id)
        log.info("dossier %s deposited", dossier_id)

    def _receipt_is_ours(self, signed: SignedReceipt, row: OutboxRecord) -> bool:
        receipt = signed.receipt
        return (self.trust.verify_receipt(signed) and receipt.dossier_id == row.dossier_id
                and receipt.manifest_sha256 == row.manifest_sha256
                and receipt.device_id == self.trust.device_id)

    def _quarantine(self, dossier_id: str, kind: str, reason: str, report: SyncReport) -> None:
        self.store.outbox.move(dossier_id, QUARANTINED, error_kind=kind, error=reason)
        report.quarantined.append(dossier_id)
        log.warning("dossier %s quarantined (%s)", dossier_id, kind)
