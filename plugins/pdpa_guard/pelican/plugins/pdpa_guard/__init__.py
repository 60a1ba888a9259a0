"""Pelican wiring for the personal-data guard: scan the content folder once
the content is read, so a hit fails the build like any other content error."""

import os

from pelican import signals

from pelican.plugins.problems.problems import LOG

from .guard import guard_tree

DEFAULT_ALLOWLIST = "data/pdpa-allowlist.toml"


def settings_of(settings) -> dict:
    """The guard's settings, with defaults, read in one place."""
    settings.setdefault("PDPA_GUARD", True)
    settings.setdefault("PDPA_ALLOWLIST", DEFAULT_ALLOWLIST)
    return {
        "enabled": bool(settings["PDPA_GUARD"]),
        "allowlist": os.path.join(settings["PATH"], settings["PDPA_ALLOWLIST"]),
        "ignore": tuple(settings.get("IGNORE_FILES") or ()),
    }


def _on_generators_finalized(generators):
    if not generators:
        return
    settings = generators[0].settings
    options = settings_of(settings)
    if options["enabled"]:
        guard_tree(LOG, settings["PATH"], options["allowlist"], options["ignore"])


def register():
    signals.all_generators_finalized.connect(_on_generators_finalized)
