"""Dates and amounts read the way the chosen language writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from ui.style.formats import format_date, format_datetime

KO = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def test_korean_dates_read_year_month_day_with_points() -> None:
    assert format_date(date(2026, 12, 1), KO) == "2026. 12. 1."
    assert format_date(date(2026, 3, 9), EN) == "Mar 9, 2026"
    assert format_date(None, KO) == ""


def test_times_are_shown_in_local_time() -> None:
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Seoul"
    time.tzset()
    try:
        stamp = datetime(2026, 12, 1, 5, 30)  # stored naive UTC
        assert format_datetime(stamp, KO) == "2026. 12. 1. 14:30"
        assert format_datetime(stamp.replace(tzinfo=UTC), EN) == "Dec 1, 2026 14:30"
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
