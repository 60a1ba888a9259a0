"""Read what the register, home and group pages show, with the standard
library's HTML parser: table rows, cards per section, feed links."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Row:
    attrs: dict
    cells: list = field(default_factory=list)
    href: str = ""

    @property
    def number(self) -> str:
        return self.cells[0]

    @property
    def title(self) -> str:
        return self.cells[3]


@dataclass
class Table:
    id: str
    caption: str = ""
    headers: list = field(default_factory=list)  # (attrs, text)
    rows: list = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.sections: dict[str, list[str]] = {}  # section id -> card titles
        self.alternates: list[dict] = []  # <link rel=alternate>
        self.scripts: list[dict] = []
        self.pagination: list[dict] = []  # links in nav.pagination
        self.pagination_text = ""
        self.inline_style = False
        self._text_target = None
        self._section: list[str] = []
        self._in_card_title = False
        self._in_pagination = 0
        self._in_script = False
        self._current_link = None

    # text capture -------------------------------------------------------
    def _start_text(self, target, key):
        self._text_target = (target, key)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "style" in attrs:
            self.inline_style = True
        if tag == "style":
            self.inline_style = True
        if tag == "section":
            self._section.append(attrs.get("aria-labelledby") or attrs.get("id") or "")
        elif tag == "link" and attrs.get("rel") == "alternate":
            self.alternates.append(attrs)
        elif tag == "script":
            self.scripts.append(attrs)
            self._in_script = True
        elif tag == "table":
            self.tables.append(Table(attrs.get("id", "")))
        elif tag == "caption" and self.tables:
            self._start_text(self.tables[-1], "caption")
        elif tag == "th" and self.tables:
            self.tables[-1].headers.append([attrs, ""])
            self._start_text(self.tables[-1].headers[-1], 1)
        elif tag == "tr" and self.tables and "data-date-rank" in attrs:
            self.tables[-1].rows.append(Row(attrs))
        elif tag == "td" and self.tables and self.tables[-1].rows:
            row = self.tables[-1].rows[-1]
            row.cells.append("")
            self._start_text(row.cells, len(row.cells) - 1)
        elif tag == "a" and self.tables and self.tables[-1].rows and self._text_target:
            row = self.tables[-1].rows[-1]
            if len(row.cells) == 4:
                row.href = attrs.get("href", "")
        if tag in ("h2", "h3") and "card-title" in attrs.get("class", ""):
            self._in_card_title = True
            self.sections.setdefault(self._section[-1] if self._section else "", []).append("")
        if tag == "nav" and "pagination" in attrs.get("class", ""):
            self._in_pagination += 1
        elif tag == "a" and self._in_pagination:
            self._current_link = dict(attrs, text="")
            self.pagination.append(self._current_link)

    def handle_endtag(self, tag):
        if tag in ("caption", "th", "td"):
            self._text_target = None
        elif tag == "section" and self._section:
            self._section.pop()
        elif tag in ("h2", "h3"):
            self._in_card_title = False
        elif tag == "nav" and self._in_pagination:
            self._in_pagination -= 1
        elif tag == "a":
            self._current_link = None
        elif tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.scripts[-1]["inline"] = True
        if self._text_target is not None:
            target, key = self._text_target
            if isinstance(target, (Table,)):
                setattr(target, key, (getattr(target, key) + data))
            else:
                target[key] += data
        if self._in_card_title:
            bucket = self.sections[self._section[-1] if self._section else ""]
            bucket[-1] += data
        if self._in_pagination:
            self.pagination_text += data
            if self._current_link is not None:
                self._current_link["text"] += data


def read_page(html: str) -> _Parser:
    parser = _Parser()
    parser.feed(html)
    for table in parser.tables:
        table.caption = " ".join(table.caption.split())
        table.headers = [(a, " ".join(t.split())) for a, t in table.headers]
        for row in table.rows:
            row.cells = [" ".join(c.split()) for c in row.cells]
    for titles in parser.sections.values():
        titles[:] = [" ".join(t.split()) for t in titles]
    return parser


def register_table(html: str) -> Table:
    """The register table of a register page (the one marked data-register)."""
    page = read_page(html)
    tables = [t for t in page.tables if t.id == "register"]
    assert len(tables) == 1, [t.id for t in page.tables]
    return tables[0]
