"""The text of an HTML page or an XML feed as the public sees it: tags
removed (inline tags such as <em> join the text around them, block tags
separate it), comments removed, character references (&#49;, &amp;) decoded,
white space collapsed as a browser does. What the page source shows but the
browser does not (comments, the text of attributes such as alt, title and
meta content) comes after the visible text, each piece on its own line, so
it is scanned too without joining the text around it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags a browser shows inside the run of text around them: an ID split by
# <em>...</em> or <span> reads as one number on the page.
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strike"
    " strong sub sup time tt u var wbr".split()
)
# Tags whose text keeps its line breaks.
PREFORMATTED_TAGS = frozenset({"pre", "textarea", "script", "style", "plaintext", "xmp", "listing"})
# Attributes whose text people read (screen readers, tooltips, previews in
# search results and social networks) or that name a public address.
TEXT_ATTRIBUTES = frozenset(
    {
        "alt",
        "title",
        "aria-label",
        "aria-description",
        "aria-valuetext",
        "content",
        "placeholder",
        "value",
        "label",
        "abbr",
        "summary",
        "download",
        "href",
        "src",
        "data-pagefind-meta",
    }
)

_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []
        self._pre = 0

    def _block(self) -> None:
        self.parts.append("\n")

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in INLINE_TAGS:
            self._block()
        if tag in PREFORMATTED_TAGS:
            self._pre += 1
        for name, value in attrs:
            if value and name in TEXT_ATTRIBUTES:
                self.hidden.append(value)

    def handle_startendtag(self, tag, attrs) -> None:
        if tag not in INLINE_TAGS:
            self._block()
        for name, value in attrs:
            if value and name in TEXT_ATTRIBUTES:
                self.hidden.append(value)

    def handle_endtag(self, tag) -> None:
        if tag in PREFORMATTED_TAGS and self._pre:
            self._pre -= 1
        if tag not in INLINE_TAGS:
            self._block()

    def handle_data(self, data) -> None:
        self.parts.append(data if self._pre else _SPACE_RUN.sub(" ", data))

    def handle_comment(self, data) -> None:
        self.hidden.append(data)

    def unknown_decl(self, data) -> None:
        # <![CDATA[...]]> in XML: its text is shown as it is
        if data.startswith("CDATA["):
            self.parts.append(data[len("CDATA[") :])


def visible_text(markup: str) -> str:
    """The visible text of the markup, then the text only its source shows
    (comments, attribute values), one piece per line. Never raises."""
    collector = _Collector()
    try:
        collector.feed(markup)
        collector.close()
    except Exception:  # html.parser is lenient; this is a last resort
        return markup
    shown = "".join(collector.parts)
    hidden = "\n".join(_SPACE_RUN.sub(" ", piece) for piece in collector.hidden)
    return f"{shown}\n{hidden}" if hidden else shown
