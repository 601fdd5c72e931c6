"""The Annexe 1 checklist, read back from the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from kiosk.pdf.checklist import HEADING, TRANSLATION_NOTE, render_checklist
from kiosk.pdf.models import ChecklistDocument, ChecklistEntry


def test_shows_heading_procedure_date_applicant_and_note(render, checklist) -> None:
    pdf = render(render_checklist, checklist)
    flat = pdf.flat()
    assert HEADING in pdf.text
    assert "Renouvellement de titre de séjour" in flat
    assert "26/11/2026" in pdf.text
    assert "Ana Sofia MARTIN" in pdf.text
    assert "version de la procédure : 3" in pdf.text
    assert TRANSLATION_NOTE.replace(" ", "") in flat.replace(" ", "")
    assert flat.count("traducteur agréé/assermenté") == 1  # said once, not per entry
    assert "Page 1 / 1" in pdf.text


def test_entries_grouped_by_section_in_given_order(render) -> None:
    entries = [
        ChecklistEntry("a", "Section B", "Pièce un", True),
        ChecklistEntry("b", "Section A", "Pièce deux", False),
        ChecklistEntry("c", "Section B", "Pièce trois", True, "Un détail utile"),
    ]
    doc = ChecklistDocument("Procédure", entries, generated_on=date(2026, 1, 2))
    text = render(render_checklist, doc).text
    order = [
        text.index(s)
        for s in ["Section B", "Pièce un", "Pièce trois", "Un détail utile", "Section A", "Pièce deux"]
    ]
    assert order == sorted(order)
    assert text.count("Section B") == 1


def test_each_entry_says_required_or_optional_in_words(render, checklist) -> None:
    runs = render(render_checklist, checklist).runs()
    for entry in checklist.entries:
        label = next(run for run in runs if run.text == entry.label)
        beside = [
            run.text
            for run in runs
            if run.page == label.page and abs(run.y - label.y) < 1 and run is not label
        ]
        assert beside == ["Obligatoire" if entry.required else "Facultatif"]
    statuses = [run.text for run in runs if run.text in ("Obligatoire", "Facultatif")]
    assert len(statuses) == len(checklist.entries)


def test_body_text_is_at_least_10_points(render, checklist) -> None:
    runs = render(render_checklist, checklist).runs()
    labels = [run for run in runs if any(entry.label in run.text for entry in checklist.entries)]
    assert len(labels) == len(checklist.entries)
    assert all(run.size >= 10 for run in labels)
    assert all(run.size >= 10 for run in runs if "Obligatoire" in run.text or "Facultatif" in run.text)


def test_writes_to_a_path(tmp_path: Path, checklist) -> None:
    target = tmp_path / "annexe1.pdf"
    render_checklist(checklist, target)
    assert target.read_bytes().startswith(b"%PDF-")


def test_markup_like_applicant_name_is_literal(render, checklist) -> None:
    pdf = render(render_checklist, replace(checklist, applicant_name="<b>Dupont</b> & Fils"))
    assert "<b>Dupont</b> & Fils" in pdf.text


def test_no_entries_still_makes_a_document(render, checklist) -> None:
    pdf = render(
        render_checklist, replace(checklist, entries=[], applicant_name=None, procedure_version=None)
    )
    assert "Aucune pièce justificative n'est demandée." in pdf.text
    assert pdf.page_count == 1


def test_many_entries_run_over_numbered_pages_inside_the_margins(render, checklist) -> None:
    entries = [
        ChecklistEntry(f"c{i}", f"Section {i // 10}", f"Pièce numéro {i}", i % 3 != 0, "Détail " * (i % 5))
        for i in range(120)
    ]
    pdf = render(render_checklist, replace(checklist, entries=entries))
    assert pdf.page_count > 2
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} / {pdf.page_count}" in page
    assert all(f"Pièce numéro {i}" in pdf.text for i in range(120))
    pdf.assert_inside_margins()


def test_extreme_text_wraps_and_stays_inside_the_page(render) -> None:
    word = "W" * 500
    entries = [
        ChecklistEntry("x", word, word, True, word),
        ChecklistEntry("y", "محمد عبد الله", "<i>Pièce</i> & co", False, "\x00\x1b"),
    ]
    doc = ChecklistDocument(word, entries, date(2026, 1, 1), "<b>" + word, 2)
    pdf = render(render_checklist, doc)
    assert pdf.page_count <= 4
    assert pdf.flat().count(word) >= 4  # title, applicant, section, label (the detail too)
    assert "<i>Pièce</i> & co" in pdf.text
    pdf.assert_inside_margins()


def test_output_to_stream_equals_output_to_path(tmp_path: Path, checklist) -> None:
    buffer = io.BytesIO()
    render_checklist(checklist, buffer)
    render_checklist(checklist, tmp_path / "a.pdf")
    assert len(buffer.getvalue()) > 1000 and (tmp_path / "a.pdf").stat().st_size > 1000
