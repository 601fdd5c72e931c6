"""The documents' typeface: DejaVu Sans, for its Latin, Cyrillic, Arabic and Hebrew glyphs,
and a CJK face for Chinese (DejaVu has none; runs of CJK characters switch to it).

Parsing a TrueType file costs more than rendering a whole confirmation, so the fonts are
registered once per process and every later call is free.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import resources_dir

REGULAR = "EscaleSans"
BOLD = "EscaleSans-Bold"

CJK = "EscaleCJK"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# TrueType-outline CJK faces (reportlab cannot embed CFF ones such as Noto Sans CJK):
# (path, index in a collection). Debian: fonts-droid-fallback, fonts-wqy-microhei.
_CJK_FILES = (
    ("resources:fonts/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
)
_cjk: bool | None = None
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


def cjk_font() -> str | None:
    """The name of the registered CJK face, or None when the machine has none."""
    global _cjk
    register_fonts()
    with _lock:
        if _cjk is None:
            _cjk = False
            for name, index in _CJK_FILES:
                local = name.startswith("resources:")
                path = resources_dir() / name.split(":", 1)[1] if local else Path(name)
                if path.exists():
                    pdfmetrics.registerFont(TTFont(CJK, str(path), subfontIndex=index))
                    for bold in (0, 1):
                        for italic in (0, 1):
                            addMapping(CJK, bold, italic, CJK)
                    _cjk = True
                    break
    return CJK if _cjk else None


def codepoints() -> frozenset[int]:
    """The characters both faces can draw."""
    register_fonts()
    assert _codepoints is not None
    return _codepoints
