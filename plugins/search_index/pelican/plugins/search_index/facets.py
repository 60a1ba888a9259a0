"""What the search index knows about one piece of content besides its text:
filters (kind, group, document type, fiscal year), the metadata a result
shows (kind, Thai date, document number) and the date to sort by.

Pure functions of a content object and the settings; the templates render
them as data-pagefind-* attributes (partials/search_facets.html)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from pelican.plugins.content_kinds.docnumber import DocumentNumber
from pelican.plugins.content_kinds.groups import load_groups
from pelican.plugins.content_kinds.schema import kind_of
from pelican.plugins.shared.settings import plugin_settings
from pelican.plugins.thai_dates.config import thai_dates_settings
from pelican.plugins.thai_dates.dates import (
    fiscal_year,
    format_thai_date,
    iso_date,
    to_arabic_digits,
    with_digits,
)

DEFAULTS = {
    # Build the Pagefind index after the site is written (`make check`, which
    # publishes nothing, turns it off: the index reports no content problem).
    "SEARCH_INDEX": True,
    "SEARCH_URL": "search/",
    "SEARCH_SAVE_AS": "search/index.html",
    "SEARCH_BUNDLE_DIR": "pagefind",
    "SEARCH_LANGUAGE": "th",
    # Word locations per index file: smaller files, fewer bytes per search.
    "SEARCH_INDEX_CHUNK_SIZE": 3000,
    # The kind of a piece of content (content_kinds' kind_of: a kind's name,
    # else the folder it was read from) -> the kind a visitor sees.
    "SEARCH_KINDS": {
        "announcement": "ข่าวประชาสัมพันธ์",
        "document": "หนังสือราชการ",
        "manual": "คู่มือการปฏิบัติงาน",
        "disclosure": "ข้อมูลข่าวสาร (ITA)",
        "pages": "หน้าเว็บไซต์",
    },
    # Where a visitor without JavaScript can look instead (label, URL).
    "SEARCH_FALLBACK_LINKS": [
        ("ทะเบียนหนังสือราชการ", "documents/"),
        ("แผนผังเว็บไซต์", "sitemap/"),
    ],
}

# Filter names in the index, in the order the search page shows them.
FILTER_LABELS = {
    "kind": "ประเภทเนื้อหา",
    "group": "กลุ่มงาน",
    "doc_type": "ชนิดหนังสือ",
    "fiscal_year": "ปีงบประมาณ",
}


def search_settings(settings: dict) -> dict:
    """The search settings with their defaults filled in (read in one place)."""
    return plugin_settings(settings, DEFAULTS)


@dataclass
class SearchFacets:
    filters: list = field(default_factory=list)  # (name, value)
    meta: list = field(default_factory=list)  # (name, value)
    sort: list = field(default_factory=list)  # (name, value)

    def filter_value(self, name: str) -> str | None:
        return next((value for key, value in self.filters if key == name), None)


def group_name(item, settings: dict) -> str:
    """The name of the group the item names ("" for none or an unknown one)."""
    group = load_groups(settings).get(getattr(item, "group", None))
    return group.name if group is not None else ""


def document_number_forms(number: DocumentNumber | None) -> tuple[str, list[str]]:
    """(the number as shown, every form a visitor may type)."""
    if number is None:
        return "", []
    return number.thai, list(number.search_terms)


def attachment_labels(attachments) -> list[str]:
    """The labels of the attachments content_kinds parsed (objects with a label)."""
    labels = (" ".join(str(getattr(a, "label", "") or "").split()) for a in attachments or ())
    return [label for label in labels if label]


def _date(item):
    date = getattr(item, "date", None)
    return date if isinstance(date, _dt.date) else None


def facets_for(item, settings: dict) -> SearchFacets:
    """The filters, metadata and sort keys of one article or page."""
    conf = search_settings(settings)
    thai = thai_dates_settings(settings)["THAI_DIGITS"]
    facets = SearchFacets()

    kind = conf["SEARCH_KINDS"].get(kind_of(item), "")
    if kind:
        facets.filters.append(("kind", kind))
        facets.meta.append(("kind", kind))
    group = group_name(item, settings)
    if group:
        facets.filters.append(("group", group))
    doc_type = getattr(item, "doc_type", None) or ""
    if doc_type:
        facets.filters.append(("doc_type", doc_type))
        facets.meta.append(("doc_type", doc_type))

    date = _date(item)
    if date is not None:
        facets.filters.append(("fiscal_year", with_digits(str(fiscal_year(date)), thai)))
        facets.meta.append(("date", format_thai_date(date, "full", thai_digits=thai)))
        facets.meta.append(("date_iso", iso_date(date)))
        facets.sort.append(("date", date.strftime("%Y-%m-%dT%H:%M")))

    number = getattr(item, "document_number", None)
    shown, forms = document_number_forms(number if isinstance(number, DocumentNumber) else None)
    if shown:
        facets.meta.append(("doc_no", shown))
        facets.meta.append(("doc_no_forms", " ".join(forms)))
    labels = attachment_labels(getattr(item, "attachments", None))
    if labels:
        facets.meta.append(("attachments", " · ".join(labels)))
    return facets


def filter_options(items, settings: dict) -> list[dict]:
    """The filters a search page offers: for each filter its label and its
    values with the number of documents, in a sensible order."""
    conf = search_settings(settings)
    counts: dict[str, dict[str, int]] = {name: {} for name in FILTER_LABELS}
    for item in items:
        for name, value in facets_for(item, settings).filters:
            counts[name][value] = counts[name].get(value, 0) + 1
    kind_order = list(conf["SEARCH_KINDS"].values())
    group_order = [g.name for g in load_groups(settings).values()]

    def order(name, value):
        if name == "kind":
            return (kind_order.index(value) if value in kind_order else len(kind_order), value)
        if name == "group":
            return (group_order.index(value) if value in group_order else len(group_order), value)
        if name == "fiscal_year":
            return (-int(to_arabic_digits(value)), value)
        return (0, value)

    options = []
    for name, label in FILTER_LABELS.items():
        values = sorted(counts[name].items(), key=lambda kv: order(name, kv[0]))
        if values:
            options.append({"name": name, "label": label, "values": values})
    return options
