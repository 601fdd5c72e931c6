"""The definition loads whole or fails loudly at load with the path of the fault."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from kiosk.procedure.conditions import ConditionSyntaxError, parse
from kiosk.procedure.definition import default_procedure, load_procedure, parse_procedure, procedures_dir
from kiosk.procedure.errors import DefinitionError

RAW = yaml.safe_load((procedures_dir() / "eu_family_renewal.yaml").read_text(encoding="utf-8"))


def broken(edit: Any) -> DefinitionError:
    raw = copy.deepcopy(RAW)
    edit(raw)
    with pytest.raises(DefinitionError) as caught:
        parse_procedure(raw)
    return caught.value


def test_shipped_definition_loads_with_every_key_of_the_contract() -> None:
    procedure = default_procedure()
    assert procedure.id == "eu_family_renewal" and procedure.version >= 1
    contract_keys = {
        "current_permit.category", "current_permit.expiry", "identity.surname", "identity.given_names",
        "identity.usage_name", "identity.birth_date", "identity.sex", "identity.nationality",
        "identity.foreigner_number", "identity.passport_number", "identity.passport_expiry",
        "contact.address_changed", "contact.address", "contact.phone", "contact.email", "ephoto.code",
        "stay.more_than_5_years", "host.activity", "host.kind", "host.foreigner_number",
        "host.identity_confirmed", "host.surname", "host.given_names", "host.birth_date",
        "host.nationality", "host.permit_type", "host.permit_valid_from", "relation.kind",
        "relation.of", "relation.parent_link", "relation.dependent", "children", "family.status",
        "family.union_date", "family.union_country", "other_state.stayed", "other_state.country",
        "other_state.from", "other_state.to", "other_state.has_residence_card",
    }
    assert set(procedure.questions) == contract_keys
    step2 = [p for p in procedure.pages if p.step == 2]
    assert len(step2) == 9, "step 2 has nine pages, as in the guide"
    assert [p.step for p in procedure.pages if p.kind == "questions" and p.step == 1] == [1, 1]


def test_blocker_and_document_codes_follow_the_contract_order() -> None:
    procedure = default_procedure()
    assert [r.code for r in procedure.blockers] == [
        "procedure_reserved", "address_change_first", "student_host_excludes_ascendant",
        "student_host_requires_dependent_descendant", "french_host_requires_spouse",
        "french_spouse_other_state_required", "host_identity_unconfirmed"]
    assert [r.code for r in procedure.warnings] == ["deposit_too_early", "deposit_late", "permit_expired"]
    assert [d.code for d in procedure.documents][:2] == ["passport", "proof_of_address"]
    assert [d.code for d in procedure.documents if d.optional] == ["host_resources"]


def test_unknown_name_in_a_condition_names_its_path() -> None:
    def edit(raw: dict) -> None:
        raw["pages"][7]["questions"][1]["shown_when"] = "hots.kind == 'eu_with_permit'"
    error = broken(edit)
    assert error.path == "pages[7].questions[1].shown_when"
    assert "hots.kind" in str(error)


def test_misspelt_enumeration_value_is_caught_at_load() -> None:
    def edit(raw: dict) -> None:
        raw["documents"][7]["required_when"] = "host.kind in ['french', 'eu_without_titre']"
    error = broken(edit)
    assert error.path == "documents[7]" and "eu_without_titre" in str(error)


@pytest.mark.parametrize("edit,path", [
    (lambda raw: raw["pages"][3]["questions"][0].update(type="texte"), "pages[3].questions[0].type"),
    (lambda raw: raw["pages"][3]["questions"][1].update(key="identity.surname"), "pages[3].questions[1].key"),
    (lambda raw: raw["blockers"][0].update(when="current_permit.category =="), "blockers[0].when"),
    (lambda raw: raw["documents"][0].pop("required_when"), "documents[0]"),
    (lambda raw: raw["documents"][0].update(section="nowhere"), "documents[0].section"),
    (lambda raw: raw.update(version="one"), "version"),
    (lambda raw: raw["pages"][0].update(kind="wizardry"), "pages[0].kind"),
    (lambda raw: raw["pages"][1].update(id="request"), "pages[1].id"),
])
def test_broken_definitions_fail_with_the_path(edit: Any, path: str) -> None:
    assert broken(edit).path == path


def test_circular_visibility_is_refused() -> None:
    def edit(raw: dict) -> None:
        raw["pages"][7]["questions"][0]["shown_when"] = "host.permit_type == 'permanent'"
    assert "circular" in str(broken(edit))


def test_invalid_yaml_file_fails_loudly(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("pages: [unclosed\n")
    with pytest.raises(DefinitionError, match="not valid YAML"):
        load_procedure(path)


def test_a_new_question_is_an_edit_of_the_file_only() -> None:
    raw = copy.deepcopy(RAW)
    raw["pages"][4]["questions"].append(
        {"key": "contact.mobile_ok", "type": "bool", "label": "SMS accepté",
         "shown_when": "answered(contact.phone)"})
    raw["documents"].append({"code": "sms_consent", "section": "personal", "label": "Accord SMS",
                             "required_when": "contact.mobile_ok"})
    procedure = parse_procedure(raw)
    assert procedure.questions["contact.mobile_ok"].type == "bool"
    assert procedure.documents[-1].code == "sms_consent"


@pytest.mark.parametrize(
    "text", ["", "a ==", "a == 'x' and", "f(a)", "(a", "a in 'x'", "a $ b", "shown('x')"])
def test_condition_syntax_errors(text: str) -> None:
    with pytest.raises(ConditionSyntaxError):
        parse(text)
