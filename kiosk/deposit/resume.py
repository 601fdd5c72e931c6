"""« Enregistrer et reprendre plus tard »: resume codes, and the drafts they open.

A resume code is 14 random symbols and a check symbol, shown in three groups of five:
`K7QM4-XPDR9-TWAB3`. The alphabet has 32 symbols, digits 2-9 and letters without I and
O (no 0/O or 1/I to confuse), so the code carries 14 × 5 = 70 bits of entropy. The check
symbol (Luhn mod 32) catches every single wrong symbol and most swaps of two neighbours:
a typo is told apart from an unknown code without asking the store.

Nothing of the code is stored. Argon2id (RFC 9106's second recommended setting: 64 MiB,
3 passes, 4 lanes), salted with a secret of this kiosk's device key, turns the code into
64 bytes: the first 32 wrap the draft's data key, the last 32 (hex) find the row. A wrong
code costs a guesser one Argon2id run, and at the kiosk a delay that grows after a few
wrong codes in a row (`AttemptPolicy`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kiosk.store.dossiers import DossierStore
from kiosk.store.models import EXPIRED, RESUMED, utc_now
from kiosk.store.saved_drafts import OPENED, CodeKeys

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
RANDOM_SYMBOLS = 14
CODE_LENGTH = RANDOM_SYMBOLS + 1  # and the check symbol
GROUP = 5
ENTROPY_BITS = RANDOM_SYMBOLS * 5  # log2(32) = 5 bits per symbol
DEFAULT_RETENTION_DAYS = 30
_VALUE = {symbol: index for index, symbol in enumerate(ALPHABET)}
_SEPARATORS = " -._\u00a0\u2010\u2011\u2012\u2013\u2014"


# -- the code --------------------------------------------------------------------------

class CodeProblem(Enum):
    """Why a typed text is not a resume code (nothing was looked up)."""

    LENGTH = "length"  # not 15 symbols
    CHARACTER = "character"  # a character that no code has (0, O, 1, I, punctuation…)
    CHECK = "check"  # the check symbol does not match: a typo


class CodeFormatError(ValueError):
    def __init__(self, problem: CodeProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def _luhn_sum(symbols: str, factor: int) -> int:
    # Luhn mod N (N = 32), from the right: every other value doubled, its two base-N digits added.
    total = 0
    for symbol in reversed(symbols):
        addend = factor * _VALUE[symbol]
        total += addend // len(ALPHABET) + addend % len(ALPHABET)
        factor = 1 if factor == 2 else 2
    return total


def check_symbol(body: str) -> str:
    """The check symbol of the random part `body`."""
    return ALPHABET[-_luhn_sum(body, 2) % len(ALPHABET)]


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code, grouped for reading: `K7QM4-XPDR9-TWAB3`."""
    body = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(RANDOM_SYMBOLS))
    return format_code(body + check_symbol(body))


def format_code(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP))


def parse_code(text: str) -> str:
    """The 15 symbols of a typed or scanned code (case, spaces and dashes do not matter),
    or CodeFormatError saying what is wrong with it."""
    symbols = "".join(char for char in text.upper() if char not in _SEPARATORS)
    if any(char not in _VALUE for char in symbols):
        raise CodeFormatError(CodeProblem.CHARACTER)
    if len(symbols) != CODE_LENGTH:
        raise CodeFormatError(CodeProblem.LENGTH)
    if _luhn_sum(symbols, 1) % len(ALPHABET):
        raise CodeFormatError(CodeProblem.CHECK)
    return symbols


# -- keys from the code ---------------------------------------------------------------------

@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @property
    def name(self) -> str:
        return f"argon2id-v19-m{self.memory_kib}-t{self.iterations}-p{self.lanes}"


KDF = KdfParams()


def code_keys(symbols: str, salt: bytes, params: KdfParams = KDF) -> CodeKeys:
    """The lookup id and the wrapping key of a parsed code (see the module's text)."""
    out = Argon2id(salt=salt, length=64, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib).derive(symbols.encode("ascii"))
    return CodeKeys(lookup=out[32:].hex(), key=out[:32], kdf=params.name)


# -- slowing guessers down --------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptPolicy:
    """`free` wrong codes in a row cost nothing; each one after waits `first_delay`, doubled
    every time, up to `max_delay`. After `forget_after` without a wrong code the count starts
    again. With 70 bits of code this is not what stops a guesser (it would take 10^13
    years at one code a second): it keeps the kiosk from being used as a guessing machine."""

    free: int = 5
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(minutes=10)
    forget_after: timedelta = timedelta(hours=1)

    def delay(self, failures: int) -> timedelta:
        if failures < self.free:
            return timedelta(0)
        return min(self.max_delay, self.first_delay * 2 ** (failures - self.free))


# -- saving and resuming ------------------------------------------------------------------------

class ResumeStatus(Enum):
    RESUMED = "resumed"  # the draft is back: `dossier_id`
    MALFORMED = "malformed"  # not a code: `problem` says why (not counted as a try)
    UNKNOWN = "unknown"  # no saved draft has this code
    EXPIRED = "expired"  # its time was up: the draft is deleted (`expired_on`)
    USED = "used"  # it was resumed already (the draft went on from there)
    LOCKED = "locked"  # too many wrong codes: try again in `wait_seconds`


@dataclass(frozen=True)
class ResumeOutcome:
    status: ResumeStatus
    dossier_id: str | None = None
    problem: CodeProblem | None = None
    expired_on: datetime | None = None
    wait_seconds: int = 0


@dataclass(frozen=True)
class SavedTicket:
    """What the applicant takes away: the code (shown once, never stored) and the last day
    it opens the draft (local date; the draft goes at the following midnight, `expires_at`)."""

    code: str = field(repr=False)
    last_day: date
    expires_at: datetime
    saved_id: str = field(repr=False)


def expiry(now: datetime, retention: timedelta) -> tuple[date, datetime]:
    """The last day a draft saved at `now` is kept (kiosk's local date), and the moment it
    ends (the next local midnight, in UTC): the slip's "jusqu'au 26/12/2026" holds all day."""
    last_day = (now.astimezone() + retention).date()
    midnight = datetime.combine(last_day + timedelta(days=1), time(0)).astimezone()  # local
    return last_day, midnight.astimezone(now.tzinfo)


class ResumeCodes:
    """Saves drafts for later under new codes and opens them again (one per kiosk window).

    `clock` gives aware UTC datetimes (injectable for tests); `retention_days` is how long a
    saved draft is kept (Settings.resume_retention_days)."""

    def __init__(self, store: DossierStore, *, retention_days: int = DEFAULT_RETENTION_DAYS,
                 clock: Callable[[], datetime] = utc_now, policy: AttemptPolicy | None = None,
                 kdf: KdfParams = KDF, make_code: Callable[[], str] = new_code) -> None:
        if retention_days < 1:
            raise ValueError("a saved draft is kept at least one day")
        self.store = store
        self.retention = timedelta(days=retention_days)
        self.clock = clock
        self.policy = policy or AttemptPolicy()
        self.kdf = kdf
        self._make_code = make_code

    def save(self, dossier_id: str) -> SavedTicket:
        """Put the draft aside under a new code; it leaves the list of drafts."""
        code = self._make_code()
        keys = code_keys(parse_code(code), self.store.saved.kdf_salt(), self.kdf)
        now = self.clock()
        last_day, expires_at = expiry(now, self.retention)
        saved_id = self.store.save_for_later(dossier_id, keys, now=now, expires_at=expires_at)
        return SavedTicket(code=code, last_day=last_day, expires_at=expires_at, saved_id=saved_id)

    def wait_seconds(self) -> int:
        """Seconds before the next code may be tried (0: now)."""
        failures, last = self.store.saved.failures()
        if last is None or self.clock() - last > self.policy.forget_after:
            return 0
        left = last + self.policy.delay(failures) - self.clock()
        return max(0, int(-(-left.total_seconds() // 1)))  # rounded up

    def resume(self, text: str) -> ResumeOutcome:
        """Open the draft saved under the code `text`, or say why not (telling nothing more)."""
        try:
            symbols = parse_code(text)
        except CodeFormatError as error:
            return ResumeOutcome(ResumeStatus.MALFORMED, problem=error.problem)
        wait = self.wait_seconds()
        if wait:
            return ResumeOutcome(ResumeStatus.LOCKED, wait_seconds=wait)
        keys = code_keys(symbols, self.store.saved.kdf_salt(), self.kdf)
        result = self.store.restore_saved(keys, now=self.clock())
        if result.status == OPENED:
            self.store.saved.clear_failures()
            return ResumeOutcome(ResumeStatus.RESUMED, dossier_id=result.dossier_id)
        if result.status == EXPIRED:
            return ResumeOutcome(ResumeStatus.EXPIRED, expired_on=result.expires_at)
        if result.status == RESUMED:
            return ResumeOutcome(ResumeStatus.USED)
        self.store.saved.record_failure(self.clock(), forget_after=self.policy.forget_after)
        return ResumeOutcome(ResumeStatus.UNKNOWN, wait_seconds=self.wait_seconds())

    def purge(self) -> int:
        """Delete the saved drafts whose time is up; how many."""
        return self.store.purge_saved(self.clock())
