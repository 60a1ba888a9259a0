"""The Jinja filters of the theme for Thai dates and digits, bound to the
site's settings (THAI_DIGITS, TIMEZONE)."""

from __future__ import annotations

import datetime as _dt

from markupsafe import Markup, escape

from pelican.plugins.shared.settings import DEFAULT_TIMEZONE, timezone_name

from .config import thai_dates_settings
from .dates import (
    InvalidDate,
    ThaiDateError,
    academic_year,
    fiscal_year,
    format_thai_date,
    iso_date,
    iso_datetime,
    parse_thai_date,
    to_thai_digits,
    with_digits,
)


def as_date(value, tz: str = DEFAULT_TIMEZONE):
    """A date from a template value: a date, a datetime, or date text as
    staff write it. None for nothing; the text itself if it cannot be read
    (the reader reports it with its file and line)."""
    if value is None or value == "":
        return None
    if isinstance(value, InvalidDate):
        return value.source_text or None
    if isinstance(value, _dt.date):
        return value
    try:
        return parse_thai_date(str(value), tz)
    except ThaiDateError:
        return str(value)


def make_filters(settings) -> dict:
    """The filters, bound to the site's digit and timezone settings."""
    thai = thai_dates_settings(settings)["THAI_DIGITS"]
    tz = timezone_name(settings)

    def thai_date(value, form="full"):
        date = as_date(value, tz)
        if not isinstance(date, _dt.date):
            return escape(date or "")
        return format_thai_date(date, form, thai_digits=thai)

    def thai_time(value, form="full"):
        """<time datetime="2025-11-03">๓ พฤศจิกายน ๒๕๖๘</time>: Thai for
        people, the ISO (CE) date for browsers, search engines and tests."""
        date = as_date(value, tz)
        if not isinstance(date, _dt.date):
            return escape(date or "")
        machine = iso_datetime(date) if form == "datetime" else iso_date(date)
        text = format_thai_date(date, form, thai_digits=thai)
        return Markup('<time datetime="{}">{}</time>').format(machine, escape(text))

    def digits(value):
        return with_digits(str(value), thai)

    def _year_of(function):
        def year(value):
            date = as_date(value, tz)
            return function(date) if isinstance(date, _dt.date) else ""

        year.__name__ = function.__name__
        return year

    return {
        "thai_date": thai_date,
        "thai_time": thai_time,
        "thai_digits": to_thai_digits,
        "digits": digits,
        "fiscal_year": _year_of(fiscal_year),
        "academic_year": _year_of(academic_year),
        "iso_date": lambda value: iso_date(as_date(value, tz)) if value else "",
    }
