"""Every command-line entry of the kiosk. Machine commands print JSON, exit 0 on
success and 2 on bad input with a one-line reason on standard error."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk import __version__

EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Input a machine gave us that we refuse, with a one-line reason."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Escale deposit kiosk")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where drafts and dossiers are kept")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--self-service", dest="mode", action="store_const", const="self_service")
    mode.add_argument("--assisted", dest="mode", action="store_const", const="assisted")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help=argparse.SUPPRESS)  # start-up benchmark: stop once the first screen is up
    commands = parser.add_subparsers(dest="command")

    procedure = commands.add_parser("procedure", help="the procedure engine")
    procedure_commands = procedure.add_subparsers(dest="procedure_command", required=True)
    checklist = procedure_commands.add_parser(
        "checklist", help="eligibility, blockers, warnings and documents for answers")
    checklist.add_argument("answers", type=Path, help="ANSWERS.json (an object or an array)")
    checklist.add_argument("--date", type=_iso_date, default=None, help="deposit date")
    dossier = commands.add_parser("dossier", help="dossiers in the local store")
    dossier_commands = dossier.add_subparsers(dest="dossier_command", required=True)
    deposit = dossier_commands.add_parser("deposit", help="deposit a dossier from answers and files")
    deposit.add_argument("answers", type=Path, help="ANSWERS.json (one object)")
    deposit.add_argument("--file", action="append", default=[], metavar="CODE=PATH",
                         help="a file for a document requirement; repeat for several")

    tour = commands.add_parser("tour", help="render every screen to PNG with a widget report")
    tour.add_argument("--lang", default="fr")
    tour.add_argument("--out", type=Path, required=True)
    return parser


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path} is not valid JSON: {exc}") from None


def _deposit(args: argparse.Namespace) -> dict[str, str]:
    from kiosk.deposit.batch import DepositError, deposit_from_answers
    from kiosk.paths import default_data_dir
    from kiosk.procedure.errors import AnswerError
    from kiosk.store.dossiers import DossierStore

    answers = _read_json(args.answers)
    files = []
    for spec in args.file:
        code, sep, path = spec.partition("=")
        if not sep or not code or not path:
            raise BadInput(f"--file expects CODE=PATH, got {spec!r}")
        files.append((code, Path(path)))
    with DossierStore(args.data_dir or default_data_dir()) as store:
        try:
            record = deposit_from_answers(store, answers, files)
        except AnswerError as exc:
            raise BadInput(f"{exc.key}: {exc.message}") from None
        except DepositError as exc:
            raise BadInput(str(exc)) from None
    return {"id": record.id, "state": record.state}


def _checklist(args: argparse.Namespace) -> Any:
    from kiosk.procedure.checklist import run_checklist
    from kiosk.procedure.errors import AnswerError

    document = _read_json(args.answers)
    deposit_date = args.date or date.today()
    cases = document if isinstance(document, list) else [document]
    results = []
    for index, answers in enumerate(cases):
        try:
            results.append(run_checklist(answers, deposit_date))
        except AnswerError as exc:
            where = f"[{index}] " if isinstance(document, list) else ""
            raise BadInput(f"{where}{exc.key}: {exc.message}") from None
    return results if isinstance(document, list) else results[0]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "procedure":
            print(json.dumps(_checklist(args), ensure_ascii=False))
            return 0
        if args.command == "dossier":
            print(json.dumps(_deposit(args), ensure_ascii=False))
            return 0
        if args.command == "tour":
            from kiosk.ui.tour import run_tour

            report = run_tour(args.out, args.lang)
            print(json.dumps({"out": str(args.out), "screens": len(report["screens"])}))
            return 0
    except BadInput as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from kiosk.ui.app import run_gui

    return run_gui(data_dir=args.data_dir, mode=args.mode, quit_when_shown=args.quit_when_shown)


if __name__ == "__main__":
    sys.exit(main())
