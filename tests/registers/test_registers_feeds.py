"""Atom and RSS feeds of announcements, documents, groups and document types:
valid when read back with feedparser, Thai titles, Bangkok dates, linked
from the pages they follow."""

import datetime as dt

import feedparser
import pytest
from htmlcheck import local_target
from register_fixture import DOCUMENTS, NEWS
from register_pages import read_page

UTC = dt.UTC


def read_feed(site, path):
    parsed = feedparser.parse((site.output / path).read_bytes())
    assert not parsed.bozo, (path, parsed.get("bozo_exception"))
    return parsed


def entry_time(entry, field="published_parsed"):
    return dt.datetime(*entry[field][:6], tzinfo=UTC)


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_announcement_feed_has_every_announcement_newest_first(register_site, kind):
    feed = read_feed(register_site, f"feeds/announcements.{kind}.xml")
    assert feed.version == ("atom10" if kind == "atom" else "rss20")
    assert "ข่าวประชาสัมพันธ์" in feed.feed.title
    newest = sorted(NEWS, key=lambda n: n.when, reverse=True)
    assert [e.title for e in feed.entries] == [n.title for n in newest]
    for entry, news in zip(feed.entries, newest, strict=True):
        # feedparser gives UTC; the instant must be the Bangkok time written.
        assert entry_time(entry) == news.when.astimezone(UTC), entry.title


def test_feed_dates_are_written_in_bangkok_time(register_site):
    atom = (register_site.output / "feeds/announcements.atom.xml").read_text(encoding="utf-8")
    assert "<published>2026-01-20T16:45:00+07:00</published>" in atom
    rss = (register_site.output / "feeds/announcements.rss.xml").read_text(encoding="utf-8")
    assert "<pubDate>Tue, 20 Jan 2026 16:45:00 +0700</pubDate>" in rss


def test_feed_entries_link_to_built_pages(register_site):
    feed = read_feed(register_site, "feeds/documents.atom.xml")
    assert len(feed.entries) == len(DOCUMENTS)
    for entry in feed.entries:
        assert entry.link.startswith("http://127.0.0.1:8000/")
        path = entry.link.removeprefix("http://127.0.0.1:8000/")
        target = register_site.output / path / "index.html"
        assert target.is_file(), entry.link
        assert entry.title in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("group", ["admin", "dlict", "finance", "personnel"])
def test_group_feeds_hold_the_groups_news_and_documents(register_site, group):
    items = [n for n in NEWS if n.group == group] + [d for d in DOCUMENTS if d.group == group]
    expected = [i.title for i in sorted(items, key=lambda i: i.when, reverse=True)]
    for kind in ("atom", "rss"):
        feed = read_feed(register_site, f"feeds/groups/{group}.{kind}.xml")
        assert sorted(e.title for e in feed.entries) == sorted(expected)
        assert [e.title for e in feed.entries][:1] == expected[:1]


def test_a_group_without_content_has_an_empty_valid_feed(register_site):
    feed = read_feed(register_site, "feeds/groups/audit.atom.xml")
    assert feed.entries == [] and "หน่วยตรวจสอบภายใน" in feed.feed.title


@pytest.mark.parametrize(
    "slug, doc_type", [("order", "คำสั่ง"), ("letter", "หนังสือภายนอก"), ("procurement", "ประกาศจัดซื้อจัดจ้าง")]
)
def test_type_feeds_hold_exactly_that_type(register_site, slug, doc_type):
    expected = sorted((d for d in DOCUMENTS if d.doc_type == doc_type), key=lambda d: d.when, reverse=True)
    for kind in ("atom", "rss"):
        feed = read_feed(register_site, f"feeds/documents/{slug}.{kind}.xml")
        assert feed.feed.title.endswith(f"หนังสือราชการประเภท{doc_type}")
        assert [e.title for e in feed.entries] == [d.title for d in expected]


def test_every_feed_has_its_own_id_and_thai_language(register_site):
    ids = set()
    paths = sorted((register_site.output / "feeds").rglob("*.atom.xml"))
    assert len(paths) >= 2 + 10 + 7
    for path in paths:
        feed = read_feed(register_site, path.relative_to(register_site.output))
        assert feed.feed.id not in ids
        ids.add(feed.feed.id)
        assert feed.feed.get("language") == "th"


@pytest.mark.parametrize(
    "url, feed",
    [
        ("", "feeds/announcements.atom.xml"),
        ("announcements/", "feeds/announcements.rss.xml"),
        ("groups/dlict/", "feeds/groups/dlict.atom.xml"),
        ("groups/dlict/", "feeds/groups/dlict.rss.xml"),
        ("documents/", "feeds/documents.atom.xml"),
        ("documents/type/order/", "feeds/documents/order.atom.xml"),
        ("documents/group/finance/by-number/", "feeds/groups/finance.rss.xml"),
    ],
)
def test_pages_link_their_feeds(register_site, url, feed):
    page_path = register_site.output / url / "index.html"
    links = read_page(page_path.read_text(encoding="utf-8")).alternates
    hrefs = {link["href"]: link for link in links}
    assert "/" + feed in hrefs, hrefs
    link = hrefs["/" + feed]
    assert link["type"] == ("application/atom+xml" if feed.endswith("atom.xml") else "application/rss+xml")
    assert link["title"].strip()
    assert local_target(register_site.output, page_path, link["href"]).is_file()


def test_production_build_writes_feeds_with_the_public_address(register_site_published):
    site = register_site_published
    feed = read_feed(site, "feeds/announcements.atom.xml")
    assert feed.feed.link == "https://www.example.go.th/"
    assert all(e.link.startswith("https://www.example.go.th/announcements/") for e in feed.entries)
    everything = read_feed(site, "feeds/all.atom.xml")
    assert len(everything.entries) == len(NEWS) + len(DOCUMENTS)
    assert read_feed(site, "feeds/documents/order.rss.xml").entries
    home = read_page(site.page(""))
    assert "https://www.example.go.th/feeds/announcements.atom.xml" in {a["href"] for a in home.alternates}
