"""Answers as a person reads them (French): labels of choices, dates as JJ/MM/AAAA,
country names. Used by the review page and the documents that show answers."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from kiosk.procedure.countries import country_name
from kiosk.procedure.definition import Question


def display_date(value: str | date) -> str:
    day = value if isinstance(value, date) else date.fromisoformat(value)
    return day.strftime("%d/%m/%Y")


def isolated(text: str) -> str:
    """Each line of an answer in its own direction (Unicode FSI … PDI): in an Arabic
    sentence, "12 rue des Lilas" keeps its number in front."""
    return "\n".join(f"\u2068{line}\u2069" for line in text.split("\n"))


def display_megabytes(n_bytes: int) -> str:
    """A file size in Mo (MiB) for the documents step: two decimals under 1 Mo, rounded
    up, so that a small file never reads "0.0"."""
    size = n_bytes / 1024 / 1024
    if size >= 10:
        return f"{size:.0f}"
    if size >= 1:
        return f"{size:.1f}"
    return f"{max(math.ceil(size * 100) / 100, 0.01):.2f}"


def display_value(question: Question, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "Aucun" if question.type == "list" else "—"
    match question.type:
        case "choice":
            return question.choice_label(value)
        case "bool":
            return "Oui" if value else "Non"
        case "confirm":
            return "Confirmé" if value else "Non confirmé"
        case "date":
            return display_date(value)
        case "country":
            return country_name(value)
        case "group":
            return ", ".join(display_value(f, value.get(f.key)) for f in question.fields
                             if value.get(f.key))
        case "list":
            label = question.item_label or question.label
            return "\n".join(
                f"{label} {i}. " + ", ".join(
                    display_value(f, item.get(f.key)) for f in question.fields if item.get(f.key))
                for i, item in enumerate(value, start=1))
    return str(value)
