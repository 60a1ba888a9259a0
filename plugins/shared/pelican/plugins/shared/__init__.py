"""Helpers shared by the plugins, written once: settings with defaults, the
site's time zone, the line of a TOML error, the URL of a save_as, exact-case
file lookups. Nothing to wire into Pelican."""

from .files import exists_with_exact_case
from .settings import DEFAULT_TIMEZONE, plugin_settings, site_timezone
from .tomlfile import toml_error_line
from .urls import url_of_save_as

__all__ = [
    "DEFAULT_TIMEZONE",
    "exists_with_exact_case",
    "plugin_settings",
    "register",
    "site_timezone",
    "toml_error_line",
    "url_of_save_as",
]


def register():
    """Nothing to connect: Pelican calls register() on every namespace plugin
    it discovers, and this package only offers helpers to the others."""
