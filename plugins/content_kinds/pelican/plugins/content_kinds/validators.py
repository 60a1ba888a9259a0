"""Validators for front-matter values: plain functions from the text staff
wrote (and a small context) to a parsed value, or an `Invalid` saying what is
wrong and how to fix it. No Pelican objects, so tests call them directly."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pelican.plugins.shared.files import exists_with_exact_case
from pelican.plugins.thai_dates.dates import ThaiDateError, parse_thai_date, to_arabic_digits

from .attachments import Attachment, _exists_exactly, parse_attachment
from .docnumber import parse_document_number
from .problem import Invalid, invalid

# ชนิดของหนังสือราชการ (ระเบียบงานสารบรรณ) plus the two procurement kinds.
DOC_TYPES = (
    "หนังสือภายนอก",
    "หนังสือภายใน",
    "หนังสือประทับตรา",
    "คำสั่ง",
    "ระเบียบ",
    "ข้อบังคับ",
    "ประกาศ",
    "แถลงการณ์",
    "ข่าว",
    "หนังสือรับรอง",
    "รายงานการประชุม",
    "บันทึก",
    "หนังสืออื่น",
    "ประกาศจัดซื้อจัดจ้าง",
    "ผลการจัดซื้อจัดจ้าง",
    "แผนการจัดซื้อจัดจ้าง",
    "รายงานผลการจัดซื้อจัดจ้างประจำปี",
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
)
# Kinds that always carry a number (ที่ ...).
NUMBERED_DOC_TYPES = ("หนังสือภายนอก", "หนังสือภายใน", "หนังสือประทับตรา", "คำสั่ง")
PROCUREMENT_DOC_TYPES = ("ประกาศจัดซื้อจัดจ้าง", "ผลการจัดซื้อจัดจ้าง")
# The annual procurement plan (พ.ร.บ.การจัดซื้อจัดจ้างฯ ๒๕๖๐ มาตรา ๑๑): its
# total budget and the plan itself (a file listing each project, its budget
# and when it will be bought) are what the public must be able to see.
PROCUREMENT_PLAN = "แผนการจัดซื้อจัดจ้าง"
PLAN_REQUIRED = (
    ("Budget", "วงเงินงบประมาณรวมของแผน", "1,250,000"),
    (
        "Attachments",
        "ไฟล์แผนการจัดซื้อจัดจ้างที่ลงนามแล้ว",
        "files/documents/procurement-plan-2569.pdf | แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๙",
    ),
)
URGENCIES = ("ด่วนที่สุด", "ด่วนมาก", "ด่วน")
# ชั้นความลับ: a document with any of these must never be on a public site.
SECRECY_MARKS = ("ลับที่สุด", "ลับมาก", "ลับ", "ปกปิด")
_NO_SECRECY = ("", "-", "ไม่มี", "ไม่ลับ", "ปกติ", "none", "no")

# Procurement methods (พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐):
# canonical name -> other spellings staff use.
PROCUREMENT_METHODS = {
    "วิธีเฉพาะเจาะจง": ("เฉพาะเจาะจง",),
    "วิธีคัดเลือก": ("คัดเลือก",),
    "วิธีสอบราคา": ("สอบราคา",),
    "วิธีตลาดอิเล็กทรอนิกส์ (e-market)": ("ตลาดอิเล็กทรอนิกส์", "e-market"),
    "วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)": ("ประกวดราคาอิเล็กทรอนิกส์", "e-bidding"),
}


def _procurement_spellings() -> dict[str, str]:
    names: dict[str, str] = {}
    for canonical, others in PROCUREMENT_METHODS.items():
        for name in (canonical.lower().removeprefix("วิธี"), *(other.lower() for other in others)):
            names.setdefault(name, canonical)
    return names


# Every spelling of a procurement method the reader accepts (lower case,
# without its leading วิธี) and the canonical name it stands for.
PROCUREMENT_SPELLINGS = _procurement_spellings()

YES = ("yes", "true", "1", "ใช่", "ปักหมุด")
NO = ("no", "false", "0", "ไม่", "ไม่ใช่", "")


@dataclass(frozen=True)
class Context:
    """What validators need to know besides the value itself."""

    content_root: Path
    groups: frozenset[str] = frozenset()
    # How long a pin without Pinned_until: stays on the home page.
    pin_days: int = 30


@dataclass(frozen=True)
class Version:
    """One line of a manual's version history."""

    edition: str
    date: _dt.date
    change: str


def _choices(values) -> str:
    return ", ".join(values)


def text(value: str, ctx: Context | None = None) -> str | Invalid:
    value = " ".join(str(value).split())
    if not value:
        return invalid(
            "field-empty",
            "ช่องนี้ว่าง",
            "the field is empty",
            "เขียนค่าหลังเครื่องหมาย : หรือลบบรรทัดนี้ออก",
            "write a value after the colon or delete the line",
        )
    return value


def doc_type(value: str, ctx: Context | None = None) -> str | Invalid:
    value = " ".join(str(value).split())
    if value in DOC_TYPES:
        return value
    return invalid(
        "doc-type-unknown",
        f'ไม่รู้จักชนิดหนังสือ "{value}"',
        f'unknown document type "{value}"',
        f"ใช้ค่าใดค่าหนึ่ง: {_choices(DOC_TYPES)}",
        f"use one of: {_choices(DOC_TYPES)}",
    )


def urgency(value: str, ctx: Context | None = None) -> str | Invalid:
    value = "".join(str(value).split())
    if value in URGENCIES:
        return value
    return invalid(
        "urgency-unknown",
        f'ไม่รู้จักชั้นความเร็ว "{value}"',
        f'unknown urgency "{value}"',
        f"ใช้ {_choices(URGENCIES)} หรือลบบรรทัด Urgency: ถ้าไม่ด่วน",
        f"use {_choices(URGENCIES)}, or delete the Urgency: line if not urgent",
    )


def secrecy(value: str, ctx: Context | None = None) -> None | Invalid:
    """Always None or an error: a secret document is never published."""
    value = "".join(str(value).split())
    if value.lower() in _NO_SECRECY:
        return None
    return invalid(
        "secret-document",
        f'เอกสารมีชั้นความลับ "{value}" ห้ามเผยแพร่บนเว็บไซต์สาธารณะ',
        f'the document is marked secret ("{value}") and must never be published',
        "ลบไฟล์นี้ (และไฟล์แนบ) ออกจาก content/ แล้วแจ้งเจ้าหน้าที่สารบรรณ",
        "remove this file (and its attachments) from content/ and tell the records officer",
    )


def secrecy_marking_line(line: str) -> str | None:
    """The secrecy marking if a body line is nothing but one (as printed at
    the top and bottom of a secret letter), else None."""
    bare = re.sub(r"[\s*_#>()\[\]]", "", line)
    return bare if bare in SECRECY_MARKS else None


def document_number(value: str, ctx: Context | None = None):
    return parse_document_number(value)


def group(value: str, ctx: Context) -> str | Invalid:
    value = str(value).strip()
    if value in ctx.groups:
        return value
    return invalid(
        "group-unknown",
        f'ไม่รู้จักกลุ่มงาน "{value}"',
        f'unknown group "{value}"',
        f"ใช้ชื่อย่อกลุ่มจาก content/data/groups.toml: {_choices(sorted(ctx.groups))}",
        f"use a group slug from content/data/groups.toml: {_choices(sorted(ctx.groups))}",
    )


def flag(value: str, ctx: Context | None = None) -> bool | Invalid:
    value = str(value).strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    return invalid(
        "flag-unknown",
        f'ค่า "{value}" ต้องเป็น yes หรือ no',
        f'"{value}" must be yes or no',
        "เขียน yes (หรือลบบรรทัดนี้ถ้าไม่ต้องการ)",
        "write yes (or delete the line)",
    )


def budget(value: str, ctx: Context | None = None) -> Decimal | Invalid:
    """1,250,000 / ๑,๒๕๐,๐๐๐.๕๐ บาท -> Decimal('1250000')."""
    raw = str(value).strip()
    bare = to_arabic_digits(raw).replace(",", "").replace("บาท", "").strip()
    try:
        amount = Decimal(bare)
    except InvalidOperation:
        amount = None
    if amount is None or amount < 0 or not amount.is_finite():
        return invalid(
            "budget-malformed",
            f'วงเงิน "{raw}" ไม่ใช่จำนวนเงิน',
            f'budget "{raw}" is not an amount of money',
            "เขียนเป็นตัวเลขจำนวนบาท เช่น 1,250,000 หรือ ๘๙,๕๐๐.๕๐",
            "write the amount in baht, e.g. 1,250,000 or 89,500.50",
        )
    return amount


def procurement_method(value: str, ctx: Context | None = None) -> str | Invalid:
    raw = " ".join(str(value).split())
    key = raw.lower().removeprefix("วิธี").strip()
    if key in PROCUREMENT_SPELLINGS:
        return PROCUREMENT_SPELLINGS[key]
    return invalid(
        "procurement-method-unknown",
        f'ไม่รู้จักวิธีจัดซื้อจัดจ้าง "{raw}"',
        f'unknown procurement method "{raw}"',
        f"ใช้ค่าใดค่าหนึ่ง: {_choices(PROCUREMENT_METHODS)}",
        f"use one of: {_choices(PROCUREMENT_METHODS)}",
    )


def image_file(value: str, ctx: Context) -> str | Invalid:
    path = str(value).strip().removeprefix("{static}").lstrip("/")
    if path.startswith(("images/", "files/")) and _exists_exactly(ctx.content_root, path):
        return path
    return invalid(
        "cover-missing",
        f'ไม่พบไฟล์ภาพ "{path}" ใน content/',
        f'image file "{path}" does not exist under content/',
        "อัปโหลดภาพไว้ใน content/images/ แล้วเขียนเช่น Cover: images/news/dltv.jpg",
        "upload the image to content/images/ and write e.g. Cover: images/news/dltv.jpg",
    )


def day(value: str, ctx: Context | None = None) -> _dt.date | Invalid:
    """A calendar day as staff write dates (๓๐ พฤศจิกายน ๒๕๖๘, 30 พ.ย. 68,
    2568-11-30 ...); a time, if written, is dropped: the day counts whole."""
    try:
        when = parse_thai_date(value)
    except ThaiDateError as error:
        return invalid(
            "date-unreadable",
            f'อ่านวันที่ "{value}" ไม่ได้: {error.th}',
            f'cannot read the date "{value}": {error.en}',
            f"เขียนวันที่เช่น {error.example}",
            f"write the date like {error.example}",
        )
    return when.date() if isinstance(when, _dt.datetime) else when


# Pictures a gallery folder may hold (what the site publishes as images).
GALLERY_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")


@dataclass(frozen=True)
class GalleryEntry:
    """One `Gallery:` line: a picture, or a folder of pictures, with the text
    that describes it (shown under each photo and read out by screen
    readers). `photos` are the files, under content/, in order."""

    path: str
    caption: str
    photos: tuple[str, ...]
    folder: bool = False


_GALLERY_EXAMPLE = "images/announcements/2569-sports-day/01.jpg | นักเรียนวิ่งผลัด ๔ x ๑๐๐ เมตร"


def gallery(value: str, ctx: Context) -> GalleryEntry | Invalid:
    """'images/a/01.jpg | caption' or 'images/a/ | caption' (every picture in
    the folder, by file name) -> GalleryEntry."""
    path, _, caption = str(value).partition("|")
    path = path.strip().removeprefix("{static}").strip().lstrip("/")
    caption = " ".join(caption.split())
    if not caption:
        return invalid(
            "gallery-caption-missing",
            f'ภาพ "{path}" ในแกลเลอรีไม่มีคำบรรยาย คำบรรยายภาพ (alt text) คือข้อความที่โปรแกรมอ่านหน้าจอ'
            " อ่านให้ผู้พิการทางสายตาฟังแทนภาพ และแสดงแทนภาพเมื่อภาพโหลดไม่ได้",
            f'the gallery picture "{path}" has no caption: the caption is also its text alternative (alt text),'
            " read aloud by screen readers for blind visitors and shown when the picture cannot load",
            f"เขียนหลังชื่อไฟล์ว่าภาพแสดงอะไร คั่นด้วย | เช่น {_GALLERY_EXAMPLE}",
            f"after the file name, write what the picture shows, separated by |, e.g. {_GALLERY_EXAMPLE}",
        )
    folder = path.rstrip("/")
    root = Path(ctx.content_root)
    if path.startswith("images/") and (root / folder).is_dir() and exists_with_exact_case(root, folder):
        photos = tuple(
            f"{folder}/{child.name}"
            for child in sorted((root / folder).iterdir(), key=lambda c: c.name)
            if child.is_file()
            and not child.is_symlink()
            and not child.name.startswith(".")
            and child.suffix.lower() in GALLERY_IMAGE_SUFFIXES
        )
        if photos:
            return GalleryEntry(folder + "/", caption, photos, folder=True)
        return invalid(
            "gallery-folder-empty",
            f'โฟลเดอร์ "{folder}/" ไม่มีรูปภาพ (JPEG PNG WebP)',
            f'the folder "{folder}/" holds no pictures (JPEG, PNG, WebP)',
            "อัปโหลดรูปไว้ในโฟลเดอร์นั้น หรือเขียนชื่อไฟล์รูปทีละบรรทัด",
            "upload the pictures into that folder, or list the picture files one per line",
        )
    if path.startswith("images/") and path.lower().endswith(GALLERY_IMAGE_SUFFIXES):
        if _exists_exactly(ctx.content_root, path):
            return GalleryEntry(path, caption, (path,))
    return invalid(
        "gallery-missing",
        f'ไม่พบภาพ "{path}" ใน content/ (แกลเลอรีใช้รูปใน content/images/ เท่านั้น)',
        f'picture "{path}" does not exist under content/ (a gallery shows pictures from content/images/ only)',
        "ตรวจชื่อไฟล์ (ตัวพิมพ์เล็ก-ใหญ่ต้องตรงกัน) และอัปโหลดรูปไว้ใน content/images/ เช่น " + _GALLERY_EXAMPLE,
        "check the file name (case matters) and upload the picture under content/images/, e.g. "
        + _GALLERY_EXAMPLE,
    )


def attachment(value: str, ctx: Context, number: int = 1) -> list[Attachment | Invalid]:
    return parse_attachment(value, ctx.content_root, number)


def parse_date_text(value: str) -> _dt.datetime | None:
    """A date as staff write it (the thai_dates parser), or None."""
    try:
        parsed = parse_thai_date(value)
    except (ValueError, TypeError):
        return None
    return parsed if isinstance(parsed, _dt.date) else None


def version(value: str, ctx: Context | None = None) -> Version | Invalid:
    """'ครั้งที่ ๒ | ๑ ตุลาคม ๒๕๖๘ | what changed' -> Version."""
    parts = [p.strip() for p in str(value).split("|")]
    example = "ครั้งที่ ๒ | ๑ ตุลาคม ๒๕๖๘ | ปรับขั้นตอนตามระเบียบใหม่"
    if len(parts) != 3 or not all(parts):
        return invalid(
            "version-malformed",
            f'ประวัติการปรับปรุง "{value}" ต้องมี ๓ ส่วนคั่นด้วย |',
            f'version line "{value}" needs three parts separated by |',
            f"เขียนเป็น {example}",
            f"write it as {example}",
        )
    when = parse_date_text(parts[1])
    if when is None:
        return invalid(
            "version-date",
            f'อ่านวันที่ "{parts[1]}" ในประวัติการปรับปรุงไม่ได้',
            f'cannot read the date "{parts[1]}" in the version history',
            f"เขียนวันที่แบบ ๑ ตุลาคม ๒๕๖๘ หรือ 2025-10-01 เช่น {example}",
            f"write the date like 2025-10-01, e.g. {example}",
        )
    if isinstance(when, _dt.datetime):
        when = when.date()
    return Version(parts[0], when, parts[2])


def redirect_path(value: str, ctx: Context | None = None) -> str | Invalid:
    """An old URL path of this document -> the file to write there."""
    from .urls import redirect_save_as

    return redirect_save_as(value)
