"""One built page of every kind, found in the output by what it is, so the
browser checks follow the content staff add."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from htmlcheck import page_facts


def _first_item(output: Path, folder: str, want=lambda facts: True) -> str | None:
    """URL path of one item page (an announcement, a document, a manual) under
    a folder: the deepest page marked og:type=article (listings are
    og:type=website)."""
    base = output / folder
    if not base.is_dir():
        return None
    candidates = sorted(
        (
            path
            for path in base.rglob("index.html")
            if "page" not in path.relative_to(base).parts and path.parent != base
        ),
        key=lambda path: (-len(path.parts), path.as_posix()),
    )
    for path in candidates:
        facts = page_facts(path.read_text(encoding="utf-8"))
        if facts.meta.get("og:type") == "article" and want(facts):
            return _url_path(output, path)
    return None


def _url_path(output: Path, path: Path) -> str:
    return path.parent.relative_to(output).as_posix() + "/"


def _existing(output: Path, url_path: str) -> str | None:
    target = output / url_path
    if url_path == "" or url_path.endswith("/"):
        target = target / "index.html"
    return url_path if target.is_file() else None


# kind -> how to find one page of that kind in the built site
FINDERS = {
    "home": lambda out: _existing(out, ""),
    "announcement": lambda out: _first_item(out, "announcements"),
    # An announcement with a cover picture at the top (heavier: the image).
    "announcement-with-cover": lambda out: _first_item(
        out,
        "announcements",
        lambda facts: any(tag == "img" and "/theme/" not in ref for tag, _, ref in facts.refs),
    ),
    # An announcement with a cover and a gallery of at least 12 photos.
    "announcement-with-gallery": lambda out: _first_item(
        out,
        "announcements",
        lambda facts: sum(1 for tag, attr, _ in facts.refs if tag == "img" and attr == "src") >= 13,
    ),
    "official-document": lambda out: _first_item(out, "documents"),
    "register": lambda out: _existing(out, "documents/"),
    "manual": lambda out: _first_item(out, "manuals"),
    "manuals-index": lambda out: _existing(out, "manuals/"),
    "group": lambda out: _existing(out, "groups/admin/"),
    "disclosure-index": lambda out: _existing(out, "disclosure/"),
    "disclosure-item": lambda out: next(
        (_url_path(out, path) for path in sorted(out.glob("disclosure/*/o1/index.html"))), None
    ),
    "executives": lambda out: _existing(out, "executives/"),
    "sitemap": lambda out: _existing(out, "sitemap/"),
    "disclosure-year": lambda out: next(
        (
            _url_path(out, path)
            for path in sorted(out.glob("disclosure/*/index.html"), reverse=True)
            if path.parent.name.isdigit()
        ),
        None,
    ),
    "official-information-centre": lambda out: _existing(out, "oia/"),
    "announcements-index": lambda out: _existing(out, "announcements/"),
    "archive-month": lambda out: next(
        (
            _url_path(out, path)
            for path in sorted(out.glob("archives/*/*/index.html"))
            if path.parent.name.isdigit()
        ),
        None,
    ),
    "fiscal-year": lambda out: next(
        (_url_path(out, path) for path in sorted(out.glob("archives/fiscal-year/*/index.html"))), None
    ),
    "tag": lambda out: next((_url_path(out, path) for path in sorted(out.glob("tags/*/index.html"))), None),
    "policy-page": lambda out: _existing(out, "website-policy/"),
    "search": lambda out: _existing(out, "search/"),
    # Results rendered by Pagefind (WebAssembly) under the policy.
    "search-results": lambda out: _existing(out, "search/") and "search/?q=" + quote("รับสมัคร"),
    "contact": lambda out: _existing(out, "contact/"),
    "about": lambda out: _existing(out, "about/"),
    "not-found": lambda out: _existing(out, "404.html"),
}

# The kinds every run must find. Each must exist in the built site: the test
# fails (never skips) when one goes missing.
KINDS = [
    "home",
    "announcement",
    "announcement-with-cover",
    "announcement-with-gallery",
    "official-document",
    "register",
    "manual",
    "manuals-index",
    "group",
    "disclosure-index",
    "disclosure-item",
    "executives",
    "sitemap",
    "disclosure-year",
    "official-information-centre",
    "announcements-index",
    "archive-month",
    "fiscal-year",
    "tag",
    "policy-page",
    "search",
    "search-results",
    "contact",
    "about",
    "not-found",
]


def page_of_kind(output: Path, kind: str) -> str:
    url_path = FINDERS[kind](output)
    assert url_path is not None, f"no page of kind {kind!r} in the built site"
    return url_path


# What must be on screen before a page of that kind is checked.
READY = {"search-results": "#search-results li"}
