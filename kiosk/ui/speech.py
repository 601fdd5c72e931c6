"""Reading the current screen aloud ("Lire à voix haute").

What is read is decided by pure functions (`ScreenText`, `speech_text`): the screen's
title and introduction, then each visible question with its help and its error, then
the messages of the blocker and warning panels. Who reads it: Qt's text-to-speech if
it has a real engine with a voice, else the `espeak-ng` program, else nobody and the
button stays hidden (`find_engine`).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

log = logging.getLogger(__name__)

# The kiosk's language codes -> espeak-ng voices.
ESPEAK_VOICES = {"fr": "fr", "en": "en", "ar": "ar", "es": "es", "pt": "pt", "ru": "ru", "tr": "tr",
                 "zh_CN": "cmn", "zh": "cmn", "cmn": "cmn"}
# Qt's "mock" engine is a test double that speaks nowhere.
_QT_FAKE_ENGINES = frozenset({"mock"})


# -- what to read (pure) ------------------------------------------------------------------
@dataclass(frozen=True)
class FieldText:
    label: str
    help: str = ""
    error: str = ""


@dataclass(frozen=True)
class ScreenText:
    title: str = ""
    intro: list[str] = field(default_factory=list)
    fields: list[FieldText] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # blocker / warning panels shown


def _sentence(text: str) -> str:
    """One line of speech: symbols that mean nothing aloud dropped, a full stop at the end."""
    text = " ".join(text.replace("•", " ").replace("✖", " ").replace("⚠", " ").replace("✔", " ")
                    .replace("ℹ", " ").split())
    if text and text[-1] not in ".?!:;…。？！":
        text += "."
    return text


def speech_text(screen: ScreenText) -> str:
    """The text to speak for a screen, in reading order, one sentence a line."""
    parts = [screen.title, *screen.intro, *screen.messages]
    for item in screen.fields:
        parts += [item.label, item.help, item.error]
    return "\n".join(s for s in (_sentence(p) for p in parts if p) if s)


def espeak_voice(lang: str) -> str:
    return ESPEAK_VOICES.get(lang, ESPEAK_VOICES.get(lang.split("_")[0], "fr"))


# -- who reads it ---------------------------------------------------------------------------
class SpeechEngine(Protocol):
    name: str

    def say(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


class EspeakEngine:
    """The espeak-ng program, run in the background: say() returns at once."""

    name = "espeak-ng"

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.process: subprocess.Popen[bytes] | None = None

    def command(self, lang: str, *extra: str) -> list[str]:
        return [self.binary, "-v", espeak_voice(lang), "-b", "1", *extra, "--stdin"]

    def say(self, text: str, lang: str) -> None:
        self.stop()
        self.process = subprocess.Popen(self.command(lang), stdin=subprocess.PIPE,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert self.process.stdin is not None
        self.process.stdin.write(text.encode("utf-8"))  # a screen's text fits the pipe
        self.process.stdin.close()

    def write_wav(self, text: str, lang: str, out: Path) -> Path:
        """The same speech into a WAV file (for tests and for checking a voice)."""
        subprocess.run(self.command(lang, "-w", str(out)), input=text.encode("utf-8"),
                       check=True, capture_output=True, timeout=60)
        return out

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None


class QtSpeechEngine:
    """Qt's text-to-speech (speech-dispatcher, or the platform's own)."""

    def __init__(self, speech: object, name: str) -> None:
        self.speech = speech
        self.name = f"qt:{name}"

    def say(self, text: str, lang: str) -> None:
        from PySide6.QtCore import QLocale

        self.speech.setLocale(QLocale(lang))  # type: ignore[attr-defined]
        self.speech.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.speech.stop()  # type: ignore[attr-defined]


def qt_engine() -> QtSpeechEngine | None:
    """Qt's text-to-speech, if the module loads and one real engine has a voice."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # e.g. libpulse missing
        log.info("no Qt text-to-speech: %s", exc)
        return None
    for name in QTextToSpeech.availableEngines():
        if name in _QT_FAKE_ENGINES:
            continue
        speech = QTextToSpeech(name)
        if speech.state() != QTextToSpeech.State.Error and speech.availableVoices():
            return QtSpeechEngine(speech, name)
        speech.deleteLater()
    return None


def find_engine(path: str | None = None, *, use_qt: bool = True) -> SpeechEngine | None:
    """Qt's engine, else espeak-ng found on `path` (default: $PATH), else None."""
    if use_qt and (engine := qt_engine()) is not None:
        return engine
    binary = shutil.which("espeak-ng", path=path)
    return EspeakEngine(binary) if binary else None


# -- the button -------------------------------------------------------------------------------
def screen_text(screen: QWidget) -> ScreenText:
    """What is visible on a screen, gathered from its widgets by their roles."""
    from kiosk.ui.fields import FieldEditor

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(screen)

    labels = [w for w in screen.findChildren(QLabel) if shown(w)]
    title = next((w.text() for w in labels if w.objectName() == "PageTitle"), "")
    intro = [w.text() for w in labels if w.objectName() == "PageIntro" and w.text()]
    messages = [w.body.text() for w in screen.findChildren(QWidget)
                if w.objectName() in ("BlockerPanel", "WarningPanel") and shown(w) and hasattr(w, "body")]
    fields = []
    for editor in screen.findChildren(FieldEditor):
        if not shown(editor) or _inside_editor(editor, screen):
            continue
        error = editor.error.text() if editor.error.isVisibleTo(screen) else ""
        fields.append(FieldText(editor.label.text(), editor.help.text() if shown(editor.help) else "", error))
    return ScreenText(title=title, intro=intro, fields=fields, messages=messages)


def _inside_editor(editor: QWidget, screen: QWidget) -> bool:
    """A field of a group (an address line): its group is read, with its own label."""
    from kiosk.ui.fields import FieldEditor

    parent = editor.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, FieldEditor):
            return True
        parent = parent.parentWidget()
    return False


class ReadAloudButton(QPushButton):
    """The "Lire à voix haute" button: speaks the current screen in the current language;
    hidden when no speech engine exists."""

    def __init__(self, current_screen: Callable[[], QWidget], language: Callable[[], str],
                 engine: SpeechEngine | None = None) -> None:
        super().__init__()
        self.setObjectName("ReadAloud")
        self.current_screen = current_screen
        self.language = language
        self.engine = engine
        self.last_text = ""
        self.clicked.connect(self.read)
        self.retranslate()
        self.setVisible(engine is not None)

    def retranslate(self) -> None:
        self.setText(self.tr("Lire à voix haute"))
        self.setAccessibleName(self.tr("Lire à voix haute"))
        self.setToolTip(self.tr("Lit à voix haute le titre et les questions de cet écran"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def read(self) -> None:
        if self.engine is None:
            return
        self.last_text = speech_text(screen_text(self.current_screen()))
        try:
            self.engine.say(self.last_text, self.language())
        except OSError as exc:  # the program went away: say nothing rather than crash
            log.warning("reading aloud failed: %s", exc)

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
