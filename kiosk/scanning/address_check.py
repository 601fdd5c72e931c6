"""Does a 2D-Doc proof of address back the applicant's step-1 answers? Pure.

Checks, each with a French reason for the UI and the dossier: the signature is valid;
the name in the code is the applicant's (accents, case, hyphens and the order of given
names do not matter); the address is the one declared (street, postcode, commune,
normalised: `AV` = `AVENUE`, `ST` = `SAINT`…); the document is less than 6 months old on
the day of the check (its emission date, else its signature date).

Where the code puts them (ANTS identifiers): the beneficiary's line 1 `10`
("CIVILITÉ/NOM/PRÉNOMS"), given name `12`, surname `13`; the invoice recipient's line 1
`14`, `16`, `17`; a free "quality, surname, given names" `30`; the service address lines
`20`–`23` (`22` = number and street), postcode `24`, commune `25`; the invoice
recipient's `27`–`2A`, `2B`, `2C`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.scanning.twoddoc import TwoDDoc

PROOF_OF_ADDRESS_TYPES = {"00", "01", "02"}  # the specification's "justificatif de domicile" group
MAX_AGE_MONTHS = 6
_CIVILITIES = {"M", "MR", "MME", "MLLE", "MMES", "MM", "MONSIEUR", "MADAME", "MADEMOISELLE", "ET", "OU", "DR"}
# Street-type abbreviations of the postal standard (NF Z 10-011), both ways onto one word.
_STREET_WORDS = {
    "AV": "AVENUE", "AVE": "AVENUE", "BD": "BOULEVARD", "BLD": "BOULEVARD", "BOUL": "BOULEVARD",
    "PL": "PLACE", "CHE": "CHEMIN", "CH": "CHEMIN", "IMP": "IMPASSE", "ALL": "ALLEE", "RTE": "ROUTE",
    "FBG": "FAUBOURG", "SQ": "SQUARE", "QU": "QUAI", "CRS": "COURS", "PAS": "PASSAGE", "R": "RUE",
    "RES": "RESIDENCE", "LOT": "LOTISSEMENT", "HAM": "HAMEAU", "PROM": "PROMENADE", "CITE": "CITE",
    "ST": "SAINT", "STE": "SAINTE", "B": "BIS", "T": "TER",
}
_FILLERS = {"DE", "DU", "DES", "LA", "LE", "LES", "L", "D"}


@dataclass(frozen=True)
class AddressCheck:
    signature: str  # "valid", "invalid", "unknown_certificate"
    name_matches: bool | None  # None: the code carries no name
    address_matches: bool | None  # None: the code carries no address
    recent: bool | None  # None: the code carries no date
    document_date: date | None
    proof_of_address: bool  # the document type is one of the proofs of address
    reasons: tuple[str, ...]  # French, one per finding, for the screen and the dossier

    @property
    def signature_valid(self) -> bool:
        return self.signature == "valid"

    @property
    def accepted(self) -> bool:
        """Every check passed: the mediator need not look at the paper copy for these points."""
        return (self.signature_valid and self.proof_of_address and self.name_matches is True
                and self.address_matches is True and self.recent is True)

    def as_record(self) -> dict[str, Any]:
        """What the dossier keeps of the check (no name, no address: only the verdicts)."""
        return {"signature": self.signature, "name_matches": self.name_matches,
                "address_matches": self.address_matches, "recent": self.recent,
                "document_date": self.document_date.isoformat() if self.document_date else None,
                "proof_of_address": self.proof_of_address, "accepted": self.accepted,
                "reasons": list(self.reasons)}


def normalise(text: str) -> str:
    """Upper case, no accents, hyphens/apostrophes/punctuation as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()
    plain = plain.replace("Œ", "OE").replace("Æ", "AE").replace("ß", "SS")
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", plain).split())


def _street_tokens(text: str) -> list[str]:
    words = [_STREET_WORDS.get(w, w) for w in normalise(text).split()]
    return [w for w in words if w not in _FILLERS]


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in range(day.day, 27, -1):  # 31 August minus 6 months = 28/29 February
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))


def _people(values: Mapping[str, str]) -> list[tuple[set[str], set[str]]]:
    """(surname words, given-name words) for each way the code names someone; a free-text
    line gives one entry whose both sets are all its words."""
    people: list[tuple[set[str], set[str]]] = []
    for line_id in ("10", "14"):
        line = values.get(line_id, "")
        if "/" in line:
            parts = [normalise(p) for p in line.split("/")]
            parts = parts[1:] if parts and (not parts[0] or set(parts[0].split()) <= _CIVILITIES) else parts
            if parts:
                people.append((set(parts[0].split()), set(" ".join(parts[1:]).split())))
        elif line.strip():
            words = set(normalise(line).split()) - _CIVILITIES
            people.append((words, words))
    for given_id, surname_id in (("12", "13"), ("16", "17")):
        if values.get(surname_id):
            people.append((set(normalise(values[surname_id]).split()),
                           set(normalise(values.get(given_id, "")).split())))
    if values.get("30"):
        words = set(normalise(values["30"]).split()) - _CIVILITIES
        people.append((words, words))
    return people


def _name_matches(values: Mapping[str, str], surname: str, given_names: str) -> bool | None:
    people = _people(values)
    if not people:
        return None
    wanted_surname = set(normalise(surname).split())
    wanted_given = normalise(given_names).split()
    for surnames, givens in people:
        # Every word of the surname, and at least the first given name (the code may hold only one).
        if wanted_surname and wanted_surname <= surnames and (not wanted_given or wanted_given[0] in givens
                                                              or bool(set(wanted_given) & givens)):
            return True
    return False


def _address_matches(values: Mapping[str, str], address: Mapping[str, Any]) -> tuple[bool | None, list[str]]:
    blocks = (("20", "21", "22", "23", "24", "25"), ("27", "28", "29", "2A", "2B", "2C"))
    reasons: list[str] = []
    present = [b for b in blocks if any(values.get(k) for k in b)]
    if not present:
        return None, ["Le code ne contient pas d'adresse."]
    street = _street_tokens(str(address.get("line1", "")))
    postcode = normalise(str(address.get("postcode", ""))).replace(" ", "")
    city = _street_tokens(str(address.get("city", "")))
    best: list[str] | None = None
    for block in present:
        problems = []
        lines = [_street_tokens(values.get(k, "")) for k in block[:4]]
        if street and street not in lines:
            problems.append("La voie ne correspond pas à l'adresse déclarée.")
        if values.get(block[4], "").strip() != postcode:
            problems.append("Le code postal ne correspond pas à l'adresse déclarée.")
        doc_city = _street_tokens(re.sub(r"\bCEDEX\b.*", "", values.get(block[5], "")))
        if values.get(block[5]) and doc_city != city:
            problems.append("La commune ne correspond pas à l'adresse déclarée.")
        if not problems:
            return True, reasons
        if best is None or len(problems) < len(best):
            best = problems
    return False, best or []


def check_proof_of_address(doc: TwoDDoc, signature: str, answers: Mapping[str, Any], today: date,
                           *, surname_key: str = "identity.surname",
                           given_names_key: str = "identity.given_names",
                           address_key: str = "contact.address") -> AddressCheck:
    """Compare a parsed, verified 2D-Doc with the step-1 answers (flat keys as in the
    procedure: `identity.surname`, `identity.given_names`, `contact.address` = {line1,
    line2, postcode, city}) on `today`."""
    values = doc.values()
    reasons: list[str] = []
    if signature == "valid":
        reasons.append("Signature du code 2D-Doc valide.")
    elif signature == "unknown_certificate":
        reasons.append("Le certificat qui a signé ce code n'est pas connu de la borne : "
                       "la signature ne peut pas être vérifiée.")
    else:
        reasons.append("La signature du code 2D-Doc n'est pas valide : le document a pu être modifié.")
    proof = doc.header.doc_type in PROOF_OF_ADDRESS_TYPES
    if not proof:
        reasons.append(f"Ce document ({doc.doc_type_name or doc.header.doc_type}) n'est pas "
                       "un justificatif de domicile.")

    name = _name_matches(values, str(answers.get(surname_key, "")), str(answers.get(given_names_key, "")))
    reasons.append({None: "Le code ne contient pas de nom.", True: "Le nom correspond au demandeur.",
                    False: "Le nom ne correspond pas au demandeur."}[name])

    declared = answers.get(address_key)
    address_ok, address_reasons = _address_matches(values, declared if isinstance(declared, Mapping) else {})
    reasons += address_reasons or (["L'adresse correspond à l'adresse déclarée."] if address_ok else [])

    when = doc.header.emission_date or doc.header.signature_date
    recent: bool | None = None
    if when is None:
        reasons.append("Le code ne contient pas de date.")
    elif when > today:
        recent = False
        reasons.append(f"La date du document ({when:%d/%m/%Y}) est dans le futur.")
    else:
        recent = when >= _months_before(today, MAX_AGE_MONTHS)
        reasons.append(f"Document du {when:%d/%m/%Y} : " + ("moins de 6 mois." if recent
                                                            else "plus de 6 mois, trop ancien."))
    return AddressCheck(signature=signature, name_matches=name, address_matches=address_ok, recent=recent,
                        document_date=when, proof_of_address=proof, reasons=tuple(reasons))
