"""The one-line Markdown syntax staff type for a video, and where it ends up
in the page. Pure functions on text; no Pelican objects.

    วิดีโอ: https://youtu.be/xxxxxxxxxxx | ชื่อวิดีโอ | images/news/poster.jpg

The line is a paragraph of its own (a blank line before and after). The
title and the poster are optional: without a title the page's title is used,
without a poster the build draws one with the title."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# วิดีโอ (as most staff spell it), วีดิทัศน์/วีดิโอ (the official spellings),
# Video. The address must follow on the same line, so prose that merely starts
# with the word "วิดีโอ:" is left alone.
_LINE = re.compile(
    r"^\s{0,3}(?:วิดีโอ|วีดิโอ|วีดิทัศน์|วีดีโอ|video)\s*[:：]\s*(?P<rest><?https?://.*)$", re.IGNORECASE
)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


@dataclass(frozen=True)
class VideoLine:
    line: int  # 1-based line in the source file
    text: str  # the line as typed, stripped
    url: str
    title: str
    poster: str  # path under the content folder, '' when none


def _poster_path(text: str) -> str:
    path = text.strip().strip("<>")
    for prefix in ("{static}", "{attach}", "{filename}"):
        path = path.removeprefix(prefix)
    return path.lstrip("/")


def video_lines(body: list[tuple[int, str]]) -> list[VideoLine]:
    """Every video line of a body ((line number, text) pairs), outside fenced
    code blocks."""
    found = []
    fenced = None
    for number, text in body:
        fence = _FENCE.match(text)
        if fence:
            if fenced is None:
                fenced = fence.group(1)
            elif fence.group(1) == fenced:
                fenced = None
            continue
        if fenced is not None:
            continue
        match = _LINE.match(text)
        if not match:
            continue
        parts = [part.strip() for part in match["rest"].split("|")]
        url = parts[0].strip("<>")
        title = parts[1] if len(parts) > 1 else ""
        poster = _poster_path(parts[2]) if len(parts) > 2 and parts[2] else ""
        found.append(VideoLine(number, text.strip(), url, title, poster))
    return found


_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _normal(text: str) -> str:
    return " ".join(text.replace("<", " ").replace(">", " ").split())


def paragraph_text(inner_html: str) -> str:
    """The text of a paragraph's HTML, compared with the line as typed."""
    return _normal(html.unescape(_TAG.sub("", inner_html)))


def replace_paragraphs(
    content: str, replacements: list[tuple[VideoLine, str]]
) -> tuple[str, list[VideoLine]]:
    """Each video line's paragraph in `content` replaced by its markup, in
    order; returns the new HTML and the lines whose paragraph was not found
    (the line was not a paragraph of its own)."""
    wanted = [(_normal(line.text), line, markup) for line, markup in replacements]
    missing = []
    out, position = [], 0
    paragraphs = list(_PARAGRAPH.finditer(content))
    index = 0
    for text, line, markup in wanted:
        found = next(
            (i for i in range(index, len(paragraphs)) if paragraph_text(paragraphs[i].group(1)) == text), None
        )
        if found is None:
            missing.append(line)
            continue
        match = paragraphs[found]
        out.append(content[position : match.start()])
        out.append(markup)
        position, index = match.end(), found + 1
    out.append(content[position:])
    return "".join(out), missing
