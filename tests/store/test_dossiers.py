"""The dossier store on real SQLite files and real sample documents."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC
from pathlib import Path

import pytest

from kiosk.store.blobs import BlobStore
from kiosk.store.crypto import KEY_SIZE, StoreCipher
from kiosk.store.dossiers import DB_NAME, DossierStore
from kiosk.store.errors import (
    AttachmentError,
    AttachmentNotFound,
    DossierNotFound,
    DossierStateError,
    StoreIntegrityError,
)
from kiosk.store.files import MAX_BYTES, PDF, PNG

PROCEDURE = "titre-sejour-ue"


def _blob_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "blobs").rglob("*") if p.is_file())


def _count(data_dir: Path, table: str) -> int:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# --- dossiers ---------------------------------------------------------------------------


def test_draft_answers_round_trip(store: DossierStore) -> None:
    dossier_id = store.create_draft(PROCEDURE, 3)
    fresh = store.load(dossier_id)
    assert (fresh.procedure_id, fresh.procedure_version, fresh.state) == (PROCEDURE, 3, "draft")
    assert (fresh.answers, fresh.current_page, fresh.ready_at, fresh.attachments) == (
        {},
        None,
        None,
        [],
    )
    assert fresh.created_at.tzinfo is UTC

    answers = {"nom": "Ngô Thị", "prénoms": ["Hà", "Mỹ"], "enfants": 2, "marié": True}
    store.save_answers(dossier_id, answers, "adresse")
    saved = store.load(dossier_id)
    assert (saved.answers, saved.current_page) == (answers, "adresse")
    assert saved.updated_at >= fresh.updated_at
    assert saved.created_at == fresh.created_at


def test_answers_that_are_not_json_change_nothing(store: DossierStore) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    store.save_answers(dossier_id, {"nom": "Martin"}, "identite")
    for bad, error in (
        ({"x": object()}, TypeError),
        ({"x": float("nan")}, ValueError),
        (["not", "a", "dict"], TypeError),
    ):
        with pytest.raises(error):
            store.save_answers(dossier_id, bad, "ailleurs")  # type: ignore[arg-type]
    record = store.load(dossier_id)
    assert (record.answers, record.current_page) == ({"nom": "Martin"}, "identite")


def test_latest_draft_is_the_most_recently_saved(store: DossierStore) -> None:
    assert store.latest_draft() is None
    first = store.create_draft(PROCEDURE, 1)
    second = store.create_draft(PROCEDURE, 1)
    assert store.latest_draft().id == second  # type: ignore[union-attr]
    store.save_answers(first, {"step": 2}, "page-2")
    assert store.latest_draft().id == first  # type: ignore[union-attr]
    store.mark_ready(first, {"step": 9})
    assert store.latest_draft().id == second  # type: ignore[union-attr]


def test_list_dossiers_by_state(store: DossierStore) -> None:
    draft = store.create_draft(PROCEDURE, 1)
    ready = store.create_draft(PROCEDURE, 1)
    store.mark_ready(ready, {})
    assert [d.id for d in store.list_dossiers()] == [ready, draft]  # most recent first
    assert [d.id for d in store.list_dossiers("draft")] == [draft]
    assert [d.id for d in store.list_dossiers("ready")] == [ready]
    with pytest.raises(ValueError, match="unknown dossier state"):
        store.list_dossiers("sealed")


def test_mark_ready_saves_final_answers_and_freezes_the_dossier(
    store: DossierStore, samples, data_dir: Path
) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    store.save_answers(dossier_id, {"nom": "brouillon"}, "revue")
    record = store.mark_ready(dossier_id, {"nom": "Martin", "final": True})
    assert record.state == "ready"
    assert record.ready_at is not None and record.ready_at.tzinfo is UTC
    assert record.answers == {"nom": "Martin", "final": True}
    assert store.load(dossier_id) == record

    with pytest.raises(DossierStateError):
        store.save_answers(dossier_id, {}, None)
    with pytest.raises(DossierStateError):
        store.mark_ready(dossier_id, {})
    with pytest.raises(DossierStateError):
        store.add_attachment(dossier_id, "passport", samples.pdf())
    assert _blob_files(data_dir) == []
    assert store.load(dossier_id) == record


def test_unknown_dossier(store: DossierStore, samples, data_dir: Path) -> None:
    with pytest.raises(DossierNotFound) as missing:
        store.load("no-such-id")
    assert isinstance(missing.value, KeyError)
    assert str(missing.value) == "no dossier no-such-id"
    with pytest.raises(DossierNotFound):
        store.save_answers("no-such-id", {}, None)
    with pytest.raises(DossierNotFound):
        store.delete("no-such-id")
    with pytest.raises(DossierNotFound):
        store.add_attachment("no-such-id", "passport", samples.pdf())
    assert _blob_files(data_dir) == []


# --- attachments ------------------------------------------------------------------------


def test_attachments_are_checked_numbered_and_ordered(store: DossierStore, samples) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    pdf = samples.pdf("acte.pdf", pages=3)
    first = store.add_attachment(dossier_id, "passport", pdf)
    assert (first.media_type, first.pages, first.size, first.position) == (
        PDF,
        3,
        pdf.stat().st_size,
        0,
    )
    assert first.original_name == "acte.pdf"

    photo = samples.image("verso.png", "PNG")
    second = store.add_attachment(dossier_id, "passport", photo, original_name="Verso.png")
    translation = store.add_attachment(dossier_id, "birth_certificate", pdf, kind="translation")
    birth = store.add_attachment(dossier_id, "birth_certificate", photo)
    assert (second.position, second.media_type, second.original_name) == (1, PNG, "Verso.png")
    assert (translation.position, birth.position) == (0, 0)

    record = store.load(dossier_id)
    assert [(a.requirement, a.kind, a.position) for a in record.attachments] == [
        ("birth_certificate", "document", 0),
        ("birth_certificate", "translation", 0),
        ("passport", "document", 0),
        ("passport", "document", 1),
    ]
    assert store.attachment_bytes(first.id) == pdf.read_bytes()
    assert store.attachment_bytes(second.id) == photo.read_bytes()
    with pytest.raises(ValueError, match="kind"):
        store.add_attachment(dossier_id, "passport", pdf, kind="selfie")


REFUSED = {
    "truncated pdf": lambda s: s.raw("cut.pdf", s.pdf("whole.pdf").read_bytes()[:900]),
    "password pdf": lambda s: s.encrypted_pdf("locked.pdf", user_password="1234"),
    "too big": lambda s: s.raw("huge.pdf", b"%PDF-1.7\n" + b"0" * MAX_BYTES),
    "empty": lambda s: s.raw("empty.pdf", b""),
    "text renamed pdf": lambda s: s.raw("lettre.pdf", b"Bonjour, voici ma lettre."),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_refused_file_leaves_nothing(
    store: DossierStore, samples, data_dir: Path, case: str
) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    before = store.load(dossier_id)
    with pytest.raises(AttachmentError) as refused:
        store.add_attachment(dossier_id, "passport", REFUSED[case](samples))
    assert refused.value.message
    assert store.load(dossier_id) == before
    assert _count(data_dir, "attachment") == 0
    assert _blob_files(data_dir) == []


def test_move_attachment_within_its_requirement(store: DossierStore, samples) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    a, b, c = (
        store.add_attachment(
            dossier_id, "proof_of_address", samples.pdf(f"{n}.pdf", pages=1, text=n)
        )
        for n in "abc"
    )
    other = store.add_attachment(dossier_id, "passport", samples.image("p.png", "PNG"))

    def order() -> list[str]:
        return [
            x.original_name
            for x in store.load(dossier_id).attachments
            if x.requirement == "proof_of_address"
        ]

    store.move_attachment(dossier_id, c.id, 0)
    assert order() == ["c.pdf", "a.pdf", "b.pdf"]
    store.move_attachment(dossier_id, c.id, 2)
    assert order() == ["a.pdf", "b.pdf", "c.pdf"]
    store.move_attachment(dossier_id, a.id, 1)
    assert order() == ["b.pdf", "a.pdf", "c.pdf"]
    assert [x.position for x in store.load(dossier_id).attachments] == [0, 0, 1, 2]
    assert store.load(dossier_id).attachments[0].id == other.id

    with pytest.raises(IndexError):
        store.move_attachment(dossier_id, b.id, 3)
    with pytest.raises(AttachmentNotFound):
        store.move_attachment(store.create_draft(PROCEDURE, 1), b.id, 0)


def test_remove_attachment_renumbers_and_drops_its_file(
    store: DossierStore, samples, data_dir: Path
) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    first = store.add_attachment(dossier_id, "passport", samples.pdf("1.pdf", text="one"))
    second = store.add_attachment(dossier_id, "passport", samples.pdf("2.pdf", text="two"))
    assert len(_blob_files(data_dir)) == 2

    store.remove_attachment(dossier_id, first.id)
    (left,) = store.load(dossier_id).attachments
    assert (left.id, left.position) == (second.id, 0)
    assert [p.name for p in _blob_files(data_dir)] == [second.sha256]
    with pytest.raises(AttachmentNotFound):
        store.remove_attachment(dossier_id, first.id)
    with pytest.raises(AttachmentNotFound):
        store.attachment_bytes(first.id)


def test_a_file_shared_by_two_dossiers_lives_until_its_last_use(
    store: DossierStore, samples, data_dir: Path
) -> None:
    pdf = samples.pdf()
    first, second = store.create_draft(PROCEDURE, 1), store.create_draft(PROCEDURE, 1)
    store.add_attachment(first, "passport", pdf)
    kept = store.add_attachment(second, "passport", pdf)
    assert len(_blob_files(data_dir)) == 1

    store.delete(first)
    with pytest.raises(DossierNotFound):
        store.load(first)
    assert store.attachment_bytes(kept.id) == pdf.read_bytes()

    store.delete(second)
    assert _blob_files(data_dir) == []
    assert (_count(data_dir, "dossier"), _count(data_dir, "attachment")) == (0, 0)


def test_orphans_left_by_a_crash_are_swept_on_open(data_dir: Path, samples) -> None:
    pdf = samples.pdf()
    with DossierStore(data_dir) as store:
        dossier_id = store.create_draft(PROCEDURE, 1)
        kept = store.add_attachment(dossier_id, "passport", pdf)
    # What a crash between writing a blob and committing its row leaves behind:
    orphan = BlobStore(data_dir, StoreCipher.for_data_dir(data_dir)).put(b"never committed")
    half_written = data_dir / "blobs" / orphan[:2] / ".tmp-crash"
    half_written.write_bytes(b"partial")

    with DossierStore(data_dir) as store:
        assert [p.name for p in _blob_files(data_dir)] == [kept.sha256]
        assert store.attachment_bytes(kept.id) == pdf.read_bytes()


# --- encryption at rest -----------------------------------------------------------------


def test_nothing_personal_is_stored_in_plaintext(data_dir: Path, samples) -> None:
    marker = samples.marker
    pdf = samples.pdf()
    assert marker.encode() in pdf.read_bytes()  # the test is meaningful
    with DossierStore(data_dir) as store:
        dossier_id = store.create_draft(PROCEDURE, 1)
        store.save_answers(dossier_id, {"nom": marker, "adresse": f"1 rue {marker}"}, "identite")
        store.add_attachment(dossier_id, "passport", pdf, original_name=f"{marker}-passeport.pdf")
        store.add_attachment(dossier_id, "photo", samples.image(f"{marker}.png", "PNG"))
        assert store.load(dossier_id).answers["nom"] == marker
        # Looked at while open too: the WAL file then holds the latest pages.
        files = [p for p in data_dir.rglob("*") if p.is_file() and p.parent.name != "keys"]
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            raw = path.read_bytes()
            assert marker.encode() not in raw, path
            assert marker.encode("utf-16-le") not in raw, path
    for path in data_dir.rglob("*"):
        if path.is_file() and path.parent.name != "keys":
            assert marker.encode() not in path.read_bytes(), path


def test_another_key_cannot_read_the_store(data_dir: Path, samples) -> None:
    with DossierStore(data_dir) as store:
        dossier_id = store.create_draft(PROCEDURE, 1)
        attachment = store.add_attachment(dossier_id, "passport", samples.pdf())
    with DossierStore(data_dir, cipher=StoreCipher(os.urandom(KEY_SIZE))) as thief:
        with pytest.raises(StoreIntegrityError):
            thief.load(dossier_id)
        with pytest.raises(StoreIntegrityError):
            thief.attachment_bytes(attachment.id)


def test_tampered_blob_is_refused(store: DossierStore, samples, data_dir: Path) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    attachment = store.add_attachment(dossier_id, "passport", samples.pdf())
    (path,) = _blob_files(data_dir)
    raw = bytearray(path.read_bytes())
    raw[-20] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreIntegrityError):
        store.attachment_bytes(attachment.id)


def test_answers_swapped_between_dossiers_are_refused(store: DossierStore, data_dir: Path) -> None:
    victim = store.create_draft(PROCEDURE, 1)
    other = store.create_draft(PROCEDURE, 1)
    store.save_answers(other, {"nom": "Autre"}, None)
    conn = sqlite3.connect(data_dir / DB_NAME)
    with conn:
        conn.execute(
            "UPDATE dossier SET answers_blob ="
            " (SELECT answers_blob FROM dossier WHERE id = ?) WHERE id = ?",
            (other, victim),
        )
    conn.close()
    with pytest.raises(StoreIntegrityError):
        store.load(victim)


# --- concurrency ------------------------------------------------------------------------


def test_a_reader_always_sees_whole_saves(store: DossierStore) -> None:
    dossier_id = store.create_draft(PROCEDURE, 1)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(60):
                store.save_answers(dossier_id, {"n": n, "copy": n}, f"page-{n}")
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    while writer.is_alive():
        record = store.load(dossier_id)
        if record.answers:
            assert record.answers["n"] == record.answers["copy"]
            assert record.current_page == f"page-{record.answers['n']}"
    writer.join()
    assert errors == []
    assert store.load(dossier_id).answers == {"n": 59, "copy": 59}
