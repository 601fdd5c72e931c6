"""The real main window driven through the whole deposit for three applicant profiles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QFrame
from support.profiles import CONTACT, IDENTITY


def start(driver: Any, expiry: str = "2027-02-15") -> None:
    driver.click("Primary")  # "Je demande le renouvellement…"
    assert driver.page == "request"
    driver.fill_page({"current_permit.category": "eu_family_member", "current_permit.expiry": expiry})
    driver.next("alert")
    driver.next("preamble")
    assert "Passeport en cours de validité" in driver.visible_text()
    driver.next("identity")
    driver.fill_page(IDENTITY)
    driver.next("contact")
    driver.fill_page(CONTACT)
    driver.next("stay")


def deposit_and_check(driver: Any, store: Any, tmp_path: Path, documents: list[str],
                      files: dict[str, Path]) -> dict[str, Any]:
    assert driver.page == "documents"
    shown = [card.property("code") for card in driver.screen().findChildren(QFrame, "Card")
             if card.property("code")]
    assert shown == documents, "step 3 lists exactly the checklist, in order"
    for code in documents:
        driver.attach(code, files["pdf1"])
    driver.attach("passport", files["png"])
    driver.attach("proof_of_address", files["pdf3"], kind="translation")
    driver.next("review")
    text = driver.visible_text()
    assert "HADDAD" in text and "Leïla Nour" in text
    driver.next("confirmation")
    [dossier] = store.list_dossiers("ready")
    assert dossier.answers["answers"]["identity.surname"] == "HADDAD"
    assert dossier.answers["answers"]["contact.phone"] == "+33612345678"
    codes = sorted({a.requirement for a in dossier.attachments})
    assert codes == sorted(documents)
    pdf_path = driver.window.confirmation_pdf()
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf_path).pages)
    assert "HADDAD" in pdf_text
    assert dossier.id in pdf_text
    assert "en attente de transmission" in pdf_text
    return dossier.answers["answers"]


def test_eu_employee_host_spouse(driver: Any, store: Any, tmp_path: Path, sample_files: dict) -> None:
    start(driver)
    driver.fill("stay.more_than_5_years", False)
    driver.next("host_activity")
    driver.fill("host.activity", "employee")
    driver.next("host")
    driver.fill_page({"host.kind": "eu_with_permit", "host.foreigner_number": "7509876543",
                      "host.permit_type": "eu_citizen", "host.permit_valid_from": "2024-01-10"})
    driver.next("host_identity")
    driver.fill_page({"host.surname": "MÜLLER", "host.given_names": "Jan",
                      "host.birth_date": "1988-02-03", "host.nationality": "DEU"})
    driver.next()
    assert driver.page == "host_identity", "an unconfirmed host identity must block"
    assert "confirmée" in driver.visible_text()
    driver.fill("host.identity_confirmed", True)
    driver.next("relation")
    driver.fill("relation.kind", "spouse_or_partner")
    driver.next("children")
    driver.fill("children", [
        {"surname": "MÜLLER", "given_names": "Sami", "birth_date": "2015-04-02", "nationality": "DEU"},
        {"surname": "MÜLLER", "given_names": "Lina", "birth_date": "2019-09-30", "nationality": "DZA"},
    ])
    driver.next("family")
    driver.fill_page({"family.status": "married", "family.union_date": "2012-06-16",
                      "family.union_country": "FRA"})
    driver.next("documents")  # not married to a French host: no other-state pages
    answers = deposit_and_check(
        driver, store, tmp_path,
        ["passport", "proof_of_address", "marriage_certificate", "host_right_of_stay_5y",
         "host_employment_proof"], sample_files)
    assert [c["given_names"] for c in answers["children"]] == ["Sami", "Lina"]


def test_french_host_with_stay_in_other_state(driver: Any, store: Any, tmp_path: Path,
                                              sample_files: dict) -> None:
    driver.click("Primary")
    driver.fill_page({"current_permit.category": "eu_family_member",
                      "current_permit.expiry": "2026-12-20"})
    driver.next()
    assert driver.page == "request", "a deposit-window warning is shown before going on"
    assert "moins de 2 mois" in driver.visible_text()
    driver.next("alert")
    driver.next("preamble")
    driver.next("identity")
    driver.fill_page(IDENTITY)
    driver.next("contact")
    driver.fill_page(CONTACT)
    driver.next("stay")
    driver.fill("stay.more_than_5_years", False)
    driver.next("host_activity")
    driver.fill("host.activity", "employee")
    driver.next("host")
    driver.fill("host.kind", "french")
    driver.next("host_identity")
    driver.fill_page({"host.surname": "MARTIN", "host.given_names": "Paul",
                      "host.birth_date": "1985-07-14", "host.nationality": "FRA"})
    driver.next("relation")
    driver.fill("relation.kind", "spouse_or_partner")
    driver.next("children")
    driver.next("family")
    driver.fill_page({"family.status": "married", "family.union_date": "2018-03-03",
                      "family.union_country": "DEU"})
    driver.next("other_state")
    driver.fill("other_state.stayed", True)
    driver.next("other_state_details")
    driver.fill_page({"other_state.country": "DEU", "other_state.from": "2018-04-01",
                      "other_state.to": "2018-06-30", "other_state.has_residence_card": True})
    driver.next()
    assert driver.page == "other_state_details", "a stay of 3 months or less must block"
    assert "Conjoint de Français" in driver.visible_text()
    driver.fill("other_state.to", "2019-06-30")
    driver.next("documents")
    deposit_and_check(driver, store, tmp_path,
                      ["passport", "proof_of_address", "other_state_residence_card",
                       "marriage_certificate", "host_identity_document", "host_residence_in_france"],
                      sample_files)


def test_student_host_dependent_descendant(driver: Any, store: Any, tmp_path: Path,
                                           sample_files: dict) -> None:
    start(driver)
    driver.fill("stay.more_than_5_years", True)
    driver.next("host_activity")
    driver.fill("host.activity", "student")
    driver.next("host")
    driver.fill("host.kind", "eu_without_permit")
    driver.next("host_identity")
    driver.fill_page({"host.surname": "ROSSI", "host.given_names": "Marco",
                      "host.birth_date": "1970-01-20", "host.nationality": "ITA"})
    driver.next("relation")
    driver.fill_page({"relation.kind": "descendant", "relation.of": "host",
                      "relation.parent_link": "father", "relation.dependent": False})
    driver.next()
    assert driver.page == "relation", "a student's descendant must be dependent"
    driver.fill("relation.dependent", True)
    driver.next("children")
    driver.next("family")
    driver.fill("family.status", "single")
    driver.next("documents")
    deposit_and_check(driver, store, tmp_path,
                      ["passport", "proof_of_address", "host_identity_document", "dependency_proof",
                       "descendant_birth_certificate", "host_right_of_stay_5y",
                       "continuity_of_stay_5y", "host_enrollment_certificate",
                       "financial_support_proof", "host_health_insurance"], sample_files)


@pytest.mark.parametrize("field,value,message", [
    ("identity.foreigner_number", "12345", "9 ou 10 chiffres"),
    ("identity.birth_date", "2031-01-01", "futur"),
    ("identity.surname", "DUPONT<<JEAN", "lettres"),
])
def test_invalid_answers_are_explained_next_to_the_field(driver: Any, field: str, value: str,
                                                         message: str) -> None:
    driver.click("Primary")
    driver.fill_page({"current_permit.category": "eu_family_member", "current_permit.expiry": "2027-02-15"})
    driver.next("alert")
    driver.next("preamble")
    driver.next("identity")
    driver.fill_page({**IDENTITY, field: value})
    driver.next()
    assert driver.page == "identity"
    editor = driver.editor(field)
    assert editor.error.isVisible() and message in editor.error.text()


def test_impossible_date_is_refused(driver: Any) -> None:
    driver.click("Primary")
    driver.fill("current_permit.category", "eu_family_member")
    editor = driver.editor("current_permit.expiry")
    driver.type_into(editor.input, "30/02/2027")
    driver.next()
    assert driver.page == "request"
    assert "n'existe pas" in editor.error.text()
