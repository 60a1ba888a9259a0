"""The text of an HTML page or an XML feed as the public sees it: tags
removed (inline tags such as <em> join the text around them, block tags
separate it), comments removed, character references (&#49;, &amp;) decoded,
white space collapsed as a browser does. What the page source shows but the
browser does not (comments, the text of attributes such as alt, title and
meta content) comes after the visible text, each piece on its own line, so
it is scanned too without joining the text around it."""

from __future__ import annotations

import html
import re

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
# One regex over the markup (faster than html.parser on the site's pages):
# comments, CDATA, tags with their attributes, and other declarations and
# processing instructions, which show nothing.
_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)(?:-->|\Z)"
    r"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)"
    r"|<(?P<end>/?)(?P<tag>[A-Za-z][^\s/>]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|<[!?][^>]*>",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>=`]+))?")
# Elements whose text is not markup: kept as written, up to their end tag.
RAW_TEXT_TAGS = frozenset({"script", "style"})


def _attribute_texts(attrs: str, into: list[str]) -> None:
    for name, value in _ATTRIBUTE.findall(attrs):
        if value and name.lower() in TEXT_ATTRIBUTES:
            if value[0] in "\"'":
                value = value[1:-1]
            if value:
                into.append(html.unescape(value))


def visible_text(markup: str) -> str:
    """The visible text of the markup, then the text only its source shows
    (comments, attribute values), one piece per line. Never raises."""
    shown: list[str] = []
    hidden: list[str] = []
    preformatted = 0
    position = 0
    length = len(markup)
    while position < length:
        match = _TOKEN.search(markup, position)
        end = match.start() if match else length
        if end > position:
            data = html.unescape(markup[position:end])
            shown.append(data if preformatted else _SPACE_RUN.sub(" ", data))
        if not match:
            break
        position = match.end()
        if match.group("comment") is not None:
            hidden.append(match.group("comment"))
            continue
        if match.group("cdata") is not None:
            shown.append(match.group("cdata"))
            continue
        tag = (match.group("tag") or "").lower()
        if not tag:
            continue  # <!DOCTYPE ...>, <?xml ...?>
        if tag not in INLINE_TAGS:
            shown.append("\n")
        attrs = match.group("attrs")
        if match.group("end"):
            if tag in PREFORMATTED_TAGS and preformatted:
                preformatted -= 1
            continue
        _attribute_texts(attrs, hidden)
        if attrs.rstrip().endswith("/"):
            continue  # <br/>, <img ... />
        if tag in RAW_TEXT_TAGS:
            close = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(markup, position)
            stop = close.start() if close else length
            shown.append(markup[position:stop])
            shown.append("\n")
            position = close.end() if close else length
        elif tag in PREFORMATTED_TAGS:
            preformatted += 1
    text = "".join(shown)
    if not hidden:
        return text
    return text + "\n" + "\n".join(_SPACE_RUN.sub(" ", piece) for piece in hidden)
