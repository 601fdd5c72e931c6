"""The recogniser's optional training lines cut from generated photos (tools/mrz/scenelines.py):
only zones whose every line reads near its truth are kept, at most 40 px high."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.scanning.mrz import reader

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "mrz"


@pytest.fixture(scope="module")
def scenelines():
    sys.path.insert(0, str(TOOLS))
    pytest.importorskip("make_samples")
    return pytest.importorskip("scenelines")


def test_a_reading_is_close_only_within_a_few_edits_and_one_character_of_length(scenelines) -> None:
    truth = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    assert scenelines._close(truth, truth)
    assert scenelines._close(truth.replace("ERIKSSON", "ERIKSS0N"), truth)  # one misread
    assert scenelines._close(truth[:-1], truth)  # one filler lost at the end
    assert not scenelines._close(truth[:-2], truth)  # cut short: the label would lie
    assert not scenelines._close(truth[:20] + "X" * 24, truth)  # another text


@pytest.mark.skipif(reader._recogniser() is None, reason="MRZ recogniser model not there yet")
def test_kept_crops_are_grey_lines_of_their_documents(scenelines) -> None:
    crops = scenelines._crops_of((scenelines.FIRST_SEED, 8, 4))
    assert crops, "no camera scene of the eight kept"
    for image, text in crops:
        assert image.ndim == 2 and image.shape[0] <= 40 and image.shape[1] > 10 * image.shape[0]
        assert len(text) in (30, 36, 44)
