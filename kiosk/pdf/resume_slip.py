"""The resume slip ("ticket de reprise"): the code of a draft saved for later, in large type
and as a QR code, the last day it works, the site, and how to resume. One A4 page, French
then the applicant's language; nothing personal on it (whoever finds it learns no name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from kiosk.i18n_catalog import SOURCE_LANGUAGE
from kiosk.pdf import fonts
from kiosk.pdf.confirmation import _Bilingual  # the confirmation's French-then-other rendering
from kiosk.pdf.layout import (
    ACCENT,
    FRAME_WIDTH,
    MUTED,
    SHADE,
    build,
    french_date,
    heading,
    para,
    styles,
    table_style,
)

TITLE = "Ticket de reprise de votre demande"
INTRO = (
    "Votre demande en cours est enregistrée sur cette borne. Avec ce code, vous la reprendrez "
    "là où vous vous êtes arrêté(e)."
)
CODE_LABEL = "Code de reprise"
VALID_UNTIL = "Valable jusqu'au"
SITE = "Lieu"
INCLUDED = "inclus"
QR_CAPTION = "À présenter à la caméra de la borne"
HOW_TO = "Pour reprendre votre demande"
STEP_1 = "Revenez à une borne Escale de ce lieu avant la fin de validité du code."
STEP_2 = "Sur l'écran d'accueil, touchez « Reprendre avec un code »."
STEP_3 = "Tapez le code ci-dessus, ou présentez ce ticket à la caméra (« Scanner le ticket »)."
KEEP_IT = (
    "Gardez ce ticket pour vous : toute personne qui a ce code peut ouvrir votre demande. "
    "Le code ne sert qu'une fois ; si vous enregistrez de nouveau, vous recevrez un nouveau ticket."
)
AFTER = "Après cette date, la demande enregistrée est supprimée : il faudra la recommencer."
# Every fixed text, for scripts/update-translations.py (context "Pdf").
TEXTS = (TITLE, INTRO, CODE_LABEL, VALID_UNTIL, SITE, INCLUDED, QR_CAPTION, HOW_TO, STEP_1, STEP_2,
         STEP_3, KEEP_IT, AFTER)

_QR_SIZE = 46 * mm
_QR_COLUMN = 56 * mm
_CODE_MAX_SIZE = 30.0  # points
_WARNING = colors.HexColor("#fff4d6")
_WARNING_RULE = colors.HexColor("#b36b00")


@dataclass(frozen=True)
class ResumeSlip:
    code: str  # as shown: "K7QM4-XPDR9-TWAB3"
    last_day: date  # the last day (local date) the code opens the draft
    site_name: str | None = None


def qr_modules(value: str) -> list[list[bool]]:
    """The QR code of `value` as rows of dark (True) / light modules, quiet zone excluded:
    what the PDF draws, for a screen to draw the same symbol."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return [[bool(module) for module in row] for row in widget.qr.modules]


def render_resume_slip(slip: ResumeSlip, out: Path | BinaryIO, *, lang: str = SOURCE_LANGUAGE) -> None:
    """Write the slip of `slip` as a one-page A4 PDF to a path or a binary stream."""
    st = styles()
    bi = _Bilingual(lang)
    steps = [_step(number, text, bi) for number, text in ((1, STEP_1), (2, STEP_2), (3, STEP_3))]
    story: list[Flowable] = [
        *bi.stacked(TITLE, st.title),
        *bi.stacked(INTRO, st.body),
        Spacer(1, 5 * mm),
        _summary(slip, bi),
        Spacer(1, 2 * mm),
        *heading(bi.inline(HOW_TO)),
    ]
    for step in steps:
        story += [*step, Spacer(1, 1.5 * mm)]
    story += [Spacer(1, 4 * mm), _warning(bi)]
    build(story, out, title=TITLE, footer="Escale — ticket de reprise (aucune donnée personnelle)")


def _step(number: int, text: str, bi: _Bilingual) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(f"{number}. {text}", st.body)]
    other = bi.pdf(text)
    if bi.other and other != text:
        out.append(para(f"{number}. {other}", ParagraphStyle("translated", st.body, textColor=MUTED)))
    return out


def _code_style(code: str, width: float) -> ParagraphStyle:
    # As large as fits on one line of the box's left column.
    size = _CODE_MAX_SIZE
    while stringWidth(code, fonts.BOLD, size) > width and size > 12:
        size -= 1
    return ParagraphStyle("code", styles().bold, fontSize=size, leading=size * 1.25, textColor=ACCENT)


def _summary(slip: ResumeSlip, bi: _Bilingual) -> Table:
    """The code, its last day and the site on the left; its QR code on the right."""
    st = styles()
    left_width = FRAME_WIDTH - _QR_COLUMN
    facts: list[Flowable] = [
        *bi.stacked(CODE_LABEL, st.small),
        para(slip.code, _code_style(slip.code, left_width - 16)),
        Spacer(1, 3 * mm),
        *bi.stacked(VALID_UNTIL, st.small),
        para(f"{french_date(slip.last_day)} ({bi.inline(INCLUDED)})", st.bold),
    ]
    if slip.site_name:
        facts += [Spacer(1, 2 * mm), *bi.stacked(SITE, st.small), para(slip.site_name, st.bold)]
    qr_block = [_qr(slip.code), *bi.stacked(QR_CAPTION, st.caption, st.caption)]
    table = Table([[facts, qr_block]], colWidths=[left_width, _QR_COLUMN])
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LEFTPADDING", (0, 0), (0, 0), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ))
    return table


def _qr(value: str) -> Drawing:
    # Level M (15 % recovery) and a short text: coarse modules a kiosk camera reads at a glance.
    widget = QrCodeWidget(value, barWidth=_QR_SIZE, barHeight=_QR_SIZE, barLevel="M")
    drawing = Drawing(_QR_SIZE, _QR_SIZE, initialFontName=fonts.REGULAR)
    drawing.add(widget)
    return drawing


def _warning(bi: _Bilingual) -> Table:
    st = styles()
    table = Table([[[*bi.stacked(KEEP_IT, st.body), Spacer(1, 2 * mm), *bi.stacked(AFTER, st.body)]]],
                  colWidths=[FRAME_WIDTH])
    table.setStyle(table_style(
        ("BOX", (0, 0), (-1, -1), 1, _WARNING_RULE),
        ("BACKGROUND", (0, 0), (-1, -1), _WARNING),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ))
    return table

