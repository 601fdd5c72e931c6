"""safe_text: what reaches a Paragraph is literal, printable, breakable and shaped."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from kiosk.pdf import fonts
from kiosk.pdf.layout import styles
from kiosk.pdf.text import _RTL, CHUNK, LONG_WORD, SOFT_HYPHEN, safe_text


def test_plain_french_text_is_unchanged() -> None:
    text = "Justificatif de domicile de moins de 6 mois — « récent »"
    assert safe_text(text) == text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<b>Dupont</b> & Fils", "&lt;b&gt;Dupont&lt;/b&gt; &amp; Fils"),
        ("&amp;", "&amp;amp;"),
        ("<", "&lt;"),
        (
            "<para><font size=40>x</font></para>",
            "&lt;para&gt;&lt;font size=40&gt;x&lt;/font&gt;&lt;/para&gt;",
        ),
    ],
)
def test_markup_is_escaped(raw: str, escaped: str) -> None:
    assert safe_text(raw) == escaped


@pytest.mark.parametrize("raw", ["<b>Dupont</b> & Fils", "&amp;", "<", "a < b > c", "<unclosed", "&#0;"])
def test_a_paragraph_shows_markup_like_text_literally(raw: str) -> None:
    paragraph = Paragraph(safe_text(raw), styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == raw
    assert {frag.fontName for frag in paragraph.frags} == {fonts.REGULAR}  # nothing turned bold


def test_control_characters_are_dropped_and_whitespace_kept_as_spaces() -> None:
    assert safe_text("Jean\tPierre\nDUPONT\r\x00\x07\x1b\x7f\x85") == "Jean Pierre DUPONT  "
    assert safe_text("Marie\u200bClaire\ufeff\u202e") == "MarieClaire"


def test_non_breaking_spaces_survive() -> None:
    assert safe_text("Important\u00a0:") == "Important\u00a0:"


def test_long_words_get_soft_hyphens_every_chunk() -> None:
    word = "x" * 100
    out = safe_text(word)
    assert out.replace(SOFT_HYPHEN, "") == word
    assert all(len(piece) <= CHUNK for piece in out.split(SOFT_HYPHEN))
    assert SOFT_HYPHEN not in safe_text("y" * LONG_WORD)  # ordinary long words are left alone


def test_a_long_word_wraps_inside_its_width() -> None:
    paragraph = Paragraph(safe_text("W" * 300), styles().body)
    paragraph.wrap(200, 10_000)
    widths = paragraph.getActualLineWidths0()
    assert len(widths) > 5
    assert max(widths) <= 200


def test_arabic_is_joined_and_right_to_left() -> None:
    out = safe_text("محمد عبد الله")
    words = out.split(" ")
    # Visual order: the first logical word (محمد) is drawn last, i.e. rightmost.
    assert len(words) == 3
    # Presentation forms (joined letters), nothing left in the unjoined block.
    assert all("\ufb50" <= ch <= "\ufeff" for ch in out.replace(" ", ""))
    # محمد = meem (initial), hah (medial), meem (medial), dal (final), drawn reversed.
    assert words[-1] == "\ufeaa\ufee4\ufea4\ufee3"


def test_arabic_output_only_uses_glyphs_the_font_has() -> None:
    # The default reshaper turns "الله" into U+FDF2, which DejaVu Sans does not have.
    have = fonts.codepoints()
    for text in ["محمد عبد الله", "لا إله إلا الله", "صلى الله عليه وسلم", "عبد الرحمن", "فاطمة الزهراء"]:
        assert [ch for ch in safe_text(text) if ord(ch) not in have] == []


def test_hebrew_is_reversed_for_display() -> None:
    assert safe_text("שלום") == "םולש"


def test_mixed_latin_and_arabic_keeps_latin_order() -> None:
    out = safe_text("Dossier de محمد n° 12")
    assert out.startswith("Dossier de ") and out.endswith(" n° 12")


def test_escaping_happens_after_reordering() -> None:
    # Reordering an already escaped "&lt;" would scramble the entity.
    out = safe_text("محمد <b>")
    assert ("&lt;" in out and "&gt;" in out) or "&gt;b&lt;" in out
    Paragraph(out, styles().body).wrap(300, 100)  # still valid markup


def test_register_fonts_is_idempotent() -> None:
    fonts.register_fonts()
    first = fonts.codepoints()
    fonts.register_fonts()
    assert fonts.codepoints() is first
    assert ord("ж") in first and ord("ﻣ") in first and ord("é") in first


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text())
def test_any_text_parses_as_a_literal_paragraph(text: str) -> None:
    paragraph = Paragraph(safe_text(text), styles().body)
    drawn = "".join(frag.text for frag in paragraph.frags).replace(SOFT_HYPHEN, "")
    assert all(ch.isprintable() or ch in " \xa0" for ch in drawn)
    if text.isprintable() and not _has_rtl(text):
        assert drawn.split() == text.split()  # the Paragraph may trim blank ends, never change words
    paragraph.wrap(120, 10_000)
    # reportlab's own long-word splitting may overshoot by a fraction of a point
    assert max(paragraph.getActualLineWidths0(), default=0) <= 121


def _has_rtl(text: str) -> bool:
    if _RTL.search(text):  # shaped as Arabic/Hebrew, lone marks included
        return True
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN", "RLE", "RLO", "RLI") for ch in text)
