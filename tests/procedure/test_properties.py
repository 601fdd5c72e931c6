"""Property tests of the checklist against /work/shared/PROCEDURE.md (§2, §3, §4, §7).

Random well-formed answer sets respect §2 visibility (only shown questions are
answered); a second draw adds well-typed answers to hidden questions, which must never
change the result. An independent model of §3/§4 written from the contract is checked
as well as the structural invariants.
"""

from __future__ import annotations

import calendar
import copy
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.contract import BLOCKER_ORDER, DOCUMENT_ORDER, WARNING_ORDER

from kiosk.procedure.checklist import run_checklist

ACTIVITIES = ["student", "employee", "self_employed", "involuntary_inactivity",
              "retired_or_inactive"]
HOST_KINDS = ["eu_with_permit", "eu_without_permit", "french"]
PERMIT_TYPES = ["permanent", "eu_citizen", "other"]
RELATIONS = ["spouse_or_partner", "descendant", "ascendant", "dependant"]
STATUSES = ["married", "pacs", "cohabiting", "divorced", "separated", "widowed", "single"]
COUNTRIES = ["DEU", "ITA", "ESP", "BEL", "CHE", "NOR", "POL", "PRT"]

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# --------------------------------------------------------------------------- month arithmetic

def add_months(day: date, n: int) -> date:
    """§2: adding months keeps the day and clamps it to the month's end."""
    index = day.month - 1 + n
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: date, end: date) -> int:
    """§2 other_state_months: the largest n with start + n months <= end."""
    n = 0
    while add_months(start, n + 1) <= end:
        n += 1
    if end < start:
        n = -1
        while add_months(start, n) > end:
            n -= 1
    return n


def age_on(birth: date, on: date) -> int:
    """§2 applicant_age: a 29 February birthday counts from 1 March in common years."""
    month, day = birth.month, birth.day
    if (month, day) == (2, 29) and not calendar.isleap(on.year):
        month, day = 3, 1
    return on.year - birth.year - ((on.month, on.day) < (month, day))


def test_model_month_arithmetic_matches_the_contract_examples():
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 5, 31), -3) == date(2023, 2, 28)
    assert add_months(date(2023, 11, 15), 7) == date(2024, 6, 15)
    assert months_between(date(2023, 1, 31), date(2023, 5, 29)) == 3
    assert months_between(date(2023, 1, 15), date(2023, 4, 15)) == 3
    assert age_on(date(2004, 2, 29), date(2025, 2, 28)) == 20
    assert age_on(date(2004, 2, 29), date(2025, 3, 1)) == 21
    assert age_on(date(2004, 2, 29), date(2028, 2, 29)) == 24


# --------------------------------------------------------------------------- model of §3/§4

def _get(answers: dict, dotted: str) -> Any:
    node: Any = answers
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def model(answers: dict, deposit: date) -> dict:
    """§3 and §4 as written, for answers that hold only shown questions."""
    g = lambda key: _get(answers, key)  # noqa: E731
    d = date.fromisoformat
    kind, activity = g("host.kind"), g("host.activity")
    relation, status = g("relation.kind"), g("family.status")
    permit_type = g("host.permit_type")
    more_than_5 = g("stay.more_than_5_years")
    recent = permit_type == "eu_citizen" and deposit <= add_months(
        d(g("host.permit_valid_from")), 7)
    asked = kind == "french" and status == "married" and not more_than_5
    stayed = asked and g("other_state.stayed")
    age = age_on(d(g("identity.birth_date")), deposit)

    blockers = []
    if g("current_permit.category") != "eu_family_member":
        blockers.append("procedure_reserved")
    if g("contact.address_changed"):
        blockers.append("address_change_first")
    if activity == "student" and relation == "ascendant":
        blockers.append("student_host_excludes_ascendant")
    if activity == "student" and relation == "descendant" and not g("relation.dependent"):
        blockers.append("student_host_requires_dependent_descendant")
    if kind == "french" and relation != "spouse_or_partner":
        blockers.append("french_host_requires_spouse")
    if asked and (not stayed or months_between(d(g("other_state.from")),
                                               d(g("other_state.to"))) <= 3):
        blockers.append("french_spouse_other_state_required")
    if kind == "eu_with_permit" and not g("host.identity_confirmed"):
        blockers.append("host_identity_unconfirmed")

    expiry = d(g("current_permit.expiry"))
    warnings = []
    if deposit < add_months(expiry, -4):
        warnings.append("deposit_too_early")
    elif add_months(expiry, -2) < deposit <= expiry:
        warnings.append("deposit_late")
    elif deposit > expiry:
        warnings.append("permit_expired")

    not_french = kind != "french"
    covered = permit_type == "permanent" or recent
    rules = [
        ("passport", True),
        ("proof_of_address", True),
        ("other_state_residence_card", stayed and g("other_state.has_residence_card")),
        ("other_state_residence_proofs", stayed and not g("other_state.has_residence_card")),
        ("marriage_certificate", status == "married"),
        ("pacs_certificate", status == "pacs"),
        ("cohabitation_proof", status == "cohabiting"),
        ("host_identity_document", kind in ("french", "eu_without_permit")),
        ("dependency_proof", relation in ("dependant", "ascendant") or (
            relation == "descendant" and (activity == "student" or age >= 21))),
        ("ascendant_link_proof", relation == "ascendant"),
        ("descendant_birth_certificate", relation == "descendant"),
        ("host_right_of_stay_5y", not_french and permit_type != "permanent"),
        ("continuity_of_stay_5y", more_than_5),
        ("host_residence_in_france", kind == "french"),
        ("host_no_absence_statement", permit_type == "permanent"),
        ("host_enrollment_certificate", not_french and activity == "student"),
        ("financial_support_proof", not_french and (activity == "student" or (
            activity == "employee" and relation != "spouse_or_partner"
            and not (relation == "descendant" and age < 21)))),
        ("host_employment_proof", not_french and activity == "employee"),
        ("host_self_employment_proof", not_french and activity == "self_employed"),
        ("host_involuntary_inactivity_proof",
         not_french and activity == "involuntary_inactivity"),
        ("host_health_insurance", not_french and activity in (
            "student", "retired_or_inactive") and not covered),
    ]
    documents = [{"code": code, "required": True} for code, applies in rules if applies]
    if not_french and activity == "retired_or_inactive" and not covered:
        documents.append({"code": "host_resources", "required": False})
    return {"eligible": not blockers, "blockers": blockers, "warnings": warnings,
            "documents": documents}


# --------------------------------------------------------------------------- strategies

def _iso(day: date) -> str:
    return day.isoformat()


deposit_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 12, 31))


def _offset(draw, base: date, lo: int, hi: int) -> date:
    return base + timedelta(days=draw(st.integers(lo, hi)))


def _near_month_boundary(draw, base: date, months: int) -> date:
    """A date within a few days of base +/- whole months (to hit the boundaries)."""
    return add_months(base, months) + timedelta(days=draw(st.integers(-3, 3)))


@st.composite
def scenarios(draw) -> tuple[dict, dict, date]:
    """(shown answers, hidden well-typed extra answers, deposit date)."""
    deposit = draw(deposit_dates)
    # one case in four: a French host's married spouse, asked about the other state
    french_spouse = draw(st.integers(0, 3)) == 0
    shown: dict[str, Any] = {}
    hidden: dict[str, Any] = {}

    def put(target: dict, dotted: str, value: Any) -> None:
        *parents, last = dotted.split(".")
        node = target
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value

    if draw(st.booleans()):  # close to a window boundary
        expiry = _near_month_boundary(draw, deposit, draw(st.sampled_from([0, 2, 4])))
    else:
        expiry = _offset(draw, deposit, -800, 800)
    put(shown, "current_permit.category",
        draw(st.sampled_from(["eu_family_member"] * 4 + ["other"])))
    put(shown, "current_permit.expiry", _iso(expiry))

    birth_kind = draw(st.integers(0, 2))
    if birth_kind == 0:  # around the 21st birthday
        birth = _near_month_boundary(draw, deposit, -12 * 21)
    elif birth_kind == 1:
        birth = _offset(draw, deposit, -365 * 80, -1)
    else:  # a 29 February birthday about 21 years ago
        leap = draw(st.sampled_from([y for y in range(deposit.year - 23, deposit.year - 18)
                                     if calendar.isleap(y)]))
        birth = date(leap, 2, 29)
    birth = min(birth, deposit)
    put(shown, "identity.birth_date", _iso(birth))
    put(shown, "contact.address_changed", draw(st.sampled_from([False] * 4 + [True])))
    more_than_5 = not french_spouse and draw(st.sampled_from([False, False, True]))
    put(shown, "stay.more_than_5_years", more_than_5)

    kind = "french" if french_spouse else draw(st.sampled_from(HOST_KINDS))
    activity = draw(st.sampled_from(ACTIVITIES))
    put(shown, "host.kind", kind)
    put(shown, "host.activity", activity)

    def permit_date() -> str:
        if draw(st.booleans()):  # around 7 months before the deposit
            return _iso(min(_near_month_boundary(draw, deposit, -7), deposit))
        return _iso(_offset(draw, deposit, -3000, 0))

    if kind == "eu_with_permit":
        permit_type = draw(st.sampled_from(PERMIT_TYPES))
        put(shown, "host.identity_confirmed", draw(st.sampled_from([True, True, False])))
        put(shown, "host.permit_type", permit_type)
        if draw(st.booleans()):
            put(shown, "host.foreigner_number", draw(st.from_regex(r"\A[0-9]{9,10}\Z")))
        if permit_type == "eu_citizen":
            put(shown, "host.permit_valid_from", permit_date())
        else:
            put(hidden, "host.permit_valid_from", permit_date())
    else:
        permit_type = draw(st.sampled_from(PERMIT_TYPES))
        put(hidden, "host.permit_type", permit_type)
        put(hidden, "host.identity_confirmed", draw(st.booleans()))
        put(hidden, "host.permit_valid_from", permit_date())

    relation = draw(st.sampled_from(["spouse_or_partner"] * 3 * french_spouse + RELATIONS))
    put(shown, "relation.kind", relation)
    target = shown if relation in ("descendant", "ascendant", "dependant") else hidden
    put(target, "relation.of", draw(st.sampled_from(["host", "host_spouse"])))
    target = shown if relation == "descendant" else hidden
    put(target, "relation.dependent", draw(st.booleans()))
    put(target, "relation.parent_link", draw(st.sampled_from(["father", "mother", "other"])))

    status = "married" if french_spouse else draw(st.sampled_from(["married"] * 5 + STATUSES))
    put(shown, "family.status", status)
    target = shown if status in ("married", "pacs") else hidden
    put(target, "family.union_date", _iso(_offset(draw, deposit, -15000, -1)))
    put(target, "family.union_country", draw(st.sampled_from([*COUNTRIES, "FRA"])))

    asked = kind == "french" and status == "married" and not more_than_5
    stayed = draw(st.sampled_from([True, True, False]))
    start = _offset(draw, deposit, -6000, -1)
    end_kind = draw(st.integers(0, 2))
    if end_kind < 2:  # around 3 or 4 months after the start
        end = max(_near_month_boundary(draw, start, 3 + end_kind), start)
    else:
        end = _offset(draw, start, 0, 3000)
    put(shown if asked else hidden, "other_state.stayed", stayed)
    details = shown if asked and stayed else hidden
    put(details, "other_state.country", draw(st.sampled_from(COUNTRIES)))
    put(details, "other_state.from", _iso(start))
    put(details, "other_state.to", _iso(end))
    put(details, "other_state.has_residence_card", draw(st.booleans()))

    return shown, hidden, deposit


def merge(base: dict, extra: dict) -> dict:
    result = copy.deepcopy(base)
    for group, values in extra.items():
        result.setdefault(group, {}).update(values)
    return result


def subset(draw_booleans, hidden: dict) -> dict:
    """Some of the hidden answers (each dotted key kept or not)."""
    kept: dict = {}
    for group, values in hidden.items():
        for key, value in values.items():
            if draw_booleans():
                kept.setdefault(group, {})[key] = value
    return kept


# --------------------------------------------------------------------------- properties

@PROPERTY_SETTINGS
@given(scenarios())
def test_result_matches_the_contract_model(scenario):
    shown, _, deposit = scenario
    assert run_checklist(copy.deepcopy(shown), deposit) == model(shown, deposit)


@PROPERTY_SETTINGS
@given(scenarios())
def test_structural_invariants(scenario):
    shown, _, deposit = scenario
    result = run_checklist(copy.deepcopy(shown), deposit)
    assert set(result) == {"eligible", "blockers", "warnings", "documents"}
    # eligible <=> no blocker
    assert result["eligible"] is (not result["blockers"])
    # blockers: known codes, §3 order, no duplicates
    assert set(result["blockers"]) <= set(BLOCKER_ORDER)
    assert result["blockers"] == [c for c in BLOCKER_ORDER if c in result["blockers"]]
    # warnings: at most one deposit-window warning (exactly one or none)
    assert len(result["warnings"]) <= 1
    assert set(result["warnings"]) <= set(WARNING_ORDER)
    # documents: known codes, §4 order, no duplicates, well-shaped
    codes = [d["code"] for d in result["documents"]]
    assert codes == [c for c in DOCUMENT_ORDER if c in codes]
    assert len(codes) == len(set(codes))
    for entry in result["documents"]:
        assert set(entry) == {"code", "required"}
        assert isinstance(entry["required"], bool)
    # passport and proof of address always required
    assert result["documents"][:2] == [{"code": "passport", "required": True},
                                       {"code": "proof_of_address", "required": True}]
    # host_resources is never required, every other document always is
    for entry in result["documents"]:
        assert entry["required"] is (entry["code"] != "host_resources")


@PROPERTY_SETTINGS
@given(scenarios(), st.data())
def test_hidden_answers_never_change_the_result(scenario, data):
    shown, hidden, deposit = scenario
    expected = run_checklist(copy.deepcopy(shown), deposit)
    assert run_checklist(merge(shown, hidden), deposit) == expected
    some = subset(lambda: data.draw(st.booleans()), hidden)
    assert run_checklist(merge(shown, some), deposit) == expected


@PROPERTY_SETTINGS
@given(scenarios())
def test_window_warning_partition(scenario):
    shown, _, deposit = scenario
    expiry = date.fromisoformat(shown["current_permit"]["expiry"])
    warnings = run_checklist(copy.deepcopy(shown), deposit)["warnings"]
    if add_months(expiry, -4) <= deposit <= add_months(expiry, -2):
        assert warnings == []
    else:
        assert len(warnings) == 1


@PROPERTY_SETTINGS
@given(scenarios())
def test_result_is_deterministic_and_input_untouched(scenario):
    shown, hidden, deposit = scenario
    answers = merge(shown, hidden)
    before = copy.deepcopy(answers)
    first = run_checklist(answers, deposit)
    assert answers == before
    assert run_checklist(answers, deposit) == first
