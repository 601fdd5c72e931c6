"""Every command-line entry of the kiosk. Machine commands print JSON, exit 0 on
success and 2 on bad input with a one-line reason on standard error."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__

if TYPE_CHECKING:
    from kiosk.config import Settings

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
    tour.add_argument("--lang", default="fr", choices=["fr", "en", "ar", "es", "pt", "ru", "tr", "zh_CN"])
    tour.add_argument("--out", type=Path, required=True)

    scan = commands.add_parser("scan", help="read codes in image files")
    scan_commands = scan.add_subparsers(dest="scan_command", required=True)
    barcode = scan_commands.add_parser("barcode", help="QR, DataMatrix, PDF417, Aztec and 1D codes")
    barcode.add_argument("images", type=Path, nargs="+", metavar="IMAGE")
    mrz = scan_commands.add_parser("mrz", help="the machine-readable zone of passports, ID cards, visas")
    mrz.add_argument("images", type=Path, nargs="+", metavar="IMAGE")
    twoddoc = scan_commands.add_parser("2ddoc", help="read a 2D-Doc and verify its signature")
    twoddoc.add_argument("image", type=Path, metavar="IMAGE")
    trust = commands.add_parser("trust", help="the 2D-Doc trust store")
    trust_commands = trust.add_subparsers(dest="trust_command", required=True)
    trust_import = trust_commands.add_parser(
        "import", help="certificates: DER, PEM, a ZIP or folder of them, or the ANTS trust list (TSL)")
    trust_import.add_argument("file", type=Path)

    doctor = commands.add_parser("doctor", help="check this terminal: configuration, central service, clock, "
                                                "camera, printer, disk, queue, database")
    doctor.add_argument("--json", action="store_true", help="one JSON line per check")
    doctor.add_argument("--timeout", type=float, default=5.0, help="seconds per network or camera check")

    enroll = commands.add_parser("enroll", help="enroll this kiosk with a one-time code from IT staff")
    enroll.add_argument("code", help="the one-time enrollment code")
    enroll.add_argument("--central", metavar="URL",
                        help="the central service (default: the configured central_url)")
    enroll.add_argument("--name", help="the name IT staff will see (default: site name or host name)")
    pin_hash = commands.add_parser("pin-hash", help="hash a PIN for mediator_pin_hash / admin_pin_hash "
                                                    "in config.toml")
    pin_hash.add_argument("--stdin", action="store_true",
                          help="read the PIN from standard input (one line) instead of asking twice")
    sync = commands.add_parser("sync", help="the outbox of sealed dossiers")
    sync_commands = sync.add_subparsers(dest="sync_command", required=True)
    sync_commands.add_parser("status", help="the outbox's counts by state")
    sync_commands.add_parser("run", help="one sync pass: seal, send, collect receipts")
    # Listed for --help only: `main` hands `central ...` to the service's own parser
    # (central/cli.py), whose import would add ~0.6 s to every kiosk start.
    commands.add_parser("central", help="the reference central service (serve, dossiers, enroll-code, "
                                        "devices, revoke); see `kiosk central --help`")
    return parser


def _central_args(argv: list[str]) -> list[str] | None:
    """The arguments after `central` if it is the command, else None."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--data-dir":
            index += 2
            continue
        if not token.startswith("-"):
            return argv[index + 1:] if token == "central" else None
        index += 1
    return None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path} is not valid JSON: {exc}") from None


def _settings(args: argparse.Namespace) -> Settings:
    from kiosk.config import ConfigError, load_settings

    try:
        return load_settings(data_dir=args.data_dir, mode=args.mode)
    except ConfigError as exc:
        raise BadInput(f"configuration: {exc}") from None


def _deposit(args: argparse.Namespace) -> dict[str, str]:
    """Store the dossier (all or nothing), then seal it into the outbox if the kiosk is
    enrolled (in demo mode it enrolls itself); else it waits, `ready`, for enrollment."""
    from kiosk.deposit.batch import DepositError, deposit_from_answers
    from kiosk.procedure.errors import AnswerError
    from kiosk.store.dossiers import DossierStore
    from kiosk.sync.runtime import SyncRuntime
    from kiosk.sync.worker import SyncReport

    answers = _read_json(args.answers)
    files = []
    for spec in args.file:
        code, sep, path = spec.partition("=")
        if not sep or not code or not path:
            raise BadInput(f"--file expects CODE=PATH, got {spec!r}")
        files.append((code, Path(path)))
    settings = _settings(args)
    with DossierStore(settings.data_dir) as store:
        try:
            record = deposit_from_answers(store, answers, files)
        except AnswerError as exc:
            raise BadInput(f"{exc.key}: {exc.message}") from None
        except DepositError as exc:
            raise BadInput(str(exc)) from None
        with SyncRuntime(settings, store) as runtime:
            engine = runtime.engine()
            if engine is None:
                return {"id": record.id, "state": record.state}
            report = SyncReport()
            engine.seal_ready(report)  # skipped if another pass holds the lock: it will seal it
        return {"id": record.id, "state": "sealed" if record.id in report.sealed else record.state}


def _enroll(args: argparse.Namespace) -> dict[str, str]:
    import httpx

    from kiosk.sync.client import SyncError, enroll_kiosk
    from kiosk.sync.runtime import device_name

    settings = _settings(args)
    url = args.central or settings.central_url
    if url is None:
        raise BadInput("no central service: give --central URL or set central_url")
    try:
        trust = enroll_kiosk(settings.data_dir, url, args.code.strip(), args.name or device_name(settings),
                             timeout=httpx.Timeout(settings.http_timeout_seconds))
    except SyncError as exc:
        raise BadInput(f"enrollment refused or failed: {exc}") from None
    return {"device_id": trust.device_id, "central_url": trust.base_url}


def _sync(args: argparse.Namespace) -> dict[str, Any]:
    from kiosk.store.dossiers import DossierStore
    from kiosk.store.models import READY
    from kiosk.sync.runtime import SyncRuntime

    settings = _settings(args)
    with DossierStore(settings.data_dir) as store:
        if args.sync_command == "status":
            return {READY: len(store.list_dossiers(READY)), **store.outbox.counts()}
        with SyncRuntime(settings, store) as runtime:
            engine = runtime.engine()
            if engine is None:
                raise BadInput("this kiosk is not enrolled: run `kiosk enroll CODE` first")
            report = engine.run_once()
            return {**report.as_json(), "outbox": store.outbox.counts()}


def _pin_hash(args: argparse.Namespace) -> str:
    """The Argon2id PHC string of a PIN of at least MIN_PIN_LENGTH digits, typed twice
    without echo (or one line on standard input with --stdin)."""
    import getpass

    from kiosk.security.pins import MIN_PIN_LENGTH, hash_pin

    if args.stdin:
        pin = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            pin = getpass.getpass("PIN: ")
            if getpass.getpass("PIN (again): ") != pin:
                raise BadInput("pin-hash: the two PINs differ")
        except (EOFError, KeyboardInterrupt):
            raise BadInput("pin-hash: no PIN given") from None
    if len(pin) < MIN_PIN_LENGTH:
        raise BadInput(f"pin-hash: a PIN has at least {MIN_PIN_LENGTH} digits")
    if not pin.isascii() or not pin.isdigit():
        raise BadInput("pin-hash: a PIN is made of digits 0-9 only")
    return hash_pin(pin)


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


def _twoddoc(args: argparse.Namespace) -> dict[str, Any]:
    """`scan 2ddoc` and `trust import`. The specification's test authority (FR00) is
    trusted in demo mode only (no central service configured)."""
    from kiosk.scanning.twoddoc_cli import TwoDDocCommandError, scan_2ddoc, trust_import

    settings = _settings(args)
    try:
        if args.command == "trust":
            return trust_import(args.file, settings.data_dir)
        return scan_2ddoc(args.image, settings.data_dir, trust_test_authority=settings.central_url is None)
    except TwoDDocCommandError as exc:
        raise BadInput(str(exc)) from None


def _scan_mrz(args: argparse.Namespace) -> int:
    """One JSON line per image, printed as it is read; exit 2 if a file was not an image."""
    from kiosk.scanning.mrz.cli import scan_mrz_file

    status = 0
    for path in args.images:
        line = scan_mrz_file(path)
        if line.get("refused"):
            print(f"kiosk: {path}: {line['reason']}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status


def _scan(args: argparse.Namespace) -> int:
    """One JSON line per image, printed as it is read; exit 2 if any file was unreadable."""
    import time

    from kiosk.scanning.barcodes import read_codes
    from kiosk.scanning.images import ImageLoadError, load_image

    status = 0
    for path in args.images:
        started = time.perf_counter()
        line: dict[str, Any] = {"file": str(path)}
        try:
            line["codes"] = [code.as_json() for code in read_codes(load_image(path))]
        except ImageLoadError as exc:
            line |= {"codes": [], "error": str(exc)}
            print(f"kiosk: {path}: {exc}", file=sys.stderr)
            status = EXIT_BAD_INPUT
        line["ms"] = round((time.perf_counter() - started) * 1000, 1)
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status


COMMANDS = {"procedure": _checklist, "dossier": _deposit, "enroll": _enroll, "sync": _sync}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if (central_args := _central_args(argv)) is not None:
        from central.cli import main as central_main

        return central_main(central_args, prog="kiosk central")
    args = _parser().parse_args(argv)
    try:
        if args.command == "doctor":
            from kiosk.doctor import main as doctor_main

            return doctor_main([*(["--json"] if args.json else []), "--timeout", str(args.timeout),
                                *(["--data-dir", str(args.data_dir)] if args.data_dir else [])])
        if args.command == "scan" and args.scan_command == "barcode":
            return _scan(args)
        if args.command == "scan" and args.scan_command == "mrz":
            return _scan_mrz(args)
        if args.command in ("scan", "trust"):
            print(json.dumps(_twoddoc(args), ensure_ascii=False))
            return 0
        if args.command == "pin-hash":
            print(_pin_hash(args))
            return 0
        if args.command in COMMANDS:
            print(json.dumps(COMMANDS[args.command](args), ensure_ascii=False))
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
