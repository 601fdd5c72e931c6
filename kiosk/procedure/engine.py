"""The engine: what is shown, what is valid, what blocks, what warns, what to attach.

An `Evaluation` looks at one answer set on one deposit date. Reading the answer of a
hidden question gives None (hidden answers never change an outcome); reading a shown
question that has no answer raises MissingAnswer, so a rule is either decided by the
answers given or reported as undecided — never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from kiosk.procedure import conditions
from kiosk.procedure.definition import Page, Procedure, Requirement, Rule
from kiosk.procedure.errors import AnswerError, MissingAnswer
from kiosk.procedure.values import check, coerce


class DocumentStatus(Enum):
    REQUIRED = "required"
    OPTIONAL = "optional"
    UNDECIDED = "undecided"  # depends on answers not given yet


@dataclass(frozen=True)
class DocumentItem:
    requirement: Requirement
    status: DocumentStatus

    @property
    def code(self) -> str:
        return self.requirement.code


class Evaluation:
    def __init__(self, procedure: Procedure, answers: dict[str, Any], deposit_date: date) -> None:
        self.procedure = procedure
        self.answers = answers
        self.deposit_date = deposit_date
        self._typed: dict[str, Any] = {}
        self._errors: dict[str, AnswerError] = {}
        for key, raw in answers.items():
            if raw is None or key not in procedure.questions:
                continue
            try:
                self._typed[key] = coerce(procedure.questions[key], raw)
            except AnswerError as exc:
                self._errors[key] = exc
        self._shown: dict[str, bool] = {}
        self._derived: dict[str, Any] = {}

    # -- the environment conditions read -------------------------------------------
    def value(self, name: str) -> Any:
        if name == "deposit_date":
            return self.deposit_date
        if name in self.procedure.derived:
            if name not in self._derived:
                self._derived[name] = conditions.evaluate(self.procedure.derived[name], self)
            return self._derived[name]
        if not self.shown(name):
            return None
        if name in self._errors:
            raise self._errors[name]
        question = self.procedure.questions[name]
        if name not in self._typed:
            if question.type == "list":
                return []
            if question.required:
                raise MissingAnswer(name)
            return None
        return self._typed[name]

    def shown(self, key: str) -> bool:
        if key not in self._shown:
            condition = self.procedure.questions[key].shown_when
            self._shown[key] = condition is None or bool(conditions.evaluate(condition, self))
        return self._shown[key]

    def answered(self, key: str) -> bool:
        return self.shown(key) and key in self._typed

    def holds(self, node: conditions.Node) -> bool:
        return bool(conditions.evaluate(node, self))

    def decided(self, node: conditions.Node) -> bool | None:
        """True/False when the answers given decide the condition, None when they don't."""
        try:
            return self.holds(node)
        except MissingAnswer:
            return None

    def shown_or_none(self, key: str) -> bool | None:
        try:
            return self.shown(key)
        except MissingAnswer:
            return None

    # -- outcomes (strict: every answer a rule needs must be given) ----------------
    def blockers(self) -> list[Rule]:
        return [rule for rule in self.procedure.blockers if self.holds(rule.when)]

    def warnings(self) -> list[Rule]:
        return [rule for rule in self.procedure.warnings if self.holds(rule.when)]

    def documents(self) -> list[DocumentItem]:
        return [
            DocumentItem(req, DocumentStatus.OPTIONAL if req.optional else DocumentStatus.REQUIRED)
            for req in self.procedure.documents if self.holds(req.when)
        ]

    # -- outcomes so far (lenient: undecided rules are left out or marked) ---------
    def blockers_so_far(self) -> list[Rule]:
        return [rule for rule in self.procedure.blockers if self.decided(rule.when)]

    def warnings_so_far(self) -> list[Rule]:
        return [rule for rule in self.procedure.warnings if self.decided(rule.when)]

    def documents_so_far(self) -> list[DocumentItem]:
        """Every requirement that applies or may still apply, in definition order."""
        items = []
        for req in self.procedure.documents:
            applies = self.decided(req.when)
            if applies is None:
                items.append(DocumentItem(req, DocumentStatus.UNDECIDED))
            elif applies:
                status = DocumentStatus.OPTIONAL if req.optional else DocumentStatus.REQUIRED
                items.append(DocumentItem(req, status))
        return items

    # -- pages and validation -------------------------------------------------------
    def page_visible(self, page: Page) -> bool:
        if page.kind != "questions":
            return True
        return any(self.shown_or_none(q.key) for q in page.questions)

    def visible_pages(self) -> list[Page]:
        return [page for page in self.procedure.pages if self.page_visible(page)]

    def shown_questions(self, page: Page) -> list[str]:
        return [q.key for q in page.questions if self.shown_or_none(q.key)]

    def page_errors(self, page: Page) -> dict[str, str]:
        """key → French message for every shown question of the page that is not right."""
        errors: dict[str, str] = {}
        for key in self.shown_questions(page):
            if key in self._errors:
                errors[key] = "Réponse invalide."
                continue
            message = check(self.procedure.questions[key], self._typed.get(key), self.deposit_date)
            if message:
                errors[key] = message
        for page_check in page.checks:
            if page_check.key not in errors and self.decided(page_check.when):
                errors[page_check.key] = page_check.message
        return errors

    def first_incomplete_page(self) -> tuple[Page, dict[str, str]] | None:
        for page in self.visible_pages():
            errors = self.page_errors(page)
            if errors:
                return page, errors
        return None

    def raise_for_malformed(self) -> None:
        """AnswerError for a shown answer that is not of its question's type."""
        for key, error in self._errors.items():
            if self.shown_or_none(key):
                raise error

    def kept_answers(self) -> dict[str, Any]:
        """The answers to shown questions only: what a dossier keeps when it is sealed."""
        return {key: value for key, value in self.answers.items()
                if key in self.procedure.questions and self.shown_or_none(key)}
