"""The small declarative condition language of procedure definitions (never `eval`).

    host.kind == 'french' and family.status in ['married', 'pacs']
    not stay.more_than_5_years or other_state_months <= 3
    deposit_date < add_months(current_permit.expiry, -4)
    shown(other_state.stayed)

Names are dotted answer keys, derived values or `deposit_date`; string literals are
quoted. A comparison with an absent value (a hidden or optional question) is false
for ordering operators and `==`, true for `!=`; `not` of an absent value is true.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from kiosk.procedure.dates import add_months, age_on, months_between


@dataclass(frozen=True)
class Literal:
    value: Any


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class ListExpr:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Compare:
    op: str  # == != < <= > >= in "not in"
    left: Node
    right: Node


Node = Literal | Name | ListExpr | Call | Not | BoolOp | Compare


class ConditionSyntaxError(ValueError):
    pass


class Environment(Protocol):
    def value(self, name: str) -> Any: ...
    def shown(self, key: str) -> bool: ...
    def answered(self, key: str) -> bool: ...


def _optional(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Date functions give None when an argument is absent, instead of failing."""
    return lambda *args: None if any(a is None for a in args) else fn(*args)


# Functions over values; `shown` and `answered` take a key and ask the environment.
FUNCTIONS: dict[str, tuple[int, Callable[..., Any]]] = {
    "add_months": (2, _optional(add_months)),
    "months_between": (2, _optional(months_between)),
    "age_on": (2, _optional(age_on)),
}
KEY_FUNCTIONS = ("shown", "answered")

_TOKEN = re.compile(
    r"\s*(?:(?P<number>-?\d+)|'(?P<string>[^']*)'"
    r"|(?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)"
    r"|(?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*))"
)
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}
_COMPARATORS = {"==", "!=", "<", "<=", ">", ">="}


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ConditionSyntaxError(f"unexpected character at {pos}: {text[pos:pos + 10]!r}")
        pos = match.end()
        kind = match.lastgroup or ""
        token = match.group(kind)
        if kind == "name" and token in _KEYWORDS:
            kind = "keyword"
        yield kind, token


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = list(_tokens(text))
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, token: str | None = None) -> tuple[str, str]:
        current = self.peek()
        if current is None:
            raise ConditionSyntaxError("unexpected end of condition")
        if token is not None and current[1] != token:
            raise ConditionSyntaxError(f"expected {token!r}, found {current[1]!r}")
        self.pos += 1
        return current

    def at(self, token: str) -> bool:
        current = self.peek()
        return current is not None and current[1] == token and current[0] in ("op", "keyword")

    def parse(self) -> Node:
        node = self.boolean("or")
        if self.peek() is not None:
            raise ConditionSyntaxError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def boolean(self, op: str) -> Node:
        inner = (lambda: self.boolean("and")) if op == "or" else self.negation
        operands = [inner()]
        while self.at(op):
            self.take()
            operands.append(inner())
        return operands[0] if len(operands) == 1 else BoolOp(op, tuple(operands))

    def negation(self) -> Node:
        if self.at("not"):
            self.take()
            return Not(self.negation())
        return self.comparison()

    def comparison(self) -> Node:
        left = self.atom()
        current = self.peek()
        if current and current[1] in _COMPARATORS:
            self.take()
            return Compare(current[1], left, self.atom())
        if self.at("in"):
            self.take()
            return Compare("in", left, self.list_expr())
        if self.at("not") and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1][1] == "in":
            self.take()
            self.take()
            return Compare("not in", left, self.list_expr())
        return left

    def list_expr(self) -> ListExpr:
        self.take("[")
        items: list[Node] = []
        while not self.at("]"):
            items.append(self.atom())
            if not self.at("]"):
                self.take(",")
        self.take("]")
        return ListExpr(tuple(items))

    def atom(self) -> Node:
        kind, token = self.take()
        if kind == "number":
            return Literal(int(token))
        if kind == "string":
            return Literal(token)
        if kind == "keyword" and token in ("true", "false", "null"):
            return Literal({"true": True, "false": False, "null": None}[token])
        if token == "(":
            node = self.boolean("or")
            self.take(")")
            return node
        if token == "[":
            self.pos -= 1
            return self.list_expr()
        if kind == "name":
            if self.at("("):
                return self.call(token)
            return Name(token)
        raise ConditionSyntaxError(f"unexpected {token!r}")

    def call(self, function: str) -> Call:
        self.take("(")
        args: list[Node] = []
        while not self.at(")"):
            args.append(self.boolean("or"))
            if not self.at(")"):
                self.take(",")
        self.take(")")
        if function in KEY_FUNCTIONS:
            if len(args) != 1 or not isinstance(args[0], Name):
                raise ConditionSyntaxError(f"{function}() takes one answer key")
        elif function in FUNCTIONS:
            arity = FUNCTIONS[function][0]
            if len(args) != arity:
                raise ConditionSyntaxError(f"{function}() takes {arity} arguments")
        else:
            raise ConditionSyntaxError(f"unknown function {function}()")
        return Call(function, tuple(args))


def parse(text: str) -> Node:
    if not isinstance(text, str) or not text.strip():
        raise ConditionSyntaxError("empty condition")
    return _Parser(text).parse()


def names(node: Node) -> Iterator[str]:
    """Every name a condition reads (keys given to shown()/answered() included)."""
    match node:
        case Name(name):
            yield name
        case ListExpr(items) | Call(_, items) | BoolOp(_, items):
            for item in items:
                yield from names(item)
        case Not(operand):
            yield from names(operand)
        case Compare(_, left, right):
            yield from names(left)
            yield from names(right)


def comparisons(node: Node) -> Iterator[Compare]:
    match node:
        case Compare():
            yield node
        case ListExpr(items) | Call(_, items) | BoolOp(_, items):
            for item in items:
                yield from comparisons(item)
        case Not(operand):
            yield from comparisons(operand)


def evaluate(node: Node, env: Environment) -> Any:
    """Evaluate with short-circuit `and`/`or`, so that only what decides is read."""
    entry = _compiled.get(id(node))
    if entry is None or entry[0] is not node:
        entry = _compiled[id(node)] = (node, compile_node(node))
    return entry[1](env)


Compiled = Callable[[Environment], Any]
# id(node) -> (node, closure); the node is kept so its id cannot be reused.
_compiled: dict[int, tuple[Node, Compiled]] = {}


def compile_node(node: Node) -> Compiled:
    """Turn a parsed condition into nested closures: evaluated thousands of times per
    second by the checklist, they must not re-walk the tree each time."""
    match node:
        case Literal(value):
            return lambda env: value
        case Name(name):
            return lambda env: env.value(name)
        case ListExpr(items):
            parts = [compile_node(item) for item in items]
            return lambda env: [part(env) for part in parts]
        case Not(operand):
            inner = compile_node(operand)
            return lambda env: not inner(env)
        case BoolOp("and", (first, second)):
            a, b = compile_node(first), compile_node(second)
            return lambda env: bool(a(env)) and bool(b(env))
        case BoolOp("or", (first, second)):
            a, b = compile_node(first), compile_node(second)
            return lambda env: bool(a(env)) or bool(b(env))
        case BoolOp("and", operands):
            parts = [compile_node(operand) for operand in operands]
            return lambda env: all(part(env) for part in parts)
        case BoolOp(_, operands):
            parts = [compile_node(operand) for operand in operands]
            return lambda env: any(part(env) for part in parts)
        case Call(function, args) if function in KEY_FUNCTIONS:
            key = args[0].name  # type: ignore[union-attr]
            if function == "shown":
                return lambda env: env.shown(key)
            return lambda env: env.answered(key)
        case Call(function, args):
            fn = FUNCTIONS[function][1]
            parts = [compile_node(arg) for arg in args]
            return lambda env: fn(*(part(env) for part in parts))
        case Compare("==" | "!=" as op, left, Literal(value)):
            lhs = compile_node(left)
            if op == "==":
                return lambda env: lhs(env) == value
            return lambda env: lhs(env) != value
        case Compare("in" | "not in" as op, left, ListExpr(items)) if all(
                isinstance(item, Literal) for item in items):
            lhs = compile_node(left)
            members = frozenset(item.value for item in items)  # type: ignore[union-attr]
            if op == "in":
                return lambda env: lhs(env) in members
            return lambda env: lhs(env) not in members
        case Compare(op, left, right):
            lhs, rhs = compile_node(left), compile_node(right)
            return lambda env: _compare(op, lhs(env), rhs(env))
    raise TypeError(f"not a condition node: {node!r}")


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "in":
        return left is not None and left in right
    if op == "not in":
        return left is None or left not in right
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if left is None or right is None:
        return False
    if isinstance(left, date) != isinstance(right, date):
        raise TypeError(f"cannot compare {left!r} with {right!r}")
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
