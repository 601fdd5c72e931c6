"""Outgoing mail: a queue in the database and a background sender.

A message is queued (`enqueue`) in the transaction of the event it tells about, so it
exists exactly when the event does. `MailSender` delivers queued messages over SMTP, or,
with no SMTP server configured (demo mode), writes each one as an .eml file into the
mail folder. A delivery that fails for a passing reason (server down, 4xx) is tried again
with capped exponential backoff, forever; one the server refuses for good (5xx) is kept,
marked failed and audited. A message is claimed by a conditional UPDATE (a lease), so
several service processes on one database never send it twice at once; a crash between
the server's acceptance and the mark "sent" sends it again after the lease: at least once.

Logs and the audit carry message ids and kinds only: never an address, subject or body.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Protocol

from sqlmodel import Session, col, select, update

from central import audit
from central.config import CentralSettings
from central.db import Database
from central.models import MAIL_FAILED, MAIL_QUEUED, MAIL_SENT, MailMessage, utc_now
from kiosk.sync.backoff import Backoff

log = logging.getLogger(__name__)

SMTP_TIMEOUT_SECONDS = 30
LEASE = timedelta(seconds=2 * SMTP_TIMEOUT_SECONDS + 30)  # longer than one delivery can take
MAX_RETRY_SECONDS = 3600
BATCH = 20  # messages claimed per pass
IDLE_POLL_SECONDS = 5.0  # picks up what another process queued; `wake` is for our own
SIGNATURE = ("\n\n--\nCe message est envoyé automatiquement par le service Escale ; "
             "merci de ne pas y répondre.\n")


def enqueue(session: Session, kind: str, recipient: str, subject: str, body: str, now: datetime) -> None:
    """Queue a message in the caller's transaction: it is sent only if that transaction commits."""
    session.add(MailMessage(kind=kind, state=MAIL_QUEUED, recipient=recipient, subject=subject,
                            body=body + SIGNATURE, next_attempt_at=now, created_at=now))


class PermanentFailure(Exception):
    """The server refused the message for good (5xx): trying again would not help."""


class Transport(Protocol):
    def deliver(self, message: EmailMessage) -> None:
        """Hand the message over; raises PermanentFailure, or any other exception for a passing failure."""


class SmtpTransport:
    def __init__(self, settings: CentralSettings) -> None:
        assert settings.smtp_host is not None
        self.settings = settings

    def deliver(self, message: EmailMessage) -> None:
        s = self.settings
        assert s.smtp_host is not None
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if s.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=SMTP_TIMEOUT_SECONDS, context=context)
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=SMTP_TIMEOUT_SECONDS)
        with smtp:
            if s.smtp_security == "starttls":
                smtp.starttls(context=context)
            if s.smtp_username is not None and s.smtp_password is not None:
                smtp.login(s.smtp_username, s.smtp_password)
            try:
                refused = smtp.send_message(message)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _text in exc.recipients.values()]
                if all(code >= 500 for code in codes):
                    raise PermanentFailure(f"recipient refused ({', '.join(map(str, codes))})") from None
                raise
            except smtplib.SMTPResponseException as exc:
                if exc.smtp_code >= 500:
                    raise PermanentFailure(f"{type(exc).__name__} {exc.smtp_code}") from None
                raise
            if refused:  # only one recipient per message: this does not happen, but say so
                raise PermanentFailure("recipient refused")


class FolderTransport:
    """Demo mode: each message becomes `<folder>/<message id>.eml` (0600), written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def deliver(self, message: EmailMessage) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = str(message["X-Escale-Message"])
        tmp = self.folder / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(bytes(message))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.folder / f"{name}.eml")


def transport_for(settings: CentralSettings) -> Transport:
    return SmtpTransport(settings) if settings.smtp_host else FolderTransport(settings.mail_folder)


class MailSender:
    """Delivers the queue from a daemon thread; `wake()` after a transaction that queued mail."""

    def __init__(self, db: Database, settings: CentralSettings, *, clock: Callable[[], datetime] = utc_now,
                 transport: Transport | None = None) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.transport = transport or transport_for(settings)
        self.backoff = Backoff(base_seconds=settings.mail_retry_seconds, cap_seconds=MAX_RETRY_SECONDS)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="escale-mail", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the database may be briefly away: keep the thread alive
                log.exception("mail pass failed; trying again later")
            self._wake.wait(self._next_wait())
            self._wake.clear()

    def _next_wait(self) -> float:
        """Seconds until the next queued message is due (at most IDLE_POLL_SECONDS)."""
        with self.db.reading() as session:
            due = session.exec(select(MailMessage.next_attempt_at)
                               .where(MailMessage.state == MAIL_QUEUED)
                               .order_by(col(MailMessage.next_attempt_at)).limit(1)).first()
        if due is None:
            return IDLE_POLL_SECONDS
        return min(IDLE_POLL_SECONDS, max(0.05, (due - self.clock()).total_seconds()))

    # -- one pass ---------------------------------------------------------------------
    def run_once(self) -> int:
        """Try every message that is due once; returns how many were delivered."""
        delivered = 0
        for message_id in self._claim():
            delivered += self._deliver(message_id)
        return delivered

    def _claim(self) -> list[int]:
        now = self.clock()
        with self.db.reading() as session:
            due = session.exec(select(MailMessage.id, MailMessage.next_attempt_at)
                               .where(MailMessage.state == MAIL_QUEUED,
                                      col(MailMessage.next_attempt_at) <= now)
                               .order_by(col(MailMessage.id)).limit(BATCH)).all()
        claimed = []
        for message_id, seen in due:
            with self.db.transaction() as session:
                result = session.exec(update(MailMessage)
                                      .where(col(MailMessage.id) == message_id,
                                             col(MailMessage.state) == MAIL_QUEUED,
                                             col(MailMessage.next_attempt_at) == seen)
                                      .values(next_attempt_at=now + LEASE))
                if result.rowcount == 1:  # else another sender took it
                    claimed.append(message_id)
        return claimed  # type: ignore[return-value]

    def _deliver(self, message_id: int) -> int:
        with self.db.reading() as session:
            row = session.get(MailMessage, message_id)
        assert row is not None and row.recipient is not None and row.body is not None
        try:
            self.transport.deliver(self._email(row))
        except PermanentFailure as exc:
            self._failed(row, str(exc))
            return 0
        except Exception as exc:  # server down, timeout, 4xx: later
            self._retry(row, _error_text(exc))
            return 0
        with self.db.transaction() as session:
            session.exec(update(MailMessage).where(col(MailMessage.id) == message_id)
                         .values(state=MAIL_SENT, sent_at=self.clock(), attempts=row.attempts + 1,
                                 recipient=None, body=None, last_error=None))
        log.info("mail %s (%s) sent", message_id, row.kind)
        return 1

    def _email(self, row: MailMessage) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.settings.smtp_sender
        message["To"] = row.recipient
        message["Subject"] = row.subject or ""
        message["Date"] = format_datetime(row.created_at)
        message["Message-ID"] = make_msgid(f"escale-{row.id}")
        message["X-Escale-Message"] = str(row.id)
        message.set_content(row.body or "", charset="utf-8")
        return message

    def _retry(self, row: MailMessage, error: str) -> None:
        attempts = row.attempts + 1
        delay = self.backoff.delay(attempts)
        with self.db.transaction() as session:
            session.exec(update(MailMessage).where(col(MailMessage.id) == row.id)
                         .values(attempts=attempts, next_attempt_at=self.clock() + delay, last_error=error))
        log.warning("mail %s (%s): attempt %d failed (%s); next in %d s", row.id, row.kind, attempts,
                    error, delay.total_seconds())

    def _failed(self, row: MailMessage, error: str) -> None:
        now = self.clock()
        with self.db.transaction() as session:
            session.exec(update(MailMessage).where(col(MailMessage.id) == row.id)
                         .values(state=MAIL_FAILED, attempts=row.attempts + 1, last_error=error[:300]))
            audit.record(session, "mail", "mail.failed", target=f"mail:{row.id}",
                         detail=f"{row.kind}: {error}", at=now)
        log.error("mail %s (%s) refused for good: %s", row.id, row.kind, error)


def _error_text(exc: Exception) -> str:
    """The error's type and SMTP code: never its text, which may echo the address."""
    code = getattr(exc, "smtp_code", None)
    return (type(exc).__name__ if code is None else f"{type(exc).__name__} {code}")[:300]
