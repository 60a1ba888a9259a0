"""sitemap.xml from the pages a build actually wrote: every HTML page of the
site except the second and later pages of a paginated listing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from pelican.plugins.shared.urls import url_of_save_as

# The last <time datetime="..."> on a page is the footer's "last updated".
_TIME = re.compile(r'<time datetime="([^"]+)"')
_PAGINATED = re.compile(r"(^|/)page/\d+/index\.html$")


@dataclass(frozen=True)
class Entry:
    path: str  # site path like "about/" or "" for the home page
    lastmod: str | None = None


_NOINDEX = re.compile(r'<meta name="robots" content="[^"]*noindex', re.IGNORECASE)


def is_listed(relative: str, excluded: tuple[str, ...] = ("404.html",)) -> bool:
    if relative in excluded or _PAGINATED.search(relative):
        return False
    # Theme and static files are not pages.
    return not relative.startswith(("theme/", "pagefind/"))


def lastmod(html: str) -> str | None:
    found = _TIME.findall(html)
    return found[-1] if found else None


def built_pages(output: Path, excluded: tuple[str, ...] = ("404.html",)) -> list[Entry]:
    """Every listed HTML page under `output`, sorted by path."""
    entries = []
    for file in sorted(output.rglob("*.html")):
        relative = file.relative_to(output).as_posix()
        if is_listed(relative, excluded):
            text = file.read_text(encoding="utf-8", errors="replace")
            if _NOINDEX.search(text):
                continue  # a page search engines must not list (a draft in the local preview)
            entries.append(Entry(url_of_save_as(relative), lastmod(text)))
    return entries


def sitemap_xml(siteurl: str, entries: list[Entry]) -> str:
    base = siteurl.rstrip("/")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for entry in entries:
        lines.append("  <url>")
        lines.append(f"    <loc>{escape(base + '/' + entry.path)}</loc>")
        if entry.lastmod:
            lines.append(f"    <lastmod>{escape(entry.lastmod)}</lastmod>")
        lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(siteurl: str, sitemap: str) -> str | None:
    """robots.txt naming the sitemap; None without an absolute SITEURL
    (the Sitemap line must be a full URL)."""
    if not siteurl.startswith(("https://", "http://")):
        return None
    return f"User-agent: *\nAllow: /\n\nSitemap: {siteurl.rstrip('/')}/{sitemap}\n"
