"""Answers travel as nested JSON (`{"host": {"kind": "french"}}`) and live in the
engine as a flat mapping of dotted keys (`{"host.kind": "french"}`)."""

from __future__ import annotations

from typing import Any

from kiosk.procedure.definition import Procedure
from kiosk.procedure.errors import AnswerError


def flatten(nested: Any, procedure: Procedure) -> dict[str, Any]:
    """Dotted keys of a nested answers object; unknown keys are an AnswerError."""
    if not isinstance(nested, dict):
        raise AnswerError("(root)", "expected a JSON object of answers")
    flat: dict[str, Any] = {}
    prefixes = procedure.key_prefixes

    def walk(node: dict[str, Any], prefix: str) -> None:
        for name, value in node.items():
            key = f"{prefix}{name}"
            if not isinstance(name, str) or not name:
                raise AnswerError(prefix.rstrip(".") or "(root)", "empty or non-text key")
            if key in procedure.questions:
                if value is not None:
                    flat[key] = value
            elif key in prefixes:
                if not isinstance(value, dict):
                    raise AnswerError(key, "expected an object")
                walk(value, key + ".")
            else:
                raise AnswerError(key, "unknown key")

    walk(nested, "")
    return flat


def unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        node = nested
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return nested
