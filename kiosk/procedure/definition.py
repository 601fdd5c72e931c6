"""The procedure definition: loaded from resources/procedures/*.yaml and checked whole.

A broken definition fails at load with the path of the fault
(e.g. `pages[5].questions[1].shown_when: unknown name 'hots.kind'`), never later
in front of an applicant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from kiosk.paths import resources_dir
from kiosk.procedure import conditions
from kiosk.procedure.conditions import Compare, ConditionSyntaxError, ListExpr, Literal, Name
from kiosk.procedure.errors import DefinitionError

QUESTION_TYPES = frozenset({
    "text", "name", "date", "choice", "bool", "confirm", "country", "foreigner_number",
    "document_number", "postcode", "phone", "email", "ephoto_code", "group", "list",
})
PAGE_KINDS = frozenset({"questions", "notice", "preamble", "documents", "review"})
BUILTIN_NAMES = frozenset({"deposit_date"})
DEFAULT_PROCEDURE = "eu_family_renewal"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class DateRange:
    """Allowed dates, in whole years around the deposit date (negative = past)."""

    min_years: int = -150
    max_years: int = 150


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    label: str
    required: bool = True
    help: str | None = None
    shown_when: conditions.Node | None = None
    choices: tuple[Choice, ...] = ()
    fields: tuple[Question, ...] = ()  # for `group` and `list` items
    date_range: DateRange | None = None
    item_label: str | None = None
    add_label: str | None = None
    max_items: int = 20
    max_length: int = 200

    def choice_label(self, value: str) -> str:
        return next((c.label for c in self.choices if c.value == value), value)


@dataclass(frozen=True)
class Check:
    """A cross-field check of a page: when `when` holds, `message` is shown at `key`."""

    when: conditions.Node
    key: str
    message: str


@dataclass(frozen=True)
class Page:
    id: str
    step: int
    title: str
    kind: str = "questions"
    intro: str | None = None
    questions: tuple[Question, ...] = ()
    checks: tuple[Check, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A blocker or a warning."""

    code: str
    when: conditions.Node
    message: str
    advice: str | None = None


@dataclass(frozen=True)
class Requirement:
    code: str
    section: str
    label: str
    when: conditions.Node
    optional: bool
    detail: str | None = None
    applies: str | None = None  # in words, for the Annexe 1 before the answers are known


@dataclass(frozen=True)
class Step:
    number: int
    title: str


@dataclass(frozen=True)
class Procedure:
    id: str
    version: int
    title: str
    outcome: str
    steps: tuple[Step, ...]
    sections: dict[str, str]
    pages: tuple[Page, ...]
    derived: dict[str, conditions.Node]
    blockers: tuple[Rule, ...]
    warnings: tuple[Rule, ...]
    documents: tuple[Requirement, ...]
    translation_note: str
    questions: dict[str, Question] = field(default_factory=dict)
    page_of: dict[str, str] = field(default_factory=dict)

    @cached_property
    def key_prefixes(self) -> frozenset[str]:
        """The objects answer keys nest in ("host" for "host.kind")."""
        return frozenset(key.rsplit(".", i)[0] for key in self.questions
                         for i in range(1, key.count(".") + 1))

    def question(self, key: str) -> Question:
        return self.questions[key]

    def page(self, page_id: str) -> Page:
        return next(p for p in self.pages if p.id == page_id)

    def requirement(self, code: str) -> Requirement:
        return next(r for r in self.documents if r.code == code)


def procedures_dir() -> Path:
    return resources_dir() / "procedures"


@cache
def default_procedure() -> Procedure:
    return load_procedure(procedures_dir() / f"{DEFAULT_PROCEDURE}.yaml")


def load_procedure(path: Path) -> Procedure:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DefinitionError(str(path), f"not valid YAML: {exc}") from exc
    return parse_procedure(raw)


def parse_procedure(raw: Any) -> Procedure:
    return _Loader(raw).procedure()


class _Loader:
    def __init__(self, raw: Any) -> None:
        self.raw = _mapping(raw, "(root)")
        self.questions: dict[str, Question] = {}
        self.page_of: dict[str, str] = {}

    def procedure(self) -> Procedure:
        raw = self.raw
        version = raw.get("version")
        if not isinstance(version, int) or version < 1:
            raise DefinitionError("version", "must be a positive whole number")
        steps = tuple(
            Step(_int(s, f"steps[{i}]", "number"), _text(s, f"steps[{i}]", "title"))
            for i, s in enumerate(_list(raw, "steps", "(root)"))
        )
        sections = {str(k): str(v) for k, v in _mapping(raw.get("sections"), "sections").items()}
        pages = self.pages(steps)
        derived = {
            name: self.condition(text, f"derived.{name}")
            for name, text in _mapping(raw.get("derived", {}), "derived").items()
        }
        procedure = Procedure(
            id=_text(raw, "(root)", "procedure"),
            version=version,
            title=_text(raw, "(root)", "title"),
            outcome=_text(raw, "(root)", "outcome"),
            steps=steps,
            sections=sections,
            pages=pages,
            derived=derived,
            blockers=self.rules("blockers"),
            warnings=self.rules("warnings"),
            documents=self.requirements(sections),
            translation_note=_text(raw, "(root)", "translation_note"),
            questions=self.questions,
            page_of=self.page_of,
        )
        _Checker(procedure).check(self.raw)
        return procedure

    def pages(self, steps: tuple[Step, ...]) -> tuple[Page, ...]:
        step_numbers = {s.number for s in steps} | {0}
        pages: list[Page] = []
        for i, p in enumerate(_list(self.raw, "pages", "(root)")):
            path = f"pages[{i}]"
            p = _mapping(p, path)
            page_id = _text(p, path, "id")
            if any(existing.id == page_id for existing in pages):
                raise DefinitionError(f"{path}.id", f"duplicate page id {page_id!r}")
            kind = p.get("kind", "questions")
            if kind not in PAGE_KINDS:
                raise DefinitionError(f"{path}.kind", f"unknown page kind {kind!r}")
            step = _int(p, path, "step")
            if step not in step_numbers:
                raise DefinitionError(f"{path}.step", f"no step {step} in `steps`")
            questions = tuple(
                self.question(q, f"{path}.questions[{j}]", page_id)
                for j, q in enumerate(p.get("questions") or [])
            )
            checks = tuple(
                Check(
                    when=self.condition(c.get("when"), f"{path}.checks[{j}].when"),
                    key=_text(c, f"{path}.checks[{j}]", "key"),
                    message=_text(c, f"{path}.checks[{j}]", "message"),
                )
                for j, c in enumerate(p.get("checks") or [])
            )
            pages.append(Page(page_id, step, _text(p, path, "title"), kind, p.get("intro"),
                              questions, checks))
        return tuple(pages)

    def question(self, raw: Any, path: str, page_id: str | None, nested: bool = False) -> Question:
        raw = _mapping(raw, path)
        key = _text(raw, path, "key")
        qtype = _text(raw, path, "type")
        if qtype not in QUESTION_TYPES:
            raise DefinitionError(f"{path}.type", f"unknown question type {qtype!r}")
        choices = tuple(
            Choice(_text(c, f"{path}.choices[{k}]", "value"), _text(c, f"{path}.choices[{k}]", "label"))
            for k, c in enumerate(raw.get("choices") or [])
        )
        if qtype == "choice" and not choices:
            raise DefinitionError(f"{path}.choices", "a choice question needs choices")
        if len({c.value for c in choices}) != len(choices):
            raise DefinitionError(f"{path}.choices", "duplicate choice value")
        fields = tuple(
            self.question(f, f"{path}.fields[{k}]", None, nested=True)
            for k, f in enumerate(raw.get("fields") or [])
        )
        if qtype in ("group", "list") and not fields:
            raise DefinitionError(f"{path}.fields", f"a {qtype} question needs fields")
        date_range = None
        if "range" in raw:
            r = _mapping(raw["range"], f"{path}.range")
            date_range = DateRange(int(r.get("min_years", -150)), int(r.get("max_years", 150)))
        question = Question(
            key=key,
            type=qtype,
            label=_text(raw, path, "label"),
            required=bool(raw.get("required", True)),
            help=raw.get("help"),
            shown_when=self.condition(raw["shown_when"], f"{path}.shown_when")
            if "shown_when" in raw else None,
            choices=choices,
            fields=fields,
            date_range=date_range,
            item_label=raw.get("item_label"),
            add_label=raw.get("add_label"),
            max_items=int(raw.get("max_items", 20)),
            max_length=int(raw.get("max_length", 200)),
        )
        if not nested:
            if key in self.questions:
                raise DefinitionError(f"{path}.key", f"duplicate question key {key!r}")
            self.questions[key] = question
            self.page_of[key] = page_id or ""
        return question

    def rules(self, name: str) -> tuple[Rule, ...]:
        rules: list[Rule] = []
        for i, r in enumerate(_list(self.raw, name, "(root)")):
            path = f"{name}[{i}]"
            rules.append(Rule(
                code=_text(r, path, "code"),
                when=self.condition(r.get("when"), f"{path}.when"),
                message=_text(r, path, "message"),
                advice=r.get("advice"),
            ))
        _unique([r.code for r in rules], name)
        return tuple(rules)

    def requirements(self, sections: dict[str, str]) -> tuple[Requirement, ...]:
        requirements: list[Requirement] = []
        for i, d in enumerate(_list(self.raw, "documents", "(root)")):
            path = f"documents[{i}]"
            d = _mapping(d, path)
            if ("required_when" in d) == ("optional_when" in d):
                raise DefinitionError(path, "give exactly one of required_when / optional_when")
            optional = "optional_when" in d
            condition_key = "optional_when" if optional else "required_when"
            section = _text(d, path, "section")
            if section not in sections:
                raise DefinitionError(f"{path}.section", f"unknown section {section!r}")
            requirements.append(Requirement(
                code=_text(d, path, "code"),
                section=section,
                label=_text(d, path, "label"),
                when=self.condition(d[condition_key], f"{path}.{condition_key}"),
                optional=optional,
                detail=d.get("detail"),
                applies=d.get("applies"),
            ))
        _unique([r.code for r in requirements], "documents")
        return tuple(requirements)

    @staticmethod
    def condition(text: Any, path: str) -> conditions.Node:
        if isinstance(text, bool):
            return Literal(text)
        try:
            return conditions.parse(text)
        except ConditionSyntaxError as exc:
            raise DefinitionError(path, str(exc)) from exc


class _Checker:
    """Whole-definition checks: every name exists, every enumeration literal is a choice,
    and no question's visibility depends on itself."""

    def __init__(self, procedure: Procedure) -> None:
        self.procedure = procedure
        self.known = set(procedure.questions) | set(procedure.derived) | BUILTIN_NAMES

    def check(self, raw: dict[str, Any]) -> None:
        p = self.procedure
        for i, page in enumerate(p.pages):
            for j, q in enumerate(page.questions):
                if q.shown_when is not None:
                    self.node(q.shown_when, f"pages[{i}].questions[{j}].shown_when")
            for j, c in enumerate(page.checks):
                self.node(c.when, f"pages[{i}].checks[{j}].when")
                if c.key not in p.questions:
                    raise DefinitionError(f"pages[{i}].checks[{j}].key", f"unknown key {c.key!r}")
        for name, node in p.derived.items():
            self.node(node, f"derived.{name}")
        for kind in ("blockers", "warnings"):
            for i, rule in enumerate(getattr(p, kind)):
                self.node(rule.when, f"{kind}[{i}].when")
        for i, req in enumerate(p.documents):
            self.node(req.when, f"documents[{i}]")
        self.acyclic()

    def node(self, node: conditions.Node, path: str) -> None:
        for name in conditions.names(node):
            if name not in self.known:
                raise DefinitionError(path, f"unknown name {name!r}")
        for cmp in conditions.comparisons(node):
            self.enumeration(cmp, path)

    def enumeration(self, cmp: Compare, path: str) -> None:
        if not isinstance(cmp.left, Name) or cmp.left.name not in self.procedure.questions:
            return
        question = self.procedure.questions[cmp.left.name]
        if question.type != "choice":
            return
        literals = cmp.right.items if isinstance(cmp.right, ListExpr) else (cmp.right,)
        allowed = {c.value for c in question.choices}
        for lit in literals:
            if isinstance(lit, Literal) and lit.value not in allowed:
                raise DefinitionError(
                    path, f"{lit.value!r} is not a choice of {question.key} ({sorted(allowed)})"
                )

    def acyclic(self) -> None:
        p = self.procedure
        depends: dict[str, set[str]] = {}
        for key, q in p.questions.items():
            depends[key] = set(conditions.names(q.shown_when)) if q.shown_when else set()
        for name, node in p.derived.items():
            depends[name] = set(conditions.names(node))
        state: dict[str, int] = {}

        def visit(name: str, trail: list[str]) -> None:
            if state.get(name) == 2:
                return
            if state.get(name) == 1:
                raise DefinitionError(f"derived/shown_when of {name}",
                                      "circular: " + " -> ".join([*trail, name]))
            state[name] = 1
            for dep in depends.get(name, ()):
                visit(dep, [*trail, name])
            state[name] = 2

        for name in depends:
            visit(name, [])


def _mapping(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DefinitionError(path, "expected a mapping")
    return value


def _list(raw: dict[str, Any], key: str, path: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list):
        raise DefinitionError(f"{path}.{key}" if path != "(root)" else key, "expected a list")
    return value


def _text(raw: Any, path: str, key: str) -> str:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(f"{path}.{key}", "expected a non-empty text")
    return value


def _int(raw: Any, path: str, key: str) -> int:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, int) or isinstance(value, bool):
        raise DefinitionError(f"{path}.{key}", "expected a whole number")
    return value


def _unique(codes: list[str], path: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise DefinitionError(path, f"duplicate code {code!r}")
        seen.add(code)
