"""Registers and listings computed from many documents: the official
documents register (ทะเบียนหนังสือ) with its filtered views, the home page's
urgent and pinned items, and the feeds. Pure functions over content objects
(anything with the metadata attributes Pelican sets), so tests call them
directly."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from pelican.plugins.content_kinds.docnumber import DocumentNumber
from pelican.plugins.content_kinds.urls import DOC_TYPE_SLUGS as URL_DOC_TYPE_SLUGS
from pelican.plugins.content_kinds.validators import URGENCIES
from pelican.plugins.thai_dates.dates import fiscal_year

# Most urgent first (ชั้นความเร็ว in the correspondence rules).
URGENCY_LEVELS = URGENCIES

# Latin URL slugs of the document types: the content-kinds plugin's, so a
# type has one slug everywhere on the site.
DOC_TYPE_SLUGS = URL_DOC_TYPE_SLUGS

SORT_BY_DATE = "date"
SORT_BY_NUMBER = "number"
# The register's URL (the main menu links here) and the URL segment of the
# by-number variant of every register view.
REGISTER_URL = "documents/"
BY_NUMBER_SEGMENT = "by-number/"
# Headings of the filter dimensions, as the register shows them.
DIMENSION_LABELS = {"type": "ประเภทหนังสือ", "group": "กลุ่มงาน", "fiscal-year": "ปีงบประมาณ"}


# ---------------------------------------------------------------- fields


def _field(item, name: str) -> str:
    """A text field as the content-kinds plugin left it ("" when absent)."""
    value = getattr(item, name, None)
    return value if isinstance(value, str) else ""


def urgency_of(item) -> str:
    """The item's urgency level ("" for none; content_kinds validated it)."""
    value = _field(item, "urgency")
    return value if value in URGENCY_LEVELS else ""


def urgency_rank(value: str) -> int:
    """3 for ด่วนที่สุด, 2 for ด่วนมาก, 1 for ด่วน, 0 otherwise."""
    if value not in URGENCY_LEVELS:
        return 0
    return len(URGENCY_LEVELS) - URGENCY_LEVELS.index(value)


def parsed_number(item) -> DocumentNumber | None:
    """The document number the content-kinds plugin parsed, or None."""
    number = getattr(item, "document_number", None)
    return number if isinstance(number, DocumentNumber) else None


def document_number(item) -> str:
    """The document number for display, without the leading ที่ ("" when
    the document has none)."""
    number = parsed_number(item)
    return number.thai.removeprefix("ที่").strip() if number is not None else ""


def number_sort_key(number: DocumentNumber | None) -> tuple:
    """Where a document number falls in the register book's order.

    Letters (ที่ ศธ 04099/123) come first, by owner code, then ordinary
    letters before circulars (ว), then running number; orders and
    announcements (ที่ 12/2569) after them, by year then running number.
    () for no number."""
    if number is None:
        return ()
    if number.is_letter:
        code = tuple(int(part) for part in number.code.split("."))
        return (0, (number.letters, code, number.circular, number.running))
    return (1, (number.year, number.running))


def type_slug(doc_type: str, slugs: dict | None = None) -> str:
    slugs = DOC_TYPE_SLUGS if slugs is None else slugs
    if doc_type in slugs:
        return slugs[doc_type]
    # An unknown type is reported by the content-kinds validation; keep its
    # page reachable with a stable Latin slug rather than a Thai one.
    return "type-" + "-".join(f"{ord(ch):x}" for ch in doc_type)[:60] if doc_type else "untyped"


# ---------------------------------------------------------------- register


@dataclass(eq=False)
class RegisterRow:
    """One line of the documents register."""

    item: object
    number: str  # for display (without ที่)
    number_key: tuple  # its place in the register book (number_sort_key)
    date: _dt.datetime
    doc_type: str
    type_slug: str
    group: str
    fiscal_year: int
    urgency: str
    # Positions in the whole register by date (newest first) and by number,
    # so a browser script can re-sort any view the way the server does.
    date_rank: int = 0
    number_rank: int = 0

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def url(self) -> str:
        return self.item.url


def register_row(item, slugs: dict | None = None) -> RegisterRow:
    doc_type = _field(item, "doc_type")
    return RegisterRow(
        item=item,
        number=document_number(item),
        number_key=number_sort_key(parsed_number(item)),
        date=item.date,
        doc_type=doc_type,
        type_slug=type_slug(doc_type, slugs),
        group=_field(item, "group"),
        fiscal_year=fiscal_year(item.date),
        urgency=urgency_of(item),
    )


def sort_by_date(rows) -> list[RegisterRow]:
    """Newest first; on the same date the higher number first (issued later)."""
    return sorted(rows, key=lambda r: (r.date, r.number_key), reverse=True)


def sort_by_number(rows) -> list[RegisterRow]:
    """Numbers in natural ascending order, as in the register book; rows
    without a number after them, oldest first."""
    numbered = sorted((r for r in rows if r.number_key), key=lambda r: (r.number_key, r.date))
    unnumbered = sorted((r for r in rows if not r.number_key), key=lambda r: r.date)
    return numbered + unnumbered


def register_rows(documents, slugs: dict | None = None) -> list[RegisterRow]:
    """Every official document as a register row, newest first."""
    rows = sort_by_date(register_row(d, slugs) for d in documents)
    for rank, row in enumerate(rows):
        row.date_rank = rank
    for rank, row in enumerate(sort_by_number(rows)):
        row.number_rank = rank
    return rows


@dataclass
class Facet:
    """One value of a filter (a type, a group or a fiscal year)."""

    dimension: str  # "type", "group", "fiscal-year"
    key: str  # URL segment
    label: str  # Thai label
    rows: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{REGISTER_URL}{self.dimension}/{self.key}/"


@dataclass
class RegisterView:
    """A register page: all documents or one filter value, in one order."""

    url: str
    rows: list
    sort: str = SORT_BY_DATE
    facet: Facet | None = None
    base_url: str = ""

    @property
    def save_as(self) -> str:
        return self.url + "index.html"

    @property
    def heading(self) -> str:
        """The page's <h1> (Arabic digits; the theme's digits filter decides)."""
        base = "ทะเบียนหนังสือราชการ"
        if self.facet is None:
            return base
        if self.facet.dimension == "type":
            return f"{base} ประเภท{self.facet.label}"
        if self.facet.dimension == "fiscal-year":
            return f"{base} ปีงบประมาณ {self.facet.label}"
        return f"{base} {self.facet.label}"

    @property
    def date_url(self) -> str:
        return self.base_url

    @property
    def number_url(self) -> str:
        return self.base_url + BY_NUMBER_SEGMENT


def facets(rows, groups: dict | None = None, slugs: dict | None = None) -> dict[str, list[Facet]]:
    """The filter values that have documents: types in the order of the
    correspondence rules, groups in site order, fiscal years newest first.
    Each facet's rows keep the order of `rows`."""
    slugs = DOC_TYPE_SLUGS if slugs is None else slugs
    groups = groups or {}
    by_type: dict[str, Facet] = {}
    by_group: dict[str, Facet] = {}
    by_year: dict[int, Facet] = {}
    for row in rows:
        if row.doc_type:
            by_type.setdefault(row.type_slug, Facet("type", row.type_slug, row.doc_type)).rows.append(row)
        if row.group:
            group = groups.get(row.group)
            label = group.name if group is not None else row.group
            by_group.setdefault(row.group, Facet("group", row.group, label)).rows.append(row)
        by_year.setdefault(
            row.fiscal_year, Facet("fiscal-year", str(row.fiscal_year), str(row.fiscal_year))
        ).rows.append(row)
    type_order = {slug: i for i, slug in enumerate(slugs.values())}
    group_order = {slug: i for i, slug in enumerate(groups)}
    return {
        "type": sorted(by_type.values(), key=lambda f: (type_order.get(f.key, len(type_order)), f.key)),
        "group": sorted(by_group.values(), key=lambda f: (group_order.get(f.key, len(group_order)), f.key)),
        "fiscal-year": sorted(by_year.values(), key=lambda f: int(f.key), reverse=True),
    }


def register_views(rows, all_facets: dict[str, list[Facet]]) -> list[RegisterView]:
    """Every register page to write: the whole register and each filter
    value, each by date (at its URL) and by number (at URL + by-number/)."""
    views = []
    targets = [(None, REGISTER_URL, rows)] + [
        (facet, facet.url, facet.rows) for dimension in all_facets.values() for facet in dimension
    ]
    for facet, url, facet_rows in targets:
        views.append(RegisterView(url, sort_by_date(facet_rows), SORT_BY_DATE, facet, url))
        views.append(
            RegisterView(url + BY_NUMBER_SEGMENT, sort_by_number(facet_rows), SORT_BY_NUMBER, facet, url)
        )
    return views


@dataclass
class Register:
    """The whole register: its rows (newest first), filters and pages."""

    rows: list
    facets: dict
    views: list

    @classmethod
    def build(cls, documents, groups: dict | None = None, slugs: dict | None = None) -> Register:
        rows = register_rows(documents, slugs)
        all_facets = facets(rows, groups, slugs)
        return cls(rows, all_facets, register_views(rows, all_facets))

    @property
    def url(self) -> str:
        return REGISTER_URL

    @property
    def dimension_labels(self) -> dict:
        return DIMENSION_LABELS

    def facet(self, dimension: str, key: str) -> Facet | None:
        for candidate in self.facets.get(dimension, []):
            if candidate.key == str(key):
                return candidate
        return None

    def group_rows(self, slug: str) -> list:
        """A group's documents, newest first ([] when it has none)."""
        found = self.facet("group", slug)
        return found.rows if found is not None else []


# ---------------------------------------------------------------- home page


def urgent_items(items, days: int = 30, limit: int = 5) -> list:
    """Items with an urgency level dated within `days` of the newest item on
    the site, most urgent first, then newest first.

    The window is measured from the newest content rather than the clock: the
    site is rebuilt when something is published, so the same content always
    gives the same home page."""
    items = list(items)
    if not items:
        return []
    newest = max(i.date for i in items)
    since = newest - _dt.timedelta(days=days)
    urgent = [i for i in items if urgency_of(i) and i.date >= since]
    urgent.sort(key=lambda i: (urgency_rank(urgency_of(i)), i.date), reverse=True)
    return urgent[:limit] if limit else urgent


def pin_is_current(item, today: _dt.date | None) -> bool:
    """Pinned, and its last pinned day (`pinned_until`, set by content_kinds:
    Pinned_until: or the default) is not before `today`. None for `today`
    keeps every pin."""
    if getattr(item, "pinned", False) is not True:
        return False
    until = getattr(item, "pinned_until", None)
    return today is None or until is None or until >= today


def pinned_items(items, limit: int = 5, exclude=(), today: _dt.date | None = None) -> list:
    """Items pinned on `today` (the build's day), newest first, without those
    in `exclude`. An expired pin drops off at the first build after its last
    day."""
    skip = {id(i) for i in exclude}
    pinned = [i for i in items if pin_is_current(i, today) and id(i) not in skip]
    pinned.sort(key=lambda i: i.date, reverse=True)
    return pinned[:limit] if limit else pinned


def newest_first(items) -> list:
    return sorted(items, key=lambda i: i.date, reverse=True)


# ---------------------------------------------------------------- feeds


@dataclass
class FeedSet:
    """A feed in both formats: which items, under which Thai title."""

    key: str
    title: str
    items: list
    atom: str = ""
    rss: str = ""

    def links(self):
        """(MIME type, path) of each written format, Atom first."""
        out = []
        if self.atom:
            out.append(("application/atom+xml", self.atom))
        if self.rss:
            out.append(("application/rss+xml", self.rss))
        return out


def _feed_path(pattern: str | None, slug: str = "") -> str:
    return pattern.format(slug=slug) if pattern else ""


def feed_sets(
    announcements,
    documents,
    groups: dict,
    paths: dict,
    slugs: dict | None = None,
) -> dict[str, FeedSet]:
    """Every feed of the site keyed by "announcements", "documents",
    "group:<slug>" and "type:<slug>". `paths` holds the path patterns
    (ANNOUNCEMENTS_ATOM, ..., with {slug}); an empty pattern skips that format."""
    feeds: dict[str, FeedSet] = {}

    def add(key, title, items, atom_pattern, rss_pattern, slug=""):
        atom = _feed_path(paths.get(atom_pattern), slug)
        rss = _feed_path(paths.get(rss_pattern), slug)
        if atom or rss:
            feeds[key] = FeedSet(key, title, newest_first(items), atom, rss)

    add("announcements", "ข่าวประชาสัมพันธ์", announcements, "ANNOUNCEMENTS_ATOM", "ANNOUNCEMENTS_RSS")
    add("documents", "หนังสือราชการ", documents, "DOCUMENTS_ATOM", "DOCUMENTS_RSS")
    for slug, group in groups.items():
        items = [i for i in list(announcements) + list(documents) if _field(i, "group") == slug]
        add(f"group:{slug}", f"ข่าวและหนังสือ {group.name}", items, "GROUP_ATOM", "GROUP_RSS", slug)
    rows = [register_row(d, slugs) for d in documents]
    for facet in facets(rows, groups, slugs)["type"]:
        items = [r.item for r in facet.rows]
        add(f"type:{facet.key}", f"หนังสือราชการประเภท{facet.label}", items, "TYPE_ATOM", "TYPE_RSS", facet.key)
    return feeds


# ---------------------------------------------------------------- pagination


def page_window(number: int, num_pages: int, radius: int = 2) -> list:
    """The page numbers a pagination bar shows: the first, the last and
    `radius` either side of the current one; None marks a gap (…)."""
    shown = {1, num_pages, *range(number - radius, number + radius + 1)}
    out: list = []
    for n in range(1, num_pages + 1):
        if n in shown:
            out.append(n)
        elif out and out[-1] is not None:
            out.append(None)
    return out
