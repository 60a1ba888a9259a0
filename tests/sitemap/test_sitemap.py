"""sitemap.xml from the written pages: pure functions, table-driven."""

import xml.etree.ElementTree as ET

import pytest

from pelican.plugins.shared.urls import url_of_save_as
from pelican.plugins.sitemap_xml.sitemap import (
    Entry,
    built_pages,
    is_listed,
    lastmod,
    robots_txt,
    sitemap_xml,
)

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.mark.parametrize(
    "relative, expected",
    [
        ("index.html", ""),
        ("about/index.html", "about/"),
        ("announcements/2569/01/live/index.html", "announcements/2569/01/live/"),
        ("404.html", "404.html"),
    ],
)
def test_the_url_of_a_written_page(relative, expected):
    assert url_of_save_as(relative) == expected


@pytest.mark.parametrize(
    "relative, listed",
    [
        ("index.html", True),
        ("about/index.html", True),
        ("page/2/index.html", False),
        ("announcements/page/3/index.html", False),
        ("pages-of-law/index.html", True),
        ("404.html", False),
        ("theme/fonts/x.html", False),
    ],
)
def test_is_listed(relative, listed):
    assert is_listed(relative) is listed


def test_lastmod_is_the_last_time_on_the_page():
    html = (
        '<time datetime="2026-01-22">x</time> ... <p class="updated"><time datetime="2026-02-01">y</time></p>'
    )
    assert lastmod(html) == "2026-02-01"
    assert lastmod("<p>no date</p>") is None


def test_sitemap_xml_is_valid_and_absolute():
    text = sitemap_xml("https://www.cmarea3.go.th/", [Entry(""), Entry("a&b/", "2026-11-24")])
    root = ET.fromstring(text)
    locs = [e.text for e in root.findall("s:url/s:loc", NS)]
    assert locs == ["https://www.cmarea3.go.th/", "https://www.cmarea3.go.th/a&b/"]
    assert [e.text for e in root.findall("s:url/s:lastmod", NS)] == ["2026-11-24"]


def test_built_pages_walks_the_output(tmp_path):
    for rel, html in {
        "index.html": '<time datetime="2026-11-01">',
        "about/index.html": "<p>",
        "page/2/index.html": "<p>",
        "404.html": "<p>",
        "theme/css/site.css": "",
    }.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    assert built_pages(tmp_path) == [Entry("about/", None), Entry("", "2026-11-01")]


def test_robots_txt_names_the_sitemap_only_with_an_absolute_siteurl():
    assert robots_txt("https://www.cmarea3.go.th/", "sitemap.xml").endswith(
        "Sitemap: https://www.cmarea3.go.th/sitemap.xml\n"
    )
    assert robots_txt("", "sitemap.xml") is None


def test_publish_build_has_absolute_sitemap_and_robots(publish_build):
    # publishconf.py with SITEURL unset: its own address, as a demo (tests/conftest.py)
    build = publish_build
    root = ET.parse(build.output / "sitemap.xml").getroot()
    locs = [e.text for e in root.findall("s:url/s:loc", NS)]
    assert len(locs) > 40
    assert all(loc.startswith("https://www.cmarea3.go.th/") for loc in locs)
    assert "https://www.cmarea3.go.th/sitemap/" in locs
    robots = (build.output / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://www.cmarea3.go.th/sitemap.xml" in robots
