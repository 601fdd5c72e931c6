"""A whole deposit with the keyboard alone: from the welcome screen to the confirmation,
only key events (Tab, Shift+Tab, Space, Enter, arrows, typing) sent to the widget that has
the focus. Widgets are looked at (where is the focus? which field is this?) but never
driven directly: no click(), no setText(), no mouse. Files come through the kiosk's file
chooser hook, opened from the keyboard on each "Ajouter un fichier" button."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from support.profiles import CONTACT, IDENTITY

from kiosk.store.dossiers import DossierStore
from kiosk.ui.fields import (
    ChoiceEditor,
    ConfirmEditor,
    CountryEditor,
    FieldEditor,
    GroupEditor,
    ListEditor,
)
from kiosk.ui.main_window import MainWindow

TAB_LIMIT = 150  # more Tab presses than this to reach a widget: it is out of the keyboard's reach

# A French host's spouse with one child, who lived with the host in Germany (the demo applicant).
PAGES: list[tuple[str, dict[str, Any]]] = [
    ("request", {"current_permit.category": "eu_family_member", "current_permit.expiry": "2027-02-15"}),
    ("alert", {}),
    ("preamble", {}),
    ("identity", IDENTITY),
    ("contact", CONTACT),
    ("stay", {"stay.more_than_5_years": False}),
    ("host_activity", {"host.activity": "employee"}),
    ("host", {"host.kind": "french"}),
    ("host_identity", {"host.surname": "MARTIN", "host.given_names": "Paul",
                       "host.birth_date": "1985-07-14", "host.nationality": "FRA"}),
    ("relation", {"relation.kind": "spouse_or_partner"}),
    ("children", {"children": [{"surname": "MARTIN", "given_names": "Sami", "birth_date": "2019-04-02",
                                "nationality": "FRA"}]}),
    ("family", {"family.status": "married", "family.union_date": "2018-03-03",
                "family.union_country": "DEU"}),
    ("other_state", {"other_state.stayed": True}),
    ("other_state_details", {"other_state.country": "DEU", "other_state.from": "2018-04-01",
                             "other_state.to": "2019-06-30", "other_state.has_residence_card": True}),
]


class Keyboard:
    """Key presses sent where the focus is, as a keyboard would."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.presses = 0
        self.focus_checks = 0

    def focus(self) -> QWidget:
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        assert widget is not None, f"the keyboard focus is lost on {self.window.current}"
        assert widget.window() is self.window, f"focus left the window: {widget}"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focus(), key, modifier)
        self.presses += 1
        QApplication.processEvents()

    def tab(self) -> None:
        self._move_focus(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)

    def shift_tab(self) -> None:
        self._move_focus(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)

    def _move_focus(self, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        """Tab, checking on the way that the focus was visible: the widget it leaves must
        look different once it has lost the focus."""
        left = self.focus()
        focused = left.grab().toImage()
        self.press(key, modifier)
        if self.focus() is not left:
            unfocused = left.grab().toImage()
            assert bytes(focused.constBits()) != bytes(unfocused.constBits()), \
                f"focus invisible on {left.objectName() or left} ({self.window.current})"
            self.focus_checks += 1

    def type(self, text: str) -> None:
        """One key event per character (QTest's keyClicks knows only ASCII: names here are not)."""
        for char in text:
            target = self.focus()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        self.presses += len(text)

    def clear_field(self) -> None:
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.press(Qt.Key.Key_Backspace)

    def tab_to(self, wanted: Callable[[QWidget], bool], what: str, *, backwards: bool = False) -> QWidget:
        seen = []
        for _ in range(TAB_LIMIT):
            widget = self.focus()
            if wanted(widget) and widget.isVisible():
                return widget
            seen.append(widget.objectName() or type(widget).__name__)
            self.shift_tab() if backwards else self.tab()
        raise AssertionError(f"Tab never reaches {what} on {self.window.current}; went through {seen[:40]}")

    def activate(self, button: QWidget) -> None:
        """Space on the focused button (Enter too: checked once below)."""
        assert self.focus() is button
        self.press(Qt.Key.Key_Space)

    def continue_(self, expect: str) -> None:
        before = self.window.current
        button = self.tab_to(lambda w: w is self.window.continue_button, "Continuer")
        self.activate(button)
        assert self.window.current == expect, (
            f"{before} -> {self.window.current}, expected {expect}: {self.messages()}")
        if expect in self.window.page_ids:  # the new page starts at its top, not on Continue
            assert inside(self.focus(), self.window.stack.currentWidget()), self.focus()

    def messages(self) -> list[str]:
        """What the screen says (panels, field errors): why Continue did not go on."""
        from PySide6.QtWidgets import QLabel

        def says(label: QLabel) -> bool:
            return label.objectName() == "FieldError" or label.parentWidget().objectName().endswith("Panel")

        return [label.text() for label in self.window.current_screen().findChildren(QLabel)
                if label.isVisible() and label.text() and says(label)]


def inside(widget: QWidget, container: QWidget) -> bool:
    return widget is container or container.isAncestorOf(widget)


def fill(keys: Keyboard, editor: FieldEditor, value: Any) -> None:
    if isinstance(editor, ListEditor):
        for item in value:
            keys.activate(keys.tab_to(lambda w: w is editor.add_button, f"{editor.objectName()} add"))
            group = editor.items[-1][1]
            assert inside(keys.focus(), group), "a new item takes the focus"
            fill(keys, group, item)
    elif isinstance(editor, GroupEditor):
        for key, item in value.items():
            fill(keys, editor.fields[key], item)
    elif isinstance(editor, ConfirmEditor):
        keys.tab_to(lambda w: w is editor.input, editor.objectName())
        if editor.input.isChecked() != value:
            keys.press(Qt.Key.Key_Space)
    elif isinstance(editor, ChoiceEditor):
        target = editor.buttons[value]
        keys.tab_to(lambda w: w in editor.buttons.values(), editor.objectName())
        for _ in editor.buttons:  # arrows move within the group, the way it is laid out
            here = keys.focus()
            if here is target:
                break
            if here.y() == target.y():
                keys.press(Qt.Key.Key_Right if here.x() < target.x() else Qt.Key.Key_Left)
            else:
                keys.press(Qt.Key.Key_Down if here.y() < target.y() else Qt.Key.Key_Up)
        assert keys.focus() is target, f"arrows never reach {target.objectName()}"
        if not target.isChecked():
            keys.press(Qt.Key.Key_Space)
        assert target.isChecked()
    elif isinstance(editor, CountryEditor):
        combo: QComboBox = editor.input
        keys.tab_to(lambda w: inside(w, combo), editor.objectName())
        keys.clear_field()
        keys.type(combo.itemText(combo.findData(value)))
        keys.press(Qt.Key.Key_Return)
        assert editor.value() == value, f"{editor.objectName()}: {combo.currentText()!r}"
    else:
        keys.tab_to(lambda w: w is editor.input, editor.objectName())
        keys.clear_field()
        if editor.question.type == "date":
            year, month, day = value.split("-")
            value = f"{day}/{month}/{year}"
        keys.type(str(value))


def test_a_whole_deposit_with_the_keyboard_alone(qtbot: Any, qapp: Any, store: DossierStore,
                                                 tmp_path: Path, sample_files: dict[str, Path]) -> None:
    from kiosk.ui.app import apply_style

    apply_style(qapp)
    chosen: list[str] = []

    def choose_files() -> list[Path]:  # the file dialog, answered at once
        chosen.append(window.current)
        return [sample_files["pdf1"]]

    window = MainWindow(store, today=lambda: date(2026, 11, 26), choose_files=choose_files)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    keys = Keyboard(window)  # the focus starts where Qt puts it when the window opens

    # Welcome: Tab to "Je demande le renouvellement…", Enter.
    keys.tab_to(lambda w: w is window.welcome.start, "the start button")
    keys.press(Qt.Key.Key_Return)
    assert window.current == "request", "Enter starts the deposit"

    # Shift+Tab goes back through the top bar's reading aids: all reachable, none a trap.
    for name in ("HighContrast", "TextLarger", "ReadAloud", "LanguageMenu"):
        keys.tab_to(lambda w, n=name: w.objectName() == n, name, backwards=True)

    for page, answers in PAGES:
        assert window.current == page
        screen = window.current_screen()
        for key, value in answers.items():
            editor = screen.findChild(FieldEditor, key)
            assert editor is not None and editor.isVisible(), f"no field {key} on {page}"
            fill(keys, editor, value)
        following = PAGES[PAGES.index((page, answers)) + 1][0] if page != PAGES[-1][0] else "documents"
        keys.continue_(following)

    # Step 3: "Ajouter un fichier" on each required piece, from the keyboard.
    session = window.session
    assert session is not None
    required = [s.item.code for s in session.document_states() if not s.complete]
    assert required
    for code in required:
        button = keys.tab_to(lambda w, c=code: isinstance(w, QPushButton) and w.objectName() == f"attach:{c}",
                             f"attach:{code}")
        keys.activate(button)
        assert keys.focus().objectName() == f"attach:{code}", "the focus stays on the card after adding"
    assert chosen == ["documents"] * len(required)
    assert all(s.complete for s in session.document_states())
    keys.continue_("review")

    # Step 4: the review, then "Déposer ma demande".
    keys.tab_to(lambda w: w.objectName() == "edit:documents", "Modifier : pièces justificatives")
    keys.continue_("confirmation")
    [dossier] = store.list_dossiers("ready")
    answers = dossier.answers["answers"]
    assert answers["identity.surname"] == "HADDAD" and answers["identity.given_names"] == "Leïla Nour"
    assert answers["contact.phone"] == "+33612345678"
    assert answers["children"][0]["given_names"] == "Sami"
    assert answers["family.union_country"] == "DEU"
    assert sorted({a.requirement for a in dossier.attachments}) == sorted(required)

    # Confirmation: "Terminer" from the keyboard ends the session.
    done = keys.tab_to(lambda w: isinstance(w, QPushButton) and w.objectName() == "Primary"
                       and inside(w, window.confirmation), "Terminer")
    keys.activate(done)
    assert window.current == "welcome" and window.session is None
    assert keys.presses > 100
    assert keys.focus_checks > 100, "the focus was seen on every widget it left"
