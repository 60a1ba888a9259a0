"""The cms plugin's settings, read in one place with their defaults, and the
choices its selects offer (groups, OIT items of the current catalogue)."""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass

from pelican.plugins.content_kinds.groups import group_entries
from pelican.plugins.disclosure.catalogue import load_catalogues
from pelican.plugins.disclosure.config import read_config as read_disclosure_config
from pelican.plugins.problems.problems import ProblemLog
from pelican.plugins.shared.settings import plugin_settings, site_timezone
from pelican.plugins.thai_dates.config import thai_dates_settings
from pelican.plugins.thai_dates.dates import fiscal_year

from .admin import Site
from .collections import Choices

DEFAULTS = {
    # The folder of the CMS in the built site (/admin/); None: no CMS.
    "CMS_ADMIN_DIR": "admin",
    # The GitHub repository the CMS edits ("owner/name"); None: the
    # GITHUB_REPOSITORY of the CI run that builds the site. Also where the
    # admin page's status line links to (its pull requests and their checks).
    "CMS_REPO": None,
    # The branch pull requests go to.
    "CMS_BRANCH": "main",
    # "github", or "test-repo" (the CMS's in-browser test backend, for tests
    # and trying the forms without an account).
    "CMS_BACKEND": "github",
    # The content folder as seen from the repository root.
    "CMS_CONTENT_FOLDER": "content",
}


@dataclass(frozen=True)
class Config:
    folder: str
    site: Site

    @property
    def enabled(self) -> bool:
        return bool(self.folder)


def read_config(settings: dict, environ=os.environ) -> Config:
    options = plugin_settings(settings, DEFAULTS)
    repo = options["CMS_REPO"] or environ.get("GITHUB_REPOSITORY", "")
    backend = {"name": options["CMS_BACKEND"]}
    if backend["name"] != "test-repo":
        backend["repo"] = repo
        backend["branch"] = options["CMS_BRANCH"]
    site = Site(
        name=str(settings.get("SITENAME", "")),
        url=str(settings.get("SITEURL", "") or ""),
        backend=backend,
        content_folder=str(options["CMS_CONTENT_FOLDER"]).strip("/"),
        repo=repo,
        thai_digits=bool(thai_dates_settings(settings)["THAI_DIGITS"]),
        zone_offset_minutes=zone_offset_minutes(site_timezone(settings)),
    )
    return Config(folder=str(options["CMS_ADMIN_DIR"] or "").strip("/"), site=site)


def zone_offset_minutes(zone: _dt.tzinfo, now: _dt.datetime | None = None) -> int:
    """The time zone's offset from UTC now, in minutes (the preview reads a
    time written with another offset into the site's zone)."""
    moment = now or _dt.datetime.now(_dt.UTC)
    return int(moment.astimezone(zone).utcoffset().total_seconds() // 60)


def read_choices(settings: dict) -> Choices:
    """Groups from the GROUPS setting; OIT items from the catalogue that
    applies to the current fiscal year (the disclosure plugin's data; its
    mistakes are reported by that plugin, not twice)."""
    groups = tuple((entry["slug"], entry["name"]) for entry in group_entries(settings))
    disclosure = read_disclosure_config(settings)
    catalogues = load_catalogues(disclosure.catalogue_dir, ProblemLog())
    applied = catalogues.for_year(fiscal_year(disclosure.today))
    catalogue = applied.catalogue if applied else catalogues.latest
    items = catalogue.items if catalogue else ()
    return Choices(groups=groups, oit=tuple((item.code, item.title) for item in items))
