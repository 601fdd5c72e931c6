"""What the documents share: page, styles, footer with "Page X / Y", and the build itself."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from kiosk.pdf import fonts
from kiosk.pdf.text import safe_text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 22 * mm  # room for the footer
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

# Only absurdly long values make a table row taller than what is left of a page: tables split
# such a row (no less than two lines a piece) rather than fail or orphan a heading.
MIN_ROW_PIECE = 28

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#b8b8b8")
SHADE = colors.HexColor("#eef1f5")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    caption: ParagraphStyle


@cache
def styles() -> Styles:
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=10.5, leading=14, textColor=INK, splitLongWords=1
    )
    return Styles(
        title=ParagraphStyle("title", body, fontName=fonts.BOLD, fontSize=17, leading=22, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", body, fontSize=12, leading=16, spaceBefore=2, spaceAfter=4),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=body,
        bold=ParagraphStyle("bold", body, fontName=fonts.BOLD),
        small=ParagraphStyle("small", body, fontSize=9.5, leading=12.5, textColor=MUTED),
        right=ParagraphStyle("right", body, alignment=TA_RIGHT),
        right_bold=ParagraphStyle("right_bold", body, fontName=fonts.BOLD, alignment=TA_RIGHT),
        caption=ParagraphStyle("caption", body, fontSize=9, leading=11, textColor=MUTED, alignment=1),
    )


def para(text: str, style: ParagraphStyle, *, markup: str = "") -> Paragraph:
    """A Paragraph of literal `text`; `markup` is our own trusted template with one "{}" slot."""
    safe = safe_text(text)
    return Paragraph(markup.format(safe) if markup else safe, style)


def heading(text: str) -> list[Flowable]:
    """A section heading that never ends a page alone.

    (keepWithNext would glue it to the whole following table and push that table to the
    next page whenever it does not fit in the rest of this one.)
    """
    return [CondPageBreak(30 * mm), para(text, styles().heading)]


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    # Tables set their cells' font even when every cell is a Paragraph: name ours, or each
    # PDF would also reference an unembedded Helvetica.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def french_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class Checkbox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4.2 * mm) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height)


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, so each footer can say "Page X / Y"."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        y = MARGIN_BOTTOM - 12 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(fonts.REGULAR, 8.5)
        self.drawString(MARGIN_X, y, self._footer)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"Page {number} / {total}")
        self.restoreState()


def build(story: Sequence[Flowable], out: Path | BinaryIO, *, title: str, footer: str) -> None:
    """Lay `story` out on A4 pages and write the PDF to a path or a binary stream.

    The PDF is made in memory first, so a failure never leaves half a file behind.
    `footer` is drawn as is (canvas text, not markup): keep it to our own fixed wording.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    # A frame without the default 6 pt padding, so that FRAME_WIDTH is the width flowables get.
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=[PageTemplate("page", [frame])],
        title=title,
        author="Escale",
        creator="Escale",
        lang="fr-FR",
        initialFontName=fonts.REGULAR,  # else every PDF also names an unembedded Helvetica
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    doc.build(list(story), canvasmaker=canvasmaker)
    data = buffer.getvalue()
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)
