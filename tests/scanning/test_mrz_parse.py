"""Parsing ICAO 9303 zones as they stand: specimens of every format, check digits per
field, fillers, truncation, long TD1 document numbers, the French 2×36 card, bad input."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.scanning.mrz.parse import FIELD_NAMES, VALUES, check_digit, compose, parse

TRUTH = Path(__file__).resolve().parents[3] / "shared" / "samples" / "mrz" / "truth.tsv"

# ICAO Doc 9303 specimens (parts 4–7).
SPECIMENS = {
    "TD1": ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
    "TD2": ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"),
    "TD3": ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    "MRVA": ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"),
    "MRVB": ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"),
}
FRA_ID = ("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<", "9409923102854CORINNE<<<<<<<6512068F4")


def test_check_digit_examples() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("<<<<<<") == "0"
    assert check_digit("ab") is None


@pytest.mark.parametrize("fmt", sorted(SPECIMENS))
def test_icao_specimens(fmt: str) -> None:
    result = parse(SPECIMENS[fmt])
    assert result.format == fmt and result.valid, result.problems
    assert result.fields["surname"] == "ERIKSSON" and result.fields["given_names"] == "ANNA MARIA"
    assert result.fields["issuing_state"] == "UTO"
    assert set(result.fields) == set(FIELD_NAMES)
    assert all(result.checks.values()) and all(v == 1.0 for v in result.confidence.values())


def test_specimen_fields_td3() -> None:
    fields = parse(SPECIMENS["TD3"]).fields
    assert fields == {"document_type": "P", "issuing_state": "UTO", "document_number": "L898902C3",
                      "surname": "ERIKSSON", "given_names": "ANNA MARIA", "nationality": "UTO",
                      "birth_date": "740812", "sex": "F", "expiry_date": "120415",
                      "optional_data": "ZE184226B"}
    assert set(parse(SPECIMENS["TD3"]).checks) == {"document_number", "birth_date", "expiry_date",
                                                   "optional_data", "composite"}


def test_mrv_have_no_composite_and_td2_does() -> None:
    assert "composite" not in parse(SPECIMENS["MRVB"]).checks
    assert "composite" in parse(SPECIMENS["TD2"]).checks
    assert parse(SPECIMENS["MRVA"]).fields["optional_data"] == "6ZE184226B"


@pytest.mark.parametrize(("line", "start", "field"), [
    (1, 0, "document_number"), (1, 13, "birth_date"), (1, 21, "expiry_date"), (1, 28, "optional_data")])
def test_each_failing_check_is_reported_on_its_field(line: int, start: int, field: str) -> None:
    lines = list(SPECIMENS["TD3"])
    char = lines[line][start]  # replaced by a digit of another weight mod 10 (L→1 would pass)
    other = next(d for d in "123" if VALUES[d] != VALUES[char] % 10)
    lines[line] = lines[line][:start] + other + lines[line][start + 1:]
    result = parse(lines)
    assert not result.valid
    assert result.checks[field] is False and result.checks["composite"] is False
    assert all(ok for name, ok in result.checks.items() if name not in (field, "composite"))
    assert any(p.startswith(f"{field}: check digit") for p in result.problems)


def test_composite_alone_can_fail() -> None:
    result = parse((SPECIMENS["TD1"][0], SPECIMENS["TD1"][1][:-1] + "7", SPECIMENS["TD1"][2]))
    assert [name for name, ok in result.checks.items() if not ok] == ["composite"]


def test_grammar_problems_make_it_invalid_even_when_checks_pass() -> None:
    lines = (SPECIMENS["TD3"][0], SPECIMENS["TD3"][1].replace("F120", "Q120"))
    result = parse(lines)
    assert result.checks_ok and not result.valid and "sex: sex must be M, F, X or <" in result.problems


def test_fillers_and_truncation() -> None:
    lines = compose("TD1", {"document_type": "ID", "issuing_state": "FRA", "document_number": "X4RTBPFW4",
                            "surname": "DE LA FONTAINE DUPONT", "given_names": "JEAN PIERRE MARIE",
                            "nationality": "FRA", "birth_date": "900713", "sex": "M",
                            "expiry_date": "300211"})
    assert lines[2] == "DE<LA<FONTAINE<DUPONT<<JEAN<PI"
    result = parse(lines)
    assert result.valid and result.fields["surname"] == "DE LA FONTAINE DUPONT"
    assert result.fields["given_names"] == "JEAN PI" and result.truncated == ("given_names",)
    assert parse(SPECIMENS["TD1"]).truncated == ()


def test_td1_long_document_number_continues_in_optional_data() -> None:
    lines = ("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2",
             "STEVENSON<<PETER<JOHN<<<<<<<<<")
    result = parse(lines)
    assert result.valid, result.problems
    assert result.fields["document_number"] == "D23145890734" and result.fields["optional_data"] == ""
    assert compose("TD1", result.fields) == lines


def test_td2_long_document_number() -> None:
    fields = parse(SPECIMENS["TD2"]).fields | {"document_number": "D231458907AB"}
    lines = compose("TD2", fields)
    assert lines[1][9] == "<" and parse(lines).valid and parse(lines).fields == fields


def test_french_identity_card_2x36() -> None:
    result = parse(FRA_ID)
    assert result.format == "FRA-ID" and result.valid
    assert result.fields["surname"] == "BERTHIER" and result.fields["given_names"] == "CORINNE"
    assert result.fields["document_number"] == "940992310285" and result.fields["birth_date"] == "651206"
    assert result.fields["expiry_date"] == "" and result.fields["nationality"] == "FRA"
    assert set(result.checks) == {"document_number", "birth_date", "composite"}
    assert result.extra["issued"] == "9409"


def test_french_identity_card_built_with_its_check_digits() -> None:
    fields = {"document_type": "ID", "issuing_state": "FRA", "document_number": "880692310285",
              "surname": "DUPONT", "given_names": "JEAN PIERRE", "nationality": "FRA", "birth_date": "690315",
              "sex": "M", "expiry_date": "", "optional_data": "092016"}
    lines = compose("FRA-ID", fields)
    assert lines[0] == "IDFRADUPONT<<<<<<<<<<<<<<<<<<<092016"
    assert lines[1][:35] == "8806923102858JEAN<<PIERRE<<6903158M"
    assert lines[1][35] == check_digit(lines[0] + lines[1][:35])
    result = parse(lines)
    assert result.valid and result.fields == fields
    assert result.extra == {"issued": "8806", "department": "092", "office": "016"}
    broken = (lines[0].replace("DUPONT", "DUPONS"), lines[1])  # only the global digit covers line 1
    assert parse(broken).checks == {"document_number": True, "birth_date": True, "composite": False}


@pytest.mark.parametrize("lines", [
    [], [""], ["P<UTO"], "", "   ",
    [SPECIMENS["TD3"][0], SPECIMENS["TD3"][1][:-1]],  # 44 + 43
    [s.lower() for s in SPECIMENS["TD3"]],
    [SPECIMENS["TD3"][0].replace("<", "«"), SPECIMENS["TD3"][1]],
    [SPECIMENS["TD3"][0].replace("<", " "), SPECIMENS["TD3"][1]],
    [*SPECIMENS["TD1"], SPECIMENS["TD1"][0]],
    [None, 3],
])
def test_bad_input_is_not_an_mrz(lines: object) -> None:
    result = parse(lines)  # type: ignore[arg-type]
    assert result.format is None and not result.valid and result.reason
    assert result.to_json()["fields"] == dict.fromkeys(FIELD_NAMES, "")


def test_one_string_with_newlines() -> None:
    assert parse("\n".join(SPECIMENS["TD3"]) + "\n").valid


def test_to_json_shape() -> None:
    data = parse(SPECIMENS["TD1"]).to_json()
    assert data == {"format": "TD1", "lines": list(SPECIMENS["TD1"]), "valid": True,
                    "fields": parse(SPECIMENS["TD1"]).fields}


def _truth_rows() -> list[dict[str, str]]:
    if not TRUTH.exists():
        return []
    with TRUTH.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["mrz_lines"]]


@pytest.mark.skipif(not TRUTH.exists(), reason="../shared samples absent")
@pytest.mark.parametrize("row", _truth_rows(), ids=lambda row: row["filename"])
def test_truth_samples(row: dict[str, str]) -> None:
    result = parse(row["mrz_lines"].split("|"))
    assert result.format == row["doc_format"]
    assert result.checks_ok
    assert result.valid, result.problems
    if row["filename"] == "pe_100_id-rou.jpg":  # nationality printed "132", off ICAO's list: kept, unsure
        assert result.fields["nationality"] == "132" and result.confidence["nationality"] == 0.0
