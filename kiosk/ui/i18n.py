"""Translation entry points. French is the source language: every visible string goes
through Qt's translator, the procedure's own texts under the "Procedure" context.

`set_language` swaps the installed translators (Escale's, and Qt's own for standard
dialogs), mirrors the layout for right-to-left languages, and flushes the resulting
LanguageChange events, so the main window has re-rendered its screens when it returns.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.i18n_catalog import (
    LANGUAGES,
    PROCEDURE_CONTEXT,
    RIGHT_TO_LEFT,
    SOURCE_LANGUAGE,
    check_language,
    translations_dir,
    ts_path,
)

log = logging.getLogger(__name__)

_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def tr_procedure(text: str | None) -> str:
    """A text of the procedure definition (label, help, message), translated if we can."""
    if not text:
        return ""
    return QCoreApplication.translate(PROCEDURE_CONTEXT, text)


def current_language() -> str:
    return _current


def languages() -> dict[str, str]:
    """Language code -> its name in its own script, French first."""
    return dict(LANGUAGES)


def qm_path(lang: str) -> Path:
    return translations_dir() / f"escale_{lang}.qm"


def compile_translations(force: bool = False) -> list[Path]:
    """Compile each .ts missing its .qm (or newer than it) with pyside6-lrelease; setup.sh
    does this at set-up, this is the fallback of a fresh checkout."""
    done = []
    for ts in sorted(translations_dir().glob("escale_*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = Path(sys.executable).parent / "pyside6-lrelease"
            command = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
            if command is None:
                log.warning("pyside6-lrelease not found: %s stays uncompiled", ts.name)
                continue
            subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)
            done.append(qm)
    return done


def set_language(app: QCoreApplication, lang: str) -> None:
    """Show the whole application in `lang` ("fr", "en", "ar", …), at any moment."""
    global _current
    check_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        if ts_path(lang).exists() and (not qm_path(lang).exists()
                                       or qm_path(lang).stat().st_mtime < ts_path(lang).stat().st_mtime):
            try:
                compile_translations()
            except (OSError, subprocess.CalledProcessError) as exc:  # read-only install, no tool
                log.warning("cannot compile translations: %s", exc)
        own = QTranslator(app)
        if own.load(str(qm_path(lang))):
            _installed.append(own)
        else:
            log.warning("no compiled translation for %s", lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)  # Qt's own texts (standard dialogs), French included
    if qt_base.load(QLocale(lang), "qtbase", "_", qt_dir):
        _installed.append(qt_base)
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    # Installing and removing translators posts LanguageChange to every window: deliver
    # them now, so the screens are re-rendered when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
