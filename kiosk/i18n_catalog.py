"""The kiosk's languages and its translation catalogues, without Qt.

The .ts files in resources/translations are the one source of truth: the GUI loads them
compiled (.qm, by pyside6-lrelease at set-up), the PDFs and the command line read them here.
French is the source language: a text with no translation stays French.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.paths import resources_dir

if TYPE_CHECKING:
    from kiosk.procedure.definition import Procedure, Question

SOURCE_LANGUAGE = "fr"
# Each language named in its own script (the menu shows no flags).
LANGUAGES: dict[str, str] = {
    "fr": "Français",
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "pt": "Português",
    "ru": "Русский",
    "tr": "Türkçe",
    "zh_CN": "中文（简体）",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
RIGHT_TO_LEFT = frozenset({"ar"})

PROCEDURE_CONTEXT = "Procedure"  # labels, help texts, messages of resources/procedures
PDF_CONTEXT = "Pdf"  # the fixed texts of the checklist and of the confirmation

Translate = Callable[[str], str]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    return translations_dir() / f"escale_{lang}.ts"


def direction(lang: str) -> str:
    return "rtl" if lang in RIGHT_TO_LEFT else "ltr"


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    return lang


def read_ts(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished/obsolete/empty) of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text if node is not None else None
            kind = node.get("type") if node is not None else None
            yield name, source, (text if text and kind is None else None)


@cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, French source) -> finished translation, for `lang` ({} for French)."""
    if check_language(lang) == SOURCE_LANGUAGE or not ts_path(lang).exists():
        return {}
    return {(ctx, src): text for ctx, src, text in read_ts(ts_path(lang)) if text}


def translator(lang: str, context: str) -> Translate:
    """A function French text -> `lang` text for one context (the text itself if untranslated)."""
    table = catalog(lang)

    def translate(text: str) -> str:
        return table.get((context, text), text) if text else text

    return translate


def procedure_texts(procedure: Procedure) -> list[str]:
    """Every French text of a procedure definition a person may read, in definition order."""
    texts: list[str | None] = [procedure.title, procedure.outcome, procedure.translation_note]
    texts += [step.title for step in procedure.steps]
    texts += list(procedure.sections.values())
    for page in procedure.pages:
        texts += [page.title, page.intro]
        for question in page.questions:
            texts += _question_texts(question)
        texts += [check.message for check in page.checks]
    for rule in procedure.blockers + procedure.warnings:
        texts += [rule.message, rule.advice]
    for req in procedure.documents:
        texts += [req.label, req.detail, req.applies]
    return list(dict.fromkeys(t for t in texts if t))


def _question_texts(question: Question) -> list[str | None]:
    texts: list[str | None] = [question.label, question.help, question.item_label, question.add_label]
    texts += [choice.label for choice in question.choices]
    for sub in question.fields:
        texts += _question_texts(sub)
    return texts
