"""Accessibility (issue 6): every interactive widget named and touch-sized on every screen,
visible focus, text size 100–200 % without clipped text, high contrast, both reset at the
end of the session, and reading the screen aloud when a speech engine exists."""

from __future__ import annotations

import importlib.util
import shutil
import wave
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.store.dossiers import DossierStore
from kiosk.ui import speech
from kiosk.ui.appearance import (
    DEFAULT,
    TEXT_SCALES,
    Appearance,
    build_stylesheet,
    current_appearance,
    scale_stylesheet,
    wrap_words,
)
from kiosk.ui.main_window import MainWindow
from kiosk.ui.speech import EspeakEngine, FieldText, ScreenText, espeak_voice, speech_text

REPORT_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "accessibility-report.py"
ESPEAK = shutil.which("espeak-ng")


def load_report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accessibility_report", REPORT_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- pure logic ---------------------------------------------------------------------------
def test_text_sizes_step_from_100_to_200_and_stop_there() -> None:
    assert TEXT_SCALES == (100, 125, 150, 175, 200)
    appearance = DEFAULT
    for expected in (125, 150, 175, 200, 200):
        appearance = appearance.larger()
        assert appearance.scale == expected
    assert appearance.is_largest and appearance.smaller().scale == 175
    assert DEFAULT.smaller() == DEFAULT and DEFAULT.is_smallest


def test_the_style_sheet_scales_text_and_check_marks_only() -> None:
    qss = "QWidget { font-size: 18px; min-height: 48px; }\nX::indicator { /*scaled*/ width: 28px; }"
    scaled = scale_stylesheet(qss, 200)
    assert "font-size: 36px" in scaled and "width: 56px" in scaled
    assert "min-height: 48px" in scaled, "touch targets keep their minimum"
    assert scale_stylesheet(qss, 100) == qss


def test_high_contrast_is_added_on_top_of_the_usual_style() -> None:
    usual = build_stylesheet(DEFAULT)
    contrast = build_stylesheet(Appearance(scale=150, high_contrast=True))
    assert contrast.startswith(scale_stylesheet(usual, 150))
    assert "#000000" in contrast and "#000000" not in usual
    assert "font-size: 27px" in contrast  # 18 px at 150 %
    for qss in (usual, contrast):
        assert ":focus" in qss


def test_words_wrap_greedily_and_keep_long_words_whole() -> None:
    def advance(text: str) -> int:
        return len(text)

    assert wrap_words("Je demande le renouvellement", 12, advance) == ["Je demande", "le", "renouvellement"]
    assert wrap_words("court", 50, advance) == ["court"]


def test_what_is_read_aloud_for_a_screen() -> None:
    text = speech_text(ScreenText(
        title="Votre identité", intro=["Indiquez vos nom et prénoms."],
        fields=[FieldText("Nom", "Tel qu'il figure sur votre passeport", "⚠ Ce champ est obligatoire."),
                FieldText("Prénoms")],
        messages=["✖ Vous ne pouvez pas continuer cette démarche\n\nVotre titre a expiré"]))
    assert text.splitlines() == [
        "Votre identité.", "Indiquez vos nom et prénoms.",
        "Vous ne pouvez pas continuer cette démarche Votre titre a expiré.",
        "Nom.", "Tel qu'il figure sur votre passeport.", "Ce champ est obligatoire.", "Prénoms."]
    assert espeak_voice("zh_CN") == "cmn" and espeak_voice("ar") == "ar" and espeak_voice("fr") == "fr"


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
@pytest.mark.parametrize("lang, text", [("fr", "Votre identité. Nom."), ("ar", "هويتك. الاسم."),
                                        ("zh_CN", "您的身份。姓名。")])
def test_espeak_speaks_each_language_into_a_real_wav(tmp_path: Path, lang: str, text: str) -> None:
    assert ESPEAK is not None
    out = EspeakEngine(ESPEAK).write_wav(text, lang, tmp_path / f"{lang}.wav")
    with wave.open(str(out)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert seconds > 0.5, f"{lang}: {seconds:.2f} s of speech"


# -- on screen ---------------------------------------------------------------------------------
def test_every_screen_is_named_touch_sized_focus_visible_and_unclipped(qapp: Any) -> None:
    report = load_report().run([Appearance(100), Appearance(200, high_contrast=True)])
    assert current_appearance() == DEFAULT, "the report puts the usual style back"
    usual, large = report["passes"]
    names = [s["name"] for s in usual["screens"]]
    assert names[0] == "welcome" and {"identity", "documents", "review", "confirmation", "dashboard",
                                       "screen:login", "screen:notifications"} <= set(names)
    totals = report["totals"]
    assert totals["interactive"] > 200
    assert totals["without_name"] == 0, [w for p in report["passes"] for s in p["screens"]
                                         for w in s["widgets"] if not w["name"]]
    assert totals["touch_under_48"] == 0
    assert totals["focus_invisible"] == 0 and totals["focus_visible"] == totals["focusable"]
    assert totals["screens_losing_keyboard_focus"] == 0
    assert usual["totals"]["clipped_text"] == 0, [s["clipped"] for s in usual["screens"] if s["clipped"]]
    clipped = {s["name"]: s["clipped"] for s in large["screens"] if s["clipped"] or s["horizontal_overflow"]}
    assert clipped == {}, "nothing cut at 200 %, the mediator's dashboard included"


def test_text_size_and_contrast_switch_from_the_top_bar_and_reset_at_session_end(
        driver: Any, qapp: Any) -> None:
    window = driver.window
    controls = window.appearance_controls
    for button in (controls.smaller_button, controls.larger_button, controls.contrast_button,
                   window.read_aloud):
        assert button.accessibleName() and button.toolTip()
    driver.click("Primary")  # into the wizard
    for _ in range(4):
        driver.qtbot.mouseClick(controls.larger_button, Qt.MouseButton.LeftButton)
    driver.qtbot.mouseClick(controls.contrast_button, Qt.MouseButton.LeftButton)
    assert current_appearance() == Appearance(200, high_contrast=True)
    assert not controls.larger_button.isEnabled() and controls.contrast_button.isChecked()
    assert "200" in controls.size_label.accessibleName()
    QApplication.processEvents()
    title = next(label for label in driver.screen().findChildren(QLabel) if label.objectName() == "PageTitle")
    assert title.fontInfo().pixelSize() == 52  # 26 px at 200 %
    assert "#000000" in qapp.styleSheet()
    window.end_session("idle")
    assert current_appearance() == DEFAULT and qapp.styleSheet() == build_stylesheet(DEFAULT)
    assert not controls.contrast_button.isChecked() and not controls.smaller_button.isEnabled()
    driver.qtbot.mouseClick(controls.larger_button, Qt.MouseButton.LeftButton)
    assert current_appearance().scale == 125
    window.finish()  # "Terminer" on the confirmation screen
    assert current_appearance() == DEFAULT


class Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        pass


def test_read_aloud_speaks_the_current_question_and_its_error(driver: Any) -> None:
    recorder = Recorder()
    driver.window.read_aloud.engine = recorder
    driver.click("Primary")
    driver.next()  # nothing answered: errors in words next to the fields
    driver.qtbot.mouseClick(driver.window.read_aloud, Qt.MouseButton.LeftButton)
    [(text, lang)] = recorder.said
    assert lang == "fr"
    lines = text.splitlines()
    assert lines[0] == "Je sollicite le renouvellement de ce titre."
    assert "Catégorie de votre titre de séjour actuel." in lines
    assert any("obligatoire" in line.lower() or "indiquez" in line.lower() for line in lines[2:]), lines


def test_the_read_aloud_button_is_hidden_without_a_speech_engine(
        qtbot: Any, store: DossierStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no espeak-ng here
    monkeypatch.setattr(speech, "qt_engine", lambda: None)
    assert speech.find_engine() is None
    window = MainWindow(store, choose_files=list)
    qtbot.addWidget(window)
    window.show()
    assert not window.read_aloud.isVisible()


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed (apt-get install espeak-ng)")
def test_the_read_aloud_button_uses_espeak_when_qt_has_no_voice(
        qtbot: Any, store: DossierStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "qt_engine", lambda: None)
    window = MainWindow(store, choose_files=list)
    qtbot.addWidget(window)
    window.show()
    assert window.read_aloud.isVisible()
    assert isinstance(window.read_aloud.engine, EspeakEngine)
    spoken: list[list[str]] = []
    monkeypatch.setattr(speech.subprocess, "Popen", _FakePopen.recording(spoken))
    window.read_aloud.click()
    assert spoken and spoken[0][:3] == [ESPEAK, "-v", "fr"]
    assert window.read_aloud.last_text.startswith("Bienvenue.")


class _FakePopen:
    """Stands in for the espeak-ng process (the real one is checked by the WAV test)."""

    def __init__(self, command: list[str], **_: Any) -> None:
        self.command = command
        self.stdin = _Sink()

    def poll(self) -> int:
        return 0

    @classmethod
    def recording(cls, into: list[list[str]]) -> Any:
        def make(command: list[str], **kwargs: Any) -> _FakePopen:
            into.append(command)
            return cls(command, **kwargs)
        return make


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)

    def close(self) -> None:
        pass
