"""Pelican wiring for the personal-data guard: scan the content folder once
the content is read, then every page and feed as the build writes it and
every published path, so a hit fails the build like any other content error."""

import os

from pelican import signals

from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.memo import BuildMemo
from pelican.plugins.shared.settings import plugin_settings

from .guard import guard_tree
from .rendered import PublishedGuard

DEFAULT_ALLOWLIST = "data/pdpa-allowlist.toml"
DEFAULTS = {"PDPA_GUARD": True, "PDPA_ALLOWLIST": DEFAULT_ALLOWLIST}

# The guard of the build running in this process (None: guard off).
_published: PublishedGuard | None = None


def settings_of(settings) -> dict:
    """The guard's settings, with defaults, read in one place."""
    options = plugin_settings(settings, DEFAULTS)
    return {
        "enabled": bool(options["PDPA_GUARD"]),
        "allowlist": os.path.join(settings["PATH"], options["PDPA_ALLOWLIST"]),
        "ignore": tuple(settings.get("IGNORE_FILES") or ()),
    }


def _on_generators_finalized(generators):
    global _published
    _published = None
    if not generators:
        return
    settings = generators[0].settings
    options = settings_of(settings)
    if options["enabled"]:
        run = guard_tree(LOG, settings["PATH"], options["allowlist"], options["ignore"], report_unused=False)
        memo = BuildMemo(settings, "pdpa-pages")
        _published = PublishedGuard(run, settings["PATH"], settings["OUTPUT_PATH"], generators, memo)


def _on_content_written(path, context=None):
    if _published is not None:
        _published.page_written(path, context or {})


def _on_feed_written(path, context=None, feed=None):
    if _published is not None and feed is not None:
        _published.feed_written(path, feed)


class PublishedFilesGenerator:
    """Runs after the other plugins' generators (the guard is the last
    plugin) and before the static files are copied: scans the files that
    plugins wrote without telling Pelican, every published path, and then
    reports the allow-list entries nothing used."""

    def __init__(self, *args, **kwargs):
        self.settings = kwargs.get("settings") or {}

    def generate_output(self, writer):
        global _published
        if _published is None:
            return
        _published.sweep()
        _published.run.report_unused(settings_of(dict(self.settings))["allowlist"])
        if _published.memo is not None:
            _published.memo.save()
        _published = None


def _get_generators(pelican):
    return PublishedFilesGenerator


def register():
    signals.all_generators_finalized.connect(_on_generators_finalized)
    signals.content_written.connect(_on_content_written)
    signals.feed_written.connect(_on_feed_written)
    signals.get_generators.connect(_get_generators)
