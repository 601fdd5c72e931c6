"""Annexe 1: the applicant's personal list of supporting documents, to tick while gathering them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kiosk.i18n_catalog import PDF_CONTEXT, PROCEDURE_CONTEXT, SOURCE_LANGUAGE, Translate, translator
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
from kiosk.pdf.text import safe_text

if TYPE_CHECKING:
    from kiosk.procedure.definition import Procedure

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
NONE_ASKED = "Aucune pièce justificative n'est demandée."
IMPORTANT = "Important :"
FOOTER = "Escale — liste établie le %1"
MADE_ON, MADE_FOR, VERSION = "Établie le %1", "pour %1", "version de la procédure : %1"
# Every fixed text, for scripts/update-translations.py (context "Pdf").
TEXTS = (HEADING, TRANSLATION_NOTE, HOW_TO, REQUIRED, OPTIONAL, CONDITIONAL, NONE_ASKED, IMPORTANT,
         FOOTER, MADE_ON, MADE_FOR, VERSION)

_BOX_WIDTH = 10 * mm
_STATUS_WIDTH = 30 * mm


def render_checklist(doc: ChecklistDocument, out: Path | BinaryIO, *, lang: str = SOURCE_LANGUAGE,
                     procedure: Procedure | None = None) -> None:
    """Write the Annexe 1 checklist of `doc` as an A4 PDF to a path or a binary stream, in
    `lang` (the procedure's texts too; give `procedure` to translate conditional details)."""
    st = styles()
    tr = translator(lang, PDF_CONTEXT)
    if lang != SOURCE_LANGUAGE:
        doc = localize(doc, lang, procedure)
    generated = french_date(doc.generated_on)
    story: list[Flowable] = [
        para(tr(HEADING), st.title),
        para(doc.title, st.subtitle),
        para(_meta_line(doc, tr), st.small),
        Spacer(1, 4 * mm),
        para(tr(HOW_TO), st.body),
        Spacer(1, 3 * mm),
        _note(tr),
    ]
    sections = _by_section(doc.entries)
    if not sections:
        story += [Spacer(1, 6 * mm), para(tr(NONE_ASKED), st.body)]
    story += [_section_table(section, entries, tr) for section, entries in sections.items()]
    build(story, out, title=tr(HEADING), footer=tr(FOOTER).replace("%1", generated))


def localize(doc: ChecklistDocument, lang: str, procedure: Procedure | None = None) -> ChecklistDocument:
    """The checklist's procedure texts (title, sections, labels, details) in `lang`."""
    tr = translator(lang, PROCEDURE_CONTEXT)
    entries = []
    for entry in doc.entries:
        detail = tr(entry.detail) if entry.detail else None
        req = _requirement(procedure, entry.code)
        if entry.detail and req is not None and req.applies and entry.detail != req.detail:
            # The session prefixed the condition ("Si …."): translate both parts.
            applies = tr(req.applies)
            condition = applies[:1].upper() + applies[1:] + _full_stop(lang)
            detail = f"{condition} {tr(req.detail)}" if req.detail else condition
        entries.append(replace(entry, section=tr(entry.section), label=tr(entry.label), detail=detail))
    return replace(doc, title=tr(doc.title), entries=entries)


def _requirement(procedure: Procedure | None, code: str):  # -> Requirement | None
    if procedure is None:
        return None
    return next((r for r in procedure.documents if r.code == code), None)


def _full_stop(lang: str) -> str:
    return "。" if lang.startswith("zh") else "."


def _meta_line(doc: ChecklistDocument, tr: Translate) -> str:
    parts = [tr(MADE_ON).replace("%1", french_date(doc.generated_on))]
    if doc.applicant_name:
        parts.append(tr(MADE_FOR).replace("%1", doc.applicant_name))
    if doc.procedure_version is not None:
        parts.append(tr(VERSION).replace(" :", "\u00a0:").replace("%1", str(doc.procedure_version)))
    return " · ".join(parts)


def _by_section(entries: list[ChecklistEntry]) -> dict[str, list[ChecklistEntry]]:
    # Sections in order of first appearance; entries keep their order inside a section.
    sections: dict[str, list[ChecklistEntry]] = {}
    for entry in entries:
        sections.setdefault(entry.section, []).append(entry)
    return sections


def _note(tr: Translate) -> Table:
    st = styles()
    important = safe_text(tr(IMPORTANT).replace(" :", "\u00a0:"))
    note = Table(
        [[para(tr(TRANSLATION_NOTE), st.body, markup=f"<b>{important}</b> {{}}")]], colWidths=[FRAME_WIDTH]
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


def _section_table(section: str, entries: list[ChecklistEntry], tr: Translate) -> Table:
    """The section's heading is the table's first row: it comes back atop a continued list."""
    st = styles()
    heading = ParagraphStyle("section", st.heading, spaceBefore=0, spaceAfter=0)
    rows: list[list[Flowable | list[Paragraph] | str]] = [[para(section, heading), "", ""]]
    for entry in entries:
        label: list[Paragraph] = [para(entry.label, st.body)]
        if entry.detail:
            label.append(para(entry.detail, st.small))
        if entry.conditional:
            status = para(tr(CONDITIONAL), st.body)
        else:
            status = para(tr(REQUIRED), st.bold) if entry.required else para(tr(OPTIONAL), st.body)
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
