"""thai_dates on its own: the parser, the formats and the Jinja filters with
only this plugin and its declared dependencies installed."""

import datetime as dt

import pytest

from pelican.plugins.thai_dates.config import thai_dates_settings
from pelican.plugins.thai_dates.dates import (
    ThaiDateError,
    fiscal_year,
    format_thai_date,
    parse_thai_date,
    to_arabic_digits,
)
from pelican.plugins.thai_dates.filters import make_filters


@pytest.mark.parametrize("written", ["๓ พฤศจิกายน ๒๕๖๘", "3 พ.ย. 68", "2025-11-03", "๓/๑๑/๒๕๖๘"])
def test_the_ways_staff_write_a_date_give_one_day(written):
    assert parse_thai_date(written).date() == dt.date(2025, 11, 3)


def test_a_date_is_in_bangkok_time_unless_the_site_says_otherwise():
    assert parse_thai_date("3 พ.ย. 68").utcoffset() == dt.timedelta(hours=7)


def test_a_day_that_does_not_exist_is_an_error_in_thai_and_english():
    with pytest.raises(ThaiDateError) as caught:
        parse_thai_date("๓๑ เมษายน ๒๕๖๘")
    assert caught.value.th and caught.value.en


def test_the_fiscal_year_starts_on_1_october():
    assert fiscal_year(dt.date(2025, 9, 30)) == 2568
    assert fiscal_year(dt.date(2025, 10, 1)) == 2569


def test_formats_in_thai_or_arabic_digits():
    day = dt.date(2025, 11, 3)
    assert format_thai_date(day) == "๓ พฤศจิกายน ๒๕๖๘"
    assert to_arabic_digits(format_thai_date(day)) == format_thai_date(day, thai_digits=False)


def test_filters_follow_the_sites_settings():
    settings = {"THAI_DIGITS": False}
    filters = make_filters(settings)
    assert filters["thai_date"](dt.date(2025, 11, 3)) == "3 พฤศจิกายน 2568"
    assert filters["fiscal_year"]("1 ต.ค. 68") == 2569
    # The defaults are there for the templates too.
    assert thai_dates_settings(settings)["THAI_DATE_FIELDS"] == ["date", "modified"]
