"""Finding the sheet in a camera frame, judging the shot, flattening the page, auto-capture."""

from __future__ import annotations

import numpy as np
import pytest
from support.page_photos import photo, text_page

from kiosk.scanning import page as P


@pytest.fixture(scope="module")
def sheet() -> np.ndarray:
    return text_page(150)


def test_sheet_found_in_a_perspective_photo_and_flattened_to_a4(sheet: np.ndarray) -> None:
    corners = ((0.3, 0.07), (0.71, 0.09), (0.74, 0.93), (0.27, 0.91))
    shot = photo(sheet, corners=corners)
    hint = P.find_sheet(shot)
    assert hint is not None and P.quality_problems(hint) == []
    expected = np.array([[x * 1600, y * 1200] for x, y in corners])
    assert np.abs(np.array(hint.quad) - expected).max() < 12  # pixels, in a 1600×1200 frame
    assert 0.3 < hint.coverage < 0.45
    flat = P.warp_sheet(shot, hint.quad)
    h, w = flat.shape[:2]
    assert abs(h / w - 297 / 210) < 0.01 and h >= round(11.69 * P.MIN_DPI) - 1
    assert flat.ndim == 2  # a text page comes out grey
    # The page's content is where it should be: the title's dark pixels near the top left.
    assert flat[int(h * 0.1):int(h * 0.13), int(w * 0.08):int(w * 0.4)].min() < 100
    assert flat[int(h * 0.93):, :].mean() > 200  # the bottom margin is blank paper


def test_colour_page_keeps_its_colour() -> None:
    shot = photo(text_page(150, colour=True))
    hint = P.find_sheet(shot)
    assert hint is not None
    assert P.warp_sheet(shot, hint.quad).ndim == 3


def test_a_12_megapixel_photo_gives_a_page_between_150_and_200_dpi() -> None:
    shot = photo(text_page(300), size=(4000, 3000))
    hint = P.find_sheet(shot)
    assert hint is not None and hint.dpi > 200
    flat = P.warp_sheet(shot, hint.quad)
    assert flat.shape[:2] == P.output_size(hint.quad, P.MAX_DPI)[::-1]


@pytest.mark.parametrize(("name", "kwargs", "problem"), [
    ("blurred", {"blur": 3.0}, P.BLURRED),
    ("dark", {"light": 0.3}, P.DARK),
    ("glare", {"glare": True}, P.GLARE),
    ("cut off", {"corners": ((0.3, -0.1), (0.75, -0.05), (0.78, 0.9), (0.25, 0.88))}, P.CUT_OFF),
    ("small", {"corners": ((0.4, 0.3), (0.58, 0.31), (0.59, 0.66), (0.39, 0.65))}, P.SMALL),
])
def test_each_quality_problem_is_detected(sheet: np.ndarray, name: str, kwargs: dict, problem: str) -> None:
    hint = P.find_sheet(photo(sheet, **kwargs))
    problems = P.quality_problems(hint)
    assert problems and problems[0] == problem, (name, problems)


def test_a_blurred_12_megapixel_photo_is_blurred_too() -> None:
    hint = P.find_sheet(photo(text_page(300), size=(4000, 3000), blur=6.0))
    assert P.quality_problems(hint) == [P.BLURRED]


def test_no_sheet_in_an_empty_desk() -> None:
    desk = np.full((720, 1280, 3), (60, 75, 95), np.uint8)
    assert P.find_sheet(desk) is None
    assert P.quality_problems(None) == [P.NO_SHEET]


def test_auto_capture_waits_for_a_still_sharp_sheet_and_takes_each_page_once(sheet: np.ndarray) -> None:
    page1 = P.find_sheet(photo(sheet))
    page2 = P.find_sheet(photo(text_page(150, seed=7, title="AVIS")))
    moved = P.find_sheet(photo(sheet, corners=((0.2, 0.07), (0.61, 0.09), (0.64, 0.93), (0.17, 0.91))))
    blurred = P.find_sheet(photo(sheet, blur=3.0))
    auto = P.AutoCapture(still_frames=3)
    assert [auto.feed(h) for h in (page1, page1, blurred, page1, page1)] == [False] * 5  # blur resets
    assert auto.feed(page1) is True
    assert [auto.feed(page1) for _ in range(5)] == [False] * 5  # the same page is not taken twice
    assert [auto.feed(h) for h in (page2, moved, page2, page2)] == [False, False, False, False]
    assert auto.feed(page2) is True
    assert len(auto.taken) == 2
    auto.forget(auto.taken[0])  # deleted, to be taken again
    assert [auto.feed(page1) for _ in range(3)] == [False, False, True]


def test_detection_works_on_a_webcam_frame(sheet: np.ndarray) -> None:
    shot = photo(sheet, size=(1280, 720), corners=((0.35, 0.03), (0.66, 0.04), (0.68, 0.97), (0.33, 0.96)))
    hint = P.find_sheet(shot)
    assert hint is not None and P.quality_problems(hint) == []
    assert P.warp_sheet(shot, hint.quad).shape[0] == round(11.69 * P.MIN_DPI)  # enlarged to 150 dpi
