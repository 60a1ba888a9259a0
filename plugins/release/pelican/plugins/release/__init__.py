"""Pelican wiring of the release switch: SITE_DEMO for templates (banner),
`sample` on sample content, and, when RELEASE_CHECK is on and the site is not
a demo, every placeholder reported as an error so the build fails."""

from __future__ import annotations

import os

from pelican import signals

from pelican.plugins.problems.problems import LOG
from pelican.plugins.shared.settings import plugin_settings

from .placeholders import demo_mode, find_placeholders, is_sample

DEFAULTS = {
    # Fail the build while placeholders remain (publishconf.py turns it on).
    "RELEASE_CHECK": False,
    # Build the site as a demonstration: a "ตัวอย่าง" banner on every page and
    # no release check. Also read from the environment variable SITE_DEMO.
    "SITE_DEMO": False,
    # The office facts file; None means <PATH>/data/office.toml.
    "RELEASE_OFFICE_FILE": None,
}


def _settings(pelican) -> None:
    plugin_settings(pelican.settings, DEFAULTS)
    # The environment may turn demo mode on or off for one build.
    pelican.settings["SITE_DEMO"] = demo_mode(pelican.settings)


def _mark_sample(content) -> None:
    content.sample = is_sample(getattr(content, "metadata", {}))


def _check(generators) -> None:
    """After every generator has read the content (the problem log is fresh),
    before anything is written."""
    if not generators:
        return
    settings = generators[0].settings
    config = plugin_settings(settings, DEFAULTS)
    if not config["RELEASE_CHECK"] or config["SITE_DEMO"]:
        return
    content = settings.get("PATH", "content")
    office = config["RELEASE_OFFICE_FILE"] or os.path.join(content, "data", "office.toml")
    for found in find_placeholders(content, office):
        LOG.error(
            found.path, found.line, "release-placeholder", found.th, found.en, found.fix_th, found.fix_en
        )


def register():
    signals.initialized.connect(_settings)
    signals.all_generators_finalized.connect(_check)
    signals.content_object_init.connect(_mark_sample)
