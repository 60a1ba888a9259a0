"""Pelican wiring for sitemap.xml (the human site map is the `sitemap` page
template). It runs when Pelican has finished writing, so it lists what was
really written, including pages made by other plugins' generators."""

from pathlib import Path

from pelican import signals

from .sitemap import built_pages, sitemap_xml


def _settings(settings):
    settings.setdefault("SITEMAP_XML", "sitemap.xml")
    settings.setdefault("SITEMAP_EXCLUDE", ["404.html"])
    return settings["SITEMAP_XML"], tuple(settings["SITEMAP_EXCLUDE"])


def write_sitemap(pelican):
    save_as, excluded = _settings(pelican.settings)
    if not save_as:
        return
    output = Path(pelican.output_path)
    entries = built_pages(output, excluded)
    (output / save_as).write_text(
        sitemap_xml(pelican.settings.get("SITEURL", ""), entries), encoding="utf-8"
    )


def register():
    signals.finalized.connect(write_sitemap)
