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

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

IM_MODULE = "qtvirtualkeyboard"
# The kiosk's languages -> the keyboard's layouts (French: AZERTY; Chinese: pinyin).
LAYOUTS = {"fr": "fr_FR", "en": "en_GB", "ar": "ar_AR", "es": "es_ES", "pt": "pt_PT",
           "ru": "ru_RU", "tr": "tr_TR", "zh_CN": "zh_CN"}
FALLBACK = "fr_FR"  # always one tap (the globe key) away: addresses are written in French

LAYOUTS_RESOURCE = ":/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts"
# Importing the layouts module loads the plug-in that carries them (as Qt resources).
_SETTINGS_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard.Layouts
import QtQuick.VirtualKeyboard.Settings
QtObject {
    property var active: []
    property string first: ""
    onActiveChanged: VirtualKeyboardSettings.activeLocales = active
    onFirstChanged: VirtualKeyboardSettings.locale = first
}
"""


def requested() -> bool:
    """Whether Qt was asked to load the virtual keyboard (`on_screen_keyboard = true` in the
    site configuration sets it before Qt starts, or the environment does)."""
    return os.environ.get("QT_IM_MODULE") == IM_MODULE


def request() -> None:
    """Ask Qt for the virtual keyboard: before the QApplication exists."""
    os.environ["QT_IM_MODULE"] = IM_MODULE


class KeyboardSettings(QObject):
    """Qt's keyboard settings, through a small QML object (they have no C++ API). `errors`
    is what Qt said if the keyboard's QML modules are missing (a bundle built without them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QByteArray, QUrl
        from PySide6.QtQml import QQmlComponent, QQmlEngine

        super().__init__(parent)
        # Python holds the engine and the component: the object's context dies with them.
        self._engine = QQmlEngine(self)
        self._component = QQmlComponent(self._engine, self)
        self._component.setData(QByteArray(_SETTINGS_QML), QUrl())
        self._object = self._component.create()
        self.errors = [] if self._object is not None else [
            error.toString() for error in self._component.errors()]

    @property
    def loaded(self) -> bool:
        return self._object is not None

    def choose(self, active: list[str], first: str) -> None:
        if self._object is not None:
            self._object.setProperty("active", active)
            self._object.setProperty("first", first)

    @staticmethod
    def installed_layouts() -> list[str]:
        """The layouts Qt carries (fr_FR, ar_AR, …), once a KeyboardSettings was made."""
        from PySide6.QtCore import QDir

        return [name for name in QDir(LAYOUTS_RESOURCE).entryList(QDir.Filter.Dirs) if "_" in name]


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
        # Without the keyboard's QML (`kiosk doctor` says so) Qt shows its default layout.
        self._settings = KeyboardSettings(self)
        method = QGuiApplication.inputMethod()
        method.visibleChanged.connect(self._follow)
        method.keyboardRectangleChanged.connect(self._follow)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def set_language(self, lang: str) -> None:
        self._settings.choose(*layouts_for(lang))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Qt raises the keyboard when a field is tapped; a field that takes the focus by
        # itself (a dialog's code field, the next field after Tab) gets it too.
        if new is not None and new.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            QGuiApplication.inputMethod().show()
        self._follow()

    def _follow(self) -> None:
        method = QGuiApplication.inputMethod()
        keyboard = method.keyboardRectangle().toRect() if method.isVisible() else QRect()
        self._make_room(covered_height(self.window_.frameGeometry(), keyboard))
        focused = QApplication.focusWidget()
        if not keyboard.isValid() or focused is None:
            return
        if self.window_.isAncestorOf(focused):
            self._reveal(focused)
        elif (dialog := focused.window()) is not self.window_:
            # A dialog (resume code, PIN) is a window of its own: lift it above the keys.
            frame = dialog.frameGeometry()
            if not covered_height(frame, keyboard):
                return
            decoration = frame.height() - dialog.height()
            room = keyboard.top() - decoration  # from the top of the screen to the keys
            if dialog.height() > room:  # its empty space goes first
                dialog.resize(dialog.width(), max(dialog.minimumSizeHint().height(), room))
            dialog.move(frame.x(), max(0, keyboard.top() - dialog.frameGeometry().height()))
