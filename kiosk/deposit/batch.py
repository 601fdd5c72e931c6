"""A whole deposit from a file of answers and a list of files, without the GUI (the
`kiosk dossier deposit` command): all of it is stored, or nothing is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.deposit.session import DepositRefused, DepositSession
from kiosk.procedure.answers import flatten
from kiosk.procedure.definition import default_procedure
from kiosk.procedure.engine import Evaluation
from kiosk.procedure.errors import AnswerError
from kiosk.store.dossiers import DossierRecord, DossierStore
from kiosk.store.errors import AttachmentError


class DepositError(ValueError):
    """The deposit was refused; nothing was kept."""


def deposit_from_answers(store: DossierStore, answers: Any, files: list[tuple[str, Path]],
                         today: Callable[[], date] = date.today) -> DossierRecord:
    procedure = default_procedure()
    flat = flatten(answers, procedure)
    Evaluation(procedure, flat, today()).raise_for_malformed()
    known = {r.code for r in procedure.documents}
    for code, _ in files:
        if code not in known:
            raise DepositError(f"unknown document code {code!r}")
    session = DepositSession.start(store, procedure=procedure, today=today)
    try:
        for key, value in flat.items():
            session.set_answer(key, value)
        for code, path in files:
            session.attach(code, path)
        return session.deposit()
    except (DepositRefused, AttachmentError, AnswerError) as exc:
        session.discard()
        raise DepositError(str(exc)) from exc
    except BaseException:
        session.discard()
        raise
