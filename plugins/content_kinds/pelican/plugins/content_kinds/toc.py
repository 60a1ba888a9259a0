"""Read rendered HTML for what a page template needs: the section headings
(for a manual's table of contents) and whether there is any text at all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser


@dataclass
class Heading:
    level: int
    id: str
    text: str
    children: list = field(default_factory=list)


class _Headings(HTMLParser):
    def __init__(self, levels):
        super().__init__(convert_charrefs=True)
        self.levels = levels
        self.found: list[Heading] = []
        self._open: tuple[int, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() and int(tag[1]) in self.levels:
            self._open = (int(tag[1]), dict(attrs).get("id") or "")
            self._text = []

    def handle_endtag(self, tag):
        if self._open and tag == f"h{self._open[0]}":
            level, ident = self._open
            text = " ".join("".join(self._text).split())
            if ident and text:
                self.found.append(Heading(level, ident, text))
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._text.append(data)


def headings(html: str, levels=(2, 3)) -> list[Heading]:
    """Headings with ids (the Markdown toc extension gives them ids)."""
    parser = _Headings(set(levels))
    parser.feed(html or "")
    parser.close()
    return parser.found


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def has_text(html: str) -> bool:
    """True if the HTML shows any words (not only whitespace or empty tags).
    Every item's body passes through here on every build: one expression
    strips the tags, where an HTML parser cost far more for a yes or no."""
    text = _TAG.sub(" ", _COMMENT.sub(" ", html or ""))
    return bool(unescape(text).strip())


def nest(found: list[Heading]) -> list[Heading]:
    """Headings as a tree: each deeper heading under the one before it."""
    top: list[Heading] = []
    for heading in found:
        if top and heading.level > top[-1].level:
            top[-1].children.append(heading)
        else:
            top.append(heading)
    return top
