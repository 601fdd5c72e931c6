"""The documents' typeface: DejaVu Sans, for its Latin, Cyrillic, Arabic and Hebrew glyphs.

Parsing a TrueType file costs more than rendering a whole confirmation, so the fonts are
registered once per process and every later call is free.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import resources_dir

REGULAR = "EscaleSans"
BOLD = "EscaleSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_codepoints: frozenset[int] | None = None


def register_fonts() -> None:
    """Register regular and bold under REGULAR / BOLD (idempotent, thread-safe)."""
    global _codepoints
    if _codepoints is not None:
        return
    with _lock:
        if _codepoints is not None:
            return
        fonts = {name: TTFont(name, str(resources_dir() / "fonts" / file)) for name, file in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        # So that <b> in a Paragraph picks the bold file rather than faking it.
        for italic in (0, 1):
            addMapping(REGULAR, 0, italic, REGULAR)
            addMapping(REGULAR, 1, italic, BOLD)
        _codepoints = frozenset(fonts[REGULAR].face.charToGlyph) & frozenset(fonts[BOLD].face.charToGlyph)


def codepoints() -> frozenset[int]:
    """The characters both faces can draw."""
    register_fonts()
    assert _codepoints is not None
    return _codepoints
