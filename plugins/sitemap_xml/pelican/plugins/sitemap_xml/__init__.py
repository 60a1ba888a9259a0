"""Pelican wiring for sitemap.xml (the human site map is the `sitemap` page
template). It runs when Pelican has finished writing, so it lists what was
really written, including pages made by other plugins' generators."""

from pathlib import Path

from pelican import signals

from .sitemap import built_pages, robots_txt, sitemap_xml


def _settings(settings):
    settings.setdefault("SITEMAP_XML", "sitemap.xml")
    settings.setdefault("SITEMAP_EXCLUDE", ["404.html"])
    settings.setdefault("SITEMAP_ROBOTS", True)
    return settings["SITEMAP_XML"], tuple(settings["SITEMAP_EXCLUDE"]), settings["SITEMAP_ROBOTS"]


def write_sitemap(pelican):
    save_as, excluded, robots = _settings(pelican.settings)
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
