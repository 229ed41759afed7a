"""Weekday short names on screen follow the interface language; printed documents keep the
Polish WEEKDAY_ABBREVIATIONS."""

from __future__ import annotations

import datetime as dt

from ops_desktop import i18n
from ops_desktop.domain.activities import WEEKDAY_ABBREVIATIONS, weekday_abbreviation
from ops_desktop.reporting.activity_texts import day_with_weekday


def test_polish_by_default():
    assert [weekday_abbreviation(n) for n in range(7)] == list(WEEKDAY_ABBREVIATIONS)
    assert weekday_abbreviation(dt.date(2026, 12, 2)) == "śr"


def test_english_with_lang_en(english_available):
    i18n.set_language("en")
    assert [weekday_abbreviation(n) for n in range(7)] == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert weekday_abbreviation(dt.date(2026, 12, 3)) == "Thu"
    # The attendance list on paper stays in its Polish wording.
    assert day_with_weekday(dt.date(2026, 12, 3)) == "03.12.2026 (cz)"
