"""Sizes as the documents step shows them."""

from kiosk.deposit.display import display_megabytes


def test_small_files_never_read_zero() -> None:
    assert display_megabytes(2_000) == "0.01"
    assert display_megabytes(300 * 1024) == "0.30"
    assert display_megabytes(1024 * 1024 + 1) == "1.0"
    assert display_megabytes(15 * 1024 * 1024) == "15"
