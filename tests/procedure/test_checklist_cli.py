"""The machine contract of /work/shared/PROCEDURE.md §7, through the real command line:
`kiosk procedure checklist ANSWERS.json [--date YYYY-MM-DD]`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPOSIT = "2024-06-15"


def answers(**overrides: dict[str, Any]) -> dict:
    """A complete eligible answer set (EU host with permit, employee, spouse, married)."""
    base: dict[str, Any] = {
        "current_permit": {"category": "eu_family_member", "expiry": "2024-09-15"},
        "identity": {"birth_date": "1990-04-12"},
        "contact": {"address_changed": False},
        "stay": {"more_than_5_years": False},
        "host": {"activity": "employee", "kind": "eu_with_permit",
                 "identity_confirmed": True, "permit_type": "other"},
        "relation": {"kind": "spouse_or_partner"},
        "family": {"status": "married"},
    }
    for group, values in overrides.items():
        base.setdefault(group, {}).update(values)
    return base


BASELINE_RESULT = {
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


def kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def checklist(tmp_path: Path, document: Any, *extra: str,
              raw: str | None = None) -> subprocess.CompletedProcess:
    path = tmp_path / "answers.json"
    path.write_text(raw if raw is not None else json.dumps(document), encoding="utf-8")
    return kiosk("procedure", "checklist", str(path), *extra)


def ok_json(proc: subprocess.CompletedProcess) -> Any:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def assert_bad_input(proc: subprocess.CompletedProcess, key: str | None = None) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.strip(), "a message on standard error"
    assert proc.stdout.strip() == "", "nothing on standard output"
    if key is not None:
        assert key in proc.stderr, proc.stderr


# --------------------------------------------------------------------------- well-formed

def test_single_object_gives_single_object(tmp_path):
    result = ok_json(checklist(tmp_path, answers(), "--date", DEPOSIT))
    assert result == BASELINE_RESULT


def test_ineligible_answers_still_exit_zero(tmp_path):
    proc = checklist(tmp_path, answers(contact={"address_changed": True},
                                       current_permit={"category": "other"}),
                     "--date", DEPOSIT)
    result = ok_json(proc)
    assert result["eligible"] is False
    assert result["blockers"] == ["procedure_reserved", "address_change_first"]


def test_array_gives_array_of_results_in_order(tmp_path):
    cases = [
        answers(),
        answers(contact={"address_changed": True}),
        answers(current_permit={"expiry": "2024-06-01"}),
        answers(host={"kind": "french"}, other_state={"stayed": False}),
        answers(family={"status": "pacs"}),
    ]
    results = ok_json(checklist(tmp_path, cases, "--date", DEPOSIT))
    assert isinstance(results, list)
    assert len(results) == len(cases)
    assert results[0] == BASELINE_RESULT
    assert results[1]["blockers"] == ["address_change_first"]
    assert results[2]["warnings"] == ["permit_expired"]
    assert results[3]["blockers"] == ["french_spouse_other_state_required"]
    assert [d["code"] for d in results[4]["documents"]][2] == "pacs_certificate"
    # each entry is what the single-object call gives
    for case, result in zip(cases, results, strict=True):
        assert ok_json(checklist(tmp_path, case, "--date", DEPOSIT)) == result


def test_empty_array_gives_empty_array(tmp_path):
    assert ok_json(checklist(tmp_path, [], "--date", DEPOSIT)) == []


def test_array_of_one_is_still_an_array(tmp_path):
    assert ok_json(checklist(tmp_path, [answers()], "--date", DEPOSIT)) == [BASELINE_RESULT]


def test_date_drives_the_window_warnings(tmp_path):
    case = answers()
    assert ok_json(checklist(tmp_path, case, "--date", "2024-05-14"))["warnings"] == [
        "deposit_too_early"]
    assert ok_json(checklist(tmp_path, case, "--date", "2024-07-16"))["warnings"] == [
        "deposit_late"]
    assert ok_json(checklist(tmp_path, case, "--date", "2024-09-16"))["warnings"] == [
        "permit_expired"]


def test_date_defaults_to_today(tmp_path):
    today = date.today()
    far = answers(current_permit={"expiry": (today + timedelta(days=1000)).isoformat()})
    past = answers(current_permit={"expiry": (today - timedelta(days=1)).isoformat()})
    same = answers(current_permit={"expiry": today.isoformat()})
    results = ok_json(checklist(tmp_path, [far, past, same]))
    assert [r["warnings"] for r in results] == [
        ["deposit_too_early"], ["permit_expired"], ["deposit_late"]]


def test_hidden_answers_are_ignored_on_the_command_line(tmp_path):
    case = answers(host={"kind": "french"}, other_state={"stayed": True, "country": "DEU",
                                                         "from": "2018-01-10",
                                                         "to": "2019-03-20",
                                                         "has_residence_card": True})
    hidden = json.loads(json.dumps(case))
    hidden["stay"]["more_than_5_years"] = True
    plain = json.loads(json.dumps(hidden))
    del plain["other_state"]
    del plain["host"]["identity_confirmed"]
    del plain["host"]["permit_type"]
    results = ok_json(checklist(tmp_path, [hidden, plain], "--date", DEPOSIT))
    assert results[0] == results[1]
    assert results[0]["blockers"] == []


def test_output_is_a_single_json_document(tmp_path):
    proc = checklist(tmp_path, answers(), "--date", DEPOSIT)
    assert proc.returncode == 0
    json.loads(proc.stdout)  # the whole of stdout parses


def test_console_script_gives_the_same_answer(tmp_path):
    script = Path(sys.executable).parent / "kiosk"
    if not script.exists():
        pytest.skip("no kiosk console script next to the interpreter")
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers()), encoding="utf-8")
    proc = subprocess.run([str(script), "procedure", "checklist", str(path),
                           "--date", DEPOSIT], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == BASELINE_RESULT


# --------------------------------------------------------------------------- malformed

def test_malformed_json(tmp_path):
    proc = checklist(tmp_path, None, "--date", DEPOSIT, raw='{"host": {"kind": ')
    assert_bad_input(proc)


def test_missing_shown_key_a_rule_needs(tmp_path):
    case = answers()
    del case["host"]["kind"]
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "host.kind")


def test_missing_conditionally_shown_key(tmp_path):
    case = answers(host={"kind": "french"})  # married, < 5 years: other_state.stayed shown
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "other_state.stayed")


def test_unknown_key(tmp_path):
    case = answers(host={"colour": "blue"})
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "host.colour")


def test_wrong_enum_value(tmp_path):
    case = answers(relation={"kind": "cousin"})
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "relation.kind")


def test_wrong_type_string_for_bool(tmp_path):
    case = answers(contact={"address_changed": "false"})
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "contact.address_changed")


def test_impossible_date(tmp_path):
    case = answers(current_permit={"expiry": "2023-02-30"})
    assert_bad_input(checklist(tmp_path, case, "--date", DEPOSIT), "current_permit.expiry")


def test_malformed_entry_in_array_fails_the_whole_run(tmp_path):
    bad = answers(host={"kind": "martian"})
    proc = checklist(tmp_path, [answers(), bad, answers()], "--date", DEPOSIT)
    assert_bad_input(proc, "host.kind")


@pytest.mark.parametrize("bad_date", ["2024-02-30", "2024-13-01", "tomorrow", "15/06/2024",
                                      ""])
def test_bad_date_option(tmp_path, bad_date):
    proc = checklist(tmp_path, answers(), "--date", bad_date)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stderr.strip()
    assert proc.stdout.strip() == ""


@pytest.mark.parametrize("entry", ["not answers", 3, None, []])
def test_array_entry_that_is_not_an_object(tmp_path, entry):
    proc = checklist(tmp_path, [answers(), entry], "--date", DEPOSIT)
    assert_bad_input(proc)
