"""The deposit confirmation, read back from the PDF (and its QR code from a raster)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.pdf.confirmation import paris_time, render_confirmation
from kiosk.pdf.models import ConfirmationData, DocumentSummary, FileSummary

ARABIC = "محمد عبد الله"


def test_shows_the_deposit_facts(render, confirmation) -> None:
    pdf = render(render_confirmation, confirmation)
    flat = pdf.flat()
    assert pdf.page_count == 1
    assert "Confirmation de dépôt" in pdf.text
    assert confirmation.procedure_title in flat
    assert "26/11/2026 à 14:05" in pdf.text
    assert confirmation.dossier_id in pdf.text
    assert confirmation.status in flat
    assert "Préfecture de la Gironde — Bordeaux" in flat
    assert "Page 1 / 1" in pdf.text


@pytest.mark.parametrize("dossier_id", ["dddddddd-bbbb-dddd-bbbb-dddddddddddd",
                                        "11111111-1111-1111-1111-111111111111"])
def test_the_dossier_id_stays_on_one_line(render, confirmation, dossier_id: str) -> None:
    """People copy the id by hand: never split it, whatever its letters' widths."""
    pdf = render(render_confirmation, replace(confirmation, dossier_id=dossier_id))
    assert dossier_id in pdf.text.splitlines()


def test_shows_the_applicant(render, confirmation) -> None:
    pdf = render(render_confirmation, replace(confirmation, usage_name="DURAND"))
    for expected in [
        "MARTIN",
        "Ana Sofia",
        "DURAND",
        "Nom d'usage",
        "29/02/1988",
        "Brésilienne",
        "7501234567",
    ]:
        assert expected in pdf.text


def test_no_usage_name_no_usage_line(render, confirmation) -> None:
    assert "Nom d'usage" not in render(render_confirmation, confirmation).text


def test_lists_documents_files_page_counts_and_totals(render, confirmation) -> None:
    pdf = render(render_confirmation, confirmation)
    flat = pdf.flat()
    lines = [line.strip() for line in pdf.text.splitlines()]
    for document in confirmation.documents:
        assert document.label in flat
        for file in document.files:
            shown = f"Traduction : {file.name}" if file.kind == "translation" else file.name
            assert shown in lines
            assert lines[lines.index(shown) + 1] == str(file.pages)  # its page count beside it
    assert "8 pièces, 14 fichiers dont 2 traductions" in pdf.text
    total = sum(file.pages for document in confirmation.documents for file in document.files)
    assert total == 26
    assert lines[lines.index("8 pièces, 14 fichiers dont 2 traductions") + 1] == "26"


def test_deposit_number_replaces_the_status(render, confirmation) -> None:
    pdf = render(render_confirmation, replace(confirmation, deposit_number="33-2026-004217", status="Déposé"))
    assert "Numéro de dépôt" in pdf.text and "33-2026-004217" in pdf.text
    assert "Statut" not in pdf.text


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2026, 11, 26, 13, 5, tzinfo=UTC), "26/11/2026 à 14:05"),  # winter: UTC+1
        (datetime(2026, 7, 14, 21, 59, tzinfo=UTC), "14/07/2026 à 23:59"),  # summer: UTC+2
        (datetime(2026, 7, 14, 22, 30, tzinfo=UTC), "15/07/2026 à 00:30"),  # the day changes too
        (datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5))), "01/03/2026 à 15:00"),
    ],
)
def test_time_is_written_in_paris_time(confirmation, moment: datetime, shown: str) -> None:
    assert paris_time(replace(confirmation, deposited_at=moment)) == shown


def test_a_naive_time_is_refused(confirmation) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        replace(confirmation, deposited_at=datetime(2026, 11, 26, 14, 5))


def test_markup_like_names_print_literally(render, confirmation) -> None:
    data = replace(confirmation, surname="<b>Dupont</b> & Fils", given_names="&amp; <", usage_name="a<br/>b")
    pdf = render(render_confirmation, data)
    assert "<b>Dupont</b> & Fils" in pdf.text
    assert "&amp; <" in pdf.text
    assert "a<br/>b" in pdf.text
    surname = next(run for run in pdf.runs() if "Dupont" in run.text)
    given = next(run for run in pdf.runs() if run.text == "&amp; <")
    assert surname.size == given.size  # not turned into a bigger or bolder heading


def test_arabic_names_render_with_the_embedded_dejavu_font(render, confirmation) -> None:
    pdf = render(render_confirmation, replace(confirmation, surname=ARABIC, nationality="Marocaine"))
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= pdf.embedded_fonts()
    assert pdf.font_names() == pdf.embedded_fonts()  # no unembedded fallback font anywhere
    # Drawn as joined letters (presentation forms: initial, medial, final), which read back
    # as the name typed once compatibility-normalised.
    assert "\ufee3\ufea4\ufee4\ufeaa" in pdf.text  # محمد: meem initial, hah/meem medial, dal final
    assert ARABIC in unicodedata.normalize("NFKC", pdf.text)


def test_a_500_character_word_wraps_inside_the_page(render, confirmation) -> None:
    word = "W" * 500
    data = replace(
        confirmation,
        surname=word,
        documents=[DocumentSummary("x", word, [FileSummary(word, 3, "document")]), *confirmation.documents],
    )
    pdf = render(render_confirmation, data)
    assert 1 <= pdf.page_count <= 4
    # Surname, label and file name: each wrapped in its own column, none lost.
    columns: dict[int, int] = defaultdict(int)
    for run in pdf.runs():
        if set(run.text) <= {"W", "-"}:
            columns[round(run.x0)] += run.text.count("W")
    assert sorted(columns.values()) == [500, 500, 500]
    pdf.assert_inside_margins()


def test_every_field_extreme_at_once_still_makes_a_valid_pdf(render, confirmation) -> None:
    word = "Ж" * 500
    data = ConfirmationData(
        dossier_id=word,
        procedure_title=word,
        deposited_at=datetime(2026, 1, 1, tzinfo=UTC),
        surname="<b>" + word,
        given_names=ARABIC,
        usage_name="\x00\x1b\u202e",
        birth_date=confirmation.birth_date,
        nationality=word,
        foreigner_number="",
        documents=[DocumentSummary(word, word, [FileSummary(word, 10**6, "translation")])],
        status=word,
        site_name=word,
        deposit_number=word,
    )
    pdf = render(render_confirmation, data)
    assert pdf.page_count >= 2
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} / {pdf.page_count}" in page
    pdf.assert_inside_margins()


def test_no_documents(render, confirmation) -> None:
    pdf = render(render_confirmation, replace(confirmation, documents=[]))
    assert "Aucune pièce déposée." in pdf.text
    assert "0 pièce, 0 fichier" in pdf.text
    assert pdf.page_count == 1


def test_a_document_without_files(render, confirmation) -> None:
    data = replace(
        confirmation, documents=[DocumentSummary("host_resources", "Justificatifs de ressources", [])]
    )
    pdf = render(render_confirmation, data)
    assert "Justificatifs de ressources" in pdf.text and "Aucun fichier" in pdf.text
    assert "1 pièce, 0 fichier" in pdf.text


def test_400_files_run_over_numbered_pages(render, confirmation) -> None:
    documents = [
        DocumentSummary(
            f"doc{d}",
            f"Pièce justificative numéro {d}",
            [
                FileSummary(f"fichier-{d}-{f}.pdf", f + 1, "translation" if f == 9 else "document")
                for f in range(10)
            ],
        )
        for d in range(40)
    ]
    pdf = render(render_confirmation, replace(confirmation, documents=documents))
    assert pdf.page_count >= 5
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} / {pdf.page_count}" in page
        if number > 1:
            assert "Pièce justificative" in page and "Fichier" in page  # header repeated
    lines = {line.strip() for line in pdf.text.splitlines()}
    for d in range(40):
        assert f"Pièce justificative numéro {d}" in pdf.text
        assert all(f"fichier-{d}-{f}.pdf" in lines for f in range(9))
        assert f"Traduction : fichier-{d}-9.pdf" in lines
    # A document's ten files are never split across two pages.
    for d in range(40):
        assert len({i for i, page in enumerate(pdf.pages) if f"fichier-{d}-" in page}) == 1
    assert "40 pièces, 400 fichiers dont 40 traductions" in pdf.text
    assert str(40 * sum(range(1, 11))) in pdf.pages[-1]
    pdf.assert_inside_margins()


def test_writes_to_a_path(tmp_path: Path, confirmation) -> None:
    target = tmp_path / "confirmation.pdf"
    render_confirmation(confirmation, target)
    assert target.read_bytes().startswith(b"%PDF-")


def test_qr_code_decodes_to_the_dossier_id(tmp_path: Path, confirmation) -> None:
    cv2 = pytest.importorskip("cv2")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    render_confirmation(confirmation, tmp_path / "c.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp_path / "c.pdf"),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    image = cv2.imread(str(tmp_path / "c.png"))
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert decoded == confirmation.dossier_id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.text(max_size=80), min_size=4, max_size=4),
    files=st.lists(st.tuples(st.text(max_size=60), st.integers(0, 999), st.booleans()), max_size=12),
)
def test_any_text_makes_a_valid_pdf(render, confirmation, names: list[str], files: list) -> None:
    surname, given_names, label, status = names
    summaries = [FileSummary(name, pages, "translation" if tr else "document") for name, pages, tr in files]
    documents = [DocumentSummary("x", label, summaries)]
    data = replace(confirmation, surname=surname, given_names=given_names, status=status, documents=documents)
    pdf = render(render_confirmation, data)
    assert f"Page 1 / {pdf.page_count}" in pdf.pages[0]
    assert str(sum(p for _, p, _ in files)) in pdf.text
