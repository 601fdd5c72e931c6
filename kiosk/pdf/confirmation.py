"""The deposit confirmation (step 5): what was deposited, when, by whom, under which dossier id."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from kiosk.i18n_catalog import PDF_CONTEXT, PROCEDURE_CONTEXT, SOURCE_LANGUAGE, Translate, translator
from kiosk.pdf import fonts
from kiosk.pdf.layout import (
    FRAME_WIDTH,
    INK,
    MIN_ROW_PIECE,
    MUTED,
    RULE,
    SHADE,
    build,
    french_date,
    heading,
    para,
    styles,
    table_style,
)
from kiosk.pdf.models import ConfirmationData, DocumentSummary
from kiosk.pdf.text import safe_text

TITLE = "Confirmation de dépôt"
PARIS = ZoneInfo("Europe/Paris")
NOT_A_PERMIT = (
    "Ce document confirme le dépôt de votre demande\u00a0; il ne constitue pas un titre de séjour. "
    "Conservez-le et indiquez le numéro de dossier dans vos échanges avec la préfecture."
)

DEPOSITED_ON, DOSSIER_NUMBER, DEPOSIT_NUMBER, STATUS, SITE = (
    "Déposé le", "Numéro de dossier", "Numéro de dépôt", "Statut", "Lieu de dépôt")
QR_CAPTION = "Code QR du dossier"
APPLICANT, DOCUMENTS = "Demandeur", "Pièces déposées"
SURNAME, GIVEN_NAMES, USAGE_NAME, BIRTH_DATE, NATIONALITY, FOREIGNER_NUMBER = (
    "Nom", "Prénoms", "Nom d'usage", "Date de naissance", "Nationalité", "Numéro étranger")
PIECE, FILE, PAGES, TOTAL = "Pièce justificative", "Fichier", "Pages", "Total"
NO_FILE, NO_DOCUMENT, TRANSLATION = "Aucun fichier", "Aucune pièce déposée.", "Traduction :"
COUNTS = "%1 pièce(s), %2 fichier(s), dont %3 traduction(s)"
# Every fixed text, for scripts/update-translations.py (context "Pdf").
TEXTS = (TITLE, NOT_A_PERMIT, DEPOSITED_ON, DOSSIER_NUMBER, DEPOSIT_NUMBER, STATUS, SITE, QR_CAPTION,
         APPLICANT, DOCUMENTS, SURNAME, GIVEN_NAMES, USAGE_NAME, BIRTH_DATE, NATIONALITY,
         FOREIGNER_NUMBER, PIECE, FILE, PAGES, TOTAL, NO_FILE, NO_DOCUMENT, TRANSLATION, COUNTS)

_QR_SIZE = 30 * mm
_QR_COLUMN = 40 * mm  # wide enough for the caption on one line
_PAGES_WIDTH = 18 * mm
_PIECE_WIDTH = 62 * mm
_KEEP_TOGETHER = 15  # a document with at most this many files stays on one page, its label beside them


class _Bilingual:
    """French first (what the prefecture reads), then the applicant's language if another."""

    def __init__(self, lang: str) -> None:
        self.other = lang != SOURCE_LANGUAGE
        self.pdf: Translate = translator(lang, PDF_CONTEXT)
        self.procedure: Translate = translator(lang, PROCEDURE_CONTEXT)

    def inline(self, text: str, tr: Translate | None = None) -> str:
        """ "Nom / Name" on one line."""
        other = (tr or self.pdf)(text)
        return f"{text} / {other}" if self.other and other != text else text

    def stacked(self, text: str, style: ParagraphStyle, second: ParagraphStyle | None = None,
                tr: Translate | None = None) -> list[Flowable]:
        """The French paragraph, the translated one below it."""
        other = (tr or self.pdf)(text)
        out: list[Flowable] = [para(text, style)]
        if self.other and other != text:
            out.append(para(other, second or ParagraphStyle("translated", style, textColor=MUTED)))
        return out


def render_confirmation(data: ConfirmationData, out: Path | BinaryIO, *, lang: str = SOURCE_LANGUAGE) -> None:
    """Write the deposit confirmation of `data` as an A4 PDF to a path or a binary stream; for an
    applicant reading another language than French, every text is given in both."""
    st = styles()
    bi = _Bilingual(lang)
    story: list[Flowable] = [
        *bi.stacked(TITLE, st.title),
        *bi.stacked(data.procedure_title, st.subtitle, tr=bi.procedure),
        Spacer(1, 3 * mm),
        _summary(data, bi),
        Spacer(1, 2 * mm),
        *bi.stacked(NOT_A_PERMIT, st.small),
        *heading(bi.inline(APPLICANT)),
        _applicant(data, bi),
        *heading(bi.inline(DOCUMENTS)),
        _documents(data.documents, bi),
    ]
    deposited_on = french_date(data.deposited_at.astimezone(PARIS).date())
    build(story, out, title=TITLE, footer=f"Escale — confirmation de dépôt du {deposited_on}")


def paris_time(data: ConfirmationData) -> str:
    """The deposit time as French people read it: "26/11/2026 à 14:05" (Paris time)."""
    local = data.deposited_at.astimezone(PARIS)
    return f"{french_date(local.date())} à {local:%H:%M}"


def _summary(data: ConfirmationData, bi: _Bilingual) -> Table:
    """Key facts on the left, the dossier id's QR code on the right."""
    # The id is copied by hand into letters and calls: a size that keeps it on one line.
    dossier_id = para(data.dossier_id, ParagraphStyle("id", styles().bold, fontSize=9))
    facts: list[tuple[str, str | Flowable]] = [(DEPOSITED_ON, paris_time(data)),
                                               (DOSSIER_NUMBER, dossier_id)]
    if data.deposit_number:
        facts.append((DEPOSIT_NUMBER, data.deposit_number))
    else:
        facts.append((STATUS, bi.inline(data.status, bi.procedure)))
    if data.site_name:
        facts.append((SITE, data.site_name))
    left_width = FRAME_WIDTH - _QR_COLUMN
    qr_block = [_qr(data.dossier_id), *bi.stacked(QR_CAPTION, styles().caption, styles().caption)]
    table = Table(
        [[_key_values(facts, left_width - 8, bi, label_width=37 * mm, bold_values=True), qr_block]],
        colWidths=[left_width, _QR_COLUMN],
        splitInRow=MIN_ROW_PIECE,
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return table


def _qr(value: str) -> Drawing:
    # Level M (15 % recovery): survives a creased print yet stays coarse for a long id.
    widget = QrCodeWidget(value, barWidth=_QR_SIZE, barHeight=_QR_SIZE, barLevel="M")
    drawing = Drawing(_QR_SIZE, _QR_SIZE, initialFontName=fonts.REGULAR)  # no stray Helvetica
    drawing.add(widget)
    return drawing


def _applicant(data: ConfirmationData, bi: _Bilingual) -> Table:
    rows: list[tuple[str, str | Flowable]] = [(SURNAME, data.surname), (GIVEN_NAMES, data.given_names)]
    if data.usage_name:
        rows.append((USAGE_NAME, data.usage_name))
    rows += [
        (BIRTH_DATE, french_date(data.birth_date)),
        (NATIONALITY, data.nationality),
        (FOREIGNER_NUMBER, data.foreigner_number),
    ]
    return _key_values(rows, FRAME_WIDTH, bi, pairs_per_row=2, label_width=36 * mm)


def _key_values(
    rows: list[tuple[str, str | Flowable]],
    width: float,
    bi: _Bilingual,
    *,
    pairs_per_row: int = 1,
    label_width: float = 45 * mm,
    bold_values: bool = False,
) -> Table:
    """Label / value pairs, `pairs_per_row` side by side, read left to right then down."""
    st = styles()
    value_style = st.bold if bold_values else st.body
    cells: list[Flowable | str] = []
    for key, value in rows:
        label = bi.stacked(key, st.small)
        cells += [label if len(label) > 1 else label[0],
                  para(value, value_style) if isinstance(value, str) else value]
    per_row = 2 * pairs_per_row
    cells += [""] * (-len(cells) % per_row)
    pair_width = width / pairs_per_row
    table = Table(
        [cells[i : i + per_row] for i in range(0, len(cells), per_row)],
        colWidths=[label_width, pair_width - label_width] * pairs_per_row,
        splitInRow=MIN_ROW_PIECE,
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            # Lower the smaller labels onto the values' baseline.
            *[("TOPPADDING", (col, 0), (col, -1), 2.5) for col in range(0, per_row, 2)],
        )
    )
    return table


def _documents(documents: list[DocumentSummary], bi: _Bilingual) -> Table:
    st = styles()
    rows: list[list[Flowable | list[Flowable] | str]] = [
        [bi.stacked(PIECE, st.bold), bi.stacked(FILE, st.bold), bi.stacked(PAGES, st.right_bold)]
    ]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    files = translations = pages = 0
    for document in documents:
        first = len(rows)
        label = bi.stacked(document.label, st.body, st.small, tr=bi.procedure)
        if not document.files:
            rows.append([label, para(bi.inline(NO_FILE), st.small), para("0", st.right)])
        translation = safe_text(bi.inline(TRANSLATION.replace(" :", "")) + "\u00a0:")
        for index, file in enumerate(document.files):
            markup = f"<font color='#555555'>{translation}</font> {{}}" if file.is_translation else ""
            name = para(file.name, st.body, markup=markup)
            rows.append([label if index == 0 else "", name, para(str(file.pages), st.right)])
            files += 1
            translations += file.is_translation
            pages += file.pages
        if first > 1:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.5, RULE))
        last = len(rows) - 1
        if last - first < _KEEP_TOGETHER:
            # The label spans its files' rows, so a long label does not push its first file apart
            # from the others; a longer list may break across pages, the label then heads it.
            commands += [("SPAN", (0, first), (0, last)), ("NOSPLIT", (0, first), (-1, last))]
    if not documents:
        rows.append([bi.stacked(NO_DOCUMENT, st.body), "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))

    summary = f"{_count(len(documents), 'pièce')}, {_count(files, 'fichier')}"
    if translations:
        summary += f" dont {_count(translations, 'traduction')}"
    counts = bi.pdf(COUNTS).replace("%1", str(len(documents))).replace("%2", str(files)).replace(
        "%3", str(translations))
    summary_cell: Flowable | list[Flowable] = para(summary, st.body)
    if bi.other:
        summary_cell = [summary_cell, para(counts, st.small)]
    rows.append([para(bi.inline(TOTAL), st.bold), summary_cell, para(str(pages), st.right_bold)])
    commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    commands.append(("NOSPLIT", (0, -2), (-1, -1)))  # never a lone total at the top of a page

    table = Table(
        rows,
        colWidths=[_PIECE_WIDTH, FRAME_WIDTH - _PIECE_WIDTH - _PAGES_WIDTH, _PAGES_WIDTH],
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
    )
    table.setStyle(table_style(*commands))
    return table


def _count(n: int, noun: str) -> str:
    # French: 0 and 1 take the singular.
    return f"{n} {noun}{'s' if n > 1 else ''}"
