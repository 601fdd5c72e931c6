"""Any text -> a string a reportlab Paragraph shows literally and legibly.

Every label and every piece of applicant data goes through `safe_text` before it reaches
a Paragraph: names such as "<b>Dupont</b> & Fils" must print as typed, control characters
must not reach the PDF, a 500-letter "word" must wrap inside its column, and Arabic or
Hebrew must read right to left with Arabic letters joined (reportlab draws code points
one by one, left to right, so the text is shaped and reordered here).
"""

from __future__ import annotations

import re
from functools import cache
from html import escape

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display

from kiosk.pdf import fonts

SOFT_HYPHEN = "\xad"
LONG_WORD = 30  # longer runs without a space get break opportunities...
CHUNK = 15  # ...every CHUNK characters

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Chinese, Japanese, Korean characters and their punctuation: drawn with the CJK face.
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")
_LONG = re.compile(rf"[^\s\xa0]{{{LONG_WORD + 1},}}")
_JOINERS = "\u200c\u200d"  # ZWNJ / ZWJ steer Arabic shaping; dropped once it is done


def safe_text(text: str) -> str:
    """Clean, shape, make breakable, and escape `text` for a Paragraph (no markup survives)."""
    text = _clean(text, keep=_JOINERS)
    if _RTL.search(text):
        text = _clean(get_display(_reshaper().reshape(text)))
    elif not text.isprintable():
        text = _clean(text)
    text = _LONG.sub(_breakable, text)
    text = escape(text, quote=False)
    if _CJK.search(text) and (face := fonts.cjk_font()):
        text = _CJK.sub(lambda m: f'<font name="{face}">{m.group()}</font>', text)
    return text


def _clean(text: str, keep: str = "") -> str:
    """Whitespace controls become spaces; other controls and invisible format characters go."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == " " or ch == "\xa0" or ch in keep:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif ch.isprintable():  # i.e. not a control, format, surrogate or unassigned code point
            out.append(ch)
    return "".join(out)


def _breakable(match: re.Match[str]) -> str:
    # Soft hyphens are invisible unless reportlab breaks the line there (then it draws "-").
    word = match.group()
    if _CJK.search(word):  # no hyphens in Chinese: the paragraph splits it where it must
        return word
    return SOFT_HYPHEN.join(word[i : i + CHUNK] for i in range(0, len(word), CHUNK))


@cache
def _reshaper() -> ArabicReshaper:
    # A ligature the font lacks would print as an empty box: keep only those DejaVu draws.
    have = fonts.codepoints()
    config: dict[str, bool] = {}
    for name, (_, forms) in LIGATURES:
        config[name] = all(ord(c) in have for form in forms for c in form)
    return ArabicReshaper(configuration=config)
