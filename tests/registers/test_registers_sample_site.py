"""The registers of the sample site: whatever documents staff add, every one
is in the register once, every filter page splits them without loss, every
feed reads back, every group page has its three lists."""

import re
from pathlib import Path

import feedparser
from htmlcheck import local_target
from register_pages import read_page, register_table

ROOT = Path(__file__).resolve().parents[2]


def published(folder):
    files = sorted((ROOT / "content" / folder).glob("*.md"))
    return [
        f
        for f in files
        if not re.search(r"^Status:\s*(draft|hidden)", f.read_text(encoding="utf-8"), re.M | re.I)
    ]


def filter_pages(site, dimension):
    base = site.output / "documents" / dimension
    return sorted(p.parent.name for p in base.glob("*/index.html"))


def test_every_document_is_in_the_register_once(site):
    table = register_table(site.page("documents/"))
    documents = published("documents")
    assert documents, "the sample site has official documents"
    assert len(table.rows) == len(documents)
    hrefs = [row.href for row in table.rows]
    assert len(set(hrefs)) == len(hrefs)
    page = site.output / "documents/index.html"
    for href in hrefs:
        assert local_target(site.output, page, href).is_file(), href
    by_number = register_table(site.page("documents/by-number/"))
    assert sorted(r.href for r in by_number.rows) == sorted(hrefs)


def test_filter_pages_split_the_register_without_loss(site):
    all_rows = {row.href: row for row in register_table(site.page("documents/")).rows}
    for dimension, attribute in (
        ("type", "data-type"),
        ("group", "data-group"),
        ("fiscal-year", "data-fiscal-year"),
    ):
        seen = []
        for key in filter_pages(site, dimension):
            rows = register_table(site.page(f"documents/{dimension}/{key}/")).rows
            assert rows, (dimension, key)
            assert {row.attrs[attribute] for row in rows} == {key}
            assert all(all_rows[row.href].attrs[attribute] == key for row in rows)
            seen += [row.href for row in rows]
        assert sorted(seen) == sorted(all_rows), dimension


def test_register_dates_descend(site):
    rows = register_table(site.page("documents/")).rows
    ranks = [int(row.attrs["data-date-rank"]) for row in rows]
    assert ranks == sorted(ranks)
    html = site.page("documents/")
    dates = re.findall(r'<td class="doc-date"><time datetime="([0-9-]+)">', html)
    assert dates == sorted(dates, reverse=True)


def test_every_feed_reads_back(site):
    feeds = sorted((site.output / "feeds").rglob("*.xml"))
    assert any(p.name == "announcements.atom.xml" for p in feeds)
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.feed.title.strip()
        for entry in parsed.entries:
            assert entry.title.strip() and entry.link and entry.published_parsed


def test_every_group_page_lists_news_documents_and_manuals(site):
    groups = sorted(p.parent.name for p in (site.output / "groups").glob("*/index.html"))
    assert len(groups) == 10
    for slug in groups:
        html = site.page(f"groups/{slug}/")
        for section in ('id="group-news"', 'id="group-documents"', 'id="group-manuals"'):
            assert section in html, (slug, section)
        links = {a["href"] for a in read_page(html).alternates}
        assert f"/feeds/groups/{slug}.atom.xml" in links
