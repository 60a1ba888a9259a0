"""The thai_dates plugin's settings, read in one place with their defaults
(see README.md)."""

from __future__ import annotations

from pelican.plugins.shared.settings import plugin_settings

DEFAULTS = {
    # Thai digits (๑๒๓) site-wide, or Arabic (123).
    "THAI_DIGITS": True,
    # Front-matter fields read as Thai dates; plugins that define date
    # fields add their names.
    "THAI_DATE_FIELDS": ["date", "modified"],
    # Buddhist-Era archives; an empty value writes no such page.
    "THAI_YEAR_ARCHIVE_SAVE_AS": "archives/{be_year}/index.html",
    "THAI_MONTH_ARCHIVE_SAVE_AS": "archives/{be_year}/{month:02d}/index.html",
    "FISCAL_YEAR_ARCHIVE_SAVE_AS": "archives/fiscal-year/{fiscal_year}/index.html",
    "FISCAL_YEARS_SAVE_AS": "archives/fiscal-year/index.html",
}


def thai_dates_settings(settings: dict) -> dict:
    """Every setting of this plugin, with its default."""
    return plugin_settings(settings, DEFAULTS)
