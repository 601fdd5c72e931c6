"""The on-screen keyboard: in the applicant's language (AZERTY for French, Arabic for
Arabic), and never over the field being typed into or the Continue button."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from kiosk.ui.onscreen_keyboard import covered_height, layouts_for

ROOT = Path(__file__).resolve().parents[2]


def test_layouts_follow_the_language() -> None:
    assert layouts_for("fr") == (["fr_FR"], "fr_FR")
    assert layouts_for("ar") == (["ar_AR", "fr_FR"], "ar_AR")  # French one tap away
    assert layouts_for("zh_CN")[1] == "zh_CN"
    assert layouts_for("ar", ["en_GB", "fr_FR"]) == (["fr_FR"], "fr_FR")  # a build without Arabic
    assert layouts_for("ar", ["en_GB"]) == (["en_GB"], "en_GB")


def test_covered_height() -> None:
    window = QRect(0, 0, 1280, 800)
    assert covered_height(window, QRect(0, 400, 1280, 400)) == 400
    assert covered_height(window, QRect()) == 0
    assert covered_height(QRect(0, 0, 1280, 300), QRect(0, 400, 1280, 400)) == 0  # below the window
    assert covered_height(QRect(100, 50, 1000, 700), QRect(0, 400, 1280, 400)) == 350


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (X11: the keyboard is a window)")
def test_keyboard_shows_in_the_language_and_leaves_the_field_visible(tmp_path: Path) -> None:
    env = {**os.environ, "QT_IM_MODULE": "qtvirtualkeyboard", "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # xcb: the virtual keyboard does not run offscreen
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable,
         str(ROOT / "tests" / "support" / "keyboard_probe.py"), str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    for stage, locale in (("french", "fr_FR"), ("arabic", "ar")):
        look = seen[stage]
        assert look["keyboard_visible"], stage
        assert look["locale"].startswith(locale), look
        top = look["keyboard_top"]
        assert look["room"] > 0
        assert look["field_bottom"] <= top, f"{stage}: the field is under the keyboard"
        assert look["continue_bottom"] <= top, f"{stage}: Continue is under the keyboard"
    dialog = seen["dialog"]  # the resume-code dialog: its field focused by itself, no tap
    assert dialog["is_dialog"] and dialog["keyboard_visible"]
    assert dialog["dialog_bottom"] <= dialog["keyboard_top"], "the dialog's buttons are under the keys"
