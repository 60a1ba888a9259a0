"""Read built HTML pages with the standard library: links, headings, landmarks."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class PageFacts:
    lang: str | None = None
    title: str = ""
    h1_count: int = 0
    has_footer: bool = False
    ids: set = field(default_factory=set)
    # (tag, attribute, value) for every href/src on the page
    refs: list = field(default_factory=list)
    nav_links: list = field(default_factory=list)
    # <meta name|property|http-equiv=...> -> content, and <link rel=canonical>
    meta: dict = field(default_factory=dict)
    canonical: str | None = None


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._in_title = False
        self._nav_label = None
        self._nav_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.facts.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self.facts.h1_count += 1
        elif tag == "footer":
            self.facts.has_footer = True
        elif tag == "nav":
            self._nav_depth += 1
            if self._nav_label is None:
                self._nav_label = attrs.get("aria-label")
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
            if key:
                self.facts.meta[key] = attrs.get("content")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.facts.canonical = attrs.get("href")
        if "id" in attrs:
            self.facts.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.facts.refs.append((tag, name, attrs[name]))
                if tag == "a" and self._nav_label == "เมนูหลัก":
                    self.facts.nav_links.append(attrs[name])
        if tag == "form" and attrs.get("action"):
            self.facts.refs.append((tag, "action", attrs["action"]))
        if attrs.get("srcset"):
            for candidate in attrs["srcset"].split(","):
                if candidate.strip():
                    self.facts.refs.append((tag, "srcset", candidate.split()[0]))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "nav":
            self._nav_depth -= 1
            if self._nav_depth == 0:
                self._nav_label = None

    def handle_data(self, data):
        if self._in_title:
            self.facts.title += data


def page_facts(html: str) -> PageFacts:
    parser = _Parser()
    parser.feed(html)
    return parser.facts


def local_target(output: Path, page: Path, ref: str, siteurl: str = "") -> Path | None:
    """The file in `output` a link points at, or None for external links."""
    if siteurl and ref.startswith(siteurl):
        ref = ref[len(siteurl) :] or "/"
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or ref.startswith(("mailto:", "tel:", "#")):
        return None
    path = unquote(parts.path)
    if not path:
        return None
    target = (output / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
    if path.endswith("/"):
        target = target / "index.html"
    return target


def _split_fragment(ref: str) -> tuple[str, str]:
    base, _, fragment = ref.partition("#")
    return base, unquote(fragment)


def broken_links(output: Path, siteurl: str = "") -> list[str]:
    """Every internal link, image, form action and #fragment in the built site
    that points at nothing: a missing file, or an id missing on the target
    page. One line per problem: 'page: tag attr=ref (why)'."""
    output = output.resolve()
    pages = {path: page_facts(path.read_text(encoding="utf-8")) for path in output.rglob("*.html")}
    problems = []
    for path, facts in sorted(pages.items()):
        where = path.relative_to(output)
        for tag, attr, ref in facts.refs:
            base, fragment = _split_fragment(ref)
            if not base:
                target = path  # "#id" on the same page
            else:
                target = local_target(output, path, base, siteurl)
                if target is None:
                    continue  # another site, mailto:, tel:
                if not target.exists():
                    problems.append(f"{where}: {tag} {attr}={ref} (ไม่มีไฟล์ / no such file)")
                    continue
            if fragment and fragment != "top":
                target_facts = pages.get(target.resolve())
                if target_facts is None and target.suffix == ".html":
                    target_facts = page_facts(target.read_text(encoding="utf-8"))
                if target_facts is not None and fragment not in target_facts.ids:
                    problems.append(f"{where}: {tag} {attr}={ref} (ไม่มี id นี้ / no such id)")
    return problems
