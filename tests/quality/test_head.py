"""Every page carries a title, a description, its canonical URL, Open Graph
tags and the Content-Security-Policy meta tag; in a publish build the
canonical and Open Graph URLs are absolute and every internal link resolves."""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from urllib.parse import urlsplit

from htmlcheck import broken_links, page_facts
from sitebuild import site_pages

from pelican.plugins.security_headers.headers import csp_meta, settings_policy, with_sources
from quality.conftest import PUBLISH_URL, site_settings
from quality.pages import page_of_kind


def _url_path(output, path) -> str:
    rel = path.relative_to(output).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def _served(output, siteurl, url) -> bool:
    """An absolute-from-root (or SITEURL) URL of a file the build wrote."""
    if not url or not url.startswith(siteurl + "/"):
        return False
    return (output / url[len(siteurl) + 1 :]).is_file()


_EMBEDS = re.compile(r'<figure class="video" data-embed="([^"]+)"')


def _head_problems(output, siteurl, sitename) -> list[str]:
    problems = []
    titles = Counter()
    policy = settings_policy(site_settings())
    for path in site_pages(output):
        html = path.read_text(encoding="utf-8")
        facts = page_facts(html)
        # The site's policy; a page with a video player adds that player's
        # origin to frame-src, and no page adds anything else.
        players = sorted(
            {urlsplit(unescape(src))._replace(path="", query="").geturl() for src in _EMBEDS.findall(html)}
        )
        expected_csp = csp_meta(with_sources(policy, {"frame-src": players}) if players else policy)
        where = path.relative_to(output).as_posix()
        meta = facts.meta
        # An old address (a redirect page) names where the page lives now.
        refresh = meta.get("refresh", "")
        url = refresh.split("url=", 1)[1] if "url=" in refresh else f"{siteurl}/{_url_path(output, path)}"
        title = " ".join(facts.title.split())
        description = meta.get("description") or ""
        checks = {
            "title": bool(title),
            "description": 10 <= len(description.strip()) <= 320,
            "canonical": facts.canonical == url,
            "og:url": meta.get("og:url") == url,
            "og:title": meta.get("og:title") == title,
            "og:description": meta.get("og:description") == " ".join(description.split()),
            "og:type": meta.get("og:type") in ("website", "article"),
            "og:locale": meta.get("og:locale") == "th_TH",
            "og:site_name": meta.get("og:site_name") == sitename,
            "og:image": _served(output, siteurl, meta.get("og:image")),
            "og:image:alt": bool((meta.get("og:image:alt") or "").strip()),
            "csp": meta.get("Content-Security-Policy") == expected_csp,
        }
        problems += [f"{where}: {name}" for name, ok in checks.items() if not ok]
        if not re.search(r"/page/\d+/index\.html$", where):
            titles[title] += 1
    problems += [f"title used by {count} pages: {title}" for title, count in titles.items() if count > 1]
    return problems


def test_every_page_has_title_description_canonical_and_open_graph(site):
    assert _head_problems(site.output, "", site_settings()["SITENAME"]) == []


def test_articles_are_open_graph_articles_with_dates(site):
    facts = page_facts(site.page(page_of_kind(site.output, "announcement")))
    assert facts.meta["og:type"] == "article"
    assert re.match(r"\d{4}-\d\d-\d\dT", facts.meta["article:published_time"])


def test_policy_meta_has_no_unsafe_inline_and_no_header_only_directive(site):
    policy = page_facts(site.page("")).meta["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "'unsafe-eval'" not in policy
    assert "frame-ancestors" not in policy  # ignored in <meta>: sent as a header
    assert "default-src 'self'" in policy and "object-src 'none'" in policy


def test_not_found_page_is_thai_and_helps(site):
    html = site.page("404.html")
    facts = page_facts(html)
    assert facts.lang == "th" and "ไม่พบหน้า" in facts.title
    # Served at any depth: every link is absolute from the site root.
    local = [ref for tag, attr, ref in facts.refs if not ref.startswith(("http", "mailto:", "tel:", "#"))]
    assert local and all(ref.startswith("/") for ref in local), local
    links = {ref for tag, attr, ref in facts.refs if tag == "a"}
    for section in ("/announcements/", "/documents/", "/manuals/", "/disclosure/", "/contact/"):
        assert section in links, section
    assert any(tag == "form" and ref.endswith("/search/") for tag, attr, ref in facts.refs)


def test_publish_build_has_absolute_canonical_urls_and_no_broken_link(publish_build):
    output = publish_build.output
    assert _head_problems(output, PUBLISH_URL, site_settings()["SITENAME"]) == []
    assert broken_links(output, PUBLISH_URL) == []
