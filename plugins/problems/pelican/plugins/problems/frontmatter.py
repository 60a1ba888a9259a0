"""The front matter of a Markdown file (`Name: value` lines up to the first
blank line), read once per file version with the line of every field, by
the rules Pelican's Markdown reader applies, so every check sees what the
build sees.

One rule is ours, in the reader too (`IndentedContinuation`): a line
indented with 1 to 3 spaces (or a tab) under a field continues that field,
as a line indented with 4 spaces does; Python-Markdown alone would end the
front matter there and publish the rest, an attachment line included, as
body text."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

# Python-Markdown's meta extension rules.
META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
META_MORE_RE = re.compile(r"^[ ]{4,}(?P<value>.*)")
BEGIN_RE = re.compile(r"^-{3}(\s.*)?")
END_RE = re.compile(r"^(-{3}|\.{3})(\s.*)?")
# Ours: 1-3 spaces then anything but `Name:` followed by a space or the end.
_SHORT_INDENT_RE = re.compile(r"^[ ]{1,3}(?=\S)")
_INDENTED_KEY_RE = re.compile(r"^[ ]{1,3}[A-Za-z0-9_-]+:(\s|$)")
TAB_LENGTH = 4


def is_short_continuation(line: str) -> bool:
    """An indented line (1-3 spaces) that is not itself `Name: value`."""
    return bool(_SHORT_INDENT_RE.match(line)) and not _INDENTED_KEY_RE.match(line)


@dataclass
class FrontMatter:
    """Fields as written: key (lower case) -> [(line number, text), ...]."""

    fields: dict[str, list[tuple[int, str]]]
    names: dict[str, str]  # key -> the spelling staff used
    body: list[tuple[int, str]]  # (line number, text) after the metadata
    # The line that ended the front matter without a blank line before it
    # (read as body text by the reader), and the field it followed.
    stopped_at: tuple[int, str, str] | None = None
    short_indents: list[int] = field(default_factory=list)  # lines read as continuations

    def lines(self, key: str) -> list[tuple[int, str]]:
        return [(n, t) for n, t in self.fields.get(key.lower(), []) if t.strip()]

    def line(self, key: str) -> int:
        """The line of a field (case-insensitive), or 0."""
        entries = self.fields.get(key.lower())
        return entries[0][0] if entries else 0


def parse_front_matter(text: str) -> FrontMatter:
    lines = [line.expandtabs(TAB_LENGTH) for line in text.removeprefix("\ufeff").splitlines()]
    fields: dict[str, list[tuple[int, str]]] = {}
    names: dict[str, str] = {}
    key = None
    index = 0
    stopped_at = None
    short = []
    if lines and BEGIN_RE.match(lines[0]):
        index = 1
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if not line.strip() or (index > 0 and END_RE.match(line)):
            index += 1
            break
        if key and is_short_continuation(line):
            fields[key].append((number, line.strip()))
            short.append(number)
            index += 1
            continue
        match = META_RE.match(line)
        more = META_MORE_RE.match(line)
        if match:
            key = match["key"].lower()
            names.setdefault(key, match["key"])
            fields.setdefault(key, []).append((number, match["value"].strip()))
        elif more and key:
            fields[key].append((number, more["value"].strip()))
        else:
            if fields:
                stopped_at = (number, line, key or "")
            break
        index += 1
    body = [(n + 1, lines[n]) for n in range(index, len(lines))]
    return FrontMatter(fields, names, body, stopped_at, short)


@lru_cache(maxsize=4096)
def _cached(path: str, mtime_ns: int, size: int) -> FrontMatter:
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        return parse_front_matter(handle.read())


def read_front_matter(path: str | os.PathLike) -> FrontMatter:
    """The file's front matter, parsed once per version of the file (its
    modification time and size): every check of a build shares one read."""
    path = os.fspath(path)
    stat = os.stat(path)
    return _cached(os.path.abspath(path), stat.st_mtime_ns, stat.st_size)


class _IndentedContinuationPreprocessor(Preprocessor):
    def run(self, lines):
        out = list(lines)
        start = 1 if out and BEGIN_RE.match(out[0]) else 0
        seen_key = False
        for index in range(start, len(out)):
            line = out[index]
            if not line.strip() or (index > 0 and END_RE.match(line)):
                break
            if seen_key and is_short_continuation(line):
                out[index] = " " * TAB_LENGTH + line.lstrip(" ")
            elif META_RE.match(line):
                seen_key = True
            elif not META_MORE_RE.match(line):
                break
        return out


class IndentedContinuation(Extension):
    """Markdown extension: a front-matter line indented 1-3 spaces continues
    the field above it (runs after tabs are expanded, before `meta`)."""

    def extendMarkdown(self, md):
        md.preprocessors.register(_IndentedContinuationPreprocessor(md), "indented_continuation", 28)
