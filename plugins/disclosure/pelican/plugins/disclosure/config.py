"""The disclosure plugin's settings, read in one place with their defaults."""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass

from pelican.plugins.shared.settings import build_day, plugin_settings

DEFAULTS = {
    # Folder of the per-year catalogues; None means <PATH>/data/oit.
    "DISCLOSURE_CATALOGUE_DIR": None,
    # The day the build counts as "today" (date or "YYYY-MM-DD"); None = the
    # build's day (BUILD_DATE, else now, in the site's time zone).
    "DISCLOSURE_TODAY": None,
    # Fail the build when items of the current fiscal year are missing.
    "DISCLOSURE_FAIL_ON_MISSING": False,
    # Print the completeness summary at the end of the build.
    "DISCLOSURE_PRINT_REPORT": True,
    # URL folders of the OIT pages and of the information centre.
    "DISCLOSURE_PATH": "disclosure",
    "DISCLOSURE_OIA_PATH": "oia",
}


@dataclass(frozen=True)
class Config:
    catalogue_dir: str
    today: _dt.date
    fail_on_missing: bool
    print_report: bool
    path: str
    oia_path: str


def read_config(settings: dict) -> Config:
    options = plugin_settings(settings, DEFAULTS)
    get = options.__getitem__
    directory = get("DISCLOSURE_CATALOGUE_DIR") or os.path.join(
        settings.get("PATH", "content"), "data", "oit"
    )
    today = get("DISCLOSURE_TODAY")
    if today is None:
        today = build_day(settings)
    elif isinstance(today, str):
        today = _dt.date.fromisoformat(today)
    elif isinstance(today, _dt.datetime):
        today = today.date()
    return Config(
        catalogue_dir=str(directory),
        today=today,
        fail_on_missing=bool(get("DISCLOSURE_FAIL_ON_MISSING")),
        print_report=bool(get("DISCLOSURE_PRINT_REPORT")),
        path=str(get("DISCLOSURE_PATH")).strip("/"),
        oia_path=str(get("DISCLOSURE_OIA_PATH")).strip("/"),
    )
