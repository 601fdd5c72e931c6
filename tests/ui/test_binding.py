"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to None on each
call of a method returning nothing, and the interpreter aborted once None's count reached
zero – after a few thousand clicks, a kiosk would die mid-deposit."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QPushButton


def test_void_calls_keep_none_alive(qapp: Any) -> None:
    button = QPushButton()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        button.setText("Continuer")
        button.setEnabled(True)
    assert sys.getrefcount(None) >= before - 100  # other threads may hold a few
