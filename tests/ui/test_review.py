"""Step 4: every answer is shown, any section can be reopened and the applicant comes
back to the review; a change that opens new questions leads through them first."""

from __future__ import annotations

from typing import Any

from kiosk.deposit.demo import DEMO_ANSWERS


def at_review(driver: Any, sample_files: dict, **changes: Any) -> None:
    driver.window.start_new()
    session = driver.window.session
    for key, value in {**DEMO_ANSWERS, **changes}.items():
        session.set_answer(key, value)
    for state in session.document_states():
        session.attach(state.item.code, sample_files["pdf1"])
    driver.window.go_to("review")
    assert driver.page == "review"


def test_every_answer_is_on_the_review(driver: Any, sample_files: dict) -> None:
    at_review(driver, sample_files)
    text = driver.visible_text()
    for shown in ("HADDAD", "Leïla Nour", "01/05/1990", "Algérie", "+33612345678",
                  "12 rue des Lilas, 75020, Paris", "Français",
                  "Enfant 1. MARTIN, Sami, 02/04/2019, France", "Allemagne", "30/06/2019",
                  "passeport.pdf"):
        assert shown in text, shown


def test_edit_a_section_then_come_back_to_the_review(driver: Any, sample_files: dict) -> None:
    at_review(driver, sample_files)
    driver.click("edit:identity")
    assert driver.page == "identity"
    assert driver.window.continue_button.text() == "Revenir à la vérification"
    driver.fill("identity.usage_name", "MARTIN")
    driver.next("review")
    assert "Nom d'usage : MARTIN" in driver.visible_text()
    assert driver.window.session.answers["identity.usage_name"] == "MARTIN"


def test_a_change_that_opens_questions_leads_through_them(driver: Any, sample_files: dict) -> None:
    other_state = {k: None for k in DEMO_ANSWERS if k.startswith("other_state.")}
    at_review(driver, sample_files, **{"stay.more_than_5_years": True, **other_state})
    assert "séjourné avec mon conjoint" not in driver.visible_text()
    driver.click("edit:stay")
    driver.fill("stay.more_than_5_years", False)
    driver.next("other_state")
    driver.fill("other_state.stayed", True)
    driver.next("other_state_details")
    driver.fill_page({"other_state.country": "BEL", "other_state.from": "2017-01-01",
                      "other_state.to": "2018-01-01", "other_state.has_residence_card": False})
    driver.next("review")
    text = driver.visible_text()
    assert "Belgique" in text
    assert "Justificatifs du séjour de plus de 3 mois dans l'autre État : MANQUANT" in text
    driver.next()
    assert driver.page == "documents", "depositing with a missing document leads to step 3"


def test_a_change_that_blocks_is_stopped_on_its_page(driver: Any, sample_files: dict) -> None:
    at_review(driver, sample_files)
    driver.click("edit:other_state")
    driver.fill("other_state.stayed", False)
    driver.next()
    assert driver.page == "other_state"
    assert "Conjoint de Français" in driver.visible_text()
