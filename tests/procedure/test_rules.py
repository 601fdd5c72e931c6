"""The rules of /work/shared/PROCEDURE.md (§2 derived values, §3 blockers and warnings,
§4 documents, §7 result shape), tested from the contract through `run_checklist`.

Every rule has at least one case where it fires and one minimal change where it does
not, so that dropping or inverting a rule fails a test.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from support.contract import BLOCKER_ORDER, DOCUMENT_ORDER

from kiosk.procedure.checklist import run_checklist
from kiosk.procedure.errors import AnswerError

D = date.fromisoformat
DEPOSIT = D("2024-06-15")  # in the window of the baseline expiry (2024-05-15 .. 2024-07-15)


DROP = object()  # value for `make` meaning "remove this key"


# --------------------------------------------------------------------------- builder

def _universe() -> dict[str, Any]:
    """Every answer a rule can read, with a value; `make` prunes the hidden ones.

    Pruned with its defaults it is the baseline: an employee EU citizen host holding a
    permit (type "other"), identity confirmed, the applicant is the spouse, married,
    less than 5 years in France, deposit inside the window.
    """
    return {
        "current_permit": {"category": "eu_family_member", "expiry": "2024-09-15"},
        "identity": {"birth_date": "1990-04-12"},
        "contact": {"address_changed": False},
        "stay": {"more_than_5_years": False},
        "host": {
            "activity": "employee",
            "kind": "eu_with_permit",
            "identity_confirmed": True,
            "permit_type": "other",
            "permit_valid_from": "2020-03-01",
        },
        "relation": {
            "kind": "spouse_or_partner",
            "of": "host",
            "parent_link": "father",
            "dependent": True,
        },
        "family": {"status": "married"},
        # shown only for a French host's married spouse with <= 5 years in France;
        # 14 months with a residence card: no blocker
        "other_state": {
            "stayed": True,
            "country": "DEU",
            "from": "2018-01-10",
            "to": "2019-03-20",
            "has_residence_card": True,
        },
    }


def _get(answers: dict, dotted: str, default: Any = None) -> Any:
    node: Any = answers
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def _set(answers: dict, dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = answers
    for part in parents:
        node = node.setdefault(part, {})
    if value is DROP:
        node.pop(last, None)
    else:
        node[last] = value


def prune_hidden(answers: dict) -> dict:
    """Drops the answers to questions that §2 does not show for these answers."""
    a = copy.deepcopy(answers)
    host = a.get("host", {})
    if host.get("kind") != "eu_with_permit":
        for key in ("foreigner_number", "identity_confirmed", "permit_type"):
            host.pop(key, None)
    if host.get("permit_type") != "eu_citizen":
        host.pop("permit_valid_from", None)
    relation = a.get("relation", {})
    if relation.get("kind") not in ("descendant", "ascendant", "dependant"):
        relation.pop("of", None)
    if relation.get("kind") != "descendant":
        relation.pop("parent_link", None)
        relation.pop("dependent", None)
    family = a.get("family", {})
    if family.get("status") not in ("married", "pacs"):
        family.pop("union_date", None)
        family.pop("union_country", None)
    asked = (
        host.get("kind") == "french"
        and family.get("status") == "married"
        and _get(a, "stay.more_than_5_years") is False
    )
    if not asked:
        a.pop("other_state", None)
    elif not _get(a, "other_state.stayed"):
        a["other_state"] = {k: v for k, v in a.get("other_state", {}).items() if k == "stayed"}
    for group in [k for k, v in a.items() if v == {}]:
        del a[group]
    return a


def make(changes: dict[str, Any] | None = None, *, prune: bool = True) -> dict:
    answers = _universe()
    for key, value in (changes or {}).items():
        _set(answers, key, value)
    return prune_hidden(answers) if prune else answers


def run(changes: dict[str, Any] | None = None, deposit: date = DEPOSIT, **kw: Any) -> dict:
    return run_checklist(make(changes, **kw), deposit)


def docs(result: dict) -> dict[str, bool]:
    return {d["code"]: d["required"] for d in result["documents"]}


def doc_codes(result: dict) -> list[str]:
    return [d["code"] for d in result["documents"]]


# shorthands for frequent variants
FRENCH = {"host.kind": "french"}  # married spouse, stayed 14 months with a card
EU_WITHOUT = {"host.kind": "eu_without_permit"}


def french_stay(frm: str, to: str, card: bool = True, **extra: Any) -> dict[str, Any]:
    return {**FRENCH, "other_state.stayed": True, "other_state.from": frm,
            "other_state.to": to, "other_state.has_residence_card": card, **extra}


# --------------------------------------------------------------------------- baseline

def test_builder_baseline_is_clean_and_minimal():
    assert make() == {
        "current_permit": {"category": "eu_family_member", "expiry": "2024-09-15"},
        "identity": {"birth_date": "1990-04-12"},
        "contact": {"address_changed": False},
        "stay": {"more_than_5_years": False},
        "host": {"activity": "employee", "kind": "eu_with_permit",
                 "identity_confirmed": True, "permit_type": "other"},
        "relation": {"kind": "spouse_or_partner"},
        "family": {"status": "married"},
    }


def test_baseline_exact_result():
    assert run() == {
        "eligible": True,
        "blockers": [],
        "warnings": [],
        "documents": [
            {"code": "passport", "required": True},
            {"code": "proof_of_address", "required": True},
            {"code": "marriage_certificate", "required": True},
            {"code": "host_right_of_stay_5y", "required": True},
            {"code": "host_employment_proof", "required": True},
        ],
    }


def test_result_shape_is_exactly_the_machine_contract():
    result = run({"contact.address_changed": True})
    assert set(result) == {"eligible", "blockers", "warnings", "documents"}
    assert isinstance(result["eligible"], bool)
    assert all(isinstance(c, str) for c in result["blockers"] + result["warnings"])
    for entry in result["documents"]:
        assert set(entry) == {"code", "required"}
        assert isinstance(entry["required"], bool)


def test_input_answers_are_not_mutated():
    answers = make(french_stay("2018-01-10", "2018-02-01"))
    before = copy.deepcopy(answers)
    run_checklist(answers, DEPOSIT)
    assert answers == before


def test_shown_keys_no_rule_reads_are_accepted_and_change_nothing():
    full = make({
        "identity.surname": "Rossi",
        "identity.given_names": "Maria Grazia",
        "identity.usage_name": "Bianchi",
        "identity.sex": "F",
        "identity.nationality": "MAR",
        "identity.foreigner_number": "1234567890",
        "identity.passport_number": "AB1234567",
        "identity.passport_expiry": "2030-01-31",
        "contact.address": {"line1": "12 rue de la Paix", "postcode": "75002",
                            "city": "Paris"},
        "contact.phone": "+33612345678",
        "contact.email": "maria@example.org",
        "ephoto.code": "ABCD1234EFGH5678",
        "host.foreigner_number": "123456789",
        "host.surname": "Rossi",
        "host.given_names": "Marco",
        "host.birth_date": "1988-09-30",
        "host.nationality": "ITA",
        "children": [{"surname": "Rossi", "given_names": "Luca",
                      "birth_date": "2015-03-02", "nationality": "ITA"}],
        "family.union_date": "2015-06-20",
        "family.union_country": "ITA",
    })
    assert run_checklist(full, DEPOSIT) == run()


def test_keys_no_rule_reads_may_be_omitted():
    # relation.of / relation.parent_link are shown for a descendant but no rule reads them
    result = run({"relation.kind": "descendant", "relation.of": DROP,
                  "relation.parent_link": DROP})
    assert result == run({"relation.kind": "descendant"})
    assert result["eligible"] is True


# --------------------------------------------------------------------------- §3 blockers

BLOCKER_CASES = [
    # (code, changes where it fires, minimal changes where it does not)
    ("procedure_reserved", {"current_permit.category": "other"}, {}),
    ("address_change_first", {"contact.address_changed": True}, {}),
    ("student_host_excludes_ascendant",
     {"host.activity": "student", "relation.kind": "ascendant"},
     {"host.activity": "employee", "relation.kind": "ascendant"}),
    ("student_host_excludes_ascendant",
     {"host.activity": "student", "relation.kind": "ascendant"},
     {"host.activity": "student", "relation.kind": "dependant"}),
    ("student_host_requires_dependent_descendant",
     {"host.activity": "student", "relation.kind": "descendant", "relation.dependent": False},
     {"host.activity": "student", "relation.kind": "descendant", "relation.dependent": True}),
    ("student_host_requires_dependent_descendant",
     {"host.activity": "student", "relation.kind": "descendant", "relation.dependent": False},
     {"host.activity": "retired_or_inactive", "relation.kind": "descendant",
      "relation.dependent": False}),
    ("french_host_requires_spouse",
     {**FRENCH, "relation.kind": "descendant"},
     {**FRENCH, "relation.kind": "spouse_or_partner"}),
    ("french_host_requires_spouse",
     {**FRENCH, "relation.kind": "dependant"},
     {**EU_WITHOUT, "relation.kind": "dependant"}),
    ("french_host_requires_spouse",
     {**FRENCH, "relation.kind": "ascendant", "family.status": "single"},
     {**FRENCH, "relation.kind": "spouse_or_partner", "family.status": "single"}),
    ("french_spouse_other_state_required",
     {**FRENCH, "other_state.stayed": False},
     {**FRENCH, "other_state.stayed": True}),
    ("french_spouse_other_state_required",
     {**FRENCH, "other_state.stayed": False},
     {**FRENCH, "other_state.stayed": False, "stay.more_than_5_years": True}),
    ("french_spouse_other_state_required",
     {**FRENCH, "other_state.stayed": False},
     {**FRENCH, "other_state.stayed": False, "family.status": "pacs"}),
    ("french_spouse_other_state_required",
     {**FRENCH, "other_state.stayed": False},
     {**EU_WITHOUT, "other_state.stayed": False}),
    ("french_spouse_other_state_required",
     french_stay("2023-01-15", "2023-04-15"),
     french_stay("2023-01-15", "2023-05-15")),
    ("host_identity_unconfirmed", {"host.identity_confirmed": False}, {}),
    ("host_identity_unconfirmed",
     {"host.identity_confirmed": False},
     {"host.identity_confirmed": False, "host.kind": "eu_without_permit"}),
]


@pytest.mark.parametrize(("code", "fires", "quiet"), BLOCKER_CASES)
def test_blocker_fires_and_a_minimal_change_silences_it(code, fires, quiet):
    on = run(fires)
    off = run(quiet)
    assert code in on["blockers"]
    assert on["eligible"] is False
    assert code not in off["blockers"]


@pytest.mark.parametrize("code", BLOCKER_ORDER)
def test_each_blocker_alone_makes_the_applicant_ineligible(code):
    fires = next(case[1] for case in BLOCKER_CASES if case[0] == code)
    result = run(fires)
    assert result["blockers"] == [code]
    assert result["eligible"] is False


@pytest.mark.parametrize("code", BLOCKER_ORDER)
def test_each_blocker_fires_without_the_hidden_answers(code):
    fires = next(case[1] for case in BLOCKER_CASES if case[0] == code)
    assert run(fires, prune=False)["blockers"] == run(fires)["blockers"]


def test_student_host_with_spouse_or_dependant_is_not_blocked():
    for kind in ("spouse_or_partner", "dependant"):
        assert run({"host.activity": "student", "relation.kind": kind})["blockers"] == []


def test_blockers_follow_section_3_order_first_combination():
    result = run({
        "current_permit.category": "other",
        "contact.address_changed": True,
        "host.activity": "student",
        "relation.kind": "ascendant",
        "host.kind": "french",
        "other_state.stayed": False,
    })
    assert result["blockers"] == [
        "procedure_reserved",
        "address_change_first",
        "student_host_excludes_ascendant",
        "french_host_requires_spouse",
        "french_spouse_other_state_required",
    ]
    assert result["eligible"] is False


def test_blockers_follow_section_3_order_second_combination():
    result = run({
        "current_permit.category": "other",
        "contact.address_changed": True,
        "host.activity": "student",
        "relation.kind": "descendant",
        "relation.dependent": False,
        "host.identity_confirmed": False,
    })
    assert result["blockers"] == [
        "procedure_reserved",
        "address_change_first",
        "student_host_requires_dependent_descendant",
        "host_identity_unconfirmed",
    ]


def test_blockers_do_not_suppress_documents_or_warnings():
    blocked = run({"contact.address_changed": True}, deposit=D("2024-09-20"))
    free = run({}, deposit=D("2024-09-20"))
    assert blocked["documents"] == free["documents"]
    assert blocked["warnings"] == free["warnings"] == ["permit_expired"]


# ---------------------------------------------- other_state_months (§2) through its blocker

OTHER_STATE_SPANS = [
    # (from, to, months, blocked)
    ("2023-01-15", "2023-04-15", 3, True),    # exactly 3 months
    ("2023-01-15", "2023-04-16", 3, True),    # 3 months + 1 day
    ("2023-01-15", "2023-05-14", 3, True),    # one day short of 4 months
    ("2023-01-15", "2023-05-15", 4, False),   # exactly 4 months
    ("2023-01-15", "2023-01-15", 0, True),
    ("2023-01-31", "2023-02-28", 1, True),    # 31 January + 1 month = 28 February
    ("2023-01-31", "2023-04-30", 3, True),    # + 3 months clamps to 30 April
    ("2023-01-31", "2023-05-29", 3, True),    # from + n, not repeated + 1 month
    ("2023-01-31", "2023-05-30", 3, True),
    ("2023-01-31", "2023-05-31", 4, False),
    ("2023-10-31", "2024-02-28", 3, True),
    ("2023-10-31", "2024-02-29", 4, False),   # clamps to 29 February in a leap year
    ("2022-10-31", "2023-02-28", 4, False),   # clamps to 28 February in a common year
    ("2023-11-30", "2024-02-29", 3, True),
    ("2023-11-30", "2024-03-29", 3, True),
    ("2023-11-30", "2024-03-30", 4, False),
    ("2012-05-01", "2019-09-01", 88, False),
]


@pytest.mark.parametrize(("frm", "to", "months", "blocked"), OTHER_STATE_SPANS)
def test_other_state_months_threshold(frm, to, months, blocked):
    for card in (True, False):
        result = run(french_stay(frm, to, card))
        assert ("french_spouse_other_state_required" in result["blockers"]) is blocked, (
            frm, to, months, card)
        assert result["eligible"] is not blocked


def test_other_state_not_stayed_blocks_even_with_hidden_long_stay():
    result = run({**FRENCH, "other_state.stayed": False}, prune=False)
    assert result["blockers"] == ["french_spouse_other_state_required"]
    assert result == run({**FRENCH, "other_state.stayed": False})


# --------------------------------------------------------------------------- §3 warnings

WINDOW_CASES = [
    # (expiry, deposit, warnings); the window is [expiry - 4 months, expiry - 2 months]
    ("2024-09-15", "2023-01-01", ["deposit_too_early"]),
    ("2024-09-15", "2024-05-14", ["deposit_too_early"]),
    ("2024-09-15", "2024-05-15", []),                    # expiry - 4 months exactly
    ("2024-09-15", "2024-06-15", []),
    ("2024-09-15", "2024-07-15", []),                    # expiry - 2 months exactly
    ("2024-09-15", "2024-07-16", ["deposit_late"]),
    ("2024-09-15", "2024-09-14", ["deposit_late"]),
    ("2024-09-15", "2024-09-15", ["deposit_late"]),      # the expiry itself: late, not expired
    ("2024-09-15", "2024-09-16", ["permit_expired"]),
    ("2024-09-15", "2026-01-01", ["permit_expired"]),
    # year boundary
    ("2024-01-15", "2023-09-14", ["deposit_too_early"]),
    ("2024-01-15", "2023-09-15", []),
    ("2024-01-15", "2023-11-15", []),
    ("2024-01-15", "2023-11-16", ["deposit_late"]),
    # clamping: 30 June - 4 months = 29 February (leap) / 28 February (common)
    ("2024-06-30", "2024-02-28", ["deposit_too_early"]),
    ("2024-06-30", "2024-02-29", []),
    ("2023-06-30", "2023-02-27", ["deposit_too_early"]),
    ("2023-06-30", "2023-02-28", []),
    ("2023-06-30", "2023-04-30", []),
    ("2023-06-30", "2023-05-01", ["deposit_late"]),
    # 30 April - 2 months = 28 February / 29 February
    ("2023-04-30", "2023-02-28", []),
    ("2023-04-30", "2023-03-01", ["deposit_late"]),
    ("2024-04-30", "2024-02-29", []),
    ("2024-04-30", "2024-03-01", ["deposit_late"]),
    # 31 August - 2 months = 30 June; - 4 months = 30 April
    ("2023-08-31", "2023-04-29", ["deposit_too_early"]),
    ("2023-08-31", "2023-04-30", []),
    ("2023-08-31", "2023-06-30", []),
    ("2023-08-31", "2023-07-01", ["deposit_late"]),
    # 31 October - 4 months = 30 June; - 2 months = 31 August
    ("2023-10-31", "2023-06-29", ["deposit_too_early"]),
    ("2023-10-31", "2023-06-30", []),
    ("2023-10-31", "2023-08-31", []),
    ("2023-10-31", "2023-09-01", ["deposit_late"]),
    # 29 February expiry
    ("2024-02-29", "2023-10-28", ["deposit_too_early"]),
    ("2024-02-29", "2023-10-29", []),
    ("2024-02-29", "2023-12-29", []),
    ("2024-02-29", "2023-12-30", ["deposit_late"]),
    ("2024-02-29", "2024-02-29", ["deposit_late"]),
    ("2024-02-29", "2024-03-01", ["permit_expired"]),
]


@pytest.mark.parametrize(("expiry", "deposit", "warnings"), WINDOW_CASES)
def test_deposit_window_warnings(expiry, deposit, warnings):
    result = run({"current_permit.expiry": expiry}, deposit=D(deposit))
    assert result["warnings"] == warnings
    # warnings never block
    assert result["blockers"] == []
    assert result["eligible"] is True


def test_warnings_and_blockers_together():
    result = run({"current_permit.category": "other", "current_permit.expiry": "2024-06-01"})
    assert result["warnings"] == ["permit_expired"]
    assert result["blockers"] == ["procedure_reserved"]
    assert result["eligible"] is False


def test_warnings_do_not_change_documents():
    base = run()
    for deposit in ("2023-01-01", "2024-08-01", "2025-01-01"):
        assert run(deposit=D(deposit))["documents"] == base["documents"]


# --------------------------------------------------------------------------- §4 documents

# (code, changes, deposit, expected): expected True = required, False = optional,
# None = absent. Each code has cases on both sides of its condition.
DOCUMENT_CASES: list[tuple[str, dict[str, Any], str, bool | None]] = [
    # other state (French host, married, <= 5 years in France, stayed > 3 months)
    ("other_state_residence_card", french_stay("2018-01-10", "2019-03-20", True), None, True),
    ("other_state_residence_card", french_stay("2018-01-10", "2019-03-20", False), None, None),
    ("other_state_residence_card", {**FRENCH, "other_state.stayed": False}, None, None),
    ("other_state_residence_proofs", french_stay("2018-01-10", "2019-03-20", False), None,
     True),
    ("other_state_residence_proofs", french_stay("2018-01-10", "2019-03-20", True), None, None),
    ("other_state_residence_proofs",
     {**FRENCH, "other_state.stayed": False, "other_state.has_residence_card": False},
     None, None),
    # family
    ("marriage_certificate", {}, None, True),
    ("marriage_certificate", {"family.status": "pacs"}, None, None),
    ("marriage_certificate", {"family.status": "divorced"}, None, None),
    ("pacs_certificate", {"family.status": "pacs"}, None, True),
    ("pacs_certificate", {}, None, None),
    ("cohabitation_proof", {"family.status": "cohabiting"}, None, True),
    ("cohabitation_proof", {"family.status": "single"}, None, None),
    ("cohabitation_proof", {"family.status": "separated"}, None, None),
    ("host_identity_document", FRENCH, None, True),
    ("host_identity_document", EU_WITHOUT, None, True),
    ("host_identity_document", {}, None, None),
    ("dependency_proof", {"relation.kind": "dependant"}, None, True),
    ("dependency_proof", {"relation.kind": "ascendant"}, None, True),
    ("dependency_proof", {}, None, None),
    ("dependency_proof", {"relation.kind": "descendant", "identity.birth_date": "2010-01-01",
                          "host.activity": "student"}, None, True),
    ("dependency_proof", {"relation.kind": "descendant", "identity.birth_date": "2010-01-01",
                          "host.activity": "employee"}, None, None),
    ("dependency_proof", {"relation.kind": "descendant", "identity.birth_date": "2003-06-15"},
     None, True),
    ("dependency_proof", {"relation.kind": "descendant", "identity.birth_date": "2003-06-16"},
     None, None),
    ("ascendant_link_proof", {"relation.kind": "ascendant"}, None, True),
    ("ascendant_link_proof", {"relation.kind": "dependant"}, None, None),
    ("descendant_birth_certificate", {"relation.kind": "descendant"}, None, True),
    ("descendant_birth_certificate", {"relation.kind": "dependant"}, None, None),
    # motive
    ("host_right_of_stay_5y", {}, None, True),
    ("host_right_of_stay_5y", {"host.permit_type": "permanent"}, None, None),
    ("host_right_of_stay_5y", {"host.permit_type": "eu_citizen"}, None, True),
    ("host_right_of_stay_5y", {"host.permit_type": "eu_citizen",
                               "host.permit_valid_from": "2024-01-01"}, None, True),
    ("host_right_of_stay_5y", EU_WITHOUT, None, True),
    ("host_right_of_stay_5y", FRENCH, None, None),
    ("continuity_of_stay_5y", {"stay.more_than_5_years": True}, None, True),
    ("continuity_of_stay_5y", {}, None, None),
    ("host_residence_in_france", FRENCH, None, True),
    ("host_residence_in_france", EU_WITHOUT, None, None),
    ("host_no_absence_statement", {"host.permit_type": "permanent"}, None, True),
    ("host_no_absence_statement", {}, None, None),
    ("host_no_absence_statement", {"host.permit_type": "eu_citizen"}, None, None),
    ("host_enrollment_certificate", {"host.activity": "student"}, None, True),
    ("host_enrollment_certificate", {**EU_WITHOUT, "host.activity": "student"}, None, True),
    ("host_enrollment_certificate", {}, None, None),
    ("host_enrollment_certificate", {**FRENCH, "host.activity": "student"}, None, None),
    ("financial_support_proof", {"host.activity": "student"}, None, True),
    ("financial_support_proof", {}, None, None),
    ("financial_support_proof", {**FRENCH, "host.activity": "student"}, None, None),
    ("financial_support_proof", {"relation.kind": "dependant"}, None, True),
    ("financial_support_proof", {"relation.kind": "ascendant"}, None, True),
    ("financial_support_proof", {"relation.kind": "dependant",
                                 "host.activity": "self_employed"}, None, None),
    ("financial_support_proof", {"relation.kind": "dependant",
                                 "host.activity": "retired_or_inactive"}, None, None),
    ("financial_support_proof", {"relation.kind": "descendant",
                                 "identity.birth_date": "2003-06-15"}, None, True),
    ("financial_support_proof", {"relation.kind": "descendant",
                                 "identity.birth_date": "2003-06-16"}, None, None),
    ("financial_support_proof", {"relation.kind": "descendant", "host.activity": "student",
                                 "identity.birth_date": "2010-01-01"}, None, True),
    ("host_employment_proof", {}, None, True),
    ("host_employment_proof", {"host.activity": "self_employed"}, None, None),
    ("host_employment_proof", FRENCH, None, None),
    ("host_self_employment_proof", {"host.activity": "self_employed"}, None, True),
    ("host_self_employment_proof", {}, None, None),
    ("host_self_employment_proof", {**FRENCH, "host.activity": "self_employed"}, None, None),
    ("host_involuntary_inactivity_proof", {"host.activity": "involuntary_inactivity"}, None,
     True),
    ("host_involuntary_inactivity_proof", {}, None, None),
    ("host_involuntary_inactivity_proof",
     {**FRENCH, "host.activity": "involuntary_inactivity"}, None, None),
    ("host_health_insurance", {"host.activity": "student"}, None, True),
    ("host_health_insurance", {"host.activity": "retired_or_inactive"}, None, True),
    ("host_health_insurance", {**EU_WITHOUT, "host.activity": "retired_or_inactive"}, None,
     True),
    ("host_health_insurance", {}, None, None),
    ("host_health_insurance", {"host.activity": "involuntary_inactivity"}, None, None),
    ("host_health_insurance", {"host.activity": "self_employed"}, None, None),
    ("host_health_insurance", {"host.activity": "student", "host.permit_type": "permanent"},
     None, None),
    ("host_health_insurance", {**FRENCH, "host.activity": "retired_or_inactive"}, None, None),
    ("host_health_insurance", {"host.activity": "student", "host.permit_type": "eu_citizen",
                               "host.permit_valid_from": "2023-11-15"}, None, None),
    ("host_health_insurance", {"host.activity": "student", "host.permit_type": "eu_citizen",
                               "host.permit_valid_from": "2023-11-14"}, None, True),
    ("host_resources", {"host.activity": "retired_or_inactive"}, None, False),
    ("host_resources", {**EU_WITHOUT, "host.activity": "retired_or_inactive"}, None, False),
    ("host_resources", {}, None, None),
    ("host_resources", {"host.activity": "student"}, None, None),
    ("host_resources", {"host.activity": "retired_or_inactive",
                        "host.permit_type": "permanent"}, None, None),
    ("host_resources", {**FRENCH, "host.activity": "retired_or_inactive"}, None, None),
    ("host_resources", {"host.activity": "retired_or_inactive", "host.permit_type": "eu_citizen",
                        "host.permit_valid_from": "2023-11-15"}, None, None),
    ("host_resources", {"host.activity": "retired_or_inactive", "host.permit_type": "eu_citizen",
                        "host.permit_valid_from": "2023-11-14"}, None, False),
]


def _case_id(case: tuple) -> str:
    code, changes, _, expected = case
    state = {True: "required", False: "optional", None: "absent"}[expected]
    detail = ",".join(f"{k}={v}" for k, v in changes.items()) or "baseline"
    return f"{code}-{state}-{detail}"


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=[_case_id(c) for c in DOCUMENT_CASES])
def test_document_requirement(case):
    code, changes, deposit, expected = case
    result = run(changes, deposit=D(deposit) if deposit else DEPOSIT)
    assert docs(result).get(code) is expected
    # and the invariants that hold for every result
    assert docs(result)["passport"] is True
    assert docs(result)["proof_of_address"] is True
    codes = doc_codes(result)
    assert codes == [c for c in DOCUMENT_ORDER if c in codes]


def test_every_document_code_is_covered_both_ways():
    present = {c for c, _, _, e in DOCUMENT_CASES if e is not None}
    absent = {c for c, _, _, e in DOCUMENT_CASES if e is None}
    conditional = set(DOCUMENT_ORDER) - {"passport", "proof_of_address"}
    assert present >= conditional
    assert absent >= conditional


def test_every_blocker_code_is_covered():
    assert {case[0] for case in BLOCKER_CASES} == set(BLOCKER_ORDER)


@pytest.mark.parametrize("changes", [
    {},
    FRENCH,
    {**FRENCH, "other_state.stayed": False, "relation.kind": "descendant",
     "family.status": "widowed"},
    {"current_permit.category": "other", "contact.address_changed": True},
    {**EU_WITHOUT, "host.activity": "retired_or_inactive", "relation.kind": "dependant"},
])
def test_passport_and_proof_of_address_always_required_first(changes):
    assert run(changes)["documents"][:2] == [
        {"code": "passport", "required": True},
        {"code": "proof_of_address", "required": True},
    ]


def test_documents_exact_french_spouse_without_card():
    result = run(french_stay("2018-01-10", "2019-03-20", card=False))
    assert result == {
        "eligible": True,
        "blockers": [],
        "warnings": [],
        "documents": [
            {"code": "passport", "required": True},
            {"code": "proof_of_address", "required": True},
            {"code": "other_state_residence_proofs", "required": True},
            {"code": "marriage_certificate", "required": True},
            {"code": "host_identity_document", "required": True},
            {"code": "host_residence_in_france", "required": True},
        ],
    }


def test_documents_exact_retired_eu_host_without_permit_dependant_cohabiting():
    result = run({**EU_WITHOUT, "host.activity": "retired_or_inactive",
                  "relation.kind": "dependant", "family.status": "cohabiting",
                  "stay.more_than_5_years": True})
    assert result["eligible"] is True
    assert result["documents"] == [
        {"code": "passport", "required": True},
        {"code": "proof_of_address", "required": True},
        {"code": "cohabitation_proof", "required": True},
        {"code": "host_identity_document", "required": True},
        {"code": "dependency_proof", "required": True},
        {"code": "host_right_of_stay_5y", "required": True},
        {"code": "continuity_of_stay_5y", "required": True},
        {"code": "host_health_insurance", "required": True},
        {"code": "host_resources", "required": False},
    ]


def test_documents_exact_student_host_permanent_adult_descendant():
    result = run({"host.activity": "student", "host.permit_type": "permanent",
                  "relation.kind": "descendant", "relation.dependent": True,
                  "identity.birth_date": "2002-01-01", "family.status": "single"})
    assert result["blockers"] == []
    assert doc_codes(result) == [
        "passport",
        "proof_of_address",
        "dependency_proof",
        "descendant_birth_certificate",
        "host_no_absence_statement",
        "host_enrollment_certificate",
        "financial_support_proof",
    ]
    assert all(d["required"] for d in result["documents"])


def test_documents_exact_ascendant_pacs_employee_eu_citizen_permit():
    result = run({"relation.kind": "ascendant", "family.status": "pacs",
                  "host.permit_type": "eu_citizen", "stay.more_than_5_years": True})
    assert doc_codes(result) == [
        "passport",
        "proof_of_address",
        "pacs_certificate",
        "dependency_proof",
        "ascendant_link_proof",
        "host_right_of_stay_5y",
        "continuity_of_stay_5y",
        "financial_support_proof",
        "host_employment_proof",
    ]


def test_no_duplicate_documents_when_several_conditions_hold():
    # dependency_proof: descendant with a student host AND aged >= 21
    result = run({"host.activity": "student", "relation.kind": "descendant",
                  "identity.birth_date": "1995-01-01"})
    codes = doc_codes(result)
    assert len(codes) == len(set(codes))
    assert codes.count("dependency_proof") == 1


# ------------------------------------------------ applicant_age (§2) through its effects

def _adult_descendant_docs(birth: str, deposit: str) -> tuple[bool, bool]:
    """(dependency_proof, financial_support_proof) for a descendant of an employee host."""
    result = run({"relation.kind": "descendant", "identity.birth_date": birth},
                 deposit=D(deposit))
    codes = doc_codes(result)
    return "dependency_proof" in codes, "financial_support_proof" in codes


@pytest.mark.parametrize(("birth", "deposit", "is_21"), [
    ("2003-06-15", "2024-06-15", True),    # 21st birthday on the deposit date
    ("2003-06-15", "2024-06-14", False),   # the day before
    ("2003-06-16", "2024-06-15", False),
    ("2003-06-14", "2024-06-15", True),
    ("1990-01-01", "2024-06-15", True),
    ("2015-01-01", "2024-06-15", False),
    ("2004-02-29", "2025-02-28", False),   # 29 February: counts from 1 March in common years
    ("2004-02-29", "2025-03-01", True),
    ("2000-02-29", "2021-02-28", False),
    ("2000-02-29", "2021-03-01", True),
    ("2003-03-01", "2024-02-29", False),
    ("2003-03-01", "2024-03-01", True),
    ("2003-02-28", "2024-02-28", True),
    ("2003-02-28", "2024-02-27", False),
    ("2003-12-31", "2024-12-31", True),
    ("2003-12-31", "2024-12-30", False),
])
def test_applicant_age_21_threshold(birth, deposit, is_21):
    assert _adult_descendant_docs(birth, deposit) == (is_21, is_21)


def test_birth_date_changes_nothing_for_a_spouse():
    # birth date changes nothing for a spouse (no rule reads applicant_age for them)
    assert run({"identity.birth_date": "2010-01-01"}) == run()


# ------------------------------------------------ host_permit_recent (§2) through its effects

def _recent_effects(valid_from: str, deposit: str) -> tuple[bool | None, bool | None]:
    result = run({"host.activity": "retired_or_inactive", "host.permit_type": "eu_citizen",
                  "host.permit_valid_from": valid_from}, deposit=D(deposit))
    d = docs(result)
    return d.get("host_health_insurance"), d.get("host_resources")


NOT_RECENT = (True, False)  # health insurance required, resources optional
RECENT = (None, None)


@pytest.mark.parametrize(("valid_from", "deposit", "expected"), [
    ("2023-11-15", "2024-06-15", RECENT),       # exactly 7 months
    ("2023-11-14", "2024-06-15", NOT_RECENT),   # 7 months + 1 day
    ("2023-11-16", "2024-06-15", RECENT),
    ("2024-06-15", "2024-06-15", RECENT),       # valid from the deposit date itself
    ("2020-01-01", "2024-06-15", NOT_RECENT),
    ("2023-07-31", "2024-02-29", RECENT),       # 31 July + 7 months = 29 February (leap)
    ("2023-07-31", "2024-03-01", NOT_RECENT),
    ("2022-07-31", "2023-02-28", RECENT),       # ... = 28 February (common)
    ("2022-07-31", "2023-03-01", NOT_RECENT),
    ("2024-02-29", "2024-09-29", RECENT),       # 29 February + 7 months = 29 September
    ("2024-02-29", "2024-09-30", NOT_RECENT),   # deposit - 7 months would wrongly say recent
    ("2023-08-31", "2024-03-31", RECENT),
    ("2023-08-31", "2024-04-01", NOT_RECENT),
])
def test_host_permit_recent_seven_months(valid_from, deposit, expected):
    assert _recent_effects(valid_from, deposit) == expected


def test_host_permit_recent_needs_eu_citizen_permit_type():
    # a recent date under another permit type is hidden and ignored
    result = run({"host.activity": "retired_or_inactive", "host.permit_type": "other",
                  "host.permit_valid_from": "2024-06-01"}, prune=False)
    assert docs(result).get("host_health_insurance") is True
    assert docs(result).get("host_resources") is False


# --------------------------------------------------------------------------- hidden answers

HIDDEN_CASES = [
    # French host: host.permit_type / identity_confirmed are not shown
    {**FRENCH, "host.permit_type": "permanent", "host.identity_confirmed": False,
     "host.activity": "retired_or_inactive"},
    {**FRENCH, "host.permit_type": "eu_citizen", "host.permit_valid_from": "2024-06-01",
     "host.activity": "student"},
    # EU host without permit: permit_type not shown (permanent would remove documents)
    {**EU_WITHOUT, "host.permit_type": "permanent", "host.identity_confirmed": False,
     "host.activity": "retired_or_inactive"},
    {**EU_WITHOUT, "host.permit_type": "eu_citizen", "host.permit_valid_from": "2024-06-01",
     "host.activity": "student"},
    # other_state not asked (> 5 years / not married / EU host), given anyway
    {**FRENCH, "stay.more_than_5_years": True, "other_state.stayed": False},
    {**FRENCH, "family.status": "pacs", "other_state.stayed": True,
     "other_state.from": "2023-01-01", "other_state.to": "2023-01-02"},
    {**FRENCH, "family.status": "cohabiting", "other_state.has_residence_card": False},
    {"other_state.stayed": False},
    {"other_state.stayed": True, "other_state.has_residence_card": True},
    # other_state.stayed false: the details of the stay are not shown
    {**FRENCH, "other_state.stayed": False, "other_state.has_residence_card": True},
    {**FRENCH, "other_state.stayed": False, "other_state.has_residence_card": False},
    # relation.dependent only for a descendant
    {"host.activity": "student", "relation.dependent": False},
    {"host.activity": "student", "relation.kind": "dependant", "relation.dependent": False},
    # union date / country only when married or pacs
    {"family.status": "cohabiting", "family.union_date": "2010-01-01",
     "family.union_country": "FRA"},
    # permit_valid_from only for an EU-citizen permit
    {"host.activity": "student", "host.permit_valid_from": "2024-06-01"},
]


@pytest.mark.parametrize("changes", HIDDEN_CASES)
def test_hidden_answers_change_nothing(changes):
    with_hidden = make(changes, prune=False)
    without = make(changes)
    assert with_hidden != without  # the case really carries hidden answers
    assert run_checklist(with_hidden, DEPOSIT) == run_checklist(without, DEPOSIT)


def test_hidden_permit_type_does_not_remove_documents_for_eu_host_without_permit():
    result = run({**EU_WITHOUT, "host.permit_type": "permanent",
                  "host.activity": "retired_or_inactive"}, prune=False)
    d = docs(result)
    assert d.get("host_right_of_stay_5y") is True
    assert "host_no_absence_statement" not in d
    assert d.get("host_health_insurance") is True
    assert d.get("host_resources") is False


def test_hidden_other_state_answers_neither_block_nor_add_documents():
    result = run({**FRENCH, "stay.more_than_5_years": True, "other_state.stayed": False},
                 prune=False)
    assert result["blockers"] == []
    result = run({"other_state.stayed": True, "other_state.has_residence_card": True},
                 prune=False)
    assert "other_state_residence_card" not in docs(result)


def test_hidden_identity_confirmation_is_ignored_for_french_host():
    result = run({**FRENCH, "host.identity_confirmed": False}, prune=False)
    assert "host_identity_unconfirmed" not in result["blockers"]


def test_hidden_questions_may_be_left_unanswered():
    # French host: no permit_type, no identity_confirmed; EU host with "other" permit:
    # no permit_valid_from; spouse: no relation.*; EU host: no other_state
    for changes in (FRENCH, EU_WITHOUT, {}, {"stay.more_than_5_years": True}):
        answers = make(changes)
        run_checklist(answers, DEPOSIT)  # must not raise


# --------------------------------------------------------------------------- malformed answers

def _raises_on(answers: dict, key: str) -> None:
    with pytest.raises(AnswerError) as info:
        run_checklist(answers, DEPOSIT)
    assert info.value.key == key


@pytest.mark.parametrize("key", [
    "current_permit.category",
    "current_permit.expiry",
    "contact.address_changed",
    "stay.more_than_5_years",
    "host.activity",
    "host.kind",
    "relation.kind",
    "family.status",
    "host.identity_confirmed",
    "host.permit_type",
])
def test_missing_shown_key_a_rule_needs(key):
    _raises_on(make({key: DROP}), key)


@pytest.mark.parametrize(("changes", "key"), [
    ({"relation.kind": "descendant", "relation.dependent": DROP, "host.activity": "student"},
     "relation.dependent"),
    ({"relation.kind": "descendant", "identity.birth_date": DROP}, "identity.birth_date"),
    ({**FRENCH, "other_state.stayed": DROP}, "other_state.stayed"),
    ({**FRENCH, "other_state.from": DROP}, "other_state.from"),
    ({**FRENCH, "other_state.to": DROP}, "other_state.to"),
    ({**FRENCH, "other_state.has_residence_card": DROP}, "other_state.has_residence_card"),
    ({"host.activity": "retired_or_inactive", "host.permit_type": "eu_citizen",
      "host.permit_valid_from": DROP}, "host.permit_valid_from"),
])
def test_missing_conditionally_shown_key_a_rule_needs(changes, key):
    _raises_on(make(changes), key)


@pytest.mark.parametrize(("changes", "key"), [
    ({"host.colour": "blue"}, "host.colour"),
    ({"relation.cousin": True}, "relation.cousin"),
    ({**FRENCH, "other_state.nickname": "x"}, "other_state.nickname"),
])
def test_unknown_key(changes, key):
    _raises_on(make(changes), key)


def test_unknown_top_level_key():
    answers = make()
    answers["colour"] = "blue"
    with pytest.raises(AnswerError) as info:
        run_checklist(answers, DEPOSIT)
    assert info.value.key.startswith("colour")


@pytest.mark.parametrize(("key", "value"), [
    ("host.kind", "martian"),
    ("host.activity", "astronaut"),
    ("relation.kind", "cousin"),
    ("family.status", "engaged"),
    ("current_permit.category", "student"),
    ("host.permit_type", "temporary"),
    ("host.kind", "French"),
])
def test_wrong_enum_value(key, value):
    _raises_on(make({key: value}), key)


@pytest.mark.parametrize(("key", "value"), [
    ("contact.address_changed", "no"),
    ("contact.address_changed", "false"),
    ("stay.more_than_5_years", None),
    ("host.identity_confirmed", "true"),
    ("host.kind", 3),
    ("current_permit.expiry", 20240915),
    ("current_permit.expiry", "15/09/2024"),
])
def test_wrong_type(key, value):
    _raises_on(make({key: value}), key)


@pytest.mark.parametrize(("changes", "key"), [
    ({"current_permit.expiry": "2023-02-30"}, "current_permit.expiry"),
    ({"current_permit.expiry": "2023-02-29"}, "current_permit.expiry"),
    ({"identity.birth_date": "1990-13-01"}, "identity.birth_date"),
    ({**FRENCH, "other_state.from": "2018-04-31"}, "other_state.from"),
    ({"host.permit_type": "eu_citizen", "host.activity": "student",
      "host.permit_valid_from": "2023-06-31"}, "host.permit_valid_from"),
])
def test_impossible_date(changes, key):
    _raises_on(make(changes), key)


def test_answer_error_is_a_value_error_with_key():
    with pytest.raises(ValueError):
        run_checklist(make({"host.kind": DROP}), DEPOSIT)


@pytest.mark.parametrize(("group", "value"), [
    ("host", "eu_with_permit"),
    ("contact", False),
    ("children", {"surname": "Rossi"}),
])
def test_wrong_type_for_a_group(group, value):
    answers = make()
    answers[group] = value
    _raises_on(answers, group)


@pytest.mark.parametrize("answers", [[], "answers", 3, None])
def test_answers_must_be_an_object(answers):
    with pytest.raises(AnswerError):
        run_checklist(answers, DEPOSIT)
