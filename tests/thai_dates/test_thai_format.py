"""Rendering Thai dates: round trip through the parser, and agreement with an
independent implementation (PyThaiNLP's thai_strftime, test-only)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.util import thai_strftime

from pelican.plugins.thai_dates.dates import (
    academic_year,
    be_year,
    fiscal_year,
    format_thai_date,
    iso_date,
    parse_thai_date,
    to_arabic_digits,
    to_thai_digits,
)

FIRST = dt.date(1941, 1, 1)  # 1 มกราคม ๒๔๘๔
LAST = dt.date(2057, 12, 31)  # 31 ธันวาคม ๒๖๐๐
FORMS_WITH_DAY = ("full", "short", "weekday")

# The office's forms written as thai_strftime formats.
STRFTIME = {
    "full": "%-d %B %Y",
    "short": "%-d %b %Y",
    "weekday": "%Aที่ %-d %B พ.ศ. %Y",
    "month_year": "%B %Y",
    "year": "%Y",
}


def test_range_is_the_one_the_issue_names():
    assert format_thai_date(FIRST, "full") == "๑ มกราคม ๒๔๘๔"
    assert format_thai_date(LAST, "full") == "๓๑ ธันวาคม ๒๖๐๐"


@settings(max_examples=500, deadline=None)
@given(
    date=st.dates(min_value=FIRST, max_value=LAST),
    form=st.sampled_from(FORMS_WITH_DAY),
    thai_digits=st.booleans(),
)
def test_render_then_read_returns_the_same_date(date, form, thai_digits):
    text = format_thai_date(date, form, thai_digits=thai_digits)
    assert parse_thai_date(text).date() == date


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=dt.datetime(1941, 1, 1), max_value=dt.datetime(2057, 12, 31, 23, 59)),
    thai_digits=st.booleans(),
)
def test_render_with_time_then_read(moment, thai_digits):
    moment = moment.replace(second=0, microsecond=0)
    text = format_thai_date(moment, "full", thai_digits=thai_digits)
    clock = f"{moment.hour:02d}.{moment.minute:02d}"
    if thai_digits:
        clock = to_thai_digits(clock)
    parsed = parse_thai_date(f"{text} เวลา {clock} น.")
    assert parsed.replace(tzinfo=None) == moment


def _sample_dates(count=3000):
    span = (LAST - FIRST).days
    step = span // count
    return [FIRST + dt.timedelta(days=i * step) for i in range(count)] + [LAST]


@pytest.mark.parametrize("form", sorted(STRFTIME))
@pytest.mark.parametrize("thai_digits", [True, False])
def test_forms_agree_with_pythainlp(form, thai_digits):
    dates = _sample_dates()
    assert len(dates) > 3000
    for date in dates:
        ours = format_thai_date(date, form, thai_digits=thai_digits)
        theirs = thai_strftime(dt.datetime.combine(date, dt.time()), STRFTIME[form], thaidigit=thai_digits)
        assert ours == theirs, date


def test_examples_from_official_letters():
    date = dt.date(2019, 8, 9)
    assert format_thai_date(date, "full") == "๙ สิงหาคม ๒๕๖๒"
    assert format_thai_date(date, "short") == "๙ ส.ค. ๒๕๖๒"
    assert format_thai_date(date, "weekday") == "วันศุกร์ที่ ๙ สิงหาคม พ.ศ. ๒๕๖๒"
    assert format_thai_date(date, "month_year") == "สิงหาคม ๒๕๖๒"
    assert format_thai_date(date, "year") == "๒๕๖๒"
    assert format_thai_date(date, "full", thai_digits=False) == "9 สิงหาคม 2562"
    with pytest.raises(ValueError):
        format_thai_date(date, "fancy")


def test_iso_date_is_ce():
    assert iso_date(dt.datetime(2025, 11, 3, 9, 30)) == "2025-11-03"
    assert iso_date(dt.date(2025, 11, 3)) == "2025-11-03"


def test_digits():
    assert to_thai_digits(2568) == "๒๕๖๘"
    assert to_thai_digits("ที่ ศธ 04099/ว 123") == "ที่ ศธ ๐๔๐๙๙/ว ๑๒๓"
    assert to_arabic_digits("๒๕๖๘-๑๑-๐๓") == "2568-11-03"


@pytest.mark.parametrize(
    "date,expected",
    [
        (dt.date(2024, 9, 30), 2567),
        (dt.date(2024, 10, 1), 2568),
        (dt.date(2024, 12, 31), 2568),
        (dt.date(2025, 1, 1), 2568),
        (dt.date(2025, 9, 30), 2568),
        (dt.date(2025, 10, 1), 2569),
    ],
)
def test_fiscal_year_runs_october_to_september(date, expected):
    assert fiscal_year(date) == expected


@pytest.mark.parametrize(
    "date,expected",
    [
        (dt.date(2024, 5, 15), 2566),
        (dt.date(2024, 5, 16), 2567),
        (dt.date(2025, 3, 31), 2567),
        (dt.date(2025, 5, 15), 2567),
        (dt.date(2025, 5, 16), 2568),
        (dt.date(2025, 11, 1), 2568),
    ],
)
def test_academic_year_runs_from_16_may(date, expected):
    assert academic_year(date) == expected


def test_be_year_before_the_1941_reform():
    assert be_year(dt.date(1940, 1, 1)) == 2482
    assert be_year(dt.date(1940, 3, 31)) == 2482
    assert be_year(dt.date(1940, 4, 1)) == 2483
    assert be_year(dt.date(1941, 1, 1)) == 2484
    # and the parser reads what the formatter writes, before 1941 too
    for date in (dt.date(1940, 1, 1), dt.date(1939, 2, 28), dt.date(1900, 3, 15)):
        assert parse_thai_date(format_thai_date(date, "full")).date() == date
