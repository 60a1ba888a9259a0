"""Pelican wiring for sitemap.xml (the human site map is the `sitemap` page
template). It runs when Pelican has finished writing, so it lists what was
really written, including pages made by other plugins' generators."""

from pathlib import Path

from pelican import signals

from pelican.plugins.shared.settings import plugin_settings

from .sitemap import built_pages, robots_txt, sitemap_xml

DEFAULTS = {
    "SITEMAP_XML": "sitemap.xml",
    "SITEMAP_EXCLUDE": ["404.html"],
    "SITEMAP_ROBOTS": True,
}


def write_sitemap(pelican):
    options = plugin_settings(pelican.settings, DEFAULTS)
    save_as, excluded = options["SITEMAP_XML"], tuple(options["SITEMAP_EXCLUDE"])
    robots = options["SITEMAP_ROBOTS"]
    if not save_as:
        return
    output = Path(pelican.output_path)
    entries = built_pages(output, excluded)
    siteurl = pelican.settings.get("SITEURL", "")
    (output / save_as).write_text(sitemap_xml(siteurl, entries), encoding="utf-8")
    text = robots_txt(siteurl, save_as) if robots else None
    # A robots.txt the office put in the content wins.
    if text and not (output / "robots.txt").exists():
        (output / "robots.txt").write_text(text, encoding="utf-8")


def register():
    signals.finalized.connect(write_sitemap)
