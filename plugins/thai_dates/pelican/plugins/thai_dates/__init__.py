"""Pelican wiring for Thai dates: date fields read with parse_thai_date
(reading.py), Jinja filters (filters.py), BE archives (generator.py)."""

import datetime

from pelican import signals

from pelican.plugins.shared.settings import BUILD_DATE_IS_NOW, site_timezone

from .filters import make_filters
from .generator import ThaiArchivesGenerator
from .reading import install_date_processors, track_whole_read


def _on_initialized(pelican):
    install_date_processors(pelican.settings)
    _add_filters(pelican)


def _add_filters(pelican):
    # The footer's "last updated" on listing pages: when the site was built.
    # A build may fix it (`-e BUILD_DATE='"2026-01-21T09:00+07:00"'`): then the
    # footer, expired pins and reports all count from that moment.
    tz = site_timezone(pelican.settings)
    built = pelican.settings.get("BUILD_DATE")
    if isinstance(built, str) and built.strip():
        built = datetime.datetime.fromisoformat(built.strip())
        pelican.settings["BUILD_DATE"] = built if built.tzinfo else built.replace(tzinfo=tz)
    if "BUILD_DATE" not in pelican.settings:
        pelican.settings["BUILD_DATE"] = datetime.datetime.now(tz)
        pelican.settings[BUILD_DATE_IS_NOW] = True
    pelican.settings.setdefault("JINJA_FILTERS", {}).update(make_filters(pelican.settings))


def _get_generators(_pelican):
    return ThaiArchivesGenerator


def register():
    signals.initialized.connect(_on_initialized)
    signals.get_generators.connect(_get_generators)
    signals.readers_init.connect(track_whole_read)
