"""ICAO 9303 machine-readable zones: layouts, check digits, field grammar and extraction.

Formats: TD1 (3×30), TD2 (2×36), TD3 (2×44), MRV-A (2×44), MRV-B (2×36) and the French
national ID card of 1988–2021 ("FRA-ID", 2×36, its own layout and a global check digit).

Written from the specification (the `mrz` package is GPL-3, fastmrz AGPL-3). Positions
below are 0-based over the lines joined into one string. `evaluate()` is the single
oracle used both by `parse()` (clean text) and by `correct.py` (search among the
recogniser's alternatives): an MRZ is *consistent* when every check digit passes and
every field obeys its grammar (digits where only digits stand, real dates, listed
country codes, well-formed names)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from kiosk.scanning.mrz.countries import icao_codes
from kiosk.scanning.mrz.types import MRZ_ALPHABET

UNLISTED_CODE = "unknown country code"  # a state code off ICAO's list (see unlisted_codes_kept)
STATE_FIELDS = ("issuing_state", "nationality")
_PRINTED_CODE = re.compile("[A-Z0-9]{3}")

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIGITS + LETTERS
FILLER = "<"
WEIGHTS = (7, 3, 1)
VALUES = {c: i for i, c in enumerate(ALNUM)} | {FILLER: 0}

FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB", "FRA-ID")
SHAPES: dict[tuple[int, ...], tuple[str, ...]] = {
    (30, 30, 30): ("TD1",),
    (36, 36): ("TD2", "MRVB", "FRA-ID"),
    (44, 44): ("TD3", "MRVA"),
}
# Which document-code letters (first character) each format accepts.
FIRST_LETTERS = {"TD1": "IAC", "TD2": "IAC", "TD3": "P", "MRVA": "V", "MRVB": "V", "FRA-ID": "I"}
FIELD_NAMES = ("document_type", "issuing_state", "document_number", "surname", "given_names",
               "nationality", "birth_date", "sex", "expiry_date", "optional_data")
NAME_FIELDS = ("surname", "given_names")
# Fields no check digit protects (in every format but FRA-ID, whose global digit covers
# line 1 and the names): only grammar and cross-frame voting guard them.
UNCHECKED_KINDS = frozenset({"type", "state", "name", "fname", "fgiven", "sex", "admin"})


def char_value(c: str) -> int | None:
    return VALUES.get(c)


def check_digit(text: str) -> str | None:
    """ICAO 9303 check digit: weights 7-3-1 repeating, sum mod 10; None if a character
    is outside the MRZ alphabet."""
    total = 0
    for i, c in enumerate(text):
        v = VALUES.get(c)
        if v is None:
            return None
        total += v * WEIGHTS[i % 3]
    return str(total % 10)


# --------------------------------------------------------------------------- layouts

@dataclass(frozen=True)
class Part:
    name: str  # layout name: document_type, name, surname, optional_data_2 …
    kind: str  # grammar: see _GRAMMARS and allowed()
    pos: tuple[int, ...]


@dataclass(frozen=True)
class Check:
    name: str  # the field it protects, or "composite"
    pos: int
    covers: tuple[int, ...]


def _r(a: int, b: int) -> tuple[int, ...]:
    return tuple(range(a, b))


def _doc_number(text: str, start: int, check: int, opt: tuple[int, int]) -> tuple[list[Part], Check, int]:
    """Document number at start..start+9 with its check digit, or — when the check-digit
    position holds a filler (TD1/TD2 numbers longer than 9) — continued at the start of
    the optional data up to its first filler, whose preceding character is the check
    digit. Returns the parts, the check and where the remaining optional data starts."""
    if text[check] == FILLER and FILLER not in text[start:check]:
        rest = text[opt[0]:opt[1]]
        k = rest.find(FILLER)
        k = len(rest) if k < 0 else k
        if k >= 2:  # at least one more character and a check digit
            pos = _r(start, check) + _r(opt[0], opt[0] + k - 1)
            part = Part("document_number", "docnum_long", pos)
            return [part], Check("document_number", opt[0] + k - 1, pos), min(opt[0] + k + 1, opt[1])
    pos = _r(start, check)
    return [Part("document_number", "docnum", pos)], Check("document_number", check, pos), opt[0]


def _td1(text: str) -> tuple[list[Part], list[Check]]:
    doc, doc_check, opt_start = _doc_number(text, 5, 14, (15, 30))
    parts = [Part("document_type", "type", _r(0, 2)), Part("issuing_state", "state", _r(2, 5)),
             *doc, Part("optional_data", "free", _r(opt_start, 30)),
             Part("birth_date", "birth", _r(30, 36)), Part("sex", "sex", (37,)),
             Part("expiry_date", "expiry", _r(38, 44)), Part("nationality", "state", _r(45, 48)),
             Part("optional_data_2", "free", _r(48, 59)), Part("name", "name", _r(60, 90))]
    checks = [doc_check, Check("birth_date", 36, _r(30, 36)), Check("expiry_date", 44, _r(38, 44)),
              Check("composite", 59, _r(5, 30) + _r(30, 37) + _r(38, 45) + _r(48, 59))]
    return parts, checks


def _two_line_head(width: int) -> list[Part]:
    return [Part("document_type", "type", _r(0, 2)), Part("issuing_state", "state", _r(2, 5)),
            Part("name", "name", _r(5, width))]


def _line2_core(o: int) -> tuple[list[Part], list[Check]]:
    """Nationality, dates and sex: identical in TD2/TD3/MRV-A/MRV-B (o = line 2 start)."""
    parts = [Part("nationality", "state", _r(o + 10, o + 13)),
             Part("birth_date", "birth", _r(o + 13, o + 19)), Part("sex", "sex", (o + 20,)),
             Part("expiry_date", "expiry", _r(o + 21, o + 27))]
    checks = [Check("birth_date", o + 19, _r(o + 13, o + 19)),
              Check("expiry_date", o + 27, _r(o + 21, o + 27))]
    return parts, checks


def _td2(text: str) -> tuple[list[Part], list[Check]]:
    doc, doc_check, opt_start = _doc_number(text, 36, 45, (64, 71))
    core, core_checks = _line2_core(36)
    parts = [*_two_line_head(36), *doc, *core, Part("optional_data", "free", _r(opt_start, 71))]
    composite = Check("composite", 71, _r(36, 46) + _r(49, 56) + _r(57, 71))
    return parts, [doc_check, *core_checks, composite]


def _td3(text: str) -> tuple[list[Part], list[Check]]:
    core, core_checks = _line2_core(44)
    parts = [*_two_line_head(44), Part("document_number", "docnum", _r(44, 53)), *core,
             Part("optional_data", "free", _r(72, 86))]
    checks = [Check("document_number", 53, _r(44, 53)), *core_checks,
              Check("optional_data", 86, _r(72, 86)),
              Check("composite", 87, _r(44, 54) + _r(57, 64) + _r(65, 87))]
    return parts, checks


def _mrv(width: int) -> tuple[list[Part], list[Check]]:
    core, core_checks = _line2_core(width)
    parts = [*_two_line_head(width), Part("document_number", "docnum", _r(width, width + 9)), *core,
             Part("optional_data", "free", _r(width + 28, 2 * width))]
    return parts, [Check("document_number", width + 9, _r(width, width + 9)), *core_checks]


def _fra_id(text: str) -> tuple[list[Part], list[Check]]:
    parts = [Part("document_type", "type", _r(0, 2)), Part("issuing_state", "state", _r(2, 5)),
             Part("surname", "fname", _r(5, 30)), Part("optional_data", "admin", _r(30, 36)),
             Part("document_number", "fdocnum", _r(36, 48)), Part("given_names", "fgiven", _r(49, 63)),
             Part("birth_date", "birth", _r(63, 69)), Part("sex", "sex", (70,))]
    checks = [Check("document_number", 48, _r(36, 48)), Check("birth_date", 69, _r(63, 69)),
              Check("composite", 71, _r(0, 71))]
    return parts, checks


def layout(fmt: str, text: str) -> tuple[list[Part], list[Check]]:
    """The parts and checks of `text` read as `fmt` (TD1/TD2 depend on the text: long
    document numbers move the check digit into the optional data)."""
    if fmt == "TD1":
        return _td1(text)
    if fmt == "TD2":
        return _td2(text)
    if fmt in ("TD3", "MRVA", "MRVB", "FRA-ID"):
        return _static_layout(fmt)
    raise ValueError(f"unknown MRZ format {fmt!r}")


@cache
def _static_layout(fmt: str) -> tuple[list[Part], list[Check]]:
    return {"TD3": lambda: _td3(""), "MRVA": lambda: _mrv(44), "MRVB": lambda: _mrv(36),
            "FRA-ID": lambda: _fra_id("")}[fmt]()


# --------------------------------------------------------------------------- grammar

_NAME = re.compile(r"[A-Z]+(<[A-Z]+)*(<<[A-Z]+(<[A-Z]+)*)?<*")  # PRIMARY<<SECONDARY<<<…
_FNAME = re.compile(r"[A-Z]+(<{1,2}[A-Z]+)*<*")  # French card: names apart by one or two fillers
_FGIVEN = re.compile(r"([A-Z]+(<{1,2}[A-Z]+)*)?<*")
_DOCNUM = re.compile(r"[A-Z0-9]+<*")
_FDOCNUM = re.compile(r"[0-9]{2}(0[1-9]|1[0-2])[A-Z0-9<]{3}[0-9]{5}")  # YYMM, department, serial
_ADMIN = re.compile(r"[A-Z0-9<]{3}[0-9<]{3}")  # department, office


def _date_ok(s: str, unknown_parts: bool) -> bool:
    """YYMMDD with a real month and day (29 February always allowed: the century is
    unknown). A birth date may have unknown components written `<<`."""
    if len(s) != 6:
        return False
    yy, mm, dd = s[:2], s[2:4], s[4:]
    for comp in (yy, mm, dd):
        if comp == "<<" and unknown_parts:
            continue
        if not comp.isdigit() or not comp.isascii():
            return False
    if mm != "<<" and not 1 <= int(mm) <= 12:
        return False
    if dd != "<<":
        last = 31 if mm == "<<" else calendar.monthrange(2000, int(mm))[1]
        if not 1 <= int(dd) <= last:
            return False
    return True


def grammar_problem(part: Part, value: str, fmt: str) -> str | None:
    """Why `value` cannot stand in `part`, or None."""
    if any(c not in MRZ_ALPHABET for c in value):
        return "character outside the MRZ alphabet"
    kind = part.kind
    if kind == "type":
        if fmt == "FRA-ID":
            return None if value == "ID" else "not a French identity card"
        ok = value[0] in FIRST_LETTERS[fmt] and value[1] in LETTERS + FILLER
        return None if ok else f"document code not allowed for {fmt}"
    if kind == "state":
        allowed = {"FRA"} if fmt == "FRA-ID" else icao_codes()
        return None if value in allowed else UNLISTED_CODE
    if kind == "sex":
        return None if value in "MFX<" else "sex must be M, F, X or <"
    if kind == "birth":
        return None if _date_ok(value, unknown_parts=True) else "not a date"
    if kind == "expiry":
        return None if value == "<<<<<<" or _date_ok(value, unknown_parts=False) else "not a date"
    regex = {"name": _NAME, "fname": _FNAME, "fgiven": _FGIVEN, "docnum": _DOCNUM,
             "docnum_long": re.compile("[A-Z0-9]+"), "fdocnum": _FDOCNUM, "admin": _ADMIN}.get(kind)
    if regex is not None and not regex.fullmatch(value):
        return "malformed name" if kind in ("name", "fname", "fgiven") else "malformed"
    return None


def allowed_chars(fmt: str, part: Part | None, index: int) -> str:
    """The characters that may stand at `index` within `part` (None: a check digit)."""
    if part is None:
        return DIGITS + FILLER
    kind = part.kind
    if kind == "type":
        if fmt == "FRA-ID":
            return "ID"[index]
        return FIRST_LETTERS[fmt] if index == 0 else LETTERS + FILLER
    if kind == "state":
        return "FRA"[index] if fmt == "FRA-ID" else LETTERS + FILLER
    if kind in ("name", "fname", "fgiven"):
        return LETTERS + FILLER
    if kind == "sex":
        return "MFX<"
    if kind in ("birth", "expiry"):
        return DIGITS + FILLER
    if kind == "fdocnum":
        return ALNUM + FILLER if 4 <= index < 7 else DIGITS
    if kind == "admin":
        return (ALNUM if index < 3 else DIGITS) + FILLER
    if kind == "docnum_long":
        return ALNUM
    return ALNUM + FILLER


# --------------------------------------------------------------------------- evaluation

@dataclass(frozen=True)
class Evaluation:
    fmt: str
    text: str
    parts: tuple[Part, ...]
    checks: tuple[Check, ...]
    check_results: dict[str, bool]
    problems: tuple[tuple[str, str], ...]  # (layout part name, reason)

    @property
    def ok(self) -> bool:
        return not self.problems and all(self.check_results.values())


def check_passes(text: str, check: Check) -> bool:
    covered = "".join(text[i] for i in check.covers)
    char = text[check.pos]
    if char == FILLER:  # a filler check digit is allowed only for an all-filler field
        return covered == FILLER * len(covered)
    return char in DIGITS and check_digit(covered) == char


def evaluate(fmt: str, text: str) -> Evaluation:
    parts, checks = layout(fmt, text)
    problems = []
    for part in parts:
        why = grammar_problem(part, "".join(text[i] for i in part.pos), fmt)
        if why:
            problems.append((part.name, why))
    results = {c.name: check_passes(text, c) for c in checks}
    return Evaluation(fmt, text, tuple(parts), tuple(checks), results, tuple(problems))


# --------------------------------------------------------------------------- extraction

def clean_name(raw: str) -> str:
    """`<` fillers to spaces, runs collapsed, trimmed."""
    return " ".join(raw.replace(FILLER, " ").split())


def _part_text(ev: Evaluation, name: str) -> str | None:
    for part in ev.parts:
        if part.name == name:
            return "".join(ev.text[i] for i in part.pos)
    return None


def extract(ev: Evaluation) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(fields as in the contract, format-specific extras, names likely truncated)."""
    get = lambda name: _part_text(ev, name) or ""  # noqa: E731
    fields = dict.fromkeys(FIELD_NAMES, "")
    fields["document_type"] = get("document_type").rstrip(FILLER)
    fields["issuing_state"] = get("issuing_state").rstrip(FILLER) or get("issuing_state")
    fields["document_number"] = get("document_number").rstrip(FILLER)
    fields["birth_date"] = get("birth_date")
    fields["sex"] = get("sex")
    extra: dict[str, str] = {}
    truncated: list[str] = []
    if ev.fmt == "FRA-ID":
        surname, given = get("surname"), get("given_names")
        fields["surname"], fields["given_names"] = clean_name(surname), clean_name(given)
        fields["nationality"] = "FRA"  # implied: the card is issued to French nationals only
        fields["optional_data"] = get("optional_data").rstrip(FILLER)
        admin = get("optional_data")
        extra = {"issued": fields["document_number"][:4], "department": admin[:3].rstrip(FILLER),
                 "office": admin[3:].rstrip(FILLER)}
        truncated += ["surname"] if surname[-1:] not in ("", FILLER) else []
        truncated += ["given_names"] if given[-1:] not in ("", FILLER) else []
        return fields, extra, tuple(truncated)
    nat = get("nationality")
    fields["nationality"] = nat.rstrip(FILLER) or nat
    fields["expiry_date"] = get("expiry_date")
    name = get("name")
    primary, _, secondary = name.partition("<<")
    fields["surname"], fields["given_names"] = clean_name(primary), clean_name(secondary)
    if name[-1:] not in ("", FILLER):  # full to the last position: probably cut short
        truncated.append("given_names" if fields["given_names"] else "surname")
    opt1 = get("optional_data").rstrip(FILLER)
    if ev.fmt == "TD1":
        opt2 = get("optional_data_2").rstrip(FILLER)
        extra = {"optional_data_1": opt1, "optional_data_2": opt2}
        fields["optional_data"] = f"{opt1} {opt2}" if opt2 else opt1
    else:
        fields["optional_data"] = opt1
    return fields, extra, tuple(truncated)


# Which contract fields a layout part or a check feeds (for confidences and ambiguity).
_PART_FIELDS = {"name": NAME_FIELDS, "optional_data_2": ("optional_data",),
                "composite": ()}


def fields_of(layout_name: str) -> tuple[str, ...]:
    return _PART_FIELDS.get(layout_name, (layout_name,))


# --------------------------------------------------------------------------- result

@dataclass(frozen=True)
class MrzResult:
    """One read MRZ. `valid` is the strict verdict the kiosk may prefill from: every
    check digit passes, every field obeys its grammar and nothing is ambiguous."""

    format: str | None  # TD1/TD2/TD3/MRVA/MRVB/FRA-ID, None when not an MRZ
    lines: tuple[str, ...]
    fields: dict[str, str]
    checks: dict[str, bool] = field(default_factory=dict)  # check name → passes
    confidence: dict[str, float] = field(default_factory=dict)  # field → 0..1
    problems: tuple[str, ...] = ()  # "field: reason", for logs and tests (no personal data)
    ambiguous: tuple[str, ...] = ()  # fields two readings disagree on, both consistent
    truncated: tuple[str, ...] = ()  # name fields full to the last position
    corrections: int = 0  # characters changed from the recogniser's best reading
    extra: dict[str, str] = field(default_factory=dict)  # TD1 optional parts, FRA-ID codes
    reason: str = ""  # why this is not an MRZ (format None)

    @property
    def checks_ok(self) -> bool:
        return self.format is not None and all(self.checks.values())

    @property
    def valid(self) -> bool:
        return self.checks_ok and not self.problems and not self.ambiguous

    def to_json(self) -> dict[str, object]:
        """The `kiosk scan mrz` shape (without file, found and ms, which the CLI adds)."""
        return {"format": self.format, "lines": list(self.lines), "valid": self.valid,
                "fields": dict(self.fields)}


def not_an_mrz(lines: Sequence[str], reason: str) -> MrzResult:
    return MrzResult(None, tuple(lines), dict.fromkeys(FIELD_NAMES, ""), reason=reason)


def shape_problem(lines: Sequence[str]) -> str | None:
    if not lines:
        return "no lines"
    shape = tuple(len(line) for line in lines)
    if shape not in SHAPES:
        return f"line lengths {list(shape)} match no MRZ format (3×30, 2×36, 2×44)"
    return None


def build_result(ev: Evaluation, line_width: int, confidence: dict[str, float] | None = None,
                 ambiguous: Sequence[str] = (), corrections: int = 0) -> MrzResult:
    fields, extra, truncated = extract(ev)
    problems = tuple(f"{', '.join(fields_of(n)) or n}: {why}" for n, why in ev.problems)
    problems += tuple(f"{name}: check digit fails" for name, ok in ev.check_results.items() if not ok)
    lines = tuple(ev.text[i:i + line_width] for i in range(0, len(ev.text), line_width))
    conf = dict.fromkeys(FIELD_NAMES, 1.0) | (confidence or {})
    if ev.fmt == "FRA-ID":
        conf["expiry_date"] = 0.0  # not in this zone
    return MrzResult(ev.fmt, lines, fields, dict(ev.check_results), conf, problems,
                     tuple(sorted(set(ambiguous))), truncated, corrections, extra)


def pick_format(lines: Sequence[str]) -> str:
    """The format of clean text, from line lengths and the document code."""
    shape = SHAPES[tuple(len(line) for line in lines)]
    first = lines[0][:1]
    if "FRA-ID" in shape and lines[0].startswith("IDFRA") and not lines[1][10:13].isalpha():
        return "FRA-ID"  # France never issued TD2; its 2×36 card has digits where TD2 has a nationality
    for fmt in shape:
        if fmt != "FRA-ID" and first in FIRST_LETTERS[fmt]:
            return fmt
    return shape[0]


def parse(lines: Sequence[str] | str) -> MrzResult:
    """Parse clean MRZ text (lines, or one string with newlines) as it stands: no
    correction. Bad input gives a result with format None and a reason, never raises."""
    if isinstance(lines, str):
        lines = lines.split()
    try:
        lines = [str(line).strip() for line in lines]
    except Exception as exc:  # an odd object instead of text
        return not_an_mrz([], f"not text: {type(exc).__name__}")
    why = shape_problem(lines)
    if why is None:
        bad = [(n, i, c) for n, line in enumerate(lines) for i, c in enumerate(line) if c not in MRZ_ALPHABET]
        if bad:
            n, i, c = bad[0]
            why = f"character {c!r} at line {n + 1}, column {i + 1} is not an MRZ character"
    if why is not None:
        return not_an_mrz(lines, why)
    fmt = pick_format(lines)
    result = build_result(evaluate(fmt, "".join(lines)), len(lines[0]))
    return unlisted_codes_kept(result) or result


def unlisted_codes_kept(result: MrzResult) -> MrzResult | None:
    """`result` made valid when a country code off ICAO's list is all that stops it: every
    check digit passes, every other field obeys its grammar, nothing is ambiguous, and the
    code is three letters or digits (no filler) at least two characters away from every
    listed code (one away, it is likelier that code misread: FR4 for FRA). Some documents
    print their own code (an older Romanian identity card: `132` where its nationality
    stands); refusing the zone would lose the check-digited fields. No check digit covers
    a code, so it is given with no confidence: shown, never prefilled as read
    (vote.fields_to_check). Tried by correct() only when no reading is valid as it is: a
    listed code within the recogniser's alternatives wins."""
    if not result.checks_ok or result.ambiguous or not result.problems or result.format == "FRA-ID":
        return None  # (the French card's code is part of its format: FRA or not that card)
    unlisted = {f"{name}: {UNLISTED_CODE}": name for name in STATE_FIELDS}
    if not set(result.problems) <= unlisted.keys():
        return None
    codes = [unlisted[problem] for problem in result.problems]
    if not all(_PRINTED_CODE.fullmatch(result.fields[name]) and _far_from_listed(result.fields[name])
               for name in codes):
        return None
    return replace(result, problems=(), confidence=result.confidence | dict.fromkeys(codes, 0.0))


def _far_from_listed(code: str) -> bool:
    return all(sum(a != b for a, b in zip(code, listed, strict=True)) > 1 for listed in icao_codes())


# --------------------------------------------------------------------------- composing

def _name_field(surname: str, given: str, width: int) -> str:
    primary = "<".join(surname.split())
    secondary = "<".join(given.split())
    raw = f"{primary}<<{secondary}" if secondary else primary
    return raw[:width].ljust(width, FILLER)


def _pad(value: str, width: int) -> str:
    value = value.replace(" ", FILLER)
    if len(value) > width:
        raise ValueError(f"{value!r} longer than {width}")
    return value.ljust(width, FILLER)


def _with_check(value: str, width: int) -> str:
    padded = _pad(value, width)
    return padded + (check_digit(padded) or "0")


def compose(fmt: str, fields: dict[str, str]) -> tuple[str, ...]:
    """MRZ lines for `fields` (the contract's keys), with every check digit computed.
    For tests and specimens; names longer than their field are truncated."""
    f = {k: fields.get(k, "") for k in FIELD_NAMES}
    doc_type, state, number = f["document_type"], f["issuing_state"], f["document_number"]
    birth, sex, expiry, nat, opt = f["birth_date"], f["sex"] or FILLER, f["expiry_date"], f["nationality"], \
        f["optional_data"]
    if fmt == "FRA-ID":
        line1 = "IDFRA" + _name_field(f["surname"], "", 25) + _pad(opt, 6)
        given = "<<".join(f["given_names"].split())[:14]
        line2 = _with_check(number, 12) + _pad(given, 14) + _with_check(birth, 6) + sex
        return line1, line2 + check_digit(line1 + line2)
    if fmt == "TD1":
        opt1, _, opt2 = opt.partition(" ")
        if len(number) > 9:
            rest = number[9:] + check_digit(number) + FILLER + opt1
            line1 = _pad(doc_type, 2) + _pad(state, 3) + number[:9] + FILLER + _pad(rest, 15)
        else:
            line1 = _pad(doc_type, 2) + _pad(state, 3) + _with_check(number, 9) + _pad(opt1, 15)
        line2 = _with_check(birth, 6) + sex + _with_check(expiry, 6) + _pad(nat, 3) + _pad(opt2, 11)
        line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return line1, line2, _name_field(f["surname"], f["given_names"], 30)
    width = 44 if fmt in ("TD3", "MRVA") else 36
    line1 = _pad(doc_type, 2) + _pad(state, 3) + _name_field(f["surname"], f["given_names"], width - 5)
    if fmt == "TD2" and len(number) > 9:
        doc = number[:9] + FILLER
        opt = number[9:] + check_digit(number) + FILLER + opt
    else:
        doc = _with_check(number, 9)
    line2 = doc + _pad(nat, 3) + _with_check(birth, 6) + sex + _with_check(expiry, 6)
    if fmt == "TD3":
        personal = _pad(opt, 14)
        filler_only = personal == FILLER * 14
        line2 += personal + (FILLER if filler_only else check_digit(personal))
        return line1, line2 + check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    if fmt == "TD2":
        line2 += _pad(opt, 7)
        return line1, line2 + check_digit(line2[0:10] + line2[13:20] + line2[21:35])
    return line1, line2 + _pad(opt, width - 28)
