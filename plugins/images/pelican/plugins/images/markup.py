"""The HTML of a responsive image, and the images content shows: plain
functions on strings, called by the Pelican wiring and by the tests."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from urllib.parse import unquote

from .derive import FALLBACK, MODERN
from .store import Stored

IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_MARKER = re.compile(r"^(?:\{(static|attach|filename)\}|\|(static|attach|filename)\|)(.*)$", re.DOTALL)
# Where the fallback <img src> points for browsers without srcset: the copy
# nearest a common laptop column.
_FALLBACK_WIDTH = 960


class _FirstTag(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        if self.attrs is None:
            self.attrs = {name.lower(): value for name, value in attrs}

    handle_startendtag = handle_starttag


def tag_attributes(tag: str) -> dict[str, str | None]:
    """The attributes of one start tag (`<img src="a" alt="b">`), unescaped."""
    parser = _FirstTag()
    parser.feed(tag)
    parser.close()
    return parser.attrs or {}


def content_path(src: str, source_relative: str) -> str | None:
    """The file under content/ an image address names, or None when it is not
    one of ours: `{static}/images/a.jpg` (from the content folder),
    `{static}a.jpg` (beside the page's source), `/images/a.jpg` (the site's
    copy of content/images/a.jpg)."""
    src = (src or "").strip()
    marker = _MARKER.match(src)
    if marker:
        path = unquote(marker.group(3).split("#", 1)[0].split("?", 1)[0])
        if path.startswith("/"):
            relative = posixpath.normpath(path.lstrip("/"))
        else:
            relative = posixpath.normpath(posixpath.join(posixpath.dirname(source_relative), path))
    elif src.startswith("/") and not src.startswith("//"):
        relative = posixpath.normpath(unquote(src.split("#", 1)[0].split("?", 1)[0]).lstrip("/"))
    else:
        return None
    if relative in ("", ".") or relative.startswith("../"):
        return None
    return relative


@dataclass(frozen=True)
class ContentImage:
    """One <img> in a page's HTML."""

    start: int
    end: int
    attrs: dict
    path: str | None  # under content/, when the image is one of ours


def content_images(html: str, source_relative: str) -> list[ContentImage]:
    found = []
    for match in IMG_TAG.finditer(html or ""):
        attrs = tag_attributes(match.group())
        found.append(
            ContentImage(
                match.start(), match.end(), attrs, content_path(attrs.get("src") or "", source_relative)
            )
        )
    return found


def copy_url(base: str, copy) -> str:
    """URL of one copy: base is the URL of the original without its extension."""
    return f"{base}-{copy.width}w.{copy.extension}"


def srcset(base: str, copies) -> str:
    return ", ".join(f"{copy_url(base, copy)} {copy.width}w" for copy in copies)


def _attribute(name: str, value) -> str:
    return f' {name}="{escape(str(value), quote=True)}"'


def picture_parts(stored: Stored, base: str, sizes: str, formats: tuple[str, ...]) -> dict:
    """What a <picture> of the copies says, as values (templates render them
    escaped; `picture` below renders them for content bodies): the <source>
    of each modern format, the fallback src/srcset, sizes, width and height."""
    fallbacks = stored.of_format(stored.fallback)
    src = next((c for c in fallbacks if c.width >= _FALLBACK_WIDTH), fallbacks[-1])
    return {
        "sources": [
            {"type": MODERN[fmt][1], "srcset": srcset(base, stored.of_format(fmt))}
            for fmt in formats
            if stored.of_format(fmt)
        ],
        "src": copy_url(base, src),
        "srcset": srcset(base, fallbacks),
        "sizes": sizes,
        "width": stored.width,
        "height": stored.height,
    }


def picture(
    stored: Stored,
    base: str,
    alt: str,
    sizes: str,
    lazy: bool,
    formats: tuple[str, ...],
    extra: dict | None = None,
    width: int | None = None,
    height: int | None = None,
) -> str:
    """`<picture>`: a <source> per modern format, then the fallback <img>
    with srcset/sizes, width/height (the browser keeps the space, nothing
    jumps), lazy loading when below the fold, asynchronous decoding. Every
    value is escaped. `extra`: other attributes of the <img> (class, title, id)."""
    parts = picture_parts(stored, base, sizes, formats)
    html = ["<picture>"]
    for source in parts["sources"]:
        html.append(
            f'<source type="{source["type"]}"{_attribute("srcset", source["srcset"])}{_attribute("sizes", sizes)}>'
        )
    img = f"<img{_attribute('src', parts['src'])}{_attribute('srcset', parts['srcset'])}"
    img += _attribute("sizes", sizes)
    img += _attribute("width", width or parts["width"]) + _attribute("height", height or parts["height"])
    img += _attribute("alt", alt)
    for name, value in (extra or {}).items():
        if value is not None and name not in {
            "src",
            "srcset",
            "sizes",
            "width",
            "height",
            "alt",
            "loading",
            "decoding",
        }:
            img += _attribute(name, value)
    if lazy:
        img += ' loading="lazy"'
    img += ' decoding="async">'
    html.append(img)
    html.append("</picture>")
    return "".join(html)


def fallback_mime(stored: Stored) -> str:
    return FALLBACK[stored.fallback][1]
