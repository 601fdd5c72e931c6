"""The machine contract of PROCEDURE.md §7: answers in, eligibility and documents out."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.procedure.answers import flatten
from kiosk.procedure.definition import Procedure, default_procedure
from kiosk.procedure.engine import DocumentStatus, Evaluation
from kiosk.procedure.errors import AnswerError, MissingAnswer


def run_checklist(answers: Any, deposit_date: date,
                  procedure: Procedure | None = None) -> dict[str, Any]:
    """The §7 result for one nested answers object; AnswerError names the faulty key."""
    procedure = procedure or default_procedure()
    evaluation = Evaluation(procedure, flatten(answers, procedure), deposit_date)
    try:
        evaluation.raise_for_malformed()
        blockers = [rule.code for rule in evaluation.blockers()]
        warnings = [rule.code for rule in evaluation.warnings()]
        documents = [
            {"code": item.code, "required": item.status is DocumentStatus.REQUIRED}
            for item in evaluation.documents()
        ]
    except MissingAnswer as missing:
        raise AnswerError(missing.key, "missing: the question is shown and a rule needs it") from None
    return {"eligible": not blockers, "blockers": blockers, "warnings": warnings,
            "documents": documents}
