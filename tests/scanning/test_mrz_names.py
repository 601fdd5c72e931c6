"""Names' safety (issue 4): no check digit protects the names, so a name read with a low
confidence from one still image is not prefilled as certain (left to the applicant,
marked "à vérifier"), while the document number and dates, which check digits protect,
are; the live camera's vote accepts names only when two consecutive frames agree."""

from __future__ import annotations

import dataclasses
from datetime import date

from kiosk.deposit import prefill
from kiosk.deposit.prefill import prefill_from_mrz
from kiosk.procedure.definition import default_procedure
from kiosk.scanning.mrz.correct import correct
from kiosk.scanning.mrz.parse import MrzResult, parse
from kiosk.scanning.mrz.types import LineReading
from kiosk.scanning.mrz.vote import (
    NAME_CONFIDENCE_FLOOR,
    AgreedMrz,
    MrzVote,
    fields_to_check,
    names_to_check,
    number_to_check,
)

TODAY = date(2026, 11, 26)
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
OTHER_NAME = (TD3[0].replace("ANNA", "ANNE"), TD3[1])
# The French card of 1988–2021: its global check digit covers the names.
FRA_ID = ("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<", "9409923102854CORINNE<<<<<<<6512068F4")


def sure(line: str) -> LineReading:
    return LineReading(line, tuple(((c, 0.99),) for c in line))


def with_candidates(line: str, pos: int, cands: tuple[tuple[str, float], ...]) -> LineReading:
    reading = sure(line)
    candidates = list(reading.candidates)
    candidates[pos] = cands
    return LineReading(line[:pos] + cands[0][0] + line[pos + 1:], tuple(candidates))


def unsure_name_read(lines: tuple[str, str] = TD3) -> MrzResult:
    """As on pe_100_pass-fin.png: the recogniser read a digit in the name (0 at 0.83), the
    grammar forced the letter (O at 0.16); everything else sure. Valid, name unsure."""
    pos = lines[0].index("ANNA") + 1  # ANNA → A?NA with ? = N read as 0-ish
    line1 = with_candidates(lines[0], pos, (("0", 0.83), ("N", 0.157)))
    result = correct((line1, sure(lines[1])))
    assert result.valid and result.fields["given_names"] == "ANNA MARIA", result.problems
    return result


def test_a_single_read_with_an_unsure_name_marks_the_names_to_check() -> None:
    result = unsure_name_read()
    assert result.confidence["given_names"] < NAME_CONFIDENCE_FLOOR
    assert min(result.confidence[k] for k in ("document_number", "birth_date", "expiry_date")) > 0.9
    # One name field holds both names: surname and given names are as sure as it.
    assert names_to_check(result) == ("surname", "given_names")


def test_sure_reads_and_clean_text_have_nothing_to_check() -> None:
    assert names_to_check(correct((sure(TD3[0]), sure(TD3[1])))) == ()
    assert names_to_check(parse(TD3)) == ()


def test_the_floor_is_a_parameter() -> None:
    result = unsure_name_read()
    assert names_to_check(result, floor=0.1) == ()
    assert names_to_check(parse(TD3), floor=1.01) == ("surname", "given_names")


def test_the_french_cards_global_check_digit_does_not_vouch_for_the_names() -> None:
    # Seen on dv_passport_02.jpg blurred: BERTHIER read BERYMIER (T→Y, H→M) at 0.06, and
    # the global check digit still held.
    right = parse(FRA_ID)
    wrong = parse((FRA_ID[0].replace("BERTHIER", "BERYMIER"), FRA_ID[1]))
    assert right.valid and wrong.valid and wrong.format == "FRA-ID"
    low = dataclasses.replace(wrong, confidence=dict(wrong.confidence, surname=0.06))
    assert names_to_check(low) == ("surname",)
    assert names_to_check(right) == ()


def test_prefill_leaves_an_unsure_name_to_the_applicant_but_fills_what_check_digits_protect() -> None:
    filled = prefill_from_mrz(unsure_name_read(), default_procedure(), TODAY)
    assert prefill.SURNAME not in filled.answers and prefill.GIVEN_NAMES not in filled.answers
    to_check = {w.key: w.data["read"] for w in filled.warnings if w.code == prefill.NAME_TO_CHECK}
    assert to_check == {prefill.SURNAME: "ERIKSSON", prefill.GIVEN_NAMES: "ANNA MARIA"}
    assert filled.answers[prefill.PASSPORT_NUMBER] == "L898902C3"
    assert filled.answers[prefill.BIRTH_DATE] == "1974-08-12"
    assert filled.answers[prefill.PASSPORT_EXPIRY] == "2012-04-15"
    assert set(filled.provenance) == set(filled.answers)  # nothing unsure marked "document"


def test_a_number_read_in_print_too_small_to_trust_is_left_to_the_applicant() -> None:
    # As the reader gives it under reader.MIN_PITCH (seen: a visa's KQ read KG, G and Q
    # weighing the same under the check digit): the number with no confidence, even when
    # frames agree on it; dates stay prefilled, one wrong digit always breaks theirs.
    small = correct((sure(TD3[0]), sure(TD3[1])))
    small = dataclasses.replace(small, confidence=dict(small.confidence, document_number=0.0, surname=0.0,
                                                       given_names=0.0))
    assert fields_to_check(small)[:3] == ("surname", "given_names", "document_number")
    agreed = AgreedMrz(**{f.name: getattr(small, f.name) for f in dataclasses.fields(small)}, frames=2)
    assert number_to_check(agreed)
    filled = prefill_from_mrz(small, default_procedure(), TODAY)
    assert prefill.PASSPORT_NUMBER not in filled.answers
    assert filled.warning(prefill.NUMBER_TO_CHECK).data == {"read": "L898902C3"}
    assert filled.answers[prefill.BIRTH_DATE] == "1974-08-12"
    # a sure read, or a parsed text without confidences, fills it
    assert not number_to_check(parse(TD3)) and not number_to_check(correct((sure(TD3[0]), sure(TD3[1]))))


def test_prefill_of_a_sure_read_fills_the_names() -> None:
    filled = prefill_from_mrz(correct((sure(TD3[0]), sure(TD3[1]))), default_procedure(), TODAY)
    assert filled.answers[prefill.SURNAME] == "ERIKSSON"
    assert filled.answers[prefill.GIVEN_NAMES] == "ANNA MARIA"
    assert filled.warning(prefill.NAME_TO_CHECK) is None


def test_live_vote_needs_two_consecutive_frames_agreeing_on_the_names() -> None:
    a, b = parse(TD3), parse(OTHER_NAME)
    assert a.valid and b.valid and a.fields["document_number"] == b.fields["document_number"]
    vote = MrzVote()
    # Same check-digited fields, names differ: never agreed while they alternate.
    assert [vote.feed(r) for r in (a, b, a, b)] == [None] * 4
    agreed = vote.feed(b)
    assert isinstance(agreed, AgreedMrz) and agreed.frames == 2
    assert agreed.fields["given_names"] == "ANNE MARIA"


def test_names_two_frames_agreed_on_are_prefilled_even_if_each_was_unsure() -> None:
    vote = MrzVote()
    assert vote.feed(unsure_name_read()) is None  # one frame: no answer yet
    agreed = vote.feed(unsure_name_read())
    assert agreed is not None and agreed.confidence["given_names"] < NAME_CONFIDENCE_FLOOR
    assert names_to_check(agreed) == ()
    filled = prefill_from_mrz(agreed, default_procedure(), TODAY)
    assert filled.answers[prefill.GIVEN_NAMES] == "ANNA MARIA"


def test_a_vote_of_one_frame_is_a_single_read() -> None:
    vote = MrzVote(agree=1, window=1)
    agreed = vote.feed(unsure_name_read())
    assert agreed is not None and agreed.frames == 1
    assert names_to_check(agreed) == ("surname", "given_names")


def test_a_name_on_a_line_whose_count_is_in_doubt_is_held_back() -> None:
    # The recogniser read a letter twice and lost the line's last one (or its length was
    # imposed): every check still holds, the name may be shifted.
    miscounted = dataclasses.replace(sure(TD3[0]), miscounted=True)
    result = correct((miscounted, sure(TD3[1])))
    assert result.valid
    assert names_to_check(result) == ("surname", "given_names")
    # The line with the check digits may be miscounted: they guard it, the names stay sure.
    assert names_to_check(correct((sure(TD3[0]), dataclasses.replace(sure(TD3[1]), miscounted=True)))) == ()


def test_a_french_card_name_is_as_sure_as_the_least_sure_character_under_the_global_digit() -> None:
    # Two errors under the global check digit can cancel out, one of them in a name: an
    # unsure digit of the document number leaves the sure names unproven.
    line2 = with_candidates(FRA_ID[1], 2, (("0", 0.3), ("8", 0.25)))
    result = correct((sure(FRA_ID[0]), line2))
    assert result.valid and result.fields["surname"] == "BERTHIER"
    assert names_to_check(result) == ("surname", "given_names")
    assert names_to_check(correct((sure(FRA_ID[0]), sure(FRA_ID[1])))) == ()


def test_frames_agreeing_on_a_name_they_all_doubted_do_not_certify_it() -> None:
    # Two frames that read the same line with a doubtful count (a letter twice, say) agree
    # on the same shifted name: that is one error seen twice, not evidence.
    miscounted = correct((dataclasses.replace(sure(TD3[0]), miscounted=True), sure(TD3[1])))
    vote = MrzVote()
    assert vote.feed(miscounted) is None
    agreed = vote.feed(miscounted)
    assert agreed is not None and agreed.frames == 2
    assert names_to_check(agreed) == ("surname", "given_names")
    # One frame that read the line cleanly is enough for the agreement to hold.
    vote.reset()
    vote.feed(miscounted)
    agreed = vote.feed(correct((sure(TD3[0]), sure(TD3[1]))))
    assert agreed is not None and names_to_check(agreed) == ()


def test_a_french_card_name_is_not_sure_once_the_global_digit_proved_a_change() -> None:
    # The document number's 0 read O (sure of it): made 0 again, which the check digits
    # prove; the global digit's evidence went into that change, not into the names.
    line2 = FRA_ID[1][:2] + "O" + FRA_ID[1][3:]
    result = correct((sure(FRA_ID[0]), sure(line2)))
    assert result.valid and result.fields["document_number"] == FRA_ID[1][:12] and result.corrections == 1
    assert names_to_check(result) == ("surname", "given_names")
