"""Best MRZ from the recogniser's readings, corrected only where the evidence proves it.

What is guaranteed (single-substitution model: the reading differs from a valid MRZ in
one character, and the recogniser's candidates are its only evidence):

* Plain text (no alternatives): the only changes made are (1) letter→digit look-alikes
  (O→0, I→1, B→8 …) at positions where only digits may stand — a check digit covers every
  such position, and one wrong digit always changes a 7-3-1 sum mod 10, so the check
  accepts the original digit or nothing (not where `<`, worth 0 like `0`, may stand too:
  the French card's office code, and the TD1/TD2 positions a long document number may
  take, whose role depends on the text); (2) in a field no check digit covers (document
  code, states, names, sex) that breaks its grammar, the one substitution that makes the
  whole MRZ consistent, *if it is unique* — under the model the original is among the
  repairs, so a unique repair is the original. The result is the original, or invalid,
  or — only when the corrupted text is itself a consistent MRZ — that text unchanged.
* Recogniser input: substitutions come only from the candidates with probability ≥
  `MIN_ALTERNATIVE` at each position (≤ `MAX_SUBSTITUTIONS` in all). Among the consistent
  readings with the fewest substitutions, one must stand alone: if two differ in any
  field, or if one more candidate swap on the chosen reading (or two under one check
  digit, which can cancel out) is also consistent and changes a field, those fields are
  reported ambiguous and the MRZ invalid — but for names, which no check digit can ever
  settle: the MRZ stands and they are given with no confidence (held back for the
  applicant).

Where it cannot hold — corruptions that leave a consistent MRZ, which no reader of a
single frame can tell from the original:
* fields no check digit covers (document code, issuing state, nationality, sex, names,
  MRV optional data): a substitution that keeps the grammar (another listed country,
  M↔F, one letter of a name for another, a name letter ↔ `<`);
* check-digited fields that admit letters (document numbers, optional data, TD1/TD2
  continuation marks): characters of equal value mod 10 (0/A/K/U/<, 1/B/L/V, 2/C/M/W,
  3/D/N/X, 4/E/O/Y, 5/F/P/Z, 6/G/Q, 7/H/R, 8/I/S, 9/J/T) leave every check digit as it
  was — ICAO's design limit;
* more than one wrong character;
* a country code read off ICAO's list, two characters or more from every listed code,
  every check digit and every other field holding: kept as printed (a document may print
  its own code), with no confidence — shown, never prefilled (parse.unlisted_codes_kept).
Against these the kiosk has the recogniser's alternatives (the ambiguity rule above),
cross-frame voting (vote.py) and the applicant's confirmation of the prefilled form."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

from kiosk.scanning.mrz.parse import (
    FIELD_NAMES,
    FIRST_LETTERS,
    NAME_FIELDS,
    SHAPES,
    UNCHECKED_KINDS,
    Evaluation,
    MrzResult,
    Part,
    allowed_chars,
    build_result,
    evaluate,
    extract,
    fields_of,
    grammar_problem,
    layout,
    not_an_mrz,
    pick_format,
    shape_problem,
    unlisted_codes_kept,
)
from kiosk.scanning.mrz.types import MRZ_ALPHABET, LineReading

MIN_ALTERNATIVE = 0.05  # below this a candidate is noise, not evidence
MAX_SUBSTITUTIONS = 2
MAX_UNCERTAIN = 12  # positions searched, least confident first
MAX_CANDIDATES = 4  # per position
PROVEN_REPAIR_CONFIDENCE = 0.5  # a unique repair is right only if one character was wrong
DOUBTFUL = 0.5  # a character read with less is in doubt (see _unproven)
LOOKALIKE_FACTOR = 0.9
DOCUMENT_LETTERS = frozenset("".join(FIRST_LETTERS.values()))
NAME_KINDS = frozenset({"name", "fname", "fgiven"})
UNSETTLED_ALLOWED = (*NAME_FIELDS, "optional_data")  # fields an ambiguity leaves unsure, not invalid
# A rival reading spells the document code otherwise, the kind of document unchanged: the
# code is given with no confidence (what the kiosk takes from it, the kind, is settled).
DOCUMENT_LETTER = "document_type:letter"

# Letters a recogniser gives for a digit (and `<` for nothing: no digit looks like it).
TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "J": "1", "Z": "2",
            "A": "4", "S": "5", "G": "6", "T": "7", "B": "8"}

# Where a long document number may continue (TD1/TD2): the role of these positions
# depends on the text itself, so a candidate is neither filtered nor mapped there by the
# role the best reading gives it — the true reading may have another structure.
STRUCTURAL = {"TD1": frozenset(range(14, 30)), "TD2": frozenset((45, *range(64, 71)))}

Candidates = tuple[tuple[str, float], ...]
Alternatives = dict[int, list[tuple[str, float]]]  # position → grammatical candidates besides the chosen
Oracle = Callable[[str], Evaluation]


@dataclass(frozen=True)
class _Reading:
    """One consistent (or best) text for a format, with its per-position probabilities."""

    text: str
    probs: tuple[float, ...]
    substitutions: int

    @property
    def score(self) -> float:
        return sum(math.log(max(p, 1e-9)) for p in self.probs)


def as_reading(line: str | LineReading) -> LineReading:
    if isinstance(line, LineReading):
        return line
    text = str(line).strip()
    return LineReading(text, tuple(((c, 1.0),) for c in text))


def _position_candidates(reading: LineReading) -> list[Candidates]:
    """Per position: the recogniser's candidates in the MRZ alphabet, best first, noise
    dropped (the best is always kept, even outside the alphabet, so a bad read shows)."""
    out = []
    for i, top in enumerate(reading.text):
        given = reading.candidates[i] if i < len(reading.candidates) else ()
        given = given or ((top, 1.0),)
        best = given[0]
        rest = [(c, p) for c, p in given[1:] if c in MRZ_ALPHABET and p >= MIN_ALTERNATIVE and c != best[0]]
        out.append((best, *rest[:MAX_CANDIDATES - 1]))
    return out


def correct(lines: Sequence[str | LineReading]) -> MrzResult:
    """The best MRZ for these lines (plain strings or the recogniser's readings)."""
    readings = [as_reading(line) for line in lines]
    texts = [r.text for r in readings]
    why = shape_problem(texts)
    if why is not None:
        return not_an_mrz(texts, why)
    cands = [c for r in readings for c in _position_candidates(r)]
    width = len(texts[0])
    miscounted = frozenset(i * width + k for i, r in enumerate(readings) if r.miscounted
                           for k in range(width))
    shape = SHAPES[tuple(len(t) for t in texts)]
    firsts = {c for c, _ in cands[0]}
    formats = [f for f in shape if firsts & set(FIRST_LETTERS[f])]
    # Only the first letter of another shape's formats (P on a 2×36 zone): the zone was cut
    # short, not the letter misread — a passport's lines cut at 36 pass every check of a
    # visa's — so no repair may turn it into this shape's letter.
    cut_short = not formats and bool(firsts & DOCUMENT_LETTERS)
    formats = formats or list(shape)
    solved = [_solve(fmt, cands, width, miscounted, repair=not cut_short) for fmt in formats]
    results = [r for r, _ in solved]
    # A proven repair is proof only if it is the one repair across every format tried
    # (TD2 read with a bad first letter repairs to I, A or C as TD2, and to V as MRV-B).
    repairs = sum(n for _, n in solved)
    valid = [r for r, n in solved if r.valid and not (n and repairs > 1)]
    if len(valid) == 1:
        return valid[0]
    if len(valid) > 1:  # e.g. P or V both read at the first position, both consistent
        best = max(valid, key=lambda r: r.confidence.get("document_type", 0.0))
        return _with_ambiguous(best, ("document_type",))
    kept = [k for r in results if (k := unlisted_codes_kept(r)) is not None]
    if len(kept) == 1:
        return kept[0]
    preferred = pick_format(texts) if all(c in MRZ_ALPHABET for t in texts for c in t) else formats[0]
    return min(results, key=lambda r: (r.format != preferred, len(r.problems)))


def _with_ambiguous(result: MrzResult, names: Sequence[str]) -> MrzResult:
    ambiguous = tuple(sorted(set(result.ambiguous) | set(names)))
    conf = {k: (min(v, 0.5) if k in names else v) for k, v in result.confidence.items()}
    return MrzResult(result.format, result.lines, result.fields, result.checks, conf, result.problems,
                     ambiguous, result.truncated, result.corrections, result.extra, result.reason)


# --------------------------------------------------------------------------- solving one format

def _grammar_map(fmt: str, text: str) -> dict[int, tuple[Part | None, int]]:
    """position → (part or None for a check digit, index within the part)."""
    parts, checks = layout(fmt, text)
    where: dict[int, tuple[Part | None, int]] = {}
    for part in parts:
        for k, p in enumerate(part.pos):
            where[p] = (part, k)
    for check in checks:
        where[check.pos] = (None, 0)
    return where


def _base(fmt: str, cands: list[Candidates]) -> tuple[list[str], list[float], Alternatives]:
    """The best reading with digit look-alikes applied where only digits may stand, and
    the grammatical alternatives per position."""
    text = "".join(c[0][0] for c in cands)
    where = _grammar_map(fmt, text)
    chars, probs, alts = [], [], {}
    structural = STRUCTURAL.get(fmt, ())
    for pos, options in enumerate(cands):
        part, k = where.get(pos, (None, 0))
        allowed = allowed_chars(fmt, part, k) if pos in where and pos not in structural else MRZ_ALPHABET
        top, p = options[0]
        lookalike = TO_DIGIT.get(top)
        if top not in allowed and _maps_to_digits(part) and lookalike and lookalike in allowed:
            top, p = lookalike, p * LOOKALIKE_FACTOR
        chars.append(top)
        probs.append(p)
        others = [(c, q) for c, q in options[1:] if c in allowed and c != top]
        if others:
            alts[pos] = others
    return chars, probs, alts


def _maps_to_digits(part: Part | None) -> bool:
    """Where a look-alike digit is proven by a check digit. Not in FRA-ID's office code:
    there `<` may stand too and has the value of `0`, so O→0 could pass for a filler.
    (At a check digit `<` is allowed only over an all-filler field, where 0 and < mean
    the same; in a birth date `<` only comes in whole components.)"""
    return part is None or part.kind in ("birth", "expiry", "fdocnum")


def _fields_key(ev: Evaluation) -> tuple[str, ...]:
    fields, _, _ = extract(ev)
    return tuple(fields[k] for k in FIELD_NAMES)


def _differing(a: Evaluation, b: Evaluation) -> set[str]:
    """The fields `b` spells otherwise than `a`; a document code that differs without
    changing the kind of document is DOCUMENT_LETTER instead (see same_kind)."""
    fa, _, _ = extract(a)
    fb, _, _ = extract(b)
    diff = {k for k in FIELD_NAMES if fa[k] != fb[k]}
    if "document_type" in diff and same_kind(fa["document_type"], fb["document_type"]):
        diff = (diff - {"document_type"}) | {DOCUMENT_LETTER}
    return diff


def same_kind(code: str, other: str) -> bool:
    """Whether two document codes name the same kind of document. The first letter does
    (P passport, V visa, I, A or C an identity card or a residence permit); the second is
    the issuer's choice (PP, PD, PO; IR, IT, IP…), but for ID, the identity card."""
    return code[:1] == other[:1] and (code[:2] == "ID") == (other[:2] == "ID")


def _solve(fmt: str, cands: list[Candidates], width: int, miscounted: frozenset[int] = frozenset(),
           repair: bool = True) -> tuple[MrzResult, int]:
    """The reading for one format, and how many proven repairs were found (0: none
    needed or none possible). `miscounted`: positions on lines whose count of characters
    is in doubt (LineReading.miscounted); `repair`: whether proven repairs may be tried."""
    chars, probs, alts = _base(fmt, cands)
    base = _Reading("".join(chars), tuple(probs), 0)
    raw = "".join(c[0][0] for c in cands)  # the recogniser's best, before any change
    uncertain = sorted(alts, key=lambda p: probs[p])[:MAX_UNCERTAIN]
    cache: dict[str, Evaluation] = {}

    def ev(text: str) -> Evaluation:
        if text not in cache:
            cache[text] = evaluate(fmt, text)
        return cache[text]

    found = _search(base, uncertain, alts, ev)
    repairs = 0
    if not found:
        repaired = _proven_repairs(fmt, base, ev) if repair else []
        repairs = len(repaired)
        if repairs != 1:
            return _result(ev(base.text), base, width, (), raw, miscounted), repairs
        found = repaired
    by_fields: dict[tuple[str, ...], _Reading] = {}
    for reading in sorted(found, key=lambda r: -r.score):
        by_fields.setdefault(_fields_key(ev(reading.text)), reading)
    best = next(iter(by_fields.values()))
    ambiguous: set[str] = set()
    for other in list(by_fields.values())[1:]:
        ambiguous |= _differing(ev(best.text), ev(other.text))
    for rival in (*_neighbours(best, uncertain, alts), *_pair_neighbours(best, uncertain, alts, ev)):
        if ev(rival.text).ok:
            ambiguous |= _differing(ev(best.text), ev(rival.text))
    return _result(ev(best.text), best, width, tuple(ambiguous), raw, miscounted), repairs


def _substitute(reading: _Reading, changes: Sequence[tuple[int, str, float]]) -> _Reading:
    text, probs = list(reading.text), list(reading.probs)
    for pos, c, p in changes:
        text[pos], probs[pos] = c, p
    return _Reading("".join(text), tuple(probs), reading.substitutions + len(changes))


def _search(base: _Reading, uncertain: list[int], alts: Alternatives, ev: Oracle) -> list[_Reading]:
    """All consistent readings with the fewest substitutions (0, 1 or 2)."""
    if ev(base.text).ok:
        return [base]
    for size in range(1, MAX_SUBSTITUTIONS + 1):
        found = []
        for positions in combinations(uncertain, size):
            for choice in _choices(positions, alts):
                reading = _substitute(base, choice)
                if ev(reading.text).ok:
                    found.append(reading)
        if found:
            return found
    return []


def _choices(positions: Sequence[int], alts: Alternatives) -> Iterator[tuple[tuple[int, str, float], ...]]:
    if not positions:
        yield ()
        return
    head, *tail = positions
    for c, p in alts[head]:
        for rest in _choices(tail, alts):
            yield ((head, c, p), *rest)


def _neighbours(reading: _Reading, uncertain: list[int], alts: Alternatives) -> Iterator[_Reading]:
    """Readings one more candidate swap away (the rivals that make a field ambiguous)."""
    for pos in uncertain:
        for c, p in alts[pos]:
            if reading.text[pos] != c:
                yield _substitute(reading, [(pos, c, p)])


def _pair_neighbours(reading: _Reading, uncertain: list[int], alts: Alternatives,
                     ev: Oracle) -> Iterator[_Reading]:
    """Readings two candidate swaps away, both under one check digit: two errors that
    cancel out in its 7-3-1 sum (WW read HH in a document number) leave every check as
    it was, and the search, trying many pairs, finds such readings. Only pairs under one
    check can do it: a swap outside it would show alone."""
    state = ev(reading.text)
    groups = [frozenset((*check.covers, check.pos)) for check in state.checks]
    for p, q in combinations(uncertain, 2):
        if not any(p in group and q in group for group in groups):
            continue
        for (cp, pp), (cq, pq) in ((a, b) for a in alts[p] for b in alts[q]):
            if reading.text[p] != cp and reading.text[q] != cq:
                yield _substitute(reading, [(p, cp, pp), (q, cq, pq)])


def _proven_repairs(fmt: str, base: _Reading, ev: Oracle) -> list[_Reading]:
    """When exactly one field without its own check digit breaks its grammar and every
    failing check could be explained by that field, the unique single substitution in
    it that makes the MRZ consistent (any character: no recogniser evidence needed, the
    uniqueness is the proof under the one-error model). Stops at two."""
    state = ev(base.text)
    broken = {name for name, _ in state.problems}
    parts = [p for p in state.parts if p.name in broken]
    if len(parts) != 1 or parts[0].kind not in UNCHECKED_KINDS:
        return []
    part = parts[0]
    failing = [c for c in state.checks if not state.check_results[c.name]]
    if any(not set(part.pos) <= set(c.covers) for c in failing):
        return []  # a failing check that does not cover the part: a second error
    repairs = []
    value = [base.text[i] for i in part.pos]
    for k, pos in enumerate(part.pos):
        for c in allowed_chars(fmt, part, k):
            if c == base.text[pos]:
                continue
            trial = value.copy()
            trial[k] = c
            if grammar_problem(part, "".join(trial), fmt) is None:  # cheap filter first
                reading = _substitute(base, [(pos, c, PROVEN_REPAIR_CONFIDENCE)])
                if ev(reading.text).ok:
                    repairs.append(reading)
                    if len(repairs) > 1:
                        return repairs
    return repairs


def _result(state: Evaluation, reading: _Reading, width: int, ambiguous: Sequence[str],
            raw: str, miscounted: frozenset[int]) -> MrzResult:
    """The result of `reading`. A name (or optional data) that another reading, as consistent,
    spells otherwise does not make the MRZ ambiguous: no check digit could ever choose between
    them (a visa's optional data has none; `<` and `0` weigh the same), while the fields the
    check digits prove stand. The field is given with no confidence instead: a name is held
    back for the applicant (vote.names_to_check), even when frames agree on it; the optional
    data is not prefilled at all, and `kiosk scan mrz` lists both under "to_check". So is a
    document code spelled otherwise by a rival of the same kind (DOCUMENT_LETTER)."""
    changed = frozenset(i for i, (a, b) in enumerate(zip(reading.text, raw, strict=True)) if a != b)
    confidence = _field_confidence(state, reading.probs, miscounted, changed)
    for name in set(ambiguous) & {*UNSETTLED_ALLOWED, DOCUMENT_LETTER}:
        confidence[name.split(":")[0]] = 0.0
    ambiguous = [k for k in ambiguous if k not in {*UNSETTLED_ALLOWED, DOCUMENT_LETTER}]
    ambiguous += _unproven(state, reading.probs)
    return build_result(state, width, confidence, ambiguous, len(changed))


def _unproven(state: Evaluation, probs: Sequence[float]) -> list[str]:
    """Fields whose own check digit covers two doubtful characters or more: errors there can
    cancel out in its sum, and the search, trying many candidates, finds such readings (a
    document number read with four wrong characters kept its check digits). Measured on
    generated photos (1,120 fields of readings that were right): none had two below
    DOUBTFUL. The composite digit, over several fields, is left out."""
    out: list[str] = []
    for check in state.checks:
        if check.name != "composite" and sum(probs[i] < DOUBTFUL for i in (*check.covers, check.pos)) >= 2:
            out += fields_of(check.name)
    return out


def _field_confidence(state: Evaluation, probs: Sequence[float], miscounted: frozenset[int],
                      changed: frozenset[int] = frozenset()) -> dict[str, float]:
    """A field is as sure as its least sure character (check digit included). A name,
    which no check digit of its own guards, is moreover:
    - as sure as the least sure character under a check digit that covers it (FRA-ID's
      global digit): two errors anywhere under it can cancel out, one of them in the name;
      and not sure at all if a character under it was `changed` from the recogniser's
      reading: the digit's evidence went into that change, it cannot vouch for the name too;
    - not sure at all on a line whose count of characters is in doubt (`miscounted`): the
      character read too many or too few may be in the name (a letter read twice, the
      line's last one lost), shifting it, and no check can tell."""
    conf: dict[str, float] = {}
    spans = [(p.name, p.pos) for p in state.parts] + [(c.name, (c.pos,)) for c in state.checks]
    names = {p.name for p in state.parts if p.kind in NAME_KINDS}
    for name, positions in spans:
        low = min((probs[i] for i in positions), default=1.0)
        if name in names:
            if miscounted & set(positions):
                low = 0.0
            for check in state.checks:
                if set(positions) & set(check.covers):
                    under = (*check.covers, check.pos)
                    low = min(low, *(0.0 if i in changed else probs[i] for i in under))
        for key in fields_of(name):
            conf[key] = min(conf.get(key, 1.0), round(low, 4))
    return conf
