"""Field editors as a person types into them."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.procedure.definition import default_procedure
from kiosk.ui.fields import CountryEditor, DateEditor, ListEditor, make_editor

P = default_procedure()


@pytest.mark.parametrize("typed,value,error", [
    ("05/03/1990", "1990-03-05", None),
    ("5.3.1990", "1990-03-05", None),
    ("05031990", "1990-03-05", None),
    ("31/02/1990", None, "n'existe pas"),
    ("1990-03-05", None, "JJ/MM/AAAA"),
    ("", None, None),
])
def test_date_editor(qtbot: Any, typed: str, value: str | None, error: str | None) -> None:
    editor = DateEditor(P.question("identity.birth_date"))
    qtbot.addWidget(editor)
    editor.input.setText(typed)
    assert editor.value() == value
    assert (editor.local_error() or None) == error or error in (editor.local_error() or "")


def test_country_editor_finds_by_french_name(qtbot: Any) -> None:
    editor = CountryEditor(P.question("identity.nationality"))
    qtbot.addWidget(editor)
    changes: list[Any] = []
    editor.changed.connect(changes.append)
    editor.input.setCurrentIndex(editor.input.findText("Allemagne"))
    assert editor.value() == "DEU" and changes == ["DEU"]
    editor.input.setEditText("Atlantide")
    assert editor.value() is None and "Choisissez un pays" in editor.local_error()


def test_every_editor_has_an_accessible_name_and_a_label(qtbot: Any) -> None:
    for key, question in P.questions.items():
        editor = make_editor(question)
        qtbot.addWidget(editor)
        assert editor.input.accessibleName(), key
        assert editor.label.text() or question.type == "confirm", key


def test_children_can_be_added_and_removed(qtbot: Any) -> None:
    editor = ListEditor(P.question("children"))
    qtbot.addWidget(editor)
    editor.set_value([{"surname": "A", "given_names": "B"}, {"surname": "C", "given_names": "D"}])
    assert [item["surname"] for item in editor.value()] == ["A", "C"]
    editor.remove_item(editor.items[0][0])
    assert editor.value() == [{"surname": "C", "given_names": "D"}]
    assert editor.items[0][1].fields["surname"].objectName() == "children[0].surname"
