"""Applicant accounts (seed A3/A4, docs/protocol.md "Accounts").

Create (foreigner number, visa or residence-permit number, e-mail) → a one-time code is
mailed → code + new password → active; then login (foreigner number + password) gives
a session token for one kiosk. Repeated wrong passwords lock the account for a while.

The slow work (Argon2id) runs outside transactions; the write that follows re-checks
what it relies on with a conditional UPDATE or a row lock, so two racing calls agree.
Logs and the audit name accounts by id only.
"""

from __future__ import annotations

import hmac
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select, update

from central import audit
from central.accounts_crypto import Identifiers, PasswordPolicy, new_code, new_session_token, token_hash
from central.config import CentralSettings
from central.db import Database
from central.mail import MailSender, enqueue
from central.models import ACTIVE, PENDING, ApplicantAccount, ApplicantSession, Device
from central.online import OnlineError
from kiosk.protocol.online import (
    AccountCreated,
    AccountStatus,
    ActivateAccountRequest,
    CreateAccountRequest,
    LoginRequest,
    LoginResponse,
)

log = logging.getLogger(__name__)

BAD_CREDENTIALS = "Numéro étranger ou mot de passe incorrect."
RESEND_AFTER_SECONDS = 60  # a new code for a pending account: not more often (each one is a mail)


@dataclass(frozen=True)
class Applicant:
    """Who a valid session token stands for."""

    account_id: str
    applicant_key: str
    device_id: str


def _code_mail(code: str, minutes: int) -> tuple[str, str]:
    subject = "Escale – votre code de création de compte"
    body = (f"Bonjour,\n\nVoici votre code de création de compte : {code}\n\n"
            "Saisissez-le sur la borne Escale avec le mot de passe de votre choix. "
            f"Il est valable {minutes} minutes et ne sert qu'une fois.\n\n"
            "Si vous n'avez pas demandé la création d'un compte, ignorez ce message.")
    return subject, body


class Accounts:
    def __init__(self, db: Database, settings: CentralSettings, identifiers: Identifiers, mail: MailSender,
                 clock: Callable[[], datetime]) -> None:
        self.db = db
        self.settings = settings
        self.ids = identifiers
        self.mail = mail
        self.clock = clock
        self.policy = PasswordPolicy.of(settings)

    # -- creation and activation ------------------------------------------------------
    def create(self, device: Device, request: CreateAccountRequest) -> AccountCreated:
        """A pending account (or a pending one again, with a fresh code) and the code mailed."""
        try:
            return self._create(device, request)
        except IntegrityError:  # a racing creation for the same number won: now it is found
            return self._create(device, request)

    def _create(self, device: Device, request: CreateAccountRequest) -> AccountCreated:
        key = self.ids.applicant(request.foreigner_number)
        document = self.ids.document(request.document_number)
        now = self.clock()
        expires = now + timedelta(seconds=self.settings.account_code_ttl_seconds)
        code = new_code()
        with self.db.transaction() as session:
            row = self._by_key(session, key, lock=True)
            if row is not None and row.state == ACTIVE:
                raise OnlineError(409, "account_exists", "Un compte existe déjà pour ce numéro étranger : "
                                  "connectez-vous avec votre mot de passe.")
            if row is not None and not hmac.compare_digest(row.document_key, document):
                raise OnlineError(409, "account_pending", "Une création de compte est déjà en cours pour ce "
                                  "numéro étranger avec un autre document.")
            if row is not None and row.code_expires_at is not None and \
                    row.code_expires_at - now > timedelta(seconds=self.settings.account_code_ttl_seconds
                                                          - RESEND_AFTER_SECONDS):
                raise OnlineError(409, "code_recently_sent", "Un code vient d'être envoyé : vérifiez vos "
                                  "courriels, ou attendez une minute avant d'en demander un autre.")
            action = "account.code_resent" if row is not None else "account.created"
            if row is None:
                row = ApplicantAccount(id=str(uuid.uuid4()), applicant_key=key, document_key=document,
                                       email=request.email, state=PENDING, created_at=now, updated_at=now)
            row.email, row.updated_at = request.email, now
            row.code_hash, row.code_expires_at, row.code_attempts = self.ids.code(row.id, code), expires, 0
            session.add(row)
            subject, body = _code_mail(code, self.settings.account_code_ttl_seconds // 60)
            enqueue(session, "account_code", request.email, subject, body, now)
            audit.record(session, audit.device_actor(device.id), action, target=row.id, at=now)
        self.mail.wake()
        log.info("account %s: one-time code queued (device %s)", row.id, device.id)
        return AccountCreated(code_expires_at=expires)

    def activate(self, device: Device, request: ActivateAccountRequest) -> AccountStatus:
        key = self.ids.applicant(request.foreigner_number)
        now = self.clock()
        with self.db.reading() as session:
            row = self._by_key(session, key)
        if row is None:
            raise OnlineError(404, "no_pending_account", "Aucune création de compte n'est en cours pour ce "
                              "numéro étranger.")
        if row.state == ACTIVE:
            raise OnlineError(409, "account_exists", "Ce compte est déjà actif : connectez-vous.")
        if row.code_hash is None or row.code_expires_at is None or row.code_expires_at <= now:
            raise OnlineError(410, "code_expired", "Ce code n'est plus valable : demandez-en un nouveau.")
        if not hmac.compare_digest(row.code_hash, self.ids.code(row.id, request.code)):
            self._wrong_code(device, row, now)
        password_hash = self.policy.hash(request.password)  # slow: outside any transaction
        with self.db.transaction() as session:
            done = session.exec(update(ApplicantAccount)
                                .where(col(ApplicantAccount.id) == row.id,
                                       col(ApplicantAccount.state) == PENDING,
                                       col(ApplicantAccount.code_hash) == row.code_hash)
                                .values(state=ACTIVE, password_hash=password_hash, code_hash=None,
                                        code_expires_at=None, code_attempts=0, activated_at=now,
                                        updated_at=now))
            if done.rowcount != 1:
                raise OnlineError(409, "code_used", "Ce code vient d'être utilisé : connectez-vous.")
            audit.record(session, audit.device_actor(device.id), "account.activated", target=row.id, at=now)
        log.info("account %s activated", row.id)
        return AccountStatus(state=ACTIVE)

    def _wrong_code(self, device: Device, row: ApplicantAccount, now: datetime) -> None:
        attempts = row.code_attempts + 1
        spent = attempts >= self.settings.account_code_max_attempts
        with self.db.transaction() as session:
            values = {"code_attempts": attempts, "updated_at": now}
            if spent:  # the code dies: a new one must be asked for
                values |= {"code_hash": None, "code_expires_at": None}
            session.exec(update(ApplicantAccount)
                         .where(col(ApplicantAccount.id) == row.id,
                                col(ApplicantAccount.code_hash) == row.code_hash,
                                col(ApplicantAccount.code_attempts) == row.code_attempts)
                         .values(**values))
            audit.record(session, audit.device_actor(device.id), "account.code_refused", target=row.id,
                         detail=f"attempt {attempts}/{self.settings.account_code_max_attempts}", at=now)
        if spent:
            raise OnlineError(410, "code_expired", "Trop d'essais : ce code n'est plus valable, "
                              "demandez-en un nouveau.")
        left = self.settings.account_code_max_attempts - attempts
        raise OnlineError(400, "code_invalid", f"Code incorrect ({left} essai(s) restant(s)).")

    # -- login and sessions -----------------------------------------------------------
    def login(self, device: Device, request: LoginRequest) -> LoginResponse:
        key = self.ids.applicant(request.foreigner_number)
        now = self.clock()
        actor = audit.device_actor(device.id)
        with self.db.reading() as session:
            row = self._by_key(session, key)
        if row is None or row.password_hash is None:
            self.policy.waste_time(request.password)
            with self.db.transaction() as session:
                audit.record(session, actor, "account.login_failed", target=None if row is None else row.id,
                             detail="unknown account" if row is None else "account not active", at=now)
            if row is None:
                raise OnlineError(401, "bad_credentials", BAD_CREDENTIALS)
            raise OnlineError(403, "account_not_active", "Ce compte n'est pas encore activé : saisissez le "
                              "code reçu par courriel.")
        self._refuse_if_locked(row, now)
        if not self.policy.verify(request.password, row.password_hash):
            self._failed_login(actor, row.id, now)
        rehash = None if self.policy.is_current(row.password_hash) else self.policy.hash(request.password)
        token = new_session_token()
        expires = now + timedelta(seconds=self.settings.session_ttl_seconds)
        with self.db.transaction() as session:
            locked = session.get(ApplicantAccount, row.id, with_for_update=True)
            assert locked is not None
            self._refuse_if_locked(locked, now)  # a racing wrong password may have just locked it
            locked.failed_logins, locked.locked_until, locked.updated_at = 0, None, now
            if rehash is not None:
                locked.password_hash = rehash
            session.add(locked)
            session.exec(delete(ApplicantSession).where(col(ApplicantSession.account_id) == row.id,
                                                        col(ApplicantSession.expires_at) <= now))
            session.add(ApplicantSession(token_hash=token_hash(token), account_id=row.id, device_id=device.id,
                                         created_at=now, expires_at=expires))
            audit.record(session, actor, "account.login", target=row.id,
                         detail="password rehashed" if rehash else None, at=now)
        log.info("account %s: logged in on device %s", row.id, device.id)
        return LoginResponse(session_token=token, expires_at=expires)

    @staticmethod
    def _refuse_if_locked(row: ApplicantAccount, now: datetime) -> None:
        if row.locked_until is not None and row.locked_until > now:
            raise _locked(row.locked_until, now)

    def _failed_login(self, actor: str, account_id: str, now: datetime) -> None:
        limit = self.settings.login_max_failures
        with self.db.transaction() as session:
            row = session.get(ApplicantAccount, account_id, with_for_update=True)
            assert row is not None
            if row.locked_until is not None and row.locked_until > now:
                locked_until: datetime | None = row.locked_until  # locked meanwhile: nothing to count
            else:
                row.failed_logins += 1
                locked_until = None
                if row.failed_logins >= limit:
                    locked_until = now + timedelta(seconds=self.settings.login_lockout_seconds)
                    row.failed_logins, row.locked_until = 0, locked_until
                    until = f"{locked_until:%Y-%m-%dT%H:%M:%SZ}"
                    audit.record(session, actor, "account.locked", target=row.id, at=now,
                                 detail=f"{limit} failed logins; locked until {until}")
                else:
                    audit.record(session, actor, "account.login_failed", target=row.id,
                                 detail=f"wrong password {row.failed_logins}/{limit}", at=now)
                row.updated_at = now
                session.add(row)
        if locked_until is not None:
            log.warning("account %s locked after %d failed logins", account_id, limit)
            raise _locked(locked_until, now)
        raise OnlineError(401, "bad_credentials", BAD_CREDENTIALS)

    def applicant(self, device: Device, token: str) -> Applicant:
        """The account a session token opens, on the kiosk it was opened on, while it lasts."""
        now = self.clock()
        with self.db.reading() as session:
            found = session.exec(
                select(ApplicantSession, ApplicantAccount)
                .join(ApplicantAccount, col(ApplicantAccount.id) == ApplicantSession.account_id)
                .where(ApplicantSession.token_hash == token_hash(token))).first()
        if found is None or found[0].expires_at <= now or found[0].device_id != device.id:
            raise OnlineError(401, "session_expired", "Votre session a expiré : reconnectez-vous.",
                              headers={"WWW-Authenticate": "Bearer"})
        return Applicant(account_id=found[1].id, applicant_key=found[1].applicant_key, device_id=device.id)

    def logout(self, device: Device, token: str) -> None:
        applicant = self.applicant(device, token)
        with self.db.transaction() as session:
            session.exec(delete(ApplicantSession)
                         .where(col(ApplicantSession.token_hash) == token_hash(token)))
            audit.record(session, audit.device_actor(device.id), "account.logout",
                         target=applicant.account_id, at=self.clock())

    @staticmethod
    def _by_key(session: Session, key: str, *, lock: bool = False) -> ApplicantAccount | None:
        query = select(ApplicantAccount).where(ApplicantAccount.applicant_key == key)
        return session.exec(query.with_for_update() if lock else query).first()


def _locked(until: datetime, now: datetime) -> OnlineError:
    seconds = max(1, int((until - now).total_seconds()))
    minutes = -(-seconds // 60)
    return OnlineError(423, "account_locked",
                       f"Trop d'essais : compte verrouillé pendant {minutes} minute(s).",
                       headers={"Retry-After": str(seconds)}, locked_until=until.isoformat())
