#!/usr/bin/env python3
"""Refresh resources/translations/escale_<lang>.ts from the sources, keeping the translations.

What is extracted (French, the source language):
  - every tr() / QCoreApplication.translate() / QT_TRANSLATE_NOOP() text of kiosk/ui/*.py,
    by pyside6-lupdate, plus the calls of one-argument wrappers such as
    `def _tr(text): return QCoreApplication.translate("Online", text)` (lupdate misses them);
  - every text of the procedure definitions, under the context "Procedure";
  - the fixed texts of the PDFs (kiosk/pdf/*.py `TEXTS`), under the context "Pdf".
A text that lost its source is dropped; a new one is written `unfinished`. Output is
deterministic: contexts sorted by name, messages in source order, no line numbers.

Usage: scripts/update-translations.py [--check]   (--check: exit 1 if a file would change)
       scripts/update-translations.py --export-missing FILE.json   (what is left to translate)
       scripts/update-translations.py --import FILE.json   (merge translations, same format:
           [{"context", "source", "translations": {"en": "...", "ar": "...", ...}}])
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.i18n_catalog import (  # noqa: E402
    PDF_CONTEXT,
    PROCEDURE_CONTEXT,
    TRANSLATED,
    procedure_texts,
    read_ts,
    ts_path,
)

Message = tuple[str, str]  # (context, French source)


def lupdate_tool() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else "pyside6-lupdate"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "kiosk" / "ui").glob("*.py"))


def lupdate_messages(sources: list[Path]) -> list[Message]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        subprocess.run([lupdate_tool(), *map(str, sources), "-ts", str(out), "-no-obsolete",
                        "-locations", "none", "-source-language", "fr_FR", "-silent"],
                       check=True, capture_output=True)
        # A bare tr() outside a class has no context lupdate can know: those are the
        # wrappers below, found with their real context.
        return [(ctx, src) for ctx, src, _ in read_ts(out) if ctx]


def wrapper_messages(sources: list[Path]) -> list[Message]:
    """Calls of functions `f(text)` whose body is `return <X>.translate("Ctx", text)` (module
    level or nested in a function)."""
    found: list[Message] = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers: dict[str, str] = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and node.body
                    and isinstance(ret := node.body[-1], ast.Return) and isinstance(ret.value, ast.Call)
                    and isinstance(ret.value.func, ast.Attribute) and ret.value.func.attr == "translate"
                    and len(ret.value.args) == 2 and isinstance(ret.value.args[0], ast.Constant)):
                wrappers[node.name] = str(ret.value.args[0].value)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((wrappers[node.func.id], node.args[0].value))
    return found


def procedure_messages() -> list[Message]:
    from kiosk.deposit.confirmation import PENDING_STATUS, STATUS_BY_STATE
    from kiosk.procedure.definition import load_procedure

    texts: list[str] = []
    for path in sorted((ROOT / "resources" / "procedures").glob("*.yaml")):
        texts += procedure_texts(load_procedure(path))
    # Values the review and confirmation screens show as words.
    texts += [PENDING_STATUS, *STATUS_BY_STATE.values(), "Oui", "Non", "Aucun", "Confirmé", "Non confirmé"]
    return [(PROCEDURE_CONTEXT, t) for t in dict.fromkeys(texts)]


def pdf_messages() -> list[Message]:
    from kiosk.pdf import checklist, confirmation, resume_slip

    texts = (*checklist.TEXTS, *confirmation.TEXTS, *resume_slip.TEXTS)
    return [(PDF_CONTEXT, t) for t in dict.fromkeys(texts)]


def extract() -> list[Message]:
    """Every (context, source) the shipped languages must translate, in a stable order."""
    sources = ui_sources()
    messages = lupdate_messages(sources) + wrapper_messages(sources) + procedure_messages() + pdf_messages()
    return list(dict.fromkeys(messages))


def render_ts(lang: str, messages: list[Message], known: dict[Message, str]) -> str:
    by_context: dict[str, list[str]] = {}
    for ctx, src in messages:
        by_context.setdefault(ctx, []).append(src)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="fr_FR">']
    for ctx in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(ctx)}</name>"]
        for src in by_context[ctx]:
            text = known.get((ctx, src))
            translation = (f"<translation>{escape(text)}</translation>" if text
                           else '<translation type="unfinished"></translation>')
            lines += ["    <message>", f"        <source>{escape(src)}</source>",
                      f"        {translation}", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def existing(lang: str) -> dict[Message, str]:
    path = ts_path(lang)
    return {(c, s): t for c, s, t in read_ts(path) if t} if path.exists() else {}


def _option(argv: list[str], name: str) -> Path | None:
    return Path(argv[argv.index(name) + 1]) if name in argv else None


def export_missing(messages: list[Message], out: Path) -> int:
    known = {lang: existing(lang) for lang in TRANSLATED}
    todo = [{"context": ctx, "source": src,
             "translations": {lang: "" for lang in TRANSLATED if (ctx, src) not in known[lang]}}
            for ctx, src in messages if any((ctx, src) not in known[lang] for lang in TRANSLATED)]
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(todo)} texts to translate")
    return 0


def imported(path: Path | None) -> dict[str, dict[Message, str]]:
    found: dict[str, dict[Message, str]] = {lang: {} for lang in TRANSLATED}
    for entry in json.loads(path.read_text(encoding="utf-8")) if path else []:
        for lang, text in entry["translations"].items():
            if text and lang in found:
                found[lang][(entry["context"], entry["source"])] = text
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    messages = extract()
    if (out := _option(argv, "--export-missing")) is not None:
        return export_missing(messages, out)
    extra = imported(_option(argv, "--import"))
    changed = []
    for lang in TRANSLATED:
        path = ts_path(lang)
        text = render_ts(lang, messages, existing(lang) | extra[lang])
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(path.name)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        missing = sum(1 for m in messages if m not in existing(lang)) if check else \
            text.count('type="unfinished"')
        print(f"{path.name}: {len(messages)} texts, {missing} untranslated")
    if check and changed:
        print("out of date: " + ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
