"""A plugin's settings read in one place, with their defaults."""

from __future__ import annotations

import copy
import datetime as _dt
from pathlib import Path
from zoneinfo import ZoneInfo

# The office is in Thailand; a site that sets TIMEZONE overrides it.
DEFAULT_TIMEZONE = "Asia/Bangkok"


def plugin_settings(settings: dict, defaults: dict) -> dict:
    """Every key of `defaults` with the site's value, or the default when the
    site does not set it. The defaults are also written into `settings`, so
    templates and later readers see the same values."""
    for key, value in defaults.items():
        # A copy: a site that appends to a default list must not change it
        # for the next build in the same process.
        if key not in settings:
            settings[key] = copy.deepcopy(value)
    return {key: settings[key] for key in defaults}


def timezone_name(settings: dict) -> str:
    """The site's TIMEZONE setting, or Bangkok when it is not set."""
    return settings.get("TIMEZONE") or DEFAULT_TIMEZONE


def site_timezone(settings: dict) -> _dt.tzinfo:
    """The time zone the site's dates are in (the TIMEZONE setting)."""
    return ZoneInfo(timezone_name(settings))


# Set when BUILD_DATE was not given and thai_dates filled in the moment the
# build started (the site's output then depends on the clock, not a setting).
BUILD_DATE_IS_NOW = "_BUILD_DATE_IS_NOW"


def build_day(settings: dict) -> _dt.date:
    """The day the build counts as today, in the site's time zone: the
    BUILD_DATE setting (a date, a datetime or an ISO 8601 string, so a test or
    a rebuild can fix it), else now. Pins expire and reports count by it."""
    value = settings.get("BUILD_DATE")
    tz = site_timezone(settings)
    if isinstance(value, str) and value.strip():
        value = _dt.datetime.fromisoformat(value.strip())
    if isinstance(value, _dt.datetime):
        return value.astimezone(tz).date() if value.tzinfo else value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.datetime.now(tz).date()


# Where plugins note the moments at which this build's output would change
# with nothing else changed (a live stream starting or ending).
OUTPUT_CHANGES_AT = "_OUTPUT_CHANGES_AT"


def output_changes_at(settings: dict, moment: _dt.datetime) -> None:
    """Note that what this build writes depends on the clock until `moment`
    (an aware datetime): a later build with nothing else changed must not
    be skipped once it has passed (the up_to_date plugin)."""
    settings.setdefault(OUTPUT_CHANGES_AT, []).append(moment)


def repository_folder(settings: dict, value) -> Path | None:
    """A folder setting such as a cache (".cache/images"): relative to the
    folder that holds content/ (the repository), never inside output/; an
    absolute path as it is; None when the setting is empty (turned off)."""
    if not value:
        return None
    folder = Path(value)
    if folder.is_absolute():
        return folder
    return Path(settings.get("PATH", "content")).resolve().parent / folder
