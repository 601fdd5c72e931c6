"""Answer values: what a person is told next to a field, and canonical forms."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.procedure.answers import flatten, unflatten
from kiosk.procedure.dates import add_months, age_on, months_between
from kiosk.procedure.definition import default_procedure
from kiosk.procedure.errors import AnswerError
from kiosk.procedure.values import check, coerce, normalize, to_e164

P = default_procedure()
TODAY = date(2026, 11, 26)


def message(key: str, raw: object) -> str | None:
    question = P.question(key)
    return check(question, coerce(question, normalize(question, raw)), TODAY)


@pytest.mark.parametrize("raw,expected", [
    ("06 12 34 56 78", "+33612345678"),
    ("06.12.34.56.78", "+33612345678"),
    ("+33 (0)6 12 34 56 78", "+33612345678"),
    ("0033 6 12 34 56 78", "+33612345678"),
    ("+213 555 12 34 56", "+213555123456"),
])
def test_phone_numbers_are_stored_in_e164(raw: str, expected: str) -> None:
    assert normalize(P.question("contact.phone"), raw) == expected
    assert message("contact.phone", raw) is None


@pytest.mark.parametrize("raw", ["12", "06 12 34", "abc", "+0 12345678"])
def test_bad_phone_numbers_are_explained(raw: str) -> None:
    assert to_e164(raw) is None
    assert "téléphone" in (message("contact.phone", raw) or "")


@pytest.mark.parametrize("key,raw,ok", [
    ("identity.foreigner_number", "7501234567", True),
    ("identity.foreigner_number", "750123456", True),
    ("identity.foreigner_number", "75012345", False),
    ("identity.foreigner_number", "75012345678", False),
    ("identity.foreigner_number", "75O1234567", False),
    ("ephoto.code", "ab12-cd34 ef56gh78ij90kl", True),
    ("ephoto.code", "AB12CD34", False),
    ("contact.email", "Nour@Exemple.fr", True),
    ("contact.email", "nour@", False),
    ("identity.surname", "N'GUESSAN-KOFFI", True),
    ("identity.surname", "عبد الله", True),
    ("identity.surname", "DUPONT<<JEAN", False),
    ("identity.surname", "X" * 201, False),
    ("identity.surname", "Jean\x00Paul", False),
    ("identity.surname", "Jean\u202eluaP", False),
    ("identity.nationality", "DZA", True),
    ("identity.nationality", "ZZZ", False),
    ("identity.birth_date", "1990-05-01", True),
    ("identity.birth_date", "2027-01-01", False),
    ("identity.birth_date", "1850-01-01", False),
])
def test_field_checks(key: str, raw: str, ok: bool) -> None:
    assert (message(key, raw) is None) is ok


def test_postcode_inside_the_address_group() -> None:
    address = {"line1": "1 rue A", "postcode": "7500", "city": "Paris"}
    assert "Code postal" in (message("contact.address", address) or "")
    assert message("contact.address", {**address, "postcode": "75001"}) is None
    assert "obligatoire" in (message("contact.address", {"line1": "1 rue A", "postcode": "75001"}) or "")


def test_impossible_and_malformed_dates_are_answer_errors() -> None:
    with pytest.raises(AnswerError, match="impossible"):
        coerce(P.question("identity.birth_date"), "2023-02-30")
    with pytest.raises(AnswerError):
        coerce(P.question("identity.birth_date"), "01/02/2020")
    with pytest.raises(AnswerError):
        coerce(P.question("contact.address_changed"), "false")


def test_children_items_are_checked_one_by_one() -> None:
    question = P.question("children")
    kids = coerce(question, [{"surname": "A", "given_names": "B", "birth_date": "2015-01-01",
                              "nationality": "FRA"}, {"surname": "C"}])
    assert "Enfant 2" in (check(question, kids, TODAY) or "")
    with pytest.raises(AnswerError) as caught:
        coerce(question, [{"surname": "A", "shoe_size": 30}])
    assert caught.value.key == "children[0].shoe_size"


def test_flatten_and_unflatten_round_trip() -> None:
    nested = {"host": {"kind": "french"}, "contact": {"address": {"line1": "x", "postcode": "75001",
                                                                  "city": "P"}}}
    flat = flatten(nested, P)
    assert flat == {"host.kind": "french", "contact.address": nested["contact"]["address"]}
    assert unflatten(flat) == nested
    with pytest.raises(AnswerError) as caught:
        flatten({"host": {"colour": "blue"}}, P)
    assert caught.value.key == "host.colour"
    with pytest.raises(AnswerError) as caught:
        flatten({"host": "french"}, P)
    assert caught.value.key == "host"


@pytest.mark.parametrize("start,months,expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 5, 31), -3, date(2026, 2, 28)),
    (date(2026, 12, 15), 2, date(2027, 2, 15)),
    (date(2026, 3, 15), -15, date(2024, 12, 15)),
])
def test_add_months_clamps_to_the_end_of_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize("start,end,expected", [
    (date(2018, 1, 31), date(2018, 2, 28), 1),
    (date(2018, 1, 31), date(2018, 2, 27), 0),
    (date(2018, 1, 1), date(2018, 4, 1), 3),
    (date(2018, 1, 1), date(2018, 3, 31), 2),
    (date(2018, 5, 1), date(2018, 1, 1), -4),
])
def test_months_between(start: date, end: date, expected: int) -> None:
    assert months_between(start, end) == expected


def test_age_counts_29_february_birthdays_from_1_march_in_common_years() -> None:
    birth = date(2004, 2, 29)
    assert age_on(birth, date(2025, 2, 28)) == 20
    assert age_on(birth, date(2025, 3, 1)) == 21
    assert age_on(birth, date(2028, 2, 29)) == 24
    assert age_on(date(2005, 11, 26), date(2026, 11, 26)) == 21
    assert age_on(date(2005, 11, 27), date(2026, 11, 26)) == 20
