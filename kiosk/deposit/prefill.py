"""Prefilling the identity page from a read MRZ (no Qt): which answers, from which field,
and what the applicant must be warned about.

Decisions:
- Only the questions the procedure has are filled, with the procedure's value types:
  ISO dates, its country codes, its sex choices. A field that cannot be mapped (a
  nationality code that is no country, a birth date with unknown parts) is left empty and
  said so, never guessed.
- Names stay as the MRZ writes them (upper case, no accents: the zone is transliterated,
  MÜLLER → MUELLER); the applicant is told to restore accents by hand. Such a correction
  is a hand edit like any other.
- Document number and expiry go to the passport's questions only when the document is a
  passport (document code P…): a residence permit's number is not a passport number.
- Provenance: every prefilled key is marked "document"; an edit by hand of such a key
  turns it to "hand". The dossier keeps the map next to its answers, as
  {"answers": {...}, "provenance": {key: "document" | "hand"}} in the (encrypted) answers
  blob and the sealed answers.json; keys never prefilled have no entry. The central
  service reads answers under "answers" and ignores other top-level keys.
- Names no check digit protects are prefilled only when sure: read from one image with
  a low confidence (kiosk.scanning.mrz.vote.names_to_check), a name is left empty with a
  NAME_TO_CHECK warning carrying what was read, for the applicant to check and type; a
  name two consecutive camera frames agreed on is prefilled. Document number and dates,
  which check digits protect, are prefilled either way, but for a number read in print
  too small to trust (vote.number_to_check: NUMBER_TO_CHECK, as for names).
- Warnings are codes with data, not sentences: the front end words them (and
  translates them).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.procedure.countries import countries
from kiosk.procedure.dates import add_months
from kiosk.procedure.definition import Procedure
from kiosk.scanning.mrz.vote import names_to_check, number_to_check

DOCUMENT = "document"
HAND = "hand"
PROVENANCE_KEY = "provenance"  # beside "answers" in the dossier's answers JSON

SURNAME = "identity.surname"
GIVEN_NAMES = "identity.given_names"
BIRTH_DATE = "identity.birth_date"
SEX = "identity.sex"
NATIONALITY = "identity.nationality"
PASSPORT_NUMBER = "identity.passport_number"
PASSPORT_EXPIRY = "identity.passport_expiry"
IDENTITY_KEYS = (SURNAME, GIVEN_NAMES, BIRTH_DATE, SEX, NATIONALITY, PASSPORT_NUMBER, PASSPORT_EXPIRY)

EXPIRY_YEARS_AHEAD = 20  # a two-digit expiry year further ahead than this is in the past century
SOON_MONTHS = 6  # "expires soon" below this many months of validity at the deposit date

# MRZ codes that are not the procedure's country codes but name one.
_NATIONALITY_ALIASES = {
    "D": "DEU",  # Germany writes D<< (ICAO 9303 part 3)
    "RKS": "XKX",  # Kosovo
    # British nationality classes (overseas territories citizen, national overseas, …):
    # all British nationals, whatever their right of abode.
    "GBD": "GBR", "GBN": "GBR", "GBO": "GBR", "GBP": "GBR", "GBS": "GBR",
}
# ICAO sex codes → the procedure's choices ("<" is "unspecified", like X).
_SEX = {"M": "M", "F": "F", "X": "X", "<": "X"}
# How ICAO 9303 part 3 transliterates letters that do not fold to one ASCII letter.
_ICAO_LETTERS = {"Ä": "AE", "Å": "AA", "Æ": "AE", "Ö": "OE", "Ø": "OE", "Ü": "UE", "ß": "SS",
                 "Œ": "OE", "Ĳ": "IJ", "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L", "Ħ": "H", "Ŧ": "T"}
# Letters that no accent-stripping reduces to A–Z.
_PLAIN_LETTERS = {"Æ": "AE", "Ø": "O", "Œ": "OE", "Ĳ": "IJ", "Þ": "TH", "Ð": "D", "Đ": "D", "Ł": "L",
                  "Ħ": "H", "Ŧ": "T", "ß": "SS"}

# Warning codes (the front end words them).
EXPIRED = "expired"  # the document's expiry date is before the deposit date
EXPIRES_SOON = "expires_soon"  # valid less than `soon_months` more
OTHER_HOLDER = "other_holder"  # names or birth date differ from the expected holder
NATIONALITY_UNKNOWN = "nationality_unknown"  # the code names no country of the list
NAME_TRUNCATED = "name_truncated"  # the zone was full: the name may be cut short
DATE_UNKNOWN = "date_unknown"  # a date with unknown parts (<<) or impossible
# A name read with a low confidence from one image: not prefilled ("à vérifier"); data
# {"read": the name as read}, for the applicant to check and type.
NAME_TO_CHECK = "name_to_check"
# The same for a document number read in print too small to trust (reader.MIN_PITCH).
NUMBER_TO_CHECK = "number_to_check"


@dataclass(frozen=True)
class PrefillWarning:
    code: str
    key: str | None = None  # the question concerned, if one
    data: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"expiry": date, "months": 3}


@dataclass(frozen=True)
class Holder:
    """Who the document should belong to, as far as known (the logged-in account, or the
    identity entered by hand before the scan). Missing parts are not compared."""

    surname: str | None = None
    given_names: str | None = None
    birth_date: date | None = None


@dataclass(frozen=True)
class Prefill:
    answers: dict[str, Any]  # question key → value in the procedure's type
    provenance: dict[str, str]  # question key → "document", for every key in `answers`
    warnings: tuple[PrefillWarning, ...] = ()
    document_kind: str = "other"  # passport, identity_card, residence_permit, visa, other
    expiry: date | None = None
    transliterated: bool = True  # names are as the MRZ writes them (no accents)

    def warning(self, code: str) -> PrefillWarning | None:
        return next((w for w in self.warnings if w.code == code), None)


# --------------------------------------------------------------------------- values

def mrz_date(yymmdd: str, kind: str, today: date, years_ahead: int = EXPIRY_YEARS_AHEAD) -> date | None:
    """An MRZ date with its century: a birth date is never after `today`; an expiry date is
    at most `years_ahead` years after it. None for unknown parts (`<<`) or no such date."""
    if len(yymmdd) != 6 or not yymmdd.isdigit() or not yymmdd.isascii():
        return None
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    latest = today if kind == "birth" else add_months(today, 12 * years_ahead)
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:  # no such day (29 February of a common year tried first)
            continue
        if candidate <= latest:
            return candidate
    return None


def nationality_value(code: str, allowed: Mapping[str, str] | None = None) -> str | None:
    """The procedure's country code for an MRZ nationality or state code, or None (UTO, the
    specimens' state; organisations such as UNO or EUE)."""
    allowed = countries() if allowed is None else allowed
    code = code.replace("<", "").strip().upper()
    code = _NATIONALITY_ALIASES.get(code, code)
    return code if code in allowed else None


def document_kind(document_type: str) -> str:
    """passport, visa, identity_card, residence_permit (other I/A/C codes: IR, AR, RT…) or other."""
    code = document_type.rstrip("<")
    if code[:1] == "P":
        return "passport"
    if code[:1] == "V":
        return "visa"
    if code in ("I", "ID"):
        return "identity_card"
    return "residence_permit" if code[:1] in ("I", "A", "C") else "other"


def fold_name(name: str, icao: bool = False) -> str:
    """Upper case, letters A–Z only, single spaces; accents dropped (with `icao`, letters
    spelled the way ICAO transliterates them first: Ü → UE)."""
    text = name.upper()
    if icao:
        text = "".join(_ICAO_LETTERS.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(_PLAIN_LETTERS.get(c, c) for c in text if not unicodedata.combining(c))
    return " ".join("".join(c if "A" <= c <= "Z" else " " for c in text).split())


def same_name(mrz_name: str, other: str, truncated: bool = False) -> bool:
    """Whether a name typed or known elsewhere is the one the MRZ transliterates."""
    read = fold_name(mrz_name)
    for folded in (fold_name(other), fold_name(other, icao=True)):
        if read == folded or (truncated and read and folded.startswith(read)):
            return True
        if read.replace(" ", "") == folded.replace(" ", ""):  # "DE LA CRUZ" / "DELACRUZ"
            return True
    return False


def _first_given(name: str) -> str:
    words = fold_name(name).split()
    return words[0] if words else ""


def holder_differences(answers: Mapping[str, Any], holder: Holder,
                       truncated: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The keys of the prefilled `answers` that disagree with `holder` (given names: the
    first one only, as people often give one of several)."""
    diffs: list[str] = []
    surname = answers.get(SURNAME)
    if holder.surname and surname and not same_name(surname, holder.surname, "surname" in truncated):
        diffs.append(SURNAME)
    given = answers.get(GIVEN_NAMES)
    if holder.given_names and given:
        mine, theirs = _first_given(given), _first_given(holder.given_names)
        theirs_icao = fold_name(holder.given_names, icao=True).split()[:1]
        if mine and theirs and mine != theirs and [mine] != theirs_icao:
            diffs.append(GIVEN_NAMES)
    birth = answers.get(BIRTH_DATE)
    if holder.birth_date and birth and birth != holder.birth_date.isoformat():
        diffs.append(BIRTH_DATE)
    return tuple(diffs)


def holder_from_answers(answers: Mapping[str, Any], provenance: Mapping[str, str] | None = None) -> Holder:
    """The identity already entered by hand (not from an earlier scan), to compare with."""
    provenance = provenance or {}

    def typed(key: str) -> Any:
        return None if provenance.get(key) == DOCUMENT else answers.get(key)

    birth = typed(BIRTH_DATE)
    try:
        birth_date = date.fromisoformat(birth) if isinstance(birth, str) else None
    except ValueError:
        birth_date = None
    return Holder(typed(SURNAME), typed(GIVEN_NAMES), birth_date)


# --------------------------------------------------------------------------- prefill

def prefill_from_mrz(result: Any, procedure: Procedure, deposit_date: date, *,
                     holder: Holder | None = None, soon_months: int = SOON_MONTHS) -> Prefill:
    """The answers an `MrzResult` gives for `procedure`'s identity questions, their
    provenance and the warnings. The caller prefills only from a valid reading."""
    fields: Mapping[str, str] = result.fields
    truncated = tuple(getattr(result, "truncated", ()))
    kind = document_kind(fields.get("document_type", ""))
    known = {q.key: q for page in procedure.pages for q in page.questions}
    values: dict[str, Any] = {}
    warnings: list[PrefillWarning] = []

    name_keys = {"surname": SURNAME, "given_names": GIVEN_NAMES}
    unsure = names_to_check(result)
    for name_field, key in name_keys.items():
        if not fields.get(name_field):
            continue
        if name_field in unsure:
            warnings.append(PrefillWarning(NAME_TO_CHECK, key, {"read": fields[name_field]}))
        else:
            values[key] = fields[name_field]
    for name_field in truncated:
        key = name_keys.get(name_field)
        if key and key in values:
            warnings.append(PrefillWarning(NAME_TRUNCATED, key))
    birth = mrz_date(fields.get("birth_date", ""), "birth", deposit_date)
    if birth is not None:
        values[BIRTH_DATE] = birth.isoformat()
    elif fields.get("birth_date"):
        warnings.append(PrefillWarning(DATE_UNKNOWN, BIRTH_DATE))
    sex = _SEX.get(fields.get("sex", ""))
    if sex is not None:
        values[SEX] = sex
    raw_nationality = fields.get("nationality", "")
    nationality = nationality_value(raw_nationality)
    if nationality is not None:
        values[NATIONALITY] = nationality
    elif raw_nationality:
        warnings.append(PrefillWarning(NATIONALITY_UNKNOWN, NATIONALITY, {"code": raw_nationality}))

    expiry = mrz_date(fields.get("expiry_date", ""), "expiry", deposit_date)
    if kind == "passport":
        if fields.get("document_number") and number_to_check(result):
            read = {"read": fields["document_number"]}
            warnings.append(PrefillWarning(NUMBER_TO_CHECK, PASSPORT_NUMBER, read))
        elif fields.get("document_number"):
            values[PASSPORT_NUMBER] = fields["document_number"]
        if expiry is not None:
            values[PASSPORT_EXPIRY] = expiry.isoformat()
    if expiry is not None:
        expiry_key = PASSPORT_EXPIRY if kind == "passport" else None
        if expiry < deposit_date:
            warnings.append(PrefillWarning(EXPIRED, expiry_key, {"expiry": expiry, "kind": kind}))
        elif expiry < add_months(deposit_date, soon_months):
            warnings.append(PrefillWarning(EXPIRES_SOON, expiry_key,
                                           {"expiry": expiry, "kind": kind, "months": soon_months}))

    values = {key: value for key, value in values.items() if key in known}
    if SEX in values and values[SEX] not in {c.value for c in known[SEX].choices}:
        del values[SEX]
    if holder is not None:
        diffs = holder_differences(values, holder, truncated)
        if diffs:
            warnings.append(PrefillWarning(OTHER_HOLDER, None, {"keys": diffs}))
    return Prefill(values, dict.fromkeys(values, DOCUMENT), tuple(warnings), kind, expiry)


# --------------------------------------------------------------------------- provenance

def after_edit(provenance: Mapping[str, str], key: str, source: str, *, changed: bool,
               cleared: bool) -> dict[str, str]:
    """The provenance map once `key` was set from `source` ("document" or "hand"): a
    document value is marked so; a hand change of a marked key turns it to "hand", clearing
    included (so retyping it stays "hand"; only answers present are stored)."""
    out = dict(provenance)
    if cleared and source == DOCUMENT:
        out.pop(key, None)
    elif source == DOCUMENT:
        out[key] = DOCUMENT
    elif changed and key in out:
        out[key] = HAND
    return out


def kept_provenance(provenance: Mapping[str, str], answers: Mapping[str, Any]) -> dict[str, str]:
    """The provenance of the answers kept (hidden answers are dropped at deposit)."""
    return {key: source for key, source in provenance.items() if key in answers}
