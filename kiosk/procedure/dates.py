"""Calendar arithmetic shared by every "N months" and age rule of the procedure.

Adding months keeps the day of month and clamps it to the month's end
(31 January + 1 month = 28/29 February), as PROCEDURE.md §2 requires.
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def months_between(start: date, end: date) -> int:
    """The largest n such that add_months(start, n) <= end (negative if end < start)."""
    n = (end.year - start.year) * 12 + (end.month - start.month)
    while add_months(start, n) > end:
        n -= 1
    while add_months(start, n + 1) <= end:
        n += 1
    return n


def anniversary(birth: date, year: int) -> date:
    """The birthday in `year`; a 29 February birthday falls on 1 March in common years."""
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def age_on(birth: date, on: date) -> int:
    """Whole years from `birth` to `on`."""
    years = on.year - birth.year
    return years - 1 if on < anniversary(birth, on.year) else years
