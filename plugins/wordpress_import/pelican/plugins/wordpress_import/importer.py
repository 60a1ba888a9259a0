"""One import run: read the export, sort each post into a kind, convert it,
copy its files, write its front matter with old addresses as Redirect_from,
and report. Plain functions; the command line (__main__) is a thin shell."""

from __future__ import annotations

import datetime as _dt
import html
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, unquote, urlsplit

from bs4 import BeautifulSoup

from pelican.plugins.content_kinds.docnumber import DocumentNumber, parse_document_number
from pelican.plugins.content_kinds.problem import Invalid
from pelican.plugins.content_kinds.urls import announcement_url, document_url, redirect_save_as
from pelican.plugins.content_kinds.validators import (
    NUMBERED_DOC_TYPES,
    PROCUREMENT_DOC_TYPES,
    PROCUREMENT_METHODS,
)
from pelican.plugins.content_kinds.validators import budget as parse_budget
from pelican.plugins.problems.frontmatter import read_front_matter
from pelican.plugins.thai_dates.dates import (
    be_year,
    format_thai_date,
    parse_thai_date,
    to_arabic_digits,
    to_thai_digits,
)

from . import report as rep
from .convert import Converted, Note, Resolver, convert
from .manifest import DELETED, EDITED, TAKEN, Manifest, sha256
from .mapping import Mapping, Rule, load_mapping
from .server import QUERY_MAP_FILE, query_map
from .text import FIX_NAMES_TH, clean, one_line
from .uploads import destination, find_upload, upload_path
from .wxr import DEFAULT_MAX_BYTES, Export, Item, read_export

PUBLISHED = "publish"
AS_DRAFT = {"draft", "pending", "future"}
LETTER_TYPES = ("หนังสือภายนอก", "หนังสือภายใน", "หนังสือประทับตรา")
# Top-level addresses the site itself uses: an imported page never takes one.
RESERVED_PAGE_SLUGS = {
    "announcements", "documents", "manuals", "disclosure", "tags", "archives", "groups", "search",
    "files", "images", "theme", "pagefind", "admin", "feeds", "sitemap", "videos", "404", "index",
}  # fmt: skip
_LETTER_NO = re.compile(
    r"ที่\s*[ก-ฮ]{2}\s*\.?\s*[0-9๐-๙]{4,5}(?:\.[0-9๐-๙]{1,4})*\s*/\s*(?:ว\s*\.?\s*)?[0-9๐-๙]{1,6}(?![0-9๐-๙])"
)
_ORDER_NO = re.compile(r"ที่\s*[0-9๐-๙]{1,6}\s*/\s*[0-9๐-๙]{4}(?![0-9๐-๙])")
# "ลงวันที่ ๑๐ พฤศจิกายน ๒๕๖๘" in a title: the document's own date (the post may be days later).
_DATE_IN_TITLE = re.compile(r"ลงวันที่\s*([0-9๐-๙]{1,2}\s*[ก-๛.]+\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{2,4})")
_BUDGET = re.compile(
    r"(?:วงเงิน|ราคากลาง|งบประมาณ|เป็นเงิน|ราคาที่ตกลง|ราคา)[^0-9๐-๙]{0,40}([0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]{1,2})?)\s*บาท"
)
SERVER_TH = (
    "หน้าเว็บแบบ static ส่งต่อที่อยู่นี้เองไม่ได้ (ส่วนหลัง ? หรือไฟล์ที่ไม่ใช่ HTML) ส่งต่อได้ด้วยไฟล์ตั้งค่า"
    " wordpress-redirects.*.conf บนเซิร์ฟเวอร์ของสำนักงาน (บน GitHub Pages ที่อยู่ ?p= ?page_id= ?attachment_id="
    " ส่งต่อด้วยสคริปต์ของหน้าแรกและหน้า 404 เมื่อเบราว์เซอร์เปิด JavaScript; ไฟล์เดิมส่งต่อไม่ได้)"
)
SERVER_EN = (
    "a static site cannot redirect this address (a query, or not an HTML page): only the office's server can,"
    " with the generated wordpress-redirects.*.conf (on GitHub Pages a script on the home and 404 pages"
    " redirects ?p=/?page_id=/?attachment_id= when JavaScript runs; old upload URLs cannot be kept)"
)
_LATIN_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Options:
    wxr: Path
    content: Path
    uploads: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Plan:
    """One post or page on its way to a file."""

    item: Item
    kind: str  # announcement, document, manual, page
    rel: str = ""  # path under content/
    url: str = ""  # new address
    draft: bool = False
    rule: Rule | None = None
    doc_type: str = ""
    number: DocumentNumber | None = None
    title: str = ""
    date: _dt.datetime | None = None
    fields: list[tuple[str, str | list[str]]] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    source: str = ""  # the item in the import record: "post:123" ("post:123#2": the id's second item)


def _groups(content: Path) -> dict[str, list[str]]:
    path = content / "data" / "groups.toml"
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {g["slug"]: [n for n in (g.get("name"), g.get("short")) if n] for g in data.get("group", [])}


def _date(item: Item) -> _dt.datetime | None:
    for text in (item.post_date, item.post_date_gmt):
        try:
            value = _dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        if value.year > 1900:
            return value
    return None


def _thai_date(value: _dt.datetime) -> str:
    return format_thai_date(value, "datetime" if (value.hour, value.minute) != (0, 0) else "full")


def _slug(item: Item) -> str:
    name = unquote(item.post_name).strip().lower()
    if _LATIN_SLUG.match(name) and not name.isdigit() and len(name) <= 60:
        return name
    return ""


def _old_path(url: str) -> tuple[str, str]:
    """(path without the host, query) of an old address; the path decoded
    (a Thai slug is stored percent-encoded; the server maps it to UTF-8)."""
    parts = urlsplit(url.strip())
    return unquote(parts.path), parts.query


def _plain(html_text: str) -> str:
    return one_line(BeautifulSoup(html_text or "", "html.parser").get_text(" "))


def _first_paragraph(markdown: str) -> str:
    """The first paragraph of prose in converted Markdown, as plain text."""
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block or block.startswith(("|", "<", "#", "!", "[รับชม", ">", "วิดีโอ:")):
            continue
        block = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", block)
        text = one_line(re.sub(r"[*_`]+", "", block))
        if text:
            return text
    return ""


def _summary(item: Item, markdown: str) -> str:
    text = (_plain(clean(item.excerpt)) if item.excerpt.strip() else "") or _first_paragraph(markdown)
    if len(text) > 220:
        cut = text.rfind(" ", 0, 200)
        text = text[: cut if cut > 80 else 200].rstrip() + " …"
    return text


def _front_matter(fields: list[tuple[str, str | list[str]]]) -> str:
    lines = []
    for name, value in fields:
        if isinstance(value, list):
            if not value:
                continue
            lines.append(f"{name}: {value[0]}")
            lines.extend(f"    {v}" for v in value[1:])
        elif value != "":
            lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


def _tag(text: str) -> str:
    return one_line(clean(text).replace(",", " "))


class Importer(Resolver):
    def __init__(self, options: Options):
        self.options = options
        self.content = options.content
        self.report = rep.Report(source=str(options.wxr))
        self.export: Export | None = None
        self.mapping: Mapping | None = None
        self.manifest = Manifest(self.content)
        self.attachments: dict[int, Item] = {}
        self.attachment_by_url: dict[str, Item] = {}
        self.static_sources: dict[str, str] = {}  # our static path -> the upload copied there
        self.attachment_pages: dict[str, Item] = {}  # old address of a file's page -> the file
        self.children: dict[int, list[Item]] = {}
        self.plans: list[Plan] = []
        self.by_old: dict[str, Plan] = {}  # old path or ?p=ID -> plan
        self.copied: dict[str, str] = {}  # upload rel -> our static path ('' = missing)
        self.upload_redirects: dict[str, str] = {}  # old upload path -> new static path
        self.current: Plan | None = None
        self.site_urls: tuple[str, ...] = ()
        self.query_redirects: dict[str, str] = {}  # /?p=ID -> new address
        self._query_owner: dict[str, str] = {}  # /?p=ID -> the file that has it
        self._claims: dict[str, str] = {}  # redirect file -> the item that claims it
        self._taken_pages: dict[str, str] | None = None
        self._numbers: dict[tuple, Plan] = {}  # (number, year, type) -> the first document with it
        self._existing: dict[tuple, str] = {}  # the same for documents already on the site
        self._rels: set[str] = set()

    # -- Resolver: what conversion asks -------------------------------------------------

    def file(self, url: str) -> str | None:
        rel = upload_path(url, self.site_urls)
        if rel is None:
            # A link to a file's attachment page ("?attachment_id=12", ".../post/file-name/") means the file.
            attachment = self._attachment_page(url)
            return self.file(attachment.attachment_url) if attachment else None
        if rel in self.copied:
            return self.copied[rel] or ""
        found = find_upload(self.options.uploads, rel)
        plan = self.current
        if found is None:
            return self._no_file(
                rep.MISSING,
                rel,
                url,
                f"ไม่พบไฟล์ wp-content/uploads/{rel} ในโฟลเดอร์ UPLOADS (ข้อความของลิงก์ยังอยู่ ให้วางไฟล์แล้วนำเข้าอีกครั้ง)",
                f"wp-content/uploads/{rel} is not in the UPLOADS folder (the link text stays; add the file and import again)",
            )
        used = found.relative_to(self.options.uploads).as_posix()
        target = destination(used)
        if target is None:
            return self._no_file(
                rep.SKIPPED,
                rel,
                url,
                f"ไม่นำไฟล์ {used} ขึ้นเว็บไซต์: ชนิดไฟล์นี้เปิดแล้วสั่งงานได้หรือเว็บไซต์ไม่รับ (ให้บันทึกเป็น PDF/PNG/JPEG)",
                f"{used} is not published: this type can run code or is not accepted (save it as PDF/PNG/JPEG)",
            )
        _, static = target
        owner = self.static_sources.setdefault(static, used)
        if owner != used:  # two uploads with one safe name (A.jpg and a.jpeg): never one over the other
            static = f"{static.rsplit('.', 1)[0]}-{sha256(used.encode())[:8]}.{static.rsplit('.', 1)[1]}"
        state = self.manifest.copy_file(static, found, f"upload:{used}")
        if state in (EDITED, DELETED, TAKEN):
            self._not_written(state, static, plan.item.post_id if plan else "", used)
            if state == DELETED or not (self.content / static).exists():
                self.copied[rel] = ""
                return ""
        if state not in (EDITED, DELETED, TAKEN):
            self.report.writes[state] += 1
        self.copied[rel] = static
        self.upload_redirects["/wp-content/uploads/" + rel] = static
        if used != rel:
            self.upload_redirects["/wp-content/uploads/" + used] = static
        return static

    def _attachment_page(self, url: str) -> Item | None:
        parts = urlsplit(url.strip())
        hosts = {urlsplit(s).netloc.lower().removeprefix("www.") for s in self.site_urls if s}
        if not parts.scheme and not parts.path.startswith("/") and not parts.query:
            return None
        if parts.netloc and parts.netloc.lower().removeprefix("www.") not in hosts:
            return None
        ids = parse_qs(parts.query).get("attachment_id", [])
        if ids and ids[0].isdigit():
            item = self.attachments.get(int(ids[0]))
        else:
            item = self.attachment_pages.get(unquote(parts.path).strip("/"))
        return item if item is not None and upload_path(item.attachment_url, self.site_urls) else None

    def _no_file(self, action: str, rel: str, url: str, th: str, en: str) -> str:
        """An upload that is not copied: remembered, and a row naming the post that links it."""
        self.copied[rel] = ""
        plan = self.current
        where = (plan.item.post_id, plan.title, f"content/{plan.rel}") if plan else ("", "", "")
        self.report.add(action, "file", *where, th, en, old_url=url)
        return ""

    def page(self, url: str) -> str | None:
        parts = urlsplit(url.strip())
        hosts = {urlsplit(s).netloc.lower().removeprefix("www.") for s in self.site_urls if s}
        if parts.netloc and parts.netloc.lower().removeprefix("www.") not in hosts:
            return None
        plan = self._plan_for_old(url)
        if plan is None or plan.draft:
            return None
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return "{filename}/" + plan.rel + fragment

    def attachment_url(self, attachment_id: int) -> str | None:
        item = self.attachments.get(attachment_id)
        return item.attachment_url if item else None

    def child_images(self) -> list[str]:
        if self.current is None:
            return []
        children = self.children.get(self.current.item.post_id, [])
        # [gallery] without ids shows the post's attached pictures, not its PDFs.
        kinds = [
            (c.attachment_url, destination(c.attachment_url.rsplit("/", 1)[-1] or "x")) for c in children
        ]
        return [url for url, kind in kinds if kind and kind[0] == "images"]

    def _attachment_of(self, url: str) -> Item | None:
        return self.attachment_by_url.get(url) or self.attachment_by_url.get(
            re.sub(r"-\d{2,5}x\d{2,5}(\.\w+)$", r"\1", url)
        )

    def image_alt(self, url: str) -> str:
        item = self._attachment_of(url)
        return one_line(clean(item.meta.get("_wp_attachment_image_alt", ""))) if item else ""

    def image_caption(self, url: str) -> str:
        item = self._attachment_of(url)
        return _plain(clean(item.excerpt)) if item else ""

    def has_gallery(self) -> bool:
        return self.current is not None and self.current.kind == "announcement"

    def on_old_site(self, url: str) -> bool:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("", "http", "https"):
            return False
        if not parts.netloc:
            return not parts.scheme and parts.path.startswith("/")
        hosts = {urlsplit(s).netloc.lower().removeprefix("www.") for s in self.site_urls if s}
        return parts.netloc.lower().removeprefix("www.") in hosts

    # -- the run --------------------------------------------------------------------------

    def run(self) -> rep.Report:
        export = read_export(self.options.wxr, self.options.max_bytes)
        self.export = export
        self.report.version = export.wxr_version
        self.site_urls = tuple({export.site_url, export.blog_url} - {""})
        self.mapping, mapping_path, created = load_mapping(self.content, _groups(self.content))
        if created:
            self.report.created_mapping = str(mapping_path)
        self._index(export)
        for plan in self.plans:
            self._place(plan)
        for plan in self.plans:
            self.current = plan
            self._write(plan)
        self.current = None
        for old, new in sorted(self.upload_redirects.items()):
            self.report.add(
                rep.SERVER_ONLY, "file", "", "", f"content/{new}", SERVER_TH, SERVER_EN, old_url=old
            )
        self._write_query_map()
        self.manifest.save()
        return self.report

    def _write_query_map(self) -> None:
        """The map a static host's home page and 404 page read to send
        `/?p=ID`, `/?page_id=ID` and `/?attachment_id=ID` to the new page."""
        attachments = {}
        for attachment_id, item in self.attachments.items():
            rel = upload_path(item.attachment_url, self.site_urls)
            if rel and self.copied.get(rel):
                attachments[str(attachment_id)] = self.copied[rel]
        if not self.query_redirects and not attachments and not (self.content / QUERY_MAP_FILE).exists():
            return
        text, refused = query_map(self.query_redirects, attachments)
        for new in refused:
            self.report.add(
                rep.URL_LOST, "file", "", "", QUERY_MAP_FILE,
                f"ไม่ใส่ {new!r} ในแผนที่ที่อยู่เดิม: ไม่ใช่ที่อยู่บนเว็บไซต์นี้",
                f"{new!r} left out of the old-address map: not a path on this site",
            )  # fmt: skip
        state = self.manifest.write_text(QUERY_MAP_FILE, text, "redirect-map")
        if state in (EDITED, DELETED, TAKEN):
            self._not_written(state, QUERY_MAP_FILE, "", "")
        else:
            self.report.writes[state] += 1

    def _existing_numbers(self) -> None:
        """Numbers of the documents already on the site (not from an earlier
        import): an imported document with one of them would be a duplicate."""
        ours = {e.path for e in self.manifest.entries.values()}
        folder = self.content / "documents"
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else ():
            rel = path.relative_to(self.content).as_posix()
            if rel in ours or path.is_symlink():
                continue
            front = read_front_matter(path)
            doc_no = " ".join(t for _, t in front.lines("doc_no"))
            date_text = " ".join(t for _, t in front.lines("date"))
            if not doc_no or not date_text:
                continue
            number = parse_document_number(doc_no)
            try:
                date = parse_thai_date(date_text)
            except (ValueError, OverflowError):
                continue
            if isinstance(number, DocumentNumber):
                doc_type = " ".join(t for _, t in front.lines("doc_type")).strip()
                key = (number.url_part, number.year or be_year(date), "" if number.is_letter else doc_type)
                self._existing[key] = f"content/{rel}"

    def _index(self, export: Export) -> None:
        self._existing_numbers()
        skipped_types: Counter = Counter()
        for item in export.items:
            if item.post_type == "attachment":
                self.attachments[item.post_id] = item
                if item.attachment_url:
                    self.attachment_by_url[item.attachment_url] = item
                path, query = _old_path(item.link)
                if path.strip("/") and not query:
                    self.attachment_pages[path.strip("/")] = item
                self.children.setdefault(item.post_parent, []).append(item)
        first_line: dict[int, int] = {}
        turns: Counter = Counter()
        for item in export.items:
            if item.post_type == "attachment":
                continue
            if item.post_type not in ("post", "page"):
                skipped_types[item.post_type] += 1
                continue
            # Posts and pages share one id space; an export merged by hand can
            # repeat an id. Each item keeps its own record (by its turn in the file).
            first_line.setdefault(item.post_id, item.line)
            turns[item.post_id] += 1
            turn = turns[item.post_id]
            title = one_line(clean(html.unescape(item.title))) or "(ไม่มีชื่อเรื่อง)"
            reason = self._private(item)
            if reason:
                self.report.add(rep.SKIPPED, item.post_type, item.post_id, title, "", *reason, line=item.line)
                continue
            plan = self._classify(item, title)
            if plan is None:
                continue
            plan.draft = item.status in AS_DRAFT
            plan.source = f"{item.post_type}:{item.post_id}" + (f"#{turn}" if turn > 1 else "")
            if turn > 1:
                plan.notes.append(
                    Note(
                        "duplicate-id",
                        f"เลข WordPress {item.post_id} ซ้ำกับเรื่องที่บรรทัด {first_line[item.post_id]} ของไฟล์ส่งออก"
                        " (ไฟล์ส่งออกที่รวมจากหลายเว็บไซต์หรือแก้ด้วยมือ) ที่อยู่เดิมแบบ ?p= หรือ ?page_id= ของเลขนี้"
                        " ส่งต่อได้เพียงเรื่องเดียว (เรื่องแรกที่เผยแพร่) ให้ตรวจว่าเป็นคนละเรื่องจริง",
                        f"WordPress id {item.post_id} repeats the item at line {first_line[item.post_id]} of the export"
                        " (merged from several sites, or edited?): its old ?p=/?page_id= address can lead to one item"
                        " only (the first published); check they are different items",
                    )
                )
            self.plans.append(plan)
        for post_type, count in sorted(skipped_types.items()):
            self.report.add(
                rep.SKIPPED,
                "other",
                "",
                f"{post_type} × {count}",
                "",
                f'ไม่นำเข้ารายการชนิด "{post_type}" {count} รายการ (เมนู ฉบับแก้ไขเก่า แบบฟอร์ม หรือชนิดที่ปลั๊กอินสร้าง)',
                f'{count} items of type "{post_type}" were not imported (menus, revisions, forms, plugin types)',
            )

    def _private(self, item: Item) -> tuple[str, str] | None:
        if item.password.strip():
            return (
                "ตั้งรหัสผ่านไว้ใน WordPress จึงไม่นำเข้า (เนื้อหาอาจเป็นความลับ และเว็บไซต์ใหม่ไม่มีหน้าที่ใส่รหัสผ่าน)",
                "password-protected in WordPress: not imported (it may be confidential; the site has no passwords)",
            )
        if item.status == PUBLISHED or item.status in AS_DRAFT:
            return None
        if item.status == "private":
            return (
                "เป็นเรื่องส่วนตัว (private) ใน WordPress จึงไม่นำเข้า",
                "private in WordPress: not imported",
            )
        if item.status == "trash":
            return ("อยู่ในถังขยะของ WordPress จึงไม่นำเข้า", "in the WordPress trash: not imported")
        return (
            f'สถานะ "{item.status or "ไม่ระบุ"}" ใน WordPress ไม่ใช่เรื่องที่เผยแพร่ จึงไม่นำเข้า',
            f'WordPress status "{item.status}" is not a published item: not imported',
        )

    def _classify(self, item: Item, title: str) -> Plan | None:
        if item.post_type == "page":
            return Plan(item, "page", title=title, date=_date(item))
        rule = self.mapping.rule_for(item)
        kind = rule.kind if rule else self.mapping.default_kind
        if kind == "skip":
            self.report.add(
                rep.SKIPPED,
                "post",
                item.post_id,
                title,
                "",
                f"กฎที่ {rule.number} ในไฟล์กฎการนำเข้าบอกให้ข้าม",
                f"rule {rule.number} of the import rules says skip",
                line=item.line,
            )
            return None
        plan = Plan(item, kind, rule=rule, title=title, date=_date(item))
        if kind == "document":
            plan.doc_type = rule.doc_type if rule else "หนังสืออื่น"
        return plan

    # -- where each item goes -------------------------------------------------------------

    def _place(self, plan: Plan) -> None:
        item = plan.item
        previous = self.manifest.path_of(plan.source)
        if plan.date is None:
            plan.date = _dt.datetime(2000, 1, 1)
            plan.draft = True
            plan.notes.append(
                Note(
                    "date-missing",
                    "ไม่มีวันที่ใน WordPress ใส่วันที่ ๑ มกราคม ๒๕๔๓ ไว้ก่อนและเป็นฉบับร่าง ให้แก้ Date: แล้วลบ Status: draft",
                    "no date in WordPress: set to 1 January 2000 as a draft; fix Date: and delete Status: draft",
                )
            )
        if plan.kind == "document":
            self._document(plan)
        slug = _slug(item)
        date = plan.date
        if plan.kind == "announcement":
            name = f"{be_year(date)}-{date.month:02d}-{date.day:02d}-{slug or f'wp-{item.post_id}'}"
            rel = f"announcements/{name}.md"
        elif plan.kind == "document":
            rel = f"documents/{slug or f'wp-{item.post_id}'}.md"
        elif plan.kind == "manual":
            rel = f"manuals/{slug or f'wp-{item.post_id}'}.md"
        else:
            name = slug if slug and slug not in RESERVED_PAGE_SLUGS else f"wp-page-{item.post_id}"
            rel = f"pages/{name}.md"
        if previous:
            rel = previous
        elif (self.content / rel).exists() or rel in self._rels:
            rel = rel.removesuffix(".md") + f"-wp{item.post_id}.md"
        plan.rel = rel
        self._rels.add(rel)
        plan.url = self._new_url(plan)
        old_path, query = _old_path(item.link)
        keys = [old_path.strip("/"), f"?p={item.post_id}", f"?page_id={item.post_id}", item.guid.strip()]
        for key in [*keys, "?" + query if query else ""]:
            owner = self.by_old.get(key)
            # A link to an id two items share follows the published one.
            if key and (owner is None or (owner.draft and not plan.draft)):
                self.by_old[key] = plan

    def _plan_for_old(self, url: str) -> Plan | None:
        path, query = _old_path(url)
        if query:
            params = parse_qs(query)
            for name in ("p", "page_id"):
                if params.get(name) and params[name][0].isdigit():
                    plan = self.by_old.get(f"?{name}={params[name][0]}")
                    if plan:
                        return plan
        return self.by_old.get(path.strip("/")) if path.strip("/") else None

    def _new_url(self, plan: Plan) -> str:
        basename = PurePosixPath(plan.rel).stem
        if plan.kind == "announcement":
            result = announcement_url(plan.date, basename)
        elif plan.kind == "document":
            result = document_url(plan.date, basename, plan.doc_type, plan.number)
        elif plan.kind == "manual":
            return f"manuals/{basename}/"
        else:
            return f"{basename}/"
        return "" if isinstance(result, Invalid) else result[0]

    def _document(self, plan: Plan) -> None:
        """Doc_no and the document's own date from the title, the type that fits the number."""
        title = plan.title
        dated = _DATE_IN_TITLE.search(title)
        if dated:
            try:
                plan.date = parse_thai_date(dated.group(1)).replace(tzinfo=None)
            except (ValueError, OverflowError):
                pass  # the post's date stays
        found = _LETTER_NO.search(title) or _ORDER_NO.search(title)
        number = parse_document_number(found.group(0)) if found else None
        if isinstance(number, Invalid):
            number = None
        if number is not None:
            if plan.doc_type in LETTER_TYPES and not number.is_letter:
                plan.doc_type = "คำสั่ง" if "คำสั่ง" in title else "ประกาศ"
            elif plan.doc_type not in LETTER_TYPES and number.is_letter:
                plan.doc_type = "หนังสือภายนอก"
            plan.number = number
            after = title[found.end() :]
            subject = re.split(r"\s*เรื่อง\s*", after, maxsplit=1)
            if len(subject) == 2 and subject[1].strip():
                plan.title = subject[1].strip()
            elif found.start() < 3 and after.strip(" -–:"):
                plan.title = after.strip(" -–:")
        elif plan.doc_type in NUMBERED_DOC_TYPES:
            plan.notes.append(
                Note(
                    "doc-no-missing",
                    f"ไม่พบเลขที่หนังสือในชื่อเรื่อง จึงใส่ Doc_type: หนังสืออื่น แทน {plan.doc_type}"
                    f" ให้เพิ่ม Doc_no: ตามหนังสือจริงแล้วแก้ Doc_type: เป็น {plan.doc_type}",
                    f"no document number in the title: Doc_type is หนังสืออื่น instead of {plan.doc_type};"
                    f" add Doc_no: from the document and set Doc_type: {plan.doc_type}",
                )
            )
            plan.doc_type = "หนังสืออื่น"
        if number is not None and plan.date is not None:
            key = (
                number.url_part,
                number.year or be_year(plan.date),
                plan.doc_type if not number.is_letter else "",
            )
            twin = self._numbers.get(key)
            other = (
                f"content/{twin.rel} (WordPress #{twin.item.post_id})" if twin else self._existing.get(key)
            )
            if other:
                plan.draft = True
                plan.notes.append(
                    Note(
                        "doc-no-duplicate",
                        f"เลขที่ {number.thai} ซ้ำกับ {other} ในปีเดียวกัน"
                        " จึงนำเข้าเป็นฉบับร่าง ถ้าเป็นฉบับเดียวกันให้ลบไฟล์นี้ ถ้าไม่ใช่ให้แก้เลขที่หรือวันที่",
                        f"number {number.arabic} repeats {other} in the same year: imported as a draft;"
                        " delete this file if it is the same document, else fix its number or date",
                    )
                )
            else:
                self._numbers[key] = plan

    def _procurement(self, plan: Plan, text: str) -> list[tuple[str, str]]:
        whole = f"{plan.title} {text}"
        method = ""
        for canonical, others in PROCUREMENT_METHODS.items():
            names = (canonical.removeprefix("วิธี").split(" (")[0], *others)
            if any(n and n.lower() in whole.lower() for n in names):
                method = canonical
                break
        amount = ""
        match = _BUDGET.search(whole)
        if match and not isinstance(parse_budget(match.group(1)), Invalid):
            amount = to_arabic_digits(match.group(1))
        if method and amount:
            return [("Procurement_method", method), ("Budget", amount)]
        missing = " และ ".join(n for n, v in (("วิธีจัดซื้อจัดจ้าง", method), ("วงเงิน", amount)) if not v)
        plan.notes.append(
            Note(
                "procurement-incomplete",
                f"ไม่พบ{missing}ในเรื่อง จึงนำเข้าเป็น Doc_type: ประกาศ (ป้ายกำกับ จัดซื้อจัดจ้าง)"
                f" ให้เพิ่ม Procurement_method: และ Budget: แล้วแก้ Doc_type: เป็น {plan.doc_type}",
                f"no procurement method or budget found: imported as Doc_type ประกาศ tagged จัดซื้อจัดจ้าง;"
                f" add Procurement_method: and Budget: and set Doc_type: {plan.doc_type}",
            )
        )
        plan.doc_type = "ประกาศ"
        return []

    # -- writing --------------------------------------------------------------------------

    def _write(self, plan: Plan) -> None:
        item = plan.item
        fixes: Counter = Counter()
        clean(item.title, fixes)
        converted: Converted = convert(item.content, self)
        clean(item.content, fixes)
        plan.notes.extend(converted.notes)
        if not converted.markdown.strip() and not converted.gallery and not converted.attachments:
            plan.notes.append(
                Note(
                    "empty",
                    "เรื่องนี้ไม่มีเนื้อหาในเว็บไซต์เดิม (มีแต่ชื่อเรื่อง) ให้เพิ่มเนื้อหาหรือลบไฟล์นี้",
                    "this item has no content on the old site (a title only): add some or delete the file",
                )
            )
        fields: list[tuple[str, str | list[str]]] = [("Title", plan.title)]
        kind = plan.kind
        group = self.mapping.group_for(item, plan.rule)
        extra: list[tuple[str, str]] = []
        if kind == "document" and plan.doc_type in PROCUREMENT_DOC_TYPES:
            extra = self._procurement(plan, _plain(converted.markdown.replace("{static}", "")))
        tags = [_tag(t) for t in item.names("post_tag")]
        used = {c.casefold() for c in (plan.rule.categories if plan.rule else ())}
        for name in item.names("category"):
            if name.casefold() not in used and name.casefold() not in self.mapping.group_by_category:
                if name.casefold() not in ("uncategorized", "ไม่มีหมวดหมู่", "ไม่ระบุหมวดหมู่"):
                    tags.append(_tag(name))
        tags += list(plan.rule.add_tags if plan.rule else ())
        if any(n.code == "procurement-incomplete" for n in plan.notes):
            tags.append("จัดซื้อจัดจ้าง")
        tags = list(dict.fromkeys(t for t in tags if t))
        if kind == "document":
            fields.append(("Doc_type", plan.doc_type))
            if plan.number is not None:
                fields.append(("Doc_no", plan.number.thai))
        date_text = _thai_date(plan.date)
        if kind == "manual":
            fields.append(("Edition_date", date_text))
        elif kind != "page":
            fields.append(("Date", date_text))
        if kind != "page":
            fields.append(("Group", group))
        fields += extra
        if kind != "page" and tags:
            fields.append(("Tags", ", ".join(tags)))
        summary = _summary(item, converted.markdown)
        if summary:
            fields.append(("Summary", summary))
        if kind == "announcement":
            fields += self._cover(plan)
        if converted.gallery:
            fields.append(("Gallery", self._gallery(plan, converted.gallery)))
        if converted.attachments:
            fields.append(
                (
                    "Attachments",
                    [f"{path} | {label.replace('|', '/')}" for path, label in converted.attachments],
                )
            )
        if item.sticky and kind != "page":
            plan.notes.append(
                Note(
                    "sticky",
                    "เรื่องนี้ปักหมุดไว้ในเว็บไซต์เดิม ถ้ายังต้องการให้อยู่บนหน้าแรก ให้เพิ่ม Pinned: yes และ Pinned_until:",
                    "this post was sticky on the old site; add Pinned: yes and Pinned_until: to keep it on the home page",
                )
            )
        if plan.rule and plan.rule.oit and kind != "page":
            fields.append(("OIT", plan.rule.oit))
        fields.append(("Redirect_from", self._redirects(plan)))
        if plan.draft:
            fields.append(("Status", "draft"))
        text = _front_matter(fields) + "\n" + converted.markdown
        state = self.manifest.write_text(plan.rel, text, plan.source, plan.url)
        if state in (EDITED, DELETED, TAKEN):
            self._not_written(state, plan.rel, item.post_id, plan.title)
        else:
            self.report.writes[state] += 1
        report_kind = "procurement" if plan.doc_type in PROCUREMENT_DOC_TYPES else kind
        if not plan.draft:
            self.report.kinds[report_kind] += 1
            self.report.add(
                rep.IMPORTED,
                report_kind,
                item.post_id,
                plan.title,
                f"content/{plan.rel}",
                f"ที่อยู่ใหม่ /{plan.url}",
                f"new address /{plan.url}",
                old_url=item.link,
                line=item.line,
            )
        if plan.draft:
            if item.status in AS_DRAFT:
                th = f'สถานะใน WordPress คือ "{item.status}" จึงนำเข้าเป็นฉบับร่าง (Status: draft) ไม่เผยแพร่'
                en = f'WordPress status "{item.status}": imported as a draft, not published'
            else:
                th = "นำเข้าเป็นฉบับร่าง (Status: draft) เพราะต้องตรวจก่อน ดูรายการต้องตรวจของเรื่องนี้"
                en = "imported as a draft because it needs attention first (see its attention rows)"
            self.report.add(
                rep.DRAFT,
                report_kind,
                item.post_id,
                plan.title,
                f"content/{plan.rel}",
                th + " ถ้าจะเผยแพร่ ให้ตรวจแล้วลบบรรทัด Status: draft",
                en + "; review it and delete the Status: draft line to publish",
                line=item.line,
            )
        for note in plan.notes:
            self.report.add(
                rep.ATTENTION, report_kind, item.post_id, plan.title, f"content/{plan.rel}", note.th, note.en,
                line=item.line,
            )  # fmt: skip
        for code in converted.shortcodes:
            self.report.add(
                rep.ATTENTION,
                report_kind,
                item.post_id,
                plan.title,
                f"content/{plan.rel}",
                f"shortcode {code[:100]} แปลงไม่ได้ จึงเก็บไว้ในหมายเหตุ <!-- WordPress: ... --> ซึ่งไม่แสดงบนเว็บ"
                " ให้แทนด้วยข้อความ ลิงก์ หรือไฟล์แนบ แล้วลบหมายเหตุ",
                f"shortcode {code[:100]} was not converted: kept in a <!-- WordPress: ... --> comment the page does"
                " not show; replace it with text, a link or an attachment and delete the comment",
                line=item.line,
            )
        if fixes:
            what = ", ".join(f"{FIX_NAMES_TH[k]} {n}" for k, n in sorted(fixes.items()))
            self.report.add(
                rep.FIXED,
                report_kind,
                item.post_id,
                plan.title,
                f"content/{plan.rel}",
                f"ลบหรือแก้อักขระที่มองไม่เห็น: {what}",
                f"invisible or odd characters removed: {dict(fixes)}",
                line=item.line,
            )

    def _gallery(self, plan: Plan, pictures: list[tuple[str, str]]) -> list[str]:
        """Gallery: lines; a picture the old site left without a caption gets
        one from the title (the caption is also its alt text), reported."""
        lines, bare = [], 0
        for number, (path, caption) in enumerate(pictures, 1):
            if not caption:
                bare += 1
                caption = f"{plan.title} ภาพที่ {to_thai_digits(number)}"
            lines.append(f"{path} | {one_line(caption.replace('|', '/'))}")
        if bare:
            plan.notes.append(
                Note(
                    "gallery-caption",
                    f"ภาพในแกลเลอรี {bare} ภาพไม่มีคำบรรยายในเว็บไซต์เดิม จึงใช้ชื่อเรื่องและลำดับภาพแทน"
                    " ให้แก้ใน Gallery: เป็นคำบรรยายว่าแต่ละภาพแสดงอะไร (ผู้พิการทางสายตาฟังคำบรรยายแทนภาพ)",
                    f"{bare} gallery pictures had no caption on the old site: they got the title and their number;"
                    " write in Gallery: what each picture shows (it is read aloud instead of the picture)",
                )
            )
        return lines

    def _cover(self, plan: Plan) -> list[tuple[str, str]]:
        thumb = plan.item.meta.get("_thumbnail_id", "").strip()
        attachment = self.attachments.get(int(thumb)) if thumb.isdigit() else None
        if attachment is None or not attachment.attachment_url:
            return []
        static = self.file(attachment.attachment_url)
        if not static or not static.startswith("images/"):
            return []
        alt = one_line(clean(attachment.meta.get("_wp_attachment_image_alt", "")))
        if not alt:
            plan.notes.append(
                Note(
                    "cover-alt",
                    f"ภาพปกเดิม {static} ไม่มีคำบรรยาย (alt) จึงไม่ได้ใส่เป็นภาพปก"
                    " ถ้าต้องการ ให้เพิ่ม Cover: และ Cover_alt: ที่บอกว่าภาพแสดงอะไร",
                    f"the featured image {static} has no alt text, so it is not the cover; add Cover: and Cover_alt:",
                )
            )
            return []
        return [("Cover", static), ("Cover_alt", alt)]

    def _redirects(self, plan: Plan) -> list[str]:
        item = plan.item
        found: list[str] = []
        olds = [item.link]
        if item.guid.strip() and item.guid.strip() != item.link:
            olds.append(item.guid.strip())
        query_kind = "page_id" if item.post_type == "page" else "p"
        query_url = f"/?{query_kind}={item.post_id}"
        lost: list[tuple[str, str, str]] = []
        for old in olds:
            path, query = _old_path(old)
            if query or not path.strip("/"):
                continue
            path = path.lstrip("/")
            if path.rstrip("/") == plan.url.rstrip("/"):
                continue
            save_as = redirect_save_as(path)
            if isinstance(save_as, Invalid):
                lost.append((old, save_as.th, save_as.en))
                continue
            taken = self._claimed(save_as, plan)
            if taken:
                lost.append((old, f"ที่อยู่เดิมนี้เป็นของ {taken} แล้ว", f"this old address now belongs to {taken}"))
                continue
            self._claims[save_as] = plan.rel
            found.append(path if path.endswith(("/", ".html", ".htm")) else path + "/")
        if plan.draft:
            return found
        if query_url in self.query_redirects:
            owner = self._query_owner[query_url]
            lost.append(
                (
                    query_url,
                    f"เลขนี้เป็นของ {owner} แล้ว (เลขซ้ำในไฟล์ส่งออก)",
                    f"this id already belongs to {owner}",
                )
            )
        else:
            self.query_redirects[query_url] = plan.url
            self._query_owner[query_url] = f"content/{plan.rel}"
        if self._query_owner[query_url] == f"content/{plan.rel}":
            self.report.add(
                rep.SERVER_ONLY, plan.kind, item.post_id, plan.title, f"content/{plan.rel}", SERVER_TH, SERVER_EN,
                old_url=query_url, line=item.line,
            )  # fmt: skip
        for old, th, en in lost:
            self.report.add(
                rep.URL_LOST, plan.kind, item.post_id, plan.title, f"content/{plan.rel}", th, en,
                old_url=old, line=item.line,
            )  # fmt: skip
        return found

    def _claimed(self, save_as: str, plan: Plan) -> str:
        if self._taken_pages is None:
            self._taken_pages = {}
            for other in self.plans:
                if other.url:
                    self._taken_pages[other.url + "index.html"] = f"content/{other.rel}"
            pages = self.content / "pages"
            for page in pages.glob("*.md") if pages.is_dir() else ():
                slug = page.stem
                for line in page.read_text(encoding="utf-8", errors="replace").splitlines()[:30]:
                    if line.lower().startswith("slug:"):
                        slug = line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
                self._taken_pages.setdefault(f"{slug}/index.html", f"content/pages/{page.name}")
        top = save_as.split("/", 1)[0]
        if top in RESERVED_PAGE_SLUGS and save_as.count("/") <= 1:
            return f"หน้า /{top}/ ของเว็บไซต์"
        owner = self._claims.get(save_as) or self._taken_pages.get(save_as)
        return owner if owner and owner != f"content/{plan.rel}" and owner != plan.rel else ""

    def _not_written(self, state: str, rel: str, wp_id, title: str) -> None:
        th, en = {
            EDITED: (
                "แก้ไขหลังการนำเข้าครั้งก่อน จึงไม่เขียนทับ (ถ้าต้องการฉบับจาก WordPress ให้ลบไฟล์นี้และลบรายการใน content/data/wordpress-import.toml)",
                "edited since the last import: not overwritten",
            ),
            DELETED: (
                "ถูกลบหลังการนำเข้าครั้งก่อน จึงไม่สร้างขึ้นใหม่",
                "deleted since the last import: not re-created",
            ),
            TAKEN: (
                "มีไฟล์อื่นชื่อนี้อยู่แล้ว (ไม่ได้มาจากการนำเข้า) จึงไม่เขียนทับ",
                "another file (not from the import) has this name: not overwritten",
            ),
        }[state]
        self.report.writes["kept"] += 1
        self.report.add(rep.KEPT, "file", wp_id, title, f"content/{rel}", th, en)


def run_import(options: Options) -> tuple[rep.Report, Importer]:
    importer = Importer(options)
    return importer.run(), importer
