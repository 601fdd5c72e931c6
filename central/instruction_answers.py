"""What the instruction reads in a dossier's answers (answers.json, decrypted on demand and
never stored in clear): the applicant's foreigner number, to link the dossier to an
account, and the identity printed on the attestation of favourable decision.

The kiosk seals its answers as {"answers": {"identity.surname": ...}, "procedure_id": ...}
(dotted keys); PROCEDURE.md's JSON form nests them ({"identity": {"surname": ...}}). Both
are read.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from typing import Any

from kiosk.pdf.attestation import render_attestation
from kiosk.pdf.models import AttestationData
from kiosk.procedure.countries import country_name
from kiosk.procedure.definition import default_procedure

MAX_ANSWERS_BYTES = 1024 * 1024
_FOREIGNER_NUMBER = re.compile(r"[0-9]{9,10}")


class MissingAnswer(ValueError):
    """An answer the attestation needs is absent or malformed; the message names the key only."""


def parse_answers(plaintext: bytes) -> dict[str, Any]:
    """The answers object, or {} when the file is not a JSON object (nothing can be read from it)."""
    if len(plaintext) > MAX_ANSWERS_BYTES:
        return {}
    try:
        value = json.loads(plaintext)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def answer(answers: dict[str, Any], key: str) -> Any:
    """The value at dotted `key`, flat or nested, inside "answers" or at the top; None if absent."""
    for scope in (answers.get("answers"), answers):
        if not isinstance(scope, dict):
            continue
        if key in scope:
            return scope[key]
        node: Any = scope
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is not None:
            return node
    return None


def foreigner_number(answers: dict[str, Any]) -> str | None:
    value = answer(answers, "identity.foreigner_number")
    if not isinstance(value, str):
        return None
    number = "".join(value.split())
    return number if _FOREIGNER_NUMBER.fullmatch(number) else None


def _text(answers: dict[str, Any], key: str) -> str:
    value = answer(answers, key)
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise MissingAnswer(key)
    return value.strip()


def attestation_data(answers: dict[str, Any], *, deposit_number: str, decided_at: datetime,
                     verification_code: str, prefecture: str) -> AttestationData:
    """Raises MissingAnswer naming the first key the attestation cannot do without."""
    number = foreigner_number(answers)
    if number is None:
        raise MissingAnswer("identity.foreigner_number")
    try:
        birth_date = date.fromisoformat(_text(answers, "identity.birth_date"))
    except ValueError:
        raise MissingAnswer("identity.birth_date") from None
    return AttestationData(
        deposit_number=deposit_number, decided_at=decided_at, surname=_text(answers, "identity.surname"),
        given_names=_text(answers, "identity.given_names"), birth_date=birth_date,
        nationality=country_name(_text(answers, "identity.nationality")), foreigner_number=number,
        card_title=card_title(), prefecture=prefecture, verification_code=verification_code)


def card_title() -> str:
    """The card the procedure leads to, as the procedure definition names it."""
    outcome = default_procedure().outcome
    match = re.search(r"«\s*(.+?)\s*»", outcome)
    return match.group(1) if match else outcome


def render(data: AttestationData) -> bytes:
    out = io.BytesIO()
    render_attestation(data, out)
    return out.getvalue()
