"""The assisted kiosk's window keeps within the screen (no window manager fits it there)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.ui.app import WINDOW_SIZE, _window_size


def test_the_window_fits_a_screen_smaller_than_it(qapp: QApplication) -> None:
    # The offscreen platform's screen is 800 px high, under the window's 900: the bottom
    # bar (Retour, Continuer) would fall off a 1280×800 terminal's screen.
    room = qapp.primaryScreen().availableGeometry().size()
    assert room.height() < WINDOW_SIZE.height()
    size = _window_size(qapp)
    assert (size.width(), size.height()) == (min(WINDOW_SIZE.width(), room.width()), room.height())
