"""« Enregistrer et reprendre plus tard »: codes an applicant can type, drafts only the code
opens, wrong codes slowed down, expired drafts deleted for real (real SQLite file, real files)."""

from __future__ import annotations

import itertools
import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from support.files import make_pdf

from kiosk.deposit.resume import (
    ALPHABET,
    CODE_LENGTH,
    ENTROPY_BITS,
    KDF,
    AttemptPolicy,
    CodeFormatError,
    CodeProblem,
    KdfParams,
    ResumeCodes,
    ResumeStatus,
    check_symbol,
    code_keys,
    format_code,
    new_code,
    parse_code,
)
from kiosk.deposit.session import DepositSession
from kiosk.store.dossiers import DB_NAME, DossierStore

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)  # the real one: see test_real_kdf
SURNAME = "QWERTZUIOPLKJ"  # distinctive, to look for in raw bytes
START = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def codes(store: DossierStore, clock: Clock) -> ResumeCodes:
    return ResumeCodes(store, clock=clock, kdf=FAST)


def draft_with_a_file(store: DossierStore, tmp_path: Path) -> DepositSession:
    session = DepositSession.start(store, today=lambda: date(2026, 11, 26))
    session.set_answer("current_permit.category", "eu_family_member")
    session.set_answer("identity.surname", SURNAME)
    session.attach("passport", make_pdf(tmp_path / f"passeport-{SURNAME}.pdf", 2, SURNAME))
    session.set_page("identity")
    return session


def raw_bytes(data_dir: Path) -> bytes:
    """Everything the store wrote: database, WAL, blobs and saved files."""
    return b"".join(path.read_bytes() for path in sorted(data_dir.rglob("*"))
                    if path.is_file() and path.parent.name != "keys")


# -- the code ---------------------------------------------------------------------------

def test_a_code_is_short_grouped_and_unambiguous() -> None:
    code = new_code()
    assert len(code) == 17 and code[5] == code[11] == "-"
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert not set("0O1I") & set(ALPHABET) and len(ALPHABET) == 32
    assert ENTROPY_BITS >= 60 and ENTROPY_BITS == (CODE_LENGTH - 1) * 5
    assert len({new_code() for _ in range(1000)}) == 1000
    assert parse_code(code) == code.replace("-", "")


def test_typing_is_forgiving_about_case_spaces_and_dashes() -> None:
    code = new_code()
    symbols = code.replace("-", "")
    for typed in (code.lower(), " ".join(symbols), f" {code} ", code.replace("-", " – ")):
        assert parse_code(typed) == symbols


def test_every_single_typo_is_caught_by_the_check_symbol() -> None:
    rng = random.Random(6)
    for _ in range(20):
        symbols = parse_code(new_code(rng.randrange))
        for index, wrong in itertools.product(range(CODE_LENGTH), ALPHABET):
            if wrong != symbols[index]:
                typo = symbols[:index] + wrong + symbols[index + 1:]
                with pytest.raises(CodeFormatError) as caught:
                    parse_code(typo)
                assert caught.value.problem is CodeProblem.CHECK


def test_most_swaps_of_neighbours_are_caught() -> None:
    rng = random.Random(7)
    swaps = caught = 0
    for _ in range(200):
        symbols = parse_code(new_code(rng.randrange))
        for i in range(CODE_LENGTH - 1):
            if symbols[i] != symbols[i + 1]:
                swaps += 1
                swapped = symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2:]
                try:
                    parse_code(swapped)
                except CodeFormatError:
                    caught += 1
    assert caught / swaps > 0.95


@pytest.mark.parametrize(("typed", "problem"), [
    ("", CodeProblem.LENGTH),
    ("K7QM4-XPDR9", CodeProblem.LENGTH),
    ("K7QM4-XPDR9-TWAB3-X", CodeProblem.LENGTH),
    ("K7QM4-XPDR9-TWAB0", CodeProblem.CHARACTER),
    ("K7QM4-XPDR9-TWABO", CodeProblem.CHARACTER),
    ("K7QM4-XPDR9-TWAB1", CodeProblem.CHARACTER),
    ("K7QM4-XPDR9-TWABI", CodeProblem.CHARACTER),
    ("K7QM4/XPDR9/TWAB3", CodeProblem.CHARACTER),
])
def test_what_is_not_a_code_says_why(typed: str, problem: CodeProblem) -> None:
    with pytest.raises(CodeFormatError) as caught:
        parse_code(typed)
    assert caught.value.problem is problem


def test_check_symbol_matches_its_definition() -> None:
    body = "K7QM4XPDR9TWAB"
    symbols = body + check_symbol(body)
    assert parse_code(format_code(symbols)) == symbols


def test_real_kdf_is_argon2id_with_rfc9106_parameters() -> None:
    assert KDF.name == "argon2id-v19-m65536-t3-p4"
    salt = b"s" * 16
    symbols = parse_code(new_code())
    keys = code_keys(symbols, salt)
    assert len(keys.key) == 32 and len(keys.lookup) == 64
    assert keys == code_keys(symbols, salt)
    assert code_keys(symbols, b"t" * 16).lookup != keys.lookup  # salted


# -- saving and resuming ---------------------------------------------------------------------

def test_saved_draft_leaves_the_list_and_comes_back_with_its_code(
        store: DossierStore, codes: ResumeCodes, tmp_path: Path) -> None:
    session = draft_with_a_file(store, tmp_path)
    dossier_id = session.dossier_id
    before = store.load(dossier_id)
    file_bytes = store.attachment_bytes(before.attachments[0].id)

    ticket = session.save_for_later(codes)
    assert ticket.last_day == (START.astimezone() + timedelta(days=30)).date()
    assert ticket.expires_at.astimezone().date() == ticket.last_day + timedelta(days=1)
    assert ticket.expires_at.astimezone().time() == time(0)
    assert ticket.code not in repr(ticket)
    assert store.latest_draft() is None and store.list_dossiers() == []
    assert not list((store.saved.root.parent / "blobs").glob("??/*")), "the blob left the shared store"

    outcome, resumed = DepositSession.resume_with_code(store, codes, ticket.code.lower())
    assert outcome.status is ResumeStatus.RESUMED and resumed is not None
    assert resumed.dossier_id == dossier_id
    assert resumed.answers == session.answers and resumed.current_page == "identity"
    after = store.load(dossier_id)
    assert after.created_at == before.created_at and after.state == "draft"
    assert [(a.requirement, a.original_name, a.sha256, a.pages) for a in after.attachments] == [
        (a.requirement, a.original_name, a.sha256, a.pages) for a in before.attachments]
    assert store.attachment_bytes(after.attachments[0].id) == file_bytes
    assert not any(store.saved.root.iterdir()), "the saved copy is deleted once resumed"

    again = codes.resume(ticket.code)
    assert again.status is ResumeStatus.USED


def test_the_store_holds_neither_the_code_nor_anything_in_the_clear(
        store: DossierStore, codes: ResumeCodes, data_dir: Path, tmp_path: Path) -> None:
    session = draft_with_a_file(store, tmp_path)
    ticket = session.save_for_later(codes)
    raw = raw_bytes(data_dir)
    assert SURNAME.encode() not in raw
    assert b"identity.surname" not in raw and b"passeport" not in raw
    symbols = parse_code(ticket.code)
    for form in (ticket.code, symbols, symbols.lower()):
        assert form.encode() not in raw
    # Not even the device key opens it: the data key is wrapped with the code's key.
    saved = store.saved.records()
    assert [s.state for s in saved] == ["saved"]
    assert not (data_dir / "saved" / saved[0].id / "0").read_bytes().startswith(b"%PDF")


def test_a_wrong_code_says_so_and_opens_nothing(store: DossierStore, codes: ResumeCodes,
                                                tmp_path: Path) -> None:
    ticket = draft_with_a_file(store, tmp_path).save_for_later(codes)
    other = new_code()
    assert other != ticket.code
    outcome = codes.resume(other)
    assert outcome.status is ResumeStatus.UNKNOWN and outcome.dossier_id is None
    typo = ticket.code[:-1] + next(s for s in ALPHABET if s != ticket.code[-1])
    outcome = codes.resume(typo)
    assert outcome.status is ResumeStatus.MALFORMED and outcome.problem is CodeProblem.CHECK
    assert store.list_dossiers() == []
    assert codes.resume(ticket.code).status is ResumeStatus.RESUMED


def test_wrong_codes_in_a_row_slow_the_kiosk_down(store: DossierStore, clock: Clock,
                                                  tmp_path: Path) -> None:
    policy = AttemptPolicy(free=3)
    codes = ResumeCodes(store, clock=clock, kdf=FAST, policy=policy)
    ticket = draft_with_a_file(store, tmp_path).save_for_later(codes)
    for _ in range(2):
        assert codes.resume(new_code()).status is ResumeStatus.UNKNOWN
    third = codes.resume(new_code())
    assert third.status is ResumeStatus.UNKNOWN and third.wait_seconds == 30
    locked = codes.resume(ticket.code)  # even the right code waits: nothing is tried
    assert locked.status is ResumeStatus.LOCKED and locked.wait_seconds == 30
    clock.advance(seconds=31)
    assert codes.resume(new_code()).wait_seconds == 60  # doubled
    # A restarted kiosk remembers (the count is in the database).
    restarted = ResumeCodes(store, clock=clock, kdf=FAST, policy=policy)
    assert restarted.resume(ticket.code).status is ResumeStatus.LOCKED
    clock.advance(seconds=61)
    assert codes.resume(ticket.code).status is ResumeStatus.RESUMED
    assert store.saved.failures() == (0, None), "a right code starts the count again"


def test_an_hour_of_quiet_forgives_old_mistakes(store: DossierStore, clock: Clock) -> None:
    codes = ResumeCodes(store, clock=clock, kdf=FAST, policy=AttemptPolicy(free=2))
    codes.resume(new_code())
    clock.advance(hours=2)
    assert codes.resume(new_code()).wait_seconds == 0
    assert store.saved.failures()[0] == 1


def test_expired_drafts_are_deleted_for_real(store: DossierStore, clock: Clock, data_dir: Path,
                                             tmp_path: Path) -> None:
    codes = ResumeCodes(store, clock=clock, kdf=FAST, retention_days=7)
    ticket = draft_with_a_file(store, tmp_path).save_for_later(codes)
    kept = draft_with_a_file(store, tmp_path)
    keep_id = kept.dossier_id
    keep = kept.save_for_later(ResumeCodes(store, clock=clock, kdf=FAST, retention_days=30))
    first, _second = store.saved.records()
    assert (data_dir / "saved" / first.id / "0").exists()
    ciphertext = (data_dir / "saved" / first.id / "0").read_bytes()[20:60]
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        wrapped, payload = conn.execute("SELECT wrapped_key, payload FROM saved_draft WHERE id = ?",
                                        (first.id,)).fetchone()
    assert wrapped[13:45] in raw_bytes(data_dir) and payload[13:60] in raw_bytes(data_dir)

    clock.now = ticket.expires_at - timedelta(seconds=1)  # the last day, at 23:59:59
    assert codes.purge() == 0
    assert codes.resume(keep.code.replace("-", "")).status is ResumeStatus.RESUMED  # not counted
    clock.advance(seconds=1)
    assert codes.purge() == 1
    assert not (data_dir / "saved" / first.id).exists()
    left = raw_bytes(data_dir)  # the database file and its WAL included
    assert ciphertext not in left and wrapped[13:45] not in left and payload[13:60] not in left
    assert [s.state for s in store.saved.records()] == ["expired", "resumed"]

    outcome = codes.resume(ticket.code)
    assert outcome.status is ResumeStatus.EXPIRED
    assert outcome.expired_on == ticket.expires_at
    assert [d.id for d in store.list_dossiers()] == [keep_id]


def test_an_expired_code_is_refused_even_before_the_purge(store: DossierStore, clock: Clock,
                                                          data_dir: Path, tmp_path: Path) -> None:
    ticket = draft_with_a_file(store, tmp_path).save_for_later(ResumeCodes(store, clock=clock, kdf=FAST))
    clock.advance(days=31)
    outcome = ResumeCodes(store, clock=clock, kdf=FAST).resume(ticket.code)
    assert outcome.status is ResumeStatus.EXPIRED
    assert not any((data_dir / "saved").iterdir())


def test_opening_the_store_purges_and_sweeps(data_dir: Path, tmp_path: Path) -> None:
    long_ago = Clock(datetime(2020, 1, 1, tzinfo=UTC))
    with DossierStore(data_dir) as store:
        draft_with_a_file(store, tmp_path).save_for_later(ResumeCodes(store, clock=long_ago, kdf=FAST))
        (data_dir / "saved" / ("f" * 32)).mkdir()  # left by a save cut short
    with DossierStore(data_dir) as store:  # a start-up, years later
        assert [s.state for s in store.saved.records()] == []  # even the tombstone is gone
    assert not any((data_dir / "saved").iterdir())


def test_a_save_that_fails_leaves_the_draft_as_it_was(store: DossierStore, codes: ResumeCodes,
                                                      data_dir: Path, tmp_path: Path) -> None:
    session = draft_with_a_file(store, tmp_path)
    store.saved.root.write_bytes(b"")  # the disk refuses the saved files: not a folder
    with pytest.raises(OSError):
        session.save_for_later(codes)
    assert store.latest_draft() is not None and store.saved.records() == []
    assert store.attachment_bytes(store.load(session.dossier_id).attachments[0].id)

