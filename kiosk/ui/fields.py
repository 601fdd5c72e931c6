"""One editor per question type, rendered from the definition (no hand-written page
per question). Every editor has a visible label tied to its input, an accessible
name, a help line and an error line in words next to the field."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.procedure.countries import countries
from kiosk.procedure.definition import Question
from kiosk.ui.appearance import WrapButton, WrapCheckBox, WrapRadioButton
from kiosk.ui.i18n import tr_procedure

_INPUT_HINTS = {
    "foreigner_number": Qt.InputMethodHint.ImhDigitsOnly,
    "postcode": Qt.InputMethodHint.ImhDigitsOnly,
    "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
    "ephoto_code": Qt.InputMethodHint.ImhUppercaseOnly,
    "document_number": Qt.InputMethodHint.ImhUppercaseOnly,
}
# 05/03/1990, 5.3.1990, 05-03-1990 or 05031990 (what people type on a touch keypad).
_DISPLAY_DATE = re.compile(r"^\s*(?:(\d{1,2})[/.\- ](\d{1,2})[/.\- ]|(\d{2})(\d{2}))(\d{4})\s*$")


class FieldEditor(QWidget):
    """Base: label, input (built by the subclass), help and error lines."""

    changed = Signal(object)  # the new JSON value, None when cleared

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(question.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        label_text = tr_procedure(question.label)
        if not question.required and question.type not in ("list", "confirm"):
            label_text += " " + self.tr("(facultatif)")
        self.label = QLabel(label_text)
        self.label.setObjectName("FieldLabel")
        self.label.setWordWrap(True)
        if question.type != "confirm":
            layout.addWidget(self.label)
        # Parented at once: shown while parentless, it would flash up as a window of its own
        # and take the keyboard focus away from the kiosk.
        self.help = QLabel(tr_procedure(question.help), self)
        self.help.setObjectName("FieldHelp")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(question.help))
        self.input = self.build()
        layout.addWidget(self.input)
        layout.addWidget(self.help)
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Erreur"))
        layout.addWidget(self.error)

    # subclasses ---------------------------------------------------------------------
    def build(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def local_error(self) -> str | None:
        """A problem the editor sees before any value exists (e.g. a half-typed date)."""
        return None

    # shared -------------------------------------------------------------------------
    def set_error(self, message: str | None) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.input.setProperty("invalid", bool(message))
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)
        description = message or tr_procedure(self.question.help)
        self.input.setAccessibleDescription(description)

    def _emit(self, *_: object) -> None:
        self.set_error(None)
        self.changed.emit(self.value())


class LineEditor(FieldEditor):
    def build(self) -> QWidget:
        edit = QLineEdit()
        edit.setAccessibleName(tr_procedure(self.question.label))
        edit.setMaxLength(self.question.max_length + 50)
        hint = _INPUT_HINTS.get(self.question.type)
        if hint is not None:
            edit.setInputMethodHints(hint)
        self.label.setBuddy(edit)
        edit.textEdited.connect(self._emit)
        return edit

    def value(self) -> str | None:
        text = self.input.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self.input.setText("" if value is None else str(value))


class DateEditor(LineEditor):
    """Typed as JJ/MM/AAAA (a touch keyboard's digits beat three spin boxes)."""

    def build(self) -> QWidget:
        edit = super().build()
        edit.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        return edit

    def value(self) -> str | None:
        match = _DISPLAY_DATE.match(self.input.text())
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups() if g)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None

    def set_value(self, value: Any) -> None:
        if not value:
            self.input.setText("")
            return
        year, month, day = str(value).split("-")
        self.input.setText(f"{day}/{month}/{year}")

    def local_error(self) -> str | None:
        text = self.input.text().strip()
        if not text or self.value():
            return None
        match = _DISPLAY_DATE.match(text)
        if match:
            return self.tr("Cette date n'existe pas.")
        return self.tr("Date attendue au format JJ/MM/AAAA, par exemple 05/03/1990.")


class ChoiceEditor(FieldEditor):
    """Radio buttons: every choice visible at once, large enough to touch."""

    def build(self) -> QWidget:
        box = QWidget()
        box.setAccessibleName(tr_procedure(self.question.label))
        # Side by side only for short answers (Oui / Non): long ones read as one line.
        short = all(len(label) <= 12 for _, label in self.options())
        layout = QHBoxLayout(box) if short else QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(box)
        self.buttons: dict[Any, QRadioButton] = {}
        for value, label in self.options():
            button = WrapRadioButton(label)  # long choices wrap at large text sizes
            button.setAccessibleName(label)
            button.setObjectName(f"{self.question.key}={value}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, v=value: on and self._emit())
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        return box

    def options(self) -> list[tuple[Any, str]]:
        return [(c.value, tr_procedure(c.label)) for c in self.question.choices]

    def value(self) -> Any:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        button = self.buttons.get(value)
        if button is None:
            self.group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)


class BoolEditor(ChoiceEditor):
    def options(self) -> list[tuple[Any, str]]:
        return [(True, self.tr("Oui")), (False, self.tr("Non"))]


class ConfirmEditor(FieldEditor):
    def build(self) -> QWidget:
        box = WrapCheckBox(tr_procedure(self.question.label))
        box.setAccessibleName(tr_procedure(self.question.label))
        box.toggled.connect(self._emit)
        return box

    def value(self) -> bool:
        return self.input.isChecked()

    def set_value(self, value: Any) -> None:
        self.input.blockSignals(True)
        self.input.setChecked(bool(value))
        self.input.blockSignals(False)


class CountryEditor(FieldEditor):
    """A searchable list: type a few letters of the French name."""

    def build(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(tr_procedure(self.question.label))
        combo.addItem("", None)
        for code, name in countries().items():
            combo.addItem(name, code)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.lineEdit().setPlaceholderText(self.tr("Tapez les premières lettres du pays"))
        self.label.setBuddy(combo)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def value(self) -> str | None:
        combo: QComboBox = self.input
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index > 0 else None

    def set_value(self, value: Any) -> None:
        combo: QComboBox = self.input
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        combo.blockSignals(False)

    def local_error(self) -> str | None:
        text = self.input.currentText().strip()
        return self.tr("Choisissez un pays dans la liste.") if text and not self.value() else None


class GroupEditor(FieldEditor):
    """An object answer (an address): one editor per field, value is a dict."""

    def build(self) -> QWidget:
        box = QFrame()
        box.setAccessibleName(tr_procedure(self.question.label))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        self.fields: dict[str, FieldEditor] = {}
        for field in self.question.fields:
            editor = make_editor(field)
            editor.setObjectName(f"{self.question.key}.{field.key}")
            editor.changed.connect(self._emit)
            self.fields[field.key] = editor
            layout.addWidget(editor)
        return box

    def value(self) -> dict[str, Any] | None:
        values = {k: e.value() for k, e in self.fields.items()}
        values = {k: v for k, v in values.items() if v is not None}
        return values or None

    def set_value(self, value: Any) -> None:
        value = value or {}
        for key, editor in self.fields.items():
            editor.set_value(value.get(key))

    def local_error(self) -> str | None:
        return next((e.local_error() for e in self.fields.values() if e.local_error()), None)


class ListEditor(FieldEditor):
    """Several items of the same form (children): add and remove freely."""

    def build(self) -> QWidget:
        box = QWidget()
        box.setAccessibleName(tr_procedure(self.question.label))
        self.items_layout = QVBoxLayout(box)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items: list[tuple[QFrame, GroupEditor]] = []
        self.empty = QLabel(self.tr("Aucun pour l'instant."))
        self.empty.setObjectName("FieldHelp")
        self.items_layout.addWidget(self.empty)
        self.add_button = WrapButton("+ " + tr_procedure(self.question.add_label or self.tr("Ajouter")))
        self.add_button.setObjectName(f"{self.question.key}.add")
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self.add_item)
        self.items_layout.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return box

    def add_item(self, value: dict[str, Any] | None = None, *, emit: bool = True) -> GroupEditor:
        frame = QFrame()
        frame.setObjectName("Card")
        layout = QVBoxLayout(frame)
        header = QHBoxLayout()
        title = QLabel()
        title.setObjectName("FieldLabel")
        header.addWidget(title)
        header.addStretch(1)
        remove = QPushButton(self.tr("Retirer"))
        remove.setObjectName("Danger")
        header.addWidget(remove)
        layout.addLayout(header)
        group_question = Question(key=self.question.key, type="group", label=self.question.label,
                                  fields=self.question.fields)
        editor = GroupEditor(group_question)
        editor.label.setVisible(False)
        editor.changed.connect(self._emit)
        layout.addWidget(editor)
        self.items.append((frame, editor))
        self.items_layout.insertWidget(self.items_layout.count() - 1, frame)
        remove.clicked.connect(lambda: self.remove_item(frame))
        if value:
            editor.set_value(value)
        self._renumber()
        if emit:
            self._emit()
        editor.fields[next(iter(editor.fields))].input.setFocus()
        return editor

    def remove_item(self, frame: QFrame) -> None:
        self.items = [(f, e) for f, e in self.items if f is not frame]
        frame.deleteLater()
        self._renumber()
        self._emit()
        self.add_button.setFocus()  # the keyboard's "Retirer" is gone: stay in this list

    def _renumber(self) -> None:
        item_label = tr_procedure(self.question.item_label or self.question.label)
        for index, (frame, editor) in enumerate(self.items, start=1):
            title = frame.findChild(QLabel)
            title.setText(f"{item_label} {index}")
            frame.setAccessibleName(f"{item_label} {index}")
            for key, field in editor.fields.items():
                field.setObjectName(f"{self.question.key}[{index - 1}].{key}")
        self.empty.setVisible(not self.items)
        self.add_button.setEnabled(len(self.items) < self.question.max_items)

    def value(self) -> list[dict[str, Any]]:
        return [editor.value() or {} for _, editor in self.items]

    def set_value(self, value: Any) -> None:
        for frame, _ in self.items:
            frame.deleteLater()
        self.items = []
        for item in value or []:
            self.add_item(item, emit=False)
        self._renumber()

    def local_error(self) -> str | None:
        return next((e.local_error() for _, e in self.items if e.local_error()), None)


_EDITORS: dict[str, type[FieldEditor]] = {
    "date": DateEditor,
    "choice": ChoiceEditor,
    "bool": BoolEditor,
    "confirm": ConfirmEditor,
    "country": CountryEditor,
    "group": GroupEditor,
    "list": ListEditor,
}


def make_editor(question: Question) -> FieldEditor:
    return _EDITORS.get(question.type, LineEditor)(question)
