"""Errors of the procedure layer, each naming where the fault is."""

from __future__ import annotations


class DefinitionError(ValueError):
    """A procedure definition is broken; `path` locates the fault in the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class AnswerError(ValueError):
    """An answers document is malformed; `key` is the dotted key at fault."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


class MissingAnswer(LookupError):
    """A rule needs the answer to a shown question that has not been given yet."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
