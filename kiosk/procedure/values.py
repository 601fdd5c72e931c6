"""Answer values: structural coercion (type, enumeration, real date) and the format
checks a person is told about next to the field (lengths, numbers, phone, e-photo…).

`coerce` fails with AnswerError (machine input is malformed); `check` returns a
French message for the applicant, or None.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from kiosk.procedure.countries import countries
from kiosk.procedure.dates import add_months
from kiosk.procedure.definition import Question
from kiosk.procedure.errors import AnswerError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FOREIGNER_NUMBER = re.compile(r"^\d{9,10}$")
_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EPHOTO = re.compile(r"^[A-Z0-9]{22}$")
_DOCUMENT_NUMBER = re.compile(r"^[A-Z0-9]{5,20}$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
TEXT_TYPES = frozenset({"text", "name", "foreigner_number", "document_number", "postcode",
                        "phone", "email", "ephoto_code", "country"})


def parse_date(text: str) -> date:
    """An ISO date that exists; ValueError with a French message otherwise."""
    if not isinstance(text, str) or not _ISO_DATE.match(text):
        raise ValueError("Date attendue au format AAAA-MM-JJ.")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("Cette date n'existe pas.") from None


def coerce(question: Question, value: Any, key: str | None = None) -> Any:
    """The typed value of a well-formed answer (dates become `date`), else AnswerError."""
    key = key or question.key
    qtype = question.type
    if qtype in ("bool", "confirm"):
        if not isinstance(value, bool):
            raise AnswerError(key, "expected true or false")
        return value
    if qtype == "date":
        if not isinstance(value, str):
            raise AnswerError(key, "expected a date YYYY-MM-DD")
        try:
            return parse_date(value)
        except ValueError:
            raise AnswerError(key, f"impossible date {value!r}") from None
    if qtype == "choice":
        allowed = [c.value for c in question.choices]
        if value not in allowed:
            raise AnswerError(key, f"{value!r} is not one of {allowed}")
        return value
    if qtype == "group":
        return _coerce_group(question, value, key)
    if qtype == "list":
        if not isinstance(value, list):
            raise AnswerError(key, "expected a list")
        if len(value) > question.max_items:
            raise AnswerError(key, f"at most {question.max_items} entries")
        return [_coerce_group(question, item, f"{key}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, str):
        raise AnswerError(key, "expected a text")
    return value


def _coerce_group(question: Question, value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise AnswerError(key, "expected an object")
    fields = {f.key: f for f in question.fields}
    for name in value:
        if name not in fields:
            raise AnswerError(f"{key}.{name}", "unknown key")
    return {
        name: coerce(fields[name], item, f"{key}.{name}")
        for name, item in value.items() if item is not None
    }


def normalize(question: Question, value: Any) -> Any:
    """Canonical form of a typed text answer: trimmed, upper-cased codes, E.164 phone."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value).strip()
    match question.type:
        case "phone":
            return to_e164(text) or text
        case "ephoto_code" | "document_number" | "country":
            return re.sub(r"[\s-]", "", text).upper()
        case "foreigner_number" | "postcode":
            return re.sub(r"\s", "", text)
        case "email":
            return text.lower()
        case "name" | "text":
            return re.sub(r"\s+", " ", text)
    return text


def to_e164(text: str) -> str | None:
    """A French or international phone number in E.164, or None if it is not one."""
    digits = re.sub(r"[\s.\-()/]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if re.fullmatch(r"0[1-9]\d{8}", digits):
        digits = "+33" + digits[1:]
    if digits.startswith("+330"):  # "+33 (0)6…" written with the trunk zero
        digits = "+33" + digits[4:]
    return digits if _E164.match(digits) else None


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") and c not in "\u200d\u200c"
               for c in text)


def check(question: Question, value: Any, deposit_date: date) -> str | None:
    """The French message to show next to the field, or None if the answer is fine."""
    if value is None or value == "" or value == []:
        if question.required and question.type != "list":
            return "Cette information est obligatoire."
        return None
    if isinstance(value, str):
        if has_control_characters(value):
            return "Ce texte contient des caractères invisibles non autorisés."
        if len(value) > question.max_length:
            return f"Ce texte est trop long (au plus {question.max_length} caractères)."
    match question.type:
        case "name":
            if not any(c.isalpha() for c in value):
                return "Un nom doit contenir au moins une lettre."
            if re.search(r"[<>{}\[\]\\|@#$%^*_=+~;:\"/0-9]", value):
                return "Un nom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes."
        case "date":
            return _check_date(question, value, deposit_date)
        case "foreigner_number":
            if not _FOREIGNER_NUMBER.match(value):
                return "Le numéro étranger compte 9 ou 10 chiffres."
        case "postcode":
            if not _POSTCODE.match(value):
                return "Le code postal compte 5 chiffres (par exemple 75015)."
        case "phone":
            if not _E164.match(value):
                return "Numéro de téléphone invalide : par exemple 06 12 34 56 78 ou +33 6 12 34 56 78."
        case "email":
            if not _EMAIL.match(value):
                return "Adresse électronique invalide : par exemple nom@exemple.fr."
        case "ephoto_code":
            if not _EPHOTO.match(value):
                return "Le code e-photo compte 22 lettres ou chiffres."
        case "document_number":
            if not _DOCUMENT_NUMBER.match(value):
                return "Numéro de document invalide : lettres et chiffres seulement."
        case "country":
            if value not in countries():
                return "Choisissez un pays dans la liste."
        case "group":
            for field in question.fields:
                message = check(field, value.get(field.key), deposit_date)
                if message:
                    return f"{field.label} : {message}"
        case "list":
            for index, item in enumerate(value, start=1):
                for field in question.fields:
                    message = check(field, item.get(field.key), deposit_date)
                    if message:
                        return f"{question.item_label or 'Élément'} {index} – {field.label} : {message}"
    return None


def _check_date(question: Question, value: date, deposit_date: date) -> str | None:
    bounds = question.date_range
    if bounds is None:
        return None
    earliest = add_months(deposit_date, 12 * bounds.min_years)
    latest = add_months(deposit_date, 12 * bounds.max_years)
    if value > latest:
        return "Cette date ne peut pas être dans le futur." if bounds.max_years == 0 \
            else "Cette date est trop lointaine."
    if value < earliest:
        return "Cette date est trop ancienne."
    return None
