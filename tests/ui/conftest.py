"""A driver that uses the real main window as a person would: typing into fields,
clicking radio buttons and buttons, choosing files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from kiosk.store.dossiers import DossierStore
from kiosk.ui.app import apply_style
from kiosk.ui.fields import (
    ChoiceEditor,
    ConfirmEditor,
    CountryEditor,
    DateEditor,
    FieldEditor,
    GroupEditor,
    ListEditor,
)
from kiosk.ui.main_window import MainWindow

TODAY = date(2026, 11, 26)


class Driver:
    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.next_files: list[Path] = []

    @property
    def page(self) -> str:
        return self.window.current

    def screen(self) -> QWidget:
        return self.window.current_screen()

    def editor(self, key: str) -> FieldEditor:
        editor = self.screen().findChild(FieldEditor, key)
        assert editor is not None, f"no field {key} on {self.page}"
        assert editor.isVisible(), f"field {key} is hidden on {self.page}"
        return editor

    def fill(self, key: str, value: Any) -> None:
        self.set_editor(self.editor(key), value)

    def set_editor(self, editor: FieldEditor, value: Any) -> None:
        if isinstance(editor, ListEditor):
            for item in value:
                self.qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
                self.set_editor(editor.items[-1][1], item)
        elif isinstance(editor, GroupEditor):
            for key, item in value.items():
                self.set_editor(editor.fields[key], item)
        elif isinstance(editor, ConfirmEditor):
            if editor.input.isChecked() != value:
                editor.input.click()
        elif isinstance(editor, ChoiceEditor):
            editor.buttons[value].click()
        elif isinstance(editor, CountryEditor):
            combo: QComboBox = editor.input
            combo.setCurrentIndex(combo.findData(value))
        elif isinstance(editor, DateEditor):
            year, month, day = value.split("-")
            self.type_into(editor.input, f"{day}/{month}/{year}")
        else:
            self.type_into(editor.input, value)

    def type_into(self, edit: Any, text: str) -> None:
        """Type as a keyboard or an input method would: one key event per character
        (QTest's keyClicks only knows ASCII; names here are not)."""
        edit.setFocus()
        edit.selectAll()
        self.qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def fill_page(self, answers: dict[str, Any]) -> None:
        for key, value in answers.items():
            self.fill(key, value)

    def click(self, name: str) -> None:
        QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
        button = self.screen().findChild(QPushButton, name) or self.window.findChild(QPushButton, name)
        assert button is not None and button.isVisible(), f"no visible button {name} on {self.page}"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def next(self, expect: str | None = None) -> None:
        self.qtbot.mouseClick(self.window.continue_button, Qt.MouseButton.LeftButton)
        if expect is not None:
            assert self.page == expect, f"expected {expect}, on {self.page}"

    def start_with_identity(self, identity: dict[str, Any]) -> None:
        """A new deposit up to the identity page (a current EU-family permit), `identity` typed."""
        self.click("Primary")
        self.fill_page({"current_permit.category": "eu_family_member",
                        "current_permit.expiry": "2027-02-15"})
        self.next("alert")
        self.next("preamble")
        self.next("identity")
        self.fill_page(identity)

    def attach(self, code: str, *paths: Path, kind: str = "document") -> None:
        self.next_files = list(paths)
        self.click(f"{'attach' if kind == 'document' else 'translate'}:{code}")

    def choose_files(self) -> list[Path]:
        files, self.next_files = self.next_files, []
        return files

    def visible_text(self) -> str:
        from PySide6.QtWidgets import QLabel

        QApplication.processEvents()
        return "\n".join(label.text() for label in self.screen().findChildren(QLabel)
                         if label.isVisibleTo(self.screen()))


@pytest.fixture(autouse=True)
def _leftover_widgets_deleted(qapp: Any) -> Iterator[None]:
    """Widgets a test scheduled for deletion are deleted before the next test: none of them
    is still half alive when the next test re-polishes every widget (setStyleSheet)."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def driver(qtbot: Any, qapp: Any, store: DossierStore) -> Driver:
    apply_style(qapp)
    holder: dict[str, Driver] = {}
    window = MainWindow(store, today=lambda: TODAY, choose_files=lambda: holder["d"].choose_files())
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    holder["d"] = Driver(qtbot, window)
    return holder["d"]
