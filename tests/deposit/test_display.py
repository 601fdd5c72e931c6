"""Sizes as the documents step shows them."""

from kiosk.deposit.display import display_megabytes, isolated


def test_small_files_never_read_zero() -> None:
    assert display_megabytes(2_000) == "0.01"
    assert display_megabytes(300 * 1024) == "0.30"
    assert display_megabytes(1024 * 1024 + 1) == "1.0"
    assert display_megabytes(15 * 1024 * 1024) == "15"


def test_answers_keep_their_own_direction() -> None:
    assert isolated("12 rue des Lilas\nParis") == "\u206812 rue des Lilas\u2069\n\u2068Paris\u2069"
