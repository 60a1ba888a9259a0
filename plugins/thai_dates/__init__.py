"""Pelican wiring for Thai dates: Jinja filters for the theme."""

import datetime
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape
from pelican import signals

from .dates import (
    academic_year,
    fiscal_year,
    format_thai_date,
    iso_date,
    to_thai_digits,
    with_digits,
)


def _settings_digits(settings) -> bool:
    return settings.setdefault("THAI_DIGITS", True)


def make_filters(settings) -> dict:
    """The filters, bound to the site's digit setting."""
    thai = _settings_digits(settings)

    def thai_date(date, form="full"):
        return format_thai_date(date, form, thai_digits=thai)

    def thai_time(date, form="full"):
        text = format_thai_date(date, form, thai_digits=thai)
        return Markup('<time datetime="{}">{}</time>').format(
            iso_date(date), escape(text)
        )

    def digits(value):
        return with_digits(str(value), thai)

    return {
        "thai_date": thai_date,
        "thai_time": thai_time,
        "thai_digits": to_thai_digits,
        "digits": digits,
        "fiscal_year": fiscal_year,
        "academic_year": academic_year,
        "iso_date": iso_date,
    }


def _add_filters(pelican):
    # The footer's "last updated" on listing pages: when the site was built.
    pelican.settings.setdefault(
        "BUILD_DATE",
        datetime.datetime.now(ZoneInfo(pelican.settings.get("TIMEZONE") or "Asia/Bangkok")),
    )
    pelican.settings.setdefault("JINJA_FILTERS", {}).update(
        make_filters(pelican.settings)
    )


def register():
    signals.initialized.connect(_add_filters)
