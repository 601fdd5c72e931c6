"""Prefill from a read MRZ: values in the procedure's types, provenance kept in the
dossier (and the sealed answers), warnings for expired documents and other holders."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from support.files import make_pdf

from kiosk.deposit import prefill
from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.deposit.prefill import (
    DOCUMENT,
    HAND,
    Holder,
    fold_name,
    holder_from_answers,
    mrz_date,
    nationality_value,
    prefill_from_mrz,
    same_name,
)
from kiosk.deposit.session import DepositSession
from kiosk.procedure.definition import default_procedure
from kiosk.scanning.mrz.parse import MrzResult, compose, parse
from kiosk.store.dossiers import DossierStore
from kiosk.sync.sealing import answers_bytes

TODAY = date(2026, 11, 26)
# ICAO 9303 part 4 specimen (Utopia, expired 2012).
SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def passport(surname: str = "MUELLER", given: str = "ANNA LENA", state: str = "D", nationality: str = "D",
             number: str = "C01X00T47", birth: str = "840812", sex: str = "F", expiry: str = "310415",
             doc: str = "P", fmt: str = "TD3") -> MrzResult:
    """A valid MRZ of `fmt` (names with one filler between given names, as ICAO writes them)."""
    fields = {"document_type": doc, "issuing_state": state, "document_number": number,
              "surname": surname, "given_names": given.split()[0], "nationality": nationality,
              "birth_date": birth, "sex": sex, "expiry_date": expiry, "optional_data": ""}
    lines = list(compose(fmt, fields))
    name_line = 2 if fmt == "TD1" else 0
    head = "" if fmt == "TD1" else lines[0][:5]
    name = "<".join(surname.split()) + "<<" + "<".join(given.split())
    width = len(lines[name_line])
    lines[name_line] = (head + name)[:width].ljust(width, "<")
    result = parse(lines)
    assert result.valid, result.problems
    return result


# -- values ---------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "kind", "expected"), [
    ("740812", "birth", date(1974, 8, 12)),
    ("200101", "birth", date(2020, 1, 1)),
    ("261126", "birth", date(2026, 11, 26)),  # born on the deposit day
    ("261127", "birth", date(1926, 11, 27)),  # a birth date is never in the future
    ("000229", "birth", date(2000, 2, 29)),
    ("010229", "birth", None),  # neither 2001 nor 1901 has a 29 February
    ("74<<<<", "birth", None),  # unknown month and day
    ("", "birth", None),
    ("340415", "expiry", date(2034, 4, 15)),
    ("160101", "expiry", date(2016, 1, 1)),  # expired ten years ago
    ("461126", "expiry", date(2046, 11, 26)),  # 20 years ahead: still this century
    ("470101", "expiry", date(1947, 1, 1)),  # further ahead than any document is valid
])
def test_mrz_dates_get_their_century(raw: str, kind: str, expected: date | None) -> None:
    assert mrz_date(raw, kind, TODAY) == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("FRA", "FRA"), ("D", "DEU"), ("D<<", "DEU"), ("RKS", "XKX"), ("XXA", "XXA"), ("GBN", "GBR"),
    ("UTO", None), ("UNO", None), ("EUE", None), ("", None),
])
def test_nationality_codes(code: str, expected: str | None) -> None:
    assert nationality_value(code) == expected


def test_names_fold_like_the_mrz_transliterates() -> None:
    assert fold_name("Leïla-Nour d'Été") == "LEILA NOUR D ETE"
    assert same_name("MUELLER", "Müller") and same_name("MULLER", "Müller")
    assert same_name("OSTERGAARD", "Østergaard") and same_name("STRASSE", "Straße")
    assert same_name("DELACRUZ", "de la Cruz")
    assert same_name("VANDERBERG", "Vanderbergh-Smith", truncated=True)
    assert not same_name("MARTIN", "Martins")


# -- prefill ---------------------------------------------------------------------------

def test_specimen_fills_every_identity_field_it_can() -> None:
    result = prefill_from_mrz(parse(SPECIMEN), default_procedure(), TODAY)
    assert result.answers == {
        "identity.surname": "ERIKSSON", "identity.given_names": "ANNA MARIA",
        "identity.birth_date": "1974-08-12", "identity.sex": "F",
        "identity.passport_number": "L898902C3", "identity.passport_expiry": "2012-04-15",
    }
    assert result.provenance == dict.fromkeys(result.answers, DOCUMENT)
    assert result.document_kind == "passport" and result.transliterated
    codes = {w.code: w for w in result.warnings}
    assert codes[prefill.NATIONALITY_UNKNOWN].data == {"code": "UTO"}  # Utopia is no country
    assert codes[prefill.EXPIRED].key == "identity.passport_expiry"
    assert codes[prefill.EXPIRED].data["expiry"] == date(2012, 4, 15)


def test_german_passport_valid_for_years_has_no_warning() -> None:
    result = prefill_from_mrz(passport(), default_procedure(), TODAY)
    assert result.answers["identity.nationality"] == "DEU"
    assert result.answers["identity.given_names"] == "ANNA LENA"
    assert result.answers["identity.passport_expiry"] == "2031-04-15"
    assert result.warnings == ()
    procedure = default_procedure()
    for key, value in result.answers.items():  # every value is a well-formed answer
        from kiosk.procedure.values import check, coerce

        question = procedure.question(key)
        assert check(question, coerce(question, value), TODAY) is None, key


def test_expiring_soon_and_unspecified_sex() -> None:
    result = prefill_from_mrz(passport(expiry="270301", sex="<"), default_procedure(), TODAY)
    assert result.answers["identity.sex"] == "X"
    soon = result.warning(prefill.EXPIRES_SOON)
    assert soon is not None and soon.data["months"] == prefill.SOON_MONTHS
    assert result.warning(prefill.EXPIRED) is None
    later = prefill_from_mrz(passport(expiry="270301"), default_procedure(), TODAY, soon_months=1)
    assert later.warnings == ()


def test_residence_permit_fills_no_passport_field() -> None:
    permit = passport(doc="IR", state="FRA", nationality="DZA", number="AB1234567", expiry="250101",
                      fmt="TD1", surname="HADDAD", given="LEILA NOUR")
    result = prefill_from_mrz(permit, default_procedure(), TODAY)
    assert result.document_kind == "residence_permit"
    assert "identity.passport_number" not in result.answers
    assert "identity.passport_expiry" not in result.answers
    assert result.answers["identity.nationality"] == "DZA"
    expired = result.warning(prefill.EXPIRED)
    assert expired is not None and expired.key is None and expired.data["kind"] == "residence_permit"


def test_only_the_procedures_questions_are_filled() -> None:
    procedure = default_procedure()
    pages = tuple(dataclasses.replace(p, questions=tuple(q for q in p.questions if q.key != "identity.sex"))
                  for p in procedure.pages)
    result = prefill_from_mrz(passport(), dataclasses.replace(procedure, pages=pages), TODAY)
    assert "identity.sex" not in result.answers and "identity.surname" in result.answers


def test_truncated_name_is_said() -> None:
    result = prefill_from_mrz(passport(surname="WOLFESCHLEGELSTEINHAUSENBERGERDORFF", given="HUBERT BLAINE"),
                              default_procedure(), TODAY)
    warning = result.warning(prefill.NAME_TRUNCATED)
    assert warning is not None and warning.key == "identity.given_names"


def test_another_holder_is_warned() -> None:
    mrz = passport()
    same = Holder("Müller", "Anna", date(1984, 8, 12))
    assert prefill_from_mrz(mrz, default_procedure(), TODAY, holder=same).warnings == ()
    other = prefill_from_mrz(mrz, default_procedure(), TODAY, holder=Holder("Haddad", "Leïla"))
    warning = other.warning(prefill.OTHER_HOLDER)
    assert warning is not None
    assert warning.data["keys"] == ("identity.surname", "identity.given_names")
    born = prefill_from_mrz(mrz, default_procedure(), TODAY, holder=Holder(birth_date=date(1984, 8, 13)))
    assert born.warning(prefill.OTHER_HOLDER).data["keys"] == ("identity.birth_date",)  # type: ignore[union-attr]


def test_holder_from_answers_ignores_earlier_scans() -> None:
    answers = {"identity.surname": "HADDAD", "identity.given_names": "Leïla",
               "identity.birth_date": "1990-05-01"}
    holder = holder_from_answers(answers, {"identity.surname": DOCUMENT, "identity.given_names": HAND})
    assert holder == Holder(None, "Leïla", date(1990, 5, 1))


# -- provenance in the dossier --------------------------------------------------------------

def test_provenance_is_saved_flipped_by_hand_and_sealed(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        session = DepositSession.start(store, today=lambda: TODAY)
        filled = prefill_from_mrz(passport(), session.procedure, TODAY)
        session.set_answers(filled.answers, source=DOCUMENT)
        stored = store.load(session.dossier_id).answers
        assert stored["provenance"] == dict.fromkeys(filled.answers, DOCUMENT)

        session.set_answer("identity.surname", "MUELLER")  # the same value again: unchanged
        session.set_answer("identity.given_names", "Anna Léna")  # accents restored by hand
        session.set_answer("identity.sex", None)  # cleared: no answer, no provenance
        session.set_answer("identity.foreigner_number", "7501234567")  # never prefilled: no entry
        resumed = DepositSession(store, session.dossier_id, today=lambda: TODAY)
        assert resumed.provenance["identity.surname"] == DOCUMENT
        assert resumed.provenance["identity.given_names"] == HAND
        assert "identity.sex" not in resumed.provenance
        assert "identity.foreigner_number" not in resumed.provenance

        # At deposit the provenance follows the answers kept, into the sealed answers.json.
        for key, value in DEMO_ANSWERS.items():
            if not key.startswith("identity.") or key not in resumed.answers:
                resumed.set_answer(key, value)
        resumed.set_answer("host.permit_type", "permanent")  # hidden: dropped at deposit
        scan = make_pdf(tmp_path / "scan.pdf", 1)
        for state in resumed.document_states():
            resumed.attach(state.item.code, scan)
        record = resumed.deposit()
        assert record.answers["provenance"]["identity.given_names"] == HAND
        assert set(record.answers["provenance"]) <= set(record.answers["answers"])
        sealed = json.loads(answers_bytes(record))
        assert sealed["provenance"] == record.answers["provenance"]
        assert sealed["answers"]["identity.surname"] == "MUELLER"


def test_dossier_without_prefill_keeps_its_old_shape(tmp_path: Path) -> None:
    with DossierStore(tmp_path / "data") as store:
        session = DepositSession.start(store, today=lambda: TODAY)
        session.set_answer("identity.surname", "HADDAD")
        assert store.load(session.dossier_id).answers == {"answers": {"identity.surname": "HADDAD"}}


def test_a_printed_code_off_the_list_is_shown_not_prefilled() -> None:
    card = parse(["IDROUSAVA<<SUPERMAN<<<<<<<<<<<<<<<<<", "HD198025<51328505095M130509012049941"])
    result = prefill_from_mrz(card, default_procedure(), TODAY)  # a real card: nationality "132"
    assert result.answers["identity.surname"] == "SAVA" and "identity.nationality" not in result.answers
    codes = {w.code: w for w in result.warnings}
    assert codes[prefill.NATIONALITY_UNKNOWN].data == {"code": "132"}
