"""How the kiosk looks for the person in front of it: the text size (100 % to 200 %) and
the high-contrast theme, switchable at any moment and reset when the session ends.

The style sheet is built by pure functions (tested without a screen): the base
`kiosk.qss`, then `high-contrast.qss` whose rules override it, then every size in
pixels of text and check marks multiplied by the chosen scale. `apply_appearance`
and the top bar's `AppearanceControls` are the Qt side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from kiosk.paths import resources_dir

TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
BASE_STYLE = "kiosk.qss"
HIGH_CONTRAST_STYLE = "high-contrast.qss"

# "font-size: 18px" and the sizes marked /*scaled*/ (check marks) follow the text
# size; borders, paddings and the 48 px minimum of touch targets stay as they are.
_SCALED = re.compile(r"(font-size\s*:\s*|/\*scaled\*/\s*(?:width|height|border-radius)\s*:\s*)(\d+)px")


@dataclass(frozen=True)
class Appearance:
    """Text size in percent (one of TEXT_SCALES) and whether the high-contrast theme is on."""

    scale: int = 100
    high_contrast: bool = False

    def larger(self) -> Appearance:
        bigger = [s for s in TEXT_SCALES if s > self.scale]
        return replace(self, scale=bigger[0]) if bigger else self

    def smaller(self) -> Appearance:
        lower = [s for s in TEXT_SCALES if s < self.scale]
        return replace(self, scale=lower[-1]) if lower else self

    def with_contrast(self, on: bool) -> Appearance:
        return replace(self, high_contrast=on)

    @property
    def is_largest(self) -> bool:
        return self.scale >= TEXT_SCALES[-1]

    @property
    def is_smallest(self) -> bool:
        return self.scale <= TEXT_SCALES[0]


DEFAULT = Appearance()


def scale_stylesheet(qss: str, percent: int) -> str:
    """Every text size (and check mark size) of a style sheet times percent / 100."""
    if percent == 100:
        return qss
    return _SCALED.sub(lambda m: f"{m.group(1)}{round(int(m.group(2)) * percent / 100)}px", qss)


def build_stylesheet(appearance: Appearance, styles: Path | None = None) -> str:
    folder = styles or resources_dir() / "styles"
    qss = (folder / BASE_STYLE).read_text(encoding="utf-8")
    if appearance.high_contrast:
        qss += "\n" + (folder / HIGH_CONTRAST_STYLE).read_text(encoding="utf-8")
    # Images the style sheets name (url(@STYLES@/…)): wherever the kiosk is installed.
    return scale_stylesheet(qss.replace("@STYLES@", folder.as_posix()), appearance.scale)


_current = DEFAULT


def current_appearance() -> Appearance:
    return _current


def apply_appearance(app: QApplication, appearance: Appearance = DEFAULT) -> None:
    """The whole application in this text size and theme, at once (every widget re-polished)."""
    global _current
    _current = appearance
    stylesheet = build_stylesheet(appearance)
    if app.styleSheet() != stylesheet:  # the same sheet again: no re-polish of every widget
        app.setStyleSheet(stylesheet)


class AppearanceControls(QWidget):
    """The top bar's "A−" / "A+" text size buttons (with the size in words) and the
    "Contraste élevé" toggle; every change restyles the whole application at once."""

    changed = Signal(object)  # the new Appearance

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppearanceControls")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.smaller_button = self._button("TextSmaller", "A−", self.smaller)
        self.size_label = QLabel()
        self.size_label.setObjectName("TextSizeLabel")
        self.larger_button = self._button("TextLarger", "A+", self.larger)
        self.contrast_button = self._button("HighContrast", "", self.toggle_contrast)
        self.contrast_button.setCheckable(True)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.size_label)
        layout.addWidget(self.larger_button)
        layout.addSpacing(8)
        layout.addWidget(self.contrast_button)
        self._refresh()

    @staticmethod
    def _button(name: str, text: str, on_click: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumSize(48, 48)
        button.clicked.connect(lambda _checked=False: on_click())  # type: ignore[operator]
        return button

    def appearance(self) -> Appearance:
        return current_appearance()

    def larger(self) -> None:
        self.set_appearance(current_appearance().larger())

    def smaller(self) -> None:
        self.set_appearance(current_appearance().smaller())

    def toggle_contrast(self) -> None:
        self.set_appearance(current_appearance().with_contrast(not current_appearance().high_contrast))

    def reset(self) -> None:
        """Back to 100 % and the usual theme (the next applicant starts from the defaults)."""
        if current_appearance() != DEFAULT:
            self.set_appearance(DEFAULT)

    def set_appearance(self, appearance: Appearance) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, appearance)
        self._refresh()
        self.changed.emit(appearance)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        appearance = current_appearance()
        size = self.tr("Taille du texte : %1 %").replace("%1", str(appearance.scale))
        self.size_label.setText(f"{appearance.scale} %")
        self.size_label.setAccessibleName(size)
        self.smaller_button.setAccessibleName(self.tr("Réduire la taille du texte"))
        self.smaller_button.setToolTip(self.tr("Réduire la taille du texte") + f" ({size})")
        self.smaller_button.setEnabled(not appearance.is_smallest)
        self.larger_button.setAccessibleName(self.tr("Agrandir la taille du texte"))
        self.larger_button.setToolTip(self.tr("Agrandir la taille du texte") + f" ({size})")
        self.larger_button.setEnabled(not appearance.is_largest)
        self.contrast_button.setText("◐ " + self.tr("Contraste élevé"))
        self.contrast_button.setAccessibleName(self.tr("Contraste élevé"))
        self.contrast_button.setToolTip(self.tr("Texte clair sur fond noir, bordures épaisses"))
        self.contrast_button.setChecked(appearance.high_contrast)


# -- buttons whose text wraps instead of being cut ------------------------------------------
def wrap_words(text: str, width: int, advance: Callable[[str], int]) -> list[str]:
    """Greedy line breaking of `text` into lines no wider than `width` (a word wider than
    the line stands alone); `advance` measures a string. Existing line breaks are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if not line or advance(candidate) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


class _WrappingButton:
    """Mixin for QAbstractButton subclasses: the label breaks into lines when the button is
    narrower than its text (e.g. at 200 %), and the button grows in height to show them all.
    text() and the accessible name keep the whole text on one line."""

    _element: QStyle.ControlElement
    _contents: QStyle.ContentsType

    def _setup_wrapping(self) -> None:
        button = cast(QAbstractButton, self)
        policy = button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # taller when the text wraps
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)

    def _option(self, text: str) -> QStyleOptionButton:
        button = cast(QAbstractButton, self)
        # Filled by attribute, not by initStyleOption()/initFrom(): PySide 6.12 on Python 3.11
        # drops a reference to None on every call of a void method, and sizes and painting
        # run here often enough to bring None's count to zero and abort the interpreter.
        option = QStyleOptionButton()
        option.rect = button.rect()
        option.palette = button.palette()
        option.fontMetrics = button.fontMetrics()
        option.direction = button.layoutDirection()
        option.styleObject = button
        option.text = text
        option.icon = button.icon()
        option.iconSize = button.iconSize()
        state = QStyle.StateFlag.State_None
        if button.isEnabled():
            state |= QStyle.StateFlag.State_Enabled
        if button.hasFocus():
            state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if button.underMouse():
            state |= QStyle.StateFlag.State_MouseOver
        if button.isActiveWindow():
            state |= QStyle.StateFlag.State_Active
        if button.isDown():
            state |= QStyle.StateFlag.State_Sunken
        elif isinstance(button, QPushButton):
            state |= QStyle.StateFlag.State_Raised
        if button.isCheckable():
            state |= QStyle.StateFlag.State_On if button.isChecked() else QStyle.StateFlag.State_Off
        option.state = state
        if isinstance(button, QPushButton) and button.autoDefault():
            option.features = QStyleOptionButton.ButtonFeature.AutoDefaultButton
        return option

    def _size_for(self, text: str) -> QSize:
        button = cast(QAbstractButton, self)
        contents = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text or " ")
        size = button.style().sizeFromContents(self._contents, self._option(text), contents, button)
        return size.expandedTo(QSize(0, button.minimumHeight()))  # the style sheet's min-height

    def _chrome_width(self) -> int:
        """Borders, paddings, indicator: the width around the text (measured on a text long
        enough that no minimum width hides them)."""
        sample = "M" * 30
        metrics = cast(QAbstractButton, self).fontMetrics()
        return self._size_for(sample).width() - metrics.size(Qt.TextFlag.TextShowMnemonic, sample).width()

    def _wrapped(self, width: int) -> str:
        button = cast(QAbstractButton, self)
        metrics = button.fontMetrics()
        return "\n".join(wrap_words(button.text(), width - self._chrome_width(), metrics.horizontalAdvance))

    def sizeHint(self) -> QSize:
        return self._size_for(cast(QAbstractButton, self).text())

    def minimumSizeHint(self) -> QSize:
        button = cast(QAbstractButton, self)
        words = button.text().split() or [""]
        widest = max(words, key=button.fontMetrics().horizontalAdvance)
        return QSize(self._size_for(widest).width(), self._size_for(button.text()).height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self._wrapped(width)).height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # type: ignore[misc]
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # The style sheet's min-width would let a layout squeeze the button below its
            # longest word: the minimum width follows the text at the current size instead.
            button = cast(QAbstractButton, self)
            wanted = max(self.minimumSizeHint().width(), 48)
            if button.minimumWidth() != wanted:
                button.setMinimumWidth(wanted)
        return handled

    def hitButton(self, pos: QPoint) -> bool:  # every line of the label is clickable
        return cast(QAbstractButton, self).rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        button = cast(QAbstractButton, self)
        painter = QStylePainter(button)
        painter.drawControl(self._element, self._option(self._wrapped(button.width())))


class WrapButton(_WrappingButton, QPushButton):
    _element = QStyle.ControlElement.CE_PushButton
    _contents = QStyle.ContentsType.CT_PushButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()
        self.setAutoDefault(True)  # Enter presses the focused button, as Space does


class WrapRadioButton(_WrappingButton, QRadioButton):
    _element = QStyle.ControlElement.CE_RadioButton
    _contents = QStyle.ContentsType.CT_RadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()


class WrapCheckBox(_WrappingButton, QCheckBox):
    _element = QStyle.ControlElement.CE_CheckBox
    _contents = QStyle.ContentsType.CT_CheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup_wrapping()
