"""The rules of the house that code can check: arrows point inward, Qt stays in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"


def imports_of(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (KIOSK / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(KIOSK))] = names
    return found


@pytest.mark.parametrize("package", ["procedure", "store", "pdf", "deposit", "scanning", "sync",
                                     "security"])
def test_no_qt_outside_ui(package: str) -> None:
    for path, names in imports_of(package).items():
        assert not any(n.startswith(("PySide6", "kiosk.ui")) for n in names), path


def test_procedure_imports_nothing_of_the_project_but_itself() -> None:
    for path, names in imports_of("procedure").items():
        project = {n for n in names if n.startswith("kiosk")}
        assert all(n.startswith("kiosk.procedure") or n == "kiosk.paths" for n in project), (path, project)


def test_nothing_imports_the_ui() -> None:
    for package in ("procedure", "store", "pdf", "deposit", "scanning", "sync"):
        for path, names in imports_of(package).items():
            assert not any(n.startswith("kiosk.ui") for n in names), path
