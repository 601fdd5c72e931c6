"""The on-screen keyboard of touch terminals: Qt Virtual Keyboard, in the applicant's
language, with the focused field kept above it.

Qt loads the keyboard when the kiosk starts with QT_IM_MODULE=qtvirtualkeyboard (X11
only: the keyboard is a window of its own, which needs xcb). It then shows itself
under any focused text field; this module only chooses its layouts (Qt's own settings
singleton, reached through a small QML object since it has no C++ API) and makes room
for it in the window, so that the field and the Continue button stay in sight.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

IM_MODULE = "qtvirtualkeyboard"
# The kiosk's languages -> the keyboard's layouts (French: AZERTY; Chinese: pinyin).
LAYOUTS = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_AR", "es": "es_ES", "pt": "pt_PT",
           "ru": "ru_RU", "tr": "tr_TR", "zh_CN": "zh_CN"}
FALLBACK = "fr_FR"  # always one tap (the globe key) away: addresses are written in French

_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    property var available: VirtualKeyboardSettings.availableLocales
    function choose(active, locale) {
        VirtualKeyboardSettings.activeLocales = active
        VirtualKeyboardSettings.locale = locale
    }
}
"""


def requested() -> bool:
    """Whether Qt was asked to load the virtual keyboard (the kiosk session sets it)."""
    return os.environ.get("QT_IM_MODULE") == IM_MODULE


def layouts_for(lang: str, available: list[str] | None = None) -> tuple[list[str], str]:
    """(the active layouts, the one shown first) for the applicant's language."""
    first = LAYOUTS.get(lang, FALLBACK)
    active = [first] if first == FALLBACK else [first, FALLBACK]
    if available:  # a keyboard built without some layouts: keep what it has
        active = [code for code in active if code in available] or [available[0]]
    return active, active[0]


def covered_height(window: QRect, keyboard: QRect) -> int:
    """How many pixels of the window's bottom the keyboard hides (screen coordinates)."""
    if keyboard.isEmpty() or not keyboard.intersects(window):
        return 0
    return max(0, window.bottom() - keyboard.top() + 1)


class OnScreenKeyboard(QObject):
    """Follows the kiosk's language and keeps the focused field out from under the keys.

    `make_room(pixels)` is the window's way of lifting its content (a spacer at the bottom);
    `reveal(widget)` scrolls a field into what stays visible.
    """

    def __init__(self, window: QWidget, make_room: Callable[[int], None],
                 reveal: Callable[[QWidget], None]) -> None:
        super().__init__(window)
        self.window_ = window
        self._make_room = make_room
        self._reveal = reveal
        self._settings: QObject | None = None
        self.available: list[str] = []
        self._load_settings()
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._follow)
        method.keyboardRectangleChanged.connect(self._follow)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(lambda _old, _new: self._follow())

    def _load_settings(self) -> None:
        from PySide6.QtCore import QByteArray, QUrl
        from PySide6.QtQml import QQmlComponent, QQmlEngine

        self._engine = QQmlEngine(self)
        component = QQmlComponent(self._engine)
        component.setData(QByteArray(_SETTINGS_QML), QUrl())
        self._settings = component.create()
        if self._settings is None:  # a bundle without the keyboard's QML: Qt's default layout
            return
        self._settings.setParent(self)
        self.available = [str(code) for code in (self._settings.property("available") or [])]

    def set_language(self, lang: str) -> None:
        if self._settings is None:
            return
        from PySide6.QtCore import Q_ARG, QMetaObject

        active, first = layouts_for(lang, self.available)
        QMetaObject.invokeMethod(self._settings, "choose", Q_ARG("QVariant", active),
                                 Q_ARG("QVariant", first))

    def _follow(self) -> None:
        method = QGuiApplication.inputMethod()
        keyboard = method.keyboardRectangle().toRect() if method.isVisible() else QRect()
        self._make_room(covered_height(self.window_.frameGeometry(), keyboard))
        focused = QApplication.focusWidget()
        if keyboard.isValid() and focused is not None and self.window_.isAncestorOf(focused):
            self._reveal(focused)
