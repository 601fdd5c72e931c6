"""`kiosk tour` renders every screen and reports its widgets: touch-sized and named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.ui.tour import run_tour


def test_tour_covers_every_screen_with_touch_sized_named_widgets(qapp: Any, tmp_path: Path) -> None:
    report = run_tour(tmp_path / "tour")
    names = [s["name"] for s in report["screens"]]
    assert names[0] == "welcome" and names[-1] == "confirmation"
    assert {"request", "alert", "preamble", "identity", "contact", "documents", "review"} <= set(names)
    assert sum(1 for n in names if n in {"stay", "host_activity", "host", "host_identity", "relation",
                                         "children", "family", "other_state",
                                         "other_state_details"}) == 9
    assert json.loads((tmp_path / "tour" / "report.json").read_text())["lang"] == "fr"
    for screen in report["screens"]:
        assert (tmp_path / "tour" / screen["png"]).stat().st_size > 10_000
        for widget in screen["widgets"]:
            where = f"{screen['name']}: {widget}"
            assert widget["height"] >= 48, where
            assert widget["width"] >= 48, where
            assert widget["accessible_name"] or widget["text"], where


def test_tour_in_arabic_is_right_to_left_and_translated(qapp: Any, tmp_path: Path) -> None:
    report = run_tour(tmp_path / "ar", lang="ar")
    assert (report["lang"], report["direction"]) == ("ar", "rtl")
    welcome = report["screens"][0]
    assert any("\u0600" <= ch <= "\u06ff" for w in welcome["widgets"] for ch in w["text"])
    from kiosk.ui.i18n import current_language

    assert current_language() == "fr", "the tour puts the language back"
