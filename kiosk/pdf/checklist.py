"""Annexe 1: the applicant's personal list of supporting documents, to tick while gathering them."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kiosk.pdf.layout import (
    FRAME_WIDTH,
    MIN_ROW_PIECE,
    RULE,
    SHADE,
    Checkbox,
    build,
    french_date,
    para,
    styles,
    table_style,
)
from kiosk.pdf.models import ChecklistDocument, ChecklistEntry

HEADING = "Annexe 1 — Liste des pièces justificatives"
TRANSLATION_NOTE = (
    "Tout document rédigé en langue étrangère doit être accompagné de sa traduction "
    "par un traducteur agréé/assermenté."
)
HOW_TO = (
    "Cochez chaque pièce une fois réunie. Les pièces «\u00a0Obligatoire\u00a0» sont nécessaires "
    "au dépôt\u00a0; les pièces «\u00a0Facultatif\u00a0» peuvent compléter votre dossier\u00a0; "
    "les pièces «\u00a0Selon votre situation\u00a0» sont demandées dans le cas indiqué."
)
REQUIRED, OPTIONAL, CONDITIONAL = "Obligatoire", "Facultatif", "Selon votre situation"

_BOX_WIDTH = 10 * mm
_STATUS_WIDTH = 30 * mm


def render_checklist(doc: ChecklistDocument, out: Path | BinaryIO) -> None:
    """Write the Annexe 1 checklist of `doc` as an A4 PDF to a path or a binary stream."""
    st = styles()
    story: list[Flowable] = [
        para(HEADING, st.title),
        para(doc.title, st.subtitle),
        para(_meta_line(doc), st.small),
        Spacer(1, 4 * mm),
        para(HOW_TO, st.body),
        Spacer(1, 3 * mm),
        _note(),
    ]
    sections = _by_section(doc.entries)
    if not sections:
        story += [Spacer(1, 6 * mm), para("Aucune pièce justificative n'est demandée.", st.body)]
    story += [_section_table(section, entries) for section, entries in sections.items()]
    build(story, out, title=HEADING, footer=f"Escale — liste établie le {french_date(doc.generated_on)}")


def _meta_line(doc: ChecklistDocument) -> str:
    parts = [f"Établie le {french_date(doc.generated_on)}"]
    if doc.applicant_name:
        parts.append(f"pour {doc.applicant_name}")
    if doc.procedure_version is not None:
        parts.append(f"version de la procédure\u00a0: {doc.procedure_version}")
    return " · ".join(parts)


def _by_section(entries: list[ChecklistEntry]) -> dict[str, list[ChecklistEntry]]:
    # Sections in order of first appearance; entries keep their order inside a section.
    sections: dict[str, list[ChecklistEntry]] = {}
    for entry in entries:
        sections.setdefault(entry.section, []).append(entry)
    return sections


def _note() -> Table:
    st = styles()
    note = Table(
        [[para(TRANSLATION_NOTE, st.body, markup="<b>Important\u00a0:</b> {}")]], colWidths=[FRAME_WIDTH]
    )
    note.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        )
    )
    return note


def _section_table(section: str, entries: list[ChecklistEntry]) -> Table:
    """The section's heading is the table's first row: it comes back atop a continued list."""
    st = styles()
    heading = ParagraphStyle("section", st.heading, spaceBefore=0, spaceAfter=0)
    rows: list[list[Flowable | list[Paragraph] | str]] = [[para(section, heading), "", ""]]
    for entry in entries:
        label: list[Paragraph] = [para(entry.label, st.body)]
        if entry.detail:
            label.append(para(entry.detail, st.small))
        if entry.conditional:
            status = para(CONDITIONAL, st.body)
        else:
            status = para(REQUIRED, st.bold) if entry.required else para(OPTIONAL, st.body)
        rows.append([Checkbox(), label, status])
    table = Table(
        rows,
        colWidths=[_BOX_WIDTH, FRAME_WIDTH - _BOX_WIDTH - _STATUS_WIDTH, _STATUS_WIDTH],
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 1), (0, -1), 2),
            ("TOPPADDING", (0, 1), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 14),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        )
    )
    return table
