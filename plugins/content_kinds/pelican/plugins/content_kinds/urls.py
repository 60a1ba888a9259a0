"""Readable, stable URLs, shaped by the kind of content and never by the
title: a title can be corrected without moving the page.

  document      documents/<year of the number>/<number>/   documents/2568/04099-w123/
                (no number: documents/<fiscal year>/<file name>/)

Letter and order numbers restart every calendar year (ระเบียบสำนักนายกรัฐมนตรี
ว่าด้วยงานสารบรรณ), so a numbered document is its number plus the calendar
(BE) year of its series: the year of its date for letters, the year written
in the number for orders (ที่ ๔๕๖/๒๕๖๘). ว ๑๒๓ of November 2568 and ว ๑๒๓ of
March 2569 are two documents with two addresses. Numbered documents used to
live under the fiscal year; `legacy_document_url` gives that old address so
a redirect page keeps old links working.
  announcement  announcements/<BE year>/<month>/<file name without date>/
  manual        manuals/<file name>/
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from pathlib import PurePosixPath

from pelican.plugins.thai_dates.dates import be_year, fiscal_year

from .docnumber import DocumentNumber
from .problem import Invalid, invalid

# Document types in URLs of numbered orders and of unnumbered documents.
DOC_TYPE_SLUGS = {
    "หนังสือภายนอก": "letter",
    "หนังสือภายใน": "memo",
    "หนังสือประทับตรา": "stamped",
    "คำสั่ง": "order",
    "ระเบียบ": "regulation",
    "ข้อบังคับ": "bylaw",
    "ประกาศ": "notice",
    "แถลงการณ์": "statement",
    "ข่าว": "news",
    "หนังสือรับรอง": "certificate",
    "รายงานการประชุม": "minutes",
    "บันทึก": "note",
    "หนังสืออื่น": "other",
    "ประกาศจัดซื้อจัดจ้าง": "procurement",
    "ผลการจัดซื้อจัดจ้าง": "procurement-result",
    "แผนการจัดซื้อจัดจ้าง": "procurement-plan",
    "รายงานผลการจัดซื้อจัดจ้างประจำปี": "procurement-report",
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน": "procurement-summary",
}

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
_DATE_PREFIX_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:-|$)")


def file_slug(basename: str, drop_date: bool = False) -> str | Invalid:
    """The URL word from a file name ('2568-11-03-DLTV-support' ->
    'dltv-support'); Latin letters, digits and hyphens only."""
    slug = basename.lower()
    if drop_date:
        slug = _DATE_PREFIX_RE.sub("", slug)
    if _SLUG_RE.match(slug):
        return slug
    example = "2568-11-03-dltv-support.md" if drop_date else "procurement-toner-2569.md"
    if not slug:
        th = f'ชื่อไฟล์ "{basename}.md" มีแต่วันที่ ไม่มีคำที่ใช้ทำที่อยู่เว็บ (URL)'
        en = f'file name "{basename}.md" has only a date, nothing to build the URL from'
    else:
        th = f'ชื่อไฟล์ "{basename}.md" ใช้ทำที่อยู่เว็บ (URL) ไม่ได้ ต้องเป็นอักษรอังกฤษ ตัวเลข และขีด - เท่านั้น'
        en = f'file name "{basename}.md" cannot make a URL: use Latin letters, digits and hyphens only'
    return invalid(
        "file-name-not-latin",
        th,
        en,
        f"เปลี่ยนชื่อไฟล์เป็นคำภาษาอังกฤษสั้น ๆ เช่น {example}",
        f"rename the file to a few English words, e.g. {example}",
    )


def _folder(url: str) -> tuple[str, str]:
    return url, url + "index.html"


def announcement_url(date: _dt.date, basename: str) -> tuple[str, str] | Invalid:
    slug = file_slug(basename, drop_date=True)
    if isinstance(slug, Invalid):
        return slug
    return _folder(f"announcements/{be_year(date)}/{date.month:02d}/{slug}/")


def number_year(date: _dt.date, number: DocumentNumber) -> int:
    """The calendar (BE) year whose series a document number belongs to."""
    return number.year if number.year else be_year(date)


def _number_part(doc_type: str | None, number: DocumentNumber) -> str:
    if number.is_letter:
        return number.url_part
    return f"{DOC_TYPE_SLUGS.get(doc_type or '', 'doc')}-{number.url_part}"


def document_url(
    date: _dt.date,
    basename: str,
    doc_type: str | None = None,
    number: DocumentNumber | None = None,
) -> tuple[str, str] | Invalid:
    if number is not None:
        return _folder(f"documents/{number_year(date, number)}/{_number_part(doc_type, number)}/")
    part = file_slug(basename)
    if isinstance(part, Invalid):
        return part
    return _folder(f"documents/{fiscal_year(date)}/{part}/")


def legacy_document_url(
    date: _dt.date,
    doc_type: str | None = None,
    number: DocumentNumber | None = None,
) -> tuple[str, str] | None:
    """The address a numbered document had when documents were filed by
    fiscal year (documents/<fiscal year>/<number>/), or None when it is the
    same as today's."""
    if number is None:
        return None
    old = _folder(f"documents/{fiscal_year(date)}/{_number_part(doc_type, number)}/")
    return None if old == document_url(date, "", doc_type, number) else old


def manual_url(basename: str) -> tuple[str, str] | Invalid:
    slug = file_slug(basename)
    if isinstance(slug, Invalid):
        return slug
    return _folder(f"manuals/{slug}/")


# One segment of a site path: letters (Thai with its marks too), digits and . _ ~ % + -.
_PATH_SEGMENT = re.compile(r"^[\w\u0e00-\u0e7f.~%+-]+$")
_URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def redirect_save_as(value: str) -> str | Invalid:
    """'/news/old-title/' or 'news/123.html' -> the file that answers there.

    Only a path on this site: no scheme or host (a redirect page can only be
    written here), no '..' or hidden folders, nothing that could break out of
    the page's attributes (quotes, angle brackets, spaces)."""
    raw = str(value).strip()
    if _URL_SCHEME.match(raw) or raw.startswith(("//", "\\", "/\\")):
        path_part = re.sub(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/]*", "", raw).lstrip("/") or "news/old-name/"
        return invalid(
            "redirect-from-not-site-path",
            f'ที่อยู่เดิม "{raw}" มีชื่อเว็บหรือ https:// อยู่ด้วย หน้าส่งต่อสร้างได้เฉพาะที่อยู่ในเว็บนี้',
            f'old address "{raw}" has a scheme or host; redirect pages can only be written on this site',
            f"เขียนเฉพาะส่วนหลังชื่อเว็บ เช่น Redirect_from: {path_part}",
            f"write only the part after the host, e.g. Redirect_from: {path_part}",
        )
    path = raw.lstrip("/")
    parts = path.rstrip("/").split("/") if path else []
    bad = (
        not parts
        or not all(_PATH_SEGMENT.match(part) for part in parts)
        or any(part in (".", "..") or part.startswith(".") for part in parts)
        or path.startswith(("theme/", "files/", "images/", "pagefind/"))
    )
    suffix = PurePosixPath(path).suffix.lower() if path else ""
    if not bad and (path.endswith("/") or suffix == ""):
        return path.rstrip("/") + "/index.html"
    if not bad and suffix in (".html", ".htm"):
        return path
    return invalid(
        "redirect-from-malformed",
        f'ที่อยู่เดิม "{raw}" ใช้ทำหน้าส่งต่อไม่ได้ (ต้องเป็นเส้นทางในเว็บนี้ ลงท้ายด้วย / หรือ .html'
        " มีได้เฉพาะตัวอักษร ตัวเลข และ - _ . ~ ไม่มี .. ช่องว่าง เครื่องหมายคำพูด < > ? หรือ #)",
        f'old address "{raw}" cannot get a redirect page (use a path on this site ending in / or .html, of'
        " letters, digits and - _ . ~ only, without .., spaces, quotes, < >, ? or #)",
        "เขียนเช่น Redirect_from: documents/2569/old-name/",
        "write e.g. Redirect_from: documents/2569/old-name/",
    )


def find_collisions(outputs) -> dict[str, list[str]]:
    """{output file: [sources]} for every output file claimed more than once.

    `outputs` is an iterable of (save_as, source) pairs.
    """
    claimed: dict[str, list[str]] = defaultdict(list)
    for save_as, source in outputs:
        if save_as:
            claimed[save_as].append(source)
    return {k: v for k, v in claimed.items() if len(v) > 1}
