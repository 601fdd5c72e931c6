"""Translation entry points. French is the source language: every visible string goes
through Qt's translator, the procedure's own texts under the "procedure" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_procedure(text: str | None) -> str:
    """A text of the procedure definition (label, help, message), translated if we can."""
    if not text:
        return ""
    return QCoreApplication.translate("procedure", text)
