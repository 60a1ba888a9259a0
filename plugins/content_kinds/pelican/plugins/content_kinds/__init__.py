"""Pelican wiring for the kinds of content (announcements, official documents,
manuals): validate each file as it is read, set its URL and template, then
check that no two files claim one address, and write the manuals listing and
redirect pages."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from pelican.plugins.problems.frontmatter import IndentedContinuation
from pelican.plugins.problems.problems import LOG, current_source, field_line, relpath
from pelican.plugins.shared.settings import plugin_settings
from pelican.plugins.shared.urls import url_of_save_as
from pelican.plugins.thai_dates.dates import to_thai_digits

from .attachments import format_baht, format_file_size
from .check import read_front_matter, validate_metadata
from .docnumber import DocumentNumber
from .groups import group_slugs
from .problem import Invalid
from .schema import DOCUMENT, KIND_NAMES, MANUAL, kind_for, kind_of
from .toc import has_text, headings, nest
from .urls import find_collisions
from .validators import Context, redirect_path

# Parsed values copied onto the content object under the same name.
_COPIED = (
    "group",
    "cover",
    "cover_alt",
    "gallery",
    "doc_type",
    "urgency",
    "to",
    "references",
    "attachments",
    "procurement_method",
    "budget",
    "redirect_from",
    "versions",
    "fiscal_year",
)


DEFAULTS = {
    # Days a pin without Pinned_until: stays on the home page after its Date.
    "PINNED_DEFAULT_DAYS": 30,
    "MANUALS_INDEX_SAVE_AS": "manuals/index.html",
    "MANUALS_INDEX_URL": "manuals/",
}


def _defaults(settings) -> dict:
    """Settings of this plugin, with their defaults, read in one place."""
    return plugin_settings(settings, DEFAULTS)


def apply_result(metadata: dict, result) -> None:
    """Put what validation found onto Pelican's metadata (and so onto the
    content object as attributes)."""
    metadata["kind"] = result.kind.name
    metadata.setdefault("template", result.kind.template)
    for key in _COPIED:
        if key in result.values:
            metadata[key] = result.values[key]
    # A real boolean on every item of a kind; a value that is not yes or no
    # was reported and counts as no.
    metadata["pinned"] = result.values.get("pinned") is True
    # Pixel size of the cover as published (None when unknown): templates
    # reserve its space so the page does not jump while it loads.
    metadata["cover_width"], metadata["cover_height"] = result.values.get("cover_size") or (None, None)
    # The last day of the pin (a date; the default when staff gave none),
    # None when not pinned: the home page compares it with the build's day.
    metadata["pinned_until"] = result.values.get("pinned_until") if metadata["pinned"] else None
    # The parsed number, or None (no number, or one reported as unreadable):
    # other plugins read this, never the text of Doc_no.
    number = result.values.get("doc_no")
    metadata["document_number"] = number if isinstance(number, DocumentNumber) else None
    if isinstance(number, DocumentNumber):
        metadata["doc_no"] = number.thai
        metadata["doc_no_arabic"] = number.arabic
        metadata["doc_no_search"] = number.search_terms
        metadata["circular"] = number.circular
    if result.url:
        metadata["url"] = result.url
        metadata["save_as"] = result.save_as
        metadata["slug"] = result.url.strip("/").split("/", 1)[-1].replace("/", "-")
    if result.legacy_save_as:
        metadata["legacy_save_as"] = result.legacy_save_as


def _on_metadata(generator, metadata) -> None:
    source = current_source.get()
    if not source:
        return
    root = Path(generator.settings["PATH"])
    try:
        relative = Path(source).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return
    kind = kind_for(relative)
    if kind is None:
        _page_redirects(source, metadata)
        return
    groups = group_slugs(generator.settings)
    date = metadata.get("date")
    pin_days = _defaults(generator.settings)["PINNED_DEFAULT_DAYS"]
    result = validate_metadata(
        source,
        kind,
        read_front_matter(source),
        Context(root, groups, pin_days),
        date if isinstance(date, _dt.date) else None,
    )
    for problem in result.problems:
        LOG.add(problem)
    apply_result(metadata, result)


def _page_redirects(source, metadata) -> None:
    """Redirect_from on any other page (pages/, disclosure/): the same
    redirect pages as the kinds get, e.g. for a page brought from an old site."""
    if "redirect_from" not in metadata:
        return
    raw = metadata["redirect_from"]
    values = raw if isinstance(raw, list) else str(raw).splitlines()
    found = []
    for line, value in zip(
        [n for n, t in read_front_matter(source).lines("redirect_from")] or [0] * len(values),
        values,
        strict=False,
    ):
        if not str(value).strip():
            continue
        result = redirect_path(value)
        if isinstance(result, Invalid):
            LOG.error(
                source,
                line or field_line(source, "Redirect_from"),
                result.code,
                result.th,
                result.en,
                result.fix_th,
                result.fix_en,
            )
        else:
            found.append(result)
    metadata["redirect_from"] = found


def _on_content_init(instance) -> None:
    kind = kind_of(instance)
    if kind not in KIND_NAMES:
        return
    html = instance._content or ""
    instance.has_text_body = has_text(html)
    instance.toc = nest(headings(html)) if kind == MANUAL.name else []


def _add_filters(pelican) -> None:
    _defaults(pelican.settings)
    filters = pelican.settings.setdefault("JINJA_FILTERS", {})
    filters["file_size"] = format_file_size
    filters["baht"] = format_baht
    # The reader reads front matter as the checks do: a list entry indented
    # with 1-3 spaces continues its field (problems/frontmatter.py).
    extensions = pelican.settings.setdefault("MARKDOWN", {}).setdefault("extensions", [])
    if not any(isinstance(e, IndentedContinuation) for e in extensions):
        extensions.append(IndentedContinuation())


class Redirect:
    """A page at an old address that sends the visitor to the new one.
    `automatic`: made by the build for an address an earlier URL scheme
    gave, not asked for by staff."""

    def __init__(self, save_as: str, target, automatic: bool = False):
        self.save_as, self.target, self.automatic = save_as, target, automatic


def automatic_redirects(items, taken) -> list[Redirect]:
    """Redirects from the addresses numbered documents had under the fiscal-
    year scheme. An old address now used by a page or a staff redirect stays
    theirs (ว ๑๒๓ of November 2568 was at documents/2569/04099-w123/, where
    ว ๑๒๓ of 2569 now lives); when two documents had one old address, only
    the earlier could have been published there, so it keeps it."""
    taken = set(taken)
    chosen: dict[str, Redirect] = {}
    dated = [i for i in items if getattr(i, "legacy_save_as", None)]
    dated.sort(key=lambda i: (str(getattr(i, "date", "")), i.source_path))
    for item in dated:
        if item.legacy_save_as not in taken and item.legacy_save_as not in chosen:
            chosen[item.legacy_save_as] = Redirect(item.legacy_save_as, item, automatic=True)
    return list(chosen.values())


def _all_content(context) -> list:
    items = []
    for key in ("articles", "drafts", "pages", "hidden_pages", "draft_pages"):
        for item in context.get(key, []):
            items.append(item)
            items.extend(getattr(item, "translations", []))
    return list({id(i): i for i in items}.values())


def _line_for_url(item) -> int:
    """The line that decides an item's address: its number, else its date."""
    names = ("Doc_no", "Date") if kind_of(item) == DOCUMENT.name else ("Date",)
    for name in names:
        line = field_line(item.source_path, name)
        if line:
            return line
    return 1


def _same_number(owners) -> bool:
    """Two or more documents whose number and calendar year are the same."""
    numbers = {getattr(o, "document_number", None) for o in owners}
    return len(owners) > 1 and len(numbers) == 1 and None not in numbers


def _duplicate_number(owner, others) -> tuple[str, str, str, str]:
    """What to say about one document number used twice in one calendar year."""
    number = owner.document_number
    year = owner.url.strip("/").split("/")[1]
    year_th = to_thai_digits(year)
    th = (
        f"เลขที่หนังสือ {number.thai} ซ้ำกับ {others} ซึ่งออกในปี พ.ศ. {year_th} เช่นกัน"
        " (เลขที่หนังสือเริ่มนับใหม่ทุกปีปฏิทิน จึงซ้ำกันได้เฉพาะคนละปี)"
    )
    en = (
        f"document number {number.arabic} is also used by {others}, issued in the same calendar"
        f" year (BE {year}); numbers restart each calendar year, so they may repeat only across years"
    )
    fix_th = (
        "ถ้าเป็นหนังสือฉบับเดียวกัน ให้ลบไฟล์ที่ซ้ำ (ถ้าแก้ไขหนังสือ ให้แก้ไฟล์เดิมและเพิ่มบรรทัด Modified:)"
        " ถ้าเป็นคนละฉบับ ให้คัดลอกเลขที่และวันที่จากหนังสือจริงอีกครั้ง เพราะเลขหรือวันที่ของไฟล์หนึ่งพิมพ์ผิด"
    )
    fix_en = (
        "if both are the same letter, delete the copy (for a corrected letter, edit the first file and add"
        " a Modified: line); if they are different letters, copy the number and date from the paper again:"
        " one of the files has a typing mistake"
    )
    return th, en, fix_th, fix_en


def report_collisions(items, redirects, fixed=()) -> set[int]:
    """Report every address claimed by two files, naming both; return the
    ids of the items that must not be written (all but the first claim)."""
    claims = [(i.save_as, (i, "page")) for i in items]
    claims += [(r.save_as, (r.target, "redirect")) for r in redirects]
    claims += [(save_as, (None, label)) for save_as, label in fixed]
    by_output = {}
    for save_as, claim in claims:
        by_output.setdefault(save_as, []).append(claim)
    skipped = set()
    for save_as in find_collisions((s, c) for s, c in claims):
        owners = by_output[save_as]
        names = [relpath(o.source_path) if o is not None else label for o, label in owners]
        url = url_of_save_as(save_as)
        for (owner, how), name in zip(owners, names, strict=True):
            if owner is None:
                continue
            others = ", ".join(n for n in names if n != name) or name
            line = (
                field_line(owner.source_path, "Redirect_from") if how == "redirect" else _line_for_url(owner)
            )
            same_number = how == "page" and _same_number([o for o, h in owners if h == "page"])
            if same_number:
                LOG.error(owner.source_path, line or 1, "doc-no-duplicate", *_duplicate_number(owner, others))
                continue
            LOG.error(
                owner.source_path,
                line or 1,
                "url-collision",
                f"ที่อยู่เว็บ {url} ซ้ำกับ {others} ไฟล์หนึ่งจะทับอีกไฟล์",
                f"the address {url} is also claimed by {others}; one would overwrite the other",
                "ตรวจเลขที่หนังสือ วันที่ และชื่อไฟล์ของทั้งสองไฟล์ แล้วแก้ให้ไม่ซ้ำกัน",
                "check the document numbers, dates and file names of both files and make them differ",
            )
        for owner, how in owners[1:]:
            if owner is not None and how == "page":
                skipped.add(id(owner))
    return skipped


class ContentKindsGenerator(Generator):
    """The manuals listing and redirect pages; the collision check."""

    def generate_context(self):
        settings = _defaults(self.settings)
        items = _all_content(self.context)
        self.redirects = [
            Redirect(save_as, item)
            for item in items
            for save_as in (getattr(item, "redirect_from", None) or [])
            if isinstance(save_as, str)
        ]
        fixed = [(settings["MANUALS_INDEX_SAVE_AS"], "(หน้ารวมคู่มือ / manuals listing)")]
        fixed += [
            (c.save_as, f"(หน้าหมวด {c} / category page)") for c, _ in self.context.get("categories", [])
        ]
        skipped = report_collisions(items, self.redirects, fixed)
        taken = [i.save_as for i in items] + [r.save_as for r in self.redirects] + [s for s, _ in fixed]
        self.redirects += automatic_redirects([i for i in items if id(i) not in skipped], taken)
        for item in items:
            if id(item) in skipped:
                item.override_save_as = ""
        self.manuals = sorted(
            (p for p in self.context.get("pages", []) if kind_of(p) == MANUAL.name),
            key=lambda p: p.title,
        )
        self.context["manuals"] = self.manuals

    def generate_output(self, writer):
        settings = _defaults(self.settings)
        writer.write_file(
            settings["MANUALS_INDEX_SAVE_AS"],
            self.get_template("manuals"),
            self.context,
            manuals=self.manuals,
            page_name=settings["MANUALS_INDEX_SAVE_AS"].removesuffix(".html"),
            url=settings["MANUALS_INDEX_URL"],
        )
        template = self.get_template("redirect")
        for redirect in self.redirects:
            writer.write_file(
                redirect.save_as,
                template,
                self.context,
                target=redirect.target,
                url=url_of_save_as(redirect.save_as),
            )


def get_generators(pelican):
    return ContentKindsGenerator


def newest_first(articles: list) -> None:
    """Sort in place, newest first; items of one date by their file's path.
    Pelican reads files in no fixed order (a set), so without the second key
    two letters of one day swap places from one build to the next."""
    articles.sort(key=lambda item: item.source_path or "")
    articles.sort(key=lambda item: item.date, reverse=True)


def _order_articles(generator) -> None:
    if generator.settings.get("ARTICLE_ORDER_BY", "reversed-date") == "reversed-date":
        newest_first(generator.articles)


def register():
    signals.initialized.connect(_add_filters)
    signals.article_generator_pretaxonomy.connect(_order_articles)
    signals.article_generator_context.connect(_on_metadata)
    signals.page_generator_context.connect(_on_metadata)
    signals.content_object_init.connect(_on_content_init)
    signals.get_generators.connect(get_generators)
