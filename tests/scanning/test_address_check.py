"""A 2D-Doc proof of address against the step-1 answers: signature, name, address, age."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from kiosk.deposit.demo import DEMO_ANSWERS
from kiosk.scanning.address_check import _months_before, check_proof_of_address, normalise
from kiosk.scanning.twoddoc import GS, US, parse_2ddoc

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "2ddoc" / "spec_vectors"
ANGELA = {"identity.surname": "Sample", "identity.given_names": "Angéla",
          "contact.address": {"line1": "7 pl. des Spécimens", "line2": "Bât. 2", "postcode": "57000",
                              "city": "Metz"}}


def code(message: str, emission: dt.date = dt.date(2025, 4, 1), doc_type: str = "01") -> str:
    """A v04 code signed with a throw-away key: the check reads fields, not signatures."""
    key = ec.generate_private_key(ec.SECP256R1())
    days = f"{(emission - dt.date(2000, 1, 1)).days:04X}"
    body = f"DC04FR99TK01{days}{days}{doc_type}01FR{message}"
    r, s = decode_dss_signature(key.sign(body.encode(), ec.ECDSA(hashes.SHA256())))
    return body + US + base64.b32encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode().rstrip("=")


def check(message: str, answers: dict[str, Any], today: dt.date = dt.date(2025, 5, 15),
          signature: str = "valid", **kwargs: Any) -> Any:
    return check_proof_of_address(parse_2ddoc(code(message, **kwargs)), signature, answers, today)


HADDAD = "10MME/HADDAD/LEILA NOUR" + GS + "2212 R DES LILAS" + GS + "2475020" + "25PARIS" + GS


def test_demo_applicant_with_a_matching_invoice_is_accepted() -> None:
    result = check(HADDAD, DEMO_ANSWERS)
    assert result.accepted, result.reasons
    assert result.as_record()["accepted"] is True
    assert "Le nom correspond au demandeur." in result.reasons


@pytest.mark.skipif(not SAMPLES.exists(), reason="../shared/samples/2ddoc is not there")
def test_spec_vector_01_against_matching_answers() -> None:
    doc = parse_2ddoc((SAMPLES / "01.txt").read_text().strip())
    result = check_proof_of_address(doc, "valid", ANGELA, dt.date(2013, 1, 10))
    assert (result.name_matches, result.address_matches, result.recent) == (True, True, True)
    assert result.accepted
    old = check_proof_of_address(doc, "valid", ANGELA, dt.date(2013, 6, 1))  # 15/11/2012 + 6 months < 01/06
    assert old.recent is False and not old.accepted
    assert any("plus de 6 mois" in r for r in old.reasons)


def test_names_ignore_accents_case_hyphens_and_given_name_order() -> None:
    answers = dict(DEMO_ANSWERS) | {"identity.surname": "Haddad", "identity.given_names": "Nour Leïla"}
    assert check(HADDAD, answers).name_matches is True
    hyphen = "10M/BEN-SALEM/JEAN PIERRE" + GS
    answers = {"identity.surname": "Ben Salem", "identity.given_names": "Jean-Pierre"}
    assert check(hyphen, answers).name_matches is True
    assert check(HADDAD, dict(DEMO_ANSWERS) | {"identity.surname": "MARTIN"}).name_matches is False
    split = "12LEILA" + GS + "13HADDAD" + GS
    assert check(split, DEMO_ANSWERS).name_matches is True
    free = "30M ET MME HADDAD LEILA" + GS
    assert check(free, DEMO_ANSWERS, doc_type="01").name_matches is True
    assert check("2475020", DEMO_ANSWERS).name_matches is None


def test_address_mismatches_say_which_part() -> None:
    moved = dict(DEMO_ANSWERS) | {"contact.address": {"line1": "3 avenue Foch", "postcode": "75016",
                                                      "city": "Paris"}}
    result = check(HADDAD, moved)
    assert result.address_matches is False and not result.accepted
    assert "La voie ne correspond pas à l'adresse déclarée." in result.reasons
    assert "Le code postal ne correspond pas à l'adresse déclarée." in result.reasons
    other_city = dict(DEMO_ANSWERS) | {"contact.address": {"line1": "12 rue des Lilas", "postcode": "75020",
                                                           "city": "Lyon"}}
    assert check(HADDAD, other_city).reasons.count("La commune ne correspond pas à l'adresse déclarée.") == 1
    assert check("10MME/HADDAD/LEILA" + GS, DEMO_ANSWERS).address_matches is None


def test_invoice_recipient_block_and_cedex() -> None:
    message = "14MME/HADDAD/LEILA" + GS + "2912 RUE DES LILAS" + GS + "2B75020" + "2CPARIS CEDEX 20" + GS
    result = check(message, DEMO_ANSWERS)
    assert (result.name_matches, result.address_matches) == (True, True)


def test_signature_type_and_dates_block_acceptance() -> None:
    bad = check(HADDAD, DEMO_ANSWERS, signature="invalid")
    assert not bad.accepted and not bad.signature_valid
    assert bad.reasons[0].startswith("La signature du code 2D-Doc n'est pas valide")
    unknown = check(HADDAD, DEMO_ANSWERS, signature="unknown_certificate")
    assert not unknown.accepted and "certificat" in unknown.reasons[0]
    payslip = check(HADDAD, DEMO_ANSWERS, doc_type="06")
    assert payslip.proof_of_address is False and not payslip.accepted
    future = check(HADDAD, DEMO_ANSWERS, emission=dt.date(2025, 7, 1))
    assert future.recent is False and any("futur" in r for r in future.reasons)
    assert check(HADDAD, DEMO_ANSWERS, emission=dt.date(2024, 11, 15)).recent is True  # exactly 6 months
    assert check(HADDAD, DEMO_ANSWERS, emission=dt.date(2024, 11, 14)).recent is False


def test_helpers() -> None:
    assert normalise("  Saint-Étienne d'Œuvre ") == "SAINT ETIENNE D OEUVRE"
    assert _months_before(dt.date(2025, 8, 31), 6) == dt.date(2025, 2, 28)
    assert _months_before(dt.date(2024, 8, 31), 6) == dt.date(2024, 2, 29)
    assert _months_before(dt.date(2025, 3, 15), 6) == dt.date(2024, 9, 15)
