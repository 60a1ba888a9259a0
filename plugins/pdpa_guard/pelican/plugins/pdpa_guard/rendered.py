"""The guard over what the build writes: the visible text of every page and
feed, and every published path. A number the source hides from the source
scan (an HTML comment or tag inside it, a character reference, an invisible
character) shows whole on the page; it is reported here, naming the source
file it came from when that can be known, and the page."""

from __future__ import annotations

import html
import itertools
import os
import re

from pelican.plugins.shared.memo import text_key

from .guard import GuardRun
from .scan import Hit, fold_text, scan_text
from .visible import visible_text

# Files of the output folder whose text is scanned when no signal brought
# them (a plugin that writes files itself).
OUTPUT_TEXT_EXTENSIONS = {".html", ".htm", ".xml", ".json", ".csv", ".txt", ".svg", ".rss", ".atom"}
# Markup: its visible text (and comments, text attributes) is scanned; for
# a drawing that also keeps its path data (digit soup) out.
MARKUP = {".html", ".htm", ".xml", ".svg", ".rss", ".atom"}

HIDDEN_HOW = (
    (
        "เลขนี้แสดงเต็มในหน้าเว็บแม้ต้นฉบับเขียนแยกไว้ (ความเห็น HTML แท็ก รหัสอักขระ เช่น &#49; หรืออักขระที่มองไม่เห็น):"
        " ลบเลขทั้งหมดออกจากต้นฉบับ"
    ),
    (
        "The page shows this number whole although the source splits it (an HTML comment, a tag, a"
        " character reference such as &#49; or an invisible character): remove the whole number from the"
        " source."
    ),
)

_CONTENT_LISTS = ("articles", "translations", "drafts", "drafts_translations", "pages", "hidden_pages")
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def page_hits(markup: str) -> list[Hit]:
    """The personal data a page or feed shows (its visible text), and what
    its source shows (comments, text attributes)."""
    return scan_text(visible_text(markup))


def _keep_newlines(match: re.Match) -> str:
    return "\n" * match.group().count("\n")


def line_of_digits(source_text: str, digits: str) -> int:
    """The line of a source file where the digits of a number begin, read
    as the page shows them (comments and tags dropped, references decoded,
    everything but digits ignored); 0 when they cannot be found."""
    text = _TAG.sub(_keep_newlines, _COMMENT.sub(_keep_newlines, source_text))
    stream: list[str] = []
    line_of: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for ch in fold_text(html.unescape(line))[0]:
            if "0" <= ch <= "9":
                stream.append(ch)
                line_of.append(number)
    found = "".join(stream).find(digits)
    return line_of[found] if found >= 0 else 0


class PublishedGuard:
    """Scans what one build writes. Made when the content is read (it needs
    the content objects to know which source a page comes from)."""

    def __init__(self, run: GuardRun, content_dir: str, output_dir: str, generators=(), memo=None) -> None:
        self.run = run
        # page_hits of a page's exact markup, kept between builds (shared.memo):
        # an unchanged page is not scanned again.
        self.memo = memo
        self.content_dir = content_dir
        self.output_dir = output_dir
        self.scanned: set[str] = set()
        self.by_save_as: dict[str, object] = {}
        self.by_url: dict[str, object] = {}
        self.contents: list = []
        self.static_save_as: list[tuple[str, str]] = []  # (save_as, source path)
        self._found: dict[int, set[tuple[str, str]]] = {}
        for generator in generators:
            for name in _CONTENT_LISTS:
                for item in getattr(generator, name, None) or ():
                    self._remember(item)
            for item in getattr(generator, "staticfiles", None) or ():
                if getattr(item, "save_as", None):
                    self.static_save_as.append((item.save_as, item.source_path))

    def _remember(self, item) -> None:
        if not getattr(item, "source_path", None):
            return
        self.contents.append(item)
        if getattr(item, "save_as", None):
            self.by_save_as[os.path.normpath(item.save_as)] = item
        if getattr(item, "url", None) is not None:
            self.by_url[item.url.strip("/")] = item

    def _found_in(self, item) -> set[tuple[str, str]]:
        """(kind, digits) of what a content object puts on pages: title,
        body, summary and every text field of its front matter, as the page
        shows them. Read once per build, and only when a page has a hit."""
        key = id(item)
        if key not in self._found:
            pieces = [getattr(item, "title", "") or ""]
            for attribute in ("_content", "_summary"):
                value = getattr(item, attribute, None)
                if isinstance(value, str):
                    pieces.append(value)
            for value in (getattr(item, "metadata", None) or {}).values():
                if isinstance(value, str):
                    pieces.append(value)
                elif isinstance(value, (list, tuple)):
                    pieces.extend(str(v) for v in value)
            hits = scan_text(visible_text("\n<p>".join(pieces)))
            self._found[key] = {(h.kind, h.digits) for h in hits}
        return self._found[key]

    def sources_showing(self, hit: Hit) -> list:
        """The content objects whose text shows this number."""
        return [item for item in self.contents if self._shows(item, hit)]

    def _shows(self, item, hit: Hit) -> bool:
        return (hit.kind, hit.digits) in self._found_in(item)

    def _report(self, page: str, hits: list[Hit], item=None) -> None:
        """Hits in one published page, reported against the source files
        that show them (the page's own source first; another's when the
        number is in, say, a list of latest news), or the page when no
        source shows them; each number once per file."""
        for hit in hits:
            if item is not None and self._shows(item, hit):
                owners = [item]
            else:
                owners = self.sources_showing(hit) or ([item] if item is not None else [])
            paths = [item.source_path for item in owners] or [None]
            for path in paths:
                if self.run.already_reported(hit, path if path else None):
                    continue
                line = 0
                if path:
                    try:
                        with open(path, encoding="utf-8-sig", errors="replace") as handle:
                            line = line_of_digits(handle.read(), hit.digits)
                    except OSError:
                        line = 0
                self.run.report(
                    path or os.path.join(self.output_dir, page),
                    [Hit(hit.kind, hit.digits, hit.masked, 0, 0, line)],
                    f"หน้าเว็บที่สร้างแล้ว {page}",
                    f"built page {page}",
                    lines=True,
                    how=HIDDEN_HOW,
                )

    def _hits(self, markup: str) -> list[Hit]:
        if self.memo is None:
            return page_hits(markup)
        return self.memo.get(text_key(markup), page_hits, markup)

    def _page_hits(self, markup: str) -> list[Hit]:
        """A page's hits, scanned in parts cut where its <body> and <main>
        begin and <main> ends: the menus every page repeats are then scanned
        once per build, not once per page (kept by the memo). Nothing is
        lost: each cut is at a block tag, where the page's text breaks line
        anyway, so no number can run across it."""
        cuts = [markup.find("<body"), markup.find("<main"), markup.rfind("</main>")]
        cuts = sorted({cut for cut in cuts if cut > 0})
        if not cuts:
            return self._hits(markup)
        bounds = [0, *cuts, len(markup)]
        return [hit for a, b in itertools.pairwise(bounds) for hit in self._hits(markup[a:b])]

    def _relative(self, path: str) -> str:
        return os.path.relpath(path, self.output_dir).replace(os.sep, "/")

    def page_written(self, path: str, context: dict) -> None:
        """A page Pelican wrote (content_written). The signal carries the
        path and the template's context, not the HTML, so the page is read
        back while it is still in the operating system's cache."""
        self.scanned.add(os.path.abspath(path))
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                markup = handle.read()
        except OSError:
            return
        page = self._relative(path)
        hits = self._page_hits(markup)
        item = context.get("article") or context.get("page")
        if item is None:
            item = self.by_save_as.get(os.path.normpath(page))
        if not getattr(item, "source_path", None):
            item = None
        if hits:
            self._report(page, hits, item)
        self.name_written(page, item)

    def feed_written(self, path: str, feed) -> None:
        """A feed Pelican wrote (feed_written): each entry is scanned from the
        feed object in memory and reported against its article."""
        self.scanned.add(os.path.abspath(path))
        page = self._relative(path)
        head = feed.feed if hasattr(feed, "feed") else {}
        head_text = visible_text(
            "\n<p>".join(str(head.get(k) or "") for k in ("title", "subtitle", "description"))
        )
        hits = scan_text(head_text)
        if hits:
            self._report(page, hits)
        for entry in getattr(feed, "items", None) or ():
            pieces = [str(entry.get(k) or "") for k in ("title", "description", "content", "author_name")]
            pieces.extend(str(c) for c in entry.get("categories") or ())
            hits = self._hits("\n<p>".join(pieces))
            if hits:
                self._report(page, hits, self._item_of_link(str(entry.get("link") or "")))
        self.name_written(page, None)

    def _item_of_link(self, link: str):
        """The content object a feed entry links to (the link is absolute:
        its site part is dropped one folder at a time)."""
        path = link.split("://", 1)[-1].strip("/")
        while path:
            if path in self.by_url:
                return self.by_url[path]
            if "/" not in path:
                break
            path = path.split("/", 1)[1]
        return None

    def name_written(self, page: str, item) -> None:
        source = getattr(item, "source_path", None)
        self.run.guard_name(source or os.path.join(self.output_dir, page), page, public=True)

    def sweep(self) -> None:
        """After the plugins have written their pages: scan the text files
        no signal told of (written by a plugin itself) and every published
        path, including the static files about to be copied."""
        for save_as, source in self.static_save_as:
            self.run.guard_name(source, save_as.replace(os.sep, "/"), public=True)
        for folder, dirs, files in os.walk(self.output_dir):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                if os.path.abspath(path) in self.scanned:
                    continue
                page = self._relative(path)
                self.run.guard_name(path, page, public=True)
                ext = os.path.splitext(name)[1].lower()
                if ext not in OUTPUT_TEXT_EXTENSIONS:
                    continue
                try:
                    with open(path, encoding="utf-8", errors="replace") as handle:
                        text = handle.read()
                except OSError:
                    continue
                hits = self._hits(text) if ext in MARKUP else scan_text(text)
                if hits:
                    self._report(page, hits)
