"""Cross-frame voting: a result only when consecutive valid frames agree on every field."""

from __future__ import annotations

import pytest

from kiosk.scanning.mrz.correct import correct
from kiosk.scanning.mrz.parse import MrzResult, parse
from kiosk.scanning.mrz.types import LineReading
from kiosk.scanning.mrz.vote import MrzVote

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
OTHER_NAME = (TD3[0].replace("ANNA", "ANNE"), TD3[1])  # names: no check digit tells them apart
BROKEN = (TD3[0], TD3[1][:-1] + "9")

A, B, BAD = parse(TD3), parse(OTHER_NAME), parse(BROKEN)


def feed_all(vote: MrzVote, frames: list[MrzResult | None]) -> list[bool]:
    return [vote.feed(frame) is not None for frame in frames]


def test_two_consecutive_agreeing_frames() -> None:
    assert A.valid and B.valid and not BAD.valid
    assert feed_all(MrzVote(), [A, A]) == [False, True]


def test_disagreement_starts_over() -> None:
    assert feed_all(MrzVote(), [A, B, A, B, B]) == [False, False, False, False, True]


def test_invalid_frames_carry_no_evidence_but_do_not_break_agreement() -> None:
    assert feed_all(MrzVote(), [A, BAD, None, A]) == [False, False, False, True]


def test_too_many_misses_forget() -> None:
    assert feed_all(MrzVote(max_misses=2), [A, None, None, None, A]) == [False] * 5


def test_n_of_m() -> None:
    vote = MrzVote(agree=2, window=3)
    assert feed_all(vote, [A, B, A]) == [False, False, True]


def test_agreed_result_keeps_best_confidence_and_reset() -> None:
    cands = [((c, 0.99),) for c in TD3[1]]
    cands[3] = (("3", 0.6), ("8", 0.35))  # L893… fails its check digit, L898… passes
    unsure = correct((TD3[0], LineReading(TD3[1][:3] + "3" + TD3[1][4:], tuple(cands))))
    assert unsure.valid and unsure.confidence["document_number"] == pytest.approx(0.35)
    vote = MrzVote()
    assert vote.feed(unsure) is None
    agreed = vote.feed(A)
    assert agreed is not None and agreed.fields == A.fields and agreed.confidence["document_number"] == 1.0
    vote.reset()
    assert vote.feed(A) is None


def test_bad_parameters() -> None:
    with pytest.raises(ValueError):
        MrzVote(agree=3, window=2)
