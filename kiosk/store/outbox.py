"""The outbox: sealed dossiers and where each stands with the central service.

Rows move sealed -> sending -> sent -> deposited, or to retry_wait after a typed
failure (with the time of the next attempt), or to quarantined when the central
service refused the dossier. Every move is one transaction; a crash leaves a row in
the state it had, and the worker takes it up from there.

Durability: a move's commit waits for the disk (the store's `synchronous = FULL`), except
the moves to `sending` and `sent` (`UNSYNCED_STATES`): they are committed in WAL order
without an fsync of their own. A killed process loses no committed transaction either
way; a power cut may lose the last unsynced moves only, bringing a row back to `sealed`,
`retry_wait` or `sending`, from which the worker sends the same manifest again (the
central service is idempotent by dossier id and manifest: a deposited dossier answers
with its receipt). The WAL is sequential, so the next synced commit (e.g. `deposited`)
makes every move before it durable too.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from kiosk.store.crypto import StoreCipher
from kiosk.store.db import synchronous_normal
from kiosk.store.errors import DossierNotFound, DossierStateError
from kiosk.store.models import (
    DEPOSITED,
    OUTBOX_STATES,
    QUARANTINED,
    RETRY_WAIT,
    SEALED,
    SENDING,
    SENT,
    Outbox,
    OutboxEvent,
    utc_now,
)

# Where each state may go next; anything else is a bug and is refused.
MOVES: dict[str, frozenset[str]] = {
    SEALED: frozenset({SENDING, QUARANTINED}),
    SENDING: frozenset({SENDING, SENT, DEPOSITED, RETRY_WAIT, QUARANTINED}),
    SENT: frozenset({SENDING, DEPOSITED, RETRY_WAIT, QUARANTINED}),
    RETRY_WAIT: frozenset({SENDING, QUARANTINED}),
    QUARANTINED: frozenset({SEALED}),  # a mediator's resend
    DEPOSITED: frozenset(),
}
# Moves whose loss in a power cut only makes the worker send the dossier again (module docstring).
UNSYNCED_STATES = frozenset({SENDING, SENT})


@dataclass(frozen=True)
class OutboxRecord:
    dossier_id: str
    state: str
    manifest_sha256: str
    bytes_total: int
    bytes_sent: int
    attempts: int
    next_attempt_at: datetime | None
    error_kind: str | None
    error: str | None
    deposit_number: str | None
    receipt_json: str | None
    sealed_at: datetime
    updated_at: datetime
    deposited_at: datetime | None


def _confirmation_aad(dossier_id: str) -> bytes:
    return b"confirmation:" + dossier_id.encode()


def _record(row: Outbox) -> OutboxRecord:
    return OutboxRecord(
        dossier_id=row.dossier_id, state=row.state, manifest_sha256=row.manifest_sha256,
        bytes_total=row.bytes_total, bytes_sent=row.bytes_sent, attempts=row.attempts,
        next_attempt_at=row.next_attempt_at, error_kind=row.error_kind, error=row.error,
        deposit_number=row.deposit_number, receipt_json=row.receipt_json,
        sealed_at=row.sealed_at, updated_at=row.updated_at, deposited_at=row.deposited_at,
    )


class OutboxStore:
    """Thread-safe like DossierStore: one session per call."""

    def __init__(self, engine: Engine, writer: Engine, cipher: StoreCipher) -> None:
        self._engine = engine
        self._writer = writer
        self._cipher = cipher
        # Held around the sync pass's write transactions (these moves, the hand-over to the
        # outbox): its threads queue here, in order, instead of in SQLite's busy handler,
        # which polls with sleeps of 1, 2, 5, 10... ms while another connection writes.
        self.write_lock = threading.RLock()

    # -- reading ------------------------------------------------------------------------
    def get(self, dossier_id: str) -> OutboxRecord:
        with Session(self._engine) as session:
            return _record(self._row(session, dossier_id))

    def list(self, state: str | None = None) -> list[OutboxRecord]:
        query = select(Outbox).order_by(col(Outbox.sealed_at), col(Outbox.dossier_id))
        if state is not None:
            query = query.where(Outbox.state == state)
        with Session(self._engine) as session:
            return [_record(row) for row in session.exec(query)]

    def due(self, now: datetime) -> list[OutboxRecord]:
        """Rows the worker should take now, oldest first: interrupted sends included."""
        query = (
            select(Outbox)
            .where(col(Outbox.state).in_([SEALED, SENDING, SENT, RETRY_WAIT]))
            .where((Outbox.state != RETRY_WAIT) | (col(Outbox.next_attempt_at) <= now))
            .order_by(col(Outbox.sealed_at), col(Outbox.dossier_id))
        )
        with Session(self._engine) as session:
            return [_record(row) for row in session.exec(query)]

    def counts(self) -> dict[str, int]:
        with Session(self._engine) as session:
            rows = session.exec(select(Outbox.state, func.count()).group_by(Outbox.state)).all()
        counts = dict.fromkeys(OUTBOX_STATES, 0)
        counts.update({state: count for state, count in rows})
        return counts

    def confirmation(self, dossier_id: str) -> dict[str, Any]:
        with Session(self._engine) as session:
            row = self._row(session, dossier_id)
        return json.loads(self._cipher.decrypt(row.confirmation_blob, _confirmation_aad(dossier_id)))

    def events(self, dossier_id: str) -> list[tuple[datetime, str, str | None]]:
        query = (select(OutboxEvent).where(OutboxEvent.dossier_id == dossier_id)
                 .order_by(col(OutboxEvent.id)))
        with Session(self._engine) as session:
            return [(e.at, e.event, e.detail) for e in session.exec(query)]

    # -- moving -------------------------------------------------------------------------
    def new_row(self, session: Session, dossier_id: str, manifest_sha256: str,
                confirmation: dict[str, Any], bytes_total: int) -> None:
        """Add a sealed dossier inside the caller's transaction (see DossierStore.seal)."""
        now = utc_now()
        session.add(Outbox(
            dossier_id=dossier_id, state=SEALED, manifest_sha256=manifest_sha256,
            confirmation_blob=self._cipher.encrypt(json.dumps(confirmation).encode(),
                                                   _confirmation_aad(dossier_id)),
            bytes_total=bytes_total, sealed_at=now, updated_at=now,
        ))
        session.add(OutboxEvent(dossier_id=dossier_id, at=now, event=SEALED))

    def move(self, dossier_id: str, state: str, *, event: str | None = None,
             _detail: str | None = None, **changes: Any) -> OutboxRecord:
        """Move a row to `state` (checked against MOVES) and set `changes`, atomically."""
        with self._writing(synced=state not in UNSYNCED_STATES) as session:
            row = self._row(session, dossier_id)
            if state not in MOVES[row.state]:
                raise DossierStateError(f"outbox {dossier_id}: {row.state} cannot become {state}")
            now = utc_now()
            row.state = state
            row.updated_at = now
            for name, value in changes.items():
                setattr(row, name, value)
            session.add(row)
            if event or state != SENDING:
                session.add(OutboxEvent(dossier_id=dossier_id, at=now, event=event or state,
                                        detail=_detail or changes.get("error")))
            session.commit()
            return _record(row)  # as written: not expired, so not read again

    @contextmanager
    def _writing(self, *, synced: bool) -> Iterator[Session]:
        """A write session (BEGIN IMMEDIATE) whose objects stay loaded after commit. Not
        `synced`: its commit does not wait for the disk (`synchronous = NORMAL` on the
        connection for this transaction, FULL again before it goes back to the pool)."""
        with self.write_lock:
            if synced:
                with Session(self._writer, expire_on_commit=False) as session:
                    yield session
            else:
                with self._unsynced_session() as session:
                    yield session

    @contextmanager
    def _unsynced_session(self) -> Iterator[Session]:
        with (self._writer.connect() as connection, synchronous_normal(connection),
              Session(bind=connection, expire_on_commit=False) as session):
            yield session

    def progress(self, dossier_id: str, bytes_sent: int) -> None:
        with Session(self._writer) as session:
            row = self._row(session, dossier_id)
            row.bytes_sent = bytes_sent
            row.updated_at = utc_now()
            session.add(row)
            session.commit()

    def resend(self, dossier_id: str, who: str) -> OutboxRecord:
        """A mediator sends a quarantined dossier again (its sealed files were kept)."""
        return self.move(dossier_id, SEALED, event="resend", error=None, error_kind=None,
                         next_attempt_at=None, attempts=0, _detail=f"by {who}")

    def discard(self, dossier_id: str, who: str) -> None:
        """A mediator gives up on a quarantined dossier: the row goes, the audit stays."""
        with Session(self._writer) as session:
            row = self._row(session, dossier_id)
            if row.state != QUARANTINED:
                raise DossierStateError(f"only a quarantined dossier can be discarded ({row.state})")
            session.delete(row)
            session.add(OutboxEvent(dossier_id=dossier_id, at=utc_now(), event="discarded",
                                    detail=f"by {who}"))
            session.commit()

    @staticmethod
    def _row(session: Session, dossier_id: str) -> Outbox:
        row = session.get(Outbox, dossier_id)
        if row is None:
            raise DossierNotFound(dossier_id)
        return row
